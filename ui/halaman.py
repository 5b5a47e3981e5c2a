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
sometimes never delivered, leaving the first page blank). Streamlit's source for all of this, and
how a requested rerun can be dropped: docs/streamlit-first-run.md.
"""

from __future__ import annotations

import runpy
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, NoReturn

import duckdb
import streamlit as st
from streamlit.navigation.page import StreamlitPage

from kube_metrics import akses, db, kelompok
from ui import bahasa, cari, connection, filters, layout, sesi
from ui.data import muat

_lokal = threading.local()
DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"


def konfigurasi() -> None:
    # An emoji favicon: Streamlit fetches a Material-icon favicon from fonts.gstatic.com,
    # which fails on offline office networks.
    st.set_page_config(layout="wide", page_title="Pantau KUBE", page_icon="🤝")


def _bagian_bersama(halaman: str | None) -> bool:
    """Language switch, database check, sign-in gate, demo banner, who is signed in, shared
    filters. False when the page may not run (database unusable, not signed in, role refused)."""
    bahasa.pilih()
    layout.gaya_umum()  # the phone and touch-screen CSS, the sign-in form included
    if not connection.siap():
        return False
    akun = sesi.gerbang()
    if akun is None:
        return False
    layout.banner_demo()
    sesi.sidebar(akun)
    st.session_state[layout.KUNCI_HALAMAN] = halaman
    if halaman is not None and not akun.boleh(halaman):
        st.error(bahasa.t("akses.halaman_ditolak", peran=bahasa.t(f"akses.peran.{akun.peran}")))
        return False
    filters.sidebar()
    return True


@contextmanager
def kerangka(pilihan: StreamlitPage | None = None) -> Iterator[bool]:
    """Used by dashboard.py around the page run (`pilihan`, what st.navigation returned): yields
    whether the page may run."""
    _lokal.aktif = True
    try:
        yield _bagian_bersama(nama_halaman(pilihan) if pilihan is not None else None)
    except duckdb.Error as exc:
        # A damaged block found while a page reads a table: a clear message, not a traceback.
        connection.lupakan()
        connection.tampilkan_galat(db.galat_basis_data(exc, connection.jalur()))
    finally:
        _lokal.aktif = False


def lewat_dashboard() -> NoReturn:
    """A page file run without dashboard.py (pages-folder mode, see the module docstring): run
    dashboard.py here, which draws this very page through st.navigation, then end this run."""
    runpy.run_path(str(DASHBOARD), run_name="__main__")
    st.stop()


def nama_halaman(pilihan: StreamlitPage) -> str:
    """The page's name in the permission rules (kube_metrics/akses.py): its file stem."""
    return Path(str(getattr(pilihan, "_page", ""))).stem


def tampak(halaman: str, peran: str | None) -> Literal["visible", "hidden"]:
    """A page is in the menu only for roles that may open it; any other role opening its URL
    gets the clear refusal of `kerangka`, not Streamlit's 'page not found'."""
    return "visible" if peran and akses.boleh(peran, halaman) else "hidden"


def navigasi(daftar: list[StreamlitPage]) -> StreamlitPage:
    """st.navigation over dashboard.py's pages, the menu narrowed to the signed-in role (no menu
    at all before sign-in). Every page keeps its URL, so a refused one explains itself."""
    peran = sesi.peran()
    menu = [_dengan_visibilitas(p, tampak(nama_halaman(p), peran)) for p in daftar]
    return st.navigation(menu, position="sidebar" if peran else "hidden")


def _dengan_visibilitas(p: StreamlitPage, visibilitas: Literal["visible", "hidden"]) -> StreamlitPage:
    # st.Page has no setter for visibility: the same page again, with it.
    asal = p._page, p._url_path, p._default  # type: ignore[attr-defined]
    return st.Page(
        asal[0], title=p.title, icon=p.icon, url_path=asal[1], default=asal[2], visibility=visibilitas
    )


def saringan() -> filters.Saringan:
    """The shared filters of this run (drawn by dashboard.py)."""
    if not getattr(_lokal, "aktif", False):
        lewat_dashboard()
    return filters.saringan()


def profil_fokus(judul: str) -> dict[str, Any]:
    """A one-group page's start: its title, and the focal group's kelompok row as a dict.

    Stops the page with an empty-state message when there is no group to show."""
    kode = cari.kelompok_fokus(saringan())
    st.title(judul)
    if kode is None:
        layout.tidak_ada_data(bahasa.t("app.tidak_ada_kelompok"))
        st.stop()
    return dict(muat(kelompok.cari_kelompok, kode_atau_nama=kode).iloc[0].to_dict())
