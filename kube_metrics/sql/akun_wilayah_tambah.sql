-- akun_wilayah_tambah: one kota or provinsi of an account.
INSERT INTO akun_wilayah (nama, jenis, nilai) VALUES ($nama, $jenis, $nilai)
