"""Support visits: per month and party, and one group's visit list."""

from __future__ import annotations

import datetime as dt
from typing import Unpack

import duckdb
import pandas as pd

from kube_metrics.db import query
from kube_metrics.saringan import SaringanKelompok, saringan_kelompok


def kunjungan_per_pihak(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[SaringanKelompok]
) -> pd.DataFrame:
    """bulan, pihak, jumlah over the selected groups (only months and parties with visits)."""
    params = {"dari": dari, "sampai": sampai} | saringan_kelompok(**saring)
    return query(con, "kunjungan_per_pihak", params)


def daftar_kunjungan(
    con: duckdb.DuckDBPyConnection, *, kode_kube: str, dari: dt.date, sampai: dt.date
) -> pd.DataFrame:
    """tanggal, pihak, kegiatan (+ catatan) of one group's visits in the period."""
    return query(con, "daftar_kunjungan", {"kode_kube": kode_kube, "dari": dari, "sampai": sampai})
