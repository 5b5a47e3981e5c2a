-- banding_wilayah: Ringkasan's headline figures per area, one row per area one level below the
-- narrowest area chosen ($tingkat: provinsi, kota, kecamatan or kelurahan), for the period
-- $dari..$sampai. Same definitions as kpi_ringkasan.sql (its 'kini' row), grouped by area, so
-- the areas add up to the headline cards: flows sum every group-month of the period; stocks
-- (groups, members, open obstacles) are taken at the period's last day over the groups active
-- on that day. A blank provinsi is '' (shown as "provinsi tidak diisi").
WITH kel AS (
    SELECT k.kode_kube, k.tanggal_bentuk, k.tanggal_bubar,
           CASE $tingkat WHEN 'provinsi' THEN coalesce(k.provinsi, '')
                         WHEN 'kota' THEN k.kota
                         WHEN 'kecamatan' THEN k.kecamatan
                         ELSE k.kelurahan END AS wilayah
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                           pilih_provinsi := $provinsi, pilih_kota := $kota) k
),
arus AS (
    SELECT kel.wilayah,
           sum(r.hadir)::BIGINT AS hadir,
           sum(r.aktif_pertemuan)::BIGINT AS aktif_pertemuan,
           sum(r.pertemuan)::BIGINT AS pertemuan,
           count(*) AS bulan_kelompok,
           sum(r.omzet) FILTER (WHERE r.ada_laporan)::BIGINT AS omzet,
           sum(r.kunjungan_pendamping + r.kunjungan_pemerintah + r.kunjungan_lain)::BIGINT AS kunjungan
    FROM rollup_bulanan r
    JOIN kel ON kel.kode_kube = r.kode_kube
    WHERE r.bulan BETWEEN $dari AND $sampai
    GROUP BY kel.wilayah
),
akhir AS (
    SELECT kel.wilayah,
           count(*) AS kelompok_aktif,
           sum(r.anggota_aktif_akhir)::BIGINT AS anggota_aktif,
           sum(r.hambatan_terbuka_akhir)::BIGINT AS hambatan_terbuka
    FROM kel
    LEFT JOIN rollup_bulanan r ON r.kode_kube = kel.kode_kube AND r.bulan = $sampai
    WHERE kel.tanggal_bentuk <= last_day($sampai::DATE)
      AND (kel.tanggal_bubar IS NULL OR kel.tanggal_bubar > last_day($sampai::DATE))
    GROUP BY kel.wilayah
),
wilayah AS (
    SELECT wilayah FROM arus UNION SELECT wilayah FROM akhir
)
SELECT w.wilayah,
       coalesce(a.kelompok_aktif, 0) AS kelompok_aktif,
       a.anggota_aktif,
       s.hadir::DOUBLE / nullif(s.aktif_pertemuan, 0) AS tingkat_kehadiran,
       s.pertemuan::DOUBLE / nullif(s.bulan_kelompok, 0) AS pertemuan_per_bulan,
       s.omzet,
       a.hambatan_terbuka,
       s.kunjungan
FROM wilayah w
LEFT JOIN arus s ON s.wilayah = w.wilayah
LEFT JOIN akhir a ON a.wilayah = w.wilayah
ORDER BY w.wilayah;
