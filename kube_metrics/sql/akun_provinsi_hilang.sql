-- akun_provinsi_hilang: the given provinsi that no kelompok row has (needs kelompok.provinsi).
SELECT list(x ORDER BY x) AS provinsi
FROM unnest($provinsi::VARCHAR[]) t(x)
WHERE x NOT IN (SELECT provinsi FROM kelompok)
