"""What every page shares: page config, database check, the demo banner and the sidebar filters.

dashboard.py draws it once per run inside `kerangka()`.

Streamlit quirk: with a `pages/` folder next to the entry script, the very first run of a fresh
server process (and every AppTest run) uses the old pages-folder mode
(streamlit/runtime/scriptrunner/script_runner.py `_mpa_v1`): opened at a page URL it executes
that page file directly, without dashboard.py. Only `st.navigation` switches that mode off, for
the whole process. A page notices it (its `saringan()` call comes outside `kerangka()`) and runs
dashboard.py right there, in the same script run: dashboard.py's st.navigation leaves the mode
and draws the page as usual; the outer run then stops. No second run is needed, so none can be
lost (the old way set a private Streamlit attribute and asked for a rerun, which a fresh server
sometimes never delivered, leaving the first page blank).
"""

from __future__ import annotations

import runpy
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import streamlit as st

from kube_metrics import kelompok
from ui import bahasa, connection, filters, layout
from ui.data import muat

_lokal = threading.local()
DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"


def konfigurasi() -> None:
    # An emoji favicon: Streamlit fetches a Material-icon favicon from fonts.gstatic.com,
    # which fails on offline office networks.
    st.set_page_config(layout="wide", page_title="Pantau KUBE", page_icon="🤝")


def _bagian_bersama() -> bool:
    """Language switch, database check, demo banner, shared filters. False when the database
    cannot be used."""
    bahasa.pilih()
    if not connection.siap():
        return False
    layout.banner_demo()
    filters.sidebar()
    return True


@contextmanager
def kerangka() -> Iterator[bool]:
    """Used by dashboard.py around the page run: yields whether the page may run."""
    _lokal.aktif = True
    try:
        yield _bagian_bersama()
    finally:
        _lokal.aktif = False


def lewat_dashboard() -> NoReturn:
    """A page file run without dashboard.py (pages-folder mode, see the module docstring): run
    dashboard.py here, which draws this very page through st.navigation, then end this run."""
    runpy.run_path(str(DASHBOARD), run_name="__main__")
    st.stop()


def saringan() -> filters.Saringan:
    """The shared filters of this run (drawn by dashboard.py)."""
    if not getattr(_lokal, "aktif", False):
        lewat_dashboard()
    return filters.saringan()


def profil_fokus(judul: str) -> dict[str, Any]:
    """A one-group page's start: its title, and the focal group's kelompok row as a dict.

    Stops the page with an empty-state message when there is no group to show."""
    kode = filters.kelompok_fokus(saringan())
    st.title(judul)
    if kode is None:
        layout.tidak_ada_data(bahasa.t("app.tidak_ada_kelompok"))
        st.stop()
    return dict(muat(kelompok.cari_kelompok, kode_atau_nama=kode).iloc[0].to_dict())
