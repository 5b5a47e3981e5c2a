"""Every page in Chromium at each scale: `scripts/benchmark_pages.py [--scales kota provinsi nasional]`.

For each scale the demo database is taken from --dir (built there when missing) and copied into
--work (the app opens its file read-write, and the sign-in upgrades a demo password hash, so the
source stays untouched and can be opened read-only by others meanwhile). Then, --runs times,
a fresh server is started and ONE browser tab signs in once (as --account, admin by default)
and moves inside the app, never reloading (a reload is a new session, i.e. the sign-in screen):
- cold: a click on each page's navigation link, the first visit of that page after the start;
- cached: a second click on each page's link, the same view again;
- filter: on each page, another 'Dari' month picked in the sidebar (a period no run has used).
Per view: server CPU seconds (utime+stime from /proc/<pid>/stat before and after), wall seconds
until the server's script_finished reached the browser, bytes the browser received (websocket
frames and HTTP bodies, from Chrome's CDP Network events), server RSS, /proc/loadavg.
Then three tabs walk every page at once on a fresh server (peak RSS, VmHWM), and Ringkasan's
figures, warnings included, are computed the usual Streamlit way (tables into pandas, then
groupby; scripts/ringkasan_pandas.py) beside our own calls, with whether both ways computed
the same figures (KPI cards, league, watch list, areas, every warning code) or which differ,
so the ratios compare like work (scripts/bench_pandas.py). One table is printed (medians of
the runs), and every raw figure is written as JSON to --json. Figures are read, not asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kube_metrics import db, rollup  # noqa: E402
from kube_metrics.demo import build_demo  # noqa: E402
from scripts import bench_peramban as bp  # noqa: E402
from scripts import bench_tabel  # noqa: E402
from scripts.bench_pandas import pandas_banding  # noqa: E402
from tests.bantu_browser import chromium, server_streamlit  # noqa: E402

HALAMAN = (
    "ringkasan", "profil_kelompok", "bandingkan", "hambatan", "modal_sosial",
    "kemandirian", "presentasi", "catat", "kelola_data",
)  # fmt: skip
JENIS = ("cold", "cached", "filter")


def pastikan_db(folder: Path, scale: str) -> Path:
    """The scale's database in `folder`, built (with progress on the terminal) when missing."""
    path = folder / f"{scale}.duckdb"
    if not path.exists():
        mulai = time.monotonic()
        build_demo(path, scale=scale, progress=lambda s, f: print(f"  [{100 * f:5.1f}%] {s}", flush=True))
        detik = time.monotonic() - mulai
        print(f"  {scale}: dibangun dalam {detik:.0f} dtk (beban {bp.beban()})", flush=True)
    return path


def salin_kerja(sumber: Path, kerja: Path) -> Path:
    """A private copy the server may lock and write (a demo password hash upgraded at sign-in)."""
    kerja.mkdir(parents=True, exist_ok=True)
    salinan = kerja / sumber.name
    salinan.unlink(missing_ok=True)
    Path(f"{salinan}.wal").unlink(missing_ok=True)
    shutil.copyfile(sumber, salinan)
    # a database built before a later stored table (rollup_kelompok, rollup_kesiapan_mandiri)
    # gets it here, once, as the app's first open would: not charged to the first page viewed
    con = db.open_database(salinan)
    try:
        rollup.pastikan_rollups(con)
    finally:
        con.close()
    return salinan


def bulan_saringan(ke: int) -> dt.date:
    """The `ke`-th period start for a filter change: December 2024 and earlier, one month each,
    so no filter view repeats a period (the default period is the last 12 months, 2025)."""
    return dt.date(2024 - ke // 12, 12 - ke % 12, 1)


@contextmanager
def server(db_path: Path, log: Path) -> Iterator[tuple[str, int]]:
    with server_streamlit(ROOT / "dashboard.py", db_path, log) as (dasar, proses):
        yield dasar, proses.pid


def satu_putaran(browser: Any, db_path: Path, log: Path, putaran: int, args: Any) -> dict[str, Any]:
    """One fresh server and one signed-in tab: every page cold, cached, after a filter change."""
    halaman = args.pages
    hasil: dict[str, Any] = {h: {} for h in halaman}
    with server(db_path, log) as (dasar, pid):
        tab = bp.Tab(browser, dasar, args.account)
        for jenis in ("cold", "cached"):
            for h in halaman:
                hasil[h][jenis] = _lapor(h, jenis, bp.ukur(tab, tab.buka(h), pid))
        for i, h in enumerate(halaman):
            bp.ukur(tab, tab.buka(h), pid)  # back on the page (not counted), then the filter
            bulan = bulan_saringan(putaran * len(halaman) + i)
            hasil[h]["filter"] = _lapor(h, "filter", bp.ukur(tab, tab.ganti_periode(bulan), pid))
            if f"dari={bulan:%Y-%m}" not in tab.page.url:  # the view must really be the new period
                raise RuntimeError(f"saringan tidak berubah di {h}: {tab.page.url}")
        tab.tutup()
        hasil["_puncak_rss"] = bp.memori_mb(pid, "VmHWM")
    return hasil


def _lapor(halaman: str, jenis: str, h: dict[str, float]) -> dict[str, float]:
    print(
        f"    {halaman:<16}{jenis:<7} cpu {h['cpu']:7.2f}  wall {h['wall']:7.2f}  ws {h['ws'] / 1e6:6.2f} MB"
        f"  http {h['http'] / 1e6:6.2f} MB  rss {h['rss']:6.0f} MB  beban {h['beban']:.1f}",
        file=sys.stderr,
        flush=True,
    )
    return h


def tiga_orang(browser: Any, db_path: Path, log: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Three tabs (three people) walk every page at the same time, then change the filter on
    each page; the server's peak RSS (VmHWM) over all of it."""
    langkah = []
    with server(db_path, log) as (dasar, pid):
        tab = [bp.Tab(browser, dasar, args.account) for _ in range(3)]
        for h in args.pages:
            langkah.append(bp.ukur_bersama(tab, [t.buka(h) for t in tab], pid))
        for i in range(len(args.pages)):
            aksi = [t.ganti_periode(bulan_saringan(40 + 3 * i + n)) for n, t in enumerate(tab)]
            langkah.append(bp.ukur_bersama(tab, aksi, pid))
        puncak = bp.memori_mb(pid, "VmHWM")
        for t in tab:
            t.tutup()
    hasil = {"rss_puncak": puncak, "langkah": langkah, "beban": max(s["beban"] for s in langkah)}
    print(f"    3 orang: puncak RSS {puncak:.0f} MB (beban {hasil['beban']:.1f})", file=sys.stderr)
    return hasil


def satu_tulis(db_path: Path) -> dict[str, Any]:
    """One Catat-sized write on the server's copy (server stopped), as a Catat save makes it:
    the rollups and stored warnings of the written group alone are refreshed in its transaction
    (scripts/bench_tulis.py --sebagian; kube_metrics/rollup.py)."""
    skrip = ROOT / "scripts" / "bench_tulis.py"
    perintah = [sys.executable, str(skrip), str(db_path), "--sebagian"]
    keluar = subprocess.run(perintah, capture_output=True, text=True)
    if keluar.returncode != 0:
        return {"gagal": keluar.stderr.strip().splitlines()[-1:], "beban": bp.beban()}
    hasil = json.loads(keluar.stdout.strip().splitlines()[-1])
    print(f"    satu tulisan: {hasil}", file=sys.stderr, flush=True)
    return dict(hasil)


def satu_skala(browser: Any, args: argparse.Namespace, scale: str) -> dict[str, Any]:
    sumber = pastikan_db(args.dir, scale)
    db_path = salin_kerja(sumber, args.work)
    log = args.work / f"server_{scale}.log"
    print(f"== {scale}: {db_path} (beban {bp.beban()})", file=sys.stderr, flush=True)
    try:
        hasil: dict[str, Any] = {"putaran": []}
        for i in range(args.runs):
            hasil["putaran"].append(satu_putaran(browser, db_path, log, i, args))
        if not args.no_three:
            hasil["tiga"] = tiga_orang(browser, db_path, log, args)
        if scale in args.pandas:
            hasil["pandas"] = pandas_banding(sumber, args.pandas_cap_mb)
        hasil["tulis"] = satu_tulis(db_path)
        return hasil
    finally:
        db_path.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--scales", nargs="+", default=["kota", "provinsi", "nasional"])
    parser.add_argument("--dir", type=Path, default=ROOT / "data" / "bench", help="the scales' databases")
    parser.add_argument("--work", type=Path, default=ROOT / "data" / "bench" / "kerja", help="server copies")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--account", default="admin", help="a demo account (admin sees every group)")
    parser.add_argument("--pandas", nargs="*", default=["kota", "provinsi", "nasional"], help="pandas at")
    parser.add_argument("--pandas-cap-mb", type=float, default=6000, help="stop pandas above this RSS")
    parser.add_argument("--pages", nargs="+", default=list(HALAMAN), choices=HALAMAN, help="the pages")
    parser.add_argument("--no-three", action="store_true", help="skip the three-person run")
    parser.add_argument("--json", type=Path, default=None, help="write every raw figure here")
    parser.add_argument("--table", nargs="+", type=Path, help="only print the table of earlier --json files")
    args = parser.parse_args()
    if args.table:  # scales measured in separate runs (e.g. nasional alone), one table
        semua = {k: v for f in args.table for k, v in json.loads(f.read_text()).items()}
        print(bench_tabel.tabel(semua, [s for s in args.scales if s in semua], args.pages, JENIS))
        return
    # SIGTERM (timeout, kill PID) unwinds the context managers: no server or browser left behind
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    args.dir.mkdir(parents=True, exist_ok=True)
    semua: dict[str, Any] = {"beban_awal": Path("/proc/loadavg").read_text().strip()}
    with chromium() as browser:
        for scale in args.scales:
            semua[scale] = satu_skala(browser, args, scale)
            if args.json:
                args.json.write_text(json.dumps(semua, indent=1, default=str))
    semua["beban_akhir"] = Path("/proc/loadavg").read_text().strip()
    if args.json:
        args.json.write_text(json.dumps(semua, indent=1, default=str))
    print(bench_tabel.tabel(semua, args.scales, args.pages, JENIS))


if __name__ == "__main__":
    main()
