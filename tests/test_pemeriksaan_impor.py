"""The `pemeriksaan` kind ("checked, none", issue 13) through the import, the export round trip
and the templates, like every other kind."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook

from kube_metrics import ekspor, templat
from kube_metrics.impor import Berkas, periksa, simpan
from tests.impor_bantu import HARI_INI, impor_fixture

PEMERIKSAAN = (
    "kode_kube,jenis_data,tanggal,catatan\n"
    'GDN-001,jaringan,15/05/2023,"=belum ada pemasok atau pembeli tetap dari luar"\n'
    "GDN-001,kesepakatan,2024-02-10,\n"
)


def _impor(con, teks: str):
    return periksa(con, [Berkas("pemeriksaan.csv", teks.encode())], hari_ini=HARI_INI)


def test_impor_ekspor_impor_sama(empty_db, tmp_path: Path) -> None:
    impor_fixture(empty_db)
    hasil = _impor(empty_db, PEMERIKSAAN)
    assert hasil.galat == []
    simpan(empty_db, hasil, sumber="cli")
    teks = ekspor.frame_ekspor(empty_db, "pemeriksaan").to_csv(index=False, lineterminator="\n")
    # dates in the first form; the note's leading '=' kept as text (never a formula)
    assert teks.splitlines()[1:] == [
        "GDN-001,jaringan,2023-05-15,=belum ada pemasok atau pembeli tetap dari luar",
        "GDN-001,kesepakatan,2024-02-10,",
    ]
    ulang = _impor(empty_db, teks)  # the export imports back unchanged (same keys replace)
    assert ulang.galat == [] and ulang.jumlah_baris() == {"pemeriksaan": 2}
    buku = load_workbook(io.BytesIO(ekspor.xlsx_bytes(empty_db)))
    assert buku["pemeriksaan"]["D2"].data_type == "s"


def test_nilai_salah_ditolak_dengan_nama_kolom(empty_db) -> None:
    impor_fixture(empty_db)
    hasil = _impor(
        empty_db, "kode_kube,jenis_data,tanggal\nGDN-001,anggota,2024-02-10\nXYZ-1,jaringan,2024-02-10\n"
    )
    teks = [g.teks() for g in hasil.galat]
    assert any(t.startswith("pemeriksaan.csv baris 2 kolom jenis_data [anggota]") for t in teks), teks
    assert any("KUBE XYZ-1 belum terdaftar" in t for t in teks), teks


def test_templat_punya_lembar_pemeriksaan() -> None:
    assert templat.teks_csv("pemeriksaan").startswith("kode_kube,jenis_data,tanggal,catatan")
    buku = load_workbook(io.BytesIO(templat.xlsx_bytes()))
    lembar = buku["pemeriksaan"]
    assert [c.value for c in lembar[1]] == ["kode_kube", "jenis_data", "tanggal", "catatan"]
    assert "jaringan (mitra luar) atau kesepakatan" in lembar["B1"].comment.text
    assert any('"jaringan,kesepakatan"' in dv.formula1 for dv in lembar.data_validations.dataValidation)


def test_pemeriksaan_bertentangan_dengan_mitra_aktif_diperingatkan(empty_db) -> None:
    # the fixture's TGR-002 has 'Warung Bu Tini' (pembeli_tetap) since 2023-06-01 and its bank tie
    # 2023-09-01..2024-09-01: a check of 2024-03-01 saying "no ties" is contradicted (a warning,
    # the batch still saves); a check of 2023-05-01 (before both ties) is not
    impor_fixture(empty_db)
    teks = "kode_kube,jenis_data,tanggal\nTGR-002,jaringan,2024-03-01\nTGR-002,jaringan,2023-05-01\n"
    hasil = _impor(empty_db, teks)
    assert hasil.galat == []
    assert [(p.baris, p.kolom, p.nilai) for p in hasil.peringatan] == [(2, "tanggal", "2024-03-01")]
    alasan = hasil.peringatan[0].alasan
    assert "tetapi mitra " in alasan and "Data tetap disimpan" in alasan
