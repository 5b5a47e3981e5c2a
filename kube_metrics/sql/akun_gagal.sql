-- akun_gagal: one more wrong password in a row; returns the new count.
UPDATE akun SET gagal_beruntun = gagal_beruntun + 1 WHERE nama = $nama RETURNING gagal_beruntun
