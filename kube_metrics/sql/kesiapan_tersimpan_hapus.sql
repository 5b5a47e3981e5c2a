-- The stored readiness of the groups a write touched, removed before their fresh rows go in.
DELETE FROM rollup_kesiapan_mandiri WHERE list_contains($kelompok::VARCHAR[], kode_kube)
