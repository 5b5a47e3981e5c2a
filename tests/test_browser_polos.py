"""Issue 9 §1 in a real Chromium: on a database whose every name, place and note is hostile
markup, the rendered pages hold no <strong>/<em> made from it, no KaTeX, no image or link from
the data, and Plotly draws no bold/italic/link from it (tests/bantu_jahat.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.bantu_browser import CHROMIUM, CHROMIUM_ARGS, butuh_chromium, masuk_browser, server_streamlit
from tests.bantu_jahat import db_jahat

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

HALAMAN = ["profil_kelompok", "bandingkan", "modal_sosial", "kemandirian", "presentasi", "hambatan", ""]
# Everything in the page that markup from the data would have made.
_PERIKSA = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const teks = (sel) => [...main.querySelectorAll(sel)].map(e => e.textContent);
  return {
    tebal: teks('strong, b, em, i').filter(t => /tebal|miring|klik/.test(t)),
    katex: main.querySelectorAll('.katex, .katex-display, math').length,
    gambar: [...document.querySelectorAll('img')].map(i => i.src).filter(s => s.includes('127.0.0.1:9')),
    tautan: [...document.querySelectorAll('a')].map(a => a.href).filter(h => h.includes('example.org')),
    svg_tebal: [...main.querySelectorAll('svg tspan')].filter(t =>
        /bold|italic/.test(t.getAttribute('style') || '') && /tebal|miring/.test(t.textContent)).length,
    nama_tampil: main.textContent.includes("Baris**tebal**"),
    cuplikan: (main.textContent.match(/.{0,30}tebal.{0,120}/) || [""])[0],
  };
}"""


@pytest.fixture(scope="module")
def server(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    butuh_chromium()
    path = db_jahat(demo_db_path, tmp_path_factory.mktemp("jahat_browser") / "kube.duckdb")
    with server_streamlit("dashboard.py", path, path.parent / "streamlit.log") as (url, _):
        yield url


@pytest.fixture(scope="module")
def halaman(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        br = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = br.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(60_000)
        yield page
        br.close()


@pytest.mark.parametrize("jalur", HALAMAN)
def test_data_jahat_tampil_sebagai_teks(halaman: Any, server: str, jalur: str) -> None:
    masuk_browser(halaman, f"{server}/{jalur}?kube=TGR-002")  # each visit is a new session
    halaman.wait_for_timeout(2000)  # Plotly draws after the run
    hasil = halaman.evaluate(_PERIKSA)
    assert hasil["tebal"] == [] and hasil["katex"] == 0, hasil
    assert hasil["gambar"] == [] and hasil["tautan"] == [], hasil
    assert hasil["svg_tebal"] == 0, hasil
    if jalur in ("profil_kelompok", "bandingkan", "modal_sosial", "kemandirian", "presentasi"):
        assert hasil["nama_tampil"], hasil["cuplikan"]
