-- The stored warnings (peringatan_tersimpan) of the groups passing the filter, in the rule
-- code's order (kode_kube, then the documented code order `urut`): a lookup, no rule runs.
SELECT p.kode_kube, k.nama, p.kode, NULL::VARCHAR AS pesan, p.tingkat,
       p.nilai, p.nilai_lalu, p.ambang, p.jangka, p.anggota_absen, p.anggota_aktif, p.tanggal
FROM peringatan_tersimpan p
JOIN kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha, pilih_kode := $kode_kube,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
  ON k.kode_kube = p.kode_kube
WHERE p.bulan = $sampai
ORDER BY p.kode_kube, p.urut;
