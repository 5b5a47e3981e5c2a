-- akun_cari: one account by name (or, with $email, by e-mail address, case-insensitive).
SELECT nama, peran, email, hash_sandi, aktif, gagal_beruntun, terkunci_sampai
FROM akun
WHERE ($nama IS NOT NULL AND nama = $nama)
   OR ($email IS NOT NULL AND lower(email) = lower($email))
