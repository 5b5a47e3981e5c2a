-- kualitas_omzet_melonjak: monthly reports in dari..sampai whose omzet is more than $kali times
-- the median omzet of all the group's reports (a likely typo: an extra zero). The medians come
-- from rollup_kelompok.sql: computed here on a database without that table, else read from it
-- (kube_metrics/kualitas.py); sorted, counted and paged here (kube_metrics/tabel_sql.py).
WITH pilih AS (
    SELECT kode_kube, nama
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                           pilih_provinsi := $provinsi, pilih_kota := $kota)
),
median_kube AS (
    SELECT m.kode_kube, m.median_omzet
    FROM (/*SISIP rollup_kelompok*/) m
    JOIN pilih USING (kode_kube)
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
