-- audit_catat: one row of the audit trail (inside the caller's transaction); returns its id.
-- $akun: the account a sign-in or account change concerns (else NULL).
INSERT INTO audit (waktu, pengguna, asal, aksi, rincian, akun)
VALUES ($waktu, $pengguna, $asal, $aksi, $rincian, $akun)
RETURNING id
