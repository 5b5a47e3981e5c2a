"""The Bagikan kartu share sheet in a real Chromium with phone emulation (issue 11): 390x844,
touch, a phone's user agent, and navigator.share / navigator.canShare stubbed by an init script
(no real phone was available; Chromium on Linux has no share sheet of its own).

Three browsers' worth of behaviour: a share sheet that takes the file (the button hands over a
PNG File of the card: its name, type image/png, 1080x1350 when decoded), one that refuses it
(the same PNG is downloaded instead; a user who closes the sheet gets nothing more), and none at
all (no share button; the Unduh kartu button downloads the PNG)."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.bantu_browser import chromium, masuk_browser, server_demo

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser_bagikan")]

PONSEL_UA = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Mobile Safari/537.36"
)
NAMA = "kartu_TGR-002_2025-12_id.png"  # the focal demo group, the period's last month
# mode: 'terima' (the sheet takes the file), 'tolak' (NotAllowedError), 'batal' (the user closes
# the sheet: AbortError), 'tanpa' (no Web Share API at all)
STUB = """(mode) => {
  window.__dibagikan = [];
  if (mode === 'tanpa') {
    delete Navigator.prototype.share; delete Navigator.prototype.canShare;
    return;
  }
  Object.defineProperty(Navigator.prototype, 'canShare', {configurable: true, value: (d) =>
    !!(d && Array.isArray(d.files) && d.files.length && d.files.every(f => f instanceof File))});
  Object.defineProperty(Navigator.prototype, 'share', {configurable: true, value: async (d) => {
    const f = d.files[0], isi = new Uint8Array(await f.arrayBuffer());
    let biner = ''; for (const b of isi) biner += String.fromCharCode(b);
    window.__dibagikan.push({name: f.name, type: f.type, size: f.size, title: d.title, b64: btoa(biner)});
    if (mode === 'tolak') throw new DOMException('no target', 'NotAllowedError');
    if (mode === 'batal') throw new DOMException('closed', 'AbortError');
  }});
}"""


@pytest.fixture(scope="module")
def server(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with server_demo(demo_db_path, tmp_path_factory.mktemp("bagikan")) as url:
        yield url


@pytest.fixture(scope="module")
def peramban(server: str) -> Iterator[Any]:
    with chromium() as browser:
        yield browser


def _kartu_di_ponsel(peramban: Any, url: str, mode: str, halaman: str = "profil_kelompok") -> tuple[Any, Any]:
    """A phone context with the stub, signed in, on the page, Bagikan kartu pressed."""
    konteks = peramban.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
        device_scale_factor=3, user_agent=PONSEL_UA, accept_downloads=True,
    )  # fmt: skip
    konteks.add_init_script(script=f"({STUB})({mode!r})")
    page = konteks.new_page()
    masuk_browser(page, f"{url}/{halaman}")
    page.get_by_role("button", name="Bagikan kartu").click()
    page.get_by_role("button", name="Unduh kartu (PNG)").wait_for(timeout=90_000)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
    return konteks, page


def _png(isi: bytes) -> tuple[int, int]:
    gambar = Image.open(io.BytesIO(isi))
    assert gambar.format == "PNG"
    return gambar.size


def _tombol_bagikan(page: Any) -> Any:
    return page.locator('button[id^="bagikan-kartu"]')


def test_lembar_bagi_menerima_berkas_png_kartu(peramban: Any, server: str) -> None:
    konteks, page = _kartu_di_ponsel(peramban, server, "terima")
    try:
        assert page.evaluate("navigator.userAgent").endswith("Mobile Safari/537.36")
        tombol = _tombol_bagikan(page)
        tombol.wait_for(state="visible", timeout=30_000)  # shown because canShare takes files
        assert tombol.inner_text() == "Bagikan…"
        tombol.tap()  # a touch, as on the phone
        page.wait_for_function("window.__dibagikan.length === 1", timeout=30_000)
        (dibagi,) = page.evaluate("window.__dibagikan")
        isi = base64.b64decode(dibagi["b64"])
        assert (dibagi["name"], dibagi["type"], dibagi["size"]) == (NAMA, "image/png", len(isi))
        assert dibagi["title"] == "Bagikan kartu"
        assert _png(isi) == (1080, 1350)
    finally:
        konteks.close()


def test_lembar_bagi_menolak_berkas_diunduh(peramban: Any, server: str, tmp_path: Path) -> None:
    konteks, page = _kartu_di_ponsel(peramban, server, "tolak")
    try:
        tombol = _tombol_bagikan(page)
        tombol.wait_for(state="visible", timeout=30_000)
        with page.expect_download(timeout=30_000) as unduhan:
            tombol.tap()
        berkas = unduhan.value
        assert berkas.suggested_filename == NAMA
        simpan = tmp_path / NAMA
        berkas.save_as(simpan)
        assert _png(simpan.read_bytes()) == (1080, 1350)
        (dibagi,) = page.evaluate("window.__dibagikan")  # share was tried first
        assert base64.b64decode(dibagi["b64"]) == simpan.read_bytes()
    finally:
        konteks.close()


def test_lembar_bagi_ditutup_pengguna_tanpa_unduhan(peramban: Any, server: str) -> None:
    konteks, page = _kartu_di_ponsel(peramban, server, "batal")
    try:
        unduhan: list[Any] = []
        page.on("download", lambda d: unduhan.append(d))
        tombol = _tombol_bagikan(page)
        tombol.wait_for(state="visible", timeout=30_000)
        tombol.tap()
        page.wait_for_function("window.__dibagikan.length === 1", timeout=30_000)
        page.wait_for_timeout(1500)
        assert unduhan == []
    finally:
        konteks.close()


@pytest.mark.parametrize("halaman", ["profil_kelompok", "presentasi"])
def test_tanpa_web_share_tombol_unduh(peramban: Any, server: str, tmp_path: Path, halaman: str) -> None:
    konteks, page = _kartu_di_ponsel(peramban, server, "tanpa", halaman)
    try:
        assert page.evaluate("typeof navigator.share") == "undefined"
        assert _tombol_bagikan(page).count() == 1 and not _tombol_bagikan(page).is_visible()
        with page.expect_download(timeout=30_000) as unduhan:
            page.get_by_role("button", name="Unduh kartu (PNG)").tap()
        berkas = unduhan.value
        assert berkas.suggested_filename.startswith("kartu_TGR-002_") and berkas.suggested_filename.endswith(
            "_id.png"
        )
        berkas.save_as(tmp_path / "kartu.png")
        assert _png((tmp_path / "kartu.png").read_bytes()) == (1080, 1350)
    finally:
        konteks.close()
