-- batas_akun_wilayah: TEMP VIEW _akses_akun, the accounts that belong to the reading account's
-- area (kube_metrics/batas_akun.py): every group the account covers is one the reader sees in
-- full (_akses_peta), and it covers at least one. What an account covers: a pendamping its own
-- groups (akun_kelompok, else the groups whose kelompok.pendamping is its name); any other role
-- the groups of its kota/provinsi, or every group when it has none (so an admin, or a dinas of
-- the whole database, never belongs to a narrower area). _DB_ is the database's quoted name
-- (an identifier from current_database(), not a value): the tables under the temp views.
CREATE OR REPLACE TEMP VIEW _akses_akun AS
WITH wilayah AS (
    SELECT a.nama, a.peran, w.jenis, w.nilai
    FROM _DB_.main.akun a LEFT JOIN _DB_.main.akun_wilayah w ON w.nama = a.nama
),
cakupan AS (
    SELECT a.nama, coalesce(ak.kode_kube, k.kode_kube) AS kode_kube, FALSE AS seluruh
    FROM _DB_.main.akun a
    LEFT JOIN _DB_.main.akun_kelompok ak ON ak.nama = a.nama
    LEFT JOIN _DB_.main.kelompok k
        ON ak.nama IS NULL AND k.pendamping = a.nama
    WHERE a.peran = 'pendamping'
    UNION ALL
    SELECT w.nama, k.kode_kube, FALSE
    FROM wilayah w JOIN _DB_.main.kelompok k
        ON (w.jenis = 'kota' AND k.kota = w.nilai)
        OR (w.jenis = 'provinsi' AND json_extract_string(to_json(k), '$.provinsi') = w.nilai)
    WHERE w.peran <> 'pendamping'
    UNION ALL
    -- no kota/provinsi: the whole database, even when the reader's area happens to hold every group
    SELECT nama, NULL, TRUE FROM wilayah WHERE peran <> 'pendamping' AND jenis IS NULL
)
SELECT nama
FROM cakupan
GROUP BY nama
HAVING bool_and(coalesce(NOT seluruh AND kode_kube IN (SELECT kode_asli FROM _akses_peta WHERE penuh), FALSE))
