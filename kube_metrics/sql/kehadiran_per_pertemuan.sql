-- One group's meetings in the period with attendance (hadir includes diwakili).
SELECT tanggal, kode_pertemuan, jenis, laporan_keuangan, aktif, hadir,
       hadir / nullif(aktif, 0) AS tingkat_kehadiran,
       diwakili, izin, sakit, alpa, hadir_pendamping
FROM rollup_pertemuan
WHERE kode_kube = $kode_kube AND bulan BETWEEN $dari AND $sampai
ORDER BY tanggal, kode_pertemuan;
