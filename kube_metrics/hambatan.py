"""Obstacles: per kategori, per month, days to resolve."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias, Unpack

import duckdb
import pandas as pd
import pyarrow as pa

from kube_metrics import tabel_sql
from kube_metrics.db import load_sql, query, terdaftar
from kube_metrics.saringan import Saringan, SaringanKelompok, saringan, saringan_kelompok


def hambatan_per_kategori(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[SaringanKelompok]
) -> pd.DataFrame:
    """kode_kube, nama, kategori, kelompok_kategori, baru (reported in the period),
    terbuka_akhir (open at the period's end); rows with both 0 are left out."""
    params = {"dari": dari, "sampai": sampai} | saringan_kelompok(**saring)
    return query(con, "hambatan_per_kategori", params)


# --- the rows per group and kategori computed once per page run (issue 10) -------------------
# At 100 000 groups hambatan_per_kategori_dasar.sql is most of the cost of both the heat map and
# the per-group table. A page may compute it once (per_kategori_dasar) and hand it to both as
# `_dasar` (the Arrow table, or a function that returns it, called only when a table is really
# computed); their SQL then reads it in place of the included file. Without `_dasar` each runs
# the file itself: the same rows either way.
DASAR = "hambatan_dasar"  # the name the rows get on the cursor while a table is read
_GANTI = {"hambatan_per_kategori_dasar": f"SELECT * FROM {DASAR}"}
Dasar: TypeAlias = pa.Table | Callable[[], pa.Table] | None


def per_kategori_dasar(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[SaringanKelompok]
) -> pa.Table:
    """hambatan_per_kategori_dasar.sql's rows as Arrow (its SQL types kept exactly)."""
    params = {"dari": dari, "sampai": sampai} | saringan_kelompok(**saring)
    return con.sql(load_sql("hambatan_per_kategori_dasar"), params=params).to_arrow_table()


def _atas_dasar(
    con: duckdb.DuckDBPyConnection, dasar: Dasar, jalan: Callable[[Mapping[str, str] | None], pd.DataFrame]
) -> pd.DataFrame:
    """`jalan(ganti)` over the rows of `dasar` registered on the cursor (None: computing them)."""
    if dasar is None:
        return jalan(None)
    with terdaftar(con, DASAR, dasar() if callable(dasar) else dasar):
        return jalan(_GANTI)


def peta_hambatan(
    con: duckdb.DuckDBPyConnection,
    *,
    dari: dt.date,
    sampai: dt.date,
    maks: int = 40,
    _dasar: Dasar = None,
    **saring: Unpack[SaringanKelompok],
) -> pd.DataFrame:
    """hambatan_per_kategori's rows of the `maks` groups (by name) with the most new obstacles,
    with kategori_ada, and a row without group per kategori having any (peta_hambatan.sql):
    the heat map and phone list of charts/hambatan.py, aggregated and cut in SQL. `_dasar`:
    per_kategori_dasar(...) of the same period and filter (kept out of the app's cache key)."""
    params: dict[str, Any] = {"maks": maks}
    if _dasar is None:
        params |= {"dari": dari, "sampai": sampai} | saringan_kelompok(**saring)
    return _atas_dasar(con, _dasar, lambda g: con.execute(load_sql("peta_hambatan", g), params).df())


# The obstacle tables' sorts (kube_metrics/tabel_sql.py); the defaults are the orders of the
# metrics above (by group name; by date resolved).
URUT_PER_KATEGORI = tabel_sql.Urutan(
    kolom={k: k for k in ("nama", "kode_kube", "kategori", "baru", "terbuka_akhir")},
    ikat="kode_kube ASC, kelompok_kategori ASC, kategori ASC",
    bawaan="nama",
)
URUT_HARI = tabel_sql.Urutan(
    kolom={k: k for k in ("tanggal_selesai", "hari", "nama", "kode_kube", "kategori")},
    ikat="kode_kube ASC, kode_hambatan ASC",
    bawaan="tanggal_selesai",
)


def hambatan_per_kategori_halaman(
    con: duckdb.DuckDBPyConnection,
    *,
    dari: dt.date,
    sampai: dt.date,
    urut: str | None = None,
    arah: str | None = None,
    batas: int | None = None,
    lewati: int = 0,
    _dasar: Dasar = None,
    **saring: Unpack[SaringanKelompok],
) -> pd.DataFrame:
    """One page of hambatan_per_kategori (URUT_PER_KATEGORI) with jumlah_baris; `_dasar` as in
    peta_hambatan."""
    params = {} if _dasar is not None else {"dari": dari, "sampai": sampai} | saringan_kelompok(**saring)
    return _atas_dasar(
        con, _dasar, lambda g: tabel_sql.halaman(
            con, "hambatan_per_kategori_halaman", params, URUT_PER_KATEGORI,
            urut=urut, arah=arah, batas=batas, lewati=lewati, ganti=g,
        ),
    )  # fmt: skip


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


def hari_penyelesaian_halaman(
    con: duckdb.DuckDBPyConnection,
    *,
    dari: dt.date,
    sampai: dt.date,
    urut: str | None = None,
    arah: str | None = None,
    batas: int | None = None,
    lewati: int = 0,
    **saring: Unpack[Saringan],
) -> pd.DataFrame:
    """One page of hari_penyelesaian (URUT_HARI) with jumlah_baris."""
    params = {"dari": dari, "sampai": sampai} | saringan(**saring)
    return tabel_sql.halaman(
        con, "hari_penyelesaian_halaman", params, URUT_HARI, urut=urut, arah=arah, batas=batas, lewati=lewati
    )


def hari_penyelesaian_sebaran(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[Saringan]
) -> pd.DataFrame:
    """Per kategori of the obstacles resolved in the period: jumlah, q1, median, q3, the
    whiskers pagar_bawah/pagar_atas (furthest within 1.5 IQR), minimum, maksimum; longest
    median first. What the days-to-resolve chart draws, computed in SQL."""
    params = {"dari": dari, "sampai": sampai} | saringan(**saring)
    return query(con, "hari_penyelesaian_sebaran", params)
