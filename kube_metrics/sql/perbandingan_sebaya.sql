-- The focal group against its peers on seven indicators over months $dari..$sampai.
-- Peers: same kota, optionally also same kecamatan / jenis_usaha ($sebaya), not the focal group,
-- not dissolved before $dari (macro kelompok_sebaya, schema/0003_makro_kelompok.sql).
-- Per group, from rollup_bulanan rows in the period:
--   tingkat_kehadiran   Σ hadir / Σ aktif_pertemuan
--   pertemuan_per_bulan Σ pertemuan / months of the group's life in the period
--   omzet, laba         sums over monthly reports (null without a report)
--   pertumbuhan_modal   (modal of the latest report - nilai_bantuan) / nilai_bantuan
--   hambatan_terbuka    open obstacles at the end of the group's last month in the period
--   kunjungan_pendamping visits by the pendamping
-- peringkat: 1 + number of groups strictly better (ties share the lowest number);
-- hambatan_terbuka is better when lower (arah = -1). persentil: share of peers with a value
-- that the focal group does at least as well as. median/q1/q3: peers only.
-- cukup_data false (omzet, laba with reports for under half of the focal group's months in the
-- period): peringkat and persentil are null, the page says "belum cukup data".
WITH fokus AS (
    SELECT * FROM kelompok WHERE kode_kube = $kode_kube
),
sebaya AS (
    SELECT kode_kube FROM kelompok_sebaya($kode_kube, $sebaya, $dari)
),
himpunan AS (
    SELECT kode_kube, false AS fokus FROM sebaya
    UNION ALL
    SELECT kode_kube, true FROM fokus
),
per_kelompok AS (
    SELECT h.kode_kube, h.fokus,
           (sum(r.hadir) / nullif(sum(r.aktif_pertemuan), 0))::DOUBLE AS tingkat_kehadiran,
           (sum(r.pertemuan) / nullif(count(r.bulan), 0))::DOUBLE AS pertemuan_per_bulan,
           sum(r.omzet)::DOUBLE AS omzet,
           sum(r.laba)::DOUBLE AS laba,
           ((arg_max(r.modal, r.bulan) FILTER (WHERE r.ada_laporan) - any_value(k.nilai_bantuan))
               / nullif(any_value(k.nilai_bantuan), 0))::DOUBLE AS pertumbuhan_modal,
           arg_max(r.hambatan_terbuka_akhir, r.bulan)::DOUBLE AS hambatan_terbuka,
           sum(r.kunjungan_pendamping)::DOUBLE AS kunjungan_pendamping,
           count(r.bulan) AS bulan_hidup,
           count(r.bulan) FILTER (WHERE r.ada_laporan) AS bulan_laporan
    FROM himpunan h
    JOIN kelompok k ON k.kode_kube = h.kode_kube
    LEFT JOIN rollup_bulanan r ON r.kode_kube = h.kode_kube AND r.bulan BETWEEN $dari AND $sampai
    GROUP BY h.kode_kube, h.fokus
),
panjang AS (
    -- UNPIVOT leaves out null values: a group without a value is not compared
    UNPIVOT per_kelompok
    ON tingkat_kehadiran, pertemuan_per_bulan, omzet, laba, pertumbuhan_modal,
       hambatan_terbuka, kunjungan_pendamping
    INTO NAME indikator VALUE nilai
),
arah (indikator, arah, urutan) AS (
    VALUES ('tingkat_kehadiran', 1, 1), ('pertemuan_per_bulan', 1, 2), ('omzet', 1, 3),
           ('laba', 1, 4), ('pertumbuhan_modal', 1, 5), ('hambatan_terbuka', -1, 6),
           ('kunjungan_pendamping', 1, 7)
),
skor AS (
    -- cukup_data: omzet and laba are sums over the reports of the period, so a group with
    -- reports for fewer than half of its months in the period is not ranked on them (issue 11:
    -- one month of reports came out "11 dari 11"): the page says "belum cukup data" instead
    SELECT p.indikator, p.fokus, p.nilai, p.nilai * a.arah AS skor,
           p.indikator NOT IN ('omzet', 'laba') OR 2 * p.bulan_laporan >= p.bulan_hidup AS cukup_data
    FROM panjang p JOIN arah a ON a.indikator = p.indikator
),
nilai_fokus AS (
    SELECT indikator, nilai, skor, cukup_data FROM skor WHERE fokus
)
SELECT a.indikator,
       f.nilai,
       CASE WHEN f.skor IS NOT NULL AND f.cukup_data THEN 1 + count(s.skor) FILTER (WHERE s.skor > f.skor)
       END AS peringkat,
       count(s.skor) AS n,
       CASE WHEN f.skor IS NOT NULL AND f.cukup_data THEN
           100.0 * count(s.skor) FILTER (WHERE NOT s.fokus AND f.skor >= s.skor)
           / nullif(count(s.skor) FILTER (WHERE NOT s.fokus), 0) END AS persentil,
       median(s.nilai) FILTER (WHERE NOT s.fokus) AS median,
       quantile_cont(s.nilai, 0.25) FILTER (WHERE NOT s.fokus) AS q1,
       quantile_cont(s.nilai, 0.75) FILTER (WHERE NOT s.fokus) AS q3,
       count(s.skor) FILTER (WHERE NOT s.fokus) < $n_kecil AS n_kecil,
       count(s.skor) FILTER (WHERE NOT s.fokus) AS n_sebaya,
       coalesce(f.cukup_data, true) AS cukup_data
FROM arah a
LEFT JOIN nilai_fokus f ON f.indikator = a.indikator
LEFT JOIN skor s ON s.indikator = a.indikator
GROUP BY a.indikator, a.urutan, f.nilai, f.skor, f.cukup_data
ORDER BY a.urutan;
