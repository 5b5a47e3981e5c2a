-- wilayah_kolom: (table, column) of the database's own base tables (not the temp views that
-- kube_metrics/wilayah.py puts over them), optionally of one table.
SELECT c.table_name, c.column_name
FROM information_schema.columns c
JOIN information_schema.tables t USING (table_catalog, table_schema, table_name)
WHERE c.table_catalog = current_database() AND c.table_schema = 'main' AND t.table_type = 'BASE TABLE'
  AND ($tabel IS NULL OR c.table_name = $tabel)
ORDER BY c.table_name, c.ordinal_position
