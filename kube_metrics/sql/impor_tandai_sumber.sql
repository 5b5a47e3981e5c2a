-- impor_tandai_sumber: a database without a source becomes 'impor'; a demo database stays
-- 'demo' (imported rows are then mixed with synthetic ones, so the banner must stay).
INSERT INTO info_basis_data
SELECT 'sumber', 'impor'
WHERE NOT EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber')
