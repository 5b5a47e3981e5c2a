"""Write one checked entry all-or-nothing, through the import's transaction, with its audit row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import duckdb
import pandas as pd

from kube_metrics.catat.baca import kehadiran_pertemuan, kunci_dari, rekaman, sebagai_isian
from kube_metrics.catat.entri import Entri
from kube_metrics.impor.kolom import JENIS
from kube_metrics.impor.periksa import HasilPeriksa
from kube_metrics.impor.tulis import transaksi, tulis_jenis

# (cursor, action, details) -> None: writes the audit row on the same cursor, inside the write's
# transaction (kube_metrics.audit.catat with the account and origin bound by the caller).
Pencatat = Callable[[duckdb.DuckDBPyConnection, str, dict[str, Any]], None]


def hapus_kunci(con: duckdb.DuckDBPyConnection, jenis: str, kunci: dict[str, str]) -> int:
    """Delete the rows of `jenis` matching a (partial) key; returns how many went."""
    # Table and column names come from the fixed specs; values are bound, compared as text.
    syarat = " AND ".join(f"CAST({k} AS VARCHAR) = ${k}" for k in kunci)
    baris = con.execute(f"DELETE FROM {jenis} WHERE {syarat}", dict(kunci)).fetchone()
    return int(baris[0]) if baris else 0


def jumlah(ditambah: int = 0, diganti: int = 0, dihapus: int = 0) -> dict[str, int]:
    return {"ditambah": ditambah, "diganti": diganti, "dihapus": dihapus}


def _tulis_utama(con: duckdb.DuckDBPyConnection, entri: Entri, df: pd.DataFrame) -> dict[str, Any]:
    kunci = kunci_dari(entri.jenis, sebagai_isian(entri.jenis, df.iloc[0]))
    ada = rekaman(con, entri.jenis, kunci) is not None
    if entri.asal is not None and entri.asal != kunci:
        hapus_kunci(con, entri.jenis, entri.asal)  # a corrected key: the old row gives way
        ada = True
    tulis_jenis(con, entri.jenis, df)
    return {"kunci": kunci, "jenis": {entri.jenis: jumlah(ditambah=int(not ada), diganti=int(ada))}}


def _tulis_kehadiran(con: duckdb.DuckDBPyConnection, entri: Entri, df: pd.DataFrame) -> dict[str, int]:
    """The meeting's attendance becomes exactly the form's list (members no longer listed go)."""
    kunci = {"kode_kube": entri.kode_kube, "kode_pertemuan": entri.isian["kode_pertemuan"]}
    lama = set(kehadiran_pertemuan(con, **kunci))
    baru = set(df["kode_anggota"])
    hapus_kunci(con, "kehadiran", kunci)
    if len(df):
        tulis_jenis(con, "kehadiran", df)
    return jumlah(ditambah=len(baru - lama), diganti=len(baru & lama), dihapus=len(lama - baru))


def simpan_entri(
    con: duckdb.DuckDBPyConnection,
    entri: Entri,
    hasil: HasilPeriksa,
    *,
    pencatat: Pencatat,
    tambahan: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Write a clean entry (checked by periksa_entri) with its audit row; returns what it touched.

    Raises ValueError for an entry with errors, DatabaseError when the write fails (nothing
    changed then)."""
    if not hasil.bersih:
        raise ValueError("entri berisi galat; tidak ada yang disimpan")
    with transaksi(con, kelompok=_kelompok_entri(entri)):
        rincian = _tulis_utama(con, entri, hasil.data[entri.jenis][JENIS[entri.jenis].nama_kolom])
        if entri.jenis == "pertemuan":
            rincian["jenis"]["kehadiran"] = _tulis_kehadiran(
                con, entri, hasil.data.get("kehadiran", _kosong())
            )
        rincian["kode_kube"] = entri.kode_kube
        if entri.asal is not None:
            rincian["kunci_lama"] = entri.asal
        if entri.alasan.strip():
            rincian["alasan"] = entri.alasan.strip()
        rincian.update(tambahan or {})
        pencatat(con, entri.aksi, rincian)
    return rincian


def _kelompok_entri(entri: Entri) -> set[str]:
    """The groups an entry changes: its own, and the old one when a correction moved the key."""
    return {entri.kode_kube} | (
        {str(entri.asal["kode_kube"])} if entri.asal and "kode_kube" in entri.asal else set()
    )


def _kosong() -> pd.DataFrame:
    return pd.DataFrame(columns=JENIS["kehadiran"].nama_kolom)
