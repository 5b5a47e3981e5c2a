"""The audit page and Kelola Data's import history narrowed to the signed-in account's area, and
a dinas account scoped by PROVINSI on the pages (AppTest; docs/access.md).

A demo copy spread over three kota of two provinsi:
  Kota Yogyakarta   DI Yogyakarta   every group except DNR-* and KTG-* (the demo `dinas` account)
  Kabupaten Sleman  DI Yogyakarta   DNR-*
  Kota Magelang     Jawa Tengah     KTG-*
and one real import per kota, each touching one group: kunjungan_yk.csv (TGR-002),
kunjungan_sl.csv (DNR-001), kunjungan_mgl.csv (KTG-001). Account dinas_diy covers the provinsi
DI Yogyakarta.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from argon2 import PasswordHasher
from streamlit.testing.v1 import AppTest

from kube_metrics import akun, db
from kube_metrics.akses import Akun
from kube_metrics.impor import Berkas, periksa, simpan
from tests.bantu_masuk import masuk
from tests.test_wilayah_app import _layar

ROOT = Path(__file__).resolve().parent.parent
IMPOR = {"yk": "TGR-002", "sl": "DNR-001", "mgl": "KTG-001"}
BERKAS = {k: f"kunjungan_{k}.csv" for k in IMPOR}


def _impor_kunjungan(con, nama: str, kode: str) -> None:
    teks = f"kode_kube,tanggal,pihak,kegiatan,catatan\n{kode},2024-06-05,pendamping,pembinaan,Uji jejak\n"
    hasil = periksa(con, [Berkas(nama, teks.encode())])
    assert hasil.galat == [], [g.alasan for g in hasil.galat]
    simpan(con, hasil, sumber="halaman", pengguna="admin")


@pytest.fixture(scope="module")
def tiga_kota(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("jejak_app") / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    con = db.open_database(path)
    try:
        con.execute("UPDATE kelompok SET provinsi = 'DI Yogyakarta'")
        con.execute("UPDATE kelompok SET kota = 'Kabupaten Sleman' WHERE kode_kube LIKE 'DNR-%'")
        magelang = "kota = 'Kota Magelang', provinsi = 'Jawa Tengah'"
        con.execute(f"UPDATE kelompok SET {magelang} WHERE kode_kube LIKE 'KTG-%'")
        for k, kode in IMPOR.items():
            _impor_kunjungan(con, BERKAS[k], kode)
        baru = Akun("dinas_diy", "dinas", provinsi=("DI Yogyakarta",))
        hash_ = akun.hash_sandi_contoh("sandi-uji-123", "dinas_diy")
        akun.tambah(con, baru, hash_=hash_, pelaku=akun.Pelaku("cli:uji", "cli"))
    finally:
        con.close()
    return path


@pytest.fixture
def app(tiga_kota: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("KUBE_DB", str(tiga_kota))
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(akun, "_HASHER", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield tiga_kota
    st.cache_data.clear()
    st.cache_resource.clear()


def _buka(nama: str, halaman: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    masuk(at, "dinas" if nama.startswith("dinas") else nama, nama=nama)
    at.run()
    if halaman != "pages/ringkasan.py":
        at.switch_page(halaman).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _tabel(at: AppTest, kolom: str) -> pd.DataFrame:
    (df,) = [d.value for d in at.dataframe if kolom in d.value.columns]
    return df


def _berkas_terlihat(teks: str) -> set[str]:
    return {k for k, b in BERKAS.items() if b in teks}


@pytest.mark.parametrize(
    ("nama", "terlihat"),
    [("admin", {"yk", "sl", "mgl"}), ("dinas", {"yk"}), ("dinas_diy", {"yk", "sl"})],
)
def test_halaman_audit_menurut_wilayah(app, nama: str, terlihat: set[str]) -> None:
    at = _buka(nama, "pages/audit.py")
    tabel = _tabel(at, "Rincian")
    impor = tabel[tabel["Aksi"] == "import"]
    assert _berkas_terlihat(" ".join(impor["Rincian"])) == terlihat
    assert len(impor) == len(terlihat)  # one row per import of the area, nothing else


@pytest.mark.parametrize(
    ("nama", "terlihat"),
    [("admin", {"yk", "sl", "mgl"}), ("dinas", {"yk"}), ("dinas_diy", {"yk", "sl"})],
)
def test_riwayat_impor_kelola_data_menurut_wilayah(app, nama: str, terlihat: set[str]) -> None:
    at = _buka(nama, "pages/kelola_data.py")
    riwayat = _tabel(at, "Berkas")
    assert _berkas_terlihat(" ".join(riwayat["Berkas"])) == terlihat
    assert len(riwayat) == len(terlihat)
    assert set(riwayat["Akun"]) == {"admin"}


def test_dinas_provinsi_melihat_semua_kota_provinsinya_saja(app) -> None:
    at = _buka("dinas_diy", "pages/ringkasan.py")
    layar = _layar(at)
    kota = {o for s in at.sidebar.selectbox for o in s.options if str(o).startswith(("Kota ", "Kabupaten "))}
    assert kota == {"Kota Yogyakarta", "Kabupaten Sleman"}
    provinsi = [s for s in at.sidebar.selectbox if "DI Yogyakarta" in map(str, s.options)]
    assert provinsi and all("Jawa Tengah" not in map(str, s.options) for s in at.sidebar.selectbox)
    assert "Kabupaten Sleman" in layar and "Kota Yogyakarta" in layar
    bocor = [n for n in _nama_kelompok(app, "KTG-%") if n in layar]
    assert bocor == [] and "KTG-0" not in layar and "Kota Magelang" not in layar


def _nama_kelompok(path: Path, pola: str) -> set[str]:
    con = db.open_database(path)  # the same in-process instance the app holds
    try:
        return {
            r[0]
            for r in con.execute("SELECT nama FROM kelompok WHERE kode_kube LIKE $p", {"p": pola}).fetchall()
        }
    finally:
        con.close()
