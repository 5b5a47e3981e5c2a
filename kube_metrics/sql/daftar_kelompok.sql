-- Groups with their profile, optionally filtered by area / business type (None = all).
SELECT kode_kube, nama, kelurahan, kecamatan, kota, jenis_usaha, tanggal_bentuk, tanggal_bantuan,
       nilai_bantuan, pendamping, tanggal_mandiri, tanggal_bubar
FROM kelompok
WHERE ($kecamatan IS NULL OR kecamatan = $kecamatan)
  AND ($kelurahan IS NULL OR kelurahan = $kelurahan)
  AND ($jenis_usaha IS NULL OR jenis_usaha = $jenis_usaha)
ORDER BY nama, kode_kube;
