-- One group's monthly report, every month of its life in the period (no report: ada_laporan false, figures null).
SELECT bulan, omzet, biaya, laba, modal, ada_laporan, kas, tabungan, iks, buku_kas_terkini
FROM rollup_bulanan
WHERE kode_kube = $kode_kube AND bulan BETWEEN $dari AND $sampai
ORDER BY bulan;
