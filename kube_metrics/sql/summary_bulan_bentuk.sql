-- The formation date of one group: its default summary period when it has no record yet.
SELECT tanggal_bentuk FROM kelompok WHERE kode_kube = $kode_kube
