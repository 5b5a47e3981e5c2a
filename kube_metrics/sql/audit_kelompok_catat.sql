-- audit_kelompok_catat: the groups audit row $id names (its area: kube_metrics/batas_akun.py).
INSERT OR IGNORE INTO audit_kelompok (audit_id, kode_kube)
SELECT $id, kode FROM (SELECT DISTINCT unnest($kelompok::VARCHAR[]) AS kode) WHERE kode IS NOT NULL
