-- Groups with their profile, optionally filtered by area / business type (None = all).
SELECT kode_kube, nama, kelurahan, kecamatan, kota, jenis_usaha, tanggal_bentuk, tanggal_bantuan,
       nilai_bantuan, pendamping, tanggal_mandiri, tanggal_bubar
FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                       pilih_provinsi := $provinsi, pilih_kota := $kota)
ORDER BY nama, kode_kube;
