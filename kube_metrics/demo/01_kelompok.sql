-- Kota Yogyakarta's 14 kecamatan and 45 kelurahan (real place names), in an interleaved order
-- (urut) so that groups dealt out round-robin spread over every kecamatan first.
CREATE OR REPLACE TEMP TABLE demo_wilayah_yk AS
WITH w AS (
    SELECT * FROM (VALUES
        ('Danurejan', 'DNR', ['Bausasran', 'Suryatmajan', 'Tegal Panggung']),
        ('Gedongtengen', 'GDT', ['Pringgokusuman', 'Sosromenduran']),
        ('Gondokusuman', 'GDK', ['Baciro', 'Demangan', 'Klitren', 'Kotabaru', 'Terban']),
        ('Gondomanan', 'GDM', ['Ngupasan', 'Prawirodirjan']),
        ('Jetis', 'JTS', ['Bumijo', 'Cokrodiningratan', 'Gowongan']),
        ('Kotagede', 'KTG', ['Prenggan', 'Purbayan', 'Rejowinangun']),
        ('Kraton', 'KRT', ['Kadipaten', 'Panembahan', 'Patehan']),
        ('Mantrijeron', 'MJN', ['Gedongkiwo', 'Mantrijeron', 'Suryodiningratan']),
        ('Mergangsan', 'MGS', ['Brontokusuman', 'Keparakan', 'Wirogunan']),
        ('Ngampilan', 'NGP', ['Ngampilan', 'Notoprajan']),
        ('Pakualaman', 'PKL', ['Gunungketur', 'Purwokinanti']),
        ('Tegalrejo', 'TGR', ['Bener', 'Karangwaru', 'Kricak', 'Tegalrejo']),
        ('Umbulharjo', 'UMB', ['Giwangan', 'Mujamuju', 'Pandeyan', 'Semaki', 'Sorosutan', 'Tahunan',
                               'Warungboto']),
        ('Wirobrajan', 'WBJ', ['Pakuncen', 'Patangpuluhan', 'Wirobrajan'])
    ) t(kecamatan, kode, kelurahan_daftar)
), satu AS (
    SELECT kecamatan, kode, unnest(kelurahan_daftar) AS kelurahan,
           unnest(generate_series(1, len(kelurahan_daftar))) AS r
    FROM w
)
SELECT kecamatan, kode, kelurahan, (row_number() OVER (ORDER BY r, kecamatan) - 1)::INTEGER AS urut
FROM satu;

-- Real provinces of Indonesia and some of their real kabupaten/kota, for the nasional scale
-- (groups 5000 onwards; DI Yogyakarta is the first 5000 groups). urut: the order groups are
-- dealt out in, one block of groups per kota.
CREATE OR REPLACE TEMP TABLE demo_kota_nasional AS
WITH p AS (
    SELECT * FROM (VALUES
        ('Aceh', ['Kota Banda Aceh', 'Kota Sabang', 'Kota Lhokseumawe', 'Kota Langsa', 'Kabupaten Aceh Besar',
                  'Kabupaten Pidie', 'Kabupaten Aceh Utara', 'Kabupaten Bireuen', 'Kabupaten Aceh Tengah',
                  'Kabupaten Aceh Barat']),
        ('Sumatera Utara', ['Kota Medan', 'Kota Binjai', 'Kota Pematangsiantar', 'Kota Tebing Tinggi',
                            'Kota Sibolga', 'Kabupaten Deli Serdang', 'Kabupaten Langkat', 'Kabupaten Simalungun',
                            'Kabupaten Karo', 'Kabupaten Asahan', 'Kabupaten Tapanuli Utara', 'Kabupaten Nias']),
        ('Sumatera Barat', ['Kota Padang', 'Kota Bukittinggi', 'Kota Payakumbuh', 'Kota Solok', 'Kabupaten Agam',
                            'Kabupaten Tanah Datar', 'Kabupaten Pesisir Selatan', 'Kabupaten Padang Pariaman']),
        ('Riau', ['Kota Pekanbaru', 'Kota Dumai', 'Kabupaten Kampar', 'Kabupaten Bengkalis',
                  'Kabupaten Indragiri Hilir', 'Kabupaten Rokan Hulu', 'Kabupaten Siak', 'Kabupaten Pelalawan']),
        ('Kepulauan Riau', ['Kota Batam', 'Kota Tanjungpinang', 'Kabupaten Bintan', 'Kabupaten Karimun',
                            'Kabupaten Lingga']),
        ('Jambi', ['Kota Jambi', 'Kota Sungai Penuh', 'Kabupaten Muaro Jambi', 'Kabupaten Batanghari',
                   'Kabupaten Kerinci', 'Kabupaten Bungo', 'Kabupaten Merangin']),
        ('Sumatera Selatan', ['Kota Palembang', 'Kota Prabumulih', 'Kota Lubuklinggau', 'Kota Pagar Alam',
                              'Kabupaten Ogan Komering Ilir', 'Kabupaten Muara Enim', 'Kabupaten Banyuasin',
                              'Kabupaten Lahat', 'Kabupaten Musi Banyuasin']),
        ('Kepulauan Bangka Belitung', ['Kota Pangkalpinang', 'Kabupaten Bangka', 'Kabupaten Belitung',
                                       'Kabupaten Bangka Barat']),
        ('Bengkulu', ['Kota Bengkulu', 'Kabupaten Rejang Lebong', 'Kabupaten Bengkulu Utara', 'Kabupaten Kepahiang',
                      'Kabupaten Seluma']),
        ('Lampung', ['Kota Bandar Lampung', 'Kota Metro', 'Kabupaten Lampung Selatan', 'Kabupaten Lampung Tengah',
                     'Kabupaten Lampung Timur', 'Kabupaten Lampung Utara', 'Kabupaten Pringsewu',
                     'Kabupaten Tanggamus']),
        ('Banten', ['Kota Serang', 'Kota Tangerang', 'Kota Tangerang Selatan', 'Kota Cilegon', 'Kabupaten Tangerang',
                    'Kabupaten Serang', 'Kabupaten Pandeglang', 'Kabupaten Lebak']),
        ('DKI Jakarta', ['Kota Jakarta Pusat', 'Kota Jakarta Utara', 'Kota Jakarta Barat', 'Kota Jakarta Selatan',
                         'Kota Jakarta Timur', 'Kabupaten Kepulauan Seribu']),
        ('Jawa Barat', ['Kota Bandung', 'Kota Bogor', 'Kota Bekasi', 'Kota Depok', 'Kota Cirebon', 'Kota Sukabumi',
                        'Kota Tasikmalaya', 'Kabupaten Bandung', 'Kabupaten Bogor', 'Kabupaten Bekasi',
                        'Kabupaten Garut', 'Kabupaten Cianjur', 'Kabupaten Karawang', 'Kabupaten Sukabumi',
                        'Kabupaten Indramayu', 'Kabupaten Subang']),
        ('Jawa Tengah', ['Kota Semarang', 'Kota Surakarta', 'Kota Magelang', 'Kota Salatiga', 'Kota Pekalongan',
                         'Kota Tegal', 'Kabupaten Banyumas', 'Kabupaten Cilacap', 'Kabupaten Klaten',
                         'Kabupaten Boyolali', 'Kabupaten Sukoharjo', 'Kabupaten Wonogiri', 'Kabupaten Kudus',
                         'Kabupaten Jepara', 'Kabupaten Pati', 'Kabupaten Magelang']),
        ('Jawa Timur', ['Kota Surabaya', 'Kota Malang', 'Kota Kediri', 'Kota Madiun', 'Kota Blitar',
                        'Kota Probolinggo', 'Kabupaten Sidoarjo', 'Kabupaten Gresik', 'Kabupaten Malang',
                        'Kabupaten Jember', 'Kabupaten Banyuwangi', 'Kabupaten Lamongan', 'Kabupaten Tuban',
                        'Kabupaten Ponorogo', 'Kabupaten Kediri', 'Kabupaten Pasuruan']),
        ('Bali', ['Kota Denpasar', 'Kabupaten Badung', 'Kabupaten Gianyar', 'Kabupaten Tabanan', 'Kabupaten Buleleng',
                  'Kabupaten Karangasem', 'Kabupaten Klungkung']),
        ('Nusa Tenggara Barat', ['Kota Mataram', 'Kota Bima', 'Kabupaten Lombok Barat', 'Kabupaten Lombok Tengah',
                                 'Kabupaten Lombok Timur', 'Kabupaten Sumbawa', 'Kabupaten Dompu']),
        ('Nusa Tenggara Timur', ['Kota Kupang', 'Kabupaten Kupang', 'Kabupaten Timor Tengah Selatan',
                                 'Kabupaten Belu', 'Kabupaten Sikka', 'Kabupaten Ende', 'Kabupaten Manggarai',
                                 'Kabupaten Sumba Timur']),
        ('Kalimantan Barat', ['Kota Pontianak', 'Kota Singkawang', 'Kabupaten Kubu Raya', 'Kabupaten Sambas',
                              'Kabupaten Ketapang', 'Kabupaten Sanggau', 'Kabupaten Sintang']),
        ('Kalimantan Tengah', ['Kota Palangka Raya', 'Kabupaten Kotawaringin Barat', 'Kabupaten Kotawaringin Timur',
                               'Kabupaten Kapuas', 'Kabupaten Barito Selatan']),
        ('Kalimantan Selatan', ['Kota Banjarmasin', 'Kota Banjarbaru', 'Kabupaten Banjar', 'Kabupaten Tanah Laut',
                                'Kabupaten Hulu Sungai Selatan', 'Kabupaten Tabalong', 'Kabupaten Kotabaru']),
        ('Kalimantan Timur', ['Kota Samarinda', 'Kota Balikpapan', 'Kota Bontang', 'Kabupaten Kutai Kartanegara',
                              'Kabupaten Berau', 'Kabupaten Paser', 'Kabupaten Penajam Paser Utara']),
        ('Kalimantan Utara', ['Kota Tarakan', 'Kabupaten Bulungan', 'Kabupaten Nunukan', 'Kabupaten Malinau']),
        ('Sulawesi Utara', ['Kota Manado', 'Kota Bitung', 'Kota Tomohon', 'Kabupaten Minahasa',
                            'Kabupaten Minahasa Utara', 'Kabupaten Bolaang Mongondow',
                            'Kabupaten Kepulauan Sangihe']),
        ('Gorontalo', ['Kota Gorontalo', 'Kabupaten Gorontalo', 'Kabupaten Boalemo', 'Kabupaten Pohuwato',
                       'Kabupaten Bone Bolango']),
        ('Sulawesi Tengah', ['Kota Palu', 'Kabupaten Donggala', 'Kabupaten Poso', 'Kabupaten Banggai',
                             'Kabupaten Tolitoli', 'Kabupaten Sigi', 'Kabupaten Parigi Moutong']),
        ('Sulawesi Barat', ['Kabupaten Mamuju', 'Kabupaten Majene', 'Kabupaten Polewali Mandar', 'Kabupaten Mamasa']),
        ('Sulawesi Selatan', ['Kota Makassar', 'Kota Parepare', 'Kota Palopo', 'Kabupaten Gowa', 'Kabupaten Maros',
                              'Kabupaten Bone', 'Kabupaten Wajo', 'Kabupaten Bulukumba', 'Kabupaten Pinrang',
                              'Kabupaten Sidenreng Rappang', 'Kabupaten Takalar']),
        ('Sulawesi Tenggara', ['Kota Kendari', 'Kota Baubau', 'Kabupaten Konawe', 'Kabupaten Kolaka',
                               'Kabupaten Muna', 'Kabupaten Buton']),
        ('Maluku', ['Kota Ambon', 'Kota Tual', 'Kabupaten Maluku Tengah', 'Kabupaten Buru',
                    'Kabupaten Seram Bagian Barat', 'Kabupaten Kepulauan Aru']),
        ('Maluku Utara', ['Kota Ternate', 'Kota Tidore Kepulauan', 'Kabupaten Halmahera Barat',
                          'Kabupaten Halmahera Utara', 'Kabupaten Halmahera Selatan']),
        ('Papua', ['Kota Jayapura', 'Kabupaten Jayapura', 'Kabupaten Biak Numfor', 'Kabupaten Keerom',
                   'Kabupaten Sarmi']),
        ('Papua Barat', ['Kabupaten Manokwari', 'Kabupaten Fakfak', 'Kabupaten Kaimana', 'Kabupaten Teluk Bintuni']),
        ('Papua Barat Daya', ['Kota Sorong', 'Kabupaten Sorong', 'Kabupaten Raja Ampat', 'Kabupaten Sorong Selatan']),
        ('Papua Tengah', ['Kabupaten Nabire', 'Kabupaten Mimika', 'Kabupaten Paniai']),
        ('Papua Pegunungan', ['Kabupaten Jayawijaya', 'Kabupaten Lanny Jaya', 'Kabupaten Tolikara']),
        ('Papua Selatan', ['Kabupaten Merauke', 'Kabupaten Boven Digoel', 'Kabupaten Mappi', 'Kabupaten Asmat'])
    ) t(provinsi, kota_daftar)
), satu AS (
    SELECT provinsi, unnest(kota_daftar) AS kota, unnest(generate_series(1, len(kota_daftar))) AS r
    FROM p
)
SELECT provinsi, kota, (row_number() OVER (ORDER BY provinsi, r) - 1)::INTEGER AS urut FROM satu;

-- Where each group is. Nomor 0..399: Kota Yogyakarta (the first 8 in Kecamatan Tegalrejo, nomor 1
-- being KUBE Sejahtera 2 in Kelurahan Tegalrejo). 400..4999: the four kabupaten of DIY, 1150 each.
-- From 5000: the real kabupaten/kota of demo_kota_nasional, an equal block of groups each.
-- Outside Kota Yogyakarta, 12 kecamatan of 6 kelurahan per kota, with invented names.
-- provinsi: blank at the demo and kota scales (as before issue 10), DI Yogyakarta for the first
-- 5000 groups at the provinsi and nasional scales, the kota's own province beyond.
CREATE OR REPLACE TEMP TABLE demo_letak AS
WITH g AS (
    SELECT i AS nomor FROM range($jumlah) t(i)
), yk AS (
    SELECT g.nomor, w.kelurahan, w.kecamatan, 'Kota Yogyakarta' AS kota, w.kode AS prefiks, 0 AS kota_idx
    FROM g JOIN demo_wilayah_yk w
      ON (g.nomor < 8 AND w.kecamatan = 'Tegalrejo'
          AND w.kelurahan = ['Tegalrejo', 'Tegalrejo', 'Bener', 'Karangwaru', 'Kricak', 'Bener',
                             'Karangwaru', 'Kricak'][g.nomor + 1])
      OR (g.nomor >= 8 AND g.nomor < 400 AND w.urut = (g.nomor - 8) % 45)
), blok AS (
    -- groups per kota beyond DIY (1 below 5000 groups, where there is none)
    SELECT greatest(1, ceil(($jumlah - 5000) / count(*)))::INTEGER AS n FROM demo_kota_nasional
), luar AS (
    SELECT nomor, nomor - 400 AS j,
           CASE WHEN nomor < 5000 THEN 1 + (nomor - 400) // 1150 ELSE 5 + (nomor - 5000) // blok.n END AS kota_idx,
           CASE WHEN nomor < 5000 THEN (nomor - 400) % 1150 ELSE (nomor - 5000) % blok.n END AS pos
    FROM g, blok WHERE nomor >= 400
), luar_nama AS (
    SELECT nomor, kota_idx, pos,
           ['Sukamaju', 'Sidomulyo', 'Karanganyar', 'Sumberrejo', 'Wonorejo', 'Margorejo', 'Tirtomulyo',
            'Banyuurip', 'Sidoharjo', 'Purwodadi', 'Kedungjati', 'Ngawen', 'Sukorejo', 'Tanjungsari',
            'Wonoharjo', 'Karangsari'][(pos % 12 + kota_idx) % 16 + 1] AS kecamatan,
           ['Mulyodadi', 'Trimulyo', 'Sidorejo', 'Wukirsari', 'Argomulyo', 'Purwosari', 'Banjarsari',
            'Kedungsari', 'Tegalsari', 'Ngestiharjo'][((pos // 12) % 6 + pos % 12 + kota_idx) % 10 + 1]
               AS kelurahan,
           CASE WHEN kota_idx <= 4
                THEN ['Kabupaten Sleman', 'Kabupaten Bantul', 'Kabupaten Kulon Progo',
                      'Kabupaten Gunungkidul'][kota_idx]
                ELSE (SELECT n.kota FROM demo_kota_nasional n WHERE n.urut = kota_idx - 5)
           END AS kota,
           CASE WHEN kota_idx <= 4 THEN 'DI Yogyakarta'
                ELSE (SELECT n.provinsi FROM demo_kota_nasional n WHERE n.urut = kota_idx - 5)
           END AS provinsi,
           CASE WHEN kota_idx <= 4 THEN ['SLM', 'BTL', 'KLP', 'GKD'][kota_idx]
                ELSE 'K' || lpad(kota_idx::VARCHAR, 3, '0') END AS prefiks
    FROM luar
), semua AS (
    SELECT nomor, kelurahan, kecamatan, kota,
           CASE WHEN $skala IN ('provinsi', 'nasional') THEN 'DI Yogyakarta' END AS provinsi, prefiks, kota_idx,
           lpad(row_number() OVER (PARTITION BY prefiks ORDER BY nomor)::VARCHAR, 3, '0') AS urutan
    FROM yk
    UNION ALL
    SELECT nomor, kelurahan, kecamatan, kota, provinsi, prefiks, kota_idx, lpad((pos + 1)::VARCHAR, 4, '0')
    FROM luar_nama
)
SELECT nomor, prefiks || '-' || urutan AS kode_kube, kelurahan, kecamatan, kota, provinsi, kota_idx FROM semua;

-- Every group's fixed traits: profile, business, size, dates, and the derived record window
-- (mulai: first month with records, the month after formation; akhir: last such month;
-- batas: last day a record may carry).
CREATE OR REPLACE TEMP TABLE demo_kel_dasar AS
WITH urut AS (
    SELECT l.*, (row_number() OVER (ORDER BY acak($seed, l.nomor, 'profil'), l.nomor) - 1)
                / greatest(1, count(*) OVER () ) AS persentil
    FROM demo_letak l WHERE l.nomor <> 1
    UNION ALL
    SELECT l.*, NULL FROM demo_letak l WHERE l.nomor = 1
), dasar AS (
    SELECT u.*, coalesce(p.profil, 'sejahtera2') AS profil,
           CASE WHEN u.nomor = 1 THEN 'warung_sembako' ELSE j.jenis_usaha END AS jenis_usaha,
           CASE WHEN u.nomor = 1 THEN 10 ELSE 5 + floor(acak($seed, u.nomor, 'anggota') * 11)::INTEGER END
               AS n_awal,
           CASE WHEN u.nomor = 1 THEN DATE '2017-03-14'
                ELSE (DATE '2016-12-01'
                      + to_months(floor(pow(acak($seed, u.nomor, 'bentuk'), 1.3)
                                        * CASE WHEN p.profil = 'bubar' THEN 48 ELSE 78 END)::INTEGER))::DATE
                     + floor(acak($seed, u.nomor, 'hari_bentuk') * 27)::INTEGER
           END AS tanggal_bentuk
    FROM urut u
    LEFT JOIN demo_profil p ON u.persentil >= p.bawah AND u.persentil < p.atas
    LEFT JOIN demo_usaha j
      ON acak($seed, u.nomor, 'usaha') >= j.bawah AND acak($seed, u.nomor, 'usaha') < j.atas
), tanggal AS (
    SELECT d.*,
           d.tanggal_bentuk + 20 + floor(acak($seed, d.nomor, 'bantuan') * 55)::INTEGER AS tanggal_bantuan,
           CASE WHEN d.profil = 'bubar'
                THEN least(DATE '2025-06-28',
                           (d.tanggal_bentuk + to_months(18 + floor(acak($seed, d.nomor, 'bubar') * 37)::INTEGER))::DATE)
           END AS tanggal_bubar
    FROM dasar d
), mandiri AS (
    SELECT t.*,
           CASE WHEN t.nomor = 1 THEN DATE '2019-07-01'
                WHEN t.profil = 'maju' THEN (t.tanggal_bantuan + to_months(24 + floor(acak($seed, t.nomor, 'mandiri') * 13)::INTEGER))::DATE
                WHEN t.profil = 'sedang' THEN (t.tanggal_bantuan + to_months(30 + floor(acak($seed, t.nomor, 'mandiri') * 19)::INTEGER))::DATE
                WHEN t.profil = 'lemah' AND acak($seed, t.nomor, 'lemah_mandiri') < 0.3
                    THEN (t.tanggal_bantuan + to_months(40 + floor(acak($seed, t.nomor, 'mandiri') * 21)::INTEGER))::DATE
           END AS mandiri_calon
    FROM tanggal t
)
SELECT m.nomor, m.kode_kube,
       CASE WHEN m.nomor = 1 THEN 'KUBE Sejahtera 2'
            ELSE 'KUBE ' || ['Mekar Sari', 'Maju Bersama', 'Sido Rukun', 'Ngudi Rejeki', 'Tunas Harapan',
                             'Sekar Arum', 'Guyub Rukun', 'Makmur Jaya', 'Karya Mandiri', 'Sumber Rejeki',
                             'Berkah Abadi', 'Lestari', 'Rukun Santoso', 'Mugi Lestari', 'Sri Rejeki',
                             'Tani Makmur', 'Melati', 'Dahlia', 'Anggrek', 'Kenanga', 'Cempaka', 'Mawar',
                             'Sedap Malam', 'Gemah Ripah', 'Sido Makmur', 'Ngudi Makmur', 'Tekad Maju',
                             'Bina Usaha', 'Karya Bakti', 'Sinar Mulya', 'Sumber Makmur', 'Harapan Baru',
                             'Srikandi', 'Wijaya Kusuma', 'Manunggal', 'Gotong Royong', 'Tri Manunggal',
                             'Rejeki Lancar', 'Barokah', 'Amanah', 'Kartini', 'Seruni', 'Bougenville',
                             'Nusa Indah', 'Teratai'][m.nomor % 45 + 1]
                 || CASE WHEN m.nomor >= 45 THEN ' ' || (m.nomor // 45 + 1) ELSE '' END
       END AS nama,
       m.kelurahan, m.kecamatan, m.kota, m.provinsi, m.kota_idx, m.profil, m.jenis_usaha, m.n_awal,
       m.tanggal_bentuk, m.tanggal_bantuan, 2000000 * m.n_awal AS nilai_bantuan,
       ['Ratna Kusumaningrum', 'Agus Prasetyo', 'Dwi Handayani', 'Fajar Nugroho', 'Lina Marlina',
        'Teguh Santoso', 'Wulan Sari', 'Yusuf Hidayat', 'Rina Puspitasari', 'Hendra Wijaya',
        'Nur Aini', 'Bayu Setiawan'][(hash($seed, m.kota, m.kecamatan) % 12)::BIGINT + 1] AS pendamping,
       CASE WHEN m.mandiri_calon <= DATE '2025-12-31' THEN m.mandiri_calon END AS tanggal_mandiri,
       m.tanggal_bubar,
       (date_trunc('month', m.tanggal_bentuk) + INTERVAL 1 MONTH)::DATE AS mulai,
       CASE WHEN m.tanggal_bubar IS NULL THEN DATE '2025-12-01'
            ELSE (date_trunc('month', m.tanggal_bubar) - INTERVAL 1 MONTH)::DATE END AS akhir,
       coalesce(m.tanggal_bubar - 1, DATE '2025-12-31') AS batas
FROM mandiri m;

-- The turning point: from here the *_setelah profile values apply.
CREATE OR REPLACE TEMP TABLE demo_kel AS
SELECT k.*, CASE WHEN p.turun_sejak = 'mandiri' THEN k.tanggal_mandiri ELSE k.mulai END AS titik
FROM demo_kel_dasar k JOIN demo_profil p USING (profil);

INSERT INTO kelompok (kode_kube, nama, kelurahan, kecamatan, kota, provinsi, jenis_usaha, tanggal_bentuk,
                      tanggal_bantuan, nilai_bantuan, pendamping, tanggal_mandiri, tanggal_bubar)
SELECT kode_kube, nama, kelurahan, kecamatan, kota, provinsi, jenis_usaha, tanggal_bentuk, tanggal_bantuan,
       nilai_bantuan, pendamping, tanggal_mandiri, tanggal_bubar
FROM demo_kel;
