-- The stored rollup_kelompok, put in place of its defining query (kube_metrics/kualitas.py
-- hands it to load_sql as `ganti` when the table exists).
SELECT kode_kube, median_omzet FROM rollup_kelompok
