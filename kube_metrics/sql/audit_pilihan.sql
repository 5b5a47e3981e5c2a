-- audit_pilihan: the accounts and actions that occur in the trail (the audit page's filter lists).
SELECT 'pengguna' AS jenis, pengguna AS nilai FROM audit GROUP BY pengguna
UNION ALL
SELECT 'aksi', aksi FROM audit GROUP BY aksi
ORDER BY jenis, nilai
