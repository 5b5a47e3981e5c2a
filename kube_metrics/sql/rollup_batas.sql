-- The first kode_kube of every $n-th group after the first, in kode_kube order: where the ranges
-- start that a full rebuild of rollup_pertemuan writes one statement at a time
-- (kube_metrics/rollup.py). The first range is open below, the last open above.
SELECT kode_kube
FROM (SELECT kode_kube, row_number() OVER (ORDER BY kode_kube) - 1 AS i FROM kelompok)
WHERE i > 0 AND i % $n = 0
ORDER BY kode_kube
