-- kualitas_omzet_melonjak: monthly reports in dari..sampai whose omzet is more than $kali times
-- the median omzet of all the group's reports (a likely typo: an extra zero).
WITH median_kube AS (
    SELECT kode_kube, median(omzet) AS median_omzet FROM keuangan GROUP BY kode_kube
)
SELECT u.kode_kube, k.nama, u.bulan, u.omzet,
       round(m.median_omzet)::BIGINT AS median_omzet,
       round(u.omzet / m.median_omzet, 1) AS kali_median
FROM keuangan u
JOIN median_kube m USING (kode_kube)
JOIN kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k USING (kode_kube)
WHERE m.median_omzet > 0
  AND u.omzet > $kali * m.median_omzet
  AND u.bulan BETWEEN $dari AND $sampai
ORDER BY kali_median DESC, u.kode_kube, u.bulan
