-- Measures behind the early warnings at the end of month $sampai (kube_metrics/peringatan.py),
-- one row per group alive then (formed by the end, not dissolved by it). Months are counted
-- back from $sampai (mundur 0 = $sampai). Missing rollup months count as no report, no visit.
WITH kel AS (
    SELECT k.kode_kube, k.nama, k.tanggal_bentuk
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha, pilih_kode := $kode_kube,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
    WHERE k.tanggal_bentuk <= last_day($sampai)
      AND (k.tanggal_bubar IS NULL OR k.tanggal_bubar > last_day($sampai))
),
r AS (
    SELECT r.*, date_diff('month', r.bulan, $sampai::DATE) AS mundur
    FROM rollup_bulanan r JOIN kel USING (kode_kube)
    WHERE r.bulan BETWEEN $sampai::DATE - to_months(2 * $bulan_hadir + 12) AND $sampai
),
bulanan AS (
    SELECT kode_kube,
           sum(hadir) FILTER (WHERE mundur < $bulan_hadir) AS hadir_baru,
           sum(aktif_pertemuan) FILTER (WHERE mundur < $bulan_hadir) AS aktif_baru,
           sum(hadir) FILTER (WHERE mundur >= $bulan_hadir AND mundur < 2 * $bulan_hadir) AS hadir_lama,
           sum(aktif_pertemuan) FILTER (WHERE mundur >= $bulan_hadir AND mundur < 2 * $bulan_hadir) AS aktif_lama,
           coalesce(sum(pertemuan) FILTER (WHERE mundur < $bulan_hadir), 0) AS pertemuan_baru,
           coalesce(sum(pertemuan) FILTER (WHERE mundur >= $bulan_hadir AND mundur < 2 * $bulan_hadir), 0)
               AS pertemuan_lama,
           count(*) FILTER (WHERE mundur < $bulan_laporan AND ada_laporan) AS laporan_terakhir,
           coalesce(sum(kunjungan_pendamping + kunjungan_pemerintah + kunjungan_lain)
                    FILTER (WHERE mundur < $bulan_kunjungan), 0) AS kunjungan_terakhir
    FROM r GROUP BY kode_kube
),
omzet AS (
    -- months of the last $bulan_omzet whose revenue is under the same month a year earlier
    SELECT a.kode_kube, count(*) AS bulan_omzet_turun
    FROM r a JOIN r b ON b.kode_kube = a.kode_kube AND b.bulan = a.bulan - INTERVAL 12 MONTH
    WHERE a.mundur < $bulan_omzet AND a.ada_laporan AND b.ada_laporan AND a.omzet < b.omzet
    GROUP BY a.kode_kube
),
hambatan_tua AS (
    SELECT h.kode_kube, max(date_diff('day', h.tanggal_lapor, last_day($sampai))) AS hari_hambatan_tertua
    FROM hambatan h JOIN kel USING (kode_kube)
    WHERE h.tanggal_lapor <= last_day($sampai)
      AND (h.tanggal_selesai IS NULL OR h.tanggal_selesai > last_day($sampai))
    GROUP BY h.kode_kube
)
SELECT kel.kode_kube, kel.nama,
       b.hadir_lama / nullif(b.aktif_lama, 0) AS kehadiran_lama,
       b.hadir_baru / nullif(b.aktif_baru, 0) AS kehadiran_baru,
       coalesce(b.pertemuan_lama, 0) AS pertemuan_lama,
       coalesce(b.pertemuan_baru, 0) AS pertemuan_baru,
       -- a trend needs a baseline: at least $pertemuan_min meetings in each half (a founding
       -- meeting alone is one event, not an attendance rate)
       coalesce(b.aktif_lama > 0 AND b.aktif_baru > 0
                AND b.pertemuan_lama >= $pertemuan_min AND b.pertemuan_baru >= $pertemuan_min
                AND 100 * (b.hadir_lama * b.aktif_baru - b.hadir_baru * b.aktif_lama)
                    >= $poin_hadir * b.aktif_lama * b.aktif_baru, false) AS kehadiran_turun,
       kel.tanggal_bentuk <= $sampai::DATE - to_months($bulan_laporan - 1)
           AND coalesce(b.laporan_terakhir, 0) = 0 AS laporan_terlambat,
       ht.hari_hambatan_tertua,
       coalesce(ht.hari_hambatan_tertua > $hari_hambatan, false) AS hambatan_lama,
       coalesce(b.kunjungan_terakhir, 0) AS kunjungan_terakhir,
       kel.tanggal_bentuk <= $sampai::DATE - to_months($bulan_kunjungan - 1)
           AND coalesce(b.kunjungan_terakhir, 0) = 0 AS tanpa_kunjungan,
       coalesce(o.bulan_omzet_turun, 0) AS bulan_omzet_turun,
       coalesce(o.bulan_omzet_turun, 0) >= $bulan_omzet AS omzet_turun,
       -- issue 13: ties / agreements never recorded nor checked by the end (kelengkapan_data())
       coalesce(c.baris_jaringan OR c.periksa_jaringan <= last_day($sampai), false) AS ada_jaringan,
       coalesce(c.baris_kesepakatan OR c.periksa_kesepakatan <= last_day($sampai), false) AS ada_kesepakatan,
       NOT (coalesce(c.baris_jaringan OR c.periksa_jaringan <= last_day($sampai), false)
            AND coalesce(c.baris_kesepakatan OR c.periksa_kesepakatan <= last_day($sampai), false))
           AS data_belum_lengkap
FROM kel
LEFT JOIN (SELECT * FROM kelengkapan_data() WHERE $kode_kube IS NULL OR kode_kube = $kode_kube) c USING (kode_kube)
LEFT JOIN bulanan b USING (kode_kube)
LEFT JOIN omzet o USING (kode_kube)
LEFT JOIN hambatan_tua ht USING (kode_kube)
ORDER BY kel.kode_kube
