-- akun_sandi: a new password hash; also lifts a lock (the admin has just set the password).
UPDATE akun SET hash_sandi = $hash_sandi, gagal_beruntun = 0, terkunci_sampai = NULL
WHERE nama = $nama RETURNING nama
