"""The sign-in gate in AppTest: nothing before sign-in, the form, lockout, Keluar, idle timeout,
and what each role's sidebar and refused pages say."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from argon2 import PasswordHasher
from streamlit.testing.v1 import AppTest

from kube_metrics import akun, audit, db
from kube_metrics.impor.batas import BATAS_UNGGAH_MB
from tests.bantu_masuk import WAKTU_UJI, buka_halaman, masuk, pastikan_akun
from ui import sesi

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def demo_app(demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private copy of the demo database for the app, clean caches, cheap argon2 parameters
    (the demo hashes are rehashed on the first sign-in; 1.3 s each with the real ones)."""
    path = tmp_path / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    monkeypatch.setenv("KUBE_DB", str(path))
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(akun, "_HASHER", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield path
    st.cache_data.clear()
    st.cache_resource.clear()


def _app(lang: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=WAKTU_UJI)
    if lang:
        at.query_params["lang"] = lang
    return at


def _isi(at: AppTest, nama: str, sandi: str) -> AppTest:
    at.text_input(key="masuk_nama").input(nama)
    at.text_input(key="masuk_sandi").input(sandi)
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _semua_teks(at: AppTest) -> str:
    bagian: list[str] = []
    for jenis in ("title", "header", "subheader", "markdown", "caption", "text", "info", "warning", "error"):
        bagian += [str(e.value) for e in at.get(jenis)]
    for df in at.dataframe:
        bagian.append(df.value.to_csv())
    return "\n".join(bagian)


def _audit(path: Path) -> list[dict[str, Any]]:
    con = db.open_database(path)
    try:
        return list(reversed(audit.sebagai_json(audit.daftar(con))))
    finally:
        con.close()


def test_sebelum_masuk_hanya_layar_masuk(demo_app: Path) -> None:
    at = _app().run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Masuk ke Pantau KUBE"]
    assert [w.label for w in at.text_input] == ["Nama pengguna", "Kata sandi"]
    assert [b.label for b in at.button] == ["Masuk"]
    teks = _semua_teks(at)
    assert "KUBE Sejahtera" not in teks and "TGR-" not in teks and "Tegalrejo" not in teks
    assert not at.get("plotly_chart") and not at.sidebar.selectbox and not at.get("metric")
    # the demo accounts, one per role, are listed while the data is demo data
    (akun_contoh,) = [d.value for d in at.dataframe]
    assert akun_contoh["Nama pengguna"].tolist() == ["admin", "dinas", "pendamping", "tamu"]
    assert akun_contoh["Kata sandi"].tolist() == ["admin-demo", "dinas-demo", "pendamping-demo", "tamu-demo"]
    # a page URL shows the same screen, not the page
    at.switch_page("pages/kelola_data.py").run()
    assert [t.value for t in at.title] == ["Masuk ke Pantau KUBE"] and not at.get("file_uploader")


def test_layar_masuk_bahasa_inggris(demo_app: Path) -> None:
    at = _app("en").run()
    assert [w.label for w in at.text_input] == ["Username", "Password"]
    assert [b.label for b in at.button] == ["Sign in"]
    _isi(at, "dinas", "salah-sandi")
    assert [e.value for e in at.error] == ["Wrong username or password."]


@pytest.mark.parametrize(
    ("nama", "peran", "wilayah"),
    [
        ("admin", "admin", "seluruh data"),
        ("dinas", "Dinas Sosial", "Kota Yogyakarta"),
        ("pendamping", "pendamping", "12 kelompok sendiri"),
        ("tamu", "tamu", "seluruh data"),
    ],
)
def test_masuk_setiap_peran_lewat_formulir(demo_app: Path, nama: str, peran: str, wilayah: str) -> None:
    at = _isi(_app().run(), nama, f"{nama}-demo")
    assert [t.value for t in at.title] == ["Ringkasan"]
    assert [e.value for e in at.sidebar.text] == [
        f"Masuk sebagai: {nama}",
        f"Peran: {peran}",
        f"Wilayah: {wilayah}",
    ]
    assert at.sidebar.button(key="akses_keluar").label == "Keluar"
    assert _audit(demo_app)[-1]["aksi"] == "login" and _audit(demo_app)[-1]["pengguna"] == nama


def test_sandi_salah_lalu_terkunci(demo_app: Path) -> None:
    at = _app().run()
    for _ in range(4):
        _isi(at, "dinas", "bukan-sandinya")
        assert [e.value for e in at.error] == ["Nama pengguna atau kata sandi salah."]
    _isi(at, "dinas", "bukan-sandinya")
    (pesan,) = [e.value for e in at.error]
    assert pesan.startswith("Akun ini dikunci karena lima kali salah kata sandi") and "15 menit" in pesan
    _isi(at, "dinas", "dinas-demo")  # the right password, but locked
    assert at.error[0].value.startswith("Akun ini dikunci") and at.title[0].value == "Masuk ke Pantau KUBE"
    aksi = [b["aksi"] for b in _audit(demo_app)]
    assert aksi == ["login_failed"] * 5 + ["user_locked", "login_failed"]


def test_isian_kosong(demo_app: Path) -> None:
    at = _isi(_app().run(), "", "")
    assert [e.value for e in at.error] == ["Isi nama pengguna dan kata sandi."]
    assert _audit(demo_app) == []


def test_keluar_dan_batas_diam(demo_app: Path) -> None:
    at = masuk(_app(), "admin").run()
    assert at.title[0].value == "Ringkasan"
    at.sidebar.button(key="akses_keluar").click().run()
    assert [t.value for t in at.title] == ["Masuk ke Pantau KUBE"] and not at.sidebar.selectbox
    masuk(at, "admin").run()
    assert at.title[0].value == "Ringkasan"
    at.session_state[sesi.KUNCI_TERAKHIR] = time.time() - sesi.BATAS_DIAM - 1  # 8 hours and a second
    at.run()
    assert at.title[0].value == "Masuk ke Pantau KUBE"
    assert [w.value for w in at.warning] == [
        "Sesi Anda berakhir karena 8 jam tidak ada kegiatan. Silakan masuk lagi."
    ]


def test_akun_dinonaktifkan_di_tengah_sesi(demo_app: Path) -> None:
    at = masuk(_app(), "dinas").run()
    assert at.title[0].value == "Ringkasan"
    con = db.open_database(demo_app)  # the same in-process instance the app holds
    akun.nonaktifkan(con, "dinas", pelaku=akun.Pelaku("cli:uji", "cli"))
    con.close()
    at.run()
    assert at.title[0].value == "Masuk ke Pantau KUBE"
    assert "tidak lagi aktif" in at.warning[0].value


@pytest.mark.parametrize("halaman", ["pages/kelola_data.py"])
def test_tamu_tanpa_unggah_dan_pesan_jelas(demo_app: Path, halaman: str) -> None:
    at = buka_halaman(masuk(_app(), "tamu"), halaman)
    assert not at.exception
    assert [e.value for e in at.error] == [
        "Halaman ini tidak tersedia untuk peran tamu. Pilih halaman lain di menu samping."
    ]
    assert not at.get("file_uploader") and not at.title


def test_pendamping_boleh_unggah(demo_app: Path) -> None:
    at = buka_halaman(masuk(_app(), "pendamping"), "pages/kelola_data.py")
    assert not at.exception and not at.error
    assert [t.value for t in at.title] == ["Kelola Data"]
    # one uploader, the import's, several files at once; it declares no types since issue 9 §7,
    # so a wrong type reaches the importer's own message in Bahasa Indonesia (test_browser_unggah)
    (unggah,) = at.get("file_uploader")
    assert list(unggah.proto.type) == [] and unggah.proto.multiple_files
    assert unggah.proto.max_upload_size_mb == BATAS_UNGGAH_MB


def test_basis_data_nyata_tanpa_akun_menjelaskan_admin_pertama(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "kantor.duckdb"
    db.open_database(path).close()
    monkeypatch.setenv("KUBE_DB", str(path))
    st.cache_resource.clear()
    at = _app().run()
    assert [t.value for t in at.title] == ["Masuk ke Pantau KUBE"]
    assert "belum punya akun" in at.info[0].value
    assert "user add NAMA --role admin --password-stdin" in at.get("code")[0].value
    assert not at.dataframe  # no demo accounts on a real database
    pastikan_akun(path, "admin")
    at.run()
    assert not at.dataframe and not at.get("code")  # accounts exist, not demo: nothing listed
    st.cache_resource.clear()


def test_sandi_contoh_tidak_membuka_data_nyata(demo_app: Path) -> None:
    """Real data written into the demo database (the quick start's path): the published
    passwords are no longer listed and no longer open it, with the reason and what to do;
    the refusal is audited, and a new password makes the same account usable again."""
    from tests.impor_bantu import impor_fixture

    con = db.open_database(demo_app)
    try:
        impor_fixture(con)  # one real import: the database is now demo data mixed with real data
    finally:
        con.close()
    at = _app().run()
    assert not at.dataframe  # the demo accounts are no longer listed
    _isi(at, "admin", "admin-demo")
    assert [e.value for e in at.error] == [
        "Kata sandi contoh yang diumumkan tidak berlaku lagi: basis data ini sudah berisi data nyata. "
        "Admin memberi akun ini kata sandi baru di komputer server dengan "
        "`python -m kube_metrics user password NAMA --password-stdin`."
    ]
    assert [t.value for t in at.title] == ["Masuk ke Pantau KUBE"] and sesi.KUNCI_NAMA not in at.session_state
    terakhir = _audit(demo_app)[-1]
    assert (terakhir["aksi"], terakhir["pengguna"]) == ("login_failed", "admin")
    assert terakhir["rincian"] == {"alasan": "sandi_contoh_pada_data_nyata"}
    con = db.open_database(demo_app)
    try:
        akun.ganti_sandi(con, "admin", "sandi-kantor-baru-1", pelaku=akun.Pelaku("cli:uji", "cli"))
    finally:
        con.close()
    _isi(_app().run(), "admin", "sandi-kantor-baru-1")
    assert _audit(demo_app)[-1]["aksi"] == "login"
