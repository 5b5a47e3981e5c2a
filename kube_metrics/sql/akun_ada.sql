-- akun_ada: how many accounts there are (a real database starts with none).
SELECT count(*) AS n FROM akun
