-- "Checked, none" (issue 13): the study looked at KUBE Sejahtera 2's ties and found them only
-- inside the group. Its pendamping records that at the yearly evaluation, every June from the
-- group's first one, so its networks read low from evidence, not from missing data. The other
-- groups without any tie record nothing: they read "belum ada data" for networks.
INSERT INTO pemeriksaan (kode_kube, jenis_data, tanggal, catatan)
SELECT k.kode_kube, 'jaringan', (k.mulai + INTERVAL 2 MONTH + INTERVAL 14 DAY + to_years(r.n))::DATE,
       'Evaluasi tahunan: tidak ada mitra di luar kelompok; jaringan hanya antaranggota'
FROM demo_kel k CROSS JOIN range(10) r(n)
WHERE k.profil = 'sejahtera2'
  AND k.mulai + INTERVAL 2 MONTH + INTERVAL 14 DAY + to_years(r.n) <= k.batas;
