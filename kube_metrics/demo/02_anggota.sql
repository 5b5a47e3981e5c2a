-- Members: n_awal founders (joined on the formation date, the first three are the officers)
-- plus up to gabung_maks later joiners. Some leave; in a dissolved group everyone still in
-- leaves on tanggal_bubar. No NIK, invented names.
INSERT INTO anggota (kode_kube, kode_anggota, nama, peran, jenis_kelamin, tanggal_masuk, tanggal_keluar)
WITH slot AS (
    SELECT k.nomor, k.kode_kube, k.n_awal, k.tanggal_bentuk, k.tanggal_bubar, k.mulai, k.batas, k.titik,
           p.turun_sejak, p.keluar_tahun, r.j,
           k.n_awal + floor(acak($seed, k.nomor, 'gabung') * (p.gabung_maks + 1))::INTEGER AS n_total
    FROM demo_kel k JOIN demo_profil p USING (profil) CROSS JOIN range(1, 21) r(j)
), masuk AS (
    SELECT s.*,
           CASE WHEN j <= n_awal THEN tanggal_bentuk
                ELSE mulai + floor(acak($seed, nomor, j, 'masuk') * greatest(1, batas - mulai - 60))::INTEGER
           END AS tanggal_masuk
    FROM slot s WHERE j <= n_total
), jendela AS (
    -- Members of groups that decline after being declared mandiri leave only after that date.
    SELECT m.*,
           greatest(tanggal_masuk + 60,
                    CASE WHEN turun_sejak = 'mandiri' THEN coalesce(titik, tanggal_masuk) ELSE tanggal_masuk END)
               AS keluar_awal
    FROM masuk m
), keluar AS (
    SELECT w.*,
           CASE WHEN j > 3 AND keluar_awal < batas
                     AND acak($seed, nomor, j, 'keluar') < least(0.6, keluar_tahun * (batas - tanggal_masuk) / 365.25)
                THEN keluar_awal + floor(acak($seed, nomor, j, 'hari_keluar') * (batas - keluar_awal))::INTEGER
           END AS keluar_calon
    FROM jendela w
)
SELECT kode_kube,
       'A' || lpad(j::VARCHAR, 2, '0'),
       CASE WHEN acak($seed, nomor, j, 'kelamin') < 0.72
            THEN ['Siti', 'Sri', 'Suparmi', 'Wagiyem', 'Tumini', 'Sumarni', 'Painem', 'Ngatini', 'Rubiyah',
                  'Sukinah', 'Partini', 'Yuliani', 'Endang', 'Wartini', 'Suyatmi', 'Tukiyem', 'Sulastri',
                  'Murni', 'Warsini', 'Rohmah'][(hash($seed, nomor, j, 'nama') % 20)::BIGINT + 1]
            ELSE ['Suparno', 'Sugiyono', 'Wagiman', 'Slamet', 'Tukiman', 'Paijo', 'Sukardi', 'Mujiono',
                  'Suwarno', 'Bambang', 'Joko', 'Heru', 'Sutrisno', 'Ngadiman', 'Waluyo'][(hash($seed, nomor, j, 'nama') % 15)::BIGINT + 1]
       END || ' ' || ['Rahayu', 'Lestari', 'Wibowo', 'Handayani', 'Susanto', 'Purwanti', 'Hartono', 'Ningsih',
                      'Wijayanti', 'Santosa', 'Utami', 'Prasetya'][(hash($seed, nomor, j, 'marga') % 12)::BIGINT + 1],
       CASE j WHEN 1 THEN 'ketua' WHEN 2 THEN 'sekretaris' WHEN 3 THEN 'bendahara' ELSE 'anggota' END,
       CASE WHEN acak($seed, nomor, j, 'kelamin') < 0.72 THEN 'P' ELSE 'L' END,
       tanggal_masuk,
       CASE WHEN keluar_calon > tanggal_masuk THEN keluar_calon
            WHEN tanggal_bubar > tanggal_masuk THEN tanggal_bubar END
FROM keluar;
