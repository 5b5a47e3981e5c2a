-- audit_catat: one row of the audit trail (inside the caller's transaction).
INSERT INTO audit (waktu, pengguna, asal, aksi, rincian) VALUES ($waktu, $pengguna, $asal, $aksi, $rincian)
