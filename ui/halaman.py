"""What every page shares: page config, database check, the demo banner and the sidebar filters.

dashboard.py draws it once per run inside `kerangka()`.

Streamlit quirk: with a `pages/` folder next to the entry script, the very first run of a fresh
server process (and every AppTest run) uses the old pages-folder mode: opened at a page URL it
executes that page file directly, without dashboard.py; opened at '/' it runs dashboard.py but
may show another page. Only `st.navigation` switches that mode off, for the whole process. So
whichever script notices the old mode (`mode_folder()`) switches it off the same way and asks
for a rerun, which then goes through dashboard.py and st.navigation as usual.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from kube_metrics import kelompok
from ui import bahasa, connection, filters, layout
from ui.data import muat

_lokal = threading.local()


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


def mode_folder() -> bool:
    """True while Streamlit still runs in its old pages-folder mode (see the module docstring)."""
    return bool(PagesManager.uses_pages_directory)


def keluar_mode_folder() -> None:
    """Leave the pages-folder mode (as st.navigation itself does) and rerun through dashboard.py."""
    PagesManager.uses_pages_directory = False
    st.rerun()


def saringan() -> filters.Saringan:
    """The shared filters of this run (drawn by dashboard.py)."""
    if not getattr(_lokal, "aktif", False):
        keluar_mode_folder()  # a page file run without dashboard.py: only in pages-folder mode
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
