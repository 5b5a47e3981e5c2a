-- One group's calendar years with at least one monthly report: sums of the reports, the modal
-- of the year's latest report, and the change of omzet on the previous calendar year
-- (null for the first year, after a year without reports, or when last year's omzet was 0).
WITH tahunan AS (
    SELECT year(bulan) AS tahun, sum(omzet) AS omzet, sum(laba) AS laba,
           arg_max(modal, bulan) AS modal_akhir, count(*) AS laporan
    FROM rollup_bulanan
    WHERE kode_kube = $kode_kube AND ada_laporan
    GROUP BY year(bulan)
)
SELECT tahun, omzet::BIGINT AS omzet, laba::BIGINT AS laba, modal_akhir, laporan,
       CASE WHEN lag(tahun) OVER w = tahun - 1
            THEN (omzet - lag(omzet) OVER w) / nullif(lag(omzet) OVER w, 0) END AS omzet_yoy
FROM tahunan
WINDOW w AS (ORDER BY tahun)
ORDER BY tahun;
