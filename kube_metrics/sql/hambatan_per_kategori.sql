-- Obstacles per group and kategori: baru = tanggal_lapor in the period; terbuka_akhir = open at
-- the period's end (lapor <= end and no tanggal_selesai or selesai > end). Rows with both 0 are left out.
WITH batas AS (
    SELECT $dari::DATE AS dari, last_day($sampai::DATE) AS akhir
)
SELECT h.kode_kube, k.nama, h.kategori, c.kelompok_kategori,
       count(*) FILTER (WHERE h.tanggal_lapor >= b.dari) AS baru,
       count(*) FILTER (WHERE h.tanggal_selesai IS NULL OR h.tanggal_selesai > b.akhir) AS terbuka_akhir
FROM hambatan h
JOIN kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha, pilih_kode := $kode_kube,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
  ON k.kode_kube = h.kode_kube
JOIN kategori_hambatan c ON c.kategori = h.kategori
JOIN batas b ON h.tanggal_lapor <= b.akhir
GROUP BY h.kode_kube, k.nama, h.kategori, c.kelompok_kategori
HAVING baru > 0 OR terbuka_akhir > 0
ORDER BY k.nama, h.kode_kube, c.kelompok_kategori, h.kategori;
