-- akun_berhasil: a right password clears the count of failures and any old lock.
UPDATE akun SET gagal_beruntun = 0, terkunci_sampai = NULL WHERE nama = $nama
