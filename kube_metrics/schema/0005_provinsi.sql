-- Schema version 5: the area hierarchy provinsi -> kota/kabupaten -> kecamatan -> kelurahan.
-- kelompok gains an optional provinsi (NULL = not filled in, shown as "provinsi tidak diisi").
ALTER TABLE kelompok ADD COLUMN IF NOT EXISTS provinsi VARCHAR;

-- kelompok_terpilih, version 2: version 3's macro plus pilih_provinsi, so the filter goes
-- provinsi -> kota -> kecamatan -> kelurahan. An empty string selects the groups whose provinsi
-- is blank (the filter's "provinsi tidak diisi"); NULL, as for every other argument, means all.
-- Call sites bind the whole area filter:
--   kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha, pilih_provinsi := $provinsi,
--                     pilih_kota := $kota)
CREATE OR REPLACE MACRO kelompok_terpilih(
    pilih_kecamatan, pilih_kelurahan, pilih_jenis_usaha, pilih_kode := NULL, pilih_kota := NULL,
    pilih_provinsi := NULL
) AS TABLE
    SELECT k.*
    FROM kelompok k
    WHERE (pilih_kode IS NULL OR k.kode_kube = pilih_kode)
      AND (pilih_provinsi IS NULL OR coalesce(k.provinsi, '') = pilih_provinsi)
      AND (pilih_kota IS NULL OR k.kota = pilih_kota)
      AND (pilih_kecamatan IS NULL OR k.kecamatan = pilih_kecamatan)
      AND (pilih_kelurahan IS NULL OR k.kelurahan = pilih_kelurahan)
      AND (pilih_jenis_usaha IS NULL OR k.jenis_usaha = pilih_jenis_usaha);
