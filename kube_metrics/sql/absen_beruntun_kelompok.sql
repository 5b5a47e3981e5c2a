-- Members absent at their last $n meetings, counted per group for many groups at once: the
-- set-based twin of sql/absen_beruntun.sql (kehadiran.absen_beruntun, one group), with the same
-- meaning — members active at the end of month $sampai whose last $n meetings since they joined
-- were all absences (izin, sakit, alpa or no row). A member joined after the group's $n-th last
-- meeting has fewer than $n meetings and does not count. tests/test_peringatan.py checks both agree.
WITH batas AS (SELECT last_day($sampai::DATE) AS akhir),
rapat AS (
    SELECT p.kode_kube, p.kode_pertemuan, p.tanggal,
           row_number() OVER (PARTITION BY p.kode_kube ORDER BY p.tanggal DESC, p.kode_pertemuan DESC) AS ke
    FROM pertemuan p, batas b
    WHERE p.tanggal <= b.akhir AND list_contains($kode, p.kode_kube)
),
terakhir AS (SELECT * FROM rapat WHERE ke <= $n),
awal AS (SELECT kode_kube, min(tanggal) AS tanggal_awal FROM terakhir GROUP BY kode_kube HAVING count(*) = $n),
calon AS (
    SELECT a.kode_kube, a.kode_anggota
    FROM anggota a JOIN awal w USING (kode_kube), batas b
    WHERE a.tanggal_masuk <= w.tanggal_awal
      AND (a.tanggal_keluar IS NULL OR b.akhir < a.tanggal_keluar)
),
hadir AS (
    SELECT DISTINCT c.kode_kube, c.kode_anggota
    FROM calon c
    JOIN terakhir t ON t.kode_kube = c.kode_kube
    JOIN kehadiran h ON h.kode_kube = t.kode_kube AND h.kode_pertemuan = t.kode_pertemuan
                    AND h.kode_anggota = c.kode_anggota AND h.status IN ('hadir', 'diwakili')
)
SELECT c.kode_kube, count(*) FILTER (WHERE h.kode_anggota IS NULL) AS anggota_absen
FROM calon c
LEFT JOIN hadir h USING (kode_kube, kode_anggota)
GROUP BY c.kode_kube
ORDER BY c.kode_kube
