-- impor_tandai_sumber: run at the end of every write (import, Catat entry or deletion).
-- A database without a source becomes 'impor'; a demo database stays 'demo' while it holds
-- demo rows (the banner must stay) and gets campuran = 'ya', so the banner says the synthetic
-- data is mixed with imported data. Once every demo row is gone (deleted, or replaced by
-- imported rows of the same key: contoh = FALSE, migration 0010) it holds imported data alone:
-- it becomes 'impor' and the banner, the card's band and the slides' "Data contoh" go (issue 11).
INSERT INTO info_basis_data
SELECT 'sumber', 'impor'
WHERE NOT EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber')
UNION ALL
SELECT 'campuran', 'ya'
WHERE EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo')
  AND NOT EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'campuran');

UPDATE info_basis_data SET nilai = 'impor'
WHERE kunci = 'sumber' AND nilai = 'demo'
  AND NOT EXISTS (SELECT 1 FROM kelompok WHERE contoh)
  AND NOT EXISTS (SELECT 1 FROM anggota WHERE contoh)
  AND NOT EXISTS (SELECT 1 FROM keuangan WHERE contoh)
  AND NOT EXISTS (SELECT 1 FROM pertemuan WHERE contoh)
  AND NOT EXISTS (SELECT 1 FROM kehadiran WHERE contoh)
  AND NOT EXISTS (SELECT 1 FROM kunjungan WHERE contoh)
  AND NOT EXISTS (SELECT 1 FROM hambatan WHERE contoh)
  AND NOT EXISTS (SELECT 1 FROM jaringan WHERE contoh)
  AND NOT EXISTS (SELECT 1 FROM kesepakatan WHERE contoh)
  AND NOT EXISTS (SELECT 1 FROM survei WHERE contoh)
  AND NOT EXISTS (SELECT 1 FROM pemeriksaan WHERE contoh);

DELETE FROM info_basis_data
WHERE kunci = 'campuran'
  AND NOT EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo');
