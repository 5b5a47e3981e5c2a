-- impor_kelompok_db: the groups already stored, for the importer's reference checks.
SELECT kode_kube, tanggal_bubar FROM kelompok
