-- First and last month in the monthly rollup: the widest period a page can offer.
SELECT min(bulan) AS bulan_awal, max(bulan) AS bulan_akhir
FROM rollup_bulanan;
