-- akun_daftar: every account with its area, for `user list` (never the password hash).
SELECT a.nama, a.peran, a.email, a.aktif, a.terkunci_sampai, a.dibuat,
       coalesce((SELECT list(w.nilai ORDER BY w.nilai) FROM akun_wilayah w
                 WHERE w.nama = a.nama AND w.jenis = 'kota'), []) AS kota,
       coalesce((SELECT list(w.nilai ORDER BY w.nilai) FROM akun_wilayah w
                 WHERE w.nama = a.nama AND w.jenis = 'provinsi'), []) AS provinsi,
       coalesce((SELECT list(g.kode_kube ORDER BY g.kode_kube) FROM akun_kelompok g
                 WHERE g.nama = a.nama), []) AS kelompok
FROM akun a
ORDER BY a.nama
