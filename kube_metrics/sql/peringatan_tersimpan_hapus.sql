-- The stored warnings of the groups a write touched, removed before their fresh rows go in
-- (kube_metrics/peringatan_tersimpan.segarkan with a list of groups).
DELETE FROM peringatan_tersimpan WHERE list_contains($kelompok::VARCHAR[], kode_kube)
