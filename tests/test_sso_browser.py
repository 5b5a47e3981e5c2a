"""Single sign-on through Streamlit's st.login, end to end in Chromium, against the local
stand-in OpenID Connect provider of tests/oidc_tiruan.py (docs/access.md "Single sign-on").

The app runs with a temporary secrets file holding an [auth] section (never the repository's
.streamlit/): its redirect_uri is the server's own /oauth2callback and its
server_metadata_url the stand-in's discovery document. Clicking "Masuk dengan akun kantor
(SSO)" goes to the provider, which approves at once and sends the browser back with a code;
Streamlit (Authlib) exchanges it for an RS256-signed id_token, checks it against the JWKS and
sets its identity cookie; Pantau KUBE then looks up the account by e-mail.
"""

from __future__ import annotations

import json
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from kube_metrics import akun, db
from kube_metrics.akses import Akun
from tests import oidc_tiruan
from tests.bantu_browser import butuh_chromium, chromium, port_bebas, server_streamlit

pytest.importorskip("authlib", reason="st.login needs Authlib (requirements.txt)")

EMAIL_AKUN = "Kepala.Dinas@Kantor.Example"  # stored in another case: the match ignores case
EMAIL_PENYEDIA = "kepala.dinas@kantor.example"
EMAIL_ASING = "orang.lain@kantor.example"


def _rahasia(folder: Path, port: int, penyedia: oidc_tiruan.Penyedia) -> Path:
    """A secrets.toml with Streamlit's [auth] section, in a temporary folder."""
    berkas = folder / "secrets.toml"
    berkas.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        f'client_id = "{oidc_tiruan.CLIENT_ID}"\n'
        f'client_secret = "{oidc_tiruan.CLIENT_SECRET}"\n'
        f'server_metadata_url = "{penyedia.url}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    return berkas


@contextmanager
def _server_sso(demo_db_path: Path, folder: Path) -> Iterator[tuple[str, Any, Path, Any]]:
    """A demo copy with the account kepala_dinas (e-mail EMAIL_AKUN), the stand-in provider, and
    Streamlit configured to use it."""
    butuh_chromium()
    path = folder / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    con = db.open_database(path)
    baru = Akun("kepala_dinas", "dinas", kota=("Kota Yogyakarta",), email=EMAIL_AKUN)
    akun.tambah(
        con, baru, hash_=akun.hash_sandi_contoh("sandi-uji-123", "kd"), pelaku=akun.Pelaku("uji", "cli")
    )
    con.close()
    port = port_bebas()
    log = folder / "streamlit.log"
    with oidc_tiruan.jalankan(EMAIL_PENYEDIA) as penyedia:
        opsi = ("--secrets.files", str(_rahasia(folder, port, penyedia)))
        try:
            with server_streamlit("dashboard.py", path, log, port=port, opsi=opsi) as (url, proses):
                yield url, penyedia, path, proses
        finally:
            print(log.read_text(errors="replace")[-4000:])


@pytest.fixture(scope="module")
def sso(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any, Path, Any]]:
    with _server_sso(demo_db_path, tmp_path_factory.mktemp("sso")) as server:
        yield server


def _klik_sso(page: Any, url: str) -> None:
    page.goto(url)
    tombol = page.get_by_role("button", name="Masuk dengan akun kantor (SSO)")
    tombol.wait_for(timeout=90_000)  # a fresh server's first run on a loaded machine is slow
    tombol.click()


def _sidebar(page: Any) -> str:
    return str(page.locator('[data-testid="stSidebar"]').inner_text())


@pytest.mark.browser
@pytest.mark.xdist_group("sso_browser")
def test_sso_masuk_sebagai_akun_dari_email(sso) -> None:
    _masuk_sebagai_akun(*sso[:2])


def _masuk_sebagai_akun(url: str, penyedia: Any) -> None:
    penyedia.email = EMAIL_PENYEDIA
    with chromium() as peramban:
        page = peramban.new_page()
        _klik_sso(page, url)
        page.get_by_text("Masuk sebagai: kepala_dinas").wait_for(timeout=90_000)
        page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
        sidebar = _sidebar(page)
        assert "Peran: Dinas Sosial" in sidebar and "Wilayah: Kota Yogyakarta" in sidebar
        assert page.get_by_label("Kata sandi", exact=True).count() == 0  # past the sign-in screen
        assert penyedia.tukar == [EMAIL_PENYEDIA]  # one code, exchanged once, by Streamlit's server
        # Keluar ends the app's session and the single sign-on: back to the sign-in screen
        page.get_by_role("button", name="Keluar").click()
        page.get_by_role("button", name="Masuk dengan akun kantor (SSO)").wait_for(timeout=90_000)
        assert "Masuk sebagai" not in page.locator("body").inner_text()


@pytest.mark.browser
@pytest.mark.xdist_group("sso_browser")
def test_sso_email_tanpa_akun_ditolak_dengan_jelas(sso) -> None:
    _ditolak(*sso[:2])


def _ditolak(url: str, penyedia: Any) -> None:
    penyedia.email = EMAIL_ASING
    with chromium() as peramban:
        page = peramban.new_page()
        _klik_sso(page, url)
        pesan = (
            f"E-mail {EMAIL_ASING} belum terdaftar di Pantau KUBE. Minta admin membuat akun dengan --email."
        )
        page.get_by_text(pesan).wait_for(timeout=90_000)
        page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
        teks = page.locator("body").inner_text()
        assert "Masuk sebagai" not in teks and "Jejak audit" not in teks  # no page, no menu
        assert page.get_by_label("Kata sandi", exact=True).count() == 1  # the password form stays
        # a way out of the single sign-on, to try another account
        page.get_by_role("button", name="Keluar dari akun kantor (SSO)").click()
        page.get_by_role("button", name="Masuk dengan akun kantor (SSO)").wait_for(timeout=90_000)
        assert pesan not in page.locator("body").inner_text()


@pytest.mark.browser
@pytest.mark.xdist_group("sso_browser")
def test_sso_tercatat_di_jejak_audit(demo_db_path: Path, tmp_path: Path) -> None:
    """Both sign-ins on a server of its own (not the module's: under xdist the module fixture
    was once rebuilt between the tests, and the trail then lacked the first sign-in), then the
    server, which holds the database file, is stopped and the trail read. The refused e-mail is
    audited once, although the sign-in screen ran several times while its identity cookie lasted."""
    with _server_sso(demo_db_path, tmp_path) as (url, penyedia, path, proses):
        _masuk_sebagai_akun(url, penyedia)
        _ditolak(url, penyedia)
        proses.terminate()
        proses.wait(timeout=30)
    con = db.open_database(path, read_only=True)
    try:
        baris = con.execute(
            "SELECT pengguna, aksi, rincian, akun FROM audit WHERE rincian LIKE '%\"sso\"%' ORDER BY id"
        ).fetchall()
    finally:
        con.close()
    assert [(p, a, json.loads(r), k) for p, a, r, k in baris] == [
        ("kepala_dinas", "login", {"sso": EMAIL_PENYEDIA}, "kepala_dinas"),
        (EMAIL_ASING, "login_failed", {"sso": EMAIL_ASING, "alasan": "email_tidak_dikenal"}, None),
    ]
