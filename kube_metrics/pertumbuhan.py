"""Business growth: monthly finances, capital since the grant against peers, yearly totals."""

from __future__ import annotations

import datetime as dt
from typing import NotRequired, TypedDict, Unpack

import duckdb
import pandas as pd

from kube_metrics.db import query

SEBAYA = ("kota", "kecamatan", "jenis_usaha")


def cek_sebaya(sebaya: str) -> str:
    """The peer-set choice, checked: 'kota', 'kecamatan' or 'jenis_usaha' (within the kota)."""
    if sebaya not in SEBAYA:
        raise ValueError(f"sebaya harus salah satu dari {', '.join(SEBAYA)}, bukan {sebaya!r}")
    return sebaya


class Fokus(TypedDict):
    """The keyword arguments of every peer comparison: the focal group, the period, the peer set."""

    kode_kube: str
    dari: dt.date
    sampai: dt.date
    sebaya: NotRequired[str]


def params_sebaya(
    *, kode_kube: str, dari: dt.date, sampai: dt.date, sebaya: str = "kota"
) -> dict[str, object]:
    """A peer comparison's bound parameters (the SQL calls the kelompok_sebaya macro with them)."""
    return {"kode_kube": kode_kube, "sebaya": cek_sebaya(sebaya), "dari": dari, "sampai": sampai}


def keuangan_bulanan(
    con: duckdb.DuckDBPyConnection, *, kode_kube: str, dari: dt.date, sampai: dt.date
) -> pd.DataFrame:
    """bulan, omzet, biaya, laba, modal, ada_laporan (+ kas, tabungan, iks, buku_kas_terkini)."""
    return query(con, "keuangan_bulanan", {"kode_kube": kode_kube, "dari": dari, "sampai": sampai})


def pertumbuhan_sejak_bantuan(con: duckdb.DuckDBPyConnection, **fokus: Unpack[Fokus]) -> pd.DataFrame:
    """bulan_ke, bulan, indeks_fokus, median_sebaya, q1_sebaya, q3_sebaya, n_sebaya.

    Index = modal / nilai_bantuan x 100; empty when the focal group has no grant."""
    return query(con, "pertumbuhan_sejak_bantuan", params_sebaya(**fokus))


def pertumbuhan_tahunan(con: duckdb.DuckDBPyConnection, *, kode_kube: str) -> pd.DataFrame:
    """tahun, omzet, laba, modal_akhir, laporan (reports in the year), omzet_yoy."""
    return query(con, "pertumbuhan_tahunan", {"kode_kube": kode_kube})
