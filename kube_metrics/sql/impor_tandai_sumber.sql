-- impor_tandai_sumber: a database without a source becomes 'impor'; a demo database stays
-- 'demo' (imported rows are then mixed with synthetic ones, so the banner must stay) and gets
-- campuran = 'ya', so the banner can say that the synthetic data is mixed with imported data.
INSERT INTO info_basis_data
SELECT 'sumber', 'impor'
WHERE NOT EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber')
UNION ALL
SELECT 'campuran', 'ya'
WHERE EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo')
  AND NOT EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'campuran')
