-- The default summary period of one group: first to last month with any record of that group.
WITH catatan AS (
    SELECT bulan AS tanggal FROM keuangan WHERE kode_kube = $kode_kube
    UNION ALL SELECT tanggal FROM pertemuan WHERE kode_kube = $kode_kube
    UNION ALL SELECT tanggal FROM kunjungan WHERE kode_kube = $kode_kube
    UNION ALL SELECT tanggal_lapor FROM hambatan WHERE kode_kube = $kode_kube
    UNION ALL SELECT tanggal_selesai FROM hambatan WHERE kode_kube = $kode_kube
    UNION ALL SELECT tanggal_masuk FROM anggota WHERE kode_kube = $kode_kube
    UNION ALL SELECT tanggal_keluar FROM anggota WHERE kode_kube = $kode_kube
    UNION ALL SELECT tanggal_mulai FROM jaringan WHERE kode_kube = $kode_kube
    UNION ALL SELECT tanggal_selesai FROM jaringan WHERE kode_kube = $kode_kube
    UNION ALL SELECT tanggal FROM kesepakatan WHERE kode_kube = $kode_kube
    UNION ALL SELECT tanggal_berakhir FROM kesepakatan WHERE kode_kube = $kode_kube
    UNION ALL SELECT tanggal FROM survei WHERE kode_kube = $kode_kube
)
SELECT date_trunc('month', min(tanggal))::DATE AS dari,
       date_trunc('month', max(tanggal))::DATE AS sampai
FROM catatan;
