-- Schema version 3: two table macros, the one definition of which groups a query is about.
-- Macros live in the database file, so existing databases get them through migrate. Parameter
-- names differ from kelompok's columns so that no column can shadow them. Call sites still bind
-- their values ($name): `FROM kelompok_terpilih($kecamatan, $kelurahan, $jenis_usaha) k`.

-- kelompok_terpilih: the rows of kelompok that pass the area/business filter (NULL = all), the
-- shared convention `($kecamatan IS NULL OR k.kecamatan = $kecamatan)`; optionally also one
-- group (pilih_kode := $kode_kube) or one kota (pilih_kota := $kota).
CREATE OR REPLACE MACRO kelompok_terpilih(
    pilih_kecamatan, pilih_kelurahan, pilih_jenis_usaha, pilih_kode := NULL, pilih_kota := NULL
) AS TABLE
    SELECT k.*
    FROM kelompok k
    WHERE (pilih_kode IS NULL OR k.kode_kube = pilih_kode)
      AND (pilih_kota IS NULL OR k.kota = pilih_kota)
      AND (pilih_kecamatan IS NULL OR k.kecamatan = pilih_kecamatan)
      AND (pilih_kelurahan IS NULL OR k.kelurahan = pilih_kelurahan)
      AND (pilih_jenis_usaha IS NULL OR k.jenis_usaha = pilih_jenis_usaha);

-- kelompok_sebaya(kode_fokus, pilihan_sebaya, sejak): a group's peer set, used by every peer
-- comparison (perbandingan_sebaya, kehadiran_vs_sebaya, hambatan_vs_sebaya,
-- pertumbuhan_sejak_bantuan). Peers: same kota; with pilihan_sebaya 'kecamatan' or
-- 'jenis_usaha' also the same kecamatan / jenis_usaha ('kota': the whole kota); never the
-- focal group itself; never a group dissolved before `sejak` (the period's first month).
CREATE OR REPLACE MACRO kelompok_sebaya(kode_fokus, pilihan_sebaya, sejak) AS TABLE
    SELECT k.kode_kube
    FROM kelompok k, (SELECT * FROM kelompok WHERE kode_kube = kode_fokus) f
    WHERE k.kode_kube <> f.kode_kube AND k.kota = f.kota
      AND (k.tanggal_bubar IS NULL OR k.tanggal_bubar >= sejak)
      AND CASE pilihan_sebaya WHEN 'kecamatan' THEN k.kecamatan = f.kecamatan
                              WHEN 'jenis_usaha' THEN k.jenis_usaha = f.jenis_usaha
                              ELSE true END;
