-- catat_kehadiran_anggota: how many attendance rows a member has, and the date of the last
-- meeting among them (deleting a member says what each choice touches).
SELECT count(*) AS baris, max(p.tanggal) AS terakhir
FROM kehadiran h
LEFT JOIN pertemuan p USING (kode_kube, kode_pertemuan)
WHERE h.kode_kube = $kode_kube AND h.kode_anggota = $kode_anggota
