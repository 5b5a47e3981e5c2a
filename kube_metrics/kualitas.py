"""Data quality for the Kelola Data page: missing monthly reports, months without meetings,
revenue far above the group's usual level, member counts outside 5–20.

Each function takes the shared period (`dari`, `sampai`: first days of months, inclusive) and
area filters, and reads rollups and the raw monthly reports, never attendance rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Unpack

import duckdb
import pandas as pd

from kube_metrics import tabel_sql
from kube_metrics.db import ada_tabel, load_sql, query
from kube_metrics.saringan import Saringan, saringan

KALI_MEDIAN = 5  # revenue above 5x the group's median is flagged
ANGGOTA_MIN, ANGGOTA_MAKS = 5, 20  # Permensos 2/2019
BATAS_KISI = 200  # groups shown in the grid, worst first
TANDA = {(True, True): "", (False, True): "L", (True, False): "P", (False, False): "LP"}


def _filter(dari: dt.date, sampai: dt.date, **saring: Unpack[Saringan]) -> dict[str, object]:
    """The period and the shared area filter (kube_metrics.saringan) as bound parameters."""
    return {"dari": dari, "sampai": sampai, **saringan(**saring)}


def kualitas_kelengkapan(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, batas: int = BATAS_KISI,
    **saring: Unpack[Saringan],
) -> pd.DataFrame:  # fmt: skip
    """Long frame: kode_kube, nama, bulan, ada_laporan, pertemuan (months of the group's life),
    for the `batas` groups with the most incomplete months."""
    params = {**_filter(dari, sampai, **saring), "batas": batas}
    return query(con, "kualitas_kelengkapan", params)


def kisi_kelengkapan(panjang: pd.DataFrame) -> pd.DataFrame:
    """Group x month grid: '' complete, 'L' no monthly report, 'P' no meeting, 'LP' neither;
    None outside the group's life. Index: kode_kube, nama; columns: months (Timestamp)."""
    if panjang.empty:
        return pd.DataFrame(index=pd.MultiIndex.from_arrays([[], []], names=["kode_kube", "nama"]))
    tanda = [
        TANDA[(bool(a), int(p) > 0)]
        for a, p in zip(panjang["ada_laporan"], panjang["pertemuan"], strict=True)
    ]
    lebar = panjang.assign(tanda=tanda).pivot(index=["kode_kube", "nama"], columns="bulan", values="tanda")
    kosong = lebar.apply(lambda kolom: kolom.isin(["L", "P", "LP"])).sum(axis=1)
    lebar = lebar.assign(_kurang=kosong.to_numpy()).sort_values("_kurang", ascending=False, kind="stable")
    return lebar.drop(columns="_kurang")


# The two quality tables' sorts (kube_metrics/tabel_sql.py); the defaults: the biggest jump
# first; the fewest members first.
URUT_OMZET = tabel_sql.Urutan(
    kolom={"kali_median": "kali_median", "nama": "nama", "kode_kube": "kode_kube", "bulan": "bulan"},
    ikat="kode_kube ASC, bulan ASC",
    bawaan="kali_median",
    arah_bawaan="turun",
)
URUT_ANGGOTA = tabel_sql.Urutan(
    kolom={"anggota": "anggota_aktif_akhir", "nama": "nama", "kode_kube": "kode_kube"},
    ikat="nama ASC, kode_kube ASC",
    bawaan="anggota",
)


def kualitas_omzet_melonjak(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, urut: str | None = None,
    arah: str | None = None, batas: int | None = None, lewati: int = 0, **saring: Unpack[Saringan],
) -> pd.DataFrame:  # fmt: skip
    """Reports with omzet > 5x the group's median, one page (URUT_OMZET; every row when batas
    is None). Columns: kode_kube, nama, bulan, omzet, median_omzet, kali_median, jumlah_baris."""
    params: dict[str, object] = {**_filter(dari, sampai, **saring), "kali": KALI_MEDIAN}
    # the stored medians (kube_metrics/rollup.py); computed in the query (every group's: $kelompok
    # NULL) on a database without them
    ganti = None
    if ada_tabel(con, "rollup_kelompok"):
        ganti = {"rollup_kelompok": load_sql("rollup_kelompok_baca")}
    else:
        params["kelompok"] = None
    return tabel_sql.halaman(
        con, "kualitas_omzet_melonjak", params, URUT_OMZET,
        urut=urut, arah=arah, batas=batas, lewati=lewati, ganti=ganti,
    )  # fmt: skip


def kualitas_anggota_di_luar_batas(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, urut: str | None = None,
    arah: str | None = None, batas: int | None = None, lewati: int = 0, **saring: Unpack[Saringan],
) -> pd.DataFrame:  # fmt: skip
    """Groups (not dissolved) whose active members at their last month in the period are
    outside 5–20, one page (URUT_ANGGOTA; every row when batas is None), with jumlah_baris."""
    params = {**_filter(dari, sampai, **saring), "minimum": ANGGOTA_MIN, "maksimum": ANGGOTA_MAKS}
    return tabel_sql.halaman(
        con, "kualitas_anggota_di_luar_batas", params, URUT_ANGGOTA,
        urut=urut, arah=arah, batas=batas, lewati=lewati,
    )  # fmt: skip
