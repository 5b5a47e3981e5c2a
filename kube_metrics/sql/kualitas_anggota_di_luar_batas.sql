-- kualitas_anggota_di_luar_batas: groups whose active members at the end of their last month
-- in dari..sampai are fewer than $minimum or more than $maksimum (Permensos 2/2019: 5–20).
-- Dissolved groups are left out from their dissolution month on. Only the groups passing the
-- filter are read; sorted, counted and paged here (kube_metrics/tabel_sql.py).
WITH pilih AS (
    SELECT kode_kube, nama, tanggal_bubar
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                           pilih_provinsi := $provinsi, pilih_kota := $kota)
),
terakhir AS (
    SELECT r.kode_kube, max(r.bulan) AS bulan
    FROM rollup_bulanan r
    JOIN pilih k USING (kode_kube)
    WHERE r.bulan BETWEEN $dari AND $sampai
      AND (k.tanggal_bubar IS NULL OR r.bulan < date_trunc('month', k.tanggal_bubar))
    GROUP BY r.kode_kube
)
SELECT r.kode_kube, k.nama, r.bulan, r.anggota_aktif_akhir, count(*) OVER () AS jumlah_baris
FROM rollup_bulanan r
JOIN terakhir t USING (kode_kube, bulan)
JOIN pilih k USING (kode_kube)
WHERE (r.anggota_aktif_akhir < $minimum OR r.anggota_aktif_akhir > $maksimum)
ORDER BY /*URUT*/
LIMIT $batas OFFSET $lewati;
