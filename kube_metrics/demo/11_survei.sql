-- Social-capital survey: some groups (survei_share, thinned at large scales by survei_faktor;
-- always KUBE Sejahtera 2) answer once a year in November while the group exists:
-- 5-8 anonymous respondents, three items per dimension.
-- Score = the profile's mean for the dimension plus triangular noise of +-1.5, clipped to 1..5.
INSERT INTO survei (kode_kube, tanggal, responden, butir, dimensi, skor)
WITH butir AS (
    SELECT * FROM (VALUES ('K1', 'kepercayaan'), ('K2', 'kepercayaan'), ('K3', 'kepercayaan'),
                          ('J1', 'jaringan'), ('J2', 'jaringan'), ('J3', 'jaringan'),
                          ('N1', 'norma'), ('N2', 'norma'), ('N3', 'norma')) t(butir, dimensi)
), sesi AS (
    SELECT k.nomor, k.kode_kube, k.profil,
           make_date(y.tahun::INTEGER, 11, 10 + floor(acak($seed, k.nomor, y.tahun, 'tgl_survei') * 10)::INTEGER)
               AS tanggal,
           5 + floor(acak($seed, k.nomor, y.tahun, 'responden') * 4)::INTEGER AS n_responden
    FROM demo_kel k JOIN demo_profil p USING (profil) CROSS JOIN range(2018, 2026) y(tahun)
    WHERE (k.nomor = 1 OR acak($seed, k.nomor, 'survei') < p.survei_share * $survei_faktor)
      AND make_date(y.tahun::INTEGER, 11, 20) BETWEEN k.mulai AND k.batas
)
SELECT s.kode_kube, s.tanggal, 'R' || r.i, b.butir, b.dimensi,
       least(5, greatest(1, round(
           CASE b.dimensi WHEN 'kepercayaan' THEN p.skor_kepercayaan
                          WHEN 'jaringan' THEN p.skor_jaringan ELSE p.skor_norma END
           + 1.5 * (acak($seed, s.nomor, s.tanggal, r.i * 10, b.butir)
                    + acak($seed, s.nomor, s.tanggal, r.i * 10 + 1, b.butir) - 1))))::INTEGER
FROM sesi s JOIN demo_profil p USING (profil) CROSS JOIN range(1, 9) r(i) CROSS JOIN butir b
WHERE r.i <= s.n_responden;
