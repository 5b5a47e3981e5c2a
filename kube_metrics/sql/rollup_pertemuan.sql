-- rollup_pertemuan: one row per meeting with its attendance counts.
-- aktif   = members active on the meeting's date (tanggal_masuk <= d < tanggal_keluar).
-- hadir   = active members present: status hadir OR diwakili (diwakili is also shown alone).
-- alpa    = aktif - hadir - izin - sakit, so an active member without a kehadiran row is alpa.
-- Attendance rows of members not active that day are ignored, so hadir <= aktif always.
-- aktif comes from an ASOF join on cumulative join/leave events per group: the cost grows
-- with meetings + members, not meetings x members (100 000 groups).
-- $kelompok: NULL = every group (a full rebuild), else the list of groups a write touched
-- (kube_metrics/rollup.py): a group's rows depend only on its own records. $dari/$sampai (NULL
-- = open): the range of kode_kube [dari, sampai) a full rebuild writes in one statement.
WITH peristiwa AS (
    -- +1 on the day a member joins, -1 on the day they leave (not active from that day on)
    SELECT kode_kube, tanggal, sum(delta) AS delta
    FROM (
        SELECT kode_kube, tanggal_masuk AS tanggal, 1 AS delta FROM anggota
        UNION ALL
        SELECT kode_kube, tanggal_keluar, -1 FROM anggota WHERE tanggal_keluar IS NOT NULL
    )
    WHERE ($kelompok::VARCHAR[] IS NULL OR list_contains($kelompok::VARCHAR[], kode_kube))
      AND ($dari::VARCHAR IS NULL OR kode_kube >= $dari) AND ($sampai::VARCHAR IS NULL OR kode_kube < $sampai)
    GROUP BY kode_kube, tanggal
),
jumlah_aktif AS (
    SELECT kode_kube, tanggal,
           sum(delta) OVER (PARTITION BY kode_kube ORDER BY tanggal) AS aktif
    FROM peristiwa
),
status_tercatat AS (
    -- Outer joins and the activity test inside the counts, not in WHERE: the attendance rows
    -- then probe the meetings and the members (millions of rows), instead of being matched
    -- against every (meeting, active member) pair, which the optimiser otherwise builds first
    -- (about as many pairs as attendance rows: 100 s CPU at nasional). A row whose meeting or
    -- member is missing is never active, so the counts are those of the inner join.
    SELECT kode_kube, kode_pertemuan,
           count(*) FILTER (WHERE aktif AND status IN ('hadir', 'diwakili')) AS hadir,
           count(*) FILTER (WHERE aktif AND status = 'diwakili') AS diwakili,
           count(*) FILTER (WHERE aktif AND status = 'izin') AS izin,
           count(*) FILTER (WHERE aktif AND status = 'sakit') AS sakit
    FROM (
        SELECT h.kode_kube, h.kode_pertemuan, h.status,
               a.tanggal_masuk <= p.tanggal
                   AND (a.tanggal_keluar IS NULL OR p.tanggal < a.tanggal_keluar) AS aktif
        FROM kehadiran h
        LEFT JOIN pertemuan p ON p.kode_kube = h.kode_kube AND p.kode_pertemuan = h.kode_pertemuan
        LEFT JOIN anggota a ON a.kode_kube = h.kode_kube AND a.kode_anggota = h.kode_anggota
        WHERE ($kelompok::VARCHAR[] IS NULL OR list_contains($kelompok::VARCHAR[], h.kode_kube))
          AND ($dari::VARCHAR IS NULL OR h.kode_kube >= $dari) AND ($sampai::VARCHAR IS NULL OR h.kode_kube < $sampai)
    )
    GROUP BY kode_kube, kode_pertemuan
),
dasar AS (
    SELECT p.kode_kube, p.kode_pertemuan, p.tanggal,
           date_trunc('month', p.tanggal)::DATE AS bulan,
           p.jenis, p.laporan_keuangan, p.hadir_pendamping,
           coalesce(j.aktif, 0)::BIGINT AS aktif
    FROM pertemuan p
    ASOF LEFT JOIN jumlah_aktif j ON p.kode_kube = j.kode_kube AND p.tanggal >= j.tanggal
    WHERE ($kelompok::VARCHAR[] IS NULL OR list_contains($kelompok::VARCHAR[], p.kode_kube))
      AND ($dari::VARCHAR IS NULL OR p.kode_kube >= $dari) AND ($sampai::VARCHAR IS NULL OR p.kode_kube < $sampai)
)
SELECT d.kode_kube, d.kode_pertemuan, d.tanggal, d.bulan, d.jenis, d.laporan_keuangan,
       d.hadir_pendamping, d.aktif,
       coalesce(s.hadir, 0)::BIGINT AS hadir,
       coalesce(s.diwakili, 0)::BIGINT AS diwakili,
       coalesce(s.izin, 0)::BIGINT AS izin,
       coalesce(s.sakit, 0)::BIGINT AS sakit,
       (d.aktif - coalesce(s.hadir, 0) - coalesce(s.izin, 0) - coalesce(s.sakit, 0))::BIGINT AS alpa
FROM dasar d
LEFT JOIN status_tercatat s ON s.kode_kube = d.kode_kube AND s.kode_pertemuan = d.kode_pertemuan
ORDER BY d.kode_kube, d.tanggal, d.kode_pertemuan;
