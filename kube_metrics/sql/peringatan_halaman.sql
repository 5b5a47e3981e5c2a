-- peringatan_halaman: one page of the stored warnings (peringatan_tersimpan, written at write
-- time) of the groups passing the filter, for month $sampai, in the order the user picked
-- (kube_metrics/tabel_sql.py), with jumlah_baris. A lookup: no rule runs, no text is written.
SELECT p.kode_kube, k.nama, p.kode, NULL::VARCHAR AS pesan, p.tingkat,
       p.nilai, p.nilai_lalu, p.ambang, p.jangka, p.anggota_absen, p.anggota_aktif, p.tanggal,
       p.urut, count(*) OVER () AS jumlah_baris
FROM peringatan_tersimpan p
JOIN kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha, pilih_kode := $kode_kube,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
  ON k.kode_kube = p.kode_kube
WHERE p.bulan = $sampai
ORDER BY /*URUT*/
LIMIT $batas OFFSET $lewati;
