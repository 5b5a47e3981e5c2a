-- Which of the listed tables exist (kube_metrics/db.py ada_tabel): the stored tables a database
-- written before them lacks until rollup.pastikan_rollups or a write builds them. DISTINCT: on a
-- cursor narrowed to an account's area a table also has a temp view of the same name.
SELECT DISTINCT table_name
FROM information_schema.tables
WHERE list_contains($nama::VARCHAR[], table_name)
