-- rollup_kelompok: one row per group with a monthly report, figures over all its reports:
-- median_omzet, the median omzet of every report of the group (reports without omzet left
-- out), against which kualitas_omzet_melonjak.sql flags a jump (a median over 6.5 M reports
-- at nasional on every Kelola Data filter change otherwise).
-- $kelompok: NULL = every group, else the groups a write touched (kube_metrics/rollup.py): a
-- group's row rests on its own reports only.
SELECT kode_kube, median(omzet) AS median_omzet
FROM keuangan
WHERE $kelompok::VARCHAR[] IS NULL OR list_contains($kelompok::VARCHAR[], kode_kube)
GROUP BY kode_kube
