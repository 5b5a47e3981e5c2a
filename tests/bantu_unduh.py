"""Read back what a page's download buttons would hand the user, in AppTest.

AppTest shows a download button (label, id) but not its file: the bytes (or, for a file made on
click, the callable) go to a media-file manager that AppTest throws away after each run. The
fixture `unduhan` records them on their way there (streamlit's `marshall_file`), keyed by the
button's element id, so a test can open exactly what a user would save.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest
from streamlit.elements.widgets import button as st_button

from kube_metrics.csv_aman import pulihkan_sel


class Unduhan:
    """Files seen by download buttons, by element id (the last run wins)."""

    def __init__(self) -> None:
        self.isi: dict[str, tuple[str | None, Any]] = {}

    def nama_berkas(self, tombol: Any) -> str | None:
        return self.isi[tombol.proto.id][0]

    def bytes(self, tombol: Any) -> bytes:
        """The file of `tombol` (an AppTest download button) as bytes; a deferred file is made now."""
        data = self.isi[tombol.proto.id][1]
        if callable(data):
            data = data()
        if isinstance(data, str):
            return data.encode("utf-8")
        if hasattr(data, "read"):
            return bytes(data.read())
        return bytes(data)


@pytest.fixture(name="unduhan")
def fixture_unduhan(monkeypatch: pytest.MonkeyPatch) -> Iterator[Unduhan]:
    catat = Unduhan()
    asli = st_button.marshall_file

    def tangkap(coordinates: str, data: Any, proto: Any, mimetype: Any, file_name: Any = None, **kw: Any):
        catat.isi[kw.get("element_id", "")] = (file_name, data)
        return asli(coordinates, data, proto, mimetype, file_name, **kw)

    monkeypatch.setattr(st_button, "marshall_file", tangkap)
    yield catat


def baca_csv(data: bytes) -> pd.DataFrame:
    """A downloaded CSV as text cells, exactly as written: no type guessing, empty cells and
    empty headers '' (pandas' reader would rename an empty header 'Unnamed: 0').
    Cells the formula-safe writer neutralised ('=...) are read back as the importer reads them
    (kube_metrics.csv_aman.pulihkan), i.e. as the value the table shows."""
    pembaca = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    baris = [[pulihkan_sel(sel) for sel in b] for b in pembaca]
    return pd.DataFrame(baris[1:], columns=baris[0], dtype=str)


def _sel(v: Any) -> str:
    """One cell of a shown table as the CSV writer writes it (numbers compared after parsing)."""
    if v is None or (not isinstance(v, str) and bool(pd.isna(v))):
        return ""
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d") if v == v.normalize() else str(v)
    return str(v)


def sama_dengan_tabel(csv: pd.DataFrame, tampil: pd.DataFrame) -> None:
    """The downloaded CSV has the shown table's columns (all of them, in order) and its rows."""
    assert list(csv.columns) == [str(c) for c in tampil.columns]
    assert len(csv) == len(tampil)
    for kolom in tampil.columns:
        harap = [_sel(v) for v in tampil[kolom]]
        dapat = csv[str(kolom)].tolist()
        if harap != dapat:
            # numbers: 0.75 may be written 0.75 or 0.75000; compare as floats where both parse
            assert [_angka_atau_teks(v) for v in dapat] == [_angka_atau_teks(v) for v in harap], kolom


def _angka_atau_teks(v: str) -> Any:
    try:
        return round(float(v), 9)
    except ValueError:
        return v
