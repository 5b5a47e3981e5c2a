-- impor_periode_opsional_db: stored ties and agreements of the given groups as periods, for the
-- "checked, none" rule (kube_metrics/impor/pemeriksaan.py): in force on day d when
-- mulai <= d and (selesai IS NULL or selesai > d).
SELECT kode_kube, 'jaringan' AS jenis_data, mitra AS nama, tanggal_mulai AS mulai, tanggal_selesai AS selesai
FROM jaringan
WHERE list_contains($kode_kube, kode_kube)
UNION ALL
SELECT kode_kube, 'kesepakatan', kode_kesepakatan, tanggal, tanggal_berakhir
FROM kesepakatan
WHERE list_contains($kode_kube, kode_kube)
