"""The pandas baseline of scripts/benchmark_pages.py, in child processes watched for memory.

scripts/ringkasan_pandas.py computes Ringkasan's figures, warnings included, the usual Streamlit
way (whole tables into pandas, then groupby) and, with --ours, through our own metric calls for
the same view. Each runs in its own process; its RSS is watched and the process is stopped
above a cap, because at nasional the pandas way can take more memory than a shared machine has
(the run then reports the cap it crossed and when, rather than the machine swapping or killing).
Both print a fingerprint of their figures (scripts/sidik_ringkasan.py): the result says whether
they agree ("sama") and, if not, which figures differ ("beda"), so a ratio is never quoted for
unlike work without saying so.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from scripts.bench_peramban import beban, memori_mb
from scripts.sidik_ringkasan import beda

SKRIP = Path(__file__).resolve().parent / "ringkasan_pandas.py"
PERIODE = ("2025-01-01", "2025-12-01")  # the default view: the last 12 months with data


def satu(db_path: Path, tambahan: list[str], cap_mb: float) -> dict[str, Any]:
    """One child process; its JSON line, or how far it got before the memory cap."""
    perintah = [sys.executable, str(SKRIP), str(db_path), *PERIODE, *tambahan]
    mulai, puncak = time.monotonic(), 0.0
    with subprocess.Popen(perintah, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as p:
        while p.poll() is None:
            try:
                puncak = max(puncak, memori_mb(p.pid, "VmRSS"))
            except OSError:  # the process ended between poll() and the read
                break
            if puncak > cap_mb:
                p.kill()
                p.wait()
                detik = time.monotonic() - mulai
                return {"gagal": f"lebih dari {cap_mb:.0f} MB", "detik": detik, "beban": beban()}
            time.sleep(0.1)
        keluar, galat = p.communicate()
    if p.returncode != 0:
        return {"gagal": galat.strip().splitlines()[-1:], "detik": time.monotonic() - mulai, "beban": beban()}
    return json.loads(keluar.strip().splitlines()[-1]) | {"beban": beban()}


def _ringkas(hasil: dict[str, Any]) -> dict[str, Any]:
    """One way's result without its fingerprint, with the headline counts of it instead."""
    sidik = hasil.pop("sidik", None)
    if sidik is None:
        return hasil
    peringatan = {k: v["jumlah"] for k, v in sidik["peringatan"].items()}
    kelompok = sidik["kpi"]["kelompok_aktif"][0]
    return hasil | {"kelompok_aktif": kelompok, "liga": sidik["liga"]["baris"], "peringatan": peringatan}


def banding(kami: dict[str, Any], pandas: dict[str, Any]) -> dict[str, Any]:
    """Whether both fingerprints agree, and the ratios pandas ÷ ours (wall, CPU, peak RSS)."""
    if "gagal" in kami or "gagal" in pandas:
        return {}
    berbeda = beda(kami["sidik"], pandas["sidik"])
    return {
        "sama": not berbeda,
        "beda": berbeda,
        "rasio_waktu": pandas["detik"] / kami["detik"],
        "rasio_cpu": pandas["cpu"] / kami["cpu"],
        "rasio_memori": pandas["rss_mb"] / kami["rss_mb"],
    }


def pandas_banding(db_path: Path, cap_mb: float) -> dict[str, Any]:
    """Both ways on the same database, ours first; seconds, peak RSS, the ratios and whether
    they computed the same figures."""
    kami = satu(db_path, ["--ours"], cap_mb)
    pandas = satu(db_path, [], cap_mb)
    hasil = banding(kami, pandas) | {"kami": _ringkas(kami), "pandas": _ringkas(pandas)}
    if "sama" in hasil:
        kata = (
            "SAMA: kedua cara memberi angka yang sama"
            if hasil["sama"]
            else "BEDA: " + ", ".join(hasil["beda"])
        )
        print(f"    pandas vs kami: {kata}", file=sys.stderr, flush=True)
    print(f"    pandas: {json.dumps(hasil, default=str)}", file=sys.stderr, flush=True)
    return hasil
