-- impor_riwayat_catat: append one import attempt to the history; returns its id.
INSERT INTO riwayat_impor (id, waktu, berkas, baris_per_jenis, hasil, jumlah_galat, jumlah_peringatan, sumber, pengguna)
SELECT coalesce(max(id), 0) + 1, $waktu, $berkas, $baris_per_jenis, $hasil, $jumlah_galat,
       $jumlah_peringatan, $sumber, $pengguna
FROM riwayat_impor
RETURNING id
