-- Schema version 4: accounts, the area of an account, and the audit trail (issue 8).
-- A real database starts with no account: the first admin is made on the command line
-- (`python -m kube_metrics user add NAME --role admin --password-stdin`).
-- Idempotent (IF NOT EXISTS) so that re-running it over a half-recorded version is harmless.

-- akun: one row per person. Only a slow salted hash of the password is stored (argon2id).
-- gagal_beruntun counts wrong passwords in a row; the fifth sets terkunci_sampai (15 minutes).
CREATE TABLE IF NOT EXISTS akun (
    nama            VARCHAR PRIMARY KEY,
    peran           VARCHAR NOT NULL CHECK (peran IN ('admin', 'dinas', 'pendamping', 'tamu')),
    email           VARCHAR,
    hash_sandi      VARCHAR NOT NULL,
    aktif           BOOLEAN NOT NULL DEFAULT true,
    gagal_beruntun  INTEGER NOT NULL DEFAULT 0,
    terkunci_sampai TIMESTAMP,
    dibuat          TIMESTAMP NOT NULL
);

-- akun_wilayah: the kota / provinsi an account covers. A dinas without any row covers the
-- whole database; admin and tamu rows narrow them the same way.
CREATE TABLE IF NOT EXISTS akun_wilayah (
    nama  VARCHAR NOT NULL,
    jenis VARCHAR NOT NULL CHECK (jenis IN ('kota', 'provinsi')),
    nilai VARCHAR NOT NULL,
    PRIMARY KEY (nama, jenis, nilai)
);

-- akun_kelompok: the groups a pendamping account looks after (kode_kube).
CREATE TABLE IF NOT EXISTS akun_kelompok (
    nama      VARCHAR NOT NULL,
    kode_kube VARCHAR NOT NULL,
    PRIMARY KEY (nama, kode_kube)
);

-- audit: who changed what, written in the same transaction as the change (kube_metrics/audit.py).
-- waktu in UTC; pengguna an account name or `cli:<os user>`; asal `halaman <address>` or `cli`;
-- rincian a JSON object (kinds touched with rows added/replaced/deleted, files with SHA-256...).
-- Nothing in the app updates or deletes these rows.
CREATE SEQUENCE IF NOT EXISTS audit_id START 1;
CREATE TABLE IF NOT EXISTS audit (
    id       BIGINT PRIMARY KEY DEFAULT nextval('audit_id'),
    waktu    TIMESTAMP NOT NULL,
    pengguna VARCHAR NOT NULL,
    asal     VARCHAR NOT NULL,
    aksi     VARCHAR NOT NULL,
    rincian  VARCHAR NOT NULL
);

-- The import history names the account (NULL for imports made before this version).
ALTER TABLE riwayat_impor ADD COLUMN IF NOT EXISTS pengguna VARCHAR;
