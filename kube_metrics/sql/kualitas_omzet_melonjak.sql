-- kualitas_omzet_melonjak: monthly reports in dari..sampai whose omzet is more than $kali times
-- the median omzet of all the group's reports (a likely typo: an extra zero). The medians are
-- taken for the groups passing the filter only; sorted, counted and paged here
-- (kube_metrics/tabel_sql.py).
WITH pilih AS (
    SELECT kode_kube, nama
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                           pilih_provinsi := $provinsi, pilih_kota := $kota)
),
median_kube AS (
    SELECT u.kode_kube, median(u.omzet) AS median_omzet
    FROM keuangan u
    JOIN pilih USING (kode_kube)
    GROUP BY u.kode_kube
)
SELECT u.kode_kube, k.nama, u.bulan, u.omzet,
       round(m.median_omzet)::BIGINT AS median_omzet,
       round(u.omzet / m.median_omzet, 1) AS kali_median,
       count(*) OVER () AS jumlah_baris
FROM keuangan u
JOIN median_kube m USING (kode_kube)
JOIN pilih k USING (kode_kube)
WHERE m.median_omzet > 0
  AND u.omzet > $kali * m.median_omzet
  AND u.bulan BETWEEN $dari AND $sampai
ORDER BY /*URUT*/
LIMIT $batas OFFSET $lewati;
