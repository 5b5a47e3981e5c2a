-- peringatan_tersimpan: the warnings active at the end of the last month with data ($bulan),
-- written by kube_metrics/peringatan_tersimpan.py from the rule code's rows (registered as
-- _peringatan_baru) in the transaction that changed the data, as the rollups are: the whole
-- table (CREATE OR REPLACE ... AS) or the touched groups' rows (INSERT INTO ...). Figures
-- only: the text is written for the rows a page shows.
SELECT $bulan::DATE AS bulan,
       kode_kube::VARCHAR AS kode_kube,
       kode::VARCHAR AS kode,
       tingkat::VARCHAR AS tingkat,
       nilai::DOUBLE AS nilai,
       nilai_lalu::DOUBLE AS nilai_lalu,
       ambang::DOUBLE AS ambang,
       jangka::DOUBLE AS jangka,
       anggota_absen::DOUBLE AS anggota_absen,
       anggota_aktif::DOUBLE AS anggota_aktif,
       tanggal::DATE AS tanggal,
       urut::INTEGER AS urut
FROM _peringatan_baru
