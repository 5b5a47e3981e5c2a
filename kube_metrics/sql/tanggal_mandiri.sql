-- The mandiri date of each group declared mandiri (optionally one group).
SELECT kode_kube, tanggal_mandiri
FROM kelompok
WHERE tanggal_mandiri IS NOT NULL AND ($kode_kube IS NULL OR kode_kube = $kode_kube)
