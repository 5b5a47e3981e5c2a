"""Every page in Chromium at each scale: `scripts/benchmark_pages.py [--scales kota provinsi nasional]`.

For each scale the demo database is built into --dir (or reused when it is there), the app is
started on it, and every page is opened in Chromium (Playwright, /usr/bin/chromium): cold (the
first visit after the server starts), cached (the same view again) and after a filter change
(another period, so nothing is cached), --runs times each (a fresh server per run, so each run
has its own cold visit). Per page it prints the median server CPU seconds (utime+stime of the
server process from /proc) and wall seconds until the script finished, and the bytes the browser
received (websocket frames). Then three people open every page at once (peak RSS, VmHWM of the
server), and Ringkasan's figures the usual Streamlit way (tables into pandas, then groupby,
scripts/ringkasan_pandas.py) beside our own calls: seconds and peak RSS and their ratios.
Figures are read, not asserted; `cat /proc/loadavg` is printed beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kube_metrics.demo import build_demo  # noqa: E402
from tests.bantu_browser import CHROMIUM, CHROMIUM_ARGS, server_streamlit  # noqa: E402

Putaran = dict[str, dict[str, dict[str, float]]]  # page -> cold/cached/filter -> cpu/wall/bytes
JENIS = ("cold", "cached", "filter")

HALAMAN = ["", "profil_kelompok", "bandingkan", "hambatan", "modal_sosial", "kemandirian", "kelola_data"]
PERIODE = [("2025-01", "2025-12"), ("2025-04", "2025-09"), ("2024-07", "2025-06"), ("2025-02", "2025-11")]
SELESAI = '[data-testid="stApp"][data-test-script-state="notRunning"]'
DETIK_TIK = os.sysconf("SC_CLK_TCK")


def beban() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[0:3])


def cpu_detik(pid: int) -> float:
    bagian = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(bagian[11]) + int(bagian[12])) / DETIK_TIK  # utime + stime


def puncak_rss_mb(pid: int) -> float:
    for baris in Path(f"/proc/{pid}/status").read_text().splitlines():
        if baris.startswith("VmHWM:"):
            return int(baris.split()[1]) / 1024
    return float("nan")


def pastikan_db(folder: Path, scale: str) -> Path:
    path = folder / f"{scale}.duckdb"
    if not path.exists():
        mulai = time.monotonic()
        build_demo(path, scale=scale, progress=lambda s, f: print(f"  [{100 * f:5.1f}%] {s}", flush=True))
        print(f"  {scale}: dibangun dalam {time.monotonic() - mulai:.0f} dtk (beban {beban()})", flush=True)
    return path


class Penerima:
    """Counts the bytes a page receives over Streamlit's websocket."""

    def __init__(self, page: Any) -> None:
        self.bytes = 0
        page.on("websocket", self._soket)

    def _soket(self, ws: Any) -> None:
        ws.on("framereceived", lambda data: self._tambah(data))

    def _tambah(self, data: Any) -> None:
        self.bytes += len(data) if isinstance(data, (bytes, bytearray)) else len(str(data).encode())


def kunjungi(page: Any, penerima: Penerima, url: str, pid: int) -> dict[str, float]:
    """Open `url`, wait until the script run ended; server CPU, wall seconds, bytes received."""
    cpu0, b0, t0 = cpu_detik(pid), penerima.bytes, time.monotonic()
    page.goto(url)
    page.wait_for_selector("h1", timeout=600_000)
    page.wait_for_selector(SELESAI, timeout=600_000)
    page.wait_for_timeout(300)  # the last frames (charts) after the run's end
    hasil = {"cpu": cpu_detik(pid) - cpu0, "wall": time.monotonic() - t0, "bytes": penerima.bytes - b0}
    baris = f"  {url.split('/', 3)[-1]:<48} {hasil['cpu']:6.2f} cpu {hasil['wall']:6.2f} dtk"
    print(baris, file=sys.stderr, flush=True)
    return hasil


@contextmanager
def peramban() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def url_halaman(dasar: str, halaman: str, periode: tuple[str, str]) -> str:
    return f"{dasar}/{halaman}?dari={periode[0]}&sampai={periode[1]}"


def satu_putaran(browser: Any, db_path: Path, log: Path, putaran: int) -> Putaran:
    """One fresh server: every page cold, cached, after a filter change."""
    hasil: Putaran = {}
    with server_streamlit(ROOT / "dashboard.py", db_path, log) as (dasar, proses):
        konteks = browser.new_context(viewport={"width": 1366, "height": 900})
        page = konteks.new_page()
        penerima = Penerima(page)
        ubah = PERIODE[1 + putaran % (len(PERIODE) - 1)]
        for h in HALAMAN:
            hasil[h or "ringkasan"] = {
                "cold": kunjungi(page, penerima, url_halaman(dasar, h, PERIODE[0]), proses.pid),
                "cached": kunjungi(page, penerima, url_halaman(dasar, h, PERIODE[0]), proses.pid),
                "filter": kunjungi(page, penerima, url_halaman(dasar, h, ubah), proses.pid),
            }
        konteks.close()
    return hasil


def tiga_orang(browser: Any, db_path: Path, log: Path) -> dict[str, float]:
    """Three people open every page at the same time; the server's peak RSS."""
    with server_streamlit(ROOT / "dashboard.py", db_path, log) as (dasar, proses):
        halaman = [browser.new_context().new_page() for _ in range(3)]
        mulai = time.monotonic()
        for i, h in enumerate(HALAMAN):
            for n, page in enumerate(halaman):
                page.goto(url_halaman(dasar, h, PERIODE[(i + n) % len(PERIODE)]), wait_until="commit")
            for page in halaman:
                page.wait_for_selector(SELESAI, timeout=600_000)
        return {"rss_mb": puncak_rss_mb(proses.pid), "wall": time.monotonic() - mulai}


def pandas_banding(db_path: Path) -> dict[str, Any]:
    skrip = ROOT / "scripts" / "ringkasan_pandas.py"
    hasil = {}
    for nama, tambahan in (("pandas", []), ("kami", ["--ours"])):
        keluar = subprocess.run(
            [sys.executable, str(skrip), str(db_path), "2025-01-01", "2025-12-01", *tambahan],
            capture_output=True,
            text=True,
            check=True,
        )
        hasil[nama] = json.loads(keluar.stdout.strip().splitlines()[-1])
    return hasil


def median(daftar: list[Putaran], halaman: str, jenis: str, kunci: str) -> float:
    return statistics.median(p[halaman][jenis][kunci] for p in daftar)


def cetak_skala(scale: str, putaran: list[Putaran], tiga: dict[str, float]) -> None:
    print(f"\n== {scale} (beban {beban()}) — median dari {len(putaran)} putaran; detik CPU server / dinding")
    kepala = "".join(f"{j + ' cpu/wall':>18}" for j in JENIS)
    print(f"{'halaman':<16}{kepala}{'MB diterima':>14}")
    for h in putaran[0]:
        sel = [f"{median(putaran, h, j, 'cpu'):6.2f}/{median(putaran, h, j, 'wall'):6.2f}" for j in JENIS]
        mb = max(median(putaran, h, j, "bytes") for j in JENIS) / 1e6
        print(f"{h:<16}{sel[0]:>18}{sel[1]:>18}{sel[2]:>18}{mb:>14.2f}")
    print(f"3 orang sekaligus: puncak RSS server {tiga['rss_mb']:.0f} MB, {tiga['wall']:.1f} dtk")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scales", nargs="+", default=["kota", "provinsi", "nasional"])
    parser.add_argument("--dir", type=Path, default=ROOT / "data" / "bench")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pandas", nargs="*", default=["kota", "provinsi"], help="pandas baseline at")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"beban awal {beban()}", flush=True)
    ringkas: dict[str, dict[str, float]] = {}
    with peramban() as browser:
        for scale in args.scales:
            path = pastikan_db(args.dir, scale)
            log = args.dir / f"server_{scale}.log"
            putaran = [satu_putaran(browser, path, log, i) for i in range(args.runs)]
            tiga = tiga_orang(browser, path, log)
            cetak_skala(scale, putaran, tiga)
            ringkas[scale] = {h: median(putaran, h, "filter", "wall") for h in putaran[0]}
            if scale in args.pandas:
                b = pandas_banding(path)
                rasio_t = b["pandas"]["detik"] / b["kami"]["detik"]
                rasio_m = b["pandas"]["rss_mb"] / b["kami"]["rss_mb"]
                print(
                    f"Ringkasan cara pandas: {b['pandas']['detik']:.1f} dtk, {b['pandas']['rss_mb']:.0f} MB; "
                    f"kami: {b['kami']['detik']:.1f} dtk, {b['kami']['rss_mb']:.0f} MB; "
                    f"rasio waktu {rasio_t:.1f}x, memori {rasio_m:.1f}x",
                    flush=True,
                )
    if "kota" in ringkas and "provinsi" in ringkas:
        print("\nprovinsi / kota (waktu setelah ganti saringan, target <= 1,5x):")
        for h, t in ringkas["provinsi"].items():
            print(f"  {h:<16}{t / ringkas['kota'][h]:6.2f}x")
    print(f"beban akhir {beban()}")


if __name__ == "__main__":
    main()
