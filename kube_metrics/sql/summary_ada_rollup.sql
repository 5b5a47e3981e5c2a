-- Whether both rollup tables exist (a database built before the rollups cannot be summarised).
SELECT count(*) = 2 AS ada
FROM information_schema.tables
WHERE table_name IN ('rollup_bulanan', 'rollup_pertemuan')
