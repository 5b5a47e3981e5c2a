-- Small parameter tables that drive every generated row. All TEMP: they never reach the file.
-- No random()/setseed: every "random" number is acak(seed, key parts...), a hash of the seed and
-- the row's key, so the same seed gives the same rows whatever the thread schedule.
CREATE OR REPLACE TEMP MACRO acak(s, a, b) AS (hash(s, a, b) % 1000003) / 1000003.0,
    (s, a, b, c) AS (hash(s, a, b, c) % 1000003) / 1000003.0,
    (s, a, b, c, d) AS (hash(s, a, b, c, d) % 1000003) / 1000003.0;
-- Days in the month of `bulan` (28..31): dates are spread over every day of a month, its last day
-- included, so the month-end edge of every period is exercised by the demo data too.
CREATE OR REPLACE TEMP MACRO hari_bulan(bulan) AS date_part('day', last_day(bulan))::INTEGER;

-- Group profiles. Groups (except the study group) are ranked by a seeded hash and cut at the
-- percentiles [bawah, atas), so every scale gets the same mix whatever the seed.
-- *_setelah values apply after the turning point (titik): tanggal_mandiri for profiles whose
-- decline starts when they are declared independent, the first month for lemah and bubar.
CREATE OR REPLACE TEMP TABLE demo_profil AS
SELECT * FROM (VALUES
    ('maju',       0.00, 0.25, 0.90, 0.01, 0.82, 'mandiri', 3, 0.30, 0.80, 10.0, 3.0, 1.0, 0.60,
     2, 5, 1.0, 540, 1800, 0.6, 0.7, 0.12, 0.08, 0.15, 0.10, 0.95, 2.0, 2.0, 0.90, 0.90, 60,
     0.02, 0.02, 0.95, 4.3, 4.2, 4.2, 0.03, 3, 0.8),
    ('sedang',     0.25, 0.70, 0.78, 0.03, 0.62, 'mandiri', 2, 0.25, 0.55, 6.0, 1.5, 0.5, 0.50,
     1, 2, 0.6, 240, 900, 0.2, 0.4, 0.05, 0.02, 0.05, 0.02, 1.00, 3.0, 3.0, 0.70, 0.65, 120,
     0.07, 0.08, 0.75, 3.7, 3.0, 3.3, 0.05, 2, 0.5),
    ('lemah',      0.70, 0.90, 0.68, 0.05, 0.45, 'mulai', 1, 0.25, 0.35, 3.0, 0.8, 0.3, 0.50,
     0, 1, 0.4, 90, 360, 0.0, 0.2, 0.00, -0.03, -0.05, -0.08, 1.08, 4.0, 4.0, 0.45, 0.40, 180,
     0.15, 0.15, 0.50, 3.0, 2.5, 2.5, 0.10, 1, 0.4),
    ('bubar',      0.90, 1.01, 0.65, 0.10, 0.35, 'mulai', 1, 0.25, 0.30, 3.0, 0.6, 0.2, 0.50,
     0, 1, 0.4, 60, 240, 0.0, 0.2, -0.05, -0.05, -0.15, -0.15, 1.12, 5.0, 5.0, 0.30, 0.30, 150,
     0.20, 0.20, 0.40, 2.7, 2.3, 2.2, 0.12, 1, 0.3),
    -- KUBE Sejahtera 2: trust high (finances read out at frequent musyawarah), no outside ties,
    -- agreements lapsing within 4 months, little coaching, decline after being declared mandiri.
    ('sejahtera2', NULL, NULL, 0.86, 0.22, 0.52, 'mandiri', 3, 0.60, 0.90, 3.0, 1.0, 0.2, 0.15,
     0, 0, 2.0, 25, 115, 0.0, 0.1, 0.10, 0.00, 0.08, -0.03, 1.00, 1.0, 5.0, 0.60, 0.12, 200,
     0.02, 0.12, 0.60, 4.4, 1.8, 2.1, 0.04, 0, 1.0)
) t(profil, bawah, atas, hadir_awal, hadir_turun, hadir_min, turun_sejak, pertemuan_bulan,
    share_musyawarah, share_laporan, pendamping_tahun, pemerintah_tahun, lain_tahun,
    faktor_kunjungan_setelah, jaringan_min, jaringan_maks, kesepakatan_tahun, umur_min_hari,
    umur_maks_hari, share_abadi, share_sanksi, tren_omzet, tren_omzet_setelah, tren_modal,
    tren_modal_setelah, beban, hambatan_tahun, hambatan_tahun_setelah, share_selesai,
    share_selesai_setelah, hari_selesai_maks, bulan_hilang, bulan_hilang_setelah, buku_kas,
    skor_kepercayaan, skor_jaringan, skor_norma, keluar_tahun, gabung_maks, survei_share);

-- Business types: share of groups [bawah, atas), monthly revenue of a 10-member group,
-- cost share of revenue, and the Lebaran bump (trade, food and clothing sell more).
CREATE OR REPLACE TEMP TABLE demo_usaha AS
SELECT * FROM (VALUES
    ('kuliner',        0.00, 0.22,  9000000, 0.65, 1.50),
    ('warung_sembako', 0.22, 0.42, 12000000, 0.82, 1.60),
    ('kerajinan',      0.42, 0.54,  3000000, 0.55, 1.15),
    ('konveksi',       0.54, 0.64,  6000000, 0.65, 1.80),
    ('ternak',         0.64, 0.74,  4000000, 0.70, 1.30),
    ('pertanian',      0.74, 0.80,  3500000, 0.60, 1.00),
    ('perikanan',      0.80, 0.84,  4500000, 0.65, 1.00),
    ('laundry',        0.84, 0.89,  5000000, 0.50, 1.00),
    ('jasa',           0.89, 0.94,  4000000, 0.45, 1.00),
    ('simpan_pinjam',  0.94, 0.97,  2500000, 0.20, 1.00),
    ('lainnya',        0.97, 1.01,  3000000, 0.60, 1.00)
) t(jenis_usaha, bawah, atas, omzet_dasar, share_biaya, lebaran);

-- Every month that can hold a record, with Idul Fitri (Lebaran) and COVID-19 factors.
CREATE OR REPLACE TEMP TABLE demo_kalender AS
SELECT bulan,
       bulan IN (DATE '2017-06-01', DATE '2018-06-01', DATE '2019-06-01', DATE '2020-05-01',
                 DATE '2021-05-01', DATE '2022-05-01', DATE '2023-04-01', DATE '2024-04-01',
                 DATE '2025-03-01') AS lebaran,
       CASE WHEN bulan BETWEEN DATE '2020-04-01' AND DATE '2020-06-01' THEN 0.60
            WHEN bulan BETWEEN DATE '2020-07-01' AND DATE '2020-12-01' THEN 0.80
            WHEN bulan BETWEEN DATE '2021-07-01' AND DATE '2021-08-01' THEN 0.75
            ELSE 1.0 END AS covid
FROM (SELECT unnest(generate_series(DATE '2016-12-01', DATE '2025-12-01', INTERVAL 1 MONTH))::DATE AS bulan);

-- The contract's obstacle taxonomy with a typical description and who usually handles it.
-- nomor_s2: the categories that pile up at KUBE Sejahtera 2 after it was declared mandiri.
CREATE OR REPLACE TEMP TABLE demo_kategori AS
SELECT * FROM (VALUES
    ('modal',                 0, 4,    'Modal usaha tidak cukup untuk menambah stok', 'dinsos'),
    ('pemasaran',             1, 3,    'Penjualan sepi, pelanggan berpindah ke toko lain', 'kelompok'),
    ('bahan_baku',            2, NULL, 'Harga bahan baku naik', 'kelompok'),
    ('keterampilan',          3, NULL, 'Anggota belum menguasai teknik produksi', 'pendamping'),
    ('jenis_usaha',           4, NULL, 'Jenis usaha kurang cocok dengan pasar sekitar', 'pendamping'),
    ('pengelolaan_keuangan',  5, NULL, 'Pembukuan tidak rutin diperbarui', 'pendamping'),
    ('administrasi',          6, NULL, 'Dokumen kelompok belum lengkap', 'kelurahan'),
    ('kepemimpinan',          7, 5,    'Ketua jarang menggerakkan anggota', 'kelompok'),
    ('kepercayaan',           8, NULL, 'Anggota meragukan penggunaan uang kas', 'kelompok'),
    ('jaringan',              9, 0,    'Tidak ada mitra pemasaran atau pemasok di luar kelompok', 'pendamping'),
    ('norma',                10, 1,    'Kesepakatan kelompok tidak lagi dijalankan', 'kelompok'),
    ('konflik',              11, NULL, 'Perselisihan antaranggota soal pembagian kerja', 'kelompok'),
    ('pendampingan',         12, 2,    'Pendamping jarang berkunjung', 'dinsos'),
    ('dukungan_pemerintah',  13, 6,    'Belum ada tindak lanjut dari dinas', 'dinsos'),
    ('kesehatan',            14, NULL, 'Beberapa anggota sakit sehingga usaha tersendat', 'kelompok'),
    ('bencana',              15, NULL, 'Tempat usaha rusak karena banjir atau angin', 'kelurahan'),
    ('lainnya',              16, NULL, 'Kendala lain di luar usaha', NULL)
) t(kategori, nomor, nomor_s2, uraian, penanggung_jawab);
