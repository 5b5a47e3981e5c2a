-- Schema version 1: every kind of ../shared/data-contract.md.
-- Money is BIGINT whole rupiah (DECIMAL would come back from .df() as float64).
-- Months are stored as DATE on the first day of the month.
-- No FOREIGN KEY clauses: DuckDB forbids replacing a referenced parent row, and the
-- import must replace rows by key. References are checked by the importer instead.

CREATE TABLE kelompok (
    kode_kube       VARCHAR PRIMARY KEY,
    nama            VARCHAR NOT NULL,
    kelurahan       VARCHAR NOT NULL,
    kecamatan       VARCHAR NOT NULL,
    kota            VARCHAR NOT NULL,
    jenis_usaha     VARCHAR NOT NULL CHECK (jenis_usaha IN (
        'kuliner', 'warung_sembako', 'kerajinan', 'konveksi', 'ternak', 'pertanian',
        'perikanan', 'laundry', 'jasa', 'simpan_pinjam', 'lainnya')),
    tanggal_bentuk  DATE NOT NULL,
    tanggal_bantuan DATE,
    nilai_bantuan   BIGINT CHECK (nilai_bantuan >= 0),
    pendamping      VARCHAR,
    tanggal_mandiri DATE,
    tanggal_bubar   DATE
);

CREATE TABLE anggota (
    kode_kube      VARCHAR NOT NULL,
    kode_anggota   VARCHAR NOT NULL,
    nama           VARCHAR NOT NULL,
    peran          VARCHAR NOT NULL CHECK (peran IN ('ketua', 'sekretaris', 'bendahara', 'anggota')),
    jenis_kelamin  VARCHAR CHECK (jenis_kelamin IN ('L', 'P')),
    tanggal_masuk  DATE NOT NULL,
    tanggal_keluar DATE CHECK (tanggal_keluar > tanggal_masuk),
    PRIMARY KEY (kode_kube, kode_anggota)
);

CREATE TABLE keuangan (
    kode_kube        VARCHAR NOT NULL,
    bulan            DATE NOT NULL CHECK (day(bulan) = 1),
    omzet            BIGINT NOT NULL CHECK (omzet >= 0),
    biaya            BIGINT NOT NULL CHECK (biaya >= 0),
    modal            BIGINT NOT NULL CHECK (modal >= 0),
    kas              BIGINT CHECK (kas >= 0),
    tabungan         BIGINT CHECK (tabungan >= 0),
    iks              BIGINT CHECK (iks >= 0),
    buku_kas_terkini BOOLEAN,
    PRIMARY KEY (kode_kube, bulan)
);

CREATE TABLE pertemuan (
    kode_kube        VARCHAR NOT NULL,
    kode_pertemuan   VARCHAR NOT NULL,
    tanggal          DATE NOT NULL,
    jenis            VARCHAR NOT NULL CHECK (jenis IN ('rutin', 'musyawarah', 'pelatihan', 'pembinaan')),
    laporan_keuangan BOOLEAN NOT NULL,
    hadir_pendamping BOOLEAN,
    catatan          VARCHAR CHECK (length(catatan) <= 2000),
    PRIMARY KEY (kode_kube, kode_pertemuan)
);

CREATE TABLE kehadiran (
    kode_kube      VARCHAR NOT NULL,
    kode_pertemuan VARCHAR NOT NULL,
    kode_anggota   VARCHAR NOT NULL,
    status         VARCHAR NOT NULL CHECK (status IN ('hadir', 'diwakili', 'izin', 'sakit', 'alpa')),
    PRIMARY KEY (kode_kube, kode_pertemuan, kode_anggota)
);

CREATE TABLE kunjungan (
    kode_kube VARCHAR NOT NULL,
    tanggal   DATE NOT NULL,
    pihak     VARCHAR NOT NULL CHECK (pihak IN ('pendamping', 'dinsos', 'kelurahan', 'lainnya')),
    kegiatan  VARCHAR NOT NULL CHECK (kegiatan IN ('pembinaan', 'monitoring', 'evaluasi', 'pelatihan', 'lainnya')),
    catatan   VARCHAR CHECK (length(catatan) <= 2000),
    PRIMARY KEY (kode_kube, tanggal, pihak, kegiatan)
);

-- The contract's obstacle taxonomy: kategori -> its group. Lookup, not user data.
CREATE TABLE kategori_hambatan (
    kategori          VARCHAR PRIMARY KEY,
    kelompok_kategori VARCHAR NOT NULL CHECK (kelompok_kategori IN (
        'usaha', 'kelembagaan', 'modal_sosial', 'dukungan', 'eksternal'))
);
INSERT INTO kategori_hambatan VALUES
    ('modal', 'usaha'), ('pemasaran', 'usaha'), ('bahan_baku', 'usaha'),
    ('keterampilan', 'usaha'), ('jenis_usaha', 'usaha'),
    ('pengelolaan_keuangan', 'kelembagaan'), ('administrasi', 'kelembagaan'),
    ('kepemimpinan', 'kelembagaan'),
    ('kepercayaan', 'modal_sosial'), ('jaringan', 'modal_sosial'), ('norma', 'modal_sosial'),
    ('konflik', 'modal_sosial'),
    ('pendampingan', 'dukungan'), ('dukungan_pemerintah', 'dukungan'),
    ('kesehatan', 'eksternal'), ('bencana', 'eksternal'), ('lainnya', 'eksternal');

CREATE TABLE hambatan (
    kode_kube        VARCHAR NOT NULL,
    kode_hambatan    VARCHAR NOT NULL,
    tanggal_lapor    DATE NOT NULL,
    kategori         VARCHAR NOT NULL CHECK (kategori IN (
        'modal', 'pemasaran', 'bahan_baku', 'keterampilan', 'jenis_usaha',
        'pengelolaan_keuangan', 'administrasi', 'kepemimpinan',
        'kepercayaan', 'jaringan', 'norma', 'konflik',
        'pendampingan', 'dukungan_pemerintah', 'kesehatan', 'bencana', 'lainnya')),
    tingkat          VARCHAR NOT NULL CHECK (tingkat IN ('rendah', 'sedang', 'tinggi')),
    uraian           VARCHAR NOT NULL CHECK (length(uraian) <= 2000),
    status           VARCHAR NOT NULL CHECK (status IN ('terbuka', 'ditangani', 'selesai')),
    tanggal_selesai  DATE,
    penanggung_jawab VARCHAR CHECK (penanggung_jawab IN ('kelompok', 'pendamping', 'kelurahan', 'dinsos')),
    PRIMARY KEY (kode_kube, kode_hambatan),
    CHECK ((status = 'selesai') = (tanggal_selesai IS NOT NULL)),
    CHECK (tanggal_selesai >= tanggal_lapor)
);

CREATE TABLE jaringan (
    kode_kube       VARCHAR NOT NULL,
    mitra           VARCHAR NOT NULL,
    jenis_mitra     VARCHAR NOT NULL CHECK (jenis_mitra IN (
        'bank', 'koperasi', 'bumdes', 'pasar', 'pembeli_tetap', 'pemasok', 'pemerintah',
        'lsm', 'kube_lain', 'lainnya')),
    tanggal_mulai   DATE NOT NULL,
    tanggal_selesai DATE CHECK (tanggal_selesai >= tanggal_mulai),
    PRIMARY KEY (kode_kube, mitra, tanggal_mulai)
);

CREATE TABLE kesepakatan (
    kode_kube        VARCHAR NOT NULL,
    kode_kesepakatan VARCHAR NOT NULL,
    tanggal          DATE NOT NULL,
    isi              VARCHAR NOT NULL CHECK (length(isi) <= 2000),
    ada_sanksi       BOOLEAN NOT NULL,
    tanggal_berakhir DATE CHECK (tanggal_berakhir >= tanggal),
    PRIMARY KEY (kode_kube, kode_kesepakatan)
);

CREATE TABLE survei (
    kode_kube VARCHAR NOT NULL,
    tanggal   DATE NOT NULL,
    responden VARCHAR NOT NULL,
    butir     VARCHAR NOT NULL,
    dimensi   VARCHAR NOT NULL CHECK (dimensi IN ('kepercayaan', 'jaringan', 'norma')),
    skor      INTEGER NOT NULL CHECK (skor BETWEEN 1 AND 5),
    PRIMARY KEY (kode_kube, tanggal, responden, butir)
);

-- Facts about the database itself, e.g. sumber = 'demo' makes every page say
-- "Data contoh (sintetis)".
CREATE TABLE info_basis_data (
    kunci VARCHAR PRIMARY KEY,
    nilai VARCHAR NOT NULL
);
