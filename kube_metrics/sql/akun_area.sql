-- akun_area: an account's kota, provinsi and own groups as three lists. A pendamping without
-- listed groups takes the groups whose kelompok.pendamping is its name.
SELECT
    list(nilai ORDER BY nilai) FILTER (WHERE jenis = 'kota') AS kota,
    list(nilai ORDER BY nilai) FILTER (WHERE jenis = 'provinsi') AS provinsi,
    coalesce(
        (SELECT list(kode_kube ORDER BY kode_kube) FROM akun_kelompok WHERE nama = $nama),
        (SELECT list(kode_kube ORDER BY kode_kube) FROM kelompok
         WHERE pendamping = $nama AND $peran = 'pendamping')
    ) AS kelompok
FROM akun_wilayah
WHERE nama = $nama
