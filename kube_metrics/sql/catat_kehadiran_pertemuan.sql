-- catat_kehadiran_pertemuan: the stored attendance rows of one meeting (to correct it).
SELECT kode_anggota, status
FROM kehadiran
WHERE kode_kube = $kode_kube AND kode_pertemuan = $kode_pertemuan
ORDER BY kode_anggota
