-- Capital index since the grant: modal / nilai_bantuan x 100 at bulan_ke months after the grant
-- month (0 = grant month), the focal group's months in the period against the peers' index at
-- the same bulan_ke (their own grant month, any calendar month). Peers: same kota, optionally
-- same kecamatan / jenis_usaha, without the focal group and groups dissolved before $dari
-- (macro kelompok_sebaya, schema/0003_makro_kelompok.sql).
WITH sebaya AS (
    SELECT kode_kube FROM kelompok_sebaya($kode_kube, $sebaya, $dari)
),
indeks AS (
    SELECT r.kode_kube, r.bulan,
           date_diff('month', date_trunc('month', k.tanggal_bantuan), r.bulan) AS bulan_ke,
           r.modal::DOUBLE * 100 / k.nilai_bantuan AS indeks
    FROM rollup_bulanan r
    JOIN kelompok k ON k.kode_kube = r.kode_kube
    WHERE k.tanggal_bantuan IS NOT NULL AND k.nilai_bantuan > 0
      AND r.bulan >= date_trunc('month', k.tanggal_bantuan)
),
sebaya_indeks AS (
    SELECT bulan_ke, median(indeks) AS median_sebaya,
           quantile_cont(indeks, 0.25) AS q1_sebaya, quantile_cont(indeks, 0.75) AS q3_sebaya,
           count(*) AS n_sebaya
    FROM indeks
    WHERE kode_kube IN (SELECT kode_kube FROM sebaya) AND indeks IS NOT NULL
    GROUP BY bulan_ke
)
SELECT i.bulan_ke, i.bulan, i.indeks AS indeks_fokus, s.median_sebaya, s.q1_sebaya, s.q3_sebaya,
       coalesce(s.n_sebaya, 0) AS n_sebaya
FROM indeks i
LEFT JOIN sebaya_indeks s ON s.bulan_ke = i.bulan_ke
WHERE i.kode_kube = $kode_kube AND i.bulan BETWEEN $dari AND $sampai
ORDER BY i.bulan_ke;
