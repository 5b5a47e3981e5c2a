-- Members of one group active at the end of month $sampai whose last $berturut meetings up to
-- then (counted from their tanggal_masuk) were all absences: izin, sakit, alpa or no row.
-- Reads raw kehadiran, but only for one group.
WITH batas AS (
    SELECT last_day($sampai::DATE) AS akhir
),
aktif AS (
    SELECT a.kode_anggota, a.nama, a.tanggal_masuk
    FROM anggota a, batas b
    WHERE a.kode_kube = $kode_kube AND a.tanggal_masuk <= b.akhir
      AND (a.tanggal_keluar IS NULL OR b.akhir < a.tanggal_keluar)
),
riwayat AS (
    SELECT a.kode_anggota, a.nama, p.tanggal, coalesce(h.status, 'alpa') AS status,
           row_number() OVER (PARTITION BY a.kode_anggota
                              ORDER BY p.tanggal DESC, p.kode_pertemuan DESC) AS urutan
    FROM aktif a
    JOIN pertemuan p ON p.kode_kube = $kode_kube AND p.tanggal >= a.tanggal_masuk
    JOIN batas b ON p.tanggal <= b.akhir
    LEFT JOIN kehadiran h ON h.kode_kube = p.kode_kube AND h.kode_pertemuan = p.kode_pertemuan
                         AND h.kode_anggota = a.kode_anggota
)
SELECT kode_anggota, nama, max(tanggal) AS absen_terakhir
FROM riwayat
WHERE urutan <= $berturut
GROUP BY kode_anggota, nama
HAVING count(*) = $berturut AND bool_and(status NOT IN ('hadir', 'diwakili'))
ORDER BY kode_anggota;
