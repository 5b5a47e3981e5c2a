-- catat_anggota_aktif: the group's members active on $tanggal (data contract: masuk <= d and
-- (no keluar or d < keluar)), the attendance list of a meeting form.
SELECT kode_anggota, nama, peran
FROM anggota
WHERE kode_kube = $kode_kube
  AND tanggal_masuk <= $tanggal
  AND (tanggal_keluar IS NULL OR $tanggal < tanggal_keluar)
ORDER BY CASE peran WHEN 'ketua' THEN 0 WHEN 'sekretaris' THEN 1 WHEN 'bendahara' THEN 2 ELSE 3 END,
         nama, kode_anggota
