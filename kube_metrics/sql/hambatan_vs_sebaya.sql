-- New obstacles (tanggal_lapor in the period) per kategori: the focal group's count against the
-- mean per peer group (all peer groups count in the denominator, also those without obstacles).
-- Only kategori with any new obstacle in the focal group or its peers
-- (peers: macro kelompok_sebaya, schema/0003_makro_kelompok.sql).
WITH sebaya AS (
    SELECT kode_kube FROM kelompok_sebaya($kode_kube, $sebaya, $dari)
),
baru AS (
    SELECT h.kode_kube = $kode_kube AS fokus, h.kategori, count(*) AS jumlah
    FROM hambatan h
    WHERE h.tanggal_lapor BETWEEN $dari AND last_day($sampai::DATE)
      AND (h.kode_kube = $kode_kube OR h.kode_kube IN (SELECT kode_kube FROM sebaya))
    GROUP BY 1, 2
)
SELECT c.kategori, c.kelompok_kategori,
       coalesce(sum(b.jumlah) FILTER (WHERE b.fokus), 0)::BIGINT AS fokus,
       coalesce(sum(b.jumlah) FILTER (WHERE NOT b.fokus), 0) / nullif((SELECT count(*) FROM sebaya), 0)
           AS rata_sebaya
FROM baru b
JOIN kategori_hambatan c ON c.kategori = b.kategori
GROUP BY c.kategori, c.kelompok_kategori
ORDER BY array_position(['usaha', 'kelembagaan', 'modal_sosial', 'dukungan', 'eksternal'],
                        c.kelompok_kategori), c.kategori;
