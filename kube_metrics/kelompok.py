"""The list of groups, area choices, the data's month range and finding one group."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Unpack

import duckdb
import pandas as pd

from kube_metrics.db import query
from kube_metrics.saringan import Saringan, saringan


def daftar_kelompok(con: duckdb.DuckDBPyConnection, **saring: Unpack[Saringan]) -> pd.DataFrame:
    """Every group's profile, ordered by nama; filters None = all."""
    return query(con, "daftar_kelompok", saringan(**saring))


def temukan_kelompok(
    con: duckdb.DuckDBPyConnection, *, teks: str | None, batas: int, **saring: Unpack[Saringan]
) -> pd.DataFrame:
    """At most `batas` groups of the filter whose name or code contains `teks` (None = any):
    kode_kube, nama, jumlah (every match, listed or not). The search of the focal group."""
    params = {"teks": teks.strip() if teks and teks.strip() else None, "batas": batas}
    return query(con, "temukan_kelompok", params | saringan(**saring))


def pilihan_wilayah(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Distinct provinsi (blank as ""), kota, kecamatan, kelurahan that have a group."""
    return query(con, "pilihan_wilayah")


def rentang_bulan(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row: bulan_awal, bulan_akhir (first/last month in rollup_bulanan)."""
    return query(con, "rentang_bulan")


def cocok_kelompok(con: duckdb.DuckDBPyConnection, *, kode_atau_nama: str) -> pd.DataFrame:
    """Every group whose kode_kube or exact nama matches (case-insensitive); code matches first."""
    return query(con, "cari_kelompok", {"kode_atau_nama": kode_atau_nama})


def cari_kelompok(con: duckdb.DuckDBPyConnection, *, kode_atau_nama: str) -> pd.DataFrame:
    """0 or 1 row of daftar_kelompok's columns: the code match, else the one group with that
    name. A name shared by several groups finds none (the caller asks for the code)."""
    found = cocok_kelompok(con, kode_atau_nama=kode_atau_nama)
    if len(found) > 1 and not bool(found["cocok_kode"].iloc[0]):
        found = found.iloc[0:0]
    return found.head(1).drop(columns="cocok_kode").reset_index(drop=True)


def info_basis_data(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The key/value facts about the database (e.g. sumber = 'demo' for the synthetic data)."""
    frame = query(con, "info_basis_data")
    return dict(zip(frame["kunci"].astype(str), frame["nilai"].astype(str), strict=True))


def tanggal_profil(profil: Mapping[str, Any], kolom: str, *, awal_bulan: bool = False) -> dt.date | None:
    """A date column of one kelompok row (a dict from `cari_kelompok`) as a date, None when empty;
    with awal_bulan the first day of its month."""
    nilai = profil.get(kolom)
    if nilai is None or pd.isna(nilai):
        return None
    tanggal = pd.Timestamp(nilai).date()
    return tanggal.replace(day=1) if awal_bulan else tanggal
