-- Groups that may have at least $porsi of their members absent at their last $n meetings up to
-- the end of month $sampai; the exact members are then read per candidate by
-- kehadiran.absen_beruntun. A member absent at the last $n meetings is absent at each of them,
-- so a group qualifies only if every one of its last $n meetings (rollup_pertemuan) had at least
-- $porsi x (members active at the end) absentees: a cheap bound that keeps 100 000 groups fast.
WITH rapat AS (
    SELECT kode_kube, aktif - hadir AS absen,
           row_number() OVER (PARTITION BY kode_kube ORDER BY tanggal DESC, kode_pertemuan DESC) AS ke
    FROM rollup_pertemuan
    WHERE tanggal <= last_day($sampai::DATE) AND list_contains($kode, kode_kube)
),
terakhir AS (
    SELECT kode_kube, min(absen) AS absen_min, count(*) AS n_rapat
    FROM rapat WHERE ke <= $n GROUP BY kode_kube
),
aktif AS (
    SELECT kode_kube, count(*) AS anggota_aktif
    FROM anggota
    WHERE list_contains($kode, kode_kube) AND tanggal_masuk <= last_day($sampai::DATE)
      AND (tanggal_keluar IS NULL OR last_day($sampai::DATE) < tanggal_keluar)
    GROUP BY kode_kube
)
SELECT t.kode_kube, a.anggota_aktif
FROM terakhir t JOIN aktif a USING (kode_kube)
WHERE t.n_rapat = $n AND t.absen_min >= $porsi * a.anggota_aktif
ORDER BY t.kode_kube
