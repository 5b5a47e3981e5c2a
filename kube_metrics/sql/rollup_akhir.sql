-- The last date with any record in the whole database: a group not dissolved runs to its month
-- in rollup_bulanan, and the stored warnings are for that month. kube_metrics/rollup.py reads it
-- after a write: when the month moved, every group's rows change and the refresh is full.
SELECT max(tanggal) AS akhir
FROM (
    SELECT tanggal FROM (/*SISIP rollup_catatan*/)
    UNION ALL SELECT tanggal_bentuk FROM kelompok
    UNION ALL SELECT tanggal_bantuan FROM kelompok
    UNION ALL SELECT tanggal_mandiri FROM kelompok
    UNION ALL SELECT tanggal_bubar FROM kelompok
)
