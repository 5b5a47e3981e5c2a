-- Every dated record of every group (kode_kube, tanggal): the life of a group in rollup_bulanan
-- and the database's last date (rollup_akhir.sql). Included by those files as a subquery.
SELECT kode_kube, bulan AS tanggal FROM keuangan
UNION ALL SELECT kode_kube, tanggal FROM pertemuan
UNION ALL SELECT kode_kube, tanggal FROM kunjungan
UNION ALL SELECT kode_kube, tanggal_lapor FROM hambatan
UNION ALL SELECT kode_kube, tanggal_selesai FROM hambatan
UNION ALL SELECT kode_kube, tanggal_masuk FROM anggota
UNION ALL SELECT kode_kube, tanggal_keluar FROM anggota
UNION ALL SELECT kode_kube, tanggal_mulai FROM jaringan
UNION ALL SELECT kode_kube, tanggal_selesai FROM jaringan
UNION ALL SELECT kode_kube, tanggal FROM kesepakatan
UNION ALL SELECT kode_kube, tanggal_berakhir FROM kesepakatan
UNION ALL SELECT kode_kube, tanggal FROM survei
