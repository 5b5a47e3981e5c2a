-- Visits per month and party over the selected groups (only months/parties with visits).
SELECT date_trunc('month', v.tanggal)::DATE AS bulan, v.pihak, count(*) AS jumlah
FROM kunjungan v
JOIN kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha, pilih_kode := $kode_kube,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
  ON k.kode_kube = v.kode_kube
WHERE v.tanggal BETWEEN $dari AND last_day($sampai::DATE)
GROUP BY 1, 2
ORDER BY 1, 2;
