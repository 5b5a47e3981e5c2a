-- kualitas_anggota_di_luar_batas: groups whose active members at the end of their last month
-- in dari..sampai are fewer than $minimum or more than $maksimum (Permensos 2/2019: 5–20).
-- Dissolved groups are left out from their dissolution month on. Only the groups passing the
-- filter are read; sorted, counted and paged here (kube_metrics/tabel_sql.py). The last
-- month's count is taken in the same pass (arg_max), not by reading rollup_bulanan again:
-- at nasional for the default year 0.36 -> 0.18 s CPU.
WITH pilih AS (
    SELECT kode_kube, nama, tanggal_bubar
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                           pilih_provinsi := $provinsi, pilih_kota := $kota)
),
terakhir AS (
    SELECT r.kode_kube, max(r.bulan) AS bulan, arg_max(r.anggota_aktif_akhir, r.bulan) AS anggota_aktif_akhir
    FROM rollup_bulanan r
    JOIN pilih k USING (kode_kube)
    WHERE r.bulan BETWEEN $dari AND $sampai
      AND (k.tanggal_bubar IS NULL OR r.bulan < date_trunc('month', k.tanggal_bubar))
    GROUP BY r.kode_kube
)
SELECT t.kode_kube, k.nama, t.bulan, t.anggota_aktif_akhir, count(*) OVER () AS jumlah_baris
FROM terakhir t
JOIN pilih k USING (kode_kube)
WHERE (t.anggota_aktif_akhir < $minimum OR t.anggota_aktif_akhir > $maksimum)
ORDER BY /*URUT*/
LIMIT $batas OFFSET $lewati;
