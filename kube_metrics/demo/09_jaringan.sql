-- Ties with outside parties: between jaringan_min and jaringan_maks per group (none for
-- KUBE Sejahtera 2). A tie starts in the first 70 % of the group's life; some end, and all end
-- when the group dissolves.
INSERT INTO jaringan (kode_kube, mitra, jenis_mitra, tanggal_mulai, tanggal_selesai)
WITH slot AS (
    SELECT k.nomor, k.kode_kube, k.kelurahan, k.mulai, k.batas, k.tanggal_bubar, k.profil, r.j,
           ['bank', 'koperasi', 'bumdes', 'pasar', 'pembeli_tetap', 'pemasok', 'pemerintah', 'lsm',
            'kube_lain', 'lainnya'][((hash($seed, k.nomor, 'mitra') % 10)::BIGINT + r.j * 3) % 10 + 1] AS jenis_mitra,
           ['Arta Mulya', 'Sido Maju', 'Sekar Jagad', 'Bumi Lestari', 'Mitra Usaha', 'Karya Utama',
            'Rejo Makmur', 'Tirta Sari', 'Sinar Jaya', 'Margo Mulyo', 'Cipta Karya', 'Adil Makmur'
           ][((hash($seed, k.nomor, 'nama_mitra') % 12)::BIGINT + r.j * 5) % 12 + 1] AS nama_mitra,
           k.mulai + floor(acak($seed, k.nomor, r.j, 'mulai_mitra') * 0.7 * (k.batas - k.mulai))::INTEGER
               AS tanggal_mulai,
           acak($seed, k.nomor, r.j, 'akhir_mitra') AS u_akhir
    FROM demo_kel k JOIN demo_profil p USING (profil) CROSS JOIN range(5) r(j)
    WHERE r.j < p.jaringan_min + floor(acak($seed, k.nomor, 'n_mitra') * (p.jaringan_maks - p.jaringan_min + 1))
), akhir AS (
    SELECT s.*,
           CASE WHEN u_akhir < CASE WHEN profil = 'maju' THEN 0.2 ELSE 0.5 END
                THEN tanggal_mulai + 180 + floor(u_akhir * 1500)::INTEGER END AS akhir_calon
    FROM slot s
)
SELECT kode_kube,
       CASE jenis_mitra
           WHEN 'bank' THEN 'BPR ' || nama_mitra
           WHEN 'koperasi' THEN 'Koperasi ' || nama_mitra
           WHEN 'bumdes' THEN 'BUMKal ' || nama_mitra
           WHEN 'pasar' THEN 'Pasar ' || kelurahan
           WHEN 'pembeli_tetap' THEN 'Toko ' || nama_mitra
           WHEN 'pemasok' THEN 'UD ' || nama_mitra
           WHEN 'pemerintah' THEN 'Dinas Koperasi dan UKM'
           WHEN 'lsm' THEN 'Yayasan ' || nama_mitra
           WHEN 'kube_lain' THEN 'KUBE ' || nama_mitra
           ELSE 'CV ' || nama_mitra
       END,
       jenis_mitra, tanggal_mulai,
       CASE WHEN akhir_calon <= batas THEN akhir_calon
            WHEN tanggal_bubar IS NOT NULL THEN tanggal_bubar END
FROM akhir;
