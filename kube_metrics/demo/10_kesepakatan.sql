-- Group agreements: about kesepakatan_tahun a year, agreed up to August 2025. Some last
-- (share_abadi), the rest lapse after umur_min_hari..umur_maks_hari days (KUBE Sejahtera 2:
-- 25-115 days, so always within 4 months); lapsing after the record window means still in force,
-- except in a dissolved group, where it ends with the group.
INSERT INTO kesepakatan (kode_kube, kode_kesepakatan, tanggal, isi, ada_sanksi, tanggal_berakhir)
WITH calon AS (
    SELECT b.nomor, b.kode_kube, b.bulan, b.batas, k.tanggal_bubar, p.share_abadi, p.share_sanksi,
           b.bulan + floor(acak($seed, b.nomor, b.bulan, 'tgl_sepakat') * hari_bulan(b.bulan))::INTEGER AS tanggal,
           p.umur_min_hari + floor(acak($seed, b.nomor, b.bulan, 'umur') * (p.umur_maks_hari - p.umur_min_hari + 1))::INTEGER
               AS umur
    FROM demo_bln b JOIN demo_kel k USING (nomor) JOIN demo_profil p ON p.profil = b.profil
    WHERE b.bulan <= DATE '2025-08-01'
      AND acak($seed, b.nomor, b.bulan, 'sepakat') < p.kesepakatan_tahun / 12.0
), berakhir AS (
    SELECT c.*,
           CASE WHEN acak($seed, nomor, bulan, 'abadi') >= share_abadi THEN tanggal + umur END AS akhir_calon
    FROM calon c
)
SELECT kode_kube,
       'S' || strftime(bulan, '%Y%m'),
       tanggal,
       ['Iuran kas Rp5.000 per minggu', 'Pertemuan rutin setiap tanggal 10',
        'Denda Rp2.000 bila tidak hadir tanpa izin', 'Keuntungan dibagi setiap enam bulan',
        'Pinjaman anggota paling banyak Rp500.000', 'Buku kas diperiksa bergiliran',
        'Jaga warung bergiliran sesuai jadwal', 'Laporan keuangan dibacakan setiap pertemuan',
        'Sisa hasil usaha sebagian disisihkan untuk IKS', 'Anggota baru disetujui musyawarah'
       ][(hash($seed, nomor, bulan, 'isi') % 10)::BIGINT + 1],
       acak($seed, nomor, bulan, 'sanksi') < share_sanksi,
       CASE WHEN akhir_calon <= batas THEN akhir_calon
            WHEN tanggal_bubar IS NOT NULL THEN tanggal_bubar END
FROM berakhir;
