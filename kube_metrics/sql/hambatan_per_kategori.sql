-- Obstacles per group and kategori (hambatan_per_kategori_dasar.sql), by group name.
SELECT *
FROM (
/*SISIP hambatan_per_kategori_dasar*/
)
ORDER BY nama, kode_kube, kelompok_kategori, kategori;
