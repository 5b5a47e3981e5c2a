-- catat_daftar_anggota: the group's members, current ones first, with their attendance rows
-- (Koreksi list and "anggota keluar").
SELECT a.kode_anggota, a.nama, a.peran, a.tanggal_masuk, a.tanggal_keluar,
       count(h.kode_pertemuan) AS baris_kehadiran
FROM anggota a
LEFT JOIN kehadiran h USING (kode_kube, kode_anggota)
WHERE a.kode_kube = $kode_kube
GROUP BY a.kode_anggota, a.nama, a.peran, a.tanggal_masuk, a.tanggal_keluar
ORDER BY a.tanggal_keluar IS NOT NULL, a.nama, a.kode_anggota
LIMIT $batas
