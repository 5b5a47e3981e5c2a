-- perlu_perhatian: one row per (group, reason) needing attention, from the league figures
-- (liga_angka.sql, so the league table and the watch list agree by construction); dissolved
-- groups are left out. Thresholds bound from kube_metrics/ambang.py, compared after rounding
-- to $desimal places. The reason's sentence is written in Python for the rows shown
-- (kube_metrics/alasan_perhatian.py). Sorted, counted and paged here (kube_metrics/tabel_sql.py).
WITH liga AS (
/*SISIP liga_angka*/
),
hidup AS (
    SELECT *,
           round(tingkat_kehadiran_sebelumnya - tingkat_kehadiran, $desimal) AS turun_hadir,
           round(omzet_perubahan, $desimal) AS ubah_omzet
    FROM liga
    WHERE NOT bubar
),
alasan AS (
    -- attendance fell by at least $hadir_kuning fraction points (red from $hadir_merah)
    SELECT kode_kube, nama, kelurahan, kecamatan, 'kehadiran_turun' AS kode_alasan, 0 AS urutan,
           CASE WHEN turun_hadir >= $hadir_merah THEN 'merah' ELSE 'kuning' END AS tingkat,
           tingkat_kehadiran_sebelumnya::DOUBLE AS nilai_lalu, tingkat_kehadiran::DOUBLE AS nilai_kini,
           turun_hadir::DOUBLE AS perubahan
    FROM hidup WHERE turun_hadir >= $hadir_kuning
    UNION ALL
    -- average monthly revenue fell by at least 10% ($omzet_kuning); red beyond $omzet_merah
    SELECT kode_kube, nama, kelurahan, kecamatan, 'omzet_turun', 1,
           CASE WHEN ubah_omzet < $omzet_merah THEN 'merah' ELSE 'kuning' END,
           omzet_bulanan_sebelumnya::DOUBLE, omzet_bulanan::DOUBLE, (-ubah_omzet)::DOUBLE
    FROM hidup WHERE ubah_omzet <= $omzet_kuning
    UNION ALL
    -- more obstacles open at the end than at the start, and above the league's green level
    SELECT kode_kube, nama, kelurahan, kecamatan, 'hambatan_menumpuk', 2,
           CASE WHEN hambatan_terbuka > $hambatan_kuning THEN 'merah' ELSE 'kuning' END,
           hambatan_terbuka_awal::DOUBLE, hambatan_terbuka::DOUBLE,
           (hambatan_terbuka - hambatan_terbuka_awal)::DOUBLE
    FROM hidup WHERE hambatan_terbuka > $hambatan_hijau AND hambatan_terbuka > hambatan_terbuka_awal
)
SELECT kode_kube, nama, kelurahan, kecamatan, kode_alasan, tingkat, nilai_lalu, nilai_kini,
       perubahan, urutan, count(*) OVER () AS jumlah_baris
FROM alasan
ORDER BY /*URUT*/
LIMIT $batas OFFSET $lewati;
