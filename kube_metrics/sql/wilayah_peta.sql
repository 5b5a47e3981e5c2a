-- wilayah_peta: the groups an account may see (kube_metrics/wilayah.py), with the code and name
-- it is shown and whether it is seen in full. A pendamping sees its own groups in full and the
-- other groups of their kota as 'KUBE A', 'KUBE B', ... (in code order); dinas and tamu see
-- the groups of their kota/provinsi (none given: all groups). provinsi is read through to_json
-- because older databases have no such column. $hanya_penuh keeps only the groups seen in full.
WITH milik AS (
    SELECT unnest($kelompok::VARCHAR[]) AS kode
),
terlihat AS (
    SELECT k.kode_kube, k.nama, k.kode_kube IN (SELECT kode FROM milik) AS sendiri
    FROM kelompok k
    WHERE CASE WHEN $peran = 'pendamping'
               THEN k.kota IN (SELECT kota FROM kelompok WHERE kode_kube IN (SELECT kode FROM milik))
               ELSE (len($kota::VARCHAR[]) = 0 AND len($provinsi::VARCHAR[]) = 0)
                    OR list_contains($kota::VARCHAR[], k.kota)
                    OR ($ada_provinsi AND list_contains($provinsi::VARCHAR[], json_extract_string(to_json(k), '$.provinsi')))
          END
),
berlabel AS (
    SELECT *, row_number() OVER (PARTITION BY sendiri ORDER BY kode_kube) - 1 AS urutan FROM terlihat
)
SELECT
    kode_kube AS kode_asli,
    CASE WHEN penuh THEN kode_kube ELSE label END AS kode,
    CASE WHEN penuh THEN nama ELSE label END AS nama,
    penuh
FROM (
    SELECT *, ($peran <> 'pendamping' OR sendiri) AS penuh,
           'KUBE ' || CASE WHEN urutan < 26 THEN chr(65 + urutan::INTEGER)
                           ELSE chr(64 + (urutan // 26)::INTEGER) || chr(65 + (urutan % 26)::INTEGER) END AS label
    FROM berlabel
)
WHERE NOT $hanya_penuh OR penuh
