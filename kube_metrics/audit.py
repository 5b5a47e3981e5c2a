"""The audit trail: who changed what, when and from where (docs/access.md).

`catat` writes one row on the caller's connection and inside the caller's transaction, so a
change and its audit row are committed (or rolled back) together. Nothing here updates or
deletes a row: the trail cannot be changed from the app.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from collections.abc import Iterable
from typing import Any

import duckdb
import pandas as pd

from kube_metrics.db import load_sql, query

ASAL_CLI = "cli"


def sekarang_utc() -> dt.datetime:
    """Now in UTC, as the naive TIMESTAMP the audit table holds (to the second)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def catat(
    con: duckdb.DuckDBPyConnection,
    *,
    pengguna: str,
    asal: str,
    aksi: str,
    rincian: dict[str, Any],
    akun: str | None = None,
    kelompok: Iterable[str] = (),
) -> None:
    """Append one audit row in the caller's transaction (no BEGIN/COMMIT here).

    What decides who else reads the row (docs/access.md, "Audit trail"): `kelompok`, the groups
    it names (an entry's group, every group an import touched), and `akun`, the account a
    sign-in or account change concerns."""
    params = {
        "waktu": sekarang_utc(),
        "pengguna": pengguna,
        "asal": asal,
        "aksi": aksi,
        "rincian": json.dumps(rincian, ensure_ascii=False, sort_keys=True, default=str),
        "akun": akun,
    }
    baris = con.execute(load_sql("audit_catat"), params).fetchone()
    kode = list(kelompok)
    if kode and baris:
        con.execute(load_sql("audit_kelompok_catat"), {"id": baris[0], "kelompok": kode})


def catat_sendiri(con: duckdb.DuckDBPyConnection, **kolom: Any) -> None:
    """`catat` in a transaction of its own, for events that change nothing else (a failed sign-in,
    a refused import)."""
    con.execute("BEGIN TRANSACTION")
    try:
        catat(con, **kolom)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def pengguna_cli(nama_akun: str | None = None) -> str:
    """Who acts on the command line: the `--user` account, else `cli:<os user>`."""
    if nama_akun:
        return nama_akun
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no name for this uid (e.g. a bare container)
        return "cli:?"


def asal_halaman(alamat: str | None) -> str:
    """`halaman` plus the client's address when Streamlit knows it."""
    return f"halaman {alamat}" if alamat else "halaman"


def daftar(
    con: duckdb.DuckDBPyConnection,
    *,
    dari: dt.date | None = None,
    sampai: dt.date | None = None,
    pengguna: str | None = None,
    aksi: str | None = None,
    batas: int | None = None,
) -> pd.DataFrame:
    """The trail, newest first: waktu in [dari, sampai) (UTC), optionally one account / action."""
    params = {"dari": dari, "sampai": sampai, "pengguna": pengguna, "aksi": aksi, "batas": batas}
    return query(con, "audit_daftar", params)


def pilihan(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """The accounts and actions that occur in the trail, for filter lists."""
    df = query(con, "audit_pilihan")
    return {j: df.loc[df["jenis"] == j, "nilai"].tolist() for j in ("pengguna", "aksi")}


def sebagai_json(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as objects with waktu (ISO 8601, UTC), pengguna, asal, aksi and rincian (parsed)."""
    return [
        {
            "waktu": pd.Timestamp(str(r.waktu)).isoformat() + "Z",
            "pengguna": r.pengguna,
            "asal": r.asal,
            "aksi": r.aksi,
            "rincian": json.loads(str(r.rincian)),
        }
        for r in df.itertuples(index=False)
    ]
