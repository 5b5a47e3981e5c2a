"""The one connection seam: where the database file is, how it is opened, migrated and queried.

DuckDB 2.0 connections are not shareable across threads, so callers keep one database
instance per process (what `open_database` returns) and take a `cursor()` per script run
or thread, closed after use (`cursor` below).
"""

from __future__ import annotations

import os
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
    except duckdb.IOException as exc:
        raise _friendly_io_error(path, exc) from exc
    if read_only:
        _check_current(con, path)
    else:
        migrate(con)
    return con


def _check_current(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """A read-only connection cannot migrate: an older file must be opened writable once first."""
    try:
        row = con.execute("SELECT coalesce(max(versi), 0) FROM schema_version").fetchone()
    except duckdb.CatalogException:
        row = (0,)
    newest = max((version for version, _ in _migration_files()), default=0)
    if row is None or int(row[0]) < newest:
        con.close()
        raise DatabaseError(
            f"Basis data {path} memakai skema lama (versi {row[0] if row else 0}, terbaru {newest}). "
            "Buka sekali tanpa mode baca-saja (misalnya lewat dasbor atau `import`) untuk memperbaruinya."
        )


def _friendly_io_error(path: Path, exc: duckdb.IOException) -> DatabaseError:
    text = str(exc)
    if "lock" in text.lower():
        return DatabaseLockedError(
            f"Basis data {path} sedang dipakai proses lain (misalnya dasbor atau impor yang "
            "masih berjalan). Tutup proses itu lalu coba lagi."
        )
    return DatabaseError(f"Basis data {path} tidak dapat dibuka: {text}")


@contextmanager
def cursor(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor for one script run or thread, always closed afterwards."""
    cur = con.cursor()
    try:
        yield cur
    finally:
        cur.close()


# --- schema migrations -------------------------------------------------------------------


def _migration_files() -> list[tuple[int, str]]:
    folder = resources.files("kube_metrics") / "schema"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql") and entry.name[:4].isdigit():
            found.append((int(entry.name[:4]), entry.read_text(encoding="utf-8")))
    return sorted(found)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (versi INTEGER PRIMARY KEY, diterapkan TIMESTAMP NOT NULL)"
    )
    row = con.execute("SELECT coalesce(max(versi), 0) FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every schema file newer than the file's version, each in its own transaction."""
    current = schema_version(con)
    for version, sql in _migration_files():
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [version])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        current = version
    return current


# --- named SQL ---------------------------------------------------------------------------


def load_sql(name: str) -> str:
    """The text of kube_metrics/sql/<name>.sql; one name per metric."""
    return (resources.files("kube_metrics") / "sql" / f"{name}.sql").read_text(encoding="utf-8")


def query(con: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Run kube_metrics/sql/<name>.sql with bound named parameters ($name) and return a frame."""
    return con.execute(load_sql(name), dict(params or {})).df()
