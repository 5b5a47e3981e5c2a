"""The figures of the WhatsApp summary card: one group, one month, public (issue 11).

`fakta_kartu(con, kode_kube=..., bulan=...)` gathers, from the same metric functions as the
pages and the presentation: the group's name and place, the month, attendance, omzet, laba and
modal of that month and of the month before, the group's rank among its peers for the month
(kube_metrics.sebaya.perbandingan_sebaya over that one month, so every group is ranked on the
same single month), the warnings active at the month's end, and the story's facts for one
narrative sentence. The public rules of kube_metrics.anonim hold whoever asks: no member name
(only counts and rates), no free text a pendamping typed, peers never named (only "7 of 12"),
attendance of a group of 1 or 2 members hidden.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd

from kube_metrics import anonim, kelompok, peringatan
from kube_metrics.laporan.cerita import KUNCI_ANGGOTA, kumpulkan_fakta
from kube_metrics.sebaya import perbandingan_sebaya
from kube_metrics.summary import periode_bawaan, summary

# card figure -> (summary key, perbandingan_sebaya indicator for the rank, kind of value)
ANGKA = {
    "kehadiran": ("tingkat_kehadiran", "tingkat_kehadiran", "persen"),
    "omzet": ("omzet", "omzet", "rupiah"),
    "laba": ("laba", "laba", "rupiah"),
    "modal": ("modal_akhir", "pertumbuhan_modal", "rupiah"),
}


@dataclass
class Angka:
    """One figure of the card: this month, last month (None = no data), rank among peers."""

    kunci: str
    jenis: str  # 'persen' or 'rupiah'
    nilai: float | None
    lalu: float | None
    peringkat: int | None = None
    dari: int | None = None  # how many groups were ranked (the group included)
    tersembunyi: bool = False  # about fewer than 3 members: hidden, which is not "no data"


def bulan_sebelum(bulan: dt.date) -> dt.date:
    return (bulan.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def bulan_kartu(con: duckdb.DuckDBPyConnection, *, kode_kube: str) -> dt.date | None:
    """The card's default month: the group's last month with any record."""
    rentang = periode_bawaan(con, kode_kube=kode_kube)
    return None if rentang is None else rentang[1]


def fakta_kartu(
    con: duckdb.DuckDBPyConnection, *, kode_kube: str, bulan: dt.date | None = None, sebaya: str = "kota"
) -> dict[str, Any] | None:
    """Everything the card shows, language-free; None when the group is unknown or has no record."""
    found = kelompok.cari_kelompok(con, kode_atau_nama=kode_kube)
    if found.empty:
        return None
    kode = str(found["kode_kube"].iloc[0])
    bulan = (bulan or bulan_kartu(con, kode_kube=kode) or dt.date.today()).replace(day=1)
    hasil = kumpulkan_fakta(con, kode_kube=kode, dari=bulan, sampai=bulan, sebaya_=sebaya)
    if hasil is None:
        return None
    fakta = hasil[0]
    lalu = _summary_publik(con, kode, bulan_sebelum(bulan))
    return {
        "kelompok": {
            k: fakta["kelompok"][k] for k in ("kode_kube", "nama", "kelurahan", "kecamatan", "kota")
        },
        "bulan": bulan,
        "sebaya": sebaya,
        "angka": _angka(con, kode, bulan, sebaya, fakta, lalu),
        "peringatan": list(fakta["peringatan"]),
        "cerita": fakta,
        **_sumber(con),
    }


def _sumber(con: duckdb.DuckDBPyConnection) -> dict[str, bool]:
    """Demo data (the card's band) and whether imported data is mixed in (the band says so)."""
    info = kelompok.info_basis_data(con)
    demo = info.get("sumber") == "demo"
    return {"demo": demo, "campuran": demo and info.get("campuran") == "ya"}


def _summary_publik(con: duckdb.DuckDBPyConnection, kode: str, bulan: dt.date) -> dict[str, Any]:
    """The month's summary with the member-based figures hidden for a group of 1 or 2."""
    s = summary(con, kode_kube=kode, dari=bulan, sampai=bulan) or {}
    return anonim.bersihkan(s, KUNCI_ANGGOTA, s.get("anggota_aktif"))


def _angka(
    con: duckdb.DuckDBPyConnection,
    kode: str,
    bulan: dt.date,
    sebaya: str,
    fakta: dict[str, Any],
    lalu: dict[str, Any],
) -> list[Angka]:
    kini = fakta["summary"]
    banding = perbandingan_sebaya(con, kode_kube=kode, sebaya=sebaya, dari=bulan, sampai=bulan)
    baris = {str(r["indikator"]): r for _, r in banding.iterrows()}
    daftar = []
    for kunci, (kolom, indikator, jenis) in ANGKA.items():
        angka = Angka(kunci, jenis, _nilai(kini, kolom), _nilai(lalu, kolom))
        angka.tersembunyi = kolom in KUNCI_ANGGOTA and bool(fakta["anggota_disembunyikan"])
        if angka.nilai is not None and indikator in baris:
            angka.peringkat, angka.dari = _peringkat(baris[indikator])
        daftar.append(angka)
    return daftar


def _nilai(s: dict[str, Any], kolom: str) -> float | None:
    """A month's figure; None (shown as 'belum ada data') when the month has no record of it:
    summary gives no omzet, laba or modal for a month without a report, never 0."""
    nilai = s.get(kolom)
    return None if nilai is None or nilai != nilai else float(nilai)


def _peringkat(baris: pd.Series) -> tuple[int | None, int | None]:
    """(rank, how many ranked); (None, None) without a peer to compare with."""
    if pd.isna(baris["peringkat"]) or pd.isna(baris["n"]) or int(baris["n"]) < 2:
        return None, None
    return int(baris["peringkat"]), int(baris["n"])


def kode_peringatan(fakta: dict[str, Any]) -> list[str]:
    """The active warning codes in display order (kube_metrics.peringatan.KODE)."""
    urutan = list(peringatan.KODE)
    return sorted(fakta["peringatan"], key=lambda k: urutan.index(k) if k in urutan else len(urutan))
