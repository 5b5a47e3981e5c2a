"""The dashboard in a real Chromium: every page opens without an exception box or a console error.

One `streamlit run` server per module (on a copy of the demo database, because the server opens
it read-write and holds its lock). Skips without /usr/bin/chromium unless CI=true.
SCREENSHOT=1 also saves docs/screenshot.png (the Bandingkan page) for the README.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kube_metrics import i18n
from tests.bantu_browser import CHROMIUM, CHROMIUM_ARGS, butuh_chromium, masuk_browser, server_streamlit

# One server for the module: under pytest-xdist keep these tests on one worker
# (effective with `--dist loadgroup`).
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

ROOT = Path(__file__).resolve().parent.parent
# url path -> the start of the page title (h1) it must show. Bandingkan comes first on purpose:
# the very first run of a fresh server opened at a page URL takes Streamlit's pages-folder path
# (see ui/halaman.py), and this checks that it works too.
HALAMAN = {
    "bandingkan": "Bandingkan",
    "": "Ringkasan",
    "profil_kelompok": "Profil Kelompok",
    "hambatan": "Hambatan",
}


def _jalur_terdaftar() -> list[str]:
    """URL paths of every page in dashboard.py's HALAMAN (the file name, or "" for the default)."""
    teks = (ROOT / "dashboard.py").read_text(encoding="utf-8")
    jalur = []
    for baris in re.findall(r"st\.Page\(.*", teks):  # one page per line
        nama = re.search(r'"pages/([a-z_]+)\.py"', baris)
        if nama:
            jalur.append("" if "default=True" in baris else nama.group(1))
    return jalur


@pytest.fixture(scope="module")
def server(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    butuh_chromium()
    salinan = tmp_path_factory.mktemp("browser") / "kube.duckdb"
    shutil.copy(demo_db_path, salinan)
    log = salinan.parent / "streamlit.log"
    try:
        with server_streamlit("dashboard.py", salinan, log) as (url, _):
            yield url
    finally:
        print(log.read_text(errors="replace")[-4000:])


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _buka(browser: Any, url: str) -> tuple[Any, list[str]]:
    """Open `url` in a fresh page and wait until the script run has finished."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    galat: list[str] = []
    page.on(
        "console",
        lambda m: galat.append(f"console: {m.text} @ {m.location.get('url')}") if _galat_console(m) else None,
    )
    page.on("pageerror", lambda e: galat.append(f"pageerror: {e}"))
    masuk_browser(page, url, "admin")  # every browser page is a new session: sign in first
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
    page.wait_for_timeout(1500)  # Plotly draws after the run ends; let late console errors arrive
    return page, galat


TIK_TERSEMBUNYI = """() => [...document.querySelectorAll('.xtick text, .ytick text')].filter(
  e => getComputedStyle(e).display === 'none').map(e => e.textContent)"""


def _galat_console(pesan: Any) -> bool:
    """A console error, except Streamlit's own base-path probe (below)."""
    if pesan.type != "error":
        return False
    # Opened at a page URL such as /bandingkan, Streamlit's frontend first looks for its server
    # under that path (/bandingkan/_stcore/health, /_stcore/host-config), gets a 404, then falls
    # back to the root. That probe is Streamlit's, not ours; any other 404 still fails.
    url = str(pesan.location.get("url", ""))
    probe = re.search(r"/[a-z_]+/_stcore/(health|host-config)$", url)
    return not (probe and "status of 404" in pesan.text)


@pytest.mark.parametrize("jalur", list(HALAMAN) + [j for j in _jalur_terdaftar() if j not in HALAMAN])
def test_halaman_terbuka_tanpa_galat(browser: Any, server: str, jalur: str) -> None:
    page, galat = _buka(browser, f"{server}/{jalur}")
    try:
        assert page.locator("h1").first.inner_text().startswith(HALAMAN.get(jalur, ""))
        assert page.locator('[data-testid="stException"]').count() == 0
        assert page.get_by_text("Data contoh (sintetis)").count() >= 1
        assert galat == []
        # every axis label drawn: Plotly hid the last month's when a +30° label ran past the edge
        assert page.evaluate(TIK_TERSEMBUNYI) == []
    finally:
        page.close()


def _judul_en(jalur: str) -> str:
    nama = jalur or "ringkasan"
    return i18n.teks("presentasi.judul_halaman" if nama == "presentasi" else f"nav.{nama}", "en")


@pytest.mark.parametrize("jalur", _jalur_terdaftar())
def test_halaman_terbuka_dalam_bahasa_inggris(browser: Any, server: str, jalur: str) -> None:
    """`?lang=en` opens every page in English: English title and banner, no error of any kind."""
    page, galat = _buka(browser, f"{server}/{jalur}?lang=en")
    try:
        assert page.locator("h1").first.inner_text().startswith(_judul_en(jalur))
        assert page.locator('[data-testid="stException"]').count() == 0
        assert page.get_by_text("Sample data (synthetic)").count() >= 1
        assert page.get_by_text("Data contoh (sintetis)").count() == 0
        assert "lang=en" in page.url
        assert galat == []
    finally:
        page.close()


def test_tombol_bahasa_mengganti_bahasa(browser: Any, server: str) -> None:
    """The sidebar switch turns the open page into English and writes ?lang=en into the URL."""
    page, galat = _buka(browser, f"{server}/hambatan")
    try:
        page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()
        page.get_by_role("heading", name="Obstacles").first.wait_for(timeout=60_000)
        page.wait_for_function("() => location.search.includes('lang=en')", timeout=10_000)
        assert page.get_by_text("Sample data (synthetic)").count() >= 1
        assert galat == []
    finally:
        page.close()


def test_semua_halaman_inti_terdaftar() -> None:
    assert set(HALAMAN) <= set(_jalur_terdaftar())


def test_tautan_dengan_saringan_membuka_tampilan_yang_sama(browser: Any, server: str) -> None:
    """A shared link (?kecamatan=...&kube=...) reopens the same view in a new browser page."""
    page, galat = _buka(
        browser, f"{server}/bandingkan?dari=2025-01&sampai=2025-06&kube=TGR-002&sebaya=kecamatan"
    )
    try:
        assert "KUBE Sejahtera 2" in page.locator('[data-testid="stMain"] h2').first.inner_text()
        assert "Kecamatan Tegalrejo" in page.locator('[data-testid="stMain"] h2').first.inner_text()
        assert "sebaya=kecamatan" in page.url and "dari=2025-01" in page.url
        assert galat == []
        if os.environ.get("SCREENSHOT") == "1":
            page.set_viewport_size({"width": 1400, "height": 1500})
            masuk_browser(page, f"{server}/bandingkan?dari=2025-01&sampai=2025-12&kube=TGR-002", "admin")
            page.wait_for_timeout(2500)
            page.screenshot(path=str(ROOT / "docs" / "screenshot.png"), full_page=False)
    finally:
        page.close()
