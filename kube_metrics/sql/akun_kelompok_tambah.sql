-- akun_kelompok_tambah: one group of a pendamping account.
INSERT INTO akun_kelompok (nama, kode_kube) VALUES ($nama, $kode_kube)
