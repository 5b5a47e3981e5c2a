-- Support visits: three candidate slots a month per party (the month's days in three disjoint
-- thirds, the last one up to its last day, so the key kode_kube, tanggal, pihak, kegiatan never repeats); a slot holds a visit with probability
-- (visits a year / 36), lowered after the group is declared mandiri.
INSERT INTO kunjungan (kode_kube, tanggal, pihak, kegiatan, catatan)
WITH pihak AS (
    SELECT * FROM (VALUES ('pendamping', 0), ('dinsos', 1), ('kelurahan', 2), ('lainnya', 3)) t(pihak, i)
), slot AS (
    SELECT b.nomor, b.kode_kube, b.bulan, k.pihak, r.s,
           CASE k.pihak WHEN 'pendamping' THEN p.pendamping_tahun
                        WHEN 'lainnya' THEN p.lain_tahun
                        ELSE p.pemerintah_tahun / 2 END
               * CASE WHEN b.setelah THEN p.faktor_kunjungan_setelah ELSE 1.0 END / 36.0 AS peluang,
           acak($seed, b.nomor, b.bulan, k.i * 10 + r.s, 'kegiatan') AS u
    FROM demo_bln b JOIN demo_profil p USING (profil) CROSS JOIN pihak k CROSS JOIN range(3) r(s)
)
SELECT kode_kube,
       bulan + ((s * hari_bulan(bulan)) // 3
               + floor(acak($seed, nomor, bulan, pihak, s)
                       * ((s + 1) * hari_bulan(bulan) // 3 - s * hari_bulan(bulan) // 3)))::INTEGER AS tanggal,
       pihak,
       CASE pihak
           WHEN 'pendamping' THEN CASE WHEN u < 0.45 THEN 'pembinaan' WHEN u < 0.80 THEN 'monitoring'
                                       WHEN u < 0.90 THEN 'pelatihan' ELSE 'evaluasi' END
           WHEN 'dinsos' THEN CASE WHEN u < 0.50 THEN 'monitoring' WHEN u < 0.85 THEN 'evaluasi'
                                   ELSE 'pelatihan' END
           WHEN 'kelurahan' THEN CASE WHEN u < 0.60 THEN 'monitoring' WHEN u < 0.90 THEN 'pembinaan'
                                      ELSE 'lainnya' END
           ELSE CASE WHEN u < 0.5 THEN 'pelatihan' ELSE 'lainnya' END
       END AS kegiatan,
       NULL AS catatan
FROM slot
WHERE acak($seed, nomor, bulan, pihak, s + 100) < peluang;
