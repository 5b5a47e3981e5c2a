"""One function per Catat form: it draws the fields (seeded from `awal`, the stored record when
correcting) and a save button whose click builds the Entri from what was typed.

Every form takes (kode_kube, awalan, awal, asal): `awalan` keys its fields and draft, `asal`
is the key of the stored record a correction replaces (None for a new record). A new kind of
entry is one more function here and one line in FORMULIR.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import streamlit as st

from kube_metrics import i18n
from kube_metrics.catat import Entri, baca
from kube_metrics.catat.keuangan import ANGKA, Banding, banding_keuangan, peringatan_keuangan
from kube_metrics.impor import nilai
from kube_metrics.impor.kolom import JENIS
from kube_metrics.kualitas import KALI_MEDIAN
from ui import catat
from ui.bahasa import kini, t
from ui.data import muat

STATUS = JENIS["kehadiran"].kolom_bernama("status").pilihan
YT = ("ya", "tidak")


def _pilihan(jenis: str, kolom: str) -> tuple[str, ...]:
    return JENIS[jenis].kolom_bernama(kolom).pilihan


def _tgl(teks: str | None) -> dt.date | None:
    return dt.date.fromisoformat(teks) if teks else None


def _teks_tgl(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def _nilai(awalan: str, kolom: str) -> str:
    """A field's value as the form text the importer reads (dates as TTTT-BB-HH)."""
    v = st.session_state.get(f"{awalan}.{kolom}")
    return _teks_tgl(v) if isinstance(v, dt.date) else str(v or "")


def _isian(awalan: str, jenis: str, tetap: dict[str, str]) -> dict[str, str]:
    """Every contract column of `jenis`: fixed values (group, code) or the field's value."""
    return {k: tetap[k] if k in tetap else _nilai(awalan, k) for k in JENIS[jenis].nama_kolom}


def _tombol(awalan: str, buat: Callable[[], Entri], apa: Callable[[Entri], str], asal: dict | None) -> None:
    if asal is not None:
        catat.teks(awalan, "alasan", "", panjang=True)
    judul = t("catat.simpan_koreksi") if asal is not None else t("catat.simpan")
    st.button(
        judul,
        key=f"{awalan}.simpan",
        type="primary",
        use_container_width=True,
        on_click=catat.simpan,
        args=(awalan, buat, apa),
        icon=":material/save:",
    )


def _aksi(asal: dict | None) -> str:
    return "entry" if asal is None else "correction"


# --- meeting -----------------------------------------------------------------------------


def pertemuan(kode: str, awalan: str, awal: dict[str, str] | None = None, asal: dict | None = None) -> None:
    a = awal or {}
    tgl = catat.tanggal(awalan, "tanggal", _tgl(a.get("tanggal")) or dt.date.today())
    catat.pilih(awalan, "jenis", _pilihan("pertemuan", "jenis"), a.get("jenis", "rutin"))
    catat.pilih(awalan, "laporan_keuangan", YT, a.get("laporan_keuangan", "ya"))
    catat.pilih(awalan, "hadir_pendamping", YT, a.get("hadir_pendamping") or None, wajib=False)
    catat.teks(awalan, "catatan", a.get("catatan", ""), panjang=True)
    tersimpan: dict[str, str] = {}
    if asal is not None:
        tersimpan = muat(baca.kehadiran_pertemuan, kode_kube=kode, kode_pertemuan=asal["kode_pertemuan"])
    if tgl is not None:
        _kehadiran(kode, awalan, tgl, tersimpan, asal)

    def buat() -> Entri:
        tanggal = st.session_state.get(f"{awalan}.tanggal") or dt.date.today()
        kode_p = a.get("kode_pertemuan") or muat(
            baca.kode_baru, jenis="pertemuan", kode_kube=kode, tanggal=tanggal
        )
        isian = _isian(awalan, "pertemuan", {"kode_kube": kode, "kode_pertemuan": kode_p})
        hadir = {k: _nilai(awalan, f"hadir.{k}") for k in st.session_state.get(f"{awalan}.anggota", [])}
        return Entri("pertemuan", isian, hadir, asal=asal, aksi=_aksi(asal), alasan=_nilai(awalan, "alasan"))

    _tombol(awalan, buat, lambda e: t("catat.pertemuan.apa", tanggal=e.isian["tanggal"]), asal)


def _kehadiran(kode: str, awalan: str, tgl: dt.date, tersimpan: dict[str, str], asal: dict | None) -> None:
    """Members active on the date, each hadir unless changed (one tap); the list drawn is the
    list saved, so a member who left meanwhile is caught by the import's rule."""
    anggota = muat(baca.anggota_aktif, kode_kube=kode, tanggal=tgl)
    # A new meeting: everyone hadir until tapped. A stored one: a member without a row was alpa.
    bawaan = "alpa" if asal is not None else "hadir"
    st.session_state[f"{awalan}.anggota"] = list(anggota["kode_anggota"])
    st.markdown(f"**{catat.label('kehadiran')}**")
    if anggota.empty:
        st.info(t("catat.pertemuan.tidak_ada_anggota"), icon=":material/info:")
        return
    hadir = 0
    for i, (k, nama) in enumerate(zip(anggota["kode_anggota"], anggota["nama"], strict=True), start=1):
        s = catat.pilih(awalan, f"hadir.{k}", STATUS, tersimpan.get(k, bawaan), judul=f"{nama} ({k})")
        catat.tandai(awalan, "kode_anggota", baris=i, lembar="kehadiran")
        catat.tandai(awalan, "status", baris=i, lembar="kehadiran")
        hadir += s in ("hadir", "diwakili")
    st.caption(
        t("catat.pertemuan.ringkas", hadir=hadir, aktif=len(anggota), tanggal=i18n.tanggal(tgl, kini()))
    )


# --- monthly report ----------------------------------------------------------------------


def _bulan(teks: str) -> dt.date | None:
    try:
        return nilai.bulan(teks.strip(), dt.date(2100, 12, 31)) if teks.strip() else None
    except nilai.NilaiSalah:
        return None


def _rupiah(teks: str) -> int | None:
    try:
        return nilai.rupiah(teks.strip()) if teks.strip() else None
    except nilai.NilaiSalah:
        return None


def keuangan(kode: str, awalan: str, awal: dict[str, str] | None = None, asal: dict | None = None) -> None:
    a = awal or {}
    bawaan = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    bulan = _bulan(
        catat.teks(awalan, "bulan", a.get("bulan", bawaan), bantuan=t("catat.keuangan.bulan_bantuan"))
    )
    banding = muat(banding_keuangan, kode_kube=kode, bulan=bulan) if bulan else None
    angka: dict[str, int | None] = {}
    for kolom in ANGKA:
        # Beside the field on a wide screen; under it on a phone, where columns stack.
        isian, samping = st.columns([3, 2], vertical_alignment="center")
        with isian:
            teks = catat.teks(awalan, kolom, a.get(kolom, ""), bantuan=t("catat.keuangan.rupiah_bantuan"))
        with samping:
            _sebelumnya(banding, kolom)
        angka[kolom] = _rupiah(teks)
    catat.pilih(awalan, "buku_kas_terkini", YT, a.get("buku_kas_terkini") or None, wajib=False)
    if banding is not None:
        _peringatan(banding, angka)

    def buat() -> Entri:
        isian = _isian(awalan, "keuangan", {"kode_kube": kode})
        return Entri("keuangan", isian, asal=asal, aksi=_aksi(asal), alasan=_nilai(awalan, "alasan"))

    _tombol(awalan, buat, lambda e: t("catat.keuangan.apa", bulan=e.isian["bulan"]), asal)


def _sebelumnya(banding: Banding | None, kolom: str) -> None:
    """The previous report's figure right under the field (beside it on a wide screen)."""
    if banding is None:
        return
    if banding.bulan_sebelumnya is None:
        st.caption(t("catat.keuangan.tanpa_sebelumnya"))
        return
    v = banding.sebelumnya[kolom]
    teks_v = i18n.rupiah(v, kini()) if v is not None else t("catat.keuangan.belum_ada")
    st.caption(
        t("catat.keuangan.sebelumnya", bulan=i18n.bulan(banding.bulan_sebelumnya, kini()), nilai=teks_v)
    )


def _peringatan(banding: Banding, angka: dict[str, int | None]) -> None:
    """A warning, never an error: an odd figure may be true, and is saved if the user says so."""
    lang = kini()
    for p in peringatan_keuangan(banding, angka):
        if p.jenis == "median":
            teks_p = t(
                "catat.keuangan.peringatan_median",
                kolom=catat.label(p.kolom),
                nilai=i18n.rupiah(p.nilai, lang),
                kali=KALI_MEDIAN,
                acuan=i18n.rupiah(p.acuan, lang),
            )
        else:
            teks_p = t(
                "catat.keuangan.peringatan_modal",
                nilai=i18n.rupiah(p.nilai, lang),
                acuan=i18n.rupiah(p.acuan, lang),
            )
        st.warning(teks_p, icon=":material/warning:")


# --- visit -------------------------------------------------------------------------------


def kunjungan(kode: str, awalan: str, awal: dict[str, str] | None = None, asal: dict | None = None) -> None:
    a = awal or {}
    catat.tanggal(awalan, "tanggal", _tgl(a.get("tanggal")) or dt.date.today())
    catat.pilih(awalan, "pihak", _pilihan("kunjungan", "pihak"), a.get("pihak", "pendamping"))
    catat.pilih(awalan, "kegiatan", _pilihan("kunjungan", "kegiatan"), a.get("kegiatan", "pembinaan"))
    catat.teks(awalan, "catatan", a.get("catatan", ""), panjang=True)

    def buat() -> Entri:
        isian = _isian(awalan, "kunjungan", {"kode_kube": kode})
        return Entri("kunjungan", isian, asal=asal, aksi=_aksi(asal), alasan=_nilai(awalan, "alasan"))

    _tombol(awalan, buat, lambda e: t("catat.kunjungan.apa", tanggal=e.isian["tanggal"]), asal)
