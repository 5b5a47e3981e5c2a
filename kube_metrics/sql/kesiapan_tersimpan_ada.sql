-- Whether the stored readiness at the mandiri date exists (kube_metrics/kesiapan.py): a database
-- written before it reads the figures live until rollup.pastikan_rollups or a write builds it.
-- DISTINCT: on a cursor narrowed to an account's area the table also has a temp view.
SELECT count(DISTINCT table_name) = 1 AS ada
FROM information_schema.tables
WHERE table_name = 'rollup_kesiapan_mandiri'
