-- Whether the stored warnings exist (an older database gets them at its next write).
SELECT count(*) = 2 AS ada
FROM information_schema.tables
WHERE table_name IN ('peringatan_tersimpan', 'peringatan_tersimpan_bulan')
