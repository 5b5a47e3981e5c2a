"""Big tables a page at a time (issue 10, ui/halaman_tabel.py): the first rows on screen, more
on request, and a CSV of every row made only when the button is clicked."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import streamlit as st
from streamlit.elements.widgets import button as st_button
from streamlit.testing.v1 import AppTest

from tests.bantu_masuk import masuk
from ui import halaman_tabel

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def app(demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    path = tmp_path / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    monkeypatch.setenv("KUBE_DB", str(path))
    monkeypatch.setattr(halaman_tabel, "PER_HALAMAN", 5)
    berkas: dict[str, Any] = {}
    asli = st_button.marshall_file

    def tangkap(coordinates: str, data: Any, proto: Any, mimetype: Any, file_name: Any = None, **kw: Any):
        berkas[str(file_name)] = data
        return asli(coordinates, data, proto, mimetype, file_name, **kw)

    monkeypatch.setattr(st_button, "marshall_file", tangkap)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield berkas
    st.cache_data.clear()
    st.cache_resource.clear()


def test_liga_lima_baris_lalu_lagi_dan_csv_lengkap(app: dict[str, Any]) -> None:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params.update({"dari": "2025-01", "sampai": "2025-12"})
    masuk(at, "admin").run()
    assert not at.exception
    liga = at.dataframe[-1].value
    assert len(liga) == 5
    assert any("Menampilkan 5 dari" in c.value for c in at.caption)
    # the CSV is not made while the page runs: the button holds a function, called on click
    unduh = app["liga_kelompok.csv"]
    assert callable(unduh)
    csv = pd.read_csv(io.BytesIO(unduh()), encoding="utf-8-sig")
    assert len(csv) > 5 and csv["Kode"].head(5).tolist() == liga["Kode"].tolist()
    assert "TGR-002" in set(csv["Kode"])
    at.button(key="lagi_liga_kelompok").click().run()
    liga10 = at.dataframe[-1].value
    assert len(liga10) == 10 and liga10["Kode"].tolist() == csv["Kode"].head(10).tolist()
    # the warnings: the text is written for the rows shown, and for every row of the CSV
    peringatan = pd.read_csv(io.BytesIO(app["peringatan_dini.csv"]()), encoding="utf-8-sig")
    assert peringatan["Keterangan"].notna().all() and len(peringatan) > 5
    tampil = [d.value for d in at.dataframe if "Keterangan" in d.value.columns][0]
    assert len(tampil) == 5 and tampil["Keterangan"].tolist() == peringatan["Keterangan"].head(5).tolist()


def test_halaman_hanya_menerima_satu_halaman_dan_urutan_pilihan(
    app: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kube_metrics import tabel_sql

    diterima: list[tuple[str, int | None, int]] = []
    asli = tabel_sql.halaman

    def catat(con: Any, nama: str, params: Any, urutan: Any, **cara: Any) -> pd.DataFrame:
        hasil = asli(con, nama, params, urutan, **cara)
        diterima.append((nama, cara["batas"], len(hasil)))
        return hasil

    monkeypatch.setattr(tabel_sql, "halaman", catat)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params.update({"dari": "2025-01", "sampai": "2025-12"})
    masuk(at, "admin").run()
    assert not at.exception
    # every table of the page asked SQL for one page (5 rows here) and got no more
    assert {n for n, _, _ in diterima} >= {"liga_kelompok", "perlu_perhatian", "peringatan_halaman"}
    assert all(batas == 5 and n <= 5 for _, batas, n in diterima), diterima
    # sort the league table by group code, descending: the first five codes of the CSV, reversed
    semua = pd.read_csv(io.BytesIO(app["liga_kelompok.csv"]()), encoding="utf-8-sig")
    kode = sorted(semua["Kode"], reverse=True)
    at.selectbox(key="urut_liga_kelompok_id").set_value("kode_kube").run()
    at.segmented_control(key="arah_liga_kelompok_id").set_value("turun").run()
    assert not at.exception
    assert at.dataframe[-1].value["Kode"].tolist() == kode[:5]
    # the CSV now follows the chosen order, every row, built from SQL on click
    csv = pd.read_csv(io.BytesIO(app["liga_kelompok.csv"]()), encoding="utf-8-sig")
    assert csv["Kode"].tolist() == kode and len(csv) == len(semua)
    assert all(batas in (5, None) for _, batas, _ in diterima)
    assert all(n <= 5 for _, batas, n in diterima if batas == 5)
