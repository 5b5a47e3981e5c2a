-- rollup_bulanan: one row per (kode_kube, bulan) for every month of the group's life:
-- from the earlier of its tanggal_bentuk month and its first record, to its tanggal_bubar month
-- or, if not dissolved, the last month with any record in the database.
-- Reads rollup_pertemuan, so that one is refreshed first.
-- Stock figures (anggota_aktif_akhir, hambatan_terbuka_akhir) are running sums of monthly
-- in/out counts: a member is active on the month's last day iff month(masuk) <= bulan and
-- not month(keluar) <= bulan; an obstacle is open at month end iff month(lapor) <= bulan and
-- not month(selesai) <= bulan (selesai >= lapor by schema).
-- $kelompok: NULL = every group (a full rebuild), else the list of groups a write touched
-- (kube_metrics/rollup.py): a group's rows depend only on its own records and the database's
-- last month (rollup_akhir.sql), which the incremental refresh checks did not move.
WITH catatan AS (/*SISIP rollup_catatan*/),
sasaran AS (
    SELECT * FROM kelompok
    WHERE $kelompok::VARCHAR[] IS NULL OR list_contains($kelompok::VARCHAR[], kode_kube)
),
awal_catatan AS (
    SELECT kode_kube, min(tanggal) AS awal FROM catatan
    WHERE $kelompok::VARCHAR[] IS NULL OR list_contains($kelompok::VARCHAR[], kode_kube)
    GROUP BY kode_kube
),
akhir_data AS (/*SISIP rollup_akhir*/),
rentang AS (
    SELECT k.kode_kube,
           date_trunc('month', least(k.tanggal_bentuk, coalesce(c.awal, k.tanggal_bentuk)))::DATE AS awal,
           date_trunc('month', coalesce(k.tanggal_bubar, a.akhir))::DATE AS akhir
    FROM sasaran k
    LEFT JOIN awal_catatan c ON c.kode_kube = k.kode_kube
    CROSS JOIN akhir_data a
),
kerangka AS (
    SELECT kode_kube,
           unnest(generate_series(awal, greatest(awal, akhir), INTERVAL 1 MONTH))::DATE AS bulan
    FROM rentang
),
anggota_gerak AS (
    SELECT kode_kube, bulan, sum(delta) AS delta
    FROM (
        SELECT kode_kube, date_trunc('month', tanggal_masuk)::DATE AS bulan, 1 AS delta FROM anggota
        UNION ALL
        SELECT kode_kube, date_trunc('month', tanggal_keluar)::DATE, -1 FROM anggota
        WHERE tanggal_keluar IS NOT NULL
    )
    WHERE $kelompok::VARCHAR[] IS NULL OR list_contains($kelompok::VARCHAR[], kode_kube)
    GROUP BY kode_kube, bulan
),
pertemuan_bulan AS (
    SELECT kode_kube, bulan,
           count(*) AS pertemuan,
           count(*) FILTER (WHERE jenis = 'musyawarah') AS musyawarah,
           count(*) FILTER (WHERE laporan_keuangan) AS laporan_dibaca,
           sum(hadir) AS hadir,
           sum(aktif) AS aktif_pertemuan,
           sum(alpa) AS alpa
    FROM rollup_pertemuan
    WHERE $kelompok::VARCHAR[] IS NULL OR list_contains($kelompok::VARCHAR[], kode_kube)
    GROUP BY kode_kube, bulan
),
kunjungan_bulan AS (
    SELECT kode_kube, date_trunc('month', tanggal)::DATE AS bulan,
           count(*) FILTER (WHERE pihak = 'pendamping') AS pendamping,
           count(*) FILTER (WHERE pihak IN ('dinsos', 'kelurahan')) AS pemerintah,
           count(*) FILTER (WHERE pihak = 'lainnya') AS lain
    FROM kunjungan
    WHERE $kelompok::VARCHAR[] IS NULL OR list_contains($kelompok::VARCHAR[], kode_kube)
    GROUP BY ALL
),
hambatan_gerak AS (
    SELECT kode_kube, bulan, sum(baru) AS baru, sum(selesai) AS selesai
    FROM (
        SELECT kode_kube, date_trunc('month', tanggal_lapor)::DATE AS bulan, 1 AS baru, 0 AS selesai
        FROM hambatan
        UNION ALL
        SELECT kode_kube, date_trunc('month', tanggal_selesai)::DATE, 0, 1
        FROM hambatan WHERE tanggal_selesai IS NOT NULL
    )
    WHERE $kelompok::VARCHAR[] IS NULL OR list_contains($kelompok::VARCHAR[], kode_kube)
    GROUP BY kode_kube, bulan
),
-- The running stocks over the narrow rows alone: the window then sorts two counts per
-- group-month, not every joined column (about a third of this file's CPU at provinsi).
stok AS (
    SELECT r.kode_kube, r.bulan,
           (sum(coalesce(ag.delta, 0)) OVER w)::BIGINT AS anggota_aktif_akhir,
           coalesce(h.baru, 0)::BIGINT AS hambatan_baru,
           coalesce(h.selesai, 0)::BIGINT AS hambatan_selesai,
           (sum(coalesce(h.baru, 0) - coalesce(h.selesai, 0)) OVER w)::BIGINT AS hambatan_terbuka_akhir
    FROM kerangka r
    LEFT JOIN anggota_gerak ag ON ag.kode_kube = r.kode_kube AND ag.bulan = r.bulan
    LEFT JOIN hambatan_gerak h ON h.kode_kube = r.kode_kube AND h.bulan = r.bulan
    WINDOW w AS (PARTITION BY r.kode_kube ORDER BY r.bulan ROWS UNBOUNDED PRECEDING)
)
SELECT r.kode_kube, r.bulan,
       r.anggota_aktif_akhir,
       coalesce(p.pertemuan, 0)::BIGINT AS pertemuan,
       coalesce(p.musyawarah, 0)::BIGINT AS musyawarah,
       coalesce(p.laporan_dibaca, 0)::BIGINT AS laporan_dibaca,
       coalesce(p.hadir, 0)::BIGINT AS hadir,
       coalesce(p.aktif_pertemuan, 0)::BIGINT AS aktif_pertemuan,
       coalesce(p.alpa, 0)::BIGINT AS alpa,
       (u.kode_kube IS NOT NULL) AS ada_laporan,
       u.omzet, u.biaya, (u.omzet - u.biaya)::BIGINT AS laba, u.modal, u.kas, u.tabungan, u.iks,
       u.buku_kas_terkini,
       coalesce(v.pendamping, 0)::BIGINT AS kunjungan_pendamping,
       coalesce(v.pemerintah, 0)::BIGINT AS kunjungan_pemerintah,
       coalesce(v.lain, 0)::BIGINT AS kunjungan_lain,
       r.hambatan_baru, r.hambatan_selesai, r.hambatan_terbuka_akhir
FROM stok r
LEFT JOIN pertemuan_bulan p ON p.kode_kube = r.kode_kube AND p.bulan = r.bulan
LEFT JOIN keuangan u ON u.kode_kube = r.kode_kube AND u.bulan = r.bulan
LEFT JOIN kunjungan_bulan v ON v.kode_kube = r.kode_kube AND v.bulan = r.bulan
ORDER BY r.kode_kube, r.bulan;
