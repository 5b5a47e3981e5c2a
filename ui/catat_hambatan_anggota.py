"""The Catat forms whose records change state: an obstacle (new, or resolved with its date) and a
member (new, or leaving on a date). Same shape as ui/catat_formulir.py: one function per form."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from kube_metrics.catat import Entri, baca
from kube_metrics.impor.kolom import JENIS, KATEGORI_HAMBATAN
from ui import catat
from ui.bahasa import t
from ui.catat_formulir import _aksi, _isian, _nilai, _pilihan, _tgl, _tombol
from ui.data import muat


def hambatan(kode: str, awalan: str, awal: dict[str, str] | None = None, asal: dict | None = None) -> None:
    """A new obstacle, or (from Koreksi) a stored one changed."""
    a = awal or {}
    catat.tanggal(awalan, "tanggal_lapor", _tgl(a.get("tanggal_lapor")) or dt.date.today())
    catat.daftar(awalan, "kategori", KATEGORI_HAMBATAN, a.get("kategori") or None)
    catat.pilih(awalan, "tingkat", _pilihan("hambatan", "tingkat"), a.get("tingkat", "sedang"))
    catat.teks(awalan, "uraian", a.get("uraian", ""), panjang=True)
    status = catat.pilih(awalan, "status", _pilihan("hambatan", "status"), a.get("status", "terbuka"))
    if status == "selesai":
        catat.tanggal(awalan, "tanggal_selesai", _tgl(a.get("tanggal_selesai")))
    else:
        catat.tandai(awalan, "tanggal_selesai")
    catat.pilih(
        awalan,
        "penanggung_jawab",
        _pilihan("hambatan", "penanggung_jawab"),
        a.get("penanggung_jawab") or None,
        wajib=False,
    )

    def buat() -> Entri:
        lapor = st.session_state.get(f"{awalan}.tanggal_lapor") or dt.date.today()
        kode_h = a.get("kode_hambatan") or muat(
            baca.kode_baru, jenis="hambatan", kode_kube=kode, tanggal=lapor
        )
        isian = _isian(awalan, "hambatan", {"kode_kube": kode, "kode_hambatan": kode_h})
        if isian["status"] != "selesai":
            isian["tanggal_selesai"] = ""  # the date field is hidden then: whatever it held goes
        return Entri("hambatan", isian, asal=asal, aksi=_aksi(asal), alasan=_nilai(awalan, "alasan"))

    _tombol(awalan, buat, lambda e: t("catat.hambatan.apa", kode=e.isian["kode_hambatan"]), asal)


def _label_hambatan(df: pd.DataFrame) -> dict[str, str]:
    return {
        k: f"{k} · {tgl:%d/%m/%Y} · {kat}"
        for k, tgl, kat in zip(df["kode_hambatan"], df["tanggal_lapor"], df["kategori"], strict=True)
    }


def hambatan_selesai(kode: str, awalan: str) -> None:
    """An open obstacle resolved on a date: the stored record with status selesai."""
    semua = muat(baca.daftar_rekaman, jenis="hambatan", kode_kube=kode)
    nama = _label_hambatan(semua[semua["status"] != "selesai"])
    _ubah_pilihan(kode, awalan, "hambatan", nama, "tanggal_selesai", {"status": "selesai"})


def _ubah_pilihan(
    kode: str, awalan: str, jenis: str, nama: dict[str, str], kolom_tanggal: str, ubah: dict[str, str]
) -> None:
    """Pick one stored record, give the date, save it with `ubah` (an obstacle resolved, a
    member leaving): an entry that replaces the stored record, checked as any other."""
    if not nama:
        st.info(t(f"catat.{jenis}.tidak_ada_pilihan"), icon=":material/info:")
        return
    pilihan = st.selectbox(
        t(f"catat.{jenis}.pilih"), list(nama), format_func=nama.__getitem__, key=f"{awalan}.pilihan"
    )
    catat.tanggal(awalan, kolom_tanggal, dt.date.today())
    kolom_kode = JENIS[jenis].kunci[-1]
    kunci = {"kode_kube": kode, kolom_kode: str(pilihan)}

    def buat() -> Entri:
        tersimpan = muat(baca.rekaman, jenis=jenis, kunci=kunci) or kunci
        return Entri(jenis, {**tersimpan, **ubah, kolom_tanggal: _nilai(awalan, kolom_tanggal)}, asal=kunci)

    _tombol(awalan, buat, lambda e: t(f"catat.{jenis}.apa", kode=e.isian[kolom_kode]), None)


def anggota(kode: str, awalan: str, awal: dict[str, str] | None = None, asal: dict | None = None) -> None:
    """A new member, or (from Koreksi) a stored one changed. Never an NIK: the code is the group's own."""
    a = awal or {}
    if asal is None:
        bawaan = muat(baca.kode_baru, jenis="anggota", kode_kube=kode, tanggal=dt.date.today())
        catat.teks(awalan, "kode_anggota", bawaan, bantuan=t("catat.anggota.bukan_nik"))
    catat.teks(awalan, "nama", a.get("nama", ""))
    catat.pilih(awalan, "peran", _pilihan("anggota", "peran"), a.get("peran", "anggota"))
    catat.pilih(
        awalan,
        "jenis_kelamin",
        _pilihan("anggota", "jenis_kelamin"),
        a.get("jenis_kelamin") or None,
        wajib=False,
    )
    catat.tanggal(awalan, "tanggal_masuk", _tgl(a.get("tanggal_masuk")) or dt.date.today())
    if asal is not None:
        catat.tanggal(awalan, "tanggal_keluar", _tgl(a.get("tanggal_keluar")))

    def buat() -> Entri:
        tetap = (
            {"kode_kube": kode} if asal is None else {"kode_kube": kode, "kode_anggota": asal["kode_anggota"]}
        )
        return Entri(
            "anggota",
            _isian(awalan, "anggota", tetap),
            asal=asal,
            aksi=_aksi(asal),
            alasan=_nilai(awalan, "alasan"),
        )

    _tombol(awalan, buat, lambda e: t("catat.anggota.apa", kode=e.isian["kode_anggota"]), asal)


def anggota_keluar(kode: str, awalan: str) -> None:
    """An active member leaves on a date: the stored record with tanggal_keluar."""
    semua = muat(baca.daftar_rekaman, jenis="anggota", kode_kube=kode)
    aktif = semua[semua["tanggal_keluar"].isna()]
    nama = {k: f"{n} ({k})" for k, n in zip(aktif["kode_anggota"], aktif["nama"], strict=True)}
    _ubah_pilihan(kode, awalan, "anggota", nama, "tanggal_keluar", {})
