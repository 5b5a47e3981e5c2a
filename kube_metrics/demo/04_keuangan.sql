-- Monthly reports (missing months skipped). Revenue: the business type's base for a 10-member
-- group, scaled by size, growth, Lebaran, COVID-19 and +-15 % noise; costs a share of revenue;
-- capital grows (or erodes) from the grant. Money rounded to whole thousands in SQL.
INSERT INTO keuangan (kode_kube, bulan, omzet, biaya, modal, kas, tabungan, iks, buku_kas_terkini)
WITH angka AS (
    SELECT b.kode_kube, b.bulan, b.n_awal,
           round(u.omzet_dasar * sqrt(b.n_awal / 10.0) * b.faktor_omzet
                 * (0.85 + 0.30 * acak($seed, b.nomor, b.bulan, 'omzet')), -3)::BIGINT AS omzet,
           u.share_biaya * p.beban * (0.90 + 0.20 * acak($seed, b.nomor, b.bulan, 'biaya')) AS rasio_biaya,
           round(b.nilai_bantuan * b.faktor_modal * (0.97 + 0.06 * acak($seed, b.nomor, b.bulan, 'modal')), -3)::BIGINT
               AS modal,
           acak($seed, b.nomor, b.bulan, 'kas') AS u_kas,
           acak($seed, b.nomor, b.bulan, 'tabungan') AS u_tabungan,
           acak($seed, b.nomor, b.bulan, 'buku') < p.buku_kas AS buku_kas_terkini
    FROM demo_bln b JOIN demo_profil p USING (profil) JOIN demo_usaha u USING (jenis_usaha)
    WHERE b.ada_laporan
), biaya AS (
    SELECT a.*, round(a.omzet * a.rasio_biaya, -3)::BIGINT AS biaya FROM angka a
)
SELECT kode_kube, bulan, omzet, biaya, modal,
       round(modal * (0.08 + 0.20 * u_kas), -3)::BIGINT AS kas,
       (n_awal * 5000 * floor(u_tabungan * 5))::BIGINT AS tabungan,
       round(greatest(omzet - biaya, 0) * 0.025, -2)::BIGINT AS iks,
       buku_kas_terkini
FROM biaya;
