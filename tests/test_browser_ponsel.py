"""Every page on a phone (390x844, touch) in a real Chromium (issue 11): nothing reaches past
the right edge except inside an element that scrolls by itself (a table), no Plotly toolbar
over the chart titles, the Hambatan heat map replaced by a list, status words beside colours.

One `streamlit run` server and one browser for the module (CI has 2 cores)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_browser import _jalur_terdaftar

from tests.bantu_browser import CHROMIUM, CHROMIUM_ARGS, butuh_chromium, masuk_browser, server_streamlit

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser_ponsel")]

# The page scrolls sideways when an element ends past the window's right edge, unless an
# ancestor inside the page scrolls sideways itself (a dataframe's own scroll bar).
UKUR = """() => {
  const lebar = window.innerWidth, main = document.querySelector('[data-testid="stMain"]');
  const gulir = e => { for (let a = e.parentElement; a && a !== main; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if ((o === 'auto' || o === 'scroll') && a.scrollWidth > a.clientWidth) return true; }
    return false; };
  const keluar = [...main.querySelectorAll('*')].filter(e => { const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.right > lebar + 1 && !gulir(e)
        && getComputedStyle(e).visibility !== 'hidden'; })
    .map(e => (e.getAttribute('data-testid') || e.tagName) + ': ' + (e.textContent || '').slice(0, 40)
      + ' @' + Math.round(e.getBoundingClientRect().right));
  return {dokumen: document.documentElement.scrollWidth - lebar, main: main.scrollWidth - main.clientWidth,
          keluar: keluar.slice(0, 8), grafik: document.querySelectorAll('.js-plotly-plot').length,
          label_terpotong: [...main.querySelectorAll('[data-testid="stMetricLabel"] p')].filter(
            e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText),
          toolbar: [...document.querySelectorAll('.modebar-container')].filter(
            e => getComputedStyle(e).display !== 'none').length,
          tik_tersembunyi: [...main.querySelectorAll('.xtick text')].filter(
            e => getComputedStyle(e).display === 'none').map(e => e.textContent),
          petunjuk_terpotong: [...main.querySelectorAll(
              '[data-testid="stFileUploaderDropzoneInstructions"] span')].filter(
            e => e.scrollWidth > e.clientWidth + 1).length,
          tertutup: [...main.querySelectorAll('[data-testid="stElementToolbar"]')].flatMap(t => {
            const r = t.getBoundingClientRect(), milik = t.closest('[data-testid="stElementContainer"]');
            if (r.height === 0 || getComputedStyle(t).opacity === '0') return [];
            return [...main.querySelectorAll('h1, h2, h3, p')].filter(e => !milik.contains(e)).filter(e => {
              const teks = document.createRange();  // the text itself, not the heading's padding
              teks.selectNodeContents(e);
              const q = teks.getBoundingClientRect();
              return q.height > 0 && q.bottom > r.top + 1 && q.top < r.bottom - 1
                && q.right > r.left && q.left < r.right;
            }).map(e => e.innerText.slice(0, 40)); })};
}"""


@pytest.fixture(scope="module")
def server(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    butuh_chromium()
    salinan = tmp_path_factory.mktemp("ponsel") / "kube.duckdb"
    shutil.copy(demo_db_path, salinan)
    with server_streamlit("dashboard.py", salinan, salinan.parent / "streamlit.log") as (url, _):
        yield url


@pytest.fixture(scope="module")
def peramban(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def ponsel(peramban: Any) -> Any:
    return peramban.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)


def _buka(ponsel: Any, url: str) -> Any:
    page = ponsel.new_page()
    masuk_browser(page, url, "admin")  # every browser page is a new session: sign in first
    page.wait_for_selector("h1", timeout=90_000)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=90_000)
    page.wait_for_timeout(2000)  # Plotly draws after the run ends
    return page


def _ukur_tetap(page: Any) -> dict[str, Any]:
    """The measures once the layout has settled (Plotly resizes to its box after drawing; on a
    loaded machine that comes late): two readings 0.7 s apart that agree."""
    lalu = page.evaluate(UKUR)
    for _ in range(15):
        page.wait_for_timeout(700)
        kini = page.evaluate(UKUR)
        if kini == lalu:
            return kini
        lalu = kini
    return lalu


@pytest.mark.parametrize("jalur", _jalur_terdaftar())
def test_halaman_tidak_bergulir_ke_samping(ponsel: Any, server: str, jalur: str) -> None:
    page = _buka(ponsel, f"{server}/{jalur}?kube=TGR-002&dari=2025-01&sampai=2025-12")
    try:
        m = _ukur_tetap(page)
        assert m["dokumen"] <= 0 and m["main"] <= 0, m
        assert m["keluar"] == [], m
        assert m["label_terpotong"] == [], m  # KPI labels wrap instead of ending in '…'
        assert m["toolbar"] == 0, m  # no Plotly toolbar on a touch screen
        assert m["tertutup"] == [], m  # no table toolbar over a heading or text (issue 11)
        assert m["tik_tersembunyi"] == [], m  # every month label shown, the last one too
        assert m["petunjuk_terpotong"] == 0, m  # the uploader's hint wraps, not cut at its end
        if jalur == "hambatan":  # the list instead of the heat map
            assert page.locator(".st-key-hanya_lebar_peta").is_hidden()
            assert (
                page.locator(".st-key-hanya_ponsel_peta")
                .get_by_text("Hambatan baru per kelompok")
                .is_visible()
            )
        if jalur == "kelola_data":  # the uploader's English texts replaced in Indonesian
            petunjuk = page.evaluate(
                """() => getComputedStyle(document.querySelector(
                     '[data-testid="stFileUploaderDropzoneInstructions"] span'), '::after').content"""
            )
            # the drag hint and OUR import limit (not the uploader's larger bound)
            assert petunjuk == '"atau seret berkas ke sini; paling besar 50 MB per berkas (CSV, XLSX)"'
        if jalur == "":  # Ringkasan: the status word beside each colour
            assert page.get_by_text("perlu tindakan").count() >= 1
    finally:
        page.close()


def test_salin_tautan_dan_bulan_ini(peramban: Any, server: str) -> None:
    """Salin tautan puts the address of the current view on the clipboard; the month preset
    narrows the period to one month (the demo data ends before this month: its last month)."""
    ctx = peramban.new_context(viewport={"width": 1400, "height": 1000})
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = ctx.new_page()
    try:
        masuk_browser(page, f"{server}/bandingkan?kube=TGR-002&dari=2025-01&sampai=2025-06", "admin")
        sidebar = page.locator('[data-testid="stSidebar"]')
        sidebar.get_by_role("button", name="Salin tautan").click()
        sidebar.get_by_text("Tautan tampilan ini sudah disalin.").wait_for(timeout=10_000)
        tautan = page.evaluate("navigator.clipboard.readText()")
        assert "/bandingkan?" in tautan and "kube=TGR-002" in tautan and "dari=2025-01" in tautan
        page.locator(".st-key-bulan_ini button").click()  # "Bulan ini" or "Bulan terakhir (…)"
        page.wait_for_function(
            """() => { const q = new URLSearchParams(location.search);
                       return q.get('dari') === q.get('sampai') && q.get('dari') !== '2025-01'; }""",
            timeout=60_000,
        )
    finally:
        ctx.close()
