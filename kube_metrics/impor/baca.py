"""Read CSV and .xlsx import files into frames of stripped text, one per sheet of a known kind.

A `Lembar` keeps the file name, the sheet name (xlsx) and, per row, the row number the user sees
(header = row 1), so that every later error can point at the cell.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pandas as pd

from kube_metrics import csv_aman
from kube_metrics.impor import batas
from kube_metrics.impor.galat import GalatImpor
from kube_metrics.impor.kolom import JENIS

BARIS = "_baris"
LEMBAR_PETUNJUK = "petunjuk"
GANDA = "\x00"  # marks a repeated header
TANPA_JUDUL = "\x00kolom "  # marks a blank header (followed by its position)
_NAMA_JENIS = re.compile(r"(" + "|".join(JENIS) + r")(?:[^a-z].*)?")


@dataclass
class Berkas:
    """One uploaded or named file: a path on disk or the bytes of an upload."""

    nama: str
    isi: bytes | Path

    @property
    def ukuran(self) -> int:
        return self.isi.stat().st_size if isinstance(self.isi, Path) else len(self.isi)

    def sumber(self) -> Path | io.BytesIO:
        return self.isi if isinstance(self.isi, Path) else io.BytesIO(self.isi)

    def buka(self) -> IO[bytes]:
        return self.isi.open("rb") if isinstance(self.isi, Path) else io.BytesIO(self.isi)

    def awal(self, n: int = 65536) -> bytes:
        if isinstance(self.isi, Path):
            with self.isi.open("rb") as f:
                return f.read(n)
        return self.isi[:n]


@dataclass
class Lembar:
    berkas: str
    lembar: str
    jenis: str
    data: pd.DataFrame  # one str column per header (normalised) + BARIS
    galat: list[GalatImpor] = field(default_factory=list)


def jenis_dari_nama(nama: str) -> str | None:
    """'kehadiran.csv', 'Kehadiran (1).csv', 'kehadiran_2024.csv' -> 'kehadiran'."""
    m = _NAMA_JENIS.fullmatch(nama.strip().lower())
    return m[1] if m else None


def baca_berkas(berkas: Berkas, galat: list[GalatImpor]) -> list[Lembar]:
    """Every sheet of a known kind in the file; problems with the file itself go to `galat`."""

    def salah(alasan: str) -> list[Lembar]:
        galat.append(GalatImpor(berkas.nama, "", None, "", "", alasan))
        return []

    if alasan := batas.ukuran_berkas(berkas.ukuran):
        return salah(alasan)
    if berkas.ukuran == 0:
        return salah("berkas kosong")
    akhiran = Path(berkas.nama).suffix.lower()
    if akhiran == ".xlsx":
        return _baca_xlsx(berkas, galat)
    if akhiran in (".csv", ".txt"):
        return _baca_csv(berkas, galat)
    return salah("jenis berkas tidak didukung; gunakan .csv atau .xlsx")


# --- CSV ---------------------------------------------------------------------------------


def _teks_awal(berkas: Berkas) -> str | None:
    awal = berkas.awal()
    if b"\x00" in awal:
        return None
    try:
        return awal.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is fine.
        return awal[: exc.start].decode("utf-8-sig") if exc.start > len(awal) - 4 else None


def _baca_csv(berkas: Berkas, galat: list[GalatImpor]) -> list[Lembar]:
    jenis = jenis_dari_nama(Path(berkas.nama).stem)
    teks = _teks_awal(berkas)
    salah = GalatImpor(berkas.nama, "", None, "", "", "")
    if teks is None:
        galat.append(salah.dengan(alasan=_alasan_bukan_utf8(berkas.awal())))
        return []
    if jenis is None:
        galat.append(salah.dengan(alasan=_alasan_nama_berkas()))
        return []
    baris_pertama = teks.splitlines()[0] if teks.strip() else ""
    if not baris_pertama.strip():
        galat.append(salah.dengan(baris=1, alasan="berkas kosong: baris pertama harus berisi nama kolom"))
        return []
    pemisah = ";" if baris_pertama.count(";") > baris_pertama.count(",") else ","
    terpotong = "\n" not in teks and berkas.ukuran > len(teks)
    if alasan := _batas_csv(berkas, jenis, baris_pertama.count(pemisah) + 1, terpotong):
        galat.append(salah.dengan(alasan=alasan))
        return []
    try:
        df = pd.read_csv(
            berkas.sumber(), sep=pemisah, dtype=str, keep_default_na=False, encoding="utf-8-sig",
            skip_blank_lines=False, engine="c", header=None,
        )  # fmt: skip
    except (UnicodeDecodeError, pd.errors.ParserError, ValueError) as exc:
        galat.append(salah.dengan(alasan=_alasan_csv(exc)))
        return []
    # Headers are taken by hand: pandas would rename a repeated header to 'nama.1'.
    judul = [str(v) for v in df.iloc[0]] if len(df) else []
    df = df.iloc[1:]
    df.columns = judul
    return [Lembar(berkas.nama, "", jenis, _rapikan(df, baris_awal=2))]


def _batas_csv(berkas: Berkas, jenis: str, n_kolom: int, terpotong: bool) -> str | None:
    """Columns (from the header line) and rows (from the line count), before pandas reads it."""
    if alasan := batas.kolom_csv(n_kolom, terpotong):
        return alasan
    with berkas.buka() as f:
        return batas.baris(batas.baris_csv(f) - 1, jenis)


def _alasan_bukan_utf8(awal: bytes) -> str:
    """Binary data (NUL bytes) or text in another encoding (Latin-1/ANSI from older Excel)."""
    if b"\x00" in awal:
        return "berkas tidak dapat dibaca: bukan teks CSV (data biner?); unggah berkas .csv atau .xlsx"
    return (
        "berkas tidak dapat dibaca: bukan teks UTF-8 (mungkin Latin-1/ANSI dari Excel lama); "
        "simpan ulang sebagai CSV UTF-8 (Excel: Simpan Sebagai > CSV UTF-8)"
    )


def _alasan_nama_berkas() -> str:
    return "nama berkas harus menyebut jenis data: " + ", ".join(f"{j}.csv" for j in JENIS)


def _alasan_csv(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "berkas tidak dapat dibaca: bukan teks UTF-8 (simpan ulang sebagai CSV UTF-8)"
    m = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
    if m:
        return f"baris {m[2]} berisi {m[3]} kolom, padahal judulnya {m[1]} kolom (periksa pemisah , atau ;)"
    return "berkas CSV tidak dapat dibaca (rusak atau bukan CSV)"


def _rapikan(df: pd.DataFrame, baris_awal: int) -> pd.DataFrame:
    """Normalise headers, strip cells, number rows as the user sees them, drop empty rows."""
    df = df.copy()
    df.columns = _nama_unik([str(c).strip().lower() for c in df.columns])
    for kolom in df.columns:
        df[kolom] = _sel_bersih(df[kolom].fillna("").astype(str))
    df[BARIS] = range(baris_awal, baris_awal + len(df))
    sel = df.drop(columns=BARIS)
    isi = (sel != "").any(axis=1) if len(sel.columns) else pd.Series(False, index=df.index)
    return df[isi].reset_index(drop=True)


def _sel_bersih(seri: pd.Series) -> pd.Series:
    """Strip the cells, but never trim a leading tab/CR off a formula ('\t=1+2' stays as it is),
    then read a cell our CSV writer neutralised ('=1+2) back to what was exported."""
    rapi = seri.str.strip()
    formula = seri.str.match(r" *[\t\r]") & rapi.str.match(r"[=+\-@]")
    rapi = rapi.mask(formula, seri.str.lstrip(" ").str.rstrip())
    return csv_aman.pulihkan(rapi)


def _nama_unik(nama: list[str]) -> list[str]:
    """Blank headers become 'kolom N', repeats get GANDA appended so the checker can name them."""
    hasil: list[str] = []
    ada: set[str] = set()  # a set: a list made this quadratic in the number of columns
    for i, n in enumerate(nama):
        n = n or f"{TANPA_JUDUL}{i + 1}"
        while n in ada:
            n += GANDA
        hasil.append(n)
        ada.add(n)
    return hasil


# --- XLSX --------------------------------------------------------------------------------


def _baca_xlsx(berkas: Berkas, galat: list[GalatImpor]) -> list[Lembar]:
    # calamine (Rust) reads 200 000 rows in about 2 s where openpyxl needs about 25 s.
    from python_calamine import CalamineWorkbook

    with berkas.buka() as f:
        masalah = batas.xlsx(f)
    if masalah:  # refused from the zip directory and a streamed count, before calamine expands it
        galat.extend(GalatImpor(berkas.nama, lembar, None, "", "", alasan) for lembar, alasan in masalah)
        return []
    try:
        if isinstance(berkas.isi, Path):
            buku = CalamineWorkbook.from_path(str(berkas.isi))
        else:
            buku = CalamineWorkbook.from_filelike(io.BytesIO(berkas.isi))
        lembar = [(nama, buku.get_sheet_by_name(nama)) for nama in buku.sheet_names]
        hasil = [lb for nama, ws in lembar if (lb := _baca_sheet(berkas.nama, nama, ws, galat)) is not None]
    except Exception as exc:  # calamine raises its own error types for damaged or non-xlsx files
        alasan = f"berkas .xlsx tidak dapat dibaca (rusak atau bukan Excel): {type(exc).__name__}"
        galat.append(GalatImpor(berkas.nama, "", None, "", "", alasan))
        return []
    return hasil


def _baca_sheet(nama_berkas: str, judul_lembar: str, ws, galat: list[GalatImpor]) -> Lembar | None:
    nama = judul_lembar.strip().lower()
    if nama == LEMBAR_PETUNJUK:
        return None
    if nama not in JENIS:
        alasan = "nama lembar harus salah satu jenis data: " + ", ".join(JENIS)
        galat.append(GalatImpor(nama_berkas, judul_lembar, None, "", judul_lembar, alasan))
        return None
    baris = ws.to_python(skip_empty_area=False)  # from cell A1, so row numbers match the sheet
    judul = baris[0] if baris else None
    if judul is None or all(v in (None, "") for v in judul):
        alasan = "lembar kosong: baris pertama harus berisi nama kolom"
        galat.append(GalatImpor(nama_berkas, judul_lembar, 1, "", "", alasan))
        return None
    judul_bersih = [str(v).strip().lower() if v is not None else "" for v in judul]
    while judul_bersih and judul_bersih[-1] == "":
        judul_bersih.pop()
    return Lembar(nama_berkas, judul_lembar, nama, _frame_sheet(judul_bersih, baris[1:], JENIS[nama]))


def _frame_sheet(judul: list[str], baris, jenis) -> pd.DataFrame:
    tipe = {k.nama: k.tipe for k in jenis.kolom}
    kolom: list[list[str]] = [[] for _ in judul]
    for nilai in baris:
        for i in range(len(judul)):
            v = nilai[i] if i < len(nilai) else None
            kolom[i].append(_teks_sel(v, tipe.get(judul[i], "teks")))
    df = pd.DataFrame({f"{i}": pd.Series(k, dtype=str) for i, k in enumerate(kolom)})
    df.columns = judul
    return _rapikan(df, baris_awal=2)


def _teks_sel(v: object, tipe: str) -> str:
    """Excel cell value -> the text a CSV would have held."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "ya" if v else "tidak"
    if isinstance(v, dt.datetime | dt.date):
        return v.strftime("%Y-%m" if tipe == "bulan" else "%Y-%m-%d")
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
