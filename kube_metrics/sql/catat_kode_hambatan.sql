-- catat_kode_hambatan: the highest n among the group's obstacle codes <awalan><n> (0 if none).
SELECT coalesce(max(TRY_CAST(substr(kode_hambatan, length($awalan) + 1) AS INTEGER)), 0) AS nomor
FROM hambatan
WHERE kode_kube = $kode_kube AND starts_with(kode_hambatan, $awalan)
