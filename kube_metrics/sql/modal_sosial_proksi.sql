-- Raw proxies of the three social-capital dimensions, one row per evaluation point
-- (kode_kube, bulan): flows over the $jendela months up to and including `bulan`
-- (rollup_bulanan), stocks at the last day of `bulan` (jaringan, kesepakatan), survey answers
-- of the $survei_bulan months up to that day. Scaling and weights are applied in Python
-- (kube_metrics/modal_sosial.py, anchors in ambang_modal_sosial.py).
-- A kind never recorded nor checked for the group by `akhir` (kelengkapan_data(), issue 13)
-- gives its proxies no value (NULL), never 0: ada_jaringan / ada_kesepakatan say which.
-- Points: every month $titik_dari..$titik_sampai of each selected group, or, when $mandiri,
-- the month before each group's mandiri month (what was known at the decision).
WITH kel AS (
    SELECT *
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                           pilih_kode := $kode_kube, pilih_kota := $kota,
                           pilih_provinsi := $provinsi)
),
titik_semua AS (
    SELECT kel.kode_kube, kel.nama, kel.tanggal_bentuk, kel.tanggal_bubar, m.bulan::DATE AS bulan
    FROM kel, (SELECT unnest(generate_series($titik_dari::DATE, $titik_sampai::DATE, INTERVAL 1 MONTH)) AS bulan) m
    WHERE NOT $mandiri
    UNION ALL
    SELECT kode_kube, nama, tanggal_bentuk, tanggal_bubar,
           (date_trunc('month', tanggal_mandiri) - INTERVAL 1 MONTH)::DATE
    FROM kel WHERE $mandiri AND tanggal_mandiri IS NOT NULL
),
titik AS (
    -- only points inside the group's life
    SELECT kode_kube, nama, bulan,
           (bulan - to_months($jendela - 1))::DATE AS awal,
           last_day(bulan) AS akhir
    FROM titik_semua
    WHERE tanggal_bentuk <= last_day(bulan) AND (tanggal_bubar IS NULL OR tanggal_bubar >= bulan)
),
arus AS (
    SELECT t.kode_kube, t.bulan,
           count(r.bulan) AS bulan_jendela,
           coalesce(sum(r.pertemuan), 0) AS pertemuan,
           sum(r.musyawarah) AS musyawarah,
           sum(r.laporan_dibaca) AS laporan_dibaca,
           sum(r.hadir) AS hadir,
           sum(r.aktif_pertemuan) AS aktif_pertemuan,
           sum(r.alpa) AS alpa
    FROM titik t
    LEFT JOIN rollup_bulanan r
      ON r.kode_kube = t.kode_kube AND r.bulan BETWEEN t.awal AND t.bulan
    GROUP BY t.kode_kube, t.bulan
),
mitra AS (
    SELECT t.kode_kube, t.bulan,
           count(*) AS mitra_aktif,
           count(DISTINCT j.jenis_mitra) AS ragam_mitra,
           count(*) FILTER (WHERE j.tanggal_mulai <= t.akhir - to_months($mitra_bulan)) AS mitra_bertahan
    FROM titik t
    JOIN jaringan j
      ON j.kode_kube = t.kode_kube AND j.tanggal_mulai <= t.akhir
     AND (j.tanggal_selesai IS NULL OR j.tanggal_selesai > t.akhir)
    GROUP BY t.kode_kube, t.bulan
),
sepakat AS (
    -- agreements in force at any time in the window; a lifetime runs to its end or to `akhir`
    SELECT t.kode_kube, t.bulan,
           count(*) FILTER (WHERE s.tanggal_berakhir IS NULL OR s.tanggal_berakhir > t.akhir) AS kesepakatan_aktif,
           count(*) FILTER (WHERE (s.tanggal_berakhir IS NULL OR s.tanggal_berakhir > t.akhir)
                              AND s.ada_sanksi) AS kesepakatan_bersanksi,
           median(date_diff('day', s.tanggal, least(coalesce(s.tanggal_berakhir, t.akhir), t.akhir)))
               AS umur_median_kesepakatan
    FROM titik t
    JOIN kesepakatan s
      ON s.kode_kube = t.kode_kube AND s.tanggal <= t.akhir
     AND (s.tanggal_berakhir IS NULL OR s.tanggal_berakhir >= t.awal)
    GROUP BY t.kode_kube, t.bulan
),
catat AS (
    SELECT t.kode_kube, t.bulan,
           coalesce(c.baris_jaringan OR c.periksa_jaringan <= t.akhir, false) AS ada_jaringan,
           coalesce(c.baris_kesepakatan OR c.periksa_kesepakatan <= t.akhir, false) AS ada_kesepakatan
    FROM titik t
    LEFT JOIN (SELECT * FROM kelengkapan_data() WHERE $kode_kube IS NULL OR kode_kube = $kode_kube) c USING (kode_kube)
),
survei_dim AS (
    SELECT t.kode_kube, t.bulan,
           avg(v.skor) FILTER (WHERE v.dimensi = 'kepercayaan') AS survei_kepercayaan,
           avg(v.skor) FILTER (WHERE v.dimensi = 'jaringan') AS survei_jaringan,
           avg(v.skor) FILTER (WHERE v.dimensi = 'norma') AS survei_norma
    FROM titik t
    JOIN survei v
      ON v.kode_kube = t.kode_kube AND v.tanggal <= t.akhir
     AND v.tanggal > t.akhir - to_months($survei_bulan)
    GROUP BY t.kode_kube, t.bulan
)
SELECT t.kode_kube, t.nama, t.bulan,
       a.pertemuan / nullif(a.bulan_jendela, 0) AS pertemuan_per_bulan,
       a.hadir / nullif(a.aktif_pertemuan, 0) AS tingkat_kehadiran,
       a.laporan_dibaca / nullif(a.pertemuan, 0) AS transparansi_keuangan,
       a.musyawarah / nullif(a.pertemuan, 0) AS porsi_musyawarah,
       sv.survei_kepercayaan,
       CASE WHEN c.ada_jaringan THEN coalesce(m.mitra_aktif, 0) END AS mitra_aktif,
       CASE WHEN c.ada_jaringan THEN coalesce(m.ragam_mitra, 0) END AS ragam_mitra,
       CASE WHEN c.ada_jaringan THEN coalesce(m.mitra_bertahan, 0) END AS mitra_bertahan,
       sv.survei_jaringan,
       CASE WHEN c.ada_kesepakatan THEN coalesce(s.kesepakatan_aktif, 0) END AS kesepakatan_aktif,
       s.umur_median_kesepakatan,
       CASE WHEN c.ada_kesepakatan THEN coalesce(s.kesepakatan_bersanksi, 0) END AS kesepakatan_bersanksi,
       a.alpa / nullif(a.aktif_pertemuan, 0) AS porsi_alpa,
       sv.survei_norma,
       c.ada_jaringan, c.ada_kesepakatan
FROM titik t
JOIN arus a USING (kode_kube, bulan)
JOIN catat c USING (kode_kube, bulan)
LEFT JOIN mitra m USING (kode_kube, bulan)
LEFT JOIN sepakat s USING (kode_kube, bulan)
LEFT JOIN survei_dim sv USING (kode_kube, bulan)
ORDER BY t.kode_kube, t.bulan
