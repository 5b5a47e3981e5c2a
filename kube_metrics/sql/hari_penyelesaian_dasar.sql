-- hari_penyelesaian_dasar: obstacles resolved in the period (tanggal_selesai in it) and how many
-- days that took. No order: included (SISIP) by hari_penyelesaian.sql and its paged form.
SELECT h.kode_kube, k.nama, h.kode_hambatan, h.kategori, c.kelompok_kategori, h.tingkat,
       date_diff('day', h.tanggal_lapor, h.tanggal_selesai) AS hari,
       h.tanggal_lapor, h.tanggal_selesai
FROM hambatan h
JOIN kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k ON k.kode_kube = h.kode_kube
JOIN kategori_hambatan c ON c.kategori = h.kategori
WHERE h.tanggal_selesai BETWEEN $dari AND last_day($sampai::DATE)
