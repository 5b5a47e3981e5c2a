-- catat_kode_anggota: the highest number among the group's member codes A<n> (0 if none).
SELECT coalesce(max(TRY_CAST(substr(kode_anggota, 2) AS INTEGER)), 0) AS nomor
FROM anggota
WHERE kode_kube = $kode_kube AND kode_anggota LIKE 'A%'
