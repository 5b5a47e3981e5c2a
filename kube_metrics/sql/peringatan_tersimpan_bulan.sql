-- The month the stored warnings are for: peringatan_tersimpan_bulan holds one row, written with
-- peringatan_tersimpan (kept apart so that a month without any warning is still "stored").
-- Only run when the table exists (peringatan_tersimpan_ada.sql).
SELECT bulan FROM peringatan_tersimpan_bulan;
