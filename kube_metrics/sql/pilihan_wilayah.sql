-- Every (provinsi, kota, kecamatan, kelurahan) that has a group: the choices of the area
-- filters, each level narrowed by the one above (ui/filters.py). A blank provinsi is '' here,
-- the value kelompok_terpilih's pilih_provinsi takes for "provinsi tidak diisi".
SELECT DISTINCT coalesce(provinsi, '') AS provinsi, kota, kecamatan, kelurahan
FROM kelompok
ORDER BY provinsi, kota, kecamatan, kelurahan;
