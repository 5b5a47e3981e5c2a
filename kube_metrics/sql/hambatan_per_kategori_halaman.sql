-- hambatan_per_kategori_halaman: one page of hambatan_per_kategori_dasar.sql (obstacles per group and
-- kategori: new in the period, open at its end) in the order the user picked
-- (kube_metrics/tabel_sql.py), with jumlah_baris.
SELECT *, count(*) OVER () AS jumlah_baris
FROM (
/*SISIP hambatan_per_kategori_dasar*/
)
ORDER BY /*URUT*/
LIMIT $batas OFFSET $lewati;
