-- catat_daftar_kunjungan: the group's latest support visits (Koreksi list).
SELECT tanggal, pihak, kegiatan
FROM kunjungan
WHERE kode_kube = $kode_kube
ORDER BY tanggal DESC, pihak, kegiatan
LIMIT $batas
