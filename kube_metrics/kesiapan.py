"""Readiness for independence (kesiapan_mandiri, 0-100) at any month, and the mandiri comparison.

kesiapan_mandiri = weighted sum (ambang_modal_sosial.KESIAPAN_BOBOT) of the three social-capital
dimensions over the 12 months up to the month, the mean monthly discipline score over those 12
months (5 -> 100) and the stage score (tumbuh 0, berkembang 50, maju 100). A part without any
record counts 0 (no meetings, no discipline); a part resting on an optional kind of data never
recorded nor checked (ties, agreements: issue 13) is left out, the other weights re-scaled, and
the reading marked incomplete (`lengkap` False). A group's readiness "at its mandiri date" is read
at the end of the month before the mandiri month: what the pendamping could know when deciding.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Unpack

import duckdb
import pandas as pd

from kube_metrics import ambang_modal_sosial as A
from kube_metrics.db import ada_tabel, load_sql, query, terdaftar
from kube_metrics.modal_sosial import DIMENSI, modal_sosial_proksi, nilai_dimensi
from kube_metrics.saringan import SaringanKelompok, saringan_kelompok
from kube_metrics.tahap import KRITERIA, tahap

TABEL = "rollup_kesiapan_mandiri"
_BINGKAI = "_kesiapan_baru"
# More stale groups than this (kelompok changed without a refresh) and the whole filter is
# computed live: one query beats as many one-group readings.
BATAS_BASI = 50


def kesiapan_mandiri(con: duckdb.DuckDBPyConnection, **titik: Any) -> pd.DataFrame:
    """Readiness per evaluation point; keyword arguments as `modal_sosial.titik_params`
    (the window is always the 12 months up to each point)."""
    titik["jendela"] = A.JENDELA_BULAN
    dimensi = nilai_dimensi(modal_sosial_proksi(con, **titik))
    tahapan = tahap(con, **titik)
    ada = ["ada_" + j for j in A.JENIS_DATA_DIMENSI]
    out = dimensi[["kode_kube", "nama", "bulan", *DIMENSI, *ada]].merge(
        tahapan[["kode_kube", "bulan", "tahap", "tahap_pasti", "disiplin_rerata", *KRITERIA]],
        on=["kode_kube", "bulan"],
    )
    return hitung_kesiapan(out)


def _bagian_hilang(frame: pd.DataFrame) -> dict[str, pd.Series]:
    """Per part, where it rests on missing evidence (issue 13) and is left out, not counted 0."""
    hilang = {b: pd.Series(False, index=frame.index) for b in A.KESIAPAN_BOBOT}
    for jenis, dimensi in A.JENIS_DATA_DIMENSI.items():
        hilang[dimensi] = ~frame["ada_" + jenis].astype(bool)
    hilang["tahap"] = ~frame["tahap_pasti"].astype(bool)
    return hilang


def hitung_kesiapan(frame: pd.DataFrame) -> pd.DataFrame:
    """Add disiplin (0-100), skor_tahap, the weighted parts, kesiapan_mandiri, `lengkap` and `siap`.

    A part without any record counts 0 (no meetings is no discipline); a part resting on a kind of
    data never recorded nor checked is left out and the other weights re-scaled (`lengkap` False).
    """
    out = frame.copy()
    out["disiplin"] = out["disiplin_rerata"].astype("float64").fillna(0.0) / 5 * 100
    out["skor_tahap"] = out["tahap"].map(A.KESIAPAN_SKOR_TAHAP).astype("float64")
    hilang = _bagian_hilang(out)
    bobot_ada = pd.Series(0.0, index=out.index)
    for bagian, bobot in A.KESIAPAN_BOBOT.items():
        bobot_ada = bobot_ada + (~hilang[bagian]).astype("float64") * bobot
    total = pd.Series(0.0, index=out.index)
    for bagian, bobot in A.KESIAPAN_BOBOT.items():
        kolom = "skor_tahap" if bagian == "tahap" else bagian
        poin = out[kolom].astype("float64").fillna(0.0) * bobot / bobot_ada
        out["bagian_" + bagian] = poin.where(~hilang[bagian])
        total = total + out["bagian_" + bagian].fillna(0.0)
    out["kesiapan_mandiri"] = total
    out["lengkap"] = ~pd.concat(list(hilang.values()), axis=1).any(axis=1)
    # rounded so that a score of exactly the threshold is not lost to float noise (0.15 * 100)
    out["siap"] = out["kesiapan_mandiri"].round(6) >= A.KESIAPAN_AMBANG
    return out


def kesiapan_tren(
    con: duckdb.DuckDBPyConnection, *, kode_kube: str, dari: dt.date, sampai: dt.date
) -> pd.DataFrame:
    """Readiness of one group at every month dari..sampai."""
    return kesiapan_mandiri(con, titik_dari=dari, titik_sampai=sampai, kode_kube=kode_kube)


def kesiapan_saat_mandiri(con: duckdb.DuckDBPyConnection, **saring: Unpack[SaringanKelompok]) -> pd.DataFrame:
    """Every group declared mandiri: its readiness at the month before the mandiri month, least
    ready first. Read from rollup_kesiapan_mandiri (a lookup: 3 s of SQL over 70 000 groups at
    nasional otherwise); a group kelompok changed without a refresh, or a database without the
    table, is computed live (hitung_saat_mandiri), so the figures are the same either way."""
    if not ada_tersimpan(con):
        return hitung_saat_mandiri(con, **saring)
    params = saringan_kelompok(**saring)
    basi = query(con, "kesiapan_tersimpan_basi", params)["kode_kube"].tolist()
    if len(basi) > BATAS_BASI:
        return hitung_saat_mandiri(con, **saring)
    tersimpan = query(con, "kesiapan_tersimpan", params)
    if not basi:
        return tersimpan
    hidup = [hitung_saat_mandiri(con, kode_kube=k) for k in basi]
    bagian = [f for f in [tersimpan, *hidup] if len(f)]
    if len(bagian) < 2:
        return bagian[0] if bagian else tersimpan
    return _urut(pd.concat(bagian, ignore_index=True))


def hitung_saat_mandiri(con: duckdb.DuckDBPyConnection, **saring: Unpack[SaringanKelompok]) -> pd.DataFrame:
    """The readiness at the mandiri date computed from the data (what the stored table holds)."""
    saring_ = saringan_kelompok(**saring)
    hari = dt.date(2000, 1, 1)  # titik_dari/titik_sampai are unused when mandiri=True
    out = kesiapan_mandiri(con, titik_dari=hari, titik_sampai=hari, **saring_, mandiri=True)
    tanggal = query(con, "tanggal_mandiri", {"kode_kube": saring_["kode_kube"]})
    return _urut(out.merge(tanggal, on="kode_kube"))


def _urut(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(["kesiapan_mandiri", "kode_kube"]).reset_index(drop=True)


def ada_tersimpan(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether rollup_kesiapan_mandiri exists (a database written before it has none)."""
    return ada_tabel(con, TABEL)


def segarkan(con: duckdb.DuckDBPyConnection, kelompok: list[str] | None = None) -> None:
    """Store the readiness at the mandiri date of every group (kelompok None), or replace the
    listed groups' rows: a group's reading rests on its own records up to its mandiri point only.
    Called by kube_metrics.rollup after rollup_bulanan, which the reading reads."""
    if kelompok is not None:
        con.execute(load_sql("kesiapan_tersimpan_hapus"), {"kelompok": kelompok})
        bagian = [f for f in (hitung_saat_mandiri(con, kode_kube=k) for k in kelompok) if len(f)]
        if bagian:
            _tulis(con, pd.concat(bagian, ignore_index=True), "INSERT INTO rollup_kesiapan_mandiri")
        return
    _tulis(con, hitung_saat_mandiri(con), "CREATE OR REPLACE TABLE rollup_kesiapan_mandiri AS")


def _tulis(con: duckdb.DuckDBPyConnection, baru: pd.DataFrame, perintah: str) -> None:
    with terdaftar(con, _BINGKAI, baru):
        con.execute(f"{perintah} {load_sql('kesiapan_tersimpan_tulis')}")


def banding_mandiri(con: duckdb.DuckDBPyConnection, **saring: Unpack[SaringanKelompok]) -> pd.DataFrame:
    """Per mandiri group: attendance, mean monthly revenue, new obstacles and visits in the
    12 months before the mandiri month (sebelum) and from it on (sesudah)."""
    params = saringan_kelompok(**saring) | {"bulan": A.BANDING_MANDIRI_BULAN}
    return query(con, "banding_mandiri", params)
