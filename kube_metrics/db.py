"""The one connection seam: where the database file is, how it is opened, migrated and queried.

DuckDB 2.0 connections are not shareable across threads, so callers keep one database
instance per process (what `open_database` returns) and take a `cursor()` per script run
or thread, closed after use (`cursor` below).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

DEFAULT_DB = Path("data/kube.duckdb")
ENV_VAR = "KUBE_DB"

# Nothing may try the network: extensions are neither installed nor autoloaded.
_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}


class DatabaseError(RuntimeError):
    """A database problem worded for the user (Bahasa Indonesia)."""


class DatabaseLockedError(DatabaseError):
    """Another process holds the file open for writing."""


class BasisDataRusak(DatabaseError):
    """The file is damaged (truncated, corrupt blocks) or not a DuckDB database at all."""


class BasisDataLebihBaru(DatabaseError):
    """The file was written by a newer Pantau KUBE (a schema version this code does not know)."""


class DiskPenuh(DatabaseError):
    """No space left while writing; the write was rolled back."""


class HanyaBaca(DatabaseError):
    """The file or its folder cannot be written; the write was rolled back."""


class DataBerubah(DatabaseError):
    """Another session wrote the same rows first (a transaction conflict); nothing was written."""


_CADANGAN = (
    "Pulihkan dari cadangan: hentikan dasbor, lalu `python -m kube_metrics restore CADANGAN.duckdb "
    "--db {path}` (cadangan dibuat dengan `python -m kube_metrics backup --out CADANGAN.duckdb`)."
)
_RUSAK = ("corrupt", "checksum", "not a valid duckdb", "truncated", "failed to read", "unexpected end",
          "could not read", "deserializ", "magic bytes")  # fmt: skip
# (words in DuckDB's or the OS's message, error class, reason in Bahasa Indonesia + what to do)
_JENIS_GALAT: list[tuple[tuple[str, ...], type[DatabaseError], str]] = [
    (("conflict",), DataBerubah, "Data berubah sementara ini disimpan (sesi lain menyimpan lebih dulu); "
     "tidak ada yang disimpan. Periksa lagi, lalu simpan lagi."),
    (("no space left", "disk full", "not enough space"), DiskPenuh, "Disk penuh saat menyimpan ke {path}; "
     "tidak ada data yang berubah. Kosongkan ruang disk di folder itu, lalu simpan lagi."),
    # "operation not permitted": a folder made immutable (chattr +i), which binds root too
    (("read-only file system", "permission denied", "readonly", "operation not permitted"), HanyaBaca,
     "Basis data {path} atau foldernya hanya bisa dibaca; tidak ada data yang berubah. "
     "Beri izin tulis, lalu simpan lagi."),
    (_RUSAK, BasisDataRusak, "Basis data {path} rusak atau tidak dapat dibaca (berkasnya terpotong atau "
     "bloknya rusak). " + _CADANGAN),
]  # fmt: skip


def galat_basis_data(exc: BaseException, path: str | os.PathLike[str]) -> DatabaseError:
    """Any error from DuckDB or the disk as a DatabaseError saying what happened and what to do."""
    if isinstance(exc, DatabaseError):
        return exc
    exc = _penyebab(exc)
    teks = str(exc)
    kecil = teks.lower()
    if "lock on file" in kecil or "conflicting lock" in kecil:
        return DatabaseLockedError(
            f"Basis data {path} sedang dipakai proses lain (misalnya dasbor atau impor yang "
            "masih berjalan). Tutup proses itu lalu coba lagi."
        )
    for kata, kelas, alasan in _JENIS_GALAT:
        if any(k in kecil for k in kata):
            return kelas(alasan.format(path=path) + f" (Rincian: {_pendek(teks)})")
    return DatabaseError(
        f"Basis data {path} tidak dapat dipakai: {_pendek(teks)}. " + _CADANGAN.format(path=path)
    )


def _penyebab(exc: BaseException) -> BaseException:
    """After the first error in a transaction every later statement (a cleanup in a `finally`)
    fails with "transaction is aborted", which hides the cause: follow the chain back to it."""
    while "transaction is aborted" in str(exc).lower() and exc.__context__ is not None:
        exc = exc.__context__
    return exc


def ringkas(exc: BaseException) -> str:
    """DuckDB's own words, on one line and not too long, for the end of a message."""
    return _pendek(str(exc))


def _pendek(teks: str, n: int = 300) -> str:
    satu = " ".join(teks.split())
    return satu if len(satu) <= n else satu[: n - 1] + "…"


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """`--db` wins over `KUBE_DB`, which wins over `data/kube.duckdb`."""
    if cli_value:
        return Path(cli_value)
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else DEFAULT_DB


def open_database(path: str | os.PathLike[str], *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) and migrate the database; lock errors become DatabaseLockedError."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.exists():
        raise DatabaseError(f"Basis data {path} tidak ditemukan.")
    try:
        con = duckdb.connect(str(path), read_only=read_only, config=_CONFIG)
    except (duckdb.Error, OSError) as exc:
        raise galat_basis_data(exc, path) from exc
    try:
        _tolak_versi_lebih_baru(con, path)
        if read_only:
            _check_current(con, path)
        else:
            migrate(con)
    except (duckdb.Error, OSError) as exc:
        con.close()
        raise galat_basis_data(exc, path) from exc
    return con


def _tolak_versi_lebih_baru(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """A file from a newer Pantau KUBE is neither migrated nor written: stop before anything."""
    ada = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not ada or not ada[0]:
        return
    row = con.execute("SELECT coalesce(max(versi), 0) FROM schema_version").fetchone()
    versi = int(row[0]) if row else 0
    dikenal = versi_terbaru()
    if versi > dikenal:
        con.close()
        raise BasisDataLebihBaru(
            f"Basis data {path} dibuat oleh Pantau KUBE yang lebih baru (skema versi {versi}; versi ini "
            f"hanya mengenal sampai {dikenal}). Perbarui Pantau KUBE; tidak ada yang diubah pada berkasnya."
        )


def _check_current(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """A read-only connection cannot migrate: an older file must be opened writable once first."""
    try:
        row = con.execute("SELECT coalesce(max(versi), 0) FROM schema_version").fetchone()
        applied = _applied(con)
    except duckdb.CatalogException:
        row, applied = (0,), set()
    newest = max((version for version, _ in _migration_files()), default=0)
    if row is None or any(version not in applied for version, _ in _migration_files()):
        con.close()
        raise DatabaseError(
            f"Basis data {path} memakai skema lama (versi {row[0] if row else 0}, terbaru {newest}). "
            "Buka sekali tanpa mode baca-saja (misalnya lewat dasbor atau `import`) untuk memperbaruinya."
        )


@contextmanager
def cursor(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor for one script run or thread, always closed afterwards."""
    cur = con.cursor()
    try:
        yield cur
    finally:
        cur.close()


@contextmanager
def terdaftar(con: duckdb.DuckDBPyConnection, nama: str, data: Any) -> Iterator[None]:
    """`data` (a DataFrame or Arrow table) readable as the view `nama` on `con` while inside."""
    con.register(nama, data)
    try:
        yield
    finally:
        con.unregister(nama)


# --- schema migrations -------------------------------------------------------------------


def _migration_files() -> list[tuple[int, str]]:
    folder = resources.files("kube_metrics") / "schema"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql") and entry.name[:4].isdigit():
            found.append((int(entry.name[:4]), entry.read_text(encoding="utf-8")))
    return sorted(found)


def versi_terbaru() -> int:
    """The newest schema version this code knows (its last migration file)."""
    return max((version for version, _ in _migration_files()), default=0)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (versi INTEGER PRIMARY KEY, diterapkan TIMESTAMP NOT NULL)"
    )
    row = con.execute("SELECT coalesce(max(versi), 0) FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def _applied(con: duckdb.DuckDBPyConnection) -> set[int]:
    return {int(r[0]) for r in con.execute("SELECT versi FROM schema_version").fetchall()}


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every schema file not yet applied, in number order, each in its own transaction.

    Numbers are handed out to parallel work, so a file may land after a higher-numbered one
    (e.g. 0004 after 0006): a gap is filled rather than skipped."""
    current = schema_version(con)
    applied = _applied(con)
    for version, sql in _migration_files():
        if version in applied:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [version])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        current = max(current, version)
    return current


# --- named SQL ---------------------------------------------------------------------------


_SISIP = re.compile(r"/\*SISIP ([a-z_]+)\*/")


def load_sql(name: str, ganti: Mapping[str, str] | None = None) -> str:
    """The text of kube_metrics/sql/<name>.sql; one name per metric. A file may include another
    as a subquery with `/*SISIP <name>*/` (shared figures: liga_angka.sql, for the league table
    and the watch list), so that a figure is defined in one file. `ganti` maps an included name
    to fixed SQL (written in the package) that reads figures already computed instead."""
    teks = (resources.files("kube_metrics") / "sql" / f"{name}.sql").read_text(encoding="utf-8")
    ganti = ganti or {}

    def sisip(m: re.Match[str]) -> str:
        nama = m.group(1)
        return ganti[nama] if nama in ganti else load_sql(nama, ganti).strip().rstrip(";")

    return _SISIP.sub(sisip, teks)


def ada_tabel(con: duckdb.DuckDBPyConnection, *nama: str) -> bool:
    """Whether every named table exists (stored tables an older database lacks; sql/tabel_ada.sql)."""
    return len(con.execute(load_sql("tabel_ada"), {"nama": list(nama)}).fetchall()) == len(set(nama))


def query(con: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Run kube_metrics/sql/<name>.sql with bound named parameters ($name) and return a frame."""
    return con.execute(load_sql(name), dict(params or {})).df()
