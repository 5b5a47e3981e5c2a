-- Measures behind the stage rules (Kemensos typology, kube_metrics/tahap.py), one row per
-- evaluation point (kode_kube, bulan); points as in modal_sosial_proksi.sql. Flows over the
-- $jendela months up to `bulan`; good-record months over the whole life up to `bulan`.
-- Also the mean monthly discipline score over the window, for kesiapan_mandiri.
WITH kel AS (
    SELECT *
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                           pilih_kode := $kode_kube, pilih_kota := $kota,
                           pilih_provinsi := $provinsi)
),
titik_semua AS (
    SELECT kel.kode_kube, kel.tanggal_bentuk, kel.tanggal_bubar, m.bulan::DATE AS bulan
    FROM kel, (SELECT unnest(generate_series($titik_dari::DATE, $titik_sampai::DATE, INTERVAL 1 MONTH)) AS bulan) m
    WHERE NOT $mandiri
    UNION ALL
    SELECT kode_kube, tanggal_bentuk, tanggal_bubar, (date_trunc('month', tanggal_mandiri) - INTERVAL 1 MONTH)::DATE
    FROM kel WHERE $mandiri AND tanggal_mandiri IS NOT NULL
),
titik AS (
    SELECT kode_kube, bulan, (bulan - to_months($jendela - 1))::DATE AS awal, last_day(bulan) AS akhir
    FROM titik_semua
    WHERE tanggal_bentuk <= last_day(bulan) AND (tanggal_bubar IS NULL OR tanggal_bubar >= bulan)
),
riwayat AS (
    SELECT t.kode_kube, t.bulan,
           count(*) FILTER (WHERE r.ada_laporan AND r.pertemuan > 0) AS bulan_tercatat,
           count(*) FILTER (WHERE r.bulan >= t.awal AND r.pertemuan > 0) AS bulan_rapat,
           coalesce(sum(r.laba) FILTER (WHERE r.bulan >= t.awal), 0) AS laba,
           coalesce(sum(r.iks) FILTER (WHERE r.bulan >= t.awal), 0) AS iks,
           coalesce(sum(r.tabungan) FILTER (WHERE r.bulan >= t.awal), 0) AS tabungan,
           arg_min(r.modal, r.bulan) FILTER (WHERE r.bulan >= t.awal AND r.ada_laporan) AS modal_awal,
           arg_max(r.modal, r.bulan) FILTER (WHERE r.bulan >= t.awal AND r.ada_laporan) AS modal_akhir,
           -- the monthly discipline score of disiplin.sql, averaged over the window
           avg((r.pertemuan > 0)::INTEGER
               + coalesce(r.hadir >= $kehadiran_min * r.aktif_pertemuan AND r.aktif_pertemuan > 0, false)::INTEGER
               + coalesce(r.tabungan > 0, false)::INTEGER + coalesce(r.iks > 0, false)::INTEGER
               + coalesce(r.buku_kas_terkini, false)::INTEGER) FILTER (WHERE r.bulan >= t.awal) AS disiplin_rerata
    FROM titik t
    LEFT JOIN rollup_bulanan r ON r.kode_kube = t.kode_kube AND r.bulan <= t.bulan
    GROUP BY t.kode_kube, t.bulan
),
pengurus AS (
    SELECT t.kode_kube, t.bulan, count(DISTINCT a.peran) AS peran_pengurus
    FROM titik t
    JOIN anggota a
      ON a.kode_kube = t.kode_kube AND a.peran IN ('ketua', 'sekretaris', 'bendahara')
     AND a.tanggal_masuk <= t.akhir AND (a.tanggal_keluar IS NULL OR t.akhir < a.tanggal_keluar)
    GROUP BY t.kode_kube, t.bulan
),
mitra AS (
    SELECT t.kode_kube, t.bulan, count(*) AS mitra_aktif
    FROM titik t
    JOIN jaringan j
      ON j.kode_kube = t.kode_kube AND j.tanggal_mulai <= t.akhir
     AND (j.tanggal_selesai IS NULL OR j.tanggal_selesai > t.akhir)
    GROUP BY t.kode_kube, t.bulan
)
SELECT t.kode_kube, t.bulan, r.bulan_tercatat, r.bulan_rapat,
       coalesce(p.peran_pengurus, 0) AS peran_pengurus,
       r.laba, r.iks, r.tabungan, r.modal_awal, r.modal_akhir, r.disiplin_rerata,
       coalesce(m.mitra_aktif, 0) AS mitra_aktif,
       -- ties recorded or checked by the end (issue 13): otherwise `bermitra` cannot be read
       coalesce(c.baris_jaringan OR c.periksa_jaringan <= t.akhir, false) AS ada_jaringan
FROM titik t
JOIN riwayat r USING (kode_kube, bulan)
LEFT JOIN pengurus p USING (kode_kube, bulan)
LEFT JOIN mitra m USING (kode_kube, bulan)
LEFT JOIN (SELECT * FROM kelengkapan_data() WHERE $kode_kube IS NULL OR kode_kube = $kode_kube) c USING (kode_kube)
ORDER BY t.kode_kube, t.bulan
