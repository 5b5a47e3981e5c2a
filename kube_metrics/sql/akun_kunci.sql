-- akun_kunci: lock an account until $sampai and start counting failures afresh.
UPDATE akun SET gagal_beruntun = 0, terkunci_sampai = $sampai WHERE nama = $nama
