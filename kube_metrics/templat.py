"""Empty import templates: one CSV per kind and one .xlsx with a sheet per kind.

The workbook's header cells carry a short Indonesian explanation (a comment), every choice
column has a dropdown (data validation), and cells are formatted as dates, whole rupiah or text.
A 'petunjuk' sheet lists every column; the importer skips that sheet.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd

from kube_metrics import csv_aman
from kube_metrics.impor.kolom import JENIS, URUTAN, Jenis, Kolom

NAMA_XLSX = "templat_pantau_kube.xlsx"
BARIS_SIAP = 2000  # rows that get dropdowns and formats
_FORMAT = {"tanggal": "yyyy-mm-dd", "rupiah": "#,##0", "skor": "0"}
_LEBAR = {"teks": 28, "tanggal": 14, "bulan": 10, "rupiah": 16}


def teks_csv(jenis: str) -> str:
    """The header line of a kind (through the one CSV writer, like every CSV we write)."""
    return csv_aman.teks(pd.DataFrame(columns=JENIS[jenis].nama_kolom))


def tulis_templat(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    hasil = []
    for jenis in URUTAN:
        path = folder / f"{jenis}.csv"
        path.write_text(teks_csv(jenis), encoding="utf-8")
        hasil.append(path)
    path = folder / NAMA_XLSX
    path.write_bytes(xlsx_bytes())
    return [*hasil, path]


def zip_csv() -> bytes:
    """Every CSV template in one zip (the page's download)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for jenis in URUTAN:
            z.writestr(f"{jenis}.csv", teks_csv(jenis))
    return buf.getvalue()


def _pilihan(kol: Kolom) -> tuple[str, ...]:
    return ("ya", "tidak") if kol.tipe == "ya_tidak" else kol.pilihan


def _penjelasan(kol: Kolom) -> str:
    wajib = "Wajib." if kol.wajib else "Boleh kosong."
    pilihan = f" Pilihan: {', '.join(_pilihan(kol))}." if _pilihan(kol) else ""
    return f"{kol.penjelasan}. {wajib}{pilihan}"


def xlsx_bytes() -> bytes:
    from openpyxl import Workbook

    buku = Workbook()
    petunjuk = buku.active
    petunjuk.title = "petunjuk"
    _isi_petunjuk(petunjuk)
    for jenis in URUTAN:
        _isi_lembar(buku.create_sheet(jenis), JENIS[jenis])
    buf = io.BytesIO()
    buku.save(buf)
    return buf.getvalue()


def _isi_petunjuk(ws) -> None:
    ws.append(["Isi satu lembar per jenis data. Baris 1 adalah judul kolom; jangan diubah."])
    ws.append(["Tanggal: TTTT-BB-HH (2024-03-17). Bulan: TTTT-BB (2024-03). Rupiah: angka bulat."])
    ws.append(["Jangan pernah menyimpan NIK atau nomor KTP/KK. Lembar ini dilewati saat impor."])
    ws.append([])
    ws.append(["lembar", "kolom", "penjelasan"])
    for jenis in URUTAN:
        for kol in JENIS[jenis].kolom:
            ws.append([jenis, kol.nama, _penjelasan(kol)])
    ws.column_dimensions["C"].width = 90


def _isi_lembar(ws, jenis: Jenis) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    for i, kol in enumerate(jenis.kolom, start=1):
        huruf = get_column_letter(i)
        sel = ws.cell(row=1, column=i, value=kol.nama)
        sel.font = Font(bold=True)
        sel.comment = Comment(_penjelasan(kol), "Pantau KUBE")
        ws.column_dimensions[huruf].width = max(_LEBAR.get(kol.tipe, 16), len(kol.nama) + 2)
        rentang = f"{huruf}2:{huruf}{BARIS_SIAP}"
        if _pilihan(kol):
            dv = DataValidation(type="list", formula1='"' + ",".join(_pilihan(kol)) + '"', allow_blank=True)
            dv.error, dv.errorTitle = f"Pilih salah satu: {', '.join(_pilihan(kol))}", "Isian tidak sah"
            ws.add_data_validation(dv)
            dv.add(rentang)
        for baris in range(2, BARIS_SIAP + 1):
            ws.cell(row=baris, column=i).number_format = _FORMAT.get(kol.tipe, "@")
    ws.freeze_panes = "A2"
