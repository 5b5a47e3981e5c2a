"""Catat form for "checked, none" (issue 13): on a date the pendamping checked the group's outside
ties or its agreements and found none in force, so the reading is "none", not "belum ada data"."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from kube_metrics.catat import Entri
from kube_metrics.impor.kolom import JENIS
from ui import catat
from ui.bahasa import t
from ui.catat_formulir import _aksi, _isian, _nilai, _tgl, _tombol


def pemeriksaan(kode: str, awalan: str, awal: dict[str, str] | None = None, asal: dict | None = None) -> None:
    a = awal or {}
    st.caption(t("catat.pemeriksaan.penjelasan"))
    pilihan = JENIS["pemeriksaan"].kolom_bernama("jenis_data").pilihan
    catat.pilih(awalan, "jenis_data", pilihan, a.get("jenis_data", "jaringan"))
    catat.tanggal(awalan, "tanggal", _tgl(a.get("tanggal")) or dt.date.today())
    catat.teks(awalan, "catatan", a.get("catatan", ""), panjang=True)

    def buat() -> Entri:
        isian = _isian(awalan, "pemeriksaan", {"kode_kube": kode})
        return Entri("pemeriksaan", isian, asal=asal, aksi=_aksi(asal), alasan=_nilai(awalan, "alasan"))

    _tombol(awalan, buat, lambda e: t("catat.pemeriksaan.apa", tanggal=e.isian["tanggal"]), asal)
