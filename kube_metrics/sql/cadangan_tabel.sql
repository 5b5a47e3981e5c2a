-- Every base table of the main database (a backup or restore reads each of them in full).
SELECT table_name FROM information_schema.tables
WHERE table_schema = 'main' AND table_type = 'BASE TABLE'
ORDER BY table_name
