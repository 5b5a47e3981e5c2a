-- Whether every rollup table exists (a freshly created database has none yet). DISTINCT: on a
-- cursor narrowed to an account's area (kube_metrics/batas_akun.py) each rollup table also has
-- a temp view of the same name, and `summary --user` must still find them.
SELECT count(DISTINCT table_name) = 2 AS ada
FROM information_schema.tables
WHERE table_name IN ('rollup_bulanan', 'rollup_pertemuan')
