"""Signing in, for tests: an AppTest session (`masuk(at, "admin")`) and the accounts behind it.

`masuk` puts the account's name in the AppTest session as the sign-in form does after a right
password (ui/sesi.py). The gate still reloads the account from the database on every run, so
the role and area are the database's: on the demo database the demo accounts (one per role,
kube_metrics/demo/akun_contoh.py); on any other database `masuk` first creates the account.
The browser helper (tests/bantu_browser.py `masuk_browser`) goes through the real form.
"""

from __future__ import annotations

import os
from pathlib import Path

from streamlit.testing.v1 import AppTest

from kube_metrics import akun, db
from kube_metrics.akses import Akun
from kube_metrics.demo.akun_contoh import AKUN_CONTOH
from ui import sesi

SANDI_UJI = "sandi-uji-123"  # the password of accounts made by pastikan_akun
# AppTest's limit per script run, generous: a page's first run on a machine at load 30 (CI, or
# six engineers) took over 90 s for Kelola Data. Never a speed check: benchmarks measure speed.
WAKTU_UJI = 300


def masuk(
    at: AppTest,
    peran: str = "admin",
    *,
    nama: str | None = None,
    kota: tuple[str, ...] = (),
    kelompok: tuple[str, ...] | None = None,
) -> AppTest:
    """Sign the AppTest session in as `nama` (default: the role's name, as the demo accounts).

    The account is created in the database of KUBE_DB when it is missing (kelompok for a
    pendamping: every group unless given)."""
    nama = nama or peran
    path = os.environ.get("KUBE_DB")
    if path and Path(path).exists():
        pastikan_akun(Path(path), peran, nama=nama, kota=kota, kelompok=kelompok)
    at.session_state[sesi.KUNCI_NAMA] = nama
    return at


def pastikan_akun(
    path: Path,
    peran: str,
    *,
    nama: str | None = None,
    kota: tuple[str, ...] = (),
    kelompok: tuple[str, ...] | None = None,
) -> str:
    """Create the account in the database file when it is missing; returns its password.

    Opening the file in the test process shares the DuckDB instance the app may already hold."""
    nama = nama or peran
    try:
        con = db.open_database(path)
    except db.DatabaseError:
        return SANDI_UJI  # a locked or broken file: the app shows why, there is nothing to sign in to
    try:
        with db.cursor(con) as cur:
            if akun.muat(cur, nama) is not None:
                return AKUN_CONTOH[nama][1] if nama in AKUN_CONTOH else SANDI_UJI
            if peran == "pendamping" and kelompok is None:
                kelompok = tuple(
                    r[0] for r in cur.execute("SELECT kode_kube FROM kelompok ORDER BY 1").fetchall()
                )
            baru = Akun(nama, peran, kota=kota, kelompok=kelompok or ())
            hash_ = akun.hash_sandi_contoh(SANDI_UJI, nama)
            akun.tambah(cur, baru, hash_=hash_, pelaku=akun.Pelaku("uji", "cli"))
    finally:
        con.close()
    return SANDI_UJI


def buka_halaman(at: AppTest, halaman: str) -> AppTest:
    """The first run straight at `halaman`, as a deep link does: dashboard.py's st.navigation runs
    that page. One script run instead of two (Ringkasan first, then switch_page), which is what
    most AppTests paid before; tests about moving between pages still switch after a run."""
    if halaman != "pages/ringkasan.py":
        at.switch_page(halaman)
    return at.run()
