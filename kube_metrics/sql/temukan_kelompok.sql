-- temukan_kelompok: at most $batas groups of the area/business filter whose name or code
-- contains $teks (case-insensitive; NULL = every group), for the focal-group search. An exact
-- code first, then names starting with the text, then by name. `jumlah`: all the matches, so
-- the page can say how many it did not list. Never the whole list: 100 000 groups stay here.
WITH cocok AS (
    SELECT k.kode_kube, k.nama,
           lower(k.kode_kube) = lower($teks) AS kode_sama,
           starts_with(lower(k.nama), lower($teks)) AS awal_nama
    FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha,
                           pilih_provinsi := $provinsi, pilih_kota := $kota) k
    WHERE $teks IS NULL
       OR contains(lower(k.nama), lower($teks))
       OR contains(lower(k.kode_kube), lower($teks))
)
SELECT kode_kube, nama, count(*) OVER () AS jumlah
FROM cocok
ORDER BY coalesce(kode_sama, false) DESC, coalesce(awal_nama, false) DESC, nama, kode_kube
LIMIT $batas;
