-- wilayah_kelompok_area: the groups in the given kota / provinsi (provinsi through to_json,
-- because older databases have no such column).
SELECT k.kode_kube
FROM kelompok k
WHERE list_contains($kota::VARCHAR[], k.kota)
   OR ($ada_provinsi AND list_contains($provinsi::VARCHAR[], json_extract_string(to_json(k), '$.provinsi')))
