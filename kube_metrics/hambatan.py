"""Obstacles: per kategori, per month, days to resolve."""

from __future__ import annotations

import datetime as dt
from typing import Unpack

import duckdb
import pandas as pd

from kube_metrics.db import query
from kube_metrics.saringan import Saringan, SaringanKelompok, saringan, saringan_kelompok


def hambatan_per_kategori(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[SaringanKelompok]
) -> pd.DataFrame:
    """kode_kube, nama, kategori, kelompok_kategori, baru (reported in the period),
    terbuka_akhir (open at the period's end); rows with both 0 are left out."""
    params = {"dari": dari, "sampai": sampai} | saringan_kelompok(**saring)
    return query(con, "hambatan_per_kategori", params)


def hambatan_bulanan(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[SaringanKelompok]
) -> pd.DataFrame:
    """bulan, baru, selesai, terbuka_akhir summed over the selected groups."""
    params = {"dari": dari, "sampai": sampai} | saringan_kelompok(**saring)
    return query(con, "hambatan_bulanan", params)


def hari_penyelesaian(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[Saringan]
) -> pd.DataFrame:
    """kode_kube, nama, kode_hambatan, kategori, kelompok_kategori, tingkat, hari
    (+ tanggal_lapor, tanggal_selesai) for obstacles resolved in the period."""
    params = {"dari": dari, "sampai": sampai} | saringan(**saring)
    return query(con, "hari_penyelesaian", params)


def hari_penyelesaian_sebaran(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[Saringan]
) -> pd.DataFrame:
    """Per kategori of the obstacles resolved in the period: jumlah, q1, median, q3, the
    whiskers pagar_bawah/pagar_atas (furthest within 1.5 IQR), minimum, maksimum; longest
    median first. What the days-to-resolve chart draws, computed in SQL."""
    params = {"dari": dari, "sampai": sampai} | saringan(**saring)
    return query(con, "hari_penyelesaian_sebaran", params)
