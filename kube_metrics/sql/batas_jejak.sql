-- batas_jejak: TEMP VIEWs audit and riwayat_impor holding only the rows of the reading account's
-- area (kube_metrics/batas_akun.py; docs/access.md "Audit trail"):
-- - an audit row that names a group (audit_kelompok: an entry's group, every group an import
--   touched) when any of those groups is seen in full;
-- - an audit row about an account (audit.akun: a sign-in, a failed sign-in, a lock, an account
--   change) when that account belongs to the area (_akses_akun);
-- - an import attempt when any group its rows touched is seen in full;
-- - whatever the reading account did itself (_akses_diri), e.g. its own refused import.
-- Anything else (a failed sign-in under an unknown name, imports from before schema 7) is read
-- only by accounts over the whole database, which get no view at all. _DB_ as in
-- batas_akun_wilayah.sql.
CREATE OR REPLACE TEMP VIEW audit AS
SELECT a.*
FROM _DB_.main.audit a
WHERE a.id IN (
        SELECT ak.audit_id
        FROM _DB_.main.audit_kelompok ak JOIN _akses_peta p ON ak.kode_kube = p.kode_asli
        WHERE p.penuh
    )
   OR a.akun IN (SELECT nama FROM _akses_akun)
   OR a.pengguna IN (SELECT nama FROM _akses_diri);

CREATE OR REPLACE TEMP VIEW riwayat_impor AS
SELECT r.*
FROM _DB_.main.riwayat_impor r
WHERE r.id IN (
    SELECT rk.riwayat_id
    FROM _DB_.main.riwayat_impor_kelompok rk JOIN _akses_peta p ON rk.kode_kube = p.kode_asli
    WHERE p.penuh
)
   OR r.pengguna IN (SELECT nama FROM _akses_diri);

-- the trail's own link tables, narrowed the same way (nothing reads them through a page today)
CREATE OR REPLACE TEMP VIEW audit_kelompok AS
SELECT ak.* FROM _DB_.main.audit_kelompok ak
WHERE ak.kode_kube IN (SELECT kode_asli FROM _akses_peta WHERE penuh);

CREATE OR REPLACE TEMP VIEW riwayat_impor_kelompok AS
SELECT rk.* FROM _DB_.main.riwayat_impor_kelompok rk
WHERE rk.kode_kube IN (SELECT kode_asli FROM _akses_peta WHERE penuh);
