-- Schema version 7: which area an audit row and an import-history row concern (issue 8), so a
-- dinas or pendamping reads only the trail of its own area (kube_metrics/batas_akun.py,
-- docs/access.md "Audit trail"). Idempotent (IF NOT EXISTS).

-- audit_kelompok: the groups (kode_kube) an audit row names: an entry, correction or delete
-- names its group; an import names every group its rows touched.
CREATE TABLE IF NOT EXISTS audit_kelompok (
    audit_id  BIGINT NOT NULL,
    kode_kube VARCHAR NOT NULL,
    PRIMARY KEY (audit_id, kode_kube)
);

-- audit.akun: the account a sign-in or account change concerns (NULL for other rows, and for a
-- failed sign-in under a name that is no account).
ALTER TABLE audit ADD COLUMN IF NOT EXISTS akun VARCHAR;

-- riwayat_impor_kelompok: the groups an import attempt's rows touched (refused ones too).
CREATE TABLE IF NOT EXISTS riwayat_impor_kelompok (
    riwayat_id BIGINT NOT NULL,
    kode_kube  VARCHAR NOT NULL,
    PRIMARY KEY (riwayat_id, kode_kube)
);

-- Rows written before this version: entries name their group in rincian, and the account of a
-- sign-in or account change is known from the action. Imports made before this version named
-- no group, so only accounts that see the whole database read them.
INSERT OR IGNORE INTO audit_kelompok
SELECT id, json_extract_string(rincian, '$.kode_kube')
FROM audit
WHERE aksi IN ('entry', 'correction', 'delete')
  AND json_extract_string(rincian, '$.kode_kube') IS NOT NULL;

UPDATE audit SET akun = CASE
    WHEN aksi IN ('user_add', 'user_disable', 'user_password') THEN json_extract_string(rincian, '$.nama')
    WHEN aksi IN ('login', 'user_locked') THEN pengguna
    WHEN aksi = 'login_failed' AND pengguna IN (SELECT nama FROM akun) THEN pengguna
END
WHERE akun IS NULL;
