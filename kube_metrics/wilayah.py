"""Ringkasan at the wide levels: the programme's figures per provinsi, kota, kecamatan or kelurahan.

At national scale a table of 100 000 groups helps nobody; the Dinas or the ministry first
compares areas one level below the narrowest area chosen (`tingkat_banding`), then narrows
the filter (down to kota: within a kota the page lists its groups, as it did before the
hierarchy). Definitions are kpi_ringkasan's, grouped by area, so the areas add up to the cards.
"""

from __future__ import annotations

import datetime as dt
from typing import Unpack

import duckdb
import pandas as pd

from kube_metrics.db import query
from kube_metrics.saringan import TINGKAT, Saringan, saringan

TINGKAT_ATAS = ("provinsi", "kota")  # the levels Ringkasan compares before listing groups


def tingkat_banding(**saring: Unpack[Saringan]) -> str | None:
    """The area level to compare: the one below the narrowest chosen (None below kelurahan)."""
    dipilih = saringan(**saring)
    terdalam = max((i for i, t in enumerate(TINGKAT) if dipilih[t] is not None), default=-1)
    return TINGKAT[terdalam + 1] if terdalam + 1 < len(TINGKAT) else None


def banding_wilayah(
    con: duckdb.DuckDBPyConnection,
    *,
    dari: dt.date,
    sampai: dt.date,
    tingkat: str | None = None,
    **saring: Unpack[Saringan],
) -> pd.DataFrame:
    """One row per area of level `tingkat` holding selected groups: tingkat, wilayah,
    kelompok_aktif, anggota_aktif, tingkat_kehadiran, pertemuan_per_bulan, omzet,
    hambatan_terbuka, kunjungan. Without `tingkat` (Ringkasan): provinces when none is chosen,
    the kota of a chosen (or the only) provinsi, nothing below that (no rows once a kota is
    chosen: the page then shows its groups)."""
    if tingkat is not None and tingkat not in TINGKAT:
        raise ValueError(f"tingkat wilayah tidak dikenal: {tingkat!r}")
    if tingkat is not None:
        return _per_tingkat(con, dari, sampai, tingkat, saring)
    mulai = tingkat_banding(**saring)
    if mulai not in TINGKAT_ATAS:
        return _per_tingkat(con, dari, sampai, "kota", saring).iloc[0:0]
    hasil = _per_tingkat(con, dari, sampai, mulai, saring)
    if mulai == "provinsi" and len(hasil) == 1:  # one provinsi: compare its kota
        hasil = _per_tingkat(con, dari, sampai, "kota", saring)
    return hasil


def _per_tingkat(
    con: duckdb.DuckDBPyConnection, dari: dt.date, sampai: dt.date, tingkat: str, saring: Saringan
) -> pd.DataFrame:
    params = {"dari": dari, "sampai": sampai, "tingkat": tingkat} | saringan(**saring)
    return query(con, "banding_wilayah", params).assign(tingkat=tingkat)
