"""Values in a shared link (?kube=, ?dari=, ?kecamatan=, ...) that the app could not use.

The filters fall back to their default for such a value; this says so, once, instead of
silently showing something else (the link is then rewritten with the value shown)."""

from __future__ import annotations

import streamlit as st

from kube_metrics import polos
from ui import connection
from ui.bahasa import t

_KUNCI = "_tautan_tidak_dikenal"


def catat(nama: str, teks: str) -> None:
    """Remember for this run that `?nama=teks` could not be used."""
    st.session_state.setdefault(_KUNCI, {})[nama] = teks


def ambil(nama: str) -> str | None:
    """The unusable value of `?nama=`, taken off the list (so it is reported once)."""
    return st.session_state.get(_KUNCI, {}).pop(nama, None)


def tampilkan_umum() -> None:
    """Every unusable value except the group (kelompok_fokus words that one itself)."""
    for nama in [n for n in st.session_state.get(_KUNCI, {}) if n != "kube"]:
        teks = ambil(nama) or ""
        st.info(
            t("tangguh.url_tidak_dikenal", nama=polos.md(nama), nilai=polos.md(teks)),
            icon=":material/link_off:",
        )


def kube_tidak_dikenal(label: str) -> None:
    """?kube= named no group this account sees in full: say so, and which group is shown instead.

    An account narrowed to an area is told the group is outside its area "or does not exist at
    all": the message does not reveal whether another area holds that code."""
    if (kode := ambil("kube")) is not None:
        akun = connection.akun_sesi()
        sempit = akun is not None and not akun.seluruh_wilayah  # a kota/provinsi or own groups
        kunci = "akses.kelompok_luar" if sempit else "tangguh.kube_tidak_dikenal"
        st.info(t(kunci, kode=polos.md(kode), nama=polos.md(label)), icon=":material/link_off:")
