"""Issue 9 §6: the first page of a freshly started server is never blank.

Streamlit's very first run of a fresh server, opened at a page URL, takes its old pages-folder
path (ui/halaman.py; the cause of the old blank page is in DEVELOPERS.md, "The first run of a
fresh server"). Each round starts a new server and opens a deep link first: its first run must
draw the sign-in form, and after signing in the page must show its title and content.

Blank or slow? A loaded machine makes a run slow, not blank, so a fixed timeout cannot tell them
apart. The browser says which: `data-test-script-state` on stApp is "initial" until a run has
reached it, "running" during one and "notRunning" once it finished, and
`data-test-connection-state` says whether the websocket is up. A round is BLANK (the defect) only
when the app is connected, its run has finished, and nothing was drawn for TENANG seconds after
that. While a run is still going the round waits (up to BATAS_MACET; a run that long is a hang,
reported as such, never as "slow"). Every round's times are printed with the machine load.

Cost: 20 servers one after another. The next server starts while the current round runs in the
browser (its ~5 s of imports overlap), and one Chromium serves every round with a fresh context
(a new Streamlit session each time). KALI_AWAL=N changes the number of rounds (20 by default,
also under CI=true)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.bantu_browser import ROOT, butuh_chromium, chromium, port_bebas, tunggu_sehat

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]

KALI = int(os.environ.get("KALI_AWAL", "20"))
TENANG = 10.0  # s of a finished run with nothing drawn: blank
BATAS_MACET = 600.0  # s of a run still going: a hang
# deep links, in turn; each with its title (h1); the English one signs in with English labels
TAUTAN = [
    ("bandingkan?kube=TGR-002", "Bandingkan"),
    ("profil_kelompok", "Profil Kelompok"),
    ("hambatan", "Hambatan"),
    ("kemandirian?lang=en", "Independence"),
    ("modal_sosial", "Modal Sosial"),
]
_APP = '[data-testid="stApp"]'
_JUDUL = '[data-testid="stMain"] h1'


@dataclass
class Hasil:
    keadaan: str  # "tampil" (drawn), "kosong" (blank: the defect) or "macet" (still running)
    detik: float
    rincian: str = ""


# Every value stApp's run state takes from now on, kept in the page (polling could miss a short
# run): after a click the state stays "notRunning" until the server starts the new run.
_AMATI_RUN = """() => {
  window.__kubeRun = [];
  const app = document.querySelector('[data-testid="stApp"]');
  new MutationObserver(() => window.__kubeRun.push(app.getAttribute("data-test-script-state")))
    .observe(app, {attributes: true, attributeFilter: ["data-test-script-state"]});
}"""


def _tunggu_gambar(page: Any, selektor: str, sesudah_klik: bool = False, formulir: str = "") -> Hasil:
    """Wait until `selektor` is visible, telling a blank page from a slow one (module docstring).
    `sesudah_klik`: a run counts as finished only once a new run has started since _AMATI_RUN.
    `formulir`: the sign-in field; a finished run that shows it again is not blank but a sign-in
    that did not take (under load the click can reach the form before the typed values do)."""
    mulai = time.monotonic()
    selesai_sejak: float | None = None
    while True:
        kini = time.monotonic()
        if page.locator(selektor).first.is_visible():
            return Hasil("tampil", kini - mulai)
        app = page.locator(_APP)
        run = app.get_attribute("data-test-script-state") if app.count() else None
        sambung = app.get_attribute("data-test-connection-state") if app.count() else None
        baru = not sesudah_klik or "running" in page.evaluate("() => window.__kubeRun")
        if run == "notRunning" and sambung == "CONNECTED" and baru:
            selesai_sejak = selesai_sejak or kini
            if formulir and kini - selesai_sejak > 2 and page.locator(formulir).first.is_visible():
                return Hasil("formulir lagi", kini - mulai)
            if kini - selesai_sejak > TENANG:
                teks = page.locator("body").inner_text()[:300]
                return Hasil("kosong", kini - mulai, f"run selesai, tersambung, kosong: {teks!r}")
        else:
            selesai_sejak = None
        if kini - mulai > BATAS_MACET:
            return Hasil("macet", kini - mulai, f"state {run}, sambungan {sambung}")
        page.wait_for_timeout(250)


def _babak(peramban: Any, url: str, judul: str) -> tuple[Hasil, Hasil, dict[str, Any]]:
    """One deep link as the server's first visit: the sign-in form, then the page."""
    from kube_metrics.demo.akun_contoh import AKUN_CONTOH

    inggris = "lang=en" in url
    konteks = peramban.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = konteks.new_page()
        page.set_default_timeout(int(BATAS_MACET * 1000))
        page.goto(url)
        kolom = 'input[aria-label="Username"]' if inggris else 'input[aria-label="Nama pengguna"]'
        formulir = _tunggu_gambar(page, kolom)
        if formulir.keadaan != "tampil":
            return formulir, Hasil("tidak dicoba", 0.0), {}
        for coba in range(1, 4):
            page.locator(kolom).fill("admin")
            page.get_by_label("Password" if inggris else "Kata sandi", exact=True).fill(
                AKUN_CONTOH["admin"][1]
            )
            page.evaluate(_AMATI_RUN)
            page.get_by_role("button", name="Sign in" if inggris else "Masuk").click()
            # the sign-in screen has a title of its own: wait for the page's
            halaman = _tunggu_gambar(page, f"{_JUDUL}:has-text({judul!r})", sesudah_klik=True, formulir=kolom)
            halaman.rincian += f" (masuk ke-{coba})"
            if halaman.keadaan != "formulir lagi":
                break
        isi: dict[str, Any] = {}
        if halaman.keadaan == "tampil":
            mulai = time.monotonic()
            page.wait_for_selector(f'{_APP}[data-test-script-state="notRunning"]')
            isi = {
                "selesai": time.monotonic() - mulai,
                "judul": page.locator(_JUDUL).first.inner_text(),
                "elemen": page.locator('[data-testid="stMain"] [data-testid="stElementContainer"]').count(),
                "galat": page.locator('[data-testid="stException"]').count(),
            }
        return formulir, halaman, isi
    finally:
        konteks.close()


class _Server:
    """`streamlit run dashboard.py` on a private copy of the demo data, started without waiting
    (tests/bantu_browser.server_streamlit waits at once; here the wait comes later)."""

    def __init__(self, demo: Path, folder: Path) -> None:
        folder.mkdir()
        self.db = folder / "kube.duckdb"
        shutil.copy(demo, self.db)
        self.log = folder / "streamlit.log"
        port = port_bebas()
        self.url = f"http://127.0.0.1:{port}"
        perintah = [
            sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
            "--server.port", str(port), "--server.fileWatcherType", "none",
            "--browser.gatherUsageStats", "false",
        ]  # fmt: skip
        env = {**os.environ, "KUBE_DB": str(self.db), "PYTHONPATH": str(ROOT)}
        with self.log.open("wb") as log:
            self.proses = subprocess.Popen(perintah, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)

    def siap(self) -> str:
        tunggu_sehat(self.url, self.proses, batas=BATAS_MACET)
        return self.url

    def henti(self, tunggu: bool = True) -> None:
        if self.proses.poll() is None:
            self.proses.terminate()
        if tunggu:
            self.proses.wait(timeout=30)


@contextmanager
def _hentikan_semua(semua: list[_Server]) -> Iterator[None]:
    try:
        yield
    finally:
        for server in semua:
            server.henti()


def _beban() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def test_halaman_pertama_server_baru_tidak_kosong(demo_db_path: Path, tmp_path: Path) -> None:
    butuh_chromium()
    laporan: list[str] = []
    cacat: list[str] = []
    semua = [_Server(demo_db_path, tmp_path / "server0")]
    with chromium() as peramban, _hentikan_semua(semua):
        for ke in range(KALI):
            server = semua[-1]
            mulai = time.monotonic()
            url = server.siap()
            boot = time.monotonic() - mulai
            if ke + 1 < KALI:  # the next server boots while this round runs
                semua.append(_Server(demo_db_path, tmp_path / f"server{ke + 1}"))
            jalur, judul = TAUTAN[ke % len(TAUTAN)]
            try:
                formulir, halaman, isi = _babak(peramban, f"{url}/{jalur}", judul)
            finally:
                server.henti(tunggu=False)  # its shutdown overlaps the next round; waited for at the end
            baris = (
                f"{ke:2d} {jalur:24s} server +{boot:4.1f}s, formulir {formulir.keadaan} "
                f"{formulir.detik:5.1f}s, halaman {halaman.keadaan} {halaman.detik:5.1f}s{halaman.rincian}, "
                f"selesai {isi.get('selesai', 0):5.1f}s, beban {_beban()}"
            )
            laporan.append(baris)
            for bagian in (formulir, halaman):
                if bagian.keadaan in ("kosong", "macet", "formulir lagi"):
                    cacat.append(f"{baris}: {bagian.rincian}; log: {server.log.read_text()[-800:]!r}")
            if halaman.keadaan == "tampil":
                assert isi["judul"].startswith(judul), (jalur, isi)
                assert isi["elemen"] >= 5, (jalur, isi)  # title, filters' captions, charts...
                assert isi["galat"] == 0, (jalur, isi)
    print("\n".join(laporan))
    assert cacat == [], "\n".join(cacat)
