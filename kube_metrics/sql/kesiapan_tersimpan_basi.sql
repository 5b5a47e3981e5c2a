-- The filtered mandiri groups that should have a reading (the point, the month before the
-- mandiri month, inside the group's life: modal_sosial_proksi.sql) but have no stored row for
-- their present mandiri date: kelompok changed without a refresh. kube_metrics/kesiapan.py
-- reads these live.
WITH kel AS (
    SELECT *, (date_trunc('month', tanggal_mandiri) - INTERVAL 1 MONTH)::DATE AS titik
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                           pilih_kode := $kode_kube, pilih_kota := $kota,
                           pilih_provinsi := $provinsi)
    WHERE tanggal_mandiri IS NOT NULL
)
SELECT k.kode_kube
FROM kel k
WHERE k.tanggal_bentuk <= last_day(k.titik) AND (k.tanggal_bubar IS NULL OR k.tanggal_bubar >= k.titik)
  AND NOT EXISTS (
      SELECT 1 FROM rollup_kesiapan_mandiri s
      WHERE s.kode_kube = k.kode_kube AND s.tanggal_mandiri = k.tanggal_mandiri
  )
ORDER BY k.kode_kube
