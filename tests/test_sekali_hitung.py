"""Cuts of Ringkasan and Hambatan at nasional (issue 10, session 17) compute the same figures.

- kpi_ringkasan.sql reads only the two periods' last months for the stocks (before, its join
  on `p.sampai` read every rollup row): the SQL of before (tests/fixtures/sql_sebelum) and of
  now give equal frames, values and types, on the demo database for many periods and filters.
- Hambatan computes hambatan_per_kategori_dasar once per run for the heat map and the per-group
  table (`_dasar`): every sort, page and map equals the tables computing it themselves, and
  the page computes it once on a cold run and not at all on a cached one.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from kube_metrics import hambatan, ringkasan
from kube_metrics.db import load_sql
from tests.bantu_masuk import WAKTU_UJI, buka_halaman, masuk

ROOT = Path(__file__).resolve().parents[1]
SEBELUM = ROOT / "tests" / "fixtures" / "sql_sebelum"

# the demo database runs 2023-2025; periods inside, across its start, past its end, one month
PERIODE = [
    (dt.date(2025, 1, 1), dt.date(2025, 12, 1)),
    (dt.date(2024, 12, 1), dt.date(2025, 12, 1)),
    (dt.date(2023, 1, 1), dt.date(2023, 6, 1)),
    (dt.date(2024, 6, 1), dt.date(2024, 6, 1)),
    (dt.date(2026, 1, 1), dt.date(2026, 3, 1)),
    (dt.date(2019, 1, 1), dt.date(2019, 12, 1)),
]


def _saringan(demo) -> list[dict[str, str | None]]:
    """No filter, then one value of every filter as the demo database holds it."""
    sql = "SELECT kota, kecamatan, kelurahan, jenis_usaha FROM kelompok ORDER BY kode_kube LIMIT 1"
    kota, kecamatan, kelurahan, jenis = demo.execute(sql).fetchall()[0]
    return [{}, {"kota": kota}, {"kecamatan": kecamatan}, {"kelurahan": kelurahan}, {"jenis_usaha": jenis},
            {"provinsi": ""}, {"provinsi": "Daerah Istimewa Yogyakarta"}]  # fmt: skip


def test_kpi_sama_dengan_sql_sebelumnya(demo):
    lama = (SEBELUM / "kpi_ringkasan.sql").read_text(encoding="utf-8")
    assert lama != load_sql("kpi_ringkasan")  # the reference really is the old text
    diuji = 0
    for dari, sampai in PERIODE:
        for saring in _saringan(demo):
            params = ringkasan._params(dari, sampai, ringkasan.saringan(**saring), lalu=True)
            sebelum = demo.execute(lama, params).df()
            kini = demo.execute(load_sql("kpi_ringkasan"), params).df()
            pd.testing.assert_frame_equal(kini, sebelum, check_exact=True)
            diuji += int(sebelum["kelompok_aktif"].sum() > 0)
    assert diuji >= 20  # most combinations hold groups: the comparison is not of empty frames


JAN_APR = {"dari": dt.date(2024, 1, 1), "sampai": dt.date(2024, 4, 1)}


def _sama_dengan_sendiri(con, periode, saring) -> int:
    """Every sort and a middle page of the per-group table, and the map at three cuts, over
    `_dasar` (the Arrow table and a function) equal the tables computing the rows themselves."""
    dasar = hambatan.per_kategori_dasar(con, **periode, **saring)
    panggil: list[int] = []
    fungsi = lambda: panggil.append(1) or dasar  # noqa: E731
    for urut in hambatan.URUT_PER_KATEGORI.kolom:
        for arah in ("naik", "turun"):
            for halaman in ({}, {"batas": 2, "lewati": 3}):
                cara = {"urut": urut, "arah": arah, **halaman, **periode, **saring}
                sendiri = hambatan.hambatan_per_kategori_halaman(con, **cara)
                for d in (dasar, fungsi):
                    hasil = hambatan.hambatan_per_kategori_halaman(con, **cara, _dasar=d)
                    pd.testing.assert_frame_equal(hasil, sendiri, check_exact=True)
    for maks in (1, 2, 40):
        sendiri = hambatan.peta_hambatan(con, **periode, maks=maks, **saring)
        for d in (dasar, fungsi):
            hasil = hambatan.peta_hambatan(con, **periode, maks=maks, _dasar=d, **saring)
            pd.testing.assert_frame_equal(hasil, sendiri, check_exact=True)
    assert hambatan.DASAR not in set(con.execute("SHOW TABLES").df()["name"])  # not left behind
    assert len(panggil) > 0
    return dasar.num_rows


def test_hambatan_dasar_sekali_sama_dengan_dihitung_sendiri(con_kecil):
    # 7 rows of tests/fixtures/kecil, Jan-Apr 2024 (tests/test_tabel_sql.py PER_KATEGORI)
    assert _sama_dengan_sendiri(con_kecil, JAN_APR, {}) == 7
    assert _sama_dengan_sendiri(con_kecil, JAN_APR, {"kecamatan": "Tegalrejo"}) > 0


def test_hambatan_dasar_sekali_di_demo(demo):
    saring = _saringan(demo)
    for dari, sampai in PERIODE[:3]:
        for s in (saring[0], saring[2], saring[4]):
            _sama_dengan_sendiri(demo, {"dari": dari, "sampai": sampai}, s)
    assert _sama_dengan_sendiri(demo, {"dari": PERIODE[0][0], "sampai": PERIODE[0][1]}, {}) > 100


@pytest.fixture
def salinan(demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    monkeypatch.setenv("KUBE_DB", str(path))
    monkeypatch.chdir(ROOT)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield path
    st.cache_data.clear()
    st.cache_resource.clear()


def test_halaman_hambatan_menghitung_dasar_sekali(salinan, monkeypatch):
    panggilan: list[dict] = []
    asli = hambatan.per_kategori_dasar
    monkeypatch.setattr(
        hambatan, "per_kategori_dasar", lambda con, **kw: panggilan.append(kw) or asli(con, **kw)
    )
    at = masuk(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=WAKTU_UJI), "admin")
    buka_halaman(at, "pages/hambatan.py")
    assert not at.exception, [e.value for e in at.exception]
    assert len(panggilan) == 1  # the map and the table: one computation of their rows
    assert at.get("plotly_chart") and len(at.dataframe) >= 2
    at.run()
    assert len(panggilan) == 1  # a cached run computes nothing
    at.selectbox(key="saring_jenis_usaha").set_value("kuliner").run()
    assert not at.exception, [e.value for e in at.exception]
    assert [p["jenis_usaha"] for p in panggilan] == [None, "kuliner"]  # a new filter: once more


# Presentasi imports fpdf2 and python-pptx only when a file is asked for, and the card's drawing
# module only when the card is (issue 10: ~0.5 + ~0.1 s CPU on every first visit of the page). A
# fresh process, as a server's first visit is: after a run of the page none is loaded; after a
# click on "Buat PDF" fpdf is and the PDF is offered; after "Bagikan kartu" the card module is and
# the card is offered.
_ANAK = """
import sys
from streamlit.testing.v1 import AppTest
from kube_metrics.laporan import gambar
from tests.bantu_masuk import WAKTU_UJI, buka_halaman, masuk
gambar.png_semua = lambda figs, **kw: [None for _ in figs]  # no browser to draw the charts
at = masuk(AppTest.from_file("dashboard.py", default_timeout=WAKTU_UJI), "admin")
buka_halaman(at, "pages/presentasi.py")
assert not at.exception, [e.value for e in at.exception]
KARTU = "kube_metrics.laporan.kartu"
print("setelah_kunjungan", "fpdf" in sys.modules, "pptx" in sys.modules, KARTU in sys.modules)
at.button(key="buat_pdf").click().run()
assert not at.exception, [e.value for e in at.exception]
print("setelah_klik", "fpdf" in sys.modules, len(at.get("download_button")))
at.button(key="bagikan_kartu").click().run()
assert not at.exception, [e.value for e in at.exception]
print("setelah_kartu", KARTU in sys.modules, len(at.get("download_button")))
"""


def test_presentasi_memuat_pdf_pptx_saat_diminta(salinan):
    import os
    import subprocess
    import sys

    hasil = subprocess.run(
        [sys.executable, "-c", _ANAK], cwd=ROOT, env=os.environ | {"KUBE_DB": str(salinan)},
        capture_output=True, text=True, timeout=WAKTU_UJI,
    )  # fmt: skip
    assert hasil.returncode == 0, hasil.stderr[-2000:]
    baris = [b for b in hasil.stdout.splitlines() if b.startswith("setelah_")]
    assert baris == ["setelah_kunjungan False False False", "setelah_klik True 1", "setelah_kartu True 2"]
