-- Monthly attendance rate of the focal group against its peers' rates (months with meetings).
-- Peers as in perbandingan_sebaya. One row per month of the period.
WITH fokus AS (
    SELECT * FROM kelompok WHERE kode_kube = $kode_kube
),
sebaya AS (
    SELECT k.kode_kube
    FROM kelompok k, fokus f
    WHERE k.kode_kube <> f.kode_kube AND k.kota = f.kota
      AND (k.tanggal_bubar IS NULL OR k.tanggal_bubar >= $dari)
      AND CASE $sebaya WHEN 'kecamatan' THEN k.kecamatan = f.kecamatan
                       WHEN 'jenis_usaha' THEN k.jenis_usaha = f.jenis_usaha
                       ELSE true END
),
bulan AS (
    SELECT unnest(generate_series($dari::DATE, $sampai::DATE, INTERVAL 1 MONTH))::DATE AS bulan
),
tingkat AS (
    SELECT kode_kube, bulan, hadir / aktif_pertemuan AS tingkat
    FROM rollup_bulanan
    WHERE bulan BETWEEN $dari AND $sampai AND aktif_pertemuan > 0
)
SELECT b.bulan, f.tingkat AS fokus,
       median(s.tingkat) AS median_sebaya,
       quantile_cont(s.tingkat, 0.25) AS q1_sebaya,
       quantile_cont(s.tingkat, 0.75) AS q3_sebaya,
       count(s.tingkat) AS n_sebaya
FROM bulan b
LEFT JOIN tingkat f ON f.bulan = b.bulan AND f.kode_kube = $kode_kube
LEFT JOIN tingkat s ON s.bulan = b.bulan AND s.kode_kube IN (SELECT kode_kube FROM sebaya)
GROUP BY b.bulan, f.tingkat
ORDER BY b.bulan;
