"""The focal group (`?kube=TGR-002`): found by typing part of its name or code.

At national scale the area may hold 100 000 groups; the page never receives that list. The
choices are the first BATAS_CARI matches of a query (kube_metrics.kelompok.temukan_kelompok)
within the area filters, plus the group already chosen; the rest is one keystroke away.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from kube_metrics import i18n, kelompok
from ui import connection, tautan_salah
from ui.bahasa import kini, t
from ui.data import muat
from ui.filters import FOKUS_BAWAAN, Saringan, _salin, _siapkan, _simpan

BATAS_CARI = 50  # choices in the focal-group list at most


def _milik(df: pd.DataFrame) -> pd.DataFrame:
    """A pendamping's own groups only: the others are anonymised peers, never a focal group."""
    akun = connection.akun_sesi()
    if akun is None or akun.peran != "pendamping":
        return df
    return df[df["kode_kube"].isin(akun.kelompok)]


def _ada(kode: object) -> str | None:
    """The group's code when `kode` names a stored group the account sees in full, else None
    (the reads are narrowed to the account's area: ui/connection.kursor)."""
    if not isinstance(kode, str) or not kode:
        return None
    akun = connection.akun_sesi()
    if akun is not None and akun.peran == "pendamping" and kode not in akun.kelompok:
        return None
    profil = muat(kelompok.cari_kelompok, kode_atau_nama=kode)
    if profil.empty or str(profil["kode_kube"].iloc[0]) != kode:
        return None
    return kode


def _awal() -> str | None:
    """The group chosen in this session, else in the URL, else KUBE Sejahtera 2, else the first.
    An unknown ?kube= is noted, so the page says which group it shows instead (ui/tautan_salah)."""
    cermin, url = st.session_state.get("_cermin_kube"), st.query_params.get("kube")
    if _ada(cermin):
        return str(cermin)
    if _ada(url):
        return str(url)
    if url is not None:
        tautan_salah.catat("kube", url)
    if _ada(FOKUS_BAWAAN):
        return FOKUS_BAWAAN
    pertama = _milik(muat(kelompok.temukan_kelompok, teks=None, batas=BATAS_CARI))
    return None if pertama.empty else str(pertama["kode_kube"].iloc[0])


def _nama(kode: str) -> str:
    return str(muat(kelompok.cari_kelompok, kode_atau_nama=kode)["nama"].iloc[0])


def kelompok_fokus(s: Saringan) -> str | None:
    """The focal group: a search box, then a list of the matches within the area filters."""
    pilihan_kini = _awal()
    if pilihan_kini is None:
        return None
    teks = st.sidebar.text_input(t("cari.label"), key="cari_kube", placeholder=t("cari.petunjuk"))
    hasil = _milik(muat(kelompok.temukan_kelompok, teks=teks or None, batas=BATAS_CARI, **s.wilayah()))
    nama = dict(zip(hasil["kode_kube"], hasil["nama"], strict=True))
    kode = list(nama)
    if pilihan_kini not in nama:
        kode.insert(0, pilihan_kini)  # keep the chosen group even when the search leaves it out
        nama[pilihan_kini] = _nama(pilihan_kini)
    kunci = _siapkan("kube", kode, pilihan_kini, lambda x: x)
    nilai = st.sidebar.selectbox(
        t("saringan.kelompok"),
        kode,
        key=kunci,
        format_func=lambda k: f"{nama[k]} ({k})",
        on_change=_salin,
        args=("kube",),
    )
    _simpan("kube", nilai, str(nilai))
    tautan_salah.kube_tidak_dikenal(f"{nama[nilai]} ({nilai})")
    _keterangan(hasil, teks)
    return str(nilai)


def _keterangan(hasil: pd.DataFrame, teks: str) -> None:
    """Say how many matches the list leaves out, or that nothing matched."""
    jumlah = int(hasil["jumlah"].iloc[0]) if len(hasil) else 0
    lang = kini()
    if teks and jumlah == 0:
        st.sidebar.caption(t("cari.nihil"))
    elif jumlah > BATAS_CARI:
        st.sidebar.caption(t("cari.lebih", n=i18n.angka(BATAS_CARI, lang), total=i18n.angka(jumlah, lang)))
