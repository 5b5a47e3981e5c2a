-- Schema version 10: which rows came from the demo generator (issue 11), so the "Data contoh
-- (sintetis)" banner can go once every demo row is gone: deleted, or replaced by an import of
-- the same key. The generator writes contoh = TRUE (kube_metrics/demo/build.py); every import
-- and Catat entry writes FALSE, also on a row it replaces (kube_metrics/impor/tulis.py).
ALTER TABLE kelompok ADD COLUMN IF NOT EXISTS contoh BOOLEAN DEFAULT FALSE;
ALTER TABLE anggota ADD COLUMN IF NOT EXISTS contoh BOOLEAN DEFAULT FALSE;
ALTER TABLE keuangan ADD COLUMN IF NOT EXISTS contoh BOOLEAN DEFAULT FALSE;
ALTER TABLE pertemuan ADD COLUMN IF NOT EXISTS contoh BOOLEAN DEFAULT FALSE;
ALTER TABLE kehadiran ADD COLUMN IF NOT EXISTS contoh BOOLEAN DEFAULT FALSE;
ALTER TABLE kunjungan ADD COLUMN IF NOT EXISTS contoh BOOLEAN DEFAULT FALSE;
ALTER TABLE hambatan ADD COLUMN IF NOT EXISTS contoh BOOLEAN DEFAULT FALSE;
ALTER TABLE jaringan ADD COLUMN IF NOT EXISTS contoh BOOLEAN DEFAULT FALSE;
ALTER TABLE kesepakatan ADD COLUMN IF NOT EXISTS contoh BOOLEAN DEFAULT FALSE;
ALTER TABLE survei ADD COLUMN IF NOT EXISTS contoh BOOLEAN DEFAULT FALSE;
ALTER TABLE pemeriksaan ADD COLUMN IF NOT EXISTS contoh BOOLEAN DEFAULT FALSE;

-- A demo database made before this version: its rows cannot be told apart, so every row counts
-- as demo (the banner stays, "mixed" if anything was imported; it never goes too early).
UPDATE kelompok SET contoh = TRUE WHERE EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo');
UPDATE anggota SET contoh = TRUE WHERE EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo');
UPDATE keuangan SET contoh = TRUE WHERE EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo');
UPDATE pertemuan SET contoh = TRUE WHERE EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo');
UPDATE kehadiran SET contoh = TRUE WHERE EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo');
UPDATE kunjungan SET contoh = TRUE WHERE EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo');
UPDATE hambatan SET contoh = TRUE WHERE EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo');
UPDATE jaringan SET contoh = TRUE WHERE EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo');
UPDATE kesepakatan SET contoh = TRUE WHERE EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo');
UPDATE survei SET contoh = TRUE WHERE EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo');
UPDATE pemeriksaan SET contoh = TRUE WHERE EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo');
