"""The league table's sort in a real Chromium (issue 10 part B): pick "Kode kelompok" and
"Turun" on Ringkasan, and the Unduh CSV, built from SQL on Streamlit's download thread when
clicked, holds every row in that order."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from tests.bantu_browser import chromium, masuk_browser, server_demo

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

SELESAI = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def _unduh(page, key: str) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    with page.expect_download(timeout=120_000) as unduhan:
        page.locator(f".st-key-unduh_{key} button").click()
    isi = Path(unduhan.value.path()).read_bytes()
    return pd.read_csv(io.BytesIO(isi), encoding="utf-8-sig")


def test_urut_liga_menurut_kode_turun_dan_csv_mengikuti(demo_db_path: Path, tmp_path: Path) -> None:
    with server_demo(demo_db_path, tmp_path) as url, chromium() as peramban:
        page = peramban.new_page(viewport={"width": 1400, "height": 1000})
        masuk_browser(page, f"{url}/?dari=2025-01&sampai=2025-12", "admin")
        awal = _unduh(page, "liga_kelompok")
        assert len(awal) > 5
        page.locator(".st-key-urut_liga_kelompok_id").click()
        page.get_by_role("option", name="Kode kelompok").click()
        page.wait_for_selector(SELESAI, timeout=60_000)
        page.locator(".st-key-arah_liga_kelompok_id").get_by_text("Turun", exact=False).click()
        page.wait_for_timeout(500)
        page.wait_for_selector(SELESAI, timeout=60_000)
        urut = _unduh(page, "liga_kelompok")
        assert urut["Kode"].tolist() == sorted(awal["Kode"], reverse=True)
        assert sorted(urut["Kode"]) == sorted(awal["Kode"])  # every row, not one page
