-- Facts about this database: sumber = demo makes every page say "Data contoh (sintetis)".
-- No timestamp: the same seed must give the same file contents.
INSERT INTO info_basis_data (kunci, nilai)
VALUES ('sumber', 'demo'), ('seed', CAST($seed AS VARCHAR)), ('skala', $skala);
