-- kualitas_kelengkapan: per group and month of its life in dari..sampai, whether the monthly
-- report exists and how many meetings were held (read from rollup_bulanan). Only the $batas
-- groups with the most incomplete months (ties by kode_kube), so 100 000 groups stay a small grid.
WITH dasar AS (
    SELECT r.kode_kube, k.nama, r.bulan, r.ada_laporan, r.pertemuan
    FROM rollup_bulanan r
    JOIN kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k USING (kode_kube)
    WHERE r.bulan BETWEEN $dari AND $sampai
),
terburuk AS (
    SELECT kode_kube, count(*) FILTER (WHERE NOT ada_laporan OR pertemuan = 0) AS kurang
    FROM dasar
    GROUP BY kode_kube
    ORDER BY kurang DESC, kode_kube
    LIMIT $batas
)
SELECT d.*
FROM dasar d
JOIN terburuk USING (kode_kube)
ORDER BY d.nama, d.kode_kube, d.bulan
