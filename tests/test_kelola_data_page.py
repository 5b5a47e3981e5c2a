"""AppTest of the Kelola Data page: upload, check, error table, save, history, export, quality."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from kube_metrics import db
from tests.bantu_browser import CHROMIUM, CHROMIUM_ARGS, butuh_chromium, masuk_browser, server_streamlit
from tests.bantu_masuk import SANDI_UJI, WAKTU_UJI, masuk, pastikan_akun
from tests.impor_bantu import FIXTURE_IMPOR, impor_fixture

ROOT = Path(__file__).resolve().parents[1]
KEU_APRIL = b"kode_kube,bulan,omzet,biaya,modal\nTGR-002,2024-04,2300000,1200000,23300000\n"
KEU_SALAH = b"kode_kube,bulan,omzet,biaya,modal\nTGR-002,2024-13,-5,1200000,23300000\n"


@pytest.fixture
def db_fixture(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "kube.duckdb"
    con = db.open_database(path)
    impor_fixture(con)
    con.close()
    yield path
    st.cache_resource.clear()  # the app's instance holds the file open


def _jalankan(path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("KUBE_DB", str(path))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "tests" / "kelola_data_app.py"), default_timeout=WAKTU_UJI)
    masuk(at, "admin").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _tabel(at: AppTest, kolom: str):  # type: ignore[no-untyped-def]
    """The first table with this column (AppTest does not expose keys of read-only tables)."""
    return next(d.value for d in at.dataframe if kolom in d.value.columns)


def _baca(path: Path, sql: str) -> list[tuple]:
    st.cache_resource.clear()  # release the app's instance before opening the file here
    con = db.open_database(path, read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_page_without_upload(db_fixture: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _jalankan(db_fixture, monkeypatch)
    assert at.title[0].value == "Kelola Data"
    assert [t.label for t in at.tabs] == ["Impor", "Riwayat impor", "Ekspor", "Kualitas data"]
    riwayat = _tabel(at, "Baris per jenis")
    assert list(riwayat["Hasil"]) == ["berhasil"] and "kehadiran 15" in riwayat["Baris per jenis"].iloc[0]
    assert not [b for b in at.button if b.key == "impor_simpan"]
    # The quality grid: 2 groups, months of the default period; omzet and member tables empty.
    assert [d.value.shape[0] for d in at.dataframe][1:] == [2, 0, 0]
    kisi = at.dataframe[1].value
    assert sorted(kisi["profil"]) == ["/profil_kelompok?kube=GDN-001", "/profil_kelompok?kube=TGR-002"]


def test_bad_upload_shows_every_error_and_cannot_be_saved(db_fixture: Path, monkeypatch) -> None:
    at = _jalankan(db_fixture, monkeypatch)
    at.file_uploader[0].set_value([("keuangan.csv", KEU_SALAH, "text/csv")]).run()
    assert not at.exception, [e.value for e in at.exception]
    galat = _tabel(at, "Alasan")
    # bulan '2024-13' and omzet '-5', both on sheet row 2.
    assert sorted(zip(galat["Kolom"], galat["Baris"], strict=True)) == [("bulan", 2), ("omzet", 2)]
    assert "2 galat" in at.error[0].value
    assert at.button(key="impor_simpan").disabled
    assert _baca(db_fixture, "SELECT hasil FROM riwayat_impor ORDER BY id") == [("berhasil",), ("ditolak",)]


def test_good_upload_saved_and_dashboard_data_updated(db_fixture: Path, monkeypatch) -> None:
    at = _jalankan(db_fixture, monkeypatch)
    kelompok = (FIXTURE_IMPOR / "kelompok.csv").read_bytes()
    at.file_uploader[0].set_value(
        [("keuangan.csv", KEU_APRIL, "text/csv"), ("kelompok.csv", kelompok, "text/csv")]
    )
    at.run()
    jumlah = _tabel(at, "Jenis data")
    assert list(zip(jumlah["Jenis data"], jumlah["Baris"], strict=True)) == [
        ("Kelompok", 2),
        ("Keuangan bulanan", 1),
    ]
    tombol = at.button(key="impor_simpan")
    assert not tombol.disabled
    tombol.click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Impor berhasil: 3 baris" in s.value for s in at.success)
    assert _baca(db_fixture, "SELECT omzet FROM keuangan WHERE bulan = '2024-04-01'") == [(2300000,)]
    assert _baca(
        db_fixture, "SELECT ada_laporan FROM rollup_bulanan WHERE kode_kube='TGR-002' AND bulan='2024-04-01'"
    ) == [(True,)]


def test_empty_database_to_full_through_the_page(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "kosong.duckdb"
    db.open_database(path).close()
    try:
        at = _jalankan(path, monkeypatch)
        berkas = [(f.name, f.read_bytes(), "text/csv") for f in sorted(FIXTURE_IMPOR.glob("*.csv"))]
        at.file_uploader[0].set_value(berkas).run()
        at.button(key="impor_simpan").click().run()
        assert any("Impor berhasil: 49 baris" in s.value for s in at.success)
        # 2 + 11 + 4 + 4 + 15 + 3 + 3 + 2 + 2 + 3 = 49 rows; the rollups cover both groups.
        assert _baca(path, "SELECT count(DISTINCT kode_kube) FROM rollup_bulanan") == [(2,)]
        assert _baca(path, "SELECT nilai FROM info_basis_data WHERE kunci = 'sumber'") == [("impor",)]
    finally:
        st.cache_resource.clear()


# --- in a real browser ----------------------------------------------------------------------


@pytest.fixture
def server_kosong(tmp_path: Path) -> Iterator[tuple[str, Path, subprocess.Popen[bytes]]]:
    """`streamlit run tests/kelola_data_app.py` (the page alone) on an empty database."""
    butuh_chromium()
    path = tmp_path / "kube.duckdb"
    db.open_database(path).close()
    pastikan_akun(path, "admin")
    with server_streamlit("tests/kelola_data_app.py", path, tmp_path / "streamlit.log") as (url, proses):
        yield url, path, proses


@pytest.mark.browser
def test_upload_in_the_browser(server_kosong: tuple[str, Path, subprocess.Popen[bytes]]) -> None:
    from playwright.sync_api import sync_playwright

    url, path, proses = server_kosong
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = chromium.new_page(viewport={"width": 1400, "height": 1000})
        masuk_browser(page, url, "admin", SANDI_UJI)
        page.locator('input[type="file"]').set_input_files(
            sorted(str(f) for f in FIXTURE_IMPOR.glob("*.csv"))
        )
        page.get_by_text("Semua berkas lolos pemeriksaan").wait_for(timeout=60_000)
        page.get_by_role("button", name="Simpan ke basis data").click()
        page.get_by_text("Impor berhasil: 49 baris disimpan.").wait_for(timeout=60_000)
        assert page.locator('[data-testid="stException"]').count() == 0
        chromium.close()
    proses.terminate()  # the server holds the database file; stop it to look inside
    proses.wait(timeout=20)
    con = db.open_database(path, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM kehadiran").fetchone() == (15,)
        assert con.execute("SELECT hasil, sumber FROM riwayat_impor").fetchall() == [("berhasil", "halaman")]
    finally:
        con.close()
