"""The Catat page in a real Chromium at phone size (390x844): record a meeting for KUBE Sejahtera 2
by tapping, then see its attendance on Profil Kelompok. SCREENSHOT=1 also refreshes the pictures
of docs/entry.md. Skips without /usr/bin/chromium unless CI=true."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.bantu_browser import chromium, masuk_browser, server_demo
from tests.bantu_masuk import SANDI_UJI, pastikan_akun

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

ROOT = Path(__file__).resolve().parent.parent
PONSEL = {"width": 390, "height": 844}
SIAP = '[data-testid="stApp"][data-test-script-state="notRunning"]'


# The first saved entry makes the demo database demo + real data, which the published demo
# passwords no longer open (kube_metrics/sandi_umum.py): sign in as an office admin instead.
PETUGAS = "petugas"


@pytest.fixture(scope="module")
def server(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("catat_browser")
    asal = folder / "asal.duckdb"
    shutil.copy(demo_db_path, asal)
    pastikan_akun(asal, "admin", nama=PETUGAS)
    with server_demo(asal, folder) as url:
        yield url


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    with chromium() as peramban:
        yield peramban


def _tunggu(page: Any) -> None:
    page.wait_for_timeout(300)
    page.wait_for_selector(SIAP, timeout=60_000)


def _buka(browser: Any, url: str) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport=PONSEL, is_mobile=True, has_touch=True)
    galat: list[str] = []
    page.on("pageerror", lambda e: galat.append(f"pageerror: {e}"))
    masuk_browser(page, url, PETUGAS, SANDI_UJI)  # a new browser page is a new session: sign in first
    page.wait_for_selector("h1", timeout=60_000)
    _tunggu(page)
    return page, galat


def _gambar(page: Any, nama: str) -> None:
    """The whole page as a phone shows it when scrolled (Streamlit scrolls inside stMain, so the
    window is made as tall as the content for the picture, then put back)."""
    if os.environ.get("SCREENSHOT") != "1":
        return
    tinggi = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": PONSEL["width"], "height": int(tinggi)})
    page.wait_for_timeout(800)
    page.screenshot(path=str(ROOT / "docs" / nama), full_page=True)
    page.set_viewport_size(PONSEL)
    page.wait_for_timeout(300)


def _kelas(kunci: str) -> str:
    """Streamlit's CSS class for a keyed element (dots become dashes)."""
    return ".st-key-" + kunci.replace(".", "-")


def test_record_a_meeting_by_phone_and_see_it_on_profil(browser: Any, server: str) -> None:
    page, galat = _buka(browser, f"{server}/catat?kube=TGR-002")
    try:
        assert page.locator("h1").first.inner_text().startswith("Catat")
        p = "catat.TGR-002.pertemuan.baru"
        # The date field: type day, month, year into its segments, close the calendar, leave it.
        page.locator(_kelas(p + ".tanggal")).get_by_role("spinbutton").first.focus()
        page.keyboard.type("20122025")
        page.keyboard.press("Escape")
        page.locator("h1").first.click()
        _tunggu(page)
        page.get_by_text("9 hadir dari 9 anggota aktif pada 20 Desember 2025").wait_for(timeout=60_000)
        # One tap changes a member: A02 izin.
        tombol = page.locator(_kelas(p + ".hadir.A02")).get_by_role("radio", name="izin")
        tinggi = tombol.bounding_box()["height"]
        assert tinggi >= 48, tinggi  # a large tap target
        tombol.tap()
        _tunggu(page)
        page.get_by_text("8 hadir dari 9 anggota aktif").wait_for(timeout=60_000)
        lebar = page.evaluate("() => document.documentElement.scrollWidth")
        assert lebar <= PONSEL["width"], lebar  # nothing wider than the phone
        _gambar(page, "catat_pertemuan.png")
        page.locator(_kelas(p + ".simpan")).get_by_role("button").tap()
        _tunggu(page)
        page.get_by_text("Tersimpan: pertemuan 2025-12-20").wait_for(timeout=60_000)
        masuk_browser(page, f"{server}/profil_kelompok?kube=TGR-002", PETUGAS, SANDI_UJI)
        page.wait_for_selector("h1", timeout=60_000)
        _tunggu(page)
        page.wait_for_selector(".js-plotly-plot", timeout=60_000)
        titik = page.evaluate(
            "() => [...document.querySelectorAll('.js-plotly-plot')].flatMap(el => (el.data || [])"
            ".flatMap(tr => tr.customdata || []))"
        )
        assert "20 Desember 2025 · 8 dari 9 hadir" in titik
        assert page.locator('[data-testid="stException"]').count() == 0
        assert galat == []
    finally:
        page.close()


def test_a_refused_report_marks_its_fields_on_the_phone(browser: Any, server: str) -> None:
    page, galat = _buka(browser, f"{server}/catat?kube=TGR-002")
    try:
        page.locator(_kelas("catat.jenis")).get_by_role("radio", name="Laporan bulanan").tap()
        _tunggu(page)
        p = "catat.TGR-002.keuangan.baru"
        isian = {"bulan": "2026-01", "omzet": "1,5 juta", "biaya": "13.000.000", "modal": "900000"}
        for kolom, nilai in isian.items():
            kotak = page.locator(f"{_kelas(p + '.' + kolom)} input")
            kotak.fill(nilai)
            kotak.press("Enter")
            _tunggu(page)
        page.get_by_text("turun lebih dari separuh").wait_for(timeout=60_000)
        page.locator(_kelas(p + ".simpan")).get_by_role("button").tap()
        _tunggu(page)
        page.get_by_text("Belum disimpan: 1 isian perlu diperbaiki").wait_for(timeout=60_000)
        assert page.locator(f"{_kelas(p + '.omzet')} input").input_value() == "1,5 juta"  # kept as typed
        assert page.get_by_text("bukan '1,5 juta'").count() >= 2  # above the form and under the field
        _gambar(page, "catat_laporan_ditolak.png")
        assert galat == []
    finally:
        page.close()


def test_deleting_a_member_shows_both_choices_with_their_rows(browser: Any, server: str) -> None:
    page, galat = _buka(browser, f"{server}/catat?kube=TGR-002")
    try:
        page.locator(_kelas("catat.jenis")).get_by_role("radio", name="Koreksi / hapus").tap()
        _tunggu(page)
        k = "catat.TGR-002.koreksi"
        page.locator(_kelas(k + ".jenis")).get_by_role("radio", name="Anggota").tap()
        _tunggu(page)
        page.locator(_kelas(k + ".aksi")).get_by_role("radio", name="Hapus").tap()
        _tunggu(page)
        page.get_by_text("Simpan sebagai riwayat: anggota keluar").wait_for(timeout=60_000)
        assert page.get_by_text("baris kehadiran dihapus").count() == 1
        _gambar(page, "catat_koreksi_anggota.png")
        assert galat == []
    finally:
        page.close()
