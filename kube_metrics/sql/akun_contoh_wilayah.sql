-- akun_contoh_wilayah: the demo accounts' area: the study group's kota, and the groups its
-- pendamping looks after in that kota.
SELECT f.kota, list(k.kode_kube ORDER BY k.kode_kube) AS kelompok
FROM kelompok f
JOIN kelompok k ON k.kota = f.kota AND k.pendamping = f.pendamping
WHERE f.kode_kube = $kode
GROUP BY f.kota
