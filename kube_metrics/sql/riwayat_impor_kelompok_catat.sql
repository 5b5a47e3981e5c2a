-- riwayat_impor_kelompok_catat: the groups import attempt $id touched (its area).
INSERT OR IGNORE INTO riwayat_impor_kelompok (riwayat_id, kode_kube)
SELECT $id, kode FROM (SELECT DISTINCT unnest($kelompok::VARCHAR[]) AS kode) WHERE kode IS NOT NULL
