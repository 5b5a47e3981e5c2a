-- Every (kota, kecamatan, kelurahan) that has a group: the choices of the area filters.
SELECT DISTINCT kota, kecamatan, kelurahan
FROM kelompok
ORDER BY kota, kecamatan, kelurahan;
