-- Facts about the database itself (sumber = 'demo' marks synthetic data).
SELECT kunci, nilai FROM info_basis_data ORDER BY kunci
