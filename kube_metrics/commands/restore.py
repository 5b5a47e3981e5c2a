"""`restore FILE`: check a backup in full, then put it in place of the database (stop the
dashboard first); the replaced file is kept as <name>.sebelum_restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from kube_metrics import cadangan, db

HELP = "pulihkan basis data dari cadangan (diperiksa dulu; hentikan dasbor sebelumnya)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("cadangan", metavar="FILE", help="berkas cadangan dari `backup --out`")


def run(args: argparse.Namespace) -> int:
    asal, tujuan = Path(args.cadangan), db.resolve_db_path(args.db)
    if asal.resolve() == tujuan.resolve():
        print("Galat: cadangan dan basis data tujuan adalah berkas yang sama.")
        return 2
    ada = tujuan.exists()
    r = cadangan.pulihkan(asal, tujuan)
    print(f"Dipulihkan: {tujuan} dari {asal} ({r.tabel} tabel, {r.baris} baris, skema versi {r.versi}).")
    if ada:
        print(f"Berkas lama disimpan sebagai {tujuan}.sebelum_restore.")
    return 0
