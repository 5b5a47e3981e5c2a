"""Issue 9 §7: a link with an unknown group or value, or a reversed period, says so instead of
silently showing something else; summary/report with --from after the last month of data exit 1
with a message, not a traceback."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from kube_metrics import cli
from tests.bantu_jahat import tampak
from tests.bantu_masuk import WAKTU_UJI, buka_halaman, masuk

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def salinan(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tautan") / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    return path


@pytest.fixture
def app(salinan: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("KUBE_DB", str(salinan))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield salinan
    st.cache_data.clear()
    st.cache_resource.clear()


def _buka(halaman: str, query: dict[str, str]) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=WAKTU_UJI)
    at.query_params.update(query)
    buka_halaman(masuk(at, "admin"), halaman)
    assert not at.exception, [e.value for e in at.exception]
    return at


def _info(at: AppTest) -> str:
    return tampak(" ".join(str(i.value) for i in at.info))


def test_kube_tidak_dikenal_dikatakan_lalu_bawaan(app: Path) -> None:
    at = _buka("pages/profil_kelompok.py", {"kube": "ZZZ-999"})
    assert "«ZZZ-999» dari tautan tidak dikenal; yang ditampilkan: KUBE Sejahtera 2 (TGR-002)" in _info(at)
    assert tampak(at.header[0].value) == "KUBE Sejahtera 2 (TGR-002)"
    assert at.query_params["kube"] in ("TGR-002", ["TGR-002"])


def test_periode_terbalik_dikatakan(app: Path) -> None:
    at = _buka("pages/ringkasan.py", {"dari": "2025-12", "sampai": "2025-01"})
    assert "Bulan awal (Desember 2025) sesudah bulan akhir (Januari 2025): keduanya ditukar" in _info(at)
    nilai = {s.key: s.value for s in at.sidebar.selectbox}
    assert (nilai["saring_dari"].month, nilai["saring_sampai"].month) == (12, 1)  # widgets as linked


def test_nilai_wilayah_tidak_dikenal_dikatakan(app: Path) -> None:
    at = _buka("pages/ringkasan.py", {"kecamatan": "Atlantis"})
    assert "Nilai «Atlantis» untuk «kecamatan» di tautan tidak dikenal" in _info(at)


def test_tautan_biasa_tanpa_pesan(app: Path) -> None:
    at = _buka("pages/profil_kelompok.py", {"kube": "TGR-005", "dari": "2025-01", "sampai": "2025-06"})
    assert "tautan" not in _info(at) and "ditukar" not in _info(at)


@pytest.mark.parametrize("perintah", ["summary", "report"])
def test_from_sesudah_bulan_terakhir(salinan: Path, tmp_path: Path, capsys, perintah: str) -> None:
    argv = [perintah, "--group", "TGR-002", "--from", "2099-01", "--db", str(salinan)]
    if perintah == "report":
        argv += ["--format", "pdf", "--out", str(tmp_path / "r.pdf")]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert "Bulan awal 2099-01 sesudah bulan akhir" in err and "Pilih --from" in err
    assert "Traceback" not in err
