-- hambatan_per_kategori_dasar: obstacles per group and kategori: baru = tanggal_lapor in the
-- period; terbuka_akhir = open at the period's end (lapor <= end and no tanggal_selesai or
-- selesai > end). Rows with both 0 are left out. Obstacles counting as neither are dropped
-- before grouping (they would add 0 to both counts), so 100 000 groups' history is not grouped.
-- No order: included (SISIP) by hambatan_per_kategori.sql, its paged form and peta_hambatan.sql.
SELECT h.kode_kube, k.nama, h.kategori, c.kelompok_kategori,
       count(*) FILTER (WHERE h.tanggal_lapor >= $dari::DATE) AS baru,
       count(*) FILTER (WHERE h.tanggal_selesai IS NULL
                           OR h.tanggal_selesai > last_day($sampai::DATE)) AS terbuka_akhir
FROM hambatan h
JOIN kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha, pilih_kode := $kode_kube,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
  ON k.kode_kube = h.kode_kube
JOIN kategori_hambatan c ON c.kategori = h.kategori
WHERE h.tanggal_lapor <= last_day($sampai::DATE)
  AND (h.tanggal_lapor >= $dari::DATE OR h.tanggal_selesai IS NULL
       OR h.tanggal_selesai > last_day($sampai::DATE))
GROUP BY h.kode_kube, k.nama, h.kategori, c.kelompok_kategori
HAVING baru > 0 OR terbuka_akhir > 0
