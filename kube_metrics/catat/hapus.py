"""Delete one recorded meeting, report, visit, obstacle or member, with a required reason.

The importer only replaces rows by key, so deleting is new here; it runs in the import's
transaction (rollups refreshed, audit row written, all or nothing). A member who has attendance
is either kept as history (leaves on a date: the attendance stays) or deleted with it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import duckdb

from kube_metrics.catat.baca import rekaman
from kube_metrics.catat.entri import FORMULIR, HILANG, Entri, galat_alasan, periksa_entri
from kube_metrics.catat.tulis import Pencatat, hapus_kunci, jumlah, simpan_entri
from kube_metrics.db import query
from kube_metrics.impor.galat import GalatImpor
from kube_metrics.impor.kolom import JENIS
from kube_metrics.impor.tulis import transaksi

RIWAYAT, IKUT = "riwayat", "hapus_kehadiran"  # what happens to a deleted member's attendance


@dataclass
class Hapus:
    jenis: str
    kunci: dict[str, str]  # the stored key as text (baca.kunci_dari)
    alasan: str
    anggota: str = ""  # RIWAYAT or IKUT, for a member with attendance
    tanggal_keluar: str = ""  # RIWAYAT: the day the member leaves (TTTT-BB-HH)


def _kehadiran_anggota(con: duckdb.DuckDBPyConnection, kunci: dict[str, str]) -> tuple[int, dt.date | None]:
    df = query(
        con,
        "catat_kehadiran_anggota",
        {"kode_kube": kunci["kode_kube"], "kode_anggota": kunci["kode_anggota"]},
    )
    terakhir = df["terakhir"].iloc[0]
    return int(df["baris"].iloc[0]), None if terakhir is None or str(terakhir) == "NaT" else terakhir.date()


def dampak_hapus(con: duckdb.DuckDBPyConnection, jenis: str, kunci: dict[str, str]) -> dict[str, Any]:
    """Rows each choice touches, before anything is deleted. For a member with attendance:
    {'riwayat': {...}, 'hapus_kehadiran': {...}, 'terakhir': date of the last meeting}."""
    if jenis == "pertemuan":
        n = len(query(con, "catat_kehadiran_pertemuan", kunci))
        return {"hapus": {"pertemuan": jumlah(dihapus=1), "kehadiran": jumlah(dihapus=n)}}
    if jenis != "anggota":
        return {"hapus": {jenis: jumlah(dihapus=1)}}
    n, terakhir = _kehadiran_anggota(con, kunci)
    if n == 0:
        return {"hapus": {"anggota": jumlah(dihapus=1)}}
    return {
        RIWAYAT: {"anggota": jumlah(diganti=1), "kehadiran": jumlah()},
        IKUT: {"anggota": jumlah(dihapus=1), "kehadiran": jumlah(dihapus=n)},
        "terakhir": terakhir,
    }


def _entri_riwayat(con: duckdb.DuckDBPyConnection, h: Hapus) -> Entri:
    """Keep-as-history is the member's own row with a leaving date, checked as any entry."""
    isian = {**(rekaman(con, "anggota", h.kunci) or {}), "tanggal_keluar": h.tanggal_keluar}
    return Entri("anggota", isian, asal=h.kunci, aksi="delete", alasan=h.alasan)


def periksa_hapus(
    con: duckdb.DuckDBPyConnection, h: Hapus, *, hari_ini: dt.date | None = None
) -> list[GalatImpor]:
    """Every reason the deletion cannot go ahead (empty: it may)."""
    galat = galat_alasan(h.alasan, wajib=True)
    if rekaman(con, h.jenis, h.kunci) is None:
        return [*galat, GalatImpor(FORMULIR, h.jenis, None, "", "", HILANG)]
    pilihan = dampak_hapus(con, h.jenis, h.kunci)
    if RIWAYAT in pilihan and h.anggota not in (RIWAYAT, IKUT):
        alasan = "pilih apa yang terjadi dengan catatan kehadirannya"
        galat.append(GalatImpor(FORMULIR, "anggota", 1, "pilihan", "", alasan))
    if RIWAYAT in pilihan and h.anggota == RIWAYAT:
        galat += periksa_entri(con, _entri_riwayat(con, h), hari_ini=hari_ini).galat
    return galat


def hapus(
    con: duckdb.DuckDBPyConnection, h: Hapus, *, pencatat: Pencatat, hari_ini: dt.date | None = None
) -> dict[str, Any]:
    """Delete (or, for a member kept as history, close) the record; returns what it touched.
    Raises ValueError with the first reason when periksa_hapus finds any."""
    galat = periksa_hapus(con, h, hari_ini=hari_ini)
    if galat:
        raise ValueError(galat[0].alasan)
    pilihan = dampak_hapus(con, h.jenis, h.kunci)
    if h.anggota == RIWAYAT and RIWAYAT in pilihan:
        entri = _entri_riwayat(con, h)
        hasil = periksa_entri(con, entri, hari_ini=hari_ini)
        return simpan_entri(con, entri, hasil, pencatat=pencatat, tambahan={"pilihan": RIWAYAT})
    # a deletion changes only the group of its key (its attendance rows included)
    with transaksi(con, kelompok={h.kunci["kode_kube"]}):
        rincian = {
            "kode_kube": h.kunci["kode_kube"],
            "kunci": h.kunci,
            "alasan": h.alasan.strip(),
            "jenis": pilihan[IKUT] if IKUT in pilihan else pilihan["hapus"],
        }
        if IKUT in pilihan:
            rincian["pilihan"] = IKUT
        if h.jenis in ("pertemuan", "anggota"):
            sebagian = {k: h.kunci[k] for k in JENIS[h.jenis].kunci}
            hapus_kunci(con, "kehadiran", sebagian)
        hapus_kunci(con, h.jenis, h.kunci)
        pencatat(con, "delete", rincian)
    return rincian
