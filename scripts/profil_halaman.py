"""One page at a bench scale in AppTest, read-only: its first run, a cached rerun, a cold run
(st.cache_data cleared) and a filter change ('Dari' = --dari), each with process CPU (DuckDB's
threads included), wall and /proc/loadavg; with --sql the CPU per query (SQL file name), with
--baris N the top N lines of an in-page cProfile (process-CPU timer; it slows Python-heavy
code, so read its shares, not its totals).

    .venv/bin/python scripts/profil_halaman.py --db /work/bench/nasional.duckdb --halaman ringkasan --sql

The app's one database instance (ui/connection.instance) is swapped for a read-only connection,
so the bench file is never locked for writing; signed in as --akun (admin: the whole country),
which must exist in the file. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from kube_metrics import db  # noqa: E402
from scripts import profil_sql  # noqa: E402
from ui import connection, sesi  # noqa: E402


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def beban() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def ukur(at: AppTest, label: str, keluar: Path, baris: int, sql: bool) -> AppTest:
    """One script run: process CPU (DuckDB's threads included), wall, load, then the profile."""
    c0, w0 = cpu(), time.perf_counter()
    at.run()
    c1, w1 = cpu(), time.perf_counter()
    if at.exception:
        raise SystemExit(f"{label}: {at.exception[0].message}")
    print(f"== {label}: process CPU {c1 - c0:.2f} s, wall {w1 - w0:.2f} s, load {beban()}", flush=True)
    if sql:
        profil_sql.cetak()
    if not baris:
        return at
    terakhir = max(keluar.glob("*.prof"), key=lambda p: int(p.stem))
    st_ = pstats.Stats(str(terakhir))
    st_.sort_stats("cumulative").print_stats(r"/(kube_metrics|ui|pages)/|duckdb", baris)
    return at


def _app(akun: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "scripts" / "profil_app.py"), default_timeout=600)
    at.session_state[sesi.KUNCI_NAMA] = akun
    return at


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--halaman", required=True)
    p.add_argument("--akun", default="admin")
    p.add_argument("--dari", default="2024-12", help="the filter change's 'Dari' month, YYYY-MM")
    p.add_argument("--sebelum", nargs="*", default=[], help="pages (stems) run first, e.g. audit ringkasan")
    p.add_argument("--threads", type=int, default=0, help="DuckDB threads (0: the app's default)")
    p.add_argument("--sql", action="store_true", help="CPU and wall per query (SQL file)")
    p.add_argument("--baris", type=int, default=0, help="profile lines per run (0: no cProfile)")
    args = p.parse_args()
    os.environ["KUBE_DB"] = str(args.db)
    keluar = Path(tempfile.mkdtemp(prefix="profil_"))
    os.environ.update(
        PROFIL_HALAMAN=args.halaman, PROFIL_KELUAR=str(keluar), PROFIL_AKTIF="1" if args.baris else "0"
    )
    con = db.open_database(args.db, read_only=True)
    if args.threads:
        con.execute(f"SET threads = {int(args.threads)}")
    if args.sql:
        con = profil_sql.Terukur(con)
    connection.instance = lambda: con  # type: ignore[assignment]
    for lain in args.sebelum:  # pages visited first, as the browser benchmark does before a cold view
        os.environ["PROFIL_HALAMAN"] = lain
        ukur(_app(args.akun), f"before: {lain}", keluar, 0, False)
        profil_sql.catatan.clear()
    os.environ["PROFIL_HALAMAN"] = args.halaman
    at = _app(args.akun)
    ukur(at, "first run", keluar, args.baris, args.sql)
    ukur(at, "cached rerun", keluar, args.baris, args.sql)
    st.cache_data.clear()  # the page's own figures cold again; imports and instance stay warm
    ukur(at, "cold (st.cache_data cleared)", keluar, args.baris, args.sql)
    bulan = dt.date.fromisoformat(f"{args.dari}-01")
    at.selectbox(key="saring_dari").set_value(bulan)
    ukur(at, f"filter change (dari {bulan:%Y-%m})", keluar, args.baris, args.sql)


if __name__ == "__main__":
    main()
