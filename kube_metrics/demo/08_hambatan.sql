-- Obstacles: two candidate slots a month, each reported with probability (rate a year / 24).
-- Category uniform over the taxonomy, except KUBE Sejahtera 2 after being declared mandiri,
-- whose obstacles are the seven of demo_kategori.nomor_s2 (ties, norms, coaching, market...).
-- Resolved ones get tanggal_selesai within hari_selesai_maks days (or, later, within 2 years) if
-- that is still inside the group's record window; the rest stay terbuka or ditangani.
INSERT INTO hambatan (kode_kube, kode_hambatan, tanggal_lapor, kategori, tingkat, uraian, status,
                      tanggal_selesai, penanggung_jawab)
WITH slot AS (
    SELECT b.nomor, b.kode_kube, b.bulan, b.batas, b.setelah, b.profil, r.s, p.hari_selesai_maks,
           CASE WHEN b.setelah THEN p.share_selesai_setelah ELSE p.share_selesai END AS share_selesai,
           b.bulan + floor(acak($seed, b.nomor, b.bulan, r.s, 'lapor') * hari_bulan(b.bulan))::INTEGER AS tanggal_lapor,
           CASE WHEN b.profil = 'sejahtera2' AND b.setelah THEN 17 + (hash($seed, b.nomor, b.bulan, r.s) % 7)::INTEGER
                ELSE (hash($seed, b.nomor, b.bulan, r.s) % 17)::INTEGER END AS pilihan
    FROM demo_bln b JOIN demo_profil p USING (profil) CROSS JOIN range(2) r(s)
    WHERE acak($seed, b.nomor, b.bulan, r.s, 'hambatan')
          < CASE WHEN b.setelah THEN p.hambatan_tahun_setelah ELSE p.hambatan_tahun END / 24.0
), selesai AS (
    SELECT s.*, k.kategori, k.uraian, k.penanggung_jawab,
           CASE WHEN acak($seed, s.nomor, s.bulan, s.s, 'selesai') < s.share_selesai
                THEN s.tanggal_lapor + 3 + floor(acak($seed, s.nomor, s.bulan, s.s, 'hari') * s.hari_selesai_maks)::INTEGER
                -- Most of the rest are resolved late (3 months to 2 years) rather than left open
                -- for ever; how many depends on how well the group is run.
                WHEN acak($seed, s.nomor, s.bulan, s.s, 'lambat') < CASE s.profil
                        WHEN 'maju' THEN 0.99 WHEN 'sedang' THEN 0.95 WHEN 'lemah' THEN 0.8
                        WHEN 'bubar' THEN 0.5 ELSE 0.1 END
                THEN s.tanggal_lapor + 90 + floor(acak($seed, s.nomor, s.bulan, s.s, 'hari_lambat') * 640)::INTEGER
           END AS selesai_calon
    FROM slot s
    JOIN demo_kategori k ON k.nomor = s.pilihan OR k.nomor_s2 = s.pilihan - 17
)
SELECT kode_kube,
       'H' || strftime(bulan, '%Y%m') || '-' || (s + 1),
       tanggal_lapor,
       kategori,
       CASE WHEN acak($seed, nomor, bulan, s, 'tingkat') < 0.4 THEN 'rendah'
            WHEN acak($seed, nomor, bulan, s, 'tingkat') < 0.8 THEN 'sedang' ELSE 'tinggi' END,
       uraian,
       CASE WHEN selesai_calon <= batas THEN 'selesai'
            WHEN acak($seed, nomor, bulan, s, 'status') < 0.45 THEN 'ditangani' ELSE 'terbuka' END,
       CASE WHEN selesai_calon <= batas THEN selesai_calon END,
       penanggung_jawab
FROM selesai;
