-- Meetings: the profile's monthly count, one more or one fewer now and then, capped by the scale.
-- Meeting k of n falls in the k-th of n equal slices of the month's days (1 to its last day:
-- records on a month's last day, 29 February included, keep the month-end edge tested).
-- Rows go in key order: the primary-key index builds faster.
INSERT INTO pertemuan (kode_kube, kode_pertemuan, tanggal, jenis, laporan_keuangan, hadir_pendamping, catatan)
WITH jumlah AS (
    SELECT b.*, p.share_musyawarah, p.share_laporan, p.pendamping_tahun, p.faktor_kunjungan_setelah,
           least($maks_pertemuan, greatest(0, p.pertemuan_bulan
               + CASE WHEN acak($seed, b.nomor, b.bulan, 'n_pertemuan') < 0.20 THEN 1
                      WHEN acak($seed, b.nomor, b.bulan, 'n_pertemuan') >= 0.85 THEN -1 ELSE 0 END)) AS n
    FROM demo_bln b JOIN demo_profil p USING (profil)
), rapat AS (
    SELECT j.*, r.k, ((r.k - 1) * hari_bulan(j.bulan)) // j.n AS awal,
           (r.k * hari_bulan(j.bulan)) // j.n - ((r.k - 1) * hari_bulan(j.bulan)) // j.n AS lebar,
           acak($seed, j.nomor, j.bulan, r.k, 'jenis') AS u_jenis
    FROM jumlah j CROSS JOIN range(1, 5) r(k)
    WHERE r.k <= j.n
), jenis AS (
    SELECT r.*,
           CASE WHEN u_jenis < share_musyawarah THEN 'musyawarah'
                WHEN u_jenis < share_musyawarah + 0.08 THEN 'pelatihan'
                WHEN u_jenis < share_musyawarah + 0.15 THEN 'pembinaan'
                ELSE 'rutin' END AS jenis
    FROM rapat r
)
SELECT kode_kube,
       'P' || strftime(bulan, '%Y%m') || '-' || k,
       bulan + (awal + floor(acak($seed, nomor, bulan, k, 'hari') * lebar))::INTEGER,
       jenis,
       acak($seed, nomor, bulan, k, 'laporan')
           < least(0.97, share_laporan + CASE WHEN jenis = 'musyawarah' THEN 0.10 ELSE 0 END),
       acak($seed, nomor, bulan, k, 'pendamping')
           < CASE WHEN jenis IN ('pelatihan', 'pembinaan') THEN 0.9
                  ELSE least(0.6, pendamping_tahun / 15.0)
                       * CASE WHEN setelah THEN faktor_kunjungan_setelah ELSE 1.0 END END,
       CASE WHEN jenis = 'pelatihan' THEN 'Pelatihan ' || ['pembukuan sederhana', 'pemasaran daring',
                'pengemasan produk', 'pengelolaan usaha'][(hash($seed, nomor, bulan, k) % 4)::BIGINT + 1]
       END
FROM jenis
ORDER BY 1, 2;
