"""One group against its peers: same kota (default), or same kecamatan, or same jenis_usaha
within the kota; never the group itself, never groups dissolved before the period's start."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from kube_metrics.db import query
from kube_metrics.pertumbuhan import cek_sebaya

# Peer sets smaller than this get n_kecil = True: their median says little.
N_KECIL = 5


def _params(kode_kube: str, sebaya: str, dari: dt.date, sampai: dt.date) -> dict[str, object]:
    return {"kode_kube": kode_kube, "sebaya": cek_sebaya(sebaya), "dari": dari, "sampai": sampai}


def perbandingan_sebaya(
    con: duckdb.DuckDBPyConnection,
    *,
    kode_kube: str,
    sebaya: str = "kota",
    dari: dt.date,
    sampai: dt.date,
) -> pd.DataFrame:
    """indikator, nilai, peringkat, n, persentil, median, q1, q3, n_kecil (+ n_sebaya);
    one row per indicator, see kube_metrics/sql/perbandingan_sebaya.sql and docs/metrics.md."""
    params = _params(kode_kube, sebaya, dari, sampai) | {"n_kecil": N_KECIL}
    return query(con, "perbandingan_sebaya", params)


def kehadiran_vs_sebaya(
    con: duckdb.DuckDBPyConnection,
    *,
    kode_kube: str,
    sebaya: str = "kota",
    dari: dt.date,
    sampai: dt.date,
) -> pd.DataFrame:
    """bulan, fokus, median_sebaya, q1_sebaya, q3_sebaya, n_sebaya (monthly attendance rates)."""
    return query(con, "kehadiran_vs_sebaya", _params(kode_kube, sebaya, dari, sampai))


def hambatan_vs_sebaya(
    con: duckdb.DuckDBPyConnection,
    *,
    kode_kube: str,
    sebaya: str = "kota",
    dari: dt.date,
    sampai: dt.date,
) -> pd.DataFrame:
    """kategori, kelompok_kategori, fokus (new obstacles of the group), rata_sebaya (per peer group)."""
    return query(con, "hambatan_vs_sebaya", _params(kode_kube, sebaya, dari, sampai))
