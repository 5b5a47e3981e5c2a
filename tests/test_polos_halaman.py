"""Issue 9 §1: every page, on a database whose every name, place, note and partner is hostile
markup, shows that text as plain text: no Markdown/LaTeX/emoji construct reaches Streamlit
unescaped and no <b>/<i>/<a> from data reaches Plotly (AppTest; the rendered DOM is checked in a
real browser by tests/test_browser_polos.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.bantu_jahat import MENTAH_MD, MENTAH_PLOTLY, db_jahat
from tests.bantu_masuk import WAKTU_UJI, buka_halaman, masuk

ROOT = Path(__file__).resolve().parent.parent
# pages headed by the focal group's name (the others show names in tables and charts only)
_SATU_KELOMPOK = {"pages/profil_kelompok.py", "pages/bandingkan.py", "pages/modal_sosial.py",
                  "pages/kemandirian.py", "pages/presentasi.py"}  # fmt: skip
_MARKDOWN = ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success")


def _halaman() -> list[str]:
    return re.findall(
        r'st\.Page\(\s*"(pages/[a-z_]+\.py)"', (ROOT / "dashboard.py").read_text(encoding="utf-8")
    )


@pytest.fixture(scope="module")
def path_jahat(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return db_jahat(demo_db_path, tmp_path_factory.mktemp("jahat") / "kube.duckdb")


@pytest.fixture
def app_jahat(path_jahat: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("KUBE_DB", str(path_jahat))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield path_jahat
    st.cache_data.clear()
    st.cache_resource.clear()


def _teks_markdown(at: AppTest) -> list[str]:
    """Every text Streamlit renders as Markdown: bodies, labels of metrics/expanders/tabs."""
    hasil = [str(e.value) for kind in _MARKDOWN for e in at.get(kind)]
    hasil += [str(m.label) for m in at.metric] + [str(e.label) for e in at.expander]
    hasil += [str(t.label) for t in at.tabs]
    return hasil


def _string_plotly(nilai: Any) -> Iterator[str]:
    if isinstance(nilai, str):
        yield nilai
    elif isinstance(nilai, dict):
        for v in nilai.values():
            yield from _string_plotly(v)
    elif isinstance(nilai, list):
        for v in nilai:
            yield from _string_plotly(v)


def _periksa(at: AppTest, halaman: str) -> None:
    assert not at.exception, [e.value for e in at.exception]
    markdown = _teks_markdown(at)
    if halaman in _SATU_KELOMPOK:
        assert any("tebal" in t for t in markdown), f"{halaman}: nama kelompok tidak tampil sama sekali"
    for teks in markdown:
        for mentah in MENTAH_MD:
            assert mentah not in teks, (halaman, mentah, teks[:300])
    for el in at.get("plotly_chart"):
        for teks in _string_plotly(json.loads(el.proto.spec)):
            for mentah in MENTAH_PLOTLY:
                assert mentah not in teks, (halaman, mentah, teks[:300])


@pytest.mark.parametrize("halaman", _halaman())
def test_halaman_menampilkan_data_jahat_sebagai_teks(app_jahat: Path, halaman: str) -> None:
    at = masuk(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=WAKTU_UJI), "admin")
    at.query_params["kube"] = "TGR-002"
    buka_halaman(at, halaman)
    _periksa(at, halaman)
