"""`python -m kube_metrics demo [--seed N] [--scale ...]`: (re)build the synthetic demo database."""

from __future__ import annotations

import argparse
import resource
import sys
import time

from kube_metrics import db
from kube_metrics.demo import SKALA, build_demo

HELP = "bangun ulang basis data contoh (sintetis)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--seed", type=int, default=2021, help="benih acak (bawaan 2021): benih sama, data sama"
    )
    parser.add_argument(
        "--scale",
        choices=list(SKALA),
        default="demo",
        help="demo ≈40 kelompok, kota ≈400, provinsi ≈5 000, nasional ≈100 000",
    )


def run(args: argparse.Namespace) -> int:
    path = db.resolve_db_path(args.db)
    mulai = time.monotonic()

    def lapor(langkah: str, bagian: float) -> None:
        # CPU seconds and peak memory beside the wall time: on a shared machine the wall time
        # mostly measures the queue for a CPU.
        pakai = resource.getrusage(resource.RUSAGE_SELF)
        print(
            f"[{100 * bagian:5.1f}%] {langkah} ({time.monotonic() - mulai:.1f} dtk, "
            f"CPU {pakai.ru_utime + pakai.ru_stime:.1f} dtk, puncak {pakai.ru_maxrss / 1024:.0f} MB)",
            file=sys.stderr,
            flush=True,
        )

    build_demo(path, seed=args.seed, scale=args.scale, progress=lapor)
    print(f"Basis data contoh (sintetis, skala {args.scale}, seed {args.seed}) ditulis ke {path}.")
    return 0
