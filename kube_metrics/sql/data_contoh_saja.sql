-- data_contoh_saja: the database is demo data alone. impor_tandai_sumber.sql keeps sumber =
-- 'demo' while demo rows remain and adds campuran = 'ya' at the first imported or entered row.
SELECT EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'sumber' AND nilai = 'demo')
   AND NOT EXISTS (SELECT 1 FROM info_basis_data WHERE kunci = 'campuran') AS saja
