-- Schema version 6 (issue 13): "checked, none". One row says that on `tanggal` the pendamping
-- checked a group's outside ties (jenis_data = 'jaringan') or its agreements ('kesepakatan') and
-- found none in force. It tells "nobody recorded ties" apart from "the group has no ties": from
-- its date on, the kind counts as recorded for that group (docs/metrics-modal-sosial.md).
-- IF NOT EXISTS: a database whose version row was lost re-applies this file safely.
CREATE TABLE IF NOT EXISTS pemeriksaan (
    kode_kube  VARCHAR NOT NULL,
    jenis_data VARCHAR NOT NULL CHECK (jenis_data IN ('jaringan', 'kesepakatan')),
    tanggal    DATE NOT NULL,
    catatan    VARCHAR CHECK (length(catatan) <= 2000),
    PRIMARY KEY (kode_kube, jenis_data, tanggal)
);

-- Per group: whether it has rows of each optional kind (whatever their dates: a tie or an
-- agreement carries its own dates, so a kept file tells the history) and the first date a
-- pemeriksaan of that kind found none (it counts from that date on). A reading at day `akhir`
-- has the kind when baris_<kind> OR periksa_<kind> <= akhir (modal_sosial_proksi.sql, tahap.sql,
-- peringatan_dasar.sql). Groups with nothing of either kind have no row.
CREATE OR REPLACE MACRO kelengkapan_data() AS TABLE
SELECT kode_kube,
       bool_or(sumber = 'jaringan') AS baris_jaringan,
       min(tanggal) FILTER (WHERE sumber = 'periksa_jaringan') AS periksa_jaringan,
       bool_or(sumber = 'kesepakatan') AS baris_kesepakatan,
       min(tanggal) FILTER (WHERE sumber = 'periksa_kesepakatan') AS periksa_kesepakatan
FROM (
    SELECT DISTINCT kode_kube, 'jaringan' AS sumber, NULL::DATE AS tanggal FROM jaringan
    UNION ALL
    SELECT DISTINCT kode_kube, 'kesepakatan', NULL::DATE FROM kesepakatan
    UNION ALL
    SELECT kode_kube, 'periksa_' || jenis_data, tanggal FROM pemeriksaan
)
GROUP BY kode_kube;
