-- Visits per month and party over the selected groups (only months/parties with visits).
SELECT date_trunc('month', v.tanggal)::DATE AS bulan, v.pihak, count(*) AS jumlah
FROM kunjungan v
JOIN kelompok k ON k.kode_kube = v.kode_kube
WHERE v.tanggal BETWEEN $dari AND last_day($sampai::DATE)
  AND ($kode_kube IS NULL OR k.kode_kube = $kode_kube)
  AND ($kecamatan IS NULL OR k.kecamatan = $kecamatan)
  AND ($kelurahan IS NULL OR k.kelurahan = $kelurahan)
  AND ($jenis_usaha IS NULL OR k.jenis_usaha = $jenis_usaha)
GROUP BY 1, 2
ORDER BY 1, 2;
