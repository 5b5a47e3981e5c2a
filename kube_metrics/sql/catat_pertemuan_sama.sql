-- catat_pertemuan_sama: the group's stored meetings of one kind on one date, other than the
-- meeting being corrected (a form must not record the same meeting twice).
SELECT kode_pertemuan
FROM pertemuan
WHERE kode_kube = $kode_kube AND tanggal = $tanggal AND jenis = $jenis AND kode_pertemuan <> $kecuali
ORDER BY kode_pertemuan
