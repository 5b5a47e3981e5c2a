-- catat_daftar_keuangan: the group's latest monthly reports (Koreksi list).
SELECT bulan, omzet, biaya, modal
FROM keuangan
WHERE kode_kube = $kode_kube
ORDER BY bulan DESC
LIMIT $batas
