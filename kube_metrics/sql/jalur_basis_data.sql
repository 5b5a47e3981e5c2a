-- The file of the current database (for messages that name it).
SELECT path FROM duckdb_databases() WHERE database_name = current_database()
