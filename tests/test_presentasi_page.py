"""The Presentasi page: AppTest and a real Chromium step through every slide in both languages,
and nothing on screen names a member or another group."""

from __future__ import annotations

import html
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest
from test_narasi import nama_terlarang

from kube_metrics import db, i18n
from kube_metrics.laporan.slide import URUTAN
from tests.bantu_browser import CHROMIUM, CHROMIUM_ARGS, butuh_chromium, masuk_browser, server_streamlit
from tests.bantu_grafik import teks_grafik
from tests.bantu_masuk import masuk

ROOT = Path(__file__).resolve().parents[1]
HALAMAN = ROOT / "pages" / "presentasi.py"
JUDUL = {lang: [i18n.teks(f"slide.{k}", lang) for k in URUTAN] for lang in i18n.BAHASA}
# A one-page entry script like dashboard.py (shared parts from ui/halaman.py, st.navigation), so
# these tests do not depend on where the page sits in dashboard.py's navigation.
APLIKASI = f"""
import streamlit as st
from ui import halaman

halaman.konfigurasi()
pilihan = st.navigation([st.Page({str(HALAMAN)!r}, title="Presentasi", default=True)])
with halaman.kerangka(pilihan) as siap:
    if siap:
        pilihan.run()
"""


@pytest.fixture(scope="module")
def aplikasi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("aplikasi_presentasi") / "aplikasi.py"
    path.write_text(APLIKASI, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def salinan_demo(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    # a copy: the app keeps its database instance open (st.cache_resource) for the whole process
    path = tmp_path_factory.mktemp("demo_presentasi") / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    yield path
    st.cache_resource.clear()


@pytest.fixture(scope="module")
def terlarang(demo_db_path: Path) -> list[str]:
    con = db.open_database(demo_db_path, read_only=True)
    try:
        return nama_terlarang(con, "TGR-002")
    finally:
        con.close()


def _jalankan(
    aplikasi: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str | None = None
) -> AppTest:
    monkeypatch.setenv("KUBE_DB", str(db_path))
    monkeypatch.chdir(ROOT)
    # tamu: the role that shows this page in a public meeting (member names never on screen)
    at = masuk(AppTest.from_file(str(aplikasi), default_timeout=120), "tamu")
    if lang:
        at.query_params["lang"] = lang
    at.run()
    _tanpa_galat(at)
    return at


def _tanpa_galat(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def _layar(at: AppTest) -> str:
    """Every text of the main area (the sidebar is hidden while presenting)."""
    bagian = [m.value for m in at.main.markdown] + [c.value for c in at.main.caption]
    bagian += [t.value for t in at.main.title] + [f"{m.label} {m.value}" for m in at.main.metric]
    return html.unescape("\n".join(bagian))


def _judul_slide(at: AppTest) -> str:
    return html.unescape(next(m.value for m in at.main.markdown if 'class="slide-judul"' in m.value))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_melangkah_melalui_setiap_slide(aplikasi, salinan_demo, terlarang, monkeypatch, lang):
    at = _jalankan(aplikasi, salinan_demo, monkeypatch, lang if lang != "id" else None)
    assert at.title[0].value == i18n.teks("presentasi.judul_halaman", lang)
    at.button(key="mulai").click().run()
    _tanpa_galat(at)
    assert "KUBE Sejahtera 2" in _judul_slide(at)  # the cover names the focal group
    assert at.button(key="sebelumnya").disabled
    dilihat: list[str] = []
    teks_grafik_semua: list[str] = []
    for judul in JUDUL[lang]:
        at.button(key="berikutnya").click().run()
        _tanpa_galat(at)
        assert judul in _judul_slide(at)
        layar = _layar(at)
        assert [n for n in terlarang if n.casefold() in layar.casefold()] == []
        # the text drawn inside the slide's charts (peer labels sit on the ranking chart)
        grafik = "\n".join(teks_grafik(json.loads(g.proto.spec)) for g in at.get("plotly_chart"))
        assert [n for n in terlarang if n.casefold() in grafik.casefold()] == [], judul
        teks_grafik_semua.append(grafik)
        dilihat.append(judul)
    assert dilihat == JUDUL[lang]
    # the scan saw the anonymised peers: the ranking chart labels them KUBE A, KUBE B, ...
    semua = "\n".join(teks_grafik_semua)
    assert "KUBE A" in semua and "KUBE Sejahtera 2" in semua
    assert at.button(key="berikutnya").disabled  # the last slide
    assert i18n.teks("presentasi.posisi", lang, ke=8, dari=8) in _layar(at)
    at.button(key="sebelumnya").click().run()
    assert JUDUL[lang][-2] in _judul_slide(at)
    at.button(key="keluar").click().run()
    assert at.title[0].value == i18n.teks("presentasi.judul_halaman", lang)


def test_ganti_bahasa_disimpan_di_url(aplikasi, salinan_demo, monkeypatch):
    at = _jalankan(aplikasi, salinan_demo, monkeypatch)
    assert "lang" not in at.query_params  # Bahasa Indonesia is the default, left out of the URL
    at.button_group(key="bahasa").set_value("en").run()
    _tanpa_galat(at)
    assert at.query_params["lang"] == ["en"] or at.query_params["lang"] == "en"
    assert at.title[0].value == "Presentation"
    assert any("The story of KUBE Sejahtera 2" in m.value for m in at.main.markdown)


# --- the real browser ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(aplikasi: Path, demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    butuh_chromium()
    salinan = tmp_path_factory.mktemp("browser_presentasi") / "kube.duckdb"
    shutil.copy(demo_db_path, salinan)
    with server_streamlit(aplikasi, salinan, salinan.parent / "streamlit.log") as (url, _):
        yield url


def _selesai(page: Any) -> None:
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
    page.wait_for_timeout(300)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_browser_panah_kanan_melalui_setiap_slide(server, terlarang, lang):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        galat: list[str] = []
        page.on("pageerror", lambda e: galat.append(str(e)))
        masuk_browser(page, f"{server}/?kube=TGR-002&lang={lang}", "tamu")
        page.wait_for_selector("h1", timeout=60_000)
        _selesai(page)
        page.get_by_role("button", name=i18n.teks("presentasi.tombol_mulai", lang)).click()
        page.wait_for_selector(".slide-judul", timeout=60_000)
        _selesai(page)
        # The presenting CSS hides the sidebar; on a loaded machine that can land a moment later.
        expect(page.locator('section[data-testid="stSidebar"]')).to_be_hidden(timeout=20_000)
        for judul in JUDUL[lang]:
            page.locator(".slide-judul").click()  # focus the slide, not a widget
            page.keyboard.press("ArrowRight")
            page.wait_for_function(
                "t => document.querySelector('.slide-judul')?.innerText.includes(t)",
                arg=judul,
                timeout=60_000,
            )
            _selesai(page)
            teks = page.inner_text("body")
            assert [n for n in terlarang if n.casefold() in teks.casefold()] == []
        page.keyboard.press("ArrowLeft")
        page.wait_for_function(
            "t => document.querySelector('.slide-judul')?.innerText.includes(t)",
            arg=JUDUL[lang][-2],
            timeout=60_000,
        )
        assert page.locator('[data-testid="stException"]').count() == 0
        assert galat == []
        browser.close()


# Whether the slide fits the screen: the document and Streamlit's scrolling main area do not
# scroll, every visible element of the slide ends inside the slide (which ends inside the
# window: its overflow is hidden, so a cut element would otherwise go unnoticed), and no figure
# label is cut with an ellipsis.
UKUR_SLIDE = """() => {
  const tinggi = window.innerHeight, main = document.querySelector('[data-testid="stMain"]');
  const slide = document.querySelector('.st-key-slide');
  if (!slide) return null;  // between two runs the slide is being redrawn: measure again
  const batas = Math.min(tinggi, slide.parentElement.getBoundingClientRect().bottom);
  const keluar = [...slide.querySelectorAll('*')].filter(e => {
    const r = e.getBoundingClientRect();
    return r.height > 0 && r.width > 0 && r.bottom > batas + 1 && !e.closest('.js-plotly-plot');
  }).map(e => e.tagName + ':' + (e.innerText || '').slice(0, 40));
  const grafik = [...slide.querySelectorAll('.js-plotly-plot')].filter(
    e => e.getBoundingClientRect().bottom > batas + 1).length;
  const terpotong = [...slide.querySelectorAll('[data-testid="stMetricLabel"] p')].filter(
    e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText);
  return {gulir_dokumen: document.documentElement.scrollHeight - tinggi,
          gulir_main: main.scrollHeight - main.clientHeight, keluar, grafik, terpotong,
          tinggi_grafik: [...slide.querySelectorAll('.js-plotly-plot')].map(
            e => Math.round(e.getBoundingClientRect().height))};
}"""


def _ukur_slide(page: Any) -> dict[str, Any]:
    """UKUR_SLIDE once the slide is on the page: on a loaded machine a late rerun can redraw it
    just as it is measured (CI once read a null slide); a slide that never appears fails."""
    for _ in range(5):
        page.wait_for_selector(".st-key-slide", timeout=60_000)
        ukuran = page.evaluate(UKUR_SLIDE)
        if ukuran is not None:
            return dict(ukuran)
        _selesai(page)
    raise AssertionError("the slide kept disappearing while it was measured")


@pytest.mark.browser
@pytest.mark.parametrize("ukuran", [(1366, 768), (1920, 1080)])
def test_browser_setiap_slide_muat_di_layar(server, ukuran):
    """Issue 11: at 1366x768 (a projector) and 1920x1080 every slide, the cover included, fits
    the window with no scrolling; the charts take the height left (at least 200 px)."""
    from playwright.sync_api import sync_playwright

    lebar, tinggi = ukuran
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": lebar, "height": tinggi})
        masuk_browser(page, f"{server}/?kube=TGR-002&dari=2025-01&sampai=2025-12", "tamu")
        page.wait_for_selector("h1", timeout=60_000)
        _selesai(page)
        page.get_by_role("button", name=i18n.teks("presentasi.tombol_mulai", "id")).click()
        hasil = {}
        for ke, judul in enumerate(["KUBE Sejahtera 2", *JUDUL["id"]]):
            if ke:
                page.locator(".slide-judul").click()
                page.keyboard.press("ArrowRight")
            page.wait_for_function(
                "t => document.querySelector('.slide-judul')?.innerText.includes(t)",
                arg=judul,
                timeout=60_000,
            )
            _selesai(page)
            page.wait_for_timeout(700)  # Plotly sizes itself to its box after the run
            hasil[judul] = _ukur_slide(page)
        browser.close()
    for judul, m in hasil.items():
        assert m["gulir_dokumen"] <= 0 and m["gulir_main"] <= 1, (judul, m)
        assert m["keluar"] == [] and m["grafik"] == 0 and m["terpotong"] == [], (judul, m)
        assert all(t >= 200 for t in m["tinggi_grafik"]), (judul, m)
    assert len(hasil[JUDUL["id"][2]]["tinggi_grafik"]) == 2  # attendance: trend and ranking
