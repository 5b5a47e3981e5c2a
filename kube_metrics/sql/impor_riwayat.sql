-- impor_riwayat: the latest import attempts, newest first, with the account that made them.
SELECT waktu, berkas, baris_per_jenis, hasil, jumlah_galat, jumlah_peringatan, sumber, pengguna
FROM riwayat_impor
ORDER BY id DESC
LIMIT $batas
