-- Headline figures of one group for months $dari..$sampai: data contract section 3.
-- "akhir" is the last day of $sampai. Meetings and attendance come from rollup_pertemuan
-- (the same numbers the pages show); everything else from the data tables of this one group.
WITH periode AS (
    SELECT $dari::DATE AS dari, $sampai::DATE AS sampai, last_day($sampai::DATE) AS akhir,
           date_diff('month', $dari::DATE, $sampai::DATE) + 1 AS jumlah_bulan
),
rapat AS (
    SELECT count(*) AS pertemuan, sum(r.hadir) AS hadir, sum(r.aktif) AS aktif,
           count(*) FILTER (WHERE r.laporan_keuangan) AS dibaca
    FROM rollup_pertemuan r, periode p
    WHERE r.kode_kube = $kode_kube AND r.bulan BETWEEN p.dari AND p.sampai
),
tingkat_kota AS (
    -- attendance rate of every group in the same kota with meetings in the period
    SELECT r.kode_kube, sum(r.hadir) / nullif(sum(r.aktif), 0) AS tingkat
    FROM rollup_pertemuan r
    JOIN kelompok k ON k.kode_kube = r.kode_kube, periode p
    WHERE k.kota = (SELECT kota FROM kelompok WHERE kode_kube = $kode_kube)
      AND r.bulan BETWEEN p.dari AND p.sampai
    GROUP BY r.kode_kube
    HAVING tingkat IS NOT NULL
),
peringkat AS (
    -- rank(): ties share the lowest rank number
    SELECT kode_kube, rank() OVER (ORDER BY tingkat DESC) AS peringkat, count(*) OVER () AS n
    FROM tingkat_kota
),
uang AS (
    SELECT count(*) AS laporan, sum(u.omzet) AS omzet, sum(u.biaya) AS biaya,
           sum(coalesce(u.iks, 0)) AS iks, sum(coalesce(u.tabungan, 0)) AS tabungan,
           arg_max(u.modal, u.bulan) AS modal_akhir
    FROM keuangan u, periode p
    WHERE u.kode_kube = $kode_kube AND u.bulan BETWEEN p.dari AND p.sampai
),
kunjungan_periode AS (
    SELECT count(*) FILTER (WHERE v.pihak = 'pendamping') AS pendamping,
           count(*) FILTER (WHERE v.pihak IN ('dinsos', 'kelurahan')) AS pemerintah
    FROM kunjungan v, periode p
    WHERE v.kode_kube = $kode_kube AND v.tanggal BETWEEN p.dari AND p.akhir
),
hambatan_periode AS (
    SELECT count(*) FILTER (WHERE h.tanggal_lapor BETWEEN p.dari AND p.akhir) AS baru,
           count(*) FILTER (WHERE h.tanggal_lapor <= p.akhir
                              AND (h.tanggal_selesai IS NULL OR h.tanggal_selesai > p.akhir)) AS terbuka,
           median(date_diff('day', h.tanggal_lapor, h.tanggal_selesai))
               FILTER (WHERE h.tanggal_selesai BETWEEN p.dari AND p.akhir) AS hari_median
    FROM hambatan h, periode p
    WHERE h.kode_kube = $kode_kube
)
SELECT
    k.kode_kube, k.nama,
    (SELECT count(*) FROM anggota a, periode p
      WHERE a.kode_kube = $kode_kube AND a.tanggal_masuk <= p.akhir
        AND (a.tanggal_keluar IS NULL OR p.akhir < a.tanggal_keluar)) AS anggota_aktif,
    r.pertemuan,
    r.pertemuan / p.jumlah_bulan AS pertemuan_per_bulan,
    r.hadir / nullif(r.aktif, 0) AS tingkat_kehadiran,
    r.dibaca / nullif(r.pertemuan, 0) AS transparansi_keuangan,
    u.omzet::BIGINT AS omzet, u.biaya::BIGINT AS biaya, (u.omzet - u.biaya)::BIGINT AS laba,
    CASE WHEN u.laporan > 0 THEN u.iks END::BIGINT AS iks,
    CASE WHEN u.laporan > 0 THEN u.tabungan END::BIGINT AS tabungan,
    u.modal_akhir,
    -- (modal - bantuan) / bantuan: same value as modal / bantuan - 1 without float noise
    (u.modal_akhir - k.nilai_bantuan) / nullif(k.nilai_bantuan, 0) AS pertumbuhan_modal,
    v.pendamping AS kunjungan_pendamping,
    v.pemerintah AS kunjungan_pemerintah,
    h.baru AS hambatan_baru,
    h.terbuka AS hambatan_terbuka,
    h.hari_median AS hari_penyelesaian_median,
    (SELECT count(*) FROM jaringan j, periode p
      WHERE j.kode_kube = $kode_kube AND j.tanggal_mulai <= p.akhir
        AND (j.tanggal_selesai IS NULL OR j.tanggal_selesai > p.akhir)) AS mitra_eksternal_aktif,
    (SELECT count(*) FROM kesepakatan s, periode p
      WHERE s.kode_kube = $kode_kube AND s.tanggal <= p.akhir
        AND (s.tanggal_berakhir IS NULL OR s.tanggal_berakhir > p.akhir)) AS kesepakatan_aktif,
    g.peringkat AS peringkat_kehadiran,
    g.n AS peringkat_dari
FROM kelompok k
CROSS JOIN periode p
CROSS JOIN rapat r
CROSS JOIN uang u
CROSS JOIN kunjungan_periode v
CROSS JOIN hambatan_periode h
LEFT JOIN peringkat g ON g.kode_kube = k.kode_kube
WHERE k.kode_kube = $kode_kube;
