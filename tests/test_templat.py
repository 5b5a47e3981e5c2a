"""Templates: one header-only CSV per kind and one workbook with explanations, dropdowns, formats."""

from __future__ import annotations

import argparse
from pathlib import Path

from openpyxl import load_workbook

from kube_metrics.commands import templat as cmd_templat
from kube_metrics.impor import Berkas, periksa
from kube_metrics.impor.kolom import JENIS, URUTAN
from kube_metrics.templat import NAMA_XLSX
from tests.impor_bantu import HARI_INI


def _tulis(tmp_path: Path) -> Path:
    assert cmd_templat.run(argparse.Namespace(db=None, out=str(tmp_path / "t"))) == 0
    return tmp_path / "t"


def test_csv_templates_are_the_headers(tmp_path: Path) -> None:
    folder = _tulis(tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == sorted([*(f"{j}.csv" for j in URUTAN), NAMA_XLSX])
    assert (folder / "kehadiran.csv").read_text() == "kode_kube,kode_pertemuan,kode_anggota,status\n"


def test_workbook_sheets_comments_dropdowns_formats(tmp_path: Path) -> None:
    buku = load_workbook(_tulis(tmp_path) / NAMA_XLSX)
    assert buku.sheetnames == ["petunjuk", *URUTAN]
    ws = buku["hambatan"]
    assert [c.value for c in ws[1]] == JENIS["hambatan"].nama_kolom
    assert "Wajib diisi jika status selesai" in ws["H1"].comment.text
    daftar = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    # kategori (D), tingkat (E), status (G), penanggung_jawab (I) have dropdowns.
    assert daftar["D2:D2000"].startswith('"modal,pemasaran,bahan_baku')
    assert daftar["G2:G2000"] == '"terbuka,ditangani,selesai"'
    assert set(daftar) == {"D2:D2000", "E2:E2000", "G2:G2000", "I2:I2000"}
    assert ws["C2"].number_format == "yyyy-mm-dd" and ws["A2"].number_format == "@"
    keu = buku["keuangan"]
    assert keu["C2"].number_format == "#,##0" and keu["B2"].number_format == "@"
    assert '"ya,tidak"' in {dv.formula1 for dv in keu.data_validations.dataValidation}


def test_filled_workbook_imports(tmp_path: Path, empty_db) -> None:
    path = _tulis(tmp_path) / NAMA_XLSX
    buku = load_workbook(path)
    buku["kelompok"].append(
        # provinsi (issue 10) follows kota in the template
        ["TGR-009", "KUBE Baru", "Tegalrejo", "Tegalrejo", "Kota Yogyakarta", "DI Yogyakarta", "jasa"]
        + ["2024-01-02"]
    )
    buku.save(path)
    hasil = periksa(empty_db, [Berkas(path.name, path)], hari_ini=HARI_INI)
    assert hasil.galat == [] and hasil.jumlah_baris()["kelompok"] == 1
    assert hasil.data["kelompok"]["provinsi"].tolist() == ["DI Yogyakarta"]
