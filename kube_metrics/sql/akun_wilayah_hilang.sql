-- akun_wilayah_hilang: the given kota / group codes that no kelompok row has (area checks).
SELECT list(x ORDER BY x) FILTER (WHERE x NOT IN (SELECT kota FROM kelompok)) AS kota,
       (SELECT list(y ORDER BY y) FROM unnest($kelompok::VARCHAR[]) u(y)
        WHERE y NOT IN (SELECT kode_kube FROM kelompok)) AS kelompok
FROM unnest($kota::VARCHAR[]) t(x)
