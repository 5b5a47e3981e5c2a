-- kpi_ringkasan: the headline figures of the Ringkasan page for two periods, 'kini' ($dari..$sampai)
-- and 'lalu' ($dari_lalu..$sampai_lalu, the same number of months just before), one row each.
-- Reads only rollup_bulanan and kelompok. Definitions: docs/metrics-ringkasan.md.
-- Flows (attendance, meetings, money, visits) sum every group-month of the period, so a group
-- dissolved during the period still counts for the months it lived. Stocks (groups, members,
-- open obstacles) are taken at the period's last day over the groups active on that day.
WITH periode AS (
    SELECT 'kini' AS periode, $dari::DATE AS dari, $sampai::DATE AS sampai
    UNION ALL
    SELECT 'lalu', $dari_lalu::DATE, $sampai_lalu::DATE
),
kel AS (
    SELECT k.kode_kube, k.tanggal_bentuk, k.tanggal_bubar
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
),
arus AS (
    SELECT p.periode,
           sum(r.hadir)::BIGINT AS hadir,
           sum(r.aktif_pertemuan)::BIGINT AS aktif_pertemuan,
           sum(r.pertemuan)::BIGINT AS pertemuan,
           count(*) AS bulan_kelompok,
           count(*) FILTER (WHERE r.ada_laporan) AS laporan,
           sum(r.omzet) FILTER (WHERE r.ada_laporan)::BIGINT AS omzet,
           sum(r.laba) FILTER (WHERE r.ada_laporan)::BIGINT AS laba,
           sum(r.kunjungan_pendamping + r.kunjungan_pemerintah + r.kunjungan_lain)::BIGINT AS kunjungan
    FROM periode p
    JOIN rollup_bulanan r ON r.bulan BETWEEN p.dari AND p.sampai
    JOIN kel ON kel.kode_kube = r.kode_kube
    GROUP BY p.periode
),
akhir AS (
    -- active on the last day of the period: formed by then and not dissolved by then
    SELECT p.periode,
           count(*) AS kelompok_aktif,
           count(r.kode_kube) AS kelompok_tercatat,
           sum(r.anggota_aktif_akhir)::BIGINT AS anggota_aktif,
           sum(r.hambatan_terbuka_akhir)::BIGINT AS hambatan_terbuka
    FROM periode p
    JOIN kel ON kel.tanggal_bentuk <= last_day(p.sampai)
            AND (kel.tanggal_bubar IS NULL OR kel.tanggal_bubar > last_day(p.sampai))
    -- only the two periods' last months are read (joined on p.sampai alone, DuckDB read
    -- every rollup row into the join: issue 10)
    LEFT JOIN (SELECT * FROM rollup_bulanan WHERE bulan IN ($sampai, $sampai_lalu)) r
           ON r.kode_kube = kel.kode_kube AND r.bulan = p.sampai
    GROUP BY p.periode
)
SELECT p.periode,
       coalesce(a.kelompok_aktif, 0) AS kelompok_aktif,
       -- no active group: 0; active groups but no rollup month yet (beyond the data): unknown
       CASE WHEN coalesce(a.kelompok_aktif, 0) = 0 THEN 0 ELSE a.anggota_aktif END AS anggota_aktif,
       s.hadir::DOUBLE / nullif(s.aktif_pertemuan, 0) AS tingkat_kehadiran,
       s.pertemuan::DOUBLE / nullif(s.bulan_kelompok, 0) AS pertemuan_per_bulan,
       s.omzet,
       s.laba,
       CASE WHEN coalesce(a.kelompok_aktif, 0) = 0 THEN 0 ELSE a.hambatan_terbuka END AS hambatan_terbuka,
       -- no rollup month in the period although groups are active: beyond the data, unknown
       CASE WHEN s.periode IS NULL AND coalesce(a.kelompok_aktif, 0) > 0 THEN NULL
            ELSE coalesce(s.kunjungan, 0) END AS kunjungan,
       coalesce(s.pertemuan, 0) AS pertemuan,
       coalesce(s.bulan_kelompok, 0) AS bulan_kelompok,
       coalesce(s.laporan, 0) AS laporan
FROM periode p
LEFT JOIN arus s ON s.periode = p.periode
LEFT JOIN akhir a ON a.periode = p.periode
ORDER BY p.periode;
