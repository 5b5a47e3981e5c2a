"""The one CSV writer: every CSV Pantau KUBE writes goes through here.

A cell starting with = + - @ tab or carriage return runs as a formula when the file is opened
in a spreadsheet (OWASP "CSV injection"). Such a text cell is written with a single quote in
front, the OWASP way. Numeric columns (a numeric dtype, or named in `angka`) are numbers, not
text, and stay as they are (a negative number keeps its minus).

The importer reads a neutralised cell back with `pulihkan()`, so export -> import -> export
stays identical. To keep that exact, a text that already starts with quotes before such a
character gets one more quote, and `pulihkan()` takes exactly one off.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

PEMICU = "=+-@\t\r"
_PERLU = r"^'*[=+\-@\t\r]"
_TERNETRAL = r"^'(?='*[=+\-@\t\r])"


def netral_sel(nilai: object) -> object:
    """One value neutralised (non-text values unchanged)."""
    if isinstance(nilai, str) and nilai.lstrip("'")[:1] in tuple(PEMICU) and nilai.lstrip("'"):
        return "'" + nilai
    return nilai


def _kolom_teks(df: pd.DataFrame, angka: Iterable[str]) -> list[str]:
    """Columns that can hold text: str or object dtype (numbers, dates, booleans cannot)."""
    lewati = set(angka)
    return [
        c
        for c in df.columns
        if c not in lewati and (pd.api.types.is_string_dtype(df[c]) or pd.api.types.is_object_dtype(df[c]))
    ]


def netralkan(df: pd.DataFrame, angka: Iterable[str] = ()) -> pd.DataFrame:
    """A copy of `df` whose text cells cannot run as formulas; column names too."""
    hasil = df.copy()
    for kolom in _kolom_teks(df, angka):
        seri = hasil[kolom]
        perlu = seri.map(lambda v: isinstance(v, str)).astype(bool)
        perlu &= seri.where(perlu, "").astype(str).str.contains(_PERLU, regex=True)
        if perlu.any():
            hasil[kolom] = seri.astype(object).mask(perlu, "'" + seri.where(perlu, "").astype(str))
    hasil.columns = [netral_sel(c) if isinstance(c, str) else c for c in hasil.columns]
    return hasil


def teks(df: pd.DataFrame, *, angka: Iterable[str] = ()) -> str:
    """The CSV text of `df` (no index, \\n line ends), neutralised."""
    return netralkan(df, angka).to_csv(index=False, lineterminator="\n")


def isi(df: pd.DataFrame, *, angka: Iterable[str] = (), bom: bool = False) -> bytes:
    """The CSV as UTF-8 bytes; `bom=True` for downloads (Excel then reads UTF-8 correctly)."""
    return teks(df, angka=angka).encode("utf-8-sig" if bom else "utf-8")


def tulis(df: pd.DataFrame, path: Path, *, angka: Iterable[str] = (), bom: bool = False) -> Path:
    """Write the CSV to `path`."""
    path.write_bytes(isi(df, angka=angka, bom=bom))
    return path


def pulihkan(seri: pd.Series) -> pd.Series:
    """Import side: a neutralised cell ('=1+2) back to what was exported (=1+2)."""
    return seri.str.replace(_TERNETRAL, "", n=1, regex=True)


def pulihkan_sel(nilai: str) -> str:
    return str(pulihkan(pd.Series([nilai], dtype=str)).iloc[0])


def baca_teks(data: str | bytes) -> pd.DataFrame:
    """Read a CSV we wrote back into str columns with neutralised cells restored (for tests/tools)."""
    if isinstance(data, bytes):
        data = data.decode("utf-8-sig")
    df = pd.read_csv(io.StringIO(data), dtype=str, keep_default_na=False)
    return df.apply(pulihkan)
