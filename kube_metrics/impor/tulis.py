"""Write a checked batch in one transaction: replace by key, refresh the rollups, log history.

Nothing is half-written: the inserts, the rollup refresh and the history row share one
transaction, and a process killed before COMMIT leaves the database as it was (DuckDB's WAL).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress

import duckdb
import pandas as pd

from kube_metrics import audit
from kube_metrics.db import galat_basis_data, load_sql, query, terdaftar
from kube_metrics.impor.kolom import JENIS
from kube_metrics.impor.periksa import HasilPeriksa
from kube_metrics.rollup import refresh_rollups

_BINGKAI = "_impor_bingkai"


def _sebelum_commit() -> None:
    """Seam for the kill-in-the-middle test: it replaces this to pause inside the transaction."""


def simpan(
    con: duckdb.DuckDBPyConnection,
    hasil: HasilPeriksa,
    *,
    sumber: str,
    pengguna: str | None = None,
    asal: str | None = None,
) -> dict[str, int]:
    """Write a clean batch; returns rows per kind. Raises ValueError for a batch with errors.

    pengguna / asal name who imports for the audit row (default: the machine's operator,
    `cli:<os user>`, from `sumber`)."""
    if not hasil.bersih:
        raise ValueError("batch berisi galat; tidak ada yang disimpan")
    pengguna = pengguna or audit.pengguna_cli()
    with transaksi(con, kelompok=hasil.kelompok_tersentuh()):
        jenis_rincian = {jenis: tulis_jenis(con, jenis, df) for jenis, df in hasil.data.items()}
        catat_riwayat(con, hasil, sumber=sumber, pengguna=pengguna)
        rincian = {
            "jenis": jenis_rincian,
            "berkas": [{"nama": n, "sha256": h} for n, h in hasil.sha256.items()],
        }
        audit.catat(
            con,
            pengguna=pengguna,
            asal=asal or sumber,
            aksi="import",
            rincian=rincian,
            kelompok=hasil.kelompok_tersentuh(),
        )
    return hasil.jumlah_baris()


@contextmanager
def transaksi(con: duckdb.DuckDBPyConnection, kelompok: Iterable[str] | None = None) -> Iterator[None]:
    """One all-or-nothing write: the caller's changes, then what every write refreshes (rollups,
    the database's source). Both the import and the Catat page (kube_metrics/catat) write
    through here, so a refresh added here serves both. `kelompok`: every group the changes
    touched, when the caller knows them (refresh_rollups then replaces only their rows);
    None rebuilds everything."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        refresh_rollups(con, kelompok)
        query(con, "impor_tandai_sumber")
        _sebelum_commit()
        con.execute("COMMIT")
    except duckdb.Error as exc:
        _batalkan(con)
        raise galat_basis_data(exc, _jalur(con)) from exc
    except BaseException:
        _batalkan(con)
        raise


def _batalkan(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back; after a failed COMMIT (full disk, read-only folder) DuckDB may refuse the
    ROLLBACK too, or have rolled back already: the data is unchanged either way, and the first
    error is the one to report."""
    with suppress(duckdb.Error):
        con.execute("ROLLBACK")


def _jalur(con: duckdb.DuckDBPyConnection) -> str:
    try:
        jalur = query(con, "jalur_basis_data")["path"]
    except duckdb.Error:
        return "(basis data)"
    return str(jalur.iloc[0]) if len(jalur) and jalur.iloc[0] else "(basis data)"


def tulis_jenis(con: duckdb.DuckDBPyConnection, jenis: str, df: pd.DataFrame) -> dict[str, int]:
    """Insert or replace one kind's rows; returns how many were added and how many replaced."""
    # Table and column names come from the fixed specs, never from the file.
    spek = JENIS[jenis]
    bingkai = df[spek.nama_kolom]
    with terdaftar(con, _BINGKAI, bingkai):
        kunci = ", ".join(spek.kunci)
        ada = con.execute(
            f"SELECT count(*) FROM {jenis} JOIN (SELECT DISTINCT {kunci} FROM {_BINGKAI}) USING ({kunci})"
        )
        diganti = int((ada.fetchone() or (0,))[0])
        # contoh = FALSE: an imported or entered row is not demo data, also where it replaces one
        # (INSERT OR REPLACE keeps the columns it is not given; migration 0010)
        con.execute(f"INSERT OR REPLACE INTO {jenis} BY NAME SELECT *, FALSE AS contoh FROM {_BINGKAI}")
    return {"ditambah": len(bingkai) - diganti, "diganti": diganti}


def catat_riwayat(
    con: duckdb.DuckDBPyConnection, hasil: HasilPeriksa, *, sumber: str, pengguna: str | None = None
) -> None:
    """One history row and the groups the batch touched, in the caller's transaction (a refused
    batch: catat_riwayat_ditolak)."""
    params = {
        "waktu": dt.datetime.now().replace(microsecond=0),
        "berkas": ", ".join(hasil.berkas),
        "baris_per_jenis": json.dumps(hasil.jumlah_baris()),
        "hasil": "berhasil" if hasil.bersih else "ditolak",
        "jumlah_galat": len(hasil.galat),
        "jumlah_peringatan": len(hasil.peringatan),
        "sumber": sumber,
        "pengguna": pengguna or audit.pengguna_cli(),
    }
    baris = con.execute(load_sql("impor_riwayat_catat"), params).fetchone()
    kelompok = {"id": baris[0] if baris else None, "kelompok": hasil.kelompok_tersentuh()}
    con.execute(load_sql("riwayat_impor_kelompok_catat"), kelompok)


def catat_riwayat_ditolak(
    con: duckdb.DuckDBPyConnection, hasil: HasilPeriksa, *, sumber: str, pengguna: str | None = None
) -> None:
    """The history row of a refused batch and the groups it named, in a transaction of their own
    (both rows or neither: the groups decide who reads the row, kube_metrics/batas_akun.py)."""
    con.execute("BEGIN TRANSACTION")
    try:
        catat_riwayat(con, hasil, sumber=sumber, pengguna=pengguna)
        con.execute("COMMIT")
    except BaseException:
        _batalkan(con)
        raise


def riwayat(con: duckdb.DuckDBPyConnection, batas: int = 50) -> pd.DataFrame:
    return query(con, "impor_riwayat", {"batas": batas})
