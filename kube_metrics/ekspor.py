"""Export every kind back out in the import format (round-trips through `import` unchanged).

Dates as `TTTT-BB-HH`, months as `TTTT-BB`, yes/no as `ya`/`tidak`, rupiah as plain whole numbers,
rows ordered by key. CSV goes through `csv_aman` (a text cell starting with = + - @ tab or CR
gets a leading quote, which the importer takes off again). In .xlsx every text cell is written
as text, so a value starting with = + - @ is never a formula.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import duckdb
import pandas as pd

from kube_metrics import csv_aman
from kube_metrics.impor.kolom import JENIS, URUTAN, Kolom

NAMA_XLSX = "pantau_kube.xlsx"


def _ekspresi(kol: Kolom) -> str:
    n = kol.nama
    if kol.tipe == "tanggal":
        return f"strftime({n}, '%Y-%m-%d') AS {n}"
    if kol.tipe == "bulan":
        return f"strftime({n}, '%Y-%m') AS {n}"
    if kol.tipe == "ya_tidak":
        return f"CASE WHEN {n} THEN 'ya' WHEN NOT {n} THEN 'tidak' END AS {n}"
    return f"CAST({n} AS VARCHAR) AS {n}"


def frame_ekspor(con: duckdb.DuckDBPyConnection, jenis: str) -> pd.DataFrame:
    """One kind as text columns in the import format (SQL built from the fixed column specs)."""
    spec = JENIS[jenis]
    pilih = ", ".join(_ekspresi(k) for k in spec.kolom)
    urut = ", ".join(spec.kunci)
    df = con.execute(f"SELECT {pilih} FROM {jenis} ORDER BY {urut}").df()
    return df.astype("str").fillna("") if len(df) else pd.DataFrame(columns=spec.nama_kolom, dtype="str")


def kolom_angka(jenis: str) -> list[str]:
    """Numeric columns of a kind: numbers, never neutralised (a minus stays a minus)."""
    return [k.nama for k in JENIS[jenis].kolom if k.tipe in ("rupiah", "skor")]


def tulis_csv(con: duckdb.DuckDBPyConnection, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    hasil = []
    for jenis in URUTAN:
        path = folder / f"{jenis}.csv"
        csv_aman.tulis(frame_ekspor(con, jenis), path, angka=kolom_angka(jenis))
        hasil.append(path)
    return hasil


def zip_csv(con: duckdb.DuckDBPyConnection) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for jenis in URUTAN:
            z.writestr(f"{jenis}.csv", csv_aman.isi(frame_ekspor(con, jenis), angka=kolom_angka(jenis)))
    return buf.getvalue()


def xlsx_bytes(con: duckdb.DuckDBPyConnection) -> bytes:
    """The whole database as one workbook, a sheet per kind."""
    from openpyxl import Workbook

    buku = Workbook(write_only=True)
    for jenis in URUTAN:
        ws = buku.create_sheet(jenis)
        _isi_sheet(ws, frame_ekspor(con, jenis), JENIS[jenis].kolom)
    buf = io.BytesIO()
    buku.save(buf)
    return buf.getvalue()


def _isi_sheet(ws, df: pd.DataFrame, kolom: tuple[Kolom, ...]) -> None:
    from openpyxl.cell import WriteOnlyCell

    ws.append([k.nama for k in kolom])
    angka = [k.tipe in ("rupiah", "skor") for k in kolom]
    for baris in df.itertuples(index=False, name=None):
        sel: list[object] = []
        for v, is_angka in zip(baris, angka, strict=True):
            if v == "":
                sel.append(None)
            elif is_angka:
                sel.append(int(v))
            else:
                c = WriteOnlyCell(ws, value=v)
                c.data_type = "s"  # never a formula, whatever the first character
                sel.append(c)
        ws.append(sel)
