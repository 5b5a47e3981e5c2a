-- akun_aktif: switch an account on or off (`user disable`); returns the row it changed.
UPDATE akun SET aktif = $aktif WHERE nama = $nama RETURNING nama
