"""Issue 9 §7: a file over the upload limit, in Chromium (files built on the fly, sparse).

Streamlit's uploader refuses a file over its own bound in its frontend, in English («File must
be 100.0MB or smaller.»), with no public way to translate it. So its bound (server.maxUploadSize,
impor.BATAS_UNGGAH_MB) is twice our import limit (impor.BATAS_MB): a file between the two is
uploaded and refused by the importer in Bahasa Indonesia, naming the file, its size and the
limit; only a larger one meets the English message, which the caption beside the uploader
quotes and explains."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kube_metrics.impor import BATAS_MB, BATAS_UNGGAH_MB
from tests.bantu_browser import chromium, masuk_browser, server_demo

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

_CHIP = '[data-testid="stFileUploader"] [data-testid="stFileChip"]'


@pytest.fixture(scope="module")
def app(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    """A server on a copy of the demo data and one Chromium, for this module's two uploads."""
    with server_demo(demo_db_path, tmp_path_factory.mktemp("unggah")) as url, chromium() as peramban:
        yield url, peramban


def _berkas_jarang(path: Path, mb: float) -> Path:
    """A CSV with a template header and then holes: `mb` MiB on the file system, no disk used."""
    with path.open("wb") as f:
        f.write(b"kode_kube,nama\n")
        f.truncate(int(mb * 1024 * 1024))
    return path


def _unggah(app: tuple[str, Any], berkas: Path) -> Any:
    url, peramban = app
    page = peramban.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(90_000)
    masuk_browser(page, f"{url}/kelola_data")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(berkas))
    page.locator(_CHIP).first.wait_for()
    return page


def test_berkas_di_atas_batas_impor_ditolak_dalam_bahasa_indonesia(
    app: tuple[str, Any], tmp_path: Path
) -> None:
    berkas = _berkas_jarang(tmp_path / "kelompok.csv", BATAS_MB + 1)
    page = _unggah(app, berkas)
    try:
        # uploaded (no error on the chip), then refused by OUR check with one error
        page.get_by_text("1 galat").wait_for()
        assert page.locator(f"{_CHIP}[aria-invalid='true']").count() == 0
        assert "File must be" not in page.locator('[data-testid="stFileUploader"]').inner_text()
        with page.expect_download() as unduhan:
            page.get_by_role("button", name="Unduh daftar galat").click()
        isi = Path(unduhan.value.path()).read_text(encoding="utf-8-sig")
        baris = list(csv.DictReader(io.StringIO(isi)))
        assert len(baris) == 1, baris
        teks = " ".join(baris[0].values())
        assert "kelompok.csv" in teks, baris
        assert f"berkas terlalu besar (51,0 MB; paling besar {BATAS_MB} MB)" in teks, baris
        assert page.get_by_role("button", name="Simpan").is_disabled()
    finally:
        page.close()


def test_berkas_di_atas_batas_unggah_dijelaskan_di_samping(app: tuple[str, Any], tmp_path: Path) -> None:
    """Over the uploader's own bound the English message stays (Streamlit's frontend writes it);
    the caption beside the uploader names our limit, says what to do and quotes that message."""
    berkas = _berkas_jarang(tmp_path / "kelompok.csv", BATAS_UNGGAH_MB + 1)
    page = _unggah(app, berkas)
    try:
        chip = page.locator(f"{_CHIP}[aria-invalid='true']")
        chip.wait_for()
        inggris = f"File must be {BATAS_UNGGAH_MB}.0MB or smaller."
        assert (
            page.locator('[data-testid="stFileUploader"] [role="alert"]').inner_text() == f"Error: {inggris}"
        )
        keterangan = page.locator('[data-testid="stCaptionContainer"]').filter(has_text="pecah menjadi")
        teks = keterangan.inner_text()
        assert f"Paling besar {BATAS_MB} MB per berkas" in teks, teks
        assert f"«{inggris[:-1]}»" in teks, teks  # the caption quotes Streamlit's words exactly
        page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')
        assert page.get_by_text("perbaiki berkas lalu unggah lagi").count() == 0  # never imported
    finally:
        page.close()
