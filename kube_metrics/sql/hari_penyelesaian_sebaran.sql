-- hari_penyelesaian_sebaran: days to resolve per kategori over the obstacles resolved in the
-- period (tanggal_selesai in it), as the box plot draws it: quartiles by linear interpolation
-- (quantile_cont, Plotly's default "linear" quartile method) and whiskers to the furthest
-- obstacle within 1.5 IQR of the box (Plotly's default). One row per kategori, never a point
-- per obstacle: 252 506 points at nasional scale.
WITH hari AS (
    SELECT h.kategori, date_diff('day', h.tanggal_lapor, h.tanggal_selesai) AS hari
    FROM hambatan h
    JOIN kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                           pilih_provinsi := $provinsi, pilih_kota := $kota) k ON k.kode_kube = h.kode_kube
    WHERE h.tanggal_selesai BETWEEN $dari AND last_day($sampai::DATE)
),
kuartil AS (
    SELECT kategori, count(*) AS jumlah,
           quantile_cont(hari, 0.25) AS q1, quantile_cont(hari, 0.5) AS median,
           quantile_cont(hari, 0.75) AS q3, min(hari) AS minimum, max(hari) AS maksimum
    FROM hari
    GROUP BY kategori
)
SELECT q.kategori, c.kelompok_kategori, q.jumlah, q.q1, q.median, q.q3,
       min(h.hari) FILTER (WHERE h.hari >= q.q1 - 1.5 * (q.q3 - q.q1)) AS pagar_bawah,
       max(h.hari) FILTER (WHERE h.hari <= q.q3 + 1.5 * (q.q3 - q.q1)) AS pagar_atas,
       q.minimum, q.maksimum
FROM kuartil q
JOIN hari h ON h.kategori = q.kategori
JOIN kategori_hambatan c ON c.kategori = q.kategori
GROUP BY ALL
ORDER BY q.median DESC, q.kategori;
