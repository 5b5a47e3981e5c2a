-- catat_keuangan_banding: what a monthly report form shows beside its fields and warns against:
-- the group's latest report before $bulan ('sebelumnya') and the median of each figure over the
-- group's other reports ('median'). Reports of $bulan itself (a correction) are left out.
WITH lain AS (
    SELECT * FROM keuangan WHERE kode_kube = $kode_kube AND bulan <> $bulan
),
sebelumnya AS (
    SELECT 'sebelumnya' AS baris, bulan, omzet::DOUBLE AS omzet, biaya::DOUBLE AS biaya,
           modal::DOUBLE AS modal, kas::DOUBLE AS kas, tabungan::DOUBLE AS tabungan, iks::DOUBLE AS iks
    FROM lain WHERE bulan < $bulan ORDER BY bulan DESC LIMIT 1
)
SELECT * FROM sebelumnya
UNION ALL
SELECT 'median', NULL, median(omzet), median(biaya), median(modal), median(kas), median(tabungan), median(iks)
FROM lain
HAVING count(*) > 0
