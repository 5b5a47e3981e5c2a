"""An import (or entry) by an account with an area: every row must belong to that area.

A pendamping may write only rows of its own groups; a dinas of some kota/provinsi only rows of
groups in them (a new group in the batch counts by the kota it declares). One row outside is
enough to refuse the whole batch, and every such row is named (file, sheet, row, kode_kube).
"""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from kube_metrics.akses import Akun
from kube_metrics.db import load_sql, query
from kube_metrics.impor.baca import BARIS
from kube_metrics.impor.galat import GalatImpor
from kube_metrics.impor.periksa import HasilPeriksa
from kube_metrics.impor.urai import BERKAS, LEMBAR


def galat_wilayah(con: duckdb.DuckDBPyConnection, hasil: HasilPeriksa, akun: Akun | None) -> list[GalatImpor]:
    """The rows of the batch outside `akun`'s area (none for full access); call on a full cursor."""
    if akun is None or akun.seluruh_wilayah:
        return []
    ada = set(query(con, "impor_kelompok_db")["kode_kube"])
    boleh = set(_kelompok_wilayah(con, akun)) | (_kelompok_baru_di_wilayah(hasil, akun) - ada)
    galat: list[GalatImpor] = []
    for df in hasil.data.values():
        luar = df[~df["kode_kube"].isin(boleh)]
        galat += [_galat(r, akun) for r in luar.to_dict("records")]
    return galat


def _kelompok_wilayah(con: duckdb.DuckDBPyConnection, akun: Akun) -> list[str]:
    if akun.peran == "pendamping":
        return list(akun.kelompok)
    params = {"kota": list(akun.kota), "provinsi": list(akun.provinsi), "ada_provinsi": _ada_provinsi(con)}
    return [str(r[0]) for r in con.execute(load_sql("wilayah_kelompok_area"), params).fetchall()]


def _ada_provinsi(con: duckdb.DuckDBPyConnection) -> bool:
    rows = con.execute(load_sql("wilayah_kolom"), {"tabel": "kelompok"}).fetchall()
    return any(r[1] == "provinsi" for r in rows)


def _kelompok_baru_di_wilayah(hasil: HasilPeriksa, akun: Akun) -> set[str]:
    """Groups the batch declares inside a dinas area (a pendamping adds no new group). Only new
    groups count: an existing group outside the area cannot be moved into it by an import."""
    df = hasil.data.get("kelompok")
    if akun.peran == "pendamping" or df is None:
        return set()
    di_kota = df["kota"].isin(akun.kota)
    if akun.provinsi and "provinsi" in df.columns:
        di_kota |= df["provinsi"].isin(akun.provinsi)
    return set(df.loc[di_kota, "kode_kube"])


def _galat(r: dict[Any, Any], akun: Akun) -> GalatImpor:
    alasan = (
        f"kelompok {r['kode_kube']} bukan kelompok dampingan akun {akun.nama}"
        if akun.peran == "pendamping"
        else f"kelompok {r['kode_kube']} di luar wilayah akun {akun.nama}"
    )
    baris = r.get(BARIS)
    return GalatImpor(
        str(r.get(BERKAS, "")),
        str(r.get(LEMBAR, "") or ""),
        None if baris is None or pd.isna(baris) else int(baris),
        "kode_kube",
        str(r["kode_kube"]),
        alasan,
    )
