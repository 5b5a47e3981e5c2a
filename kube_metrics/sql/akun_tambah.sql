-- akun_tambah: a new account (the caller has checked the name is free and the area exists).
INSERT INTO akun (nama, peran, email, hash_sandi, aktif, gagal_beruntun, terkunci_sampai, dibuat)
VALUES ($nama, $peran, $email, $hash_sandi, true, 0, NULL, $waktu)
