-- impor_anggota_db: stored members of the given groups, for attendance and group-size checks.
SELECT kode_kube, kode_anggota, tanggal_masuk, tanggal_keluar
FROM anggota
WHERE list_contains($kode_kube, kode_kube)
