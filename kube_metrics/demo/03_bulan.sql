-- One row per group and month of its record window, with the month's drivers: attendance
-- probability, revenue and capital growth factors, whether the monthly report is missing.
-- Growth compounds at the profile's rate up to the turning point (titik), at *_setelah after it.
CREATE OR REPLACE TEMP TABLE demo_bln AS
WITH dasar AS (
    SELECT k.nomor, k.kode_kube, k.profil, k.jenis_usaha, k.n_awal, k.nilai_bantuan, k.batas,
           c.bulan, c.lebaran, c.covid,
           coalesce(c.bulan >= k.titik, false) AS setelah,
           date_diff('day', k.mulai, least(c.bulan, coalesce(k.titik, c.bulan))) / 365.25 AS tahun_sebelum,
           greatest(0, date_diff('day', coalesce(k.titik, c.bulan), c.bulan)) / 365.25 AS tahun_setelah
    FROM demo_kel k JOIN demo_kalender c ON c.bulan BETWEEN k.mulai AND k.akhir
)
SELECT d.nomor, d.kode_kube, d.profil, d.jenis_usaha, d.n_awal, d.nilai_bantuan, d.batas, d.bulan,
       d.setelah,
       greatest(p.hadir_min, p.hadir_awal - p.hadir_turun * d.tahun_setelah) AS p_hadir,
       pow(1 + p.tren_omzet, d.tahun_sebelum) * pow(1 + p.tren_omzet_setelah, d.tahun_setelah)
           * d.covid * CASE WHEN d.lebaran THEN u.lebaran ELSE 1.0 END AS faktor_omzet,
       pow(1 + p.tren_modal, d.tahun_sebelum) * pow(1 + p.tren_modal_setelah, d.tahun_setelah) AS faktor_modal,
       acak($seed, d.nomor, d.bulan, 'hilang')
           >= CASE WHEN d.setelah THEN p.bulan_hilang_setelah ELSE p.bulan_hilang END AS ada_laporan
FROM dasar d
JOIN demo_profil p USING (profil)
JOIN demo_usaha u USING (jenis_usaha);
