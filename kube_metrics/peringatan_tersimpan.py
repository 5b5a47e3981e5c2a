"""Warnings kept up to date at write time, so that reading them is a lookup (issue 10 item 4).

`segarkan(con)` runs the rule code (kube_metrics.peringatan.peringatan_aktif, never a copy of
it) over every group for the last month with data and stores the figures in
`peringatan_tersimpan`; kube_metrics.rollup.refresh_rollups calls it after the rollups, so it
happens in the import's (or entry's) transaction and in the demo build. `peringatan_aktif`
answers from the table for that month and runs the rules live for any other month (another
period end, or a database written before this code). The text is written only when asked,
for the rows a page shows (peringatan.tulis_pesan_baris).
"""

from __future__ import annotations

import datetime as dt
from typing import Unpack

import duckdb
import pandas as pd

from kube_metrics import peringatan
from kube_metrics.db import load_sql, query
from kube_metrics.saringan import SaringanKelompok, saringan_kelompok

_BINGKAI = "_peringatan_baru"


def segarkan(con: duckdb.DuckDBPyConnection) -> None:
    """Store every group's warnings at the end of the last month in rollup_bulanan."""
    bulan = query(con, "rentang_bulan")["bulan_akhir"].iloc[0]
    if pd.isna(bulan):
        bulan = None
        baru = pd.DataFrame(columns=peringatan.KOLOM + peringatan.KOLOM_ANGKA)
    else:
        bulan = pd.Timestamp(bulan).date()
        baru = peringatan.peringatan_aktif(con, sampai=bulan, teks=False)
    urutan = {kode: i for i, kode in enumerate(peringatan.KODE)}
    baru = baru.assign(urut=baru["kode"].map(urutan))
    con.register(_BINGKAI, baru)
    try:
        con.execute(load_sql("peringatan_tersimpan_tulis"), {"bulan": bulan})
        con.execute(load_sql("peringatan_tersimpan_bulan_tulis"), {"bulan": bulan})
    finally:
        con.unregister(_BINGKAI)


def bulan_tersimpan(con: duckdb.DuckDBPyConnection) -> dt.date | None:
    """The month the stored warnings are for; None when nothing is stored."""
    if not bool(query(con, "peringatan_tersimpan_ada")["ada"].iloc[0]):
        return None
    bulan = query(con, "peringatan_tersimpan_bulan")["bulan"]
    return None if bulan.empty or pd.isna(bulan.iloc[0]) else pd.Timestamp(bulan.iloc[0]).date()


def peringatan_aktif(
    con: duckdb.DuckDBPyConnection,
    *,
    sampai: dt.date,
    teks: bool = True,
    **saring: Unpack[SaringanKelompok],
) -> pd.DataFrame:
    """peringatan.peringatan_aktif's frame: looked up for the stored month, else computed."""
    if bulan_tersimpan(con) != sampai:
        return peringatan.peringatan_aktif(con, sampai=sampai, teks=teks, **saring)
    out = query(con, "peringatan_tersimpan", {"sampai": sampai} | saringan_kelompok(**saring))
    # dates as the rule code gives them (datetime.date or None), for identical frames
    out["tanggal"] = pd.Series([None if pd.isna(v) else v.date() for v in out["tanggal"]], dtype=object)
    if teks and len(out):
        out["pesan"] = peringatan.tulis_pesan_baris(out, "id")
    return out
