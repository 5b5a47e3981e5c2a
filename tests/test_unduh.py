"""Every download button of every page, read back: what the user saves is what the page shows.

Tables: the **Unduh CSV** file has exactly the shown table's columns (the last one too) and
rows. Profil Kelompok: the WhatsApp card PNG. Kelola Data: the templates, the export (imported
again into an empty database) and the error report. Presentasi: the PDF and PowerPoint files
made on request (their chart images are stand-ins here; tests/test_laporan.py renders real ones).
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PIL import Image
from pptx import Presentation
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest
from test_laporan import teks_pdf, teks_pptx
from test_narasi import nama_terlarang

from kube_metrics import db
from kube_metrics.impor import Berkas, periksa
from kube_metrics.impor.kolom import JENIS, URUTAN
from kube_metrics.laporan import gambar
from tests.bantu_unduh import Unduhan, baca_csv, fixture_unduhan, sama_dengan_tabel  # noqa: F401
from tests.impor_bantu import HARI_INI
from tests.test_app import _bersihkan_cache, _buka, _halaman_terdaftar
from tests.test_kelola_data_page import KEU_SALAH, _jalankan, db_fixture  # noqa: F401

# dashboard pages whose tables each carry an Unduh CSV button (layout.tabel), and how many tables
# each shows for Sejahtera 2 in 2025 (Ringkasan: watch list, warnings, league; Hambatan: the two
# obstacle tables; Modal Sosial: breakdown and peers; Kemandirian: five)
HALAMAN_TABEL = {
    "pages/ringkasan.py": 3,
    "pages/profil_kelompok.py": 1,
    "pages/bandingkan.py": 1,
    "pages/hambatan.py": 2,
    "pages/modal_sosial.py": 2,
    "pages/kemandirian.py": 5,
}


@pytest.fixture(scope="module")
def salinan_demo(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("unduh") / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    return path


@pytest.fixture
def demo_app(salinan_demo: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KUBE_DB", str(salinan_demo))
    _bersihkan_cache()
    yield salinan_demo
    _bersihkan_cache()


def _mode_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """A button press survives only in the mode a running server is in (tests/test_app.py: jalur
    'navigasi'); AppTest's first-run pages-folder mode reruns the script and loses it."""
    asli = PagesManager.__init__

    def init(self: PagesManager, *args: Any, **kwargs: Any) -> None:
        asli(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)


def _tombol_csv(at: AppTest, unduhan: Unduhan) -> list[Any]:
    return [b for b in at.get("download_button") if (unduhan.nama_berkas(b) or "").endswith(".csv")]


# every page of dashboard.py; Presentasi and Kelola Data have their own tests below
HALAMAN_LAIN = ["pages/presentasi.py", "pages/kelola_data.py"]


@pytest.mark.parametrize("halaman", [h for h in _halaman_terdaftar() if h not in HALAMAN_LAIN])
def test_unduh_csv_sama_dengan_tabel(demo_app: Path, unduhan: Unduhan, halaman: str) -> None:
    at = _buka(halaman, {"dari": "2025-01", "sampai": "2025-12"})
    assert not at.exception, [e.value for e in at.exception]
    tabel, tombol = list(at.dataframe), _tombol_csv(at, unduhan)
    # layout.tabel puts each table's button right under it: the n-th button is the n-th table's
    assert len(tombol) == len(tabel) == HALAMAN_TABEL.get(halaman, 0), halaman
    for t, b in zip(tabel, tombol, strict=True):
        sama_dengan_tabel(baca_csv(unduhan.bytes(b)), t.value)


def test_unduh_liga_isi_baris_sejahtera_2(demo_app: Path, unduhan: Unduhan) -> None:
    at = _buka("pages/ringkasan.py", {"dari": "2025-01", "sampai": "2025-12"})
    tombol = {unduhan.nama_berkas(b): b for b in _tombol_csv(at, unduhan)}
    assert set(tombol) == {"perlu_perhatian.csv", "peringatan_dini.csv", "liga_kelompok.csv"}
    liga = baca_csv(unduhan.bytes(tombol["liga_kelompok.csv"]))
    # every demo group alive in 2025 (40 minus the dissolved ones) and the raw numbers, not text
    baris = liga[liga["Kode"] == "TGR-002"]
    assert len(baris) == 1 and baris["Kelompok"].iloc[0] == "KUBE Sejahtera 2"
    assert "%" not in ",".join(liga.iloc[:, 1:].astype(str).agg(",".join, axis=1))
    assert "Rp" not in ",".join(liga.astype(str).agg(",".join, axis=1))


def test_unduh_presentasi_pdf_dan_pptx(demo_app: Path, unduhan: Unduhan, monkeypatch, demo_db_path) -> None:
    monkeypatch.setattr(gambar, "png_semua", lambda figs, **kw: [None for _ in figs])
    _mode_server(monkeypatch)
    at = _buka("pages/presentasi.py", {"dari": "2025-01", "sampai": "2025-12"})
    assert not at.exception, [e.value for e in at.exception]
    assert at.get("download_button") == []  # the files are made on request, then offered
    at.button(key="buat_pdf").click().run()
    at.button(key="buat_pptx").click().run()
    assert not at.exception, [e.value for e in at.exception]
    tombol = {unduhan.nama_berkas(b): b for b in at.get("download_button")}
    nama = "presentasi_TGR-002_2025-01_2025-12_id"
    assert set(tombol) == {f"{nama}.pdf", f"{nama}.pptx"}
    pdf, pptx = unduhan.bytes(tombol[f"{nama}.pdf"]), unduhan.bytes(tombol[f"{nama}.pptx"])
    con = db.open_database(demo_db_path, read_only=True)
    try:
        terlarang = nama_terlarang(con, "TGR-002")
    finally:
        con.close()
    for teks in (teks_pdf(pdf), teks_pptx(pptx)):
        assert "KUBE Sejahtera 2" in teks and "Periode: Januari 2025 – Desember 2025" in teks
        assert [n for n in terlarang if n.casefold() in teks.casefold()] == []
    assert len(Presentation(io.BytesIO(pptx)).slides) == 8  # cover + 7 slides, as on screen


def test_unduh_kartu_profil(demo_app: Path, unduhan: Unduhan, monkeypatch) -> None:
    _mode_server(monkeypatch)
    at = _buka("pages/profil_kelompok.py", {"dari": "2025-01", "sampai": "2025-12", "kube": "TGR-002"})
    at.button(key="bagikan_kartu").click().run()
    assert not at.exception, [e.value for e in at.exception]
    (tombol,) = [b for b in at.get("download_button") if (unduhan.nama_berkas(b) or "").endswith(".png")]
    # the card of the period's last month, in Indonesian: 1080 x 1350 (WhatsApp's 4:5)
    assert unduhan.nama_berkas(tombol) == "kartu_TGR-002_2025-12_id.png"
    with Image.open(io.BytesIO(unduhan.bytes(tombol))) as kartu:
        assert (kartu.format, kartu.size) == ("PNG", (1080, 1350))
        assert len(kartu.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 50  # drawn, not blank


# --- Kelola Data ---------------------------------------------------------------------------


def test_unduh_templat(db_fixture: Path, monkeypatch, unduhan: Unduhan) -> None:  # noqa: F811
    at = _jalankan(db_fixture, monkeypatch)
    tombol = {unduhan.nama_berkas(b): b for b in at.get("download_button")}
    with zipfile.ZipFile(io.BytesIO(unduhan.bytes(tombol["templat_pantau_kube_csv.zip"]))) as z:
        assert sorted(z.namelist()) == sorted(f"{j}.csv" for j in URUTAN)
        for jenis in URUTAN:
            kepala = z.read(f"{jenis}.csv").decode("utf-8-sig").splitlines()[0]
            assert kepala.split(",") == [k.nama for k in JENIS[jenis].kolom], jenis
    buku = load_workbook(io.BytesIO(unduhan.bytes(tombol["templat_pantau_kube.xlsx"])), read_only=True)
    assert set(URUTAN) <= set(buku.sheetnames)


def test_unduh_ekspor_bisa_diimpor_lagi(db_fixture: Path, monkeypatch, unduhan: Unduhan, tmp_path) -> None:  # noqa: F811
    at = _jalankan(db_fixture, monkeypatch)
    at.button(key="ekspor_siapkan").click().run(timeout=240)  # builds the zip and the workbook
    assert not at.exception, [e.value for e in at.exception]
    tombol = {unduhan.nama_berkas(b): b for b in at.get("download_button")}
    with zipfile.ZipFile(io.BytesIO(unduhan.bytes(tombol["pantau_kube_csv.zip"]))) as z:
        berkas = [Berkas(n, z.read(n)) for n in sorted(z.namelist())]
    kelompok = next(b.isi for b in berkas if b.nama == "kelompok.csv")
    assert isinstance(kelompok, bytes)
    baris = kelompok.decode("utf-8-sig").splitlines()[1:]
    assert sorted(b.split(",")[0] for b in baris) == ["GDN-001", "TGR-002"]
    kosong = db.open_database(tmp_path / "lagi.duckdb")
    try:
        hasil = periksa(kosong, berkas, hari_ini=HARI_INI)
        assert hasil.galat == []
        # the 49 rows of tests/fixtures/impor: 2 + 11 + 4 + 4 + 15 + 3 + 3 + 2 + 2 + 3
        assert sum(hasil.jumlah_baris().values()) == 49
    finally:
        kosong.close()


def test_unduh_laporan_galat(db_fixture: Path, monkeypatch, unduhan: Unduhan) -> None:  # noqa: F811
    at = _jalankan(db_fixture, monkeypatch)
    at.file_uploader[0].set_value([("keuangan.csv", KEU_SALAH, "text/csv")]).run()
    galat = next(d.value for d in at.dataframe if "Alasan" in d.value.columns)
    (tombol,) = [b for b in at.get("download_button") if unduhan.nama_berkas(b) == "galat_impor.csv"]
    csv = baca_csv(unduhan.bytes(tombol))
    sama_dengan_tabel(csv, galat)
    assert sorted(zip(csv["Kolom"], csv["Baris"], strict=True)) == [("bulan", "2"), ("omzet", "2")]
