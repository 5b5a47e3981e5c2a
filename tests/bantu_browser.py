"""What every real-browser test shares: Debian's Chromium, and a Streamlit server on a free port."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def butuh_chromium() -> None:
    """Skip without /usr/bin/chromium, except under CI=true, where browser tests must run."""
    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true tetapi /usr/bin/chromium tidak ada (jalankan `make chromium`).")
    pytest.skip("/usr/bin/chromium tidak ada")


def port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def tunggu_sehat(url: str, proses: subprocess.Popen[bytes], batas: float = 60) -> None:
    akhir = time.monotonic() + batas
    while time.monotonic() < akhir:
        if proses.poll() is not None:
            raise RuntimeError(f"streamlit berhenti dengan kode {proses.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as jawab:
                if jawab.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("streamlit tidak siap dalam 60 detik")


@contextmanager
def server_streamlit(
    skrip: str | Path, db_path: Path, log_path: Path, *, port: int | None = None, opsi: tuple[str, ...] = ()
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`streamlit run <skrip>` with KUBE_DB=db_path on a free port (or `port`); yields (url, process).
    `opsi`: more Streamlit options, e.g. ("--secrets.files", path) for the single sign-on test."""
    port = port or port_bebas()
    perintah = [
        sys.executable, "-m", "streamlit", "run", str(skrip), "--server.headless", "true",
        "--server.port", str(port), "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
        *opsi,
    ]  # fmt: skip
    env = {**os.environ, "KUBE_DB": str(db_path), "PYTHONPATH": str(ROOT)}
    with log_path.open("wb") as log:
        proses = subprocess.Popen(perintah, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            tunggu_sehat(url, proses)
            yield url, proses
        finally:
            proses.terminate()
            proses.wait(timeout=20)


@contextmanager
def server_demo(demo_db_path: Path, folder: Path) -> Iterator[str]:
    """`server_streamlit` for dashboard.py on a private copy of the demo database in `folder`
    (the server holds the file's lock and may write to it); prints the end of its log after."""
    butuh_chromium()
    salinan = folder / "kube.duckdb"
    shutil.copy(demo_db_path, salinan)
    log = folder / "streamlit.log"
    try:
        with server_streamlit("dashboard.py", salinan, log) as (url, _):
            yield url
    finally:
        print(log.read_text(errors="replace")[-4000:])


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium through Playwright, closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        peramban = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield peramban
        finally:
            peramban.close()


def masuk_browser(page: Any, url: str, nama: str = "admin", sandi: str | None = None) -> None:
    """Open `url` and sign in through the real form (labels Nama pengguna / Kata sandi / Masuk, or
    the English ones); waits until the signed-in page has finished its run. Without `sandi`, a
    demo account's password (kube_metrics/demo/akun_contoh.py)."""
    from kube_metrics.demo.akun_contoh import AKUN_CONTOH

    sandi = sandi if sandi is not None else AKUN_CONTOH[nama][1]
    inggris = "lang=en" in url
    page.goto(url)
    kolom_nama = page.get_by_label("Username" if inggris else "Nama pengguna")
    kolom_nama.wait_for(timeout=90_000)  # a fresh server's first run on a loaded machine is slow
    kolom_nama.fill(nama)
    page.get_by_label("Password" if inggris else "Kata sandi", exact=True).fill(sandi)
    page.get_by_role("button", name="Sign in" if inggris else "Masuk").click()
    penanda = "Signed in as" if inggris else "Masuk sebagai"
    page.get_by_text(penanda).first.wait_for(timeout=60_000)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
