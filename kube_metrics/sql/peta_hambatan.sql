-- peta_hambatan: what the Hambatan heat map (and its phone list) draws, without reading every
-- group's rows into the page: the rows of hambatan_per_kategori_dasar.sql for the $maks group names
-- with the most new obstacles (ties by name, as the chart always ordered them), each with
-- kategori_ada = whether its kategori has any new obstacle among all groups of the filter,
-- plus one row per such kategori with no group (nama NULL), so the map keeps the same columns
-- as when it was built from every row.
WITH baris AS (
/*SISIP hambatan_per_kategori_dasar*/
),
peringkat AS (
    SELECT nama, sum(baru) AS jumlah
    FROM baris
    GROUP BY nama
    ORDER BY jumlah DESC, nama
    LIMIT $maks
),
kategori AS (
    SELECT kategori, sum(baru) > 0 AS ada FROM baris GROUP BY kategori
)
SELECT b.kode_kube, b.nama, b.kategori, b.kelompok_kategori, b.baru, b.terbuka_akhir,
       k.ada AS kategori_ada
FROM baris b
JOIN peringkat p USING (nama)
JOIN kategori k USING (kategori)
UNION ALL
SELECT NULL, NULL, kategori, NULL, 0, 0, true FROM kategori WHERE ada
ORDER BY nama NULLS LAST, kode_kube, kategori;
