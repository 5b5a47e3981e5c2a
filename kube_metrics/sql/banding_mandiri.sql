-- 12 months before vs. after the mandiri date (issue 4 item 4), from rollup_bulanan.
-- Before: the $bulan months before the mandiri month; after: the mandiri month and the
-- $bulan - 1 months after it. Attendance = Σ hadir ÷ Σ members active at each meeting;
-- revenue = mean omzet over months with a report; obstacles = new reports; visits = all parties.
WITH kel AS (
    SELECT k.kode_kube, k.nama, k.tanggal_mandiri, date_trunc('month', k.tanggal_mandiri)::DATE AS m
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha, pilih_kode := $kode_kube,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
    WHERE k.tanggal_mandiri IS NOT NULL
),
bulanan AS (
    SELECT kel.kode_kube, r.*, r.bulan >= kel.m AS sesudah
    FROM kel
    JOIN rollup_bulanan r
      ON r.kode_kube = kel.kode_kube
     AND r.bulan >= kel.m - to_months($bulan) AND r.bulan < kel.m + to_months($bulan)
),
agregat AS (
    SELECT kode_kube, sesudah,
           count(*) AS bulan_data,
           sum(hadir) / nullif(sum(aktif_pertemuan), 0) AS tingkat_kehadiran,
           round(avg(omzet) FILTER (WHERE ada_laporan))::BIGINT AS omzet_rerata,
           sum(hambatan_baru)::BIGINT AS hambatan_baru,
           sum(kunjungan_pendamping + kunjungan_pemerintah + kunjungan_lain)::BIGINT AS kunjungan
    FROM bulanan GROUP BY kode_kube, sesudah
)
SELECT kel.kode_kube, kel.nama, kel.tanggal_mandiri,
       b.bulan_data AS bulan_sebelum, a.bulan_data AS bulan_sesudah,
       b.tingkat_kehadiran AS kehadiran_sebelum, a.tingkat_kehadiran AS kehadiran_sesudah,
       b.omzet_rerata AS omzet_sebelum, a.omzet_rerata AS omzet_sesudah,
       b.hambatan_baru AS hambatan_sebelum, a.hambatan_baru AS hambatan_sesudah,
       b.kunjungan AS kunjungan_sebelum, a.kunjungan AS kunjungan_sesudah
FROM kel
LEFT JOIN agregat b ON b.kode_kube = kel.kode_kube AND NOT b.sesudah
LEFT JOIN agregat a ON a.kode_kube = kel.kode_kube AND a.sesudah
ORDER BY kel.kode_kube
