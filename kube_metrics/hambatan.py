"""Obstacles: per kategori, per month, days to resolve."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from kube_metrics.db import query


def _wilayah(kecamatan: str | None, kelurahan: str | None, jenis_usaha: str | None) -> dict[str, str | None]:
    return {"kecamatan": kecamatan, "kelurahan": kelurahan, "jenis_usaha": jenis_usaha}


def hambatan_per_kategori(
    con: duckdb.DuckDBPyConnection,
    *,
    dari: dt.date,
    sampai: dt.date,
    kecamatan: str | None = None,
    kelurahan: str | None = None,
    jenis_usaha: str | None = None,
    kode_kube: str | None = None,
) -> pd.DataFrame:
    """kode_kube, nama, kategori, kelompok_kategori, baru (reported in the period),
    terbuka_akhir (open at the period's end); rows with both 0 are left out."""
    params = {"dari": dari, "sampai": sampai, "kode_kube": kode_kube}
    return query(con, "hambatan_per_kategori", params | _wilayah(kecamatan, kelurahan, jenis_usaha))


def hambatan_bulanan(
    con: duckdb.DuckDBPyConnection,
    *,
    dari: dt.date,
    sampai: dt.date,
    kode_kube: str | None = None,
    kecamatan: str | None = None,
    kelurahan: str | None = None,
    jenis_usaha: str | None = None,
) -> pd.DataFrame:
    """bulan, baru, selesai, terbuka_akhir summed over the selected groups."""
    params = {"dari": dari, "sampai": sampai, "kode_kube": kode_kube}
    return query(con, "hambatan_bulanan", params | _wilayah(kecamatan, kelurahan, jenis_usaha))


def hari_penyelesaian(
    con: duckdb.DuckDBPyConnection,
    *,
    dari: dt.date,
    sampai: dt.date,
    kecamatan: str | None = None,
    kelurahan: str | None = None,
    jenis_usaha: str | None = None,
) -> pd.DataFrame:
    """kode_kube, nama, kode_hambatan, kategori, kelompok_kategori, tingkat, hari
    (+ tanggal_lapor, tanggal_selesai) for obstacles resolved in the period."""
    params = {"dari": dari, "sampai": sampai}
    return query(con, "hari_penyelesaian", params | _wilayah(kecamatan, kelurahan, jenis_usaha))
