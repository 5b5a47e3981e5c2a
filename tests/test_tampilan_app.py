"""AppTest of issue 11's page parts: the Bagikan kartu button, status words, catalogue texts."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from test_app import _buka


@pytest.fixture(scope="module")
def salinan(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A private copy of the demo database (the app opens it read-write and keeps it open)."""
    path = tmp_path_factory.mktemp("tampilan") / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    yield path
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def app(salinan: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KUBE_DB", str(salinan))
    st.cache_data.clear()
    return salinan


def _elemen(at: Any, jenis: str) -> list[Any]:
    return [e for e in at.main if type(e).__name__ == jenis]


def test_profil_bagikan_kartu(app: Path) -> None:
    """Pressing Bagikan kartu on Profil Kelompok makes the card of the period's last month, shows
    it and offers it for download."""
    at = _buka("pages/profil_kelompok.py", {"dari": "2025-01", "sampai": "2025-12", "kube": "TGR-002"})
    assert not at.exception
    assert at.button(key="bagikan_kartu").label == "Bagikan kartu"
    at.button(key="bagikan_kartu").click().run()
    assert not at.exception
    (kartu,) = [u for u in at.get("download_button") if u.proto.label == "Unduh kartu (PNG)"]
    assert kartu.proto.url.endswith(".png")
    (gambar,) = _elemen(at, "Image")
    assert "Kartu ringkasan Desember 2025" in str(gambar.proto)
    (bagikan,) = _elemen(at, "Html")  # the share-sheet button (shown where navigator.share takes files)
    assert "navigator.share" in str(bagikan.proto)
