-- The month of the stored warnings, written with them (peringatan_tersimpan_tulis.sql).
CREATE OR REPLACE TABLE peringatan_tersimpan_bulan AS SELECT $bulan::DATE AS bulan;
