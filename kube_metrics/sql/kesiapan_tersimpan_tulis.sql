-- rollup_kesiapan_mandiri: every mandiri group's readiness at its mandiri date, the rows of
-- kube_metrics.kesiapan.hitung_saat_mandiri (the code, never a copy of it; registered as
-- _kesiapan_baru) written in the transaction that changed the data, as the rollups are: the
-- whole table (CREATE OR REPLACE ... AS) or the touched groups' rows (INSERT INTO ...). Without
-- the name: it is read from kelompok, narrowed like every table for an account's area.
SELECT * EXCLUDE (nama) REPLACE (
    kode_kube::VARCHAR AS kode_kube, bulan::DATE AS bulan, tanggal_mandiri::DATE AS tanggal_mandiri
)
FROM _kesiapan_baru
