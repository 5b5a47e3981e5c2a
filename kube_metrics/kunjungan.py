"""Support visits: per month and party, and one group's visit list."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from kube_metrics.db import query


def kunjungan_per_pihak(
    con: duckdb.DuckDBPyConnection,
    *,
    dari: dt.date,
    sampai: dt.date,
    kode_kube: str | None = None,
    kecamatan: str | None = None,
    kelurahan: str | None = None,
    jenis_usaha: str | None = None,
) -> pd.DataFrame:
    """bulan, pihak, jumlah over the selected groups (only months and parties with visits)."""
    params = {
        "dari": dari,
        "sampai": sampai,
        "kode_kube": kode_kube,
        "kecamatan": kecamatan,
        "kelurahan": kelurahan,
        "jenis_usaha": jenis_usaha,
    }
    return query(con, "kunjungan_per_pihak", params)


def daftar_kunjungan(
    con: duckdb.DuckDBPyConnection, *, kode_kube: str, dari: dt.date, sampai: dt.date
) -> pd.DataFrame:
    """tanggal, pihak, kegiatan (+ catatan) of one group's visits in the period."""
    return query(con, "daftar_kunjungan", {"kode_kube": kode_kube, "dari": dari, "sampai": sampai})
