-- impor_kehadiran_db: stored attendance rows of the given groups, to re-check them when a batch
-- changes members' or meetings' dates.
SELECT kode_kube, kode_pertemuan, kode_anggota
FROM kehadiran
WHERE list_contains($kode_kube, kode_kube)
