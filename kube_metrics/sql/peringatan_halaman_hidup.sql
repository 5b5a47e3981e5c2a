-- peringatan_halaman_hidup: one page of warnings computed live by the rule code for a month
-- other than the stored one (kube_metrics/peringatan_tersimpan.py registers its frame as
-- _peringatan_hidup), in the same orders as peringatan_halaman.sql, with jumlah_baris.
SELECT kode_kube, nama, kode, NULL::VARCHAR AS pesan, tingkat, nilai, nilai_lalu, ambang, jangka,
       anggota_absen, anggota_aktif, tanggal::DATE AS tanggal, urut, count(*) OVER () AS jumlah_baris
FROM _peringatan_hidup
ORDER BY /*URUT*/
LIMIT $batas OFFSET $lewati;
