"""The Catat page's shared machinery: fields that keep a draft, errors marked at their field,
and the save and delete actions (kube_metrics.catat does the checking and writing).

The draft: every field's value is copied on each run into `st.session_state[DRAF]`, which,
unlike widget state, survives the field not being drawn (another kind chosen, another page
visited, a dropped connection that reconnects to the same session). A field drawn again starts
from its draft. Nothing reaches the database before Simpan, and Simpan writes all or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import streamlit as st

from kube_metrics import audit, db, i18n, polos
from kube_metrics.catat import Entri, Hapus, hapus, izin, periksa_entri, periksa_hapus, simpan_entri
from kube_metrics.impor.galat import GalatImpor
from ui import connection, sesi
from ui.bahasa import kini, t

DRAF = "catat_draf"  # field key -> last value
GALAT = "catat_galat"  # form prefix -> errors of its last refused save
PESAN = "catat_pesan"  # (kind, text, warnings) of the last save, shown once
PULIH = "catat_pulih"  # set during a run when a field differs from its start
AWAL = "catat_awal"  # field key -> its start value (stored record or default)
TANGGAL_MIN = dt.date(1990, 1, 1)


def _draf() -> dict[str, Any]:
    return st.session_state.setdefault(DRAF, {})


def siapkan(kunci: str, awal: Any) -> None:
    """Seed a field from its draft, else from `awal` (only when the widget holds nothing)."""
    st.session_state.setdefault(AWAL, {})[kunci] = awal
    if kunci not in st.session_state:
        st.session_state[kunci] = _draf().get(kunci, awal)


def ingat(kunci: str, nilai: Any) -> Any:
    """Copy a field's value into the draft; note when it is no longer the form's start value."""
    _draf()[kunci] = nilai
    if nilai != st.session_state.get(AWAL, {}).get(kunci, nilai):
        st.session_state[PULIH] = True
    return nilai


def dipulihkan() -> bool:
    """Whether this run's form holds typed values not saved yet (shown above the form)."""
    return bool(st.session_state.pop(PULIH, False))


def gaya() -> None:
    """Large tap targets inside the form (48 px, as phone guidelines ask)."""
    st.html(
        "<style>.st-key-catat_formulir button, .st-key-catat_formulir input,"
        " .st-key-catat_formulir [data-baseweb='select'] > div {min-height: 48px}</style>"
    )


def ada_draf(awalan: str) -> bool:
    return any(k.startswith(awalan + ".") for k in _draf())


def buang_draf(awalan: str) -> None:
    """After a save: the form starts afresh (fields and their drafts)."""
    for simpanan in (_draf(), st.session_state):
        for k in [k for k in list(simpanan.keys()) if str(k).startswith(awalan + ".")]:
            del simpanan[k]
    st.session_state.get(GALAT, {}).pop(awalan, None)


# --- fields ------------------------------------------------------------------------------


def label(kolom: str) -> str:
    return t(f"catat.kolom.{kolom}")


def teks(
    awalan: str, kolom: str, awal: str = "", *, panjang: bool = False, bantuan: str | None = None
) -> str:
    kunci = f"{awalan}.{kolom}"
    siapkan(kunci, awal)
    fungsi = st.text_area if panjang else st.text_input
    nilai = fungsi(label(kolom), key=kunci, help=bantuan)
    tandai(awalan, kolom)
    return str(ingat(kunci, nilai or ""))


def tanggal(awalan: str, kolom: str, awal: dt.date | None) -> dt.date | None:
    """A date picker without an upper bound: a future date is refused by the import's rule."""
    kunci = f"{awalan}.{kolom}"
    siapkan(kunci, awal)
    nilai = st.date_input(
        label(kolom), key=kunci, min_value=TANGGAL_MIN, max_value=dt.date(2100, 12, 31), format="DD/MM/YYYY"
    )
    tandai(awalan, kolom)
    return ingat(kunci, nilai if isinstance(nilai, dt.date) else None)


def pilih(
    awalan: str,
    kolom: str,
    pilihan: tuple[str, ...],
    awal: str | None,
    *,
    wajib: bool = True,
    judul: str | None = None,
) -> str:
    """One tap among a few choices (large buttons); labels from the catalogue where it has them.
    `judul` (a member's name) is data, shown as plain text."""
    kunci = f"{awalan}.{kolom}"
    siapkan(kunci, awal)
    teks_judul = polos.md(judul) if judul is not None else label(kolom)
    nilai = st.segmented_control(teks_judul, pilihan, key=kunci, format_func=_nama_nilai, required=wajib)
    tandai(awalan, kolom)
    return str(ingat(kunci, nilai or ""))


def daftar(awalan: str, kolom: str, pilihan: tuple[str, ...], awal: str | None) -> str:
    """A longer list of choices (a select box)."""
    kunci = f"{awalan}.{kolom}"
    siapkan(kunci, awal)
    nilai = st.selectbox(label(kolom), pilihan, key=kunci, format_func=_nama_nilai, index=None)
    tandai(awalan, kolom)
    return str(ingat(kunci, nilai or ""))


def _nama_nilai(nilai: str) -> str:
    """A code's name on its button: the form's own wording, else (in another language than the
    codes' Indonesian) the shared [label] table, so English never shows 'musyawarah' (issue 11)."""
    lang = kini()
    for kunci in (f"catat.nilai.{nilai}", *([f"label.{nilai}"] if lang != i18n.BAWAAN else [])):
        if i18n.ada(kunci, lang):
            return i18n.teks(kunci, lang)
    return nilai.replace("_", " ")


# --- errors at their field ---------------------------------------------------------------


def _galat(awalan: str) -> list[GalatImpor]:
    return list(st.session_state.get(GALAT, {}).get(awalan, []))


def _kalimat(g: GalatImpor) -> str:
    # A field's own label when the form has one; otherwise the contract's column name.
    kolom = label(g.kolom) if g.kolom and i18n.ada(f"catat.kolom.{g.kolom}", kini()) else g.kolom
    return (
        t("catat.di_kolom", kolom=polos.md(kolom), alasan=polos.md(g.alasan)) if kolom else polos.md(g.alasan)
    )


def tandai(awalan: str, kolom: str, baris: int | None = None, lembar: str | None = None) -> None:
    """Under a field: the reasons its value was refused at the last save, in Bahasa Indonesia."""
    for g in _galat(awalan):
        if (
            g.kolom == kolom
            and (baris is None or g.baris == baris)
            and (lembar is None or g.lembar == lembar)
        ):
            st.error(_kalimat(g), icon=":material/error:")


def ringkasan_galat(awalan: str) -> None:
    """Above the form: how many fields to fix, and every reason (also those with no field)."""
    galat = _galat(awalan)
    if galat:
        st.error(t("catat.ditolak", n=len(galat)) + "\n\n" + "\n".join(f"- {_kalimat(g)}" for g in galat))


def pesan() -> None:
    """The outcome of the last save (once), with the way to see it on Profil Kelompok."""
    simpanan = st.session_state.pop(PESAN, None)
    if simpanan is None:
        return
    jenis, teks_pesan, peringatan = simpanan
    if jenis == "gagal":
        st.error(teks_pesan, icon=":material/cloud_off:")
        return
    st.success(teks_pesan, icon=":material/check_circle:")
    if peringatan:
        st.warning(t("catat.peringatan_simpan") + "\n\n" + "\n".join(f"- {polos.md(p)}" for p in peringatan))


# --- actions -----------------------------------------------------------------------------


def _pencatat() -> Callable[..., None]:
    """The audit row of a write: who (the signed-in account), from where, on the write's own
    cursor inside its transaction (kube_metrics.audit.catat)."""
    pengguna, asal = sesi.pengguna(), sesi.asal()

    def catat(con: Any, aksi: str, rincian: dict[str, Any]) -> None:
        kelompok = [str(rincian["kode_kube"])] if rincian.get("kode_kube") else []
        audit.catat(con, pengguna=pengguna, asal=asal, aksi=aksi, rincian=rincian, kelompok=kelompok)

    return catat


def boleh(profil: dict[str, Any], aksi: str = "catat") -> bool:
    """Whether the signed-in account may use this group's forms; else a clear refusal is shown
    (a pendamping opening another group's form by URL, a dinas account outside its area)."""
    akun = sesi.akun()
    alasan = "catat.tidak_boleh" if akun is None else izin.alasan_tolak(akun, profil, aksi)
    if alasan is None:
        return True
    if aksi == "catat":
        nama, peran = (akun.nama, akun.peran) if akun else ("?", "?")
        teks_alasan = t(alasan, akun=polos.md(nama), peran=peran, kode=polos.md(profil["kode_kube"]),
                        kota=polos.md(profil.get("kota", "")))  # fmt: skip
        st.error(teks_alasan, icon=":material/block:")
    return False


def simpan(awalan: str, buat: Callable[[], Entri], apa: Callable[[Entri], str]) -> None:
    """Simpan's on_click: check as an import would, write all or nothing, or mark the fields."""
    entri = buat()
    try:
        with connection.kursor_tulis() as cur:  # a write (areas: the focal group is one of the account's)
            hasil = periksa_entri(cur, entri)
            if not hasil.bersih:
                st.session_state.setdefault(GALAT, {})[awalan] = hasil.galat
                return
            simpan_entri(cur, entri, hasil, pencatat=_pencatat())
    except db.DatabaseError as exc:
        st.session_state[PESAN] = ("gagal", t("catat.gagal_simpan", alasan=polos.md(exc)), [])
        return
    connection.data_berubah()
    buang_draf(awalan)
    peringatan = [g.alasan for g in hasil.peringatan]
    st.session_state[PESAN] = ("berhasil", t("catat.berhasil", apa=polos.md(apa(entri))), peringatan)


def hapus_rekaman(awalan: str, buat: Callable[[], Hapus], selesai: Callable[[Hapus], str]) -> None:
    """Hapus's on_click: refuse with marked fields, or delete in one transaction."""
    h = buat()
    try:
        with connection.kursor_tulis() as cur:  # a write (areas: the focal group is one of the account's)
            galat = periksa_hapus(cur, h)
            if galat:
                st.session_state.setdefault(GALAT, {})[awalan] = galat
                return
            hapus(cur, h, pencatat=_pencatat())
    except db.DatabaseError as exc:
        st.session_state[PESAN] = ("gagal", t("catat.gagal_simpan", alasan=polos.md(exc)), [])
        return
    connection.data_berubah()
    buang_draf(awalan)
    st.session_state[PESAN] = ("berhasil", selesai(h), [])
