-- Schema version 2: the import history shown on the Kelola Data page.
-- One row per import attempt: when, which files, rows per kind (JSON text), result.
CREATE TABLE riwayat_impor (
    id                BIGINT PRIMARY KEY,
    waktu             TIMESTAMP NOT NULL,
    berkas            VARCHAR NOT NULL,
    baris_per_jenis   VARCHAR NOT NULL,
    hasil             VARCHAR NOT NULL CHECK (hasil IN ('berhasil', 'ditolak')),
    jumlah_galat      INTEGER NOT NULL,
    jumlah_peringatan INTEGER NOT NULL,
    sumber            VARCHAR NOT NULL CHECK (sumber IN ('cli', 'halaman'))
);
