"""Social-capital index: kepercayaan, jaringan, norma, each 0-100, per group and period.

Each dimension is a weighted mean of observable proxies scaled between documented anchors
(kube_metrics/ambang_modal_sosial.py), with the survey blended in where it exists. The raw
proxies come from SQL (kube_metrics/sql/modal_sosial_proksi.sql); scaling is done here so the
anchors live in one place and every point a proxy contributed can be shown on screen.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Unpack

import duckdb
import numpy as np
import pandas as pd

from kube_metrics import ambang_modal_sosial as A
from kube_metrics.db import query
from kube_metrics.kelompok import cari_kelompok
from kube_metrics.pertumbuhan import cek_sebaya
from kube_metrics.saringan import SaringanKelompok, saringan_kelompok

DIMENSI = tuple(A.DIMENSI)


def selisih_bulan(dari: dt.date, sampai: dt.date) -> int:
    """Months from `dari` to `sampai` (same month -> 0)."""
    return (sampai.year - dari.year) * 12 + sampai.month - dari.month


def geser_bulan(bulan: dt.date, n: int) -> dt.date:
    """The first of the month `n` months after `bulan` (negative goes back)."""
    total = bulan.year * 12 + bulan.month - 1 + n
    return dt.date(total // 12, total % 12 + 1, 1)


def titik_params(
    *,
    titik_dari: dt.date,
    titik_sampai: dt.date,
    jendela: int,
    mandiri: bool = False,
    **saring: Unpack[SaringanKelompok],
) -> dict[str, Any]:
    """The parameters shared by every SQL that evaluates groups at points (kode_kube, bulan)."""
    titik = {"titik_dari": titik_dari, "titik_sampai": titik_sampai, "jendela": jendela}
    return titik | {"mandiri": mandiri} | saringan_kelompok(**saring)


def modal_sosial_proksi(con: duckdb.DuckDBPyConnection, **titik: Any) -> pd.DataFrame:
    """Raw proxies per evaluation point; keyword arguments as `titik_params`."""
    params = titik_params(**titik)
    params["mitra_bulan"] = A.MITRA_BERTAHAN_BULAN
    params["survei_bulan"] = A.SURVEI_BERLAKU_BULAN
    return query(con, "modal_sosial_proksi", params)


def skala(nilai: pd.Series, proksi: A.Proksi) -> pd.Series:
    """Linear 0-100 between the proxy's anchors, clipped; missing stays missing."""
    frac = (nilai.astype("float64") - proksi.nol) / (proksi.penuh - proksi.nol)
    return frac.clip(0.0, 1.0) * 100.0


def nilai_dimensi(proksi_frame: pd.DataFrame) -> pd.DataFrame:
    """Add skor_<proxy>, kontribusi_<proxy> and one 0-100 column per dimension.

    A proxy without a value is left out and the other weights of its dimension are re-scaled,
    so the contributions always add up to the dimension's score.
    """
    out = proksi_frame.copy()
    for dimensi, daftar in A.DIMENSI.items():
        skor = {p.kolom: skala(out[p.kolom], p) for p in daftar}
        ada_bobot = pd.Series(0.0, index=out.index)
        for p in daftar:
            ada_bobot = ada_bobot + skor[p.kolom].notna().astype("float64") * p.bobot
        ada_bobot = ada_bobot.where(ada_bobot > 0)  # no proxy at all -> the dimension is missing
        for p in daftar:
            out["skor_" + p.kolom] = skor[p.kolom]
            out["kontribusi_" + p.kolom] = skor[p.kolom].fillna(0.0) * p.bobot / ada_bobot
        total = pd.Series(0.0, index=out.index)
        for p in daftar:
            total = total + out["kontribusi_" + p.kolom]
        out[dimensi] = total.where(ada_bobot.notna())
    return _tanpa_data_hilang(out)


def _tanpa_data_hilang(out: pd.DataFrame) -> pd.DataFrame:
    """A dimension resting on a kind never recorded nor checked is missing, not scored from the
    proxies that remain (issue 13; ambang_modal_sosial.JENIS_DATA_DIMENSI)."""
    for jenis, dimensi in A.JENIS_DATA_DIMENSI.items():
        ada = out["ada_" + jenis].astype("boolean").fillna(False).astype(bool)
        out[dimensi] = out[dimensi].where(ada)
        for p in A.DIMENSI[dimensi]:
            out["kontribusi_" + p.kolom] = out["kontribusi_" + p.kolom].where(ada)
    return out


def data_kurang(baris: Any) -> list[str]:
    """The kinds missing from one reading (a row with ada_<kind> columns), in contract order."""
    return [j for j in A.JENIS_DATA_DIMENSI if not bool(baris["ada_" + j])]


def modal_sosial(
    con: duckdb.DuckDBPyConnection,
    *,
    dari: dt.date,
    sampai: dt.date,
    **saring: Unpack[SaringanKelompok],
) -> pd.DataFrame:
    """One row per group: the three dimensions over the period (flows dari..sampai, stocks at its end)."""
    frame = modal_sosial_proksi(
        con,
        titik_dari=sampai,
        titik_sampai=sampai,
        jendela=selisih_bulan(dari, sampai) + 1,
        **saring,
    )
    return nilai_dimensi(frame)


def modal_sosial_tren(
    con: duckdb.DuckDBPyConnection, *, kode_kube: str, dari: dt.date, sampai: dt.date
) -> pd.DataFrame:
    """Monthly trend of one group: each month read over the 12 months up to it."""
    frame = modal_sosial_proksi(
        con, titik_dari=dari, titik_sampai=sampai, jendela=A.JENDELA_BULAN, kode_kube=kode_kube
    )
    return nilai_dimensi(frame)[["kode_kube", "bulan", *DIMENSI]]


def modal_sosial_rincian(
    con: duckdb.DuckDBPyConnection, *, kode_kube: str, dari: dt.date, sampai: dt.date
) -> pd.DataFrame:
    """What each proxy contributed to one group's three scores in the period (for the page)."""
    nilai = modal_sosial(con, dari=dari, sampai=sampai, kode_kube=kode_kube)
    return rincian_dari(nilai)


def rincian_dari(nilai: pd.DataFrame) -> pd.DataFrame:
    """Long table (one row per proxy) from the first row of a `modal_sosial` frame."""
    kolom = ["dimensi", "proksi", "nilai", "satuan", "jangkar_nol", "jangkar_penuh"]
    kolom += ["bobot", "skor", "kontribusi", "kontribusi_maks", "sumber", "belum_ada_data"]
    if nilai.empty:
        return pd.DataFrame(columns=kolom)
    baris = nilai.iloc[0]
    kurang = {A.JENIS_DATA_DIMENSI[j]: j for j in data_kurang(baris)}
    rows = []
    for dimensi, daftar in A.DIMENSI.items():
        # the weights present in this reading; a proxy can add at most its share of 100 points
        ada = sum(p.bobot for p in daftar if pd.notna(baris["skor_" + p.kolom]))
        jenis_kurang = kurang.get(dimensi, "")  # the missing kind this dimension rests on
        for p in daftar:
            skor = baris["skor_" + p.kolom]
            kosong = pd.isna(skor) or bool(jenis_kurang)
            rows.append(
                [dimensi, p.label, baris[p.kolom], p.satuan, p.nol, p.penuh, p.bobot, skor]
                + [np.nan if kosong else baris["kontribusi_" + p.kolom]]
                + [np.nan if kosong else p.bobot / ada * 100, p.sumber, jenis_kurang]
            )
    return pd.DataFrame(rows, columns=kolom)


def median_sebaya(nilai: pd.DataFrame) -> dict[str, float | None]:
    """Median of each dimension over a frame of groups (the peer set)."""
    return {d: (None if nilai[d].dropna().empty else float(nilai[d].median())) for d in DIMENSI}


def modal_sosial_sebaya(
    con: duckdb.DuckDBPyConnection, *, kode_kube: str, sebaya: str = "kota", dari: dt.date, sampai: dt.date
) -> pd.DataFrame:
    """The three dimensions of the focal group and of its peers (same kota, kecamatan, or
    jenis_usaha within the kota), one row per group, column `fokus` marks the focal group."""
    cek_sebaya(sebaya)
    profil = cari_kelompok(con, kode_atau_nama=kode_kube)
    if profil.empty:
        return nilai_dimensi(modal_sosial_proksi(con, **_titik_kosong())).assign(fokus=False)
    baris = profil.iloc[0]
    saring = {"kota": str(baris["kota"])}
    if sebaya != "kota":
        saring[sebaya] = str(baris[sebaya])
    out = modal_sosial(con, dari=dari, sampai=sampai, **saring)
    out["fokus"] = out["kode_kube"] == kode_kube
    return out


def _titik_kosong() -> dict[str, Any]:
    """Points that select nothing (an unknown group), so callers still get every column."""
    hari = dt.date(2000, 1, 1)
    return {"titik_dari": hari, "titik_sampai": hari, "jendela": 1, "kode_kube": ""}
