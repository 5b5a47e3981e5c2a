-- presentasi_peringkat_kehadiran: attendance rate of the focal group and of its peers over months
-- $dari..$sampai, for the anonymised ranking on the Presentasi slides (issue 5).
-- Peers: the kelompok_sebaya macro (schema 0003), as in every peer comparison; only groups
-- with meetings in the period (as summary's rank).
-- anggota_aktif: members active at the end of the group's last month in the period, so that
-- Python can suppress a group of fewer than 3 members. No name leaves this query for peers:
-- Python replaces it by 'KUBE A', 'KUBE B', ... (kube_metrics/anonim.py).
WITH himpunan AS (
    SELECT kode_kube, false AS fokus FROM kelompok_sebaya($kode_kube, $sebaya, $dari)
    UNION ALL
    SELECT kode_kube, true FROM kelompok WHERE kode_kube = $kode_kube
)
SELECT h.kode_kube,
       h.fokus,
       (sum(r.hadir) / sum(r.aktif_pertemuan))::DOUBLE AS tingkat_kehadiran,
       arg_max(r.anggota_aktif_akhir, r.bulan)::BIGINT AS anggota_aktif
FROM himpunan h
JOIN rollup_bulanan r ON r.kode_kube = h.kode_kube AND r.bulan BETWEEN $dari AND $sampai
GROUP BY h.kode_kube, h.fokus
HAVING sum(r.aktif_pertemuan) > 0
ORDER BY tingkat_kehadiran DESC, h.kode_kube;
