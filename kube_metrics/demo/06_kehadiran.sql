-- Attendance of the groups with nomor in [$dari, $sampai): one row per member active on the
-- meeting's date, except that some absences have no row at all (the contract counts them alpa).
-- Every meeting has at least the chair's row (A01, a founder who never leaves before the end).
-- Each member has a steady diligence (rajin) around the group's attendance level of the month.
INSERT INTO kehadiran (kode_kube, kode_pertemuan, kode_anggota, status)
WITH rapat AS (
    SELECT p.kode_kube, p.kode_pertemuan, p.tanggal, b.nomor, b.p_hadir
    FROM pertemuan p
    JOIN demo_bln b ON b.kode_kube = p.kode_kube AND b.bulan = date_trunc('month', p.tanggal)
    WHERE b.nomor >= $dari AND b.nomor < $sampai
), baris AS (
    SELECT r.kode_kube, r.kode_pertemuan, a.kode_anggota,
           least(0.98, greatest(0.05, r.p_hadir + 0.2 * (acak($seed, r.nomor, a.kode_anggota, 'rajin') - 0.5))) AS p,
           acak($seed, r.nomor, r.kode_pertemuan, a.kode_anggota) AS u
    FROM rapat r
    JOIN anggota a ON a.kode_kube = r.kode_kube AND a.tanggal_masuk <= r.tanggal
                  AND (a.tanggal_keluar IS NULL OR r.tanggal < a.tanggal_keluar)
), status AS (
    SELECT kode_kube, kode_pertemuan, kode_anggota,
           CASE WHEN u < 0.9 * p THEN 'hadir'
                WHEN u < p THEN 'diwakili'
                WHEN (u - p) / (1 - p) < 0.30 THEN 'izin'
                WHEN (u - p) / (1 - p) < 0.50 THEN 'sakit'
                -- the chairperson's absence is always written down, so no meeting is without rows
                WHEN (u - p) / (1 - p) < 0.75 OR kode_anggota = 'A01' THEN 'alpa'
           END AS status
    FROM baris
)
-- Inserting in key order keeps the primary-key index build about twice as fast.
SELECT * FROM status WHERE status IS NOT NULL
ORDER BY kode_kube, kode_pertemuan, kode_anggota;
