-- Monthly discipline 0-5 after the SHG 'Panchasutra' (issue 4): one point each for a meeting
-- held, attendance >= $kehadiran_min (hadir or diwakili over members active at each meeting),
-- savings collected (tabungan > 0), IKS set aside (iks > 0), cash book up to date.
-- A month without a monthly report scores 0 on the last three.
SELECT r.kode_kube, k.nama, r.bulan,
       r.pertemuan > 0 AS ada_pertemuan,
       coalesce(r.hadir >= $kehadiran_min * r.aktif_pertemuan AND r.aktif_pertemuan > 0, false) AS hadir_cukup,
       coalesce(r.tabungan > 0, false) AS ada_tabungan,
       coalesce(r.iks > 0, false) AS ada_iks,
       coalesce(r.buku_kas_terkini, false) AS buku_terkini
FROM rollup_bulanan r
JOIN kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha, pilih_kode := $kode_kube,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
  USING (kode_kube)
WHERE r.bulan BETWEEN $dari AND $sampai
ORDER BY r.kode_kube, r.bulan
