-- The stored readiness at the mandiri date of the filtered groups (kube_metrics/kesiapan.py),
-- least ready first, as the live reading (kesiapan_saat_mandiri.sql's rows) sorts them. A row
-- counts only while it was computed for the group's present mandiri date and that point lies
-- inside the group's life as kelompok now says (the points of modal_sosial_proksi.sql): a
-- kelompok change not yet refreshed shows no stale figure (kesiapan_tersimpan_basi.sql).
WITH kel AS (
    SELECT *
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                           pilih_kode := $kode_kube, pilih_kota := $kota,
                           pilih_provinsi := $provinsi)
)
SELECT s.kode_kube, k.nama, s.* EXCLUDE (kode_kube)
FROM kel k
JOIN rollup_kesiapan_mandiri s ON s.kode_kube = k.kode_kube AND s.tanggal_mandiri = k.tanggal_mandiri
WHERE k.tanggal_bentuk <= last_day(s.bulan) AND (k.tanggal_bubar IS NULL OR k.tanggal_bubar >= s.bulan)
ORDER BY s.kesiapan_mandiri, s.kode_kube
