"""The monthly report form's neighbours and warnings: the previous report beside each field, and
a warning (never an error) for a figure over 5x the group's median or a capital that halves."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd

from kube_metrics.db import query
from kube_metrics.kualitas import KALI_MEDIAN

ANGKA = ("omzet", "biaya", "modal", "kas", "tabungan", "iks")
MODAL_TURUN = 0.5  # capital below half of the previous report's is worth a second look


@dataclass(frozen=True)
class Banding:
    bulan_sebelumnya: dt.date | None
    sebelumnya: dict[str, int | None]  # the latest earlier report's figures (None: not recorded)
    median: dict[str, float | None]  # over the group's other reports


@dataclass(frozen=True)
class PeringatanAngka:
    kolom: str
    jenis: str  # 'median' (over KALI_MEDIAN x the median) or 'modal_turun'
    nilai: int
    acuan: float  # the median, or the previous capital


def _angka(v: Any) -> float | None:
    return None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)


def banding_keuangan(con: duckdb.DuckDBPyConnection, *, kode_kube: str, bulan: dt.date) -> Banding:
    df = query(con, "catat_keuangan_banding", {"kode_kube": kode_kube, "bulan": bulan}).set_index("baris")
    baris: dict[str, Any] = {str(k): v for k, v in df.to_dict("index").items()}
    sebelum, median = baris.get("sebelumnya"), baris.get("median")
    return Banding(
        None if sebelum is None else pd.Timestamp(sebelum["bulan"]).date(),
        {k: None if sebelum is None or _angka(sebelum[k]) is None else int(sebelum[k]) for k in ANGKA},
        {k: None if median is None else _angka(median[k]) for k in ANGKA},
    )


def peringatan_keuangan(banding: Banding, nilai: dict[str, int | None]) -> list[PeringatanAngka]:
    """Warnings for the typed figures (None: empty or not yet a valid amount)."""
    hasil = []
    for kolom in ANGKA:
        v, med = nilai.get(kolom), banding.median[kolom]
        if v is not None and med is not None and med > 0 and v > KALI_MEDIAN * med:
            hasil.append(PeringatanAngka(kolom, "median", v, med))
    modal, lalu = nilai.get("modal"), banding.sebelumnya["modal"]
    if modal is not None and lalu is not None and lalu > 0 and modal < MODAL_TURUN * lalu:
        hasil.append(PeringatanAngka("modal", "modal_turun", modal, float(lalu)))
    return hasil
