-- liga_kelompok: the league table: the figures of liga_angka.sql (one row per group alive in
-- the period) and each figure's status from the thresholds of kube_metrics/ambang.py (bound:
-- $hijau_<figure>, $kuning_<figure>, compared after rounding to $desimal places, so 0.6
-- computed as 0.5999999 is still 0.6). Sorted, counted and paged here (kube_metrics/tabel_sql.py):
-- only the page asked for leaves the database. Definitions: docs/metrics-ringkasan.md.
WITH hasil AS (
/*SISIP liga_angka*/
),
status AS (
    -- more is better: hijau at or above $hijau_x, kuning at or above $kuning_x; less is better
    -- (months without report, open obstacles): at or below. Undefined figure: no status.
    SELECT *,
           CASE WHEN tingkat_kehadiran IS NULL THEN NULL
                WHEN round(tingkat_kehadiran, $desimal) >= $hijau_tingkat_kehadiran THEN 'hijau'
                WHEN round(tingkat_kehadiran, $desimal) >= $kuning_tingkat_kehadiran THEN 'kuning'
                ELSE 'merah' END AS status_tingkat_kehadiran,
           CASE WHEN pertemuan_per_bulan IS NULL THEN NULL
                WHEN round(pertemuan_per_bulan, $desimal) >= $hijau_pertemuan_per_bulan THEN 'hijau'
                WHEN round(pertemuan_per_bulan, $desimal) >= $kuning_pertemuan_per_bulan THEN 'kuning'
                ELSE 'merah' END AS status_pertemuan_per_bulan,
           CASE WHEN omzet_perubahan IS NULL THEN NULL
                WHEN round(omzet_perubahan, $desimal) >= $hijau_omzet_perubahan THEN 'hijau'
                WHEN round(omzet_perubahan, $desimal) >= $kuning_omzet_perubahan THEN 'kuning'
                ELSE 'merah' END AS status_omzet_perubahan,
           CASE WHEN bulan_tanpa_laporan IS NULL THEN NULL
                WHEN bulan_tanpa_laporan <= $hijau_bulan_tanpa_laporan THEN 'hijau'
                WHEN bulan_tanpa_laporan <= $kuning_bulan_tanpa_laporan THEN 'kuning'
                ELSE 'merah' END AS status_bulan_tanpa_laporan,
           CASE WHEN hambatan_terbuka IS NULL THEN NULL
                WHEN hambatan_terbuka <= $hijau_hambatan_terbuka THEN 'hijau'
                WHEN hambatan_terbuka <= $kuning_hambatan_terbuka THEN 'kuning'
                ELSE 'merah' END AS status_hambatan_terbuka,
           -- a rate per quarter is not judged on less than $kunjungan_bulan_min months of life
           CASE WHEN kunjungan_per_triwulan IS NULL OR bulan_aktif < $kunjungan_bulan_min THEN NULL
                WHEN round(kunjungan_per_triwulan, $desimal) >= $hijau_kunjungan THEN 'hijau'
                WHEN round(kunjungan_per_triwulan, $desimal) >= $kuning_kunjungan THEN 'kuning'
                ELSE 'merah' END AS status_kunjungan
    FROM hasil
),
hitung AS (
    SELECT *,
           (coalesce(status_tingkat_kehadiran = 'merah', false)::INT
            + coalesce(status_pertemuan_per_bulan = 'merah', false)::INT
            + coalesce(status_omzet_perubahan = 'merah', false)::INT
            + coalesce(status_bulan_tanpa_laporan = 'merah', false)::INT
            + coalesce(status_hambatan_terbuka = 'merah', false)::INT
            + coalesce(status_kunjungan = 'merah', false)::INT)::BIGINT AS jumlah_merah,
           (coalesce(status_tingkat_kehadiran = 'kuning', false)::INT
            + coalesce(status_pertemuan_per_bulan = 'kuning', false)::INT
            + coalesce(status_omzet_perubahan = 'kuning', false)::INT
            + coalesce(status_bulan_tanpa_laporan = 'kuning', false)::INT
            + coalesce(status_hambatan_terbuka = 'kuning', false)::INT
            + coalesce(status_kunjungan = 'kuning', false)::INT)::BIGINT AS jumlah_kuning
    FROM status
)
SELECT *, count(*) OVER () AS jumlah_baris
FROM hitung
ORDER BY /*URUT*/
LIMIT $batas OFFSET $lewati;
