-- peringatan_jumlah_per_kode: how many stored warnings of month $sampai each code has among
-- the groups passing the filter (the bar chart of Ringkasan), counted in SQL.
SELECT p.kode, count(*) AS jumlah
FROM peringatan_tersimpan p
JOIN kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha, pilih_kode := $kode_kube,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
  ON k.kode_kube = p.kode_kube
WHERE p.bulan = $sampai
GROUP BY p.kode
ORDER BY p.kode;
