-- impor_riwayat: the latest import attempts, newest first.
SELECT waktu, berkas, baris_per_jenis, hasil, jumlah_galat, jumlah_peringatan, sumber
FROM riwayat_impor
ORDER BY id DESC
LIMIT $batas
