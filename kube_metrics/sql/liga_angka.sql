-- liga_angka: the league table's figures, one row per group alive at some time in $dari..$sampai
-- (formed by the period's last day, not dissolved before $dari), for the period and, for the
-- changes, for $dari_lalu..$sampai_lalu (the same number of months just before). Included
-- (the SISIP marker of kube_metrics.db.load_sql) by liga_kelompok.sql, which adds the
-- statuses, and by perlu_perhatian.sql, so the league table and the watch list agree by
-- construction. Reads only rollup_bulanan and kelompok. Definitions: docs/metrics-ringkasan.md.
WITH kel AS (
    SELECT k.kode_kube, k.nama, k.kelurahan, k.kecamatan, k.jenis_usaha,
           coalesce(k.tanggal_bubar <= last_day($sampai::DATE), false) AS bubar
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
    WHERE k.tanggal_bentuk <= last_day($sampai::DATE)
      AND (k.tanggal_bubar IS NULL OR k.tanggal_bubar >= $dari::DATE)
),
kini AS (
    SELECT r.kode_kube,
           count(*) AS bulan_aktif,
           sum(r.hadir) AS hadir,
           sum(r.aktif_pertemuan) AS aktif_pertemuan,
           sum(r.pertemuan) AS pertemuan,
           count(*) FILTER (WHERE r.ada_laporan) AS bulan_lapor,
           sum(r.omzet) FILTER (WHERE r.ada_laporan) AS omzet,
           sum(r.laba) FILTER (WHERE r.ada_laporan) AS laba,
           sum(r.kunjungan_pendamping + r.kunjungan_pemerintah + r.kunjungan_lain) AS kunjungan,
           -- open at the end of the group's last month in the period (its dissolution month)
           arg_max(r.hambatan_terbuka_akhir, r.bulan) AS hambatan_terbuka
    FROM rollup_bulanan r
    JOIN kel ON kel.kode_kube = r.kode_kube
    WHERE r.bulan BETWEEN $dari AND $sampai
    GROUP BY r.kode_kube
),
lalu AS (
    SELECT r.kode_kube,
           sum(r.hadir) AS hadir,
           sum(r.aktif_pertemuan) AS aktif_pertemuan,
           count(*) FILTER (WHERE r.ada_laporan) AS bulan_lapor,
           sum(r.omzet) FILTER (WHERE r.ada_laporan) AS omzet,
           -- open at the end of the month before $dari = open at the start of the period
           max(r.hambatan_terbuka_akhir) FILTER (WHERE r.bulan = $sampai_lalu) AS hambatan_terbuka_awal
    FROM rollup_bulanan r
    JOIN kel ON kel.kode_kube = r.kode_kube
    WHERE r.bulan BETWEEN $dari_lalu AND $sampai_lalu
    GROUP BY r.kode_kube
),
angka AS (
    SELECT kel.*,
           coalesce(n.bulan_aktif, 0) AS bulan_aktif,
           n.hadir::DOUBLE / nullif(n.aktif_pertemuan, 0) AS tingkat_kehadiran,
           l.hadir::DOUBLE / nullif(l.aktif_pertemuan, 0) AS tingkat_kehadiran_sebelumnya,
           n.pertemuan::DOUBLE / nullif(n.bulan_aktif, 0) AS pertemuan_per_bulan,
           n.omzet::BIGINT AS omzet,
           n.laba::BIGINT AS laba,
           n.omzet::DOUBLE / nullif(n.bulan_lapor, 0) AS omzet_bulanan_x,
           l.omzet::DOUBLE / nullif(l.bulan_lapor, 0) AS omzet_bulanan_lalu_x,
           -- NULL when the group has no month in the period (the period lies beyond the data)
           (n.bulan_aktif - n.bulan_lapor)::BIGINT AS bulan_tanpa_laporan,
           n.hambatan_terbuka::BIGINT AS hambatan_terbuka,
           coalesce(l.hambatan_terbuka_awal, 0)::BIGINT AS hambatan_terbuka_awal,
           n.kunjungan::BIGINT AS kunjungan,
           n.kunjungan * 3.0 / nullif(n.bulan_aktif, 0) AS kunjungan_per_triwulan
    FROM kel
    LEFT JOIN kini n ON n.kode_kube = kel.kode_kube
    LEFT JOIN lalu l ON l.kode_kube = kel.kode_kube
)
SELECT kode_kube, nama, kelurahan, kecamatan, jenis_usaha, bubar, bulan_aktif,
       tingkat_kehadiran, tingkat_kehadiran_sebelumnya, pertemuan_per_bulan, omzet, laba,
       -- change of the average per reported month, so that a missed report (counted in
       -- bulan_tanpa_laporan) does not also read as a fall in revenue
       omzet_bulanan_x / nullif(omzet_bulanan_lalu_x, 0) - 1 AS omzet_perubahan,
       round(omzet_bulanan_x)::BIGINT AS omzet_bulanan,
       round(omzet_bulanan_lalu_x)::BIGINT AS omzet_bulanan_sebelumnya,
       bulan_tanpa_laporan, hambatan_terbuka, hambatan_terbuka_awal, kunjungan,
       kunjungan_per_triwulan
FROM angka
