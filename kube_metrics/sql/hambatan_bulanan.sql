-- Obstacles per month over the selected groups: new, resolved, and open at each month's end.
SELECT r.bulan,
       sum(r.hambatan_baru)::BIGINT AS baru,
       sum(r.hambatan_selesai)::BIGINT AS selesai,
       sum(r.hambatan_terbuka_akhir)::BIGINT AS terbuka_akhir
FROM rollup_bulanan r
JOIN kelompok k ON k.kode_kube = r.kode_kube
WHERE r.bulan BETWEEN $dari AND $sampai
  AND ($kode_kube IS NULL OR k.kode_kube = $kode_kube)
  AND ($kecamatan IS NULL OR k.kecamatan = $kecamatan)
  AND ($kelurahan IS NULL OR k.kelurahan = $kelurahan)
  AND ($jenis_usaha IS NULL OR k.jenis_usaha = $jenis_usaha)
GROUP BY r.bulan
ORDER BY r.bulan;
