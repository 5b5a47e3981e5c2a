-- impor_pertemuan_db: stored meetings of the given groups, for checking attendance rows.
SELECT kode_kube, kode_pertemuan, tanggal
FROM pertemuan
WHERE list_contains($kode_kube, kode_kube)
