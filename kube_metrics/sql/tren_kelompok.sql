-- tren_kelompok: one row per month $dari..$sampai (every month, even an empty one) over the
-- filtered groups. Reads only rollup_bulanan and kelompok. Definitions: docs/metrics-ringkasan.md.
WITH bulan AS (
    SELECT b::DATE AS bulan
    FROM generate_series($dari::TIMESTAMP, $sampai::TIMESTAMP, INTERVAL 1 MONTH) AS t(b)
),
kel AS (
    SELECT k.kode_kube, k.tanggal_bentuk, k.tanggal_bubar
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
),
aktif AS (
    -- active on the month's last day: formed by then and not dissolved by then
    SELECT b.bulan, count(kel.kode_kube) AS kelompok_aktif
    FROM bulan b
    LEFT JOIN kel ON kel.tanggal_bentuk <= last_day(b.bulan)
                 AND (kel.tanggal_bubar IS NULL OR kel.tanggal_bubar > last_day(b.bulan))
    GROUP BY b.bulan
),
bulanan AS (
    SELECT r.bulan,
           sum(r.hadir)::DOUBLE / nullif(sum(r.aktif_pertemuan), 0) AS tingkat_kehadiran,
           median(r.hadir::DOUBLE / r.aktif_pertemuan)
               FILTER (WHERE r.pertemuan > 0 AND r.aktif_pertemuan > 0) AS median_kehadiran,
           sum(r.omzet) FILTER (WHERE r.ada_laporan)::BIGINT AS omzet_total,
           round(median(r.omzet) FILTER (WHERE r.ada_laporan))::BIGINT AS omzet_median,
           count(*) FILTER (WHERE r.ada_laporan) AS kelompok_lapor
    FROM rollup_bulanan r
    JOIN kel ON kel.kode_kube = r.kode_kube
    WHERE r.bulan BETWEEN $dari AND $sampai
    GROUP BY r.bulan
)
SELECT a.bulan,
       a.kelompok_aktif,
       m.tingkat_kehadiran,
       m.median_kehadiran,
       m.omzet_total,
       m.omzet_median,
       coalesce(m.kelompok_lapor, 0) AS kelompok_lapor
FROM aktif a
LEFT JOIN bulanan m ON m.bulan = a.bulan
ORDER BY a.bulan;
