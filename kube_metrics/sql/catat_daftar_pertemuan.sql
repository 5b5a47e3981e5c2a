-- catat_daftar_pertemuan: the group's latest meetings with their attendance rows (Koreksi list).
SELECT p.kode_pertemuan, p.tanggal, p.jenis,
       count(h.kode_anggota) AS baris_kehadiran,
       count(h.kode_anggota) FILTER (WHERE h.status IN ('hadir', 'diwakili')) AS hadir
FROM pertemuan p
LEFT JOIN kehadiran h USING (kode_kube, kode_pertemuan)
WHERE p.kode_kube = $kode_kube
GROUP BY ALL
ORDER BY p.tanggal DESC, p.kode_pertemuan DESC
LIMIT $batas
