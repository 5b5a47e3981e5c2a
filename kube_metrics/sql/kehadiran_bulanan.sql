-- Attendance per month over the selected groups: Σ hadir / Σ members active at each meeting;
-- pertemuan_per_kelompok = meetings / groups alive that month (rows of rollup_bulanan).
SELECT r.bulan,
       sum(r.pertemuan)::BIGINT AS pertemuan,
       sum(r.hadir)::BIGINT AS hadir,
       sum(r.aktif_pertemuan)::BIGINT AS aktif_pertemuan,
       sum(r.hadir) / nullif(sum(r.aktif_pertemuan), 0) AS tingkat_kehadiran,
       sum(r.pertemuan) / count(*) AS pertemuan_per_kelompok,
       count(*) AS kelompok
FROM rollup_bulanan r
JOIN kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha, pilih_kode := $kode_kube,
                       pilih_provinsi := $provinsi, pilih_kota := $kota) k
  ON k.kode_kube = r.kode_kube
WHERE r.bulan BETWEEN $dari AND $sampai
GROUP BY r.bulan
ORDER BY r.bulan;
