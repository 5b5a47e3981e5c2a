"""The browser side of scripts/benchmark_pages.py: one signed-in Chromium tab, moved INSIDE the app.

A reload or a new URL starts a new Streamlit session, which shows the sign-in screen again, so a
tab signs in once (tests/bantu_browser.masuk_browser, the real form) and then only clicks: the
sidebar's navigation links (st.navigation) and the sidebar's period widget. Each such action is
one "view". What a view costs is read from Chrome's own network events (CDP): every websocket
frame the server sent (decoded as Streamlit ForwardMsg, so the view ends exactly when the server
says its script run finished) and every HTTP body loaded (encodedDataLength, e.g. the Plotly
bundle the first time a chart is drawn), and from the server's /proc entry (CPU and RSS).
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from kube_metrics import i18n
from tests.bantu_browser import masuk_browser

DETIK_TIK = os.sysconf("SC_CLK_TCK")
TENANG_DETIK = 0.5  # no new run this long after the last one finished: the view is over
BATAS_DETIK = 1200.0  # one view at nasional under heavy load may take minutes; never for ever
NAMA_NAV = {
    "ringkasan": "Ringkasan",
    "profil_kelompok": "Profil Kelompok",
    "bandingkan": "Bandingkan",
    "hambatan": "Hambatan",
    "modal_sosial": "Modal Sosial",
    "kemandirian": "Kemandirian",
    "presentasi": "Presentasi",
    "catat": "Catat",
    "kelola_data": "Kelola Data",
    "audit": "Jejak audit",
}


def beban() -> float:
    """The 1-minute load average (/proc/loadavg), printed beside every figure."""
    return float(Path("/proc/loadavg").read_text().split()[0])


def cpu_detik(pid: int) -> float:
    bagian = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(bagian[11]) + int(bagian[12])) / DETIK_TIK  # utime + stime


def memori_mb(pid: int, kunci: str) -> float:
    """VmRSS (now) or VmHWM (peak since the process started) of `pid`, in MB."""
    for baris in Path(f"/proc/{pid}/status").read_text().splitlines():
        if baris.startswith(f"{kunci}:"):
            return int(baris.split()[1]) / 1024
    return float("nan")


class Tab:
    """One browser context and tab, signed in, with its network counted over CDP."""

    def __init__(self, browser: Any, dasar: str, akun: str) -> None:
        self.konteks = browser.new_context(viewport={"width": 1366, "height": 900})
        self.page = self.konteks.new_page()
        self.ws_bytes = self.http_bytes = self.mulai = self.selesai = 0
        self.terakhir = time.monotonic()
        cdp = self.konteks.new_cdp_session(self.page)
        cdp.send("Network.enable")
        cdp.on("Network.webSocketFrameReceived", self._bingkai)
        cdp.on("Network.loadingFinished", self._muat)
        # Sign in on the audit page (small at every scale), so that no measured page's first
        # run carries the sign-in: the first click on a page's link is its cold view.
        masuk_browser(self.page, f"{dasar}/audit", akun)
        self._tunggu(0, time.monotonic())

    def _bingkai(self, ev: dict[str, Any]) -> None:
        jawab = ev["response"]
        data = jawab["payloadData"]
        mentah = base64.b64decode(data) if jawab["opcode"] == 2 else data.encode()
        self.ws_bytes += len(mentah)
        pesan = ForwardMsg()
        try:
            pesan.ParseFromString(mentah)
        except Exception:  # noqa: BLE001 (a frame that is not a ForwardMsg only counts as bytes)
            return
        jenis = pesan.WhichOneof("type")
        if jenis == "new_session":  # sent at the start of every script run
            self.mulai += 1
        elif jenis == "script_finished":
            self.selesai += 1
            self.terakhir = time.monotonic()

    def _muat(self, ev: dict[str, Any]) -> None:
        self.http_bytes += int(ev.get("encodedDataLength") or 0)

    def mulai_aksi(self, aksi: Callable[[], None]) -> tuple[int, int, int, float]:
        """Do the action; returns what `selesai_aksi` needs to know where the view began."""
        awal = (self.mulai, self.ws_bytes, self.http_bytes, time.monotonic())
        aksi()
        return awal

    def selesai_aksi(self, awal: tuple[int, int, int, float]) -> dict[str, float]:
        """Wait until a run started after the action and every run since has finished."""
        mulai0, ws0, http0, t0 = awal
        t_akhir = self._tunggu(mulai0, t0)
        return {"wall": t_akhir - t0, "ws": self.ws_bytes - ws0, "http": self.http_bytes - http0}

    def _tunggu(self, mulai0: int, t0: float) -> float:
        lapor = t0 + 60
        while time.monotonic() - t0 < BATAS_DETIK:
            self.page.wait_for_timeout(50)  # lets Playwright deliver the CDP events
            if time.monotonic() > lapor:  # a slow view says so on the terminal, minute by minute
                lapor += 60
                print(
                    f"      ... {time.monotonic() - t0:.0f} dtk, run {self.mulai - mulai0} dimulai, "
                    f"{self.selesai} selesai, beban {beban():.1f}",
                    file=sys.stderr,
                    flush=True,
                )
            selesai = self.mulai > mulai0 and self.selesai >= self.mulai
            if selesai and time.monotonic() - self.terakhir >= TENANG_DETIK:
                return self.terakhir
        raise TimeoutError(f"tampilan tidak selesai dalam {BATAS_DETIK:.0f} dtk")

    def buka(self, halaman: str) -> Callable[[], None]:
        """The action: click the page's link in the sidebar navigation."""
        tautan = self.page.locator('[data-testid="stSidebarNav"] a', has_text=NAMA_NAV[halaman]).first
        return lambda: self._klik(tautan)

    def _klik(self, unsur: Any) -> None:
        try:
            unsur.click(timeout=180_000)  # a loaded machine may take long to redraw the sidebar
        except Exception:
            self.page.screenshot(path=f"/tmp/bench_gagal_{os.getpid()}.png")  # for the post-mortem
            raise

    def ganti_periode(self, dari: dt.date) -> Callable[[], None]:
        """The action: pick another 'Dari' month in the sidebar (a period nothing has cached)."""
        kotak = self.page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]', has_text="Dari")

        def aksi() -> None:
            self._klik(kotak.first)
            self.page.keyboard.type(i18n.bulan_pendek(dari, "id"))
            self.page.keyboard.press("Enter")

        return aksi

    def tutup(self) -> None:
        self.konteks.close()


def ukur(tab: Tab, aksi: Callable[[], None], pid: int) -> dict[str, float]:
    """One view by one person: server CPU, wall, bytes received, server RSS, load."""
    cpu0 = cpu_detik(pid)
    hasil = tab.selesai_aksi(tab.mulai_aksi(aksi))
    return hasil | {"cpu": cpu_detik(pid) - cpu0, "rss": memori_mb(pid, "VmRSS"), "beban": beban()}


def ukur_bersama(tab: list[Tab], aksi: list[Callable[[], None]], pid: int) -> dict[str, float]:
    """The same step by several people at once: each acts, then all are waited for."""
    cpu0, t0 = cpu_detik(pid), time.monotonic()
    awal = [t.mulai_aksi(a) for t, a in zip(tab, aksi, strict=True)]
    hasil = [t.selesai_aksi(a) for t, a in zip(tab, awal, strict=True)]
    return {
        "cpu": cpu_detik(pid) - cpu0,
        "wall": max(h["wall"] + a[3] for h, a in zip(hasil, awal, strict=True)) - t0,
        "ws": max(h["ws"] for h in hasil),
        "http": max(h["http"] for h in hasil),
        "rss": memori_mb(pid, "VmRSS"),
        "beban": beban(),
    }
