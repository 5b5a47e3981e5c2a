"""What the Catat page reads: stored records as form text, members active on a date, the
recorded items a correction can pick from, the next free code."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import pandas as pd

from kube_metrics.db import query
from kube_metrics.impor.kolom import JENIS

BATAS_DAFTAR = 200  # a correction picks among the group's latest records, never a whole table
_AWALAN = {"pertemuan": "P", "hambatan": "H"}


def _sql_kunci(jenis: str) -> str:
    # Table and column names come from the fixed specs; values are bound, compared as text.
    syarat = " AND ".join(f"CAST({k} AS VARCHAR) = ${k}" for k in JENIS[jenis].kunci)
    return f"SELECT * FROM {jenis} WHERE {syarat}"


def rekaman(con: duckdb.DuckDBPyConnection, jenis: str, kunci: dict[str, str]) -> dict[str, str] | None:
    """The stored record with this key, as the text a form shows; None when there is none."""
    params = {k: str(kunci.get(k, "")) for k in JENIS[jenis].kunci}
    df = con.execute(_sql_kunci(jenis), params).df()
    return sebagai_isian(jenis, df.iloc[0]) if len(df) else None


def _teks(nilai: Any, tipe: str) -> str:
    if nilai is None or (not isinstance(nilai, str) and pd.isna(nilai)):
        return ""
    if tipe in ("tanggal", "bulan"):
        return pd.Timestamp(nilai).strftime("%Y-%m" if tipe == "bulan" else "%Y-%m-%d")
    if tipe == "ya_tidak":
        return "ya" if bool(nilai) else "tidak"
    return str(int(nilai)) if tipe in ("rupiah", "skor") else str(nilai)


def sebagai_isian(jenis: str, baris: pd.Series) -> dict[str, str]:
    """A stored row as form text: dates TTTT-BB-HH, months TTTT-BB, ya/tidak, whole rupiah."""
    return {k.nama: _teks(baris[k.nama], k.tipe) for k in JENIS[jenis].kolom}


def kunci_dari(jenis: str, isian: dict[str, str]) -> dict[str, str]:
    """The key of a record as stored text (a month is its first day, as in the table)."""
    tipe = {k.nama: k.tipe for k in JENIS[jenis].kolom}
    return {
        k: isian[k] + "-01" if tipe[k] == "bulan" and len(isian[k]) == 7 else isian[k]
        for k in JENIS[jenis].kunci
    }


def anggota_aktif(con: duckdb.DuckDBPyConnection, *, kode_kube: str, tanggal: dt.date) -> pd.DataFrame:
    """Members active on the date (masuk <= d < keluar): kode_anggota, nama, peran."""
    return query(con, "catat_anggota_aktif", {"kode_kube": kode_kube, "tanggal": tanggal})


def kehadiran_pertemuan(
    con: duckdb.DuckDBPyConnection, *, kode_kube: str, kode_pertemuan: str
) -> dict[str, str]:
    """Stored statuses of one meeting: kode_anggota -> status."""
    df = query(con, "catat_kehadiran_pertemuan", {"kode_kube": kode_kube, "kode_pertemuan": kode_pertemuan})
    return dict(zip(df["kode_anggota"], df["status"], strict=True))


def daftar_rekaman(
    con: duckdb.DuckDBPyConnection, *, jenis: str, kode_kube: str, batas: int = BATAS_DAFTAR
) -> pd.DataFrame:
    """The group's latest records of one kind, newest first: the key columns and a few to tell
    them apart (catat_daftar_<jenis>.sql)."""
    return query(con, f"catat_daftar_{jenis}", {"kode_kube": kode_kube, "batas": batas})


def kode_baru(con: duckdb.DuckDBPyConnection, *, jenis: str, kode_kube: str, tanggal: dt.date) -> str:
    """The next free code in the demo's pattern: P202403-4 / H202403-1 by month, A21 for members."""
    if jenis == "anggota":
        df = query(con, "catat_kode_anggota", {"kode_kube": kode_kube})
        return f"A{int(df['nomor'].iloc[0]) + 1:02d}"
    awalan = f"{_AWALAN[jenis]}{tanggal:%Y%m}-"
    df = query(con, f"catat_kode_{jenis}", {"kode_kube": kode_kube, "awalan": awalan})
    return f"{awalan}{int(df['nomor'].iloc[0]) + 1}"
