-- Obstacles resolved in the period and how many days that took (hari_penyelesaian_dasar.sql),
-- by the date resolved.
SELECT *
FROM (
/*SISIP hari_penyelesaian_dasar*/
)
ORDER BY tanggal_selesai, kode_kube, kode_hambatan;
