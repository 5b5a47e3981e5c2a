-- Groups matching a code or an exact name, case-insensitive; a code match sorts first.
SELECT kode_kube, nama, kelurahan, kecamatan, kota, jenis_usaha, tanggal_bentuk, tanggal_bantuan,
       nilai_bantuan, pendamping, tanggal_mandiri, tanggal_bubar,
       lower(kode_kube) = lower(trim($kode_atau_nama)) AS cocok_kode
FROM kelompok
WHERE lower(kode_kube) = lower(trim($kode_atau_nama))
   OR lower(nama) = lower(trim($kode_atau_nama))
ORDER BY cocok_kode DESC, kode_kube;
