"""The sign-in gate and the signed-in account of this session (docs/access.md).

Before sign-in nothing but the sign-in screen is drawn: no group name, no figure, no page menu.
The session keeps only the account's *name* and the time of its last step; every run reloads
the account from the database, so a disabled account or a changed area takes effect at once.
`akun()` is the one way the app side asks who is signed in.
"""

from __future__ import annotations

import time

import pandas as pd
import streamlit as st

from kube_metrics import akun as akun_db
from kube_metrics import audit, db, polos
from kube_metrics.akses import Akun
from kube_metrics.demo.akun_contoh import AKUN_CONTOH
from ui import bahasa, connection

KUNCI_NAMA = "_akun_nama"  # the signed-in account's name (tests/bantu_masuk.py sets it)
KUNCI_TERAKHIR = "_akun_terakhir"  # time.time() of the session's last step
_KUNCI_AKUN = connection.KUNCI_AKUN  # the Akun loaded in this run
_KUNCI_PESAN = "_akun_pesan"  # a message for the sign-in screen (session ended, ...)
_KUNCI_GALAT = "_akun_galat"  # (catalogue key, values) of the last failed sign-in
_KUNCI_SSO_DITOLAK = "_akun_sso_ditolak"  # the single sign-on e-mail that has no account
BATAS_DIAM = 8 * 3600  # seconds without a step before the session ends


def akun() -> Akun | None:
    """The signed-in account of this run, or None before sign-in."""
    nilai = st.session_state.get(_KUNCI_AKUN)
    return nilai if isinstance(nilai, Akun) else None


def pengguna() -> str:
    """Who acts, for audit rows and the import history: the signed-in account's name."""
    a = akun()
    return a.nama if a else "?"


def asal() -> str:
    """From where, for audit rows: `halaman` and the client's address."""
    return audit.asal_halaman(st.context.ip_address)


def peran() -> str | None:
    """The signed-in account's role, for the page menu, which is drawn before the gate runs."""
    try:
        a = _akun_sesi()
    except db.DatabaseError:
        return None  # the gate explains the database problem
    return a.peran if a else None


def gerbang() -> Akun | None:
    """The signed-in account, or None after drawing the sign-in screen instead of the page."""
    a = _akun_sesi()
    if a is None:
        layar_masuk()
        return None
    st.session_state[KUNCI_TERAKHIR] = time.time()
    return a


def _akun_sesi() -> Akun | None:
    nama = st.session_state.get(KUNCI_NAMA) or _nama_sso()
    if not nama:
        st.session_state.pop(_KUNCI_AKUN, None)
        return None
    terakhir = st.session_state.get(KUNCI_TERAKHIR, time.time())
    if time.time() - terakhir > BATAS_DIAM:
        return _akhiri("akses.sesi_berakhir")
    with connection.kursor_tulis() as cur:
        a = akun_db.muat(cur, nama)
    if a is None:
        return _akhiri("akses.akun_hilang")
    st.session_state[_KUNCI_AKUN] = a
    return a


def _akhiri(pesan: str | None = None) -> None:
    for kunci in (KUNCI_NAMA, KUNCI_TERAKHIR, _KUNCI_AKUN):
        st.session_state.pop(kunci, None)
    if pesan:
        st.session_state[_KUNCI_PESAN] = pesan
    return None


def keluar() -> None:
    """Keluar: forget the account; the next run shows the sign-in screen."""
    _akhiri()
    if sso_ada() and st.user.is_logged_in:
        st.logout()  # also end the single sign-on session, or the next run signs in again


# --- single sign-on (OpenID Connect through st.login; docs/access.md) -------------------------


def sso_ada() -> bool:
    """Whether this deployment configured st.login (an [auth] section in secrets.toml)."""
    return bool(st.secrets.load_if_toml_exists() and "auth" in st.secrets)


def _nama_sso() -> str | None:
    """After a single sign-on, the account whose e-mail is the provider's; starts its session.

    An e-mail with no active account is refused: audited once per session as a failed sign-in,
    and the sign-in screen says so for as long as the provider's identity cookie lasts (it
    offers to leave the single sign-on). Not st.logout() at once: that reloads the page into a
    new session, and the refusal would be lost before anyone could read it."""
    if not sso_ada() or not st.user.is_logged_in:
        return None
    email = str(st.user.get("email") or "")
    with connection.kursor_tulis() as cur:
        a = akun_db.muat_email(cur, email)
        if a is not None:
            rincian = {"sso": email}
            audit.catat_sendiri(cur, pengguna=a.nama, asal=asal(), aksi="login", rincian=rincian, akun=a.nama)
        elif st.session_state.get(_KUNCI_SSO_DITOLAK) != email:
            rincian = {"sso": email, "alasan": "email_tidak_dikenal"}
            audit.catat_sendiri(cur, pengguna=email or "?", asal=asal(), aksi="login_failed", rincian=rincian)
    if a is None:
        st.session_state[_KUNCI_SSO_DITOLAK] = email
        return None
    st.session_state.pop(_KUNCI_SSO_DITOLAK, None)
    mulai_sesi(a)
    return a.nama


# --- the sign-in screen -----------------------------------------------------------------------


def layar_masuk() -> None:
    t = bahasa.t
    st.title(t("akses.judul_masuk"))
    pesan = st.session_state.pop(_KUNCI_PESAN, None)
    if pesan:
        st.warning(t(pesan), icon=":material/schedule:")
    galat = st.session_state.pop(_KUNCI_GALAT, None)
    with st.form("masuk", enter_to_submit=True):
        st.text_input(t("akses.nama_pengguna"), key="masuk_nama", max_chars=64)
        st.text_input(t("akses.kata_sandi"), type="password", key="masuk_sandi", max_chars=256)
        # A callback, not the button's return value: it runs before the script, so the
        # rerun with which Streamlit leaves its pages-folder mode (ui/halaman.py) cannot lose it.
        st.form_submit_button(t("akses.masuk"), type="primary", on_click=_coba_masuk)
    if galat:
        st.error(t(galat[0], **{k: polos.md(v) for k, v in galat[1].items()}), icon=":material/lock:")
    if sso_ada():
        _tombol_sso()
    _petunjuk()


def _tombol_sso() -> None:
    """Masuk dengan akun kantor (SSO); after an e-mail without an account, the refusal and a way
    out of the single sign-on (to try another office account, or the password form)."""
    t = bahasa.t
    ditolak = st.session_state.get(_KUNCI_SSO_DITOLAK)
    if ditolak is None or not st.user.is_logged_in:
        st.button(t("akses.sso"), on_click=st.login, key="masuk_sso", icon=":material/badge:")
        return
    st.error(t("akses.sso_tidak_dikenal", email=polos.md(ditolak)), icon=":material/person_off:")
    st.button(t("akses.sso_keluar"), on_click=st.logout, key="keluar_sso", icon=":material/logout:")


_GALAT_MASUK = {"nonaktif": "akses.nonaktif", "sandi_contoh": "akses.sandi_contoh"}


def _coba_masuk() -> None:
    nama = str(st.session_state.get("masuk_nama") or "").strip()
    sandi = str(st.session_state.get("masuk_sandi") or "")
    if not nama or not sandi:
        st.session_state[_KUNCI_GALAT] = ("akses.isi_keduanya", {})
        return
    with connection.kursor_tulis() as cur:
        hasil = akun_db.masuk(cur, nama, sandi, asal=asal())
    st.session_state["masuk_sandi"] = ""  # never kept in the session after a try
    if hasil.status == "ok" and hasil.akun is not None:
        mulai_sesi(hasil.akun)
    elif hasil.status == "terkunci" and hasil.terkunci_sampai is not None:
        st.session_state[_KUNCI_GALAT] = ("akses.terkunci", {"jam": hasil.terkunci_sampai.strftime("%H:%M")})
    else:
        st.session_state[_KUNCI_GALAT] = (_GALAT_MASUK.get(hasil.status, "akses.sandi_salah"), {})


def mulai_sesi(a: Akun) -> None:
    """Start a session for `a` (after a checked password, or a single sign-on match)."""
    st.session_state[KUNCI_NAMA] = a.nama
    st.session_state[KUNCI_TERAKHIR] = time.time()
    st.session_state[_KUNCI_AKUN] = a


def _petunjuk() -> None:
    """No account yet: how to make the first admin. Demo data: the demo accounts."""
    with connection.kursor_tulis() as cur:
        ada = akun_db.ada_akun(cur)
    if not ada:
        st.info(bahasa.t("akses.belum_ada_akun"), icon=":material/person_add:")
        perintah = "python -m kube_metrics user add NAMA --role admin --password-stdin"
        st.code(f'{perintah} --db "{connection.jalur()}"', language="sh")
    elif _data_contoh_saja():
        _akun_contoh()


def _data_contoh_saja() -> bool:
    # the published passwords only open demo data alone (kube_metrics/sandi_umum.py)
    info = connection.info_basis_data()
    return info.get("sumber") == "demo" and "campuran" not in info


def _akun_contoh() -> None:
    t = bahasa.t
    st.info(t("akses.akun_contoh"), icon=":material/key:")
    baris = [(nama, sandi, t(f"akses.peran.{peran}")) for nama, (peran, sandi) in AKUN_CONTOH.items()]
    kolom = [t("akses.kolom_nama"), t("akses.kolom_sandi"), t("akses.kolom_peran")]
    st.dataframe(pd.DataFrame(baris, columns=kolom), hide_index=True, key="akun_contoh")


# --- the sidebar ------------------------------------------------------------------------------


def sidebar(a: Akun) -> None:
    """Who is signed in, the role and the area, and Keluar. Plain text: names are data."""
    t = bahasa.t
    kotak = st.sidebar.container(border=True)
    kotak.text(t("akses.masuk_sebagai", nama=a.nama))
    kotak.text(t("akses.peran_label", peran=t(f"akses.peran.{a.peran}")))
    kotak.text(t("akses.wilayah_label", wilayah=teks_wilayah(a)))
    kotak.button(t("akses.keluar"), on_click=keluar, key="akses_keluar", icon=":material/logout:")


def teks_wilayah(a: Akun) -> str:
    if a.peran == "pendamping":
        return bahasa.t("akses.wilayah_kelompok", n=len(a.kelompok))
    bagian = list(a.provinsi) + list(a.kota)
    return ", ".join(bagian) if bagian else bahasa.t("akses.wilayah_semua")
