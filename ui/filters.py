"""Sidebar filters kept in the URL (`st.query_params`), so a shared link reopens the same view.

Each filter reads its value on load from the session, else the URL, else its default (invalid
URL values fall back to the default), and writes it back to the URL on every run. A filter that
only some pages show keeps its value in a mirror key, because Streamlit forgets the state of a
widget that was not drawn in a run.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import pandas as pd
import streamlit as st

from kube_metrics import i18n, kelompok, polos
from kube_metrics.charts import theme
from kube_metrics.saringan import TANPA_PROVINSI
from ui import tautan, tautan_salah
from ui.bahasa import kini, t
from ui.data import muat

SEMUA = "Semua"  # the option value for "no filter"; shown as umum.semua_pilihan
FOKUS_BAWAAN = "TGR-002"  # KUBE Sejahtera 2, the group the project started from
JENIS_USAHA = [
    "kuliner", "warung_sembako", "kerajinan", "konveksi", "ternak", "pertanian",
    "perikanan", "laundry", "jasa", "simpan_pinjam", "lainnya",
]  # fmt: skip
SEBAYA = ("kota", "kecamatan", "jenis_usaha")  # labels: saringan.sebaya_<kode>
BULAN_BAWAAN = 12  # the default period: the last 12 months with data


@dataclass(frozen=True)
class Saringan:
    dari: dt.date
    sampai: dt.date
    kecamatan: str | None
    kelurahan: str | None
    jenis_usaha: str | None
    provinsi: str | None = None  # TANPA_PROVINSI ("") = the groups whose provinsi is blank
    kota: str | None = None

    def wilayah(self) -> dict[str, str | None]:
        """The area and business filters, as kube_metrics.saringan binds them."""
        return {
            "provinsi": self.provinsi,
            "kota": self.kota,
            "kecamatan": self.kecamatan,
            "kelurahan": self.kelurahan,
            "jenis_usaha": self.jenis_usaha,
        }

    def periode(self) -> dict[str, dt.date]:
        return {"dari": self.dari, "sampai": self.sampai}

    def semua(self) -> dict[str, Any]:
        return asdict(self)

    def uraian_periode(self, lang: str = i18n.BAWAAN) -> str:
        """'Januari 2025 – Desember 2025'."""
        return f"{i18n.bulan(self.dari, lang)} – {i18n.bulan(self.sampai, lang)}"

    def uraian(self, lang: str = i18n.BAWAAN) -> str:
        """The view in words, as Markdown (place names escaped):
        'Januari 2025 – Desember 2025 · Kecamatan Tegalrejo · Kuliner'."""
        bagian = [self.uraian_periode(lang)]
        bagian.append(self.uraian_wilayah(lang))
        usaha = self.jenis_usaha
        bagian.append(theme.label(usaha, lang) if usaha else i18n.teks("saringan.semua_usaha", lang))
        return " · ".join(bagian)

    def uraian_wilayah(self, lang: str = i18n.BAWAAN) -> str:
        """The narrowest area chosen, as Markdown (place names escaped):
        'Kelurahan Bener, Kota Yogyakarta', 'semua wilayah'."""
        if self.kelurahan:
            teks = i18n.teks("saringan.kelurahan_x", lang, nama=polos.md(self.kelurahan))
        elif self.kecamatan:
            teks = i18n.teks("saringan.kecamatan_x", lang, nama=polos.md(self.kecamatan))
        elif self.kota:
            return polos.md(self.kota)
        elif self.provinsi is not None:
            return polos.md(label_provinsi(self.provinsi, lang, awalan=True))
        else:
            return i18n.teks("saringan.semua_wilayah", lang)
        return f"{teks}, {polos.md(self.kota)}" if self.kota else teks


# --- the two-way sync ----------------------------------------------------------------------


def _awal(nama: str, pilihan: Sequence[Any], bawaan: Any, dari_url: Callable[[str], Any]) -> Any:
    """The value to start a widget with: the mirror from this session, else the URL, else default."""
    cermin = st.session_state.get(f"_cermin_{nama}")
    if cermin is not None and _sah(cermin, pilihan):
        return cermin
    teks = st.query_params.get(nama)
    if teks is not None:
        try:
            nilai = dari_url(teks)
        except ValueError:
            nilai = None
        if nilai is not None and _sah(nilai, pilihan):
            return nilai
        tautan_salah.catat(nama, teks)  # said on the page, not silently replaced
    return bawaan


def _sah(nilai: Any, pilihan: Sequence[Any]) -> bool:
    if isinstance(nilai, tuple):
        return all(v in pilihan for v in nilai)
    return nilai in pilihan


def _siapkan(nama: str, pilihan: Sequence[Any], bawaan: Any, dari_url: Callable[[str], Any]) -> str:
    """Put the start value into the widget's key before the widget is drawn; returns the key.

    Written on every run from the mirror: Streamlit may treat a widget drawn from another page
    file as a new widget and forget its state, but the mirror (updated by `_salin` when the user
    changes the widget, before the run) survives.
    """
    kunci = f"saring_{nama}"
    st.session_state[kunci] = _awal(nama, pilihan, bawaan, dari_url)
    return kunci


def _salin(nama: str) -> None:
    """on_change: the user's new choice becomes the mirror (runs before the script)."""
    st.session_state[f"_cermin_{nama}"] = st.session_state[f"saring_{nama}"]


def _simpan(nama: str, nilai: Any, teks: str | None) -> None:
    """Remember the value for this session and write it to the URL (None removes the parameter)."""
    st.session_state[f"_cermin_{nama}"] = nilai
    if teks is None:
        if nama in st.query_params:
            del st.query_params[nama]
    elif st.query_params.get(nama) != teks:
        st.query_params[nama] = teks


def _pilih(label: str, nama: str, pilihan: list[Any], bawaan: Any, format_func: Callable[[Any], str]) -> Any:
    """A sidebar selectbox synced with `?nama=`; the default value is left out of the URL."""
    kunci = _siapkan(nama, pilihan, bawaan, lambda t: t)
    nilai = st.sidebar.selectbox(
        label, pilihan, key=kunci, format_func=format_func, on_change=_salin, args=(nama,)
    )
    _simpan(nama, nilai, None if nilai == bawaan else str(nilai))
    return nilai


# --- the filters ---------------------------------------------------------------------------


def _bulan_url(teks: str) -> dt.date:
    return dt.date.fromisoformat(f"{teks[:7]}-01")


def daftar_bulan() -> list[dt.date]:
    """Every month with data, first to last."""
    rentang = muat(kelompok.rentang_bulan)
    awal, akhir = rentang["bulan_awal"].iloc[0], rentang["bulan_akhir"].iloc[0]
    if pd.isna(awal) or pd.isna(akhir):
        hari_ini = dt.date.today().replace(day=1)
        return [hari_ini]
    return [d.date() for d in pd.date_range(awal, akhir, freq="MS")]


def periode() -> tuple[dt.date, dt.date]:
    """Months `dari`..`sampai` (both inclusive), `?dari=2024-01&sampai=2024-12`."""
    bulan = daftar_bulan()
    bawaan_dari, bawaan_sampai = bulan[max(0, len(bulan) - BULAN_BAWAAN)], bulan[-1]
    kiri, kanan = st.sidebar.columns(2)
    dari = _pilih_bulan(kiri, t("saringan.dari"), "dari", bulan, bawaan_dari)
    sampai = _pilih_bulan(kanan, t("saringan.sampai"), "sampai", bulan, bawaan_sampai)
    if dari > sampai:
        st.sidebar.caption(t("saringan.ditukar"))
        lang = kini()
        st.info(
            t("tangguh.periode_terbalik", dari=i18n.bulan(dari, lang), sampai=i18n.bulan(sampai, lang)),
            icon=":material/swap_horiz:",
        )
        dari, sampai = sampai, dari
    tombol_bulan_ini(bulan)
    return dari, sampai


def tombol_bulan_ini(bulan: list[dt.date]) -> None:
    """The 'bulan ini' preset: this calendar month, or the last month with data when this month
    has none yet (then the button names that month)."""
    ini = dt.date.today().replace(day=1)
    pilih = ini if ini in bulan else bulan[-1]
    label = (
        t("saringan.bulan_ini")
        if pilih == ini
        else t("saringan.bulan_terakhir", bulan=i18n.bulan_pendek(pilih, kini()))
    )
    st.sidebar.button(label, key="bulan_ini", on_click=_satu_bulan, args=(pilih,), icon=":material/today:")


def _satu_bulan(bulan: dt.date) -> None:
    """on_click: the period becomes that one month (the mirrors win over the URL on the rerun)."""
    for nama in ("dari", "sampai"):
        st.session_state[f"_cermin_{nama}"] = bulan


def _pilih_bulan(tempat: Any, label: str, nama: str, bulan: list[dt.date], bawaan: dt.date) -> dt.date:
    """A month selectbox synced with `?nama=YYYY-MM` (always written, so links keep the period)."""
    kunci = _siapkan(nama, bulan, bawaan, _bulan_url)
    lang = kini()
    nilai = tempat.selectbox(
        label,
        bulan,
        key=kunci,
        format_func=lambda b: i18n.bulan_pendek(b, lang),
        on_change=_salin,
        args=(nama,),
    )
    _simpan(nama, nilai, nilai.strftime("%Y-%m"))
    return nilai


def wilayah() -> dict[str, str | None]:
    """Provinsi, kota/kabupaten, kecamatan, kelurahan (`?provinsi=...&kota=...&kecamatan=...`),
    each list narrowed by the choices above it; a choice that no longer fits falls back to all."""
    pilihan = muat(kelompok.pilihan_wilayah)
    lang = kini()
    label = functools.partial(_label_semua, lang=lang)
    provinsi = _pilih_provinsi(pilihan, lang)
    if provinsi != SEMUA:
        pilihan = pilihan[pilihan["provinsi"] == provinsi]
    dipilih: dict[str, str | None] = {"provinsi": _atau_none(provinsi)}
    for tingkat, kunci_label in (
        ("kota", "wilayah.kota"),
        ("kecamatan", "saringan.kecamatan"),
        ("kelurahan", "saringan.kelurahan"),
    ):
        semua = [SEMUA, *sorted(pilihan[tingkat].unique())]
        nilai = _pilih(t(kunci_label), tingkat, semua, SEMUA, label)
        if nilai != SEMUA:
            pilihan = pilihan[pilihan[tingkat] == nilai]
        dipilih[tingkat] = _atau_none(nilai)
    return dipilih


# The blank provinsi is "" in the filter and the SQL, "-" in the URL (an empty URL value is lost).
_PROVINSI_URL_KOSONG = "-"


def _pilih_provinsi(pilihan: pd.DataFrame, lang: str) -> str:
    """The provinsi selectbox; pilihan_wilayah gives a blank provinsi as TANPA_PROVINSI."""
    semua = [SEMUA, *sorted(pilihan["provinsi"].unique())]
    kunci = _siapkan("provinsi", semua, SEMUA, lambda t: TANPA_PROVINSI if t == _PROVINSI_URL_KOSONG else t)
    nilai = st.sidebar.selectbox(
        t("wilayah.provinsi"),
        semua,
        key=kunci,
        format_func=functools.partial(_label_provinsi_pilihan, lang=lang),
        on_change=_salin,
        args=("provinsi",),
    )
    teks = None if nilai == SEMUA else (nilai or _PROVINSI_URL_KOSONG)
    _simpan("provinsi", nilai, teks)
    return str(nilai)


def label_provinsi(nilai: str, lang: str, *, awalan: bool = False) -> str:
    """A provinsi for display: blank is 'provinsi tidak diisi'; awalan adds 'Provinsi '."""
    if nilai == TANPA_PROVINSI:
        return i18n.teks("wilayah.tanpa_provinsi", lang)
    return i18n.teks("wilayah.provinsi_x", lang, nama=nilai) if awalan else nilai


def _label_provinsi_pilihan(nilai: Any, lang: str) -> str:
    return i18n.teks("saringan.semua_pilihan", lang) if nilai == SEMUA else label_provinsi(nilai, lang)


def jenis_usaha() -> str | None:
    label = functools.partial(_label_usaha, lang=kini())
    nilai = _pilih(t("saringan.jenis_usaha"), "jenis_usaha", [SEMUA, *JENIS_USAHA], SEMUA, label)
    return _atau_none(nilai)


# Option labels take the language drawn with (bound by functools.partial), not the session's:
# Streamlit may call a format_func outside the script run (AppTest does).
def _label_semua(nilai: Any, lang: str) -> str:
    """Place names as they are; the 'no filter' option in the chosen language."""
    return i18n.teks("saringan.semua_pilihan", lang) if nilai == SEMUA else str(nilai)


def _label_usaha(nilai: Any, lang: str) -> str:
    return i18n.teks("saringan.semua_pilihan", lang) if nilai == SEMUA else theme.label(nilai, lang)


def _atau_none(nilai: str) -> str | None:
    return None if nilai == SEMUA else nilai


def sidebar() -> Saringan:
    """The filters every page shares; drawn once per run by dashboard.py."""
    st.sidebar.header(t("saringan.judul"))
    dari, sampai = periode()
    area = wilayah()
    usaha = jenis_usaha()
    tautan.tombol_salin_tautan()
    saringan = Saringan(
        dari,
        sampai,
        area["kecamatan"],
        area["kelurahan"],
        usaha,
        provinsi=area["provinsi"],
        kota=area["kota"],
    )
    st.session_state["_saringan"] = saringan
    tautan_salah.tampilkan_umum()
    return saringan


def saringan() -> Saringan:
    """The shared filters of this run (set by `sidebar()` in dashboard.py)."""
    return st.session_state["_saringan"]


def sebaya() -> str:
    """The peer set (`?sebaya=kota|kecamatan|jenis_usaha`)."""
    label = functools.partial(label_sebaya, lang=kini())
    return _pilih(t("saringan.sebaya"), "sebaya", list(SEBAYA), "kota", label)


def label_sebaya(kode: str, lang: str | None = None) -> str:
    """'Satu kota' / 'Same city' for a peer-set code."""
    return i18n.teks(f"saringan.sebaya_{kode}", lang or kini())
