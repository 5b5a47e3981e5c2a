"""The one database instance per process and a short-lived cursor for every use.

DuckDB 2.0 connections are not shareable across threads: `st.cache_resource` keeps one instance
(opened read-write, because the Kelola Data page imports into it), and every query runs on its
own `cursor()` (`kursor()`), closed right after. Streamlit runs each session's script in its own
thread, so two sessions never share a cursor.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import streamlit as st

from kube_metrics import batas_akun, db, kelompok, polos, rollup
from kube_metrics.akses import Akun
from ui import bahasa

_penghitung = itertools.count(1)
_versi_tulis = [0]


class BasisDataTidakAda(db.DatabaseError):
    """The configured database file does not exist (opening read-write would create an empty one)."""


def jalur() -> Path:
    """The database file: `KUBE_DB`, else data/kube.duckdb."""
    return db.resolve_db_path()


@st.cache_resource(show_spinner=False)
def _instance(path: str) -> duckdb.DuckDBPyConnection:
    con = db.open_database(path)
    rollup.pastikan_rollups(con)  # a database that never had an import has none yet
    return con


def instance() -> duckdb.DuckDBPyConnection:
    """The process-wide database instance; raises db.DatabaseError with an Indonesian message."""
    path = jalur()
    if not path.exists():
        raise BasisDataTidakAda(bahasa.t("app.db_tidak_ditemukan", path=path))
    try:
        return _instance(str(path.resolve()))
    except duckdb.Error as exc:  # e.g. a damaged file found by the rollup check
        raise db.galat_basis_data(exc, path) from exc


def lupakan() -> None:
    """Drop the process-wide instance (closing it): after a fatal error DuckDB refuses every
    further use of it, so the next script run opens the file afresh."""
    path = jalur()
    if path.exists():
        with contextlib.suppress(duckdb.Error, db.DatabaseError):
            _instance(str(path.resolve())).close()
    _instance.clear()


def siap() -> bool:
    """True when the database can be used; otherwise shows why (st.error) and returns False."""
    try:
        instance()
    except db.DatabaseError as exc:
        tampilkan_galat(exc)
        return False
    return True


KUNCI_AKUN = "_akun"  # the signed-in Akun of this session (set by ui/sesi.py's gate)
_SESI: Any = object()


def akun_sesi() -> Akun | None:
    """The signed-in account of this session (None before sign-in)."""
    nilai = st.session_state.get(KUNCI_AKUN)
    return nilai if isinstance(nilai, Akun) else None


@contextmanager
def kursor(akun: Akun | None = _SESI, *, hanya_penuh: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read cursor for one piece of work, closed afterwards, narrowed to the area of `akun`
    (default: the signed-in account) by kube_metrics/batas_akun.py: the one place where areas
    narrow what the app reads. Its data tables are read-only views: write with kursor_tulis."""
    with db.cursor(instance()) as cur:
        batas_akun.pasang(cur, akun_sesi() if akun is _SESI else akun, hanya_penuh=hanya_penuh)
        yield cur


@contextmanager
def kursor_tulis() -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor over the whole database, for a write the caller has checked against the
    account's role and area (import, entry), and for accounts and the audit trail."""
    with db.cursor(instance()) as cur:
        yield cur


# What to do, per kind of database problem (the first class that matches).
_SARAN: list[tuple[type[db.DatabaseError], str]] = [
    (db.DatabaseLockedError, "app.db_saran_terkunci"),
    (BasisDataTidakAda, "app.db_saran_tidak_ada"),
    (db.BasisDataRusak, "tangguh.db_rusak_saran"),
    (db.DiskPenuh, "tangguh.db_penuh_saran"),
    (db.HanyaBaca, "tangguh.db_hanya_baca_saran"),
    (db.BasisDataLebihBaru, "tangguh.db_lebih_baru_saran"),
    (db.DataBerubah, "tangguh.data_berubah"),
]


def tampilkan_galat(exc: db.DatabaseError) -> None:
    """A clear message with what to do, never a stack trace."""
    path = jalur()
    kunci = next((k for kelas, k in _SARAN if isinstance(exc, kelas)), "app.db_saran_lain")
    saran = bahasa.t(kunci, path=path)
    # The reason itself (`exc`) comes from kube_metrics.db and is in Bahasa Indonesia only.
    judul = bahasa.t("app.db_tidak_dapat")
    st.error(f"**{judul}** {polos.md(exc)}\n\n{saran}", icon=":material/database_off:")
    if isinstance(exc, BasisDataTidakAda):
        # Starting from nothing: an empty database, then templates and uploads on Kelola Data.
        st.button(bahasa.t("app.db_buat_kosong"), on_click=buat_kosong, icon=":material/add_circle:")


def buat_kosong() -> None:
    """Create an empty, migrated database at the configured path (only on the user's click)."""
    path = jalur()
    if not path.exists():
        db.open_database(path).close()
    data_berubah()


def versi_data() -> tuple[str, int, int, int]:
    """A key that changes whenever the database does: path, file and WAL mtimes, our own writes.

    Cached metric results key on it, so an import (here or elsewhere) shows up on the next run.
    """
    path = jalur()
    return (str(path), _mtime(path), _mtime(Path(f"{path}.wal")), _versi_tulis[0])


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return 0


def data_berubah() -> None:
    """Call after writing to the database (e.g. an import) so every cached result is recomputed."""
    _versi_tulis[0] = next(_penghitung)
    st.cache_data.clear()


def info_basis_data() -> dict[str, str]:
    """The key/value facts of table info_basis_data (e.g. sumber = 'demo')."""
    with kursor() as cur:
        return kelompok.info_basis_data(cur)
