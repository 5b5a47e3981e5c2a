-- One group's visits in the period.
SELECT tanggal, pihak, kegiatan, catatan
FROM kunjungan
WHERE kode_kube = $kode_kube AND tanggal BETWEEN $dari AND last_day($sampai::DATE)
ORDER BY tanggal, pihak, kegiatan;
