-- audit_daftar: the audit trail, newest first, optionally within [$dari, $sampai) (UTC), of one
-- account ($pengguna) and one action ($aksi); NULL = no limit.
SELECT id, waktu, pengguna, asal, aksi, rincian
FROM audit
WHERE ($dari IS NULL OR waktu >= $dari)
  AND ($sampai IS NULL OR waktu < $sampai)
  AND ($pengguna IS NULL OR pengguna = $pengguna)
  AND ($aksi IS NULL OR aksi = $aksi)
ORDER BY id DESC
LIMIT coalesce($batas, 9223372036854775807)
