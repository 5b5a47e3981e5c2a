-- hari_penyelesaian_halaman: one page of hari_penyelesaian_dasar.sql (obstacles resolved in the period
-- and the days that took) in the order the user picked (kube_metrics/tabel_sql.py), with
-- jumlah_baris.
SELECT *, count(*) OVER () AS jumlah_baris
FROM (
/*SISIP hari_penyelesaian_dasar*/
)
ORDER BY /*URUT*/
LIMIT $batas OFFSET $lewati;
