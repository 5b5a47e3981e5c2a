"""AppTest of the area hierarchy in the sidebar (issue 10): provinsi -> kota/kabupaten ->
kecamatan -> kelurahan, each list narrowed by the one above, the blank provinsi as its own
choice, and Ringkasan comparing the areas one level below the filter."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from kube_metrics import db
from tests.bantu_masuk import WAKTU_UJI, masuk

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def salinan(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo data (provinsi blank) with kecamatan Jetis moved to 'Kota Contoh', Jawa Tengah."""
    # Without that move (one blank provinsi, one kota) Ringkasan has no area table, as before.
    path = tmp_path_factory.mktemp("app_wilayah") / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    con = db.open_database(path)
    con.execute(
        "UPDATE kelompok SET provinsi = 'Jawa Tengah', kota = 'Kota Contoh' WHERE kecamatan = 'Jetis'"
    )
    con.close()
    yield path
    st.cache_resource.clear()


@pytest.fixture
def app(salinan: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("KUBE_DB", str(salinan))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()


def _app(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=WAKTU_UJI)
    at.query_params.update(query or {})
    return masuk(at, "admin").run()


def _pilihan(at: AppTest, nama: str) -> list[str]:
    return list(at.sidebar.selectbox(key=f"saring_{nama}").options)


def test_setiap_daftar_dipersempit_oleh_di_atasnya(app: None) -> None:
    at = _app()
    assert not at.exception
    assert _pilihan(at, "provinsi") == ["Semua", "provinsi tidak diisi", "Jawa Tengah"]
    assert _pilihan(at, "kota") == ["Semua", "Kota Contoh", "Kota Yogyakarta"]
    # Ringkasan at the top level compares the provinces (the blank one has its own row)
    assert [h.value for h in at.header][0] == "Per provinsi"
    banding = at.dataframe[0].value
    assert banding["Provinsi"].tolist() == ["provinsi tidak diisi", "Jawa Tengah"]
    at.sidebar.selectbox(key="saring_provinsi").set_value("Jawa Tengah").run()
    assert at.query_params["provinsi"] == "Jawa Tengah"
    assert _pilihan(at, "kota") == ["Semua", "Kota Contoh"]
    assert _pilihan(at, "kecamatan") == ["Semua", "Jetis"]
    assert _pilihan(at, "kelurahan") == ["Semua", "Bumijo", "Cokrodiningratan", "Gowongan"]
    # one provinsi holding one kota: nothing to compare, the page shows its groups as before
    assert not [h.value for h in at.header if h.value.startswith("Per ")]
    assert set(at.dataframe[-1].value["Kecamatan"]) == {"Jetis"}  # the league, narrowed too
    assert not at.exception


def test_provinsi_tidak_diisi_dipilih_dan_disimpan_di_url(app: None) -> None:
    at = _app()
    at.sidebar.selectbox(key="saring_provinsi").set_value("").run()
    assert at.query_params["provinsi"] == "-"
    assert _pilihan(at, "kota") == ["Semua", "Kota Yogyakarta"]
    assert "Jetis" not in _pilihan(at, "kecamatan")
    assert "Jetis" not in set(at.dataframe[-1].value["Kecamatan"])
    # a shared link reopens the same choice
    ulang = _app({"provinsi": "-"})
    assert ulang.sidebar.selectbox(key="saring_provinsi").value == ""
    assert _pilihan(ulang, "kota") == ["Semua", "Kota Yogyakarta"]


def test_pilihan_bawah_yang_tidak_cocok_kembali_ke_semua(app: None) -> None:
    at = _app({"kota": "Kota Yogyakarta", "kecamatan": "Kraton"})
    assert at.sidebar.selectbox(key="saring_kecamatan").value == "Kraton"
    at.sidebar.selectbox(key="saring_kota").set_value("Kota Contoh").run()
    assert at.sidebar.selectbox(key="saring_kecamatan").value == "Semua"
    assert "kecamatan" not in at.query_params and at.query_params["kota"] == "Kota Contoh"
    assert not at.exception


def test_kelompok_dicari_dengan_mengetik(app: None) -> None:
    at = _app()
    at.switch_page("pages/profil_kelompok.py").run()
    pilihan = at.sidebar.selectbox(key="saring_kube")
    assert pilihan.value == "TGR-002"
    at.sidebar.text_input(key="cari_kube").input("mawar").run()
    pilihan = at.sidebar.selectbox(key="saring_kube")
    # the chosen group stays first; then only the groups whose name holds 'mawar': in the demo
    # (SELECT kode_kube, nama FROM kelompok WHERE nama ILIKE '%mawar%') only WBJ-001 KUBE Mawar
    assert pilihan.options == ["KUBE Sejahtera 2 (TGR-002)", "KUBE Mawar (WBJ-001)"]
    pilihan.set_value(pilihan.options[1].split("(")[-1].rstrip(")")).run()
    assert at.query_params["kube"] == "WBJ-001"
    assert at.title[0].value == "Profil Kelompok" and not at.exception
    at.sidebar.text_input(key="cari_kube").input("zzz tidak ada").run()
    assert "Tidak ada kelompok yang cocok" in " ".join(c.value for c in at.sidebar.caption)
