"""Issue 9 §6: the first page of a freshly started server is never blank.

Streamlit's very first run of a fresh server, opened at a page URL, takes its old pages-folder
path (ui/halaman.py). Each round starts a new server and opens a deep link first; the page must
finish with its title and content, not stay empty. 20 rounds (KALI_AWAL=N for more)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.bantu_browser import CHROMIUM, CHROMIUM_ARGS, butuh_chromium, masuk_browser, server_streamlit

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]

KALI = int(os.environ.get("KALI_AWAL", "20"))
# deep links, in turn; each with its title (h1) and a piece of text further down the page
TAUTAN = [
    ("bandingkan?kube=TGR-002", "Bandingkan"),
    ("profil_kelompok", "Profil Kelompok"),
    ("hambatan", "Hambatan"),
    ("kemandirian?lang=en", "Independence"),
    ("modal_sosial", "Modal Sosial"),
]


def _buka_pertama(url: str) -> tuple[str, int, str]:
    """The deep link is the server's first visit: its first run draws the sign-in form (or, if
    that run were lost, nothing), then the page itself after signing in."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        br = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = br.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(60_000)  # a fresh server on a loaded machine is slow, not blank
            masuk_browser(page, url)
            page.wait_for_selector('[data-testid="stMain"] h1', timeout=60_000)
            page.wait_for_timeout(500)
            judul = page.locator('[data-testid="stMain"] h1').first.inner_text()
            isi = page.locator('[data-testid="stMain"] [data-testid="stElementContainer"]').count()
            galat = page.locator('[data-testid="stException"]').count()
            return judul, isi, f"{galat} exception"
        finally:
            br.close()


@pytest.mark.parametrize("ke", range(KALI))
def test_halaman_pertama_server_baru_tidak_kosong(
    ke: int, demo_db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    butuh_chromium()
    jalur, judul = TAUTAN[ke % len(TAUTAN)]
    salinan = tmp_path / "kube.duckdb"
    shutil.copy(demo_db_path, salinan)
    with server_streamlit("dashboard.py", salinan, tmp_path / "streamlit.log") as (url, _):
        tampil, isi, galat = _buka_pertama(f"{url}/{jalur}")
    assert tampil.startswith(judul), (jalur, tampil)
    assert isi >= 5, (jalur, isi)  # title, filters' captions, charts...: a drawn page
    assert galat == "0 exception"
