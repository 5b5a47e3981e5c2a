"""Measure demo database builds: `python scripts/benchmark.py [demo kota provinsi nasional] [--seed N]`.

Each requested scale is built in its own child process (so peak RSS is that build's alone) into a
temporary directory; printed: wall and CPU seconds, the machine's load, rows per table, file
size, peak RSS, and ratios against the first scale measured (seconds and rows per 1000 groups).
Targets are checked by reading these figures, not by timed tests.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kube_metrics.demo import SKALA  # noqa: E402

TABEL = (
    "kelompok",
    "anggota",
    "keuangan",
    "pertemuan",
    "kehadiran",
    "kunjungan",
    "hambatan",
    "jaringan",
    "kesepakatan",
    "survei",
    "rollup_pertemuan",
    "rollup_bulanan",
)

# The child writes its figures to a file of their own (argv[4]), never to stdout: anything else
# the child prints there (DuckDB's progress bar wrote "100%..." before the JSON once) must not
# make the measurement unreadable.
_ANAK = """
import json, sys, time
from kube_metrics.demo import build_demo
mulai = time.perf_counter()
build_demo(sys.argv[1], seed=int(sys.argv[2]), scale=sys.argv[3],
           progress=lambda s, f: print(f"  {100 * f:5.1f}% {s} ({time.perf_counter() - mulai:.1f} s)",
                                       file=sys.stderr, flush=True))
with open(sys.argv[4], "w", encoding="utf-8") as f:
    json.dump({"detik": time.perf_counter() - mulai}, f)
"""


def ukur(scale: str, seed: int, folder: Path) -> dict:
    """Build one scale in a child process; wall seconds, peak RSS, rows and file size."""
    path = folder / f"{scale}.duckdb"
    angka = folder / f"{scale}.json"
    anak = subprocess.Popen([sys.executable, "-c", _ANAK, str(path), str(seed), scale, str(angka)], cwd=ROOT)
    _, status, pakai = os.wait4(anak.pid, 0)
    anak.returncode = os.waitstatus_to_exitcode(status)
    if anak.returncode != 0:
        raise SystemExit(f"build {scale} gagal (kode {anak.returncode})")
    hasil = json.loads(angka.read_text(encoding="utf-8"))
    hasil.update(
        skala=scale,
        cpu=pakai.ru_utime + pakai.ru_stime,
        rss_mb=pakai.ru_maxrss / 1024,
        ukuran_mb=path.stat().st_size / 1e6,
        beban=Path("/proc/loadavg").read_text().split()[:3],
    )
    hasil["baris"] = hitung_baris(path)
    path.unlink()
    return hasil


def hitung_baris(path: Path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]) for t in TABEL}
    finally:
        con.close()


def cetak(h: dict, dasar: dict) -> None:
    ribu = SKALA[h["skala"]].jumlah / 1000
    ribu_dasar = SKALA[dasar["skala"]].jumlah / 1000
    per_ribu = h["detik"] / ribu
    print(f"\n== {h['skala']}: {SKALA[h['skala']].jumlah} kelompok")
    print(
        f"  waktu      {h['detik']:10.1f} s   ({per_ribu:.2f} s per 1000 kelompok, "
        f"{per_ribu / (dasar['detik'] / ribu_dasar):.2f}x skala {dasar['skala']})"
    )
    print(f"  CPU        {h['cpu']:10.1f} s   (proses anak; beban mesin di akhir: {' '.join(h['beban'])})")
    print(f"  berkas     {h['ukuran_mb']:10.1f} MB  ({h['ukuran_mb'] / ribu:.1f} MB per 1000 kelompok)")
    print(f"  RSS puncak {h['rss_mb']:10.1f} MB")
    for t, n in h["baris"].items():
        rasio = (n / ribu) / max(1, dasar["baris"][t] / ribu_dasar)
        print(f"  {t:<17}{n:>12,} baris  ({rasio:.2f}x baris per kelompok skala {dasar['skala']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("skala", nargs="*", default=["demo", "kota"], help=" ".join(SKALA))
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()
    for s in args.skala:
        if s not in SKALA:
            parser.error(f"skala tidak dikenal: {s} (pilih {', '.join(SKALA)})")
    with tempfile.TemporaryDirectory(prefix="kube-bench-") as tmp:
        hasil = [ukur(s, args.seed, Path(tmp)) for s in args.skala]
    for h in hasil:
        cetak(h, hasil[0])


if __name__ == "__main__":
    main()
