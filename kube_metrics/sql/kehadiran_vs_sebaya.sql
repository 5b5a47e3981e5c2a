-- Monthly attendance rate of the focal group against its peers' rates (months with meetings).
-- Peers: macro kelompok_sebaya (schema/0003_makro_kelompok.sql). One row per month of the period.
WITH sebaya AS (
    SELECT kode_kube FROM kelompok_sebaya($kode_kube, $sebaya, $dari)
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
