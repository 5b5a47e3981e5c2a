"""Koreksi: pick a recorded meeting, report, visit, obstacle or member of the group, then change
it (the same form as a new one, filled with the stored values) or delete it, with a reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from kube_metrics import i18n, polos
from kube_metrics.catat import Hapus, baca, dampak_hapus
from kube_metrics.catat.baca import BATAS_DAFTAR
from kube_metrics.catat.hapus import IKUT, RIWAYAT
from kube_metrics.impor.kolom import JENIS
from ui import catat
from ui.bahasa import kini, t
from ui.data import muat

Formulir = Callable[..., None]
_KETERANGAN = {  # columns that tell a kind's records apart in the pick list
    "pertemuan": ("tanggal", "jenis", "kode_pertemuan"),
    "keuangan": ("bulan", "omzet"),
    "kunjungan": ("tanggal", "pihak", "kegiatan"),
    "hambatan": ("kode_hambatan", "tanggal_lapor", "kategori", "status"),
    "anggota": ("nama", "kode_anggota", "peran"),
}


def _teks_sel(v: Any, kolom: str) -> str:
    if isinstance(v, pd.Timestamp | dt.date):
        return i18n.bulan(v, kini()) if kolom == "bulan" else f"{v:%d/%m/%Y}"
    return i18n.rupiah(v, kini()) if kolom == "omzet" else str(v)


def _kunci(jenis: str, kode: str, baris: pd.Series) -> dict[str, str]:
    """A listed record's key as stored text (dates TTTT-BB-HH; a month is its first day)."""
    hasil = {}
    for k in JENIS[jenis].kunci:
        v = kode if k == "kode_kube" else baris[k]
        hasil[k] = f"{v:%Y-%m-%d}" if isinstance(v, pd.Timestamp | dt.date) else str(v)
    return hasil


def koreksi(kode: str, awalan: str, formulir: dict[str, Formulir], *, hapus: bool = True) -> None:
    """`hapus`: whether the account may delete (else only Ubah is offered)."""
    jenis = st.segmented_control(
        t("catat.koreksi.jenis"),
        tuple(_KETERANGAN),
        key=f"{awalan}.jenis",
        format_func=lambda j: t(f"catat.jenis.{j}"),
        required=True,
        default="pertemuan",
    )
    daftar = muat(baca.daftar_rekaman, jenis=jenis, kode_kube=kode)
    if daftar.empty:
        st.info(t("catat.koreksi.kosong"), icon=":material/info:")
        return
    label = {i: " · ".join(_teks_sel(daftar.at[i, k], k) for k in _KETERANGAN[jenis]) for i in daftar.index}
    i = st.selectbox(
        t("catat.koreksi.pilih"), list(label), format_func=label.__getitem__, key=f"{awalan}.{jenis}"
    )
    if len(daftar) >= BATAS_DAFTAR:
        st.caption(t("catat.koreksi.batas", n=BATAS_DAFTAR))
    kunci = _kunci(jenis, kode, daftar.loc[i])
    awalan_r = f"{awalan}.{jenis}." + "_".join(kunci.values())
    aksi = st.segmented_control(
        t("catat.koreksi.aksi"),
        ("ubah", "hapus") if hapus else ("ubah",),
        key=f"{awalan}.aksi",
        required=True,
        format_func=lambda a: t(f"catat.koreksi.{a}"),
        default="ubah",
    )
    catat.ringkasan_galat(awalan_r)
    if aksi == "ubah":
        awal = muat(baca.rekaman, jenis=jenis, kunci=kunci)
        formulir[jenis](kode, awalan_r, awal, kunci)
    else:
        formulir_hapus(jenis, kunci, awalan_r, label[i])


def _dampak(rincian: dict[str, dict[str, int]]) -> str:
    return ", ".join(t("catat.koreksi.dampak_baris", n=n["dihapus"], jenis=j) for j, n in rincian.items())


def formulir_hapus(jenis: str, kunci: dict[str, str], awalan: str, nama: str) -> None:
    """What each choice deletes, the member's choice, the reason, then one button."""
    dampak = muat(dampak_hapus, jenis=jenis, kunci=kunci)
    if RIWAYAT in dampak:
        n = dampak[IKUT]["kehadiran"]["dihapus"]
        teks_pilihan = {
            RIWAYAT: t("catat.koreksi.pilihan_riwayat", n=n),
            IKUT: t("catat.koreksi.pilihan_hapus", n=n),
        }
        pilihan = st.radio(
            catat.label("pilihan"),
            list(teks_pilihan),
            format_func=teks_pilihan.__getitem__,
            index=None,
            key=f"{awalan}.pilihan",
        )
        catat.tandai(awalan, "pilihan")
        if pilihan == RIWAYAT:
            bawaan = dampak["terakhir"] + dt.timedelta(days=1)
            catat.tanggal(awalan, "tanggal_keluar", bawaan)
            st.caption(
                t("catat.koreksi.tanggal_keluar_bantuan", tanggal=i18n.tanggal(dampak["terakhir"], kini()))
            )
    else:
        st.warning(t("catat.koreksi.dampak", rincian=_dampak(dampak["hapus"])), icon=":material/delete:")
    catat.teks(awalan, "alasan", "", panjang=True)

    def buat() -> Hapus:
        tgl = st.session_state.get(f"{awalan}.tanggal_keluar")
        return Hapus(
            jenis,
            kunci,
            str(st.session_state.get(f"{awalan}.alasan") or ""),
            str(st.session_state.get(f"{awalan}.pilihan") or ""),
            tgl.isoformat() if isinstance(tgl, dt.date) else "",
        )

    def selesai(h: Hapus) -> str:
        if h.anggota == RIWAYAT:
            return t("catat.koreksi.diubah_riwayat", apa=polos.md(nama), tanggal=h.tanggal_keluar)
        return t("catat.koreksi.dihapus", apa=polos.md(nama))

    st.button(
        t("catat.koreksi.tombol_hapus"),
        key=f"{awalan}.hapus",
        type="primary",
        use_container_width=True,
        on_click=catat.hapus_rekaman,
        args=(awalan, buat, selesai),
        icon=":material/delete:",
    )
