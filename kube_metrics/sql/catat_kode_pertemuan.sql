-- catat_kode_pertemuan: the highest n among the group's meeting codes <awalan><n> (0 if none).
SELECT coalesce(max(TRY_CAST(substr(kode_pertemuan, length($awalan) + 1) AS INTEGER)), 0) AS nomor
FROM pertemuan
WHERE kode_kube = $kode_kube AND starts_with(kode_pertemuan, $awalan)
