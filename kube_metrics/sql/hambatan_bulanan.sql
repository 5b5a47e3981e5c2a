-- Obstacles per month over the selected groups: new, resolved, and open at each month's end.
SELECT r.bulan,
       sum(r.hambatan_baru)::BIGINT AS baru,
       sum(r.hambatan_selesai)::BIGINT AS selesai,
       sum(r.hambatan_terbuka_akhir)::BIGINT AS terbuka_akhir
FROM rollup_bulanan r
JOIN kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha, pilih_kode := $kode_kube,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
  ON k.kode_kube = r.kode_kube
WHERE r.bulan BETWEEN $dari AND $sampai
GROUP BY r.bulan
ORDER BY r.bulan;
