-- Whether every rollup table exists (a freshly created database has none yet).
SELECT count(*) = 2 AS ada
FROM information_schema.tables
WHERE table_name IN ('rollup_bulanan', 'rollup_pertemuan')
