-- catat_daftar_hambatan: the group's latest obstacles, open ones first (Koreksi and "selesai").
SELECT kode_hambatan, tanggal_lapor, kategori, status, tanggal_selesai
FROM hambatan
WHERE kode_kube = $kode_kube
ORDER BY status = 'selesai', tanggal_lapor DESC, kode_hambatan DESC
LIMIT $batas
