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
from contextlib import AbstractContextManager, nullcontext
from typing import Unpack

import duckdb
import pandas as pd

from kube_metrics import peringatan, tabel_sql
from kube_metrics.db import load_sql, query, terdaftar
from kube_metrics.saringan import SaringanKelompok, saringan_kelompok

_BINGKAI = "_peringatan_baru"
_HIDUP = "_peringatan_hidup"

# The warnings table's sorts (kube_metrics/tabel_sql.py): 'tingkat' = severe first, then the
# documented code order (urut < 100), the default; ties always by group, then code order.
URUT_PERINGATAN = tabel_sql.Urutan(
    kolom={
        "tingkat": "CASE tingkat WHEN 'tinggi' THEN 0 ELSE 1 END * 100 + urut",
        "peringatan": "urut",
        "nama": "nama",
        "kode_kube": "kode_kube",
    },
    ikat="kode_kube ASC, urut ASC",
    bawaan="tingkat",
)


def segarkan(con: duckdb.DuckDBPyConnection, kelompok: list[str] | None = None) -> None:
    """Store the warnings at the end of the last month in rollup_bulanan: of every group
    (kelompok None), or replace those of the listed groups only. The caller
    (kube_metrics.rollup) lists groups only when the last month is the stored one: every rule
    reads the group's own rows, so the other groups' stored warnings stay exact."""
    bulan = query(con, "rentang_bulan")["bulan_akhir"].iloc[0]
    bulan = None if pd.isna(bulan) else pd.Timestamp(bulan).date()
    baru = _peringatan_baru(con, bulan, kelompok)
    pilih = load_sql("peringatan_tersimpan_tulis")
    with terdaftar(con, _BINGKAI, _urutan_kode(baru)):
        if kelompok is None:
            con.execute(f"CREATE OR REPLACE TABLE peringatan_tersimpan AS {pilih}", {"bulan": bulan})
            con.execute(load_sql("peringatan_tersimpan_bulan_tulis"), {"bulan": bulan})
        else:
            con.execute(load_sql("peringatan_tersimpan_hapus"), {"kelompok": kelompok})
            con.execute(f"INSERT INTO peringatan_tersimpan {pilih}", {"bulan": bulan})


def _peringatan_baru(
    con: duckdb.DuckDBPyConnection, bulan: dt.date | None, kelompok: list[str] | None
) -> pd.DataFrame:
    """The rule code's rows for every group, or for each listed group (the same rules, one
    group at a time: the rules take one kode_kube)."""
    if bulan is None:
        return pd.DataFrame(columns=peringatan.KOLOM + peringatan.KOLOM_ANGKA)
    if kelompok is None:
        return peringatan.peringatan_aktif(con, sampai=bulan, teks=False)
    bagian = [peringatan.peringatan_aktif(con, sampai=bulan, teks=False, kode_kube=k) for k in kelompok]
    bagian = [b for b in bagian if len(b)]
    return pd.concat(bagian, ignore_index=True) if bagian else _peringatan_baru(con, None, None)


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


def _urutan_kode(df: pd.DataFrame) -> pd.DataFrame:
    urutan = {kode: i for i, kode in enumerate(peringatan.KODE)}
    return df.assign(urut=df["kode"].map(urutan))


def peringatan_halaman(
    con: duckdb.DuckDBPyConnection,
    *,
    sampai: dt.date,
    urut: str | None = None,
    arah: str | None = None,
    batas: int | None = None,
    lewati: int = 0,
    **saring: Unpack[SaringanKelompok],
) -> pd.DataFrame:
    """One page of the active warnings (URUT_PERINGATAN; default severe first) with
    jumlah_baris: a lookup of the stored month, else the rules run live for `sampai`. `pesan`
    is left empty: the table builder writes it for the rows shown."""
    nama, params = "peringatan_halaman", {"sampai": sampai} | saringan_kelompok(**saring)
    hidup: AbstractContextManager[None] = nullcontext()
    if bulan_tersimpan(con) != sampai:
        nama, params = "peringatan_halaman_hidup", {}
        baris = _urutan_kode(peringatan.peringatan_aktif(con, sampai=sampai, teks=False, **saring))
        hidup = terdaftar(con, _HIDUP, baris.astype({"tanggal": "datetime64[s]"}))
    with hidup:
        out = tabel_sql.halaman(
            con, nama, params, URUT_PERINGATAN, urut=urut, arah=arah, batas=batas, lewati=lewati
        )
    out["tanggal"] = pd.Series([None if pd.isna(v) else v.date() for v in out["tanggal"]], dtype=object)
    return out


def jumlah_per_kode(
    con: duckdb.DuckDBPyConnection, *, sampai: dt.date, **saring: Unpack[SaringanKelompok]
) -> pd.DataFrame:
    """kode, jumlah: the active warnings of each code (codes without any are left out),
    counted in SQL for the stored month, else from the rules run live."""
    if bulan_tersimpan(con) == sampai:
        return query(con, "peringatan_jumlah_per_kode", {"sampai": sampai} | saringan_kelompok(**saring))
    hidup = peringatan.peringatan_aktif(con, sampai=sampai, teks=False, **saring)
    hitung = hidup["kode"].value_counts().sort_index()
    return pd.DataFrame({"kode": hitung.index.astype(str), "jumlah": hitung.to_numpy(dtype="int64")})
