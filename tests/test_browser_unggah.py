"""Issue 9 §7: a file over the upload limit, in Chromium (files built on the fly, sparse).

Streamlit's uploader refuses a file over its own bound in its frontend, in English («File must
be 100.0MB or smaller.»), with no public way to translate it. So its bound (server.maxUploadSize,
impor.BATAS_UNGGAH_MB) is twice our import limit (impor.BATAS_MB): a file between the two is
uploaded and refused by the importer in Bahasa Indonesia, naming the file, its size and the
limit. A larger one is refused by the uploader, whose English words CSS replaces on screen with
the catalogue's (ui/layout.py GAYA_GALAT_UNGGAH). The uploader takes every type, so a wrong one
reaches the importer's own refusal."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kube_metrics import i18n
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


def _unggah(app: tuple[str, Any], *berkas: Path, lang: str = "id") -> Any:
    url, peramban = app
    page = peramban.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(90_000)
    masuk_browser(page, f"{url}/kelola_data" + ("?lang=en" if lang == "en" else ""))
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(b) for b in berkas])
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


_ALERT = f"{_CHIP}[aria-invalid='true'] [role='alert']"


def _galat_unggah(page: Any) -> tuple[str, float, float]:
    """The refused chip's alert: its ::after text, the drawn size of its own (English) text, and
    the height of the whole alert as drawn."""
    alert = page.locator(_ALERT).first
    alert.wait_for()
    return alert.evaluate(
        """e => { const r = document.createRange(); r.selectNodeContents(e);
        const b = r.getBoundingClientRect();
        const isi = getComputedStyle(e, '::after').content;
        return [isi, b.width * b.height, e.getBoundingClientRect().height]; }"""
    )


def _isi_css(teks: str) -> str:
    return json.dumps(teks, ensure_ascii=False)  # how getComputedStyle quotes a CSS string


def test_berkas_di_atas_batas_unggah_ditolak_dalam_bahasa_indonesia(
    app: tuple[str, Any], tmp_path: Path
) -> None:
    """Over the uploader's own bound Streamlit's frontend refuses the file in English; the chip
    shows the catalogue's words instead (the English is drawn at size 0), and so does the tooltip.
    A .pdf in the same upload reaches the importer, which names it and the accepted types."""
    berkas = _berkas_jarang(tmp_path / "kelompok.csv", BATAS_UNGGAH_MB + 1)
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    page = _unggah(app, berkas, pdf)
    try:
        isi, luas_inggris, tinggi = _galat_unggah(page)
        pesan = i18n.teks("tangguh.unggah_ditolak", "id", mb=BATAS_MB, mb_unggah=BATAS_UNGGAH_MB)
        assert isi == _isi_css(pesan), isi
        assert f"paling besar {BATAS_UNGGAH_MB} MB per berkas" in pesan and "Pecah berkas" in pesan
        # Streamlit's own words are still the span's text, drawn at size 0 under ours
        inggris = f"Error: File must be {BATAS_UNGGAH_MB}.0MB or smaller."
        assert page.locator(_ALERT).first.inner_text() == inggris
        assert luas_inggris == 0 and tinggi > 30, (luas_inggris, tinggi)
        # a screen reader reads the alert with our words after Streamlit's (CSS cannot drop those)
        pohon = page.locator('[data-testid="stFileUploader"]').aria_snapshot()
        assert f'alert: "{inggris}{pesan}"' in pohon, pohon
        page.locator(f"{_CHIP}[aria-invalid='true']").first.hover()
        tip = page.locator('[data-testid="stTooltipErrorContent"]')
        tip.wait_for()
        assert tip.evaluate("e => getComputedStyle(e, '::after').content") == _isi_css(pesan)
        assert tip.evaluate("e => getComputedStyle(e).fontSize") == "0px"
        # the wrong type: uploaded, then refused by the importer with the file's name
        page.get_by_text("1 galat").wait_for()
        with page.expect_download() as unduhan:
            page.get_by_role("button", name="Unduh daftar galat").click()
        baris = list(csv.DictReader(io.StringIO(Path(unduhan.value.path()).read_text(encoding="utf-8-sig"))))
        assert len(baris) == 1, baris  # kelompok.csv never reached the importer
        assert baris[0]["Berkas"] == "laporan.pdf", baris
        assert "jenis berkas tidak didukung; gunakan .csv atau .xlsx" in " ".join(baris[0].values()), baris
        keterangan = page.locator('[data-testid="stCaptionContainer"]').filter(has_text="pecah menjadi")
        assert f"Paling besar {BATAS_MB} MB per berkas" in keterangan.inner_text()
    finally:
        page.close()


def test_berkas_di_atas_batas_unggah_dalam_bahasa_inggris_kita(app: tuple[str, Any], tmp_path: Path) -> None:
    """Under ?lang=en the chip shows the catalogue's English, not Streamlit's sentence."""
    berkas = _berkas_jarang(tmp_path / "kelompok.csv", BATAS_UNGGAH_MB + 1)
    page = _unggah(app, berkas, lang="en")
    try:
        isi, luas_inggris, tinggi = _galat_unggah(page)
        pesan = i18n.teks("tangguh.unggah_ditolak", "en", mb=BATAS_MB, mb_unggah=BATAS_UNGGAH_MB)
        assert isi == _isi_css(pesan), isi
        assert f"at most {BATAS_UNGGAH_MB} MB per file" in pesan and "File must" not in pesan
        assert luas_inggris == 0 and tinggi > 30, (luas_inggris, tinggi)
    finally:
        page.close()
