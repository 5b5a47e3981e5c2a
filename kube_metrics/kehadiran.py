"""Attendance: per meeting, per month over selected groups, members absent several times running."""

from __future__ import annotations

import datetime as dt
from typing import Unpack

import duckdb
import pandas as pd

from kube_metrics.db import query
from kube_metrics.saringan import SaringanKelompok, saringan_kelompok


def kehadiran_per_pertemuan(
    con: duckdb.DuckDBPyConnection, *, kode_kube: str, dari: dt.date, sampai: dt.date
) -> pd.DataFrame:
    """tanggal, kode_pertemuan, jenis, laporan_keuangan, aktif, hadir, tingkat_kehadiran
    (+ diwakili, izin, sakit, alpa, hadir_pendamping); hadir includes diwakili."""
    params = {"kode_kube": kode_kube, "dari": dari, "sampai": sampai}
    return query(con, "kehadiran_per_pertemuan", params)


def kehadiran_bulanan(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[SaringanKelompok]
) -> pd.DataFrame:
    """bulan, pertemuan, hadir, aktif_pertemuan, tingkat_kehadiran, pertemuan_per_kelompok
    (+ kelompok: groups alive that month), summed over the selected groups."""
    params = {"dari": dari, "sampai": sampai} | saringan_kelompok(**saring)
    return query(con, "kehadiran_bulanan", params)


def absen_beruntun(
    con: duckdb.DuckDBPyConnection, *, kode_kube: str, sampai: dt.date, berturut: int = 3
) -> pd.DataFrame:
    """kode_anggota, nama, absen_terakhir: members active at the end of month `sampai` whose
    last `berturut` meetings were all absences (izin, sakit, alpa or no attendance row)."""
    params = {"kode_kube": kode_kube, "sampai": sampai, "berturut": int(berturut)}
    return query(con, "absen_beruntun", params)
