"""`backup --out FILE`: a verified, consistent copy of the database, also while the dashboard runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from kube_metrics import cadangan, db

HELP = "buat cadangan basis data yang sudah diperiksa (boleh selagi dasbor berjalan)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE", help="berkas cadangan (.duckdb)")


def run(args: argparse.Namespace) -> int:
    asal, tujuan = db.resolve_db_path(args.db), Path(args.out)
    if tujuan.resolve() == asal.resolve():
        print("Galat: berkas cadangan tidak boleh sama dengan basis datanya.")
        return 2
    r = cadangan.cadangkan(asal, tujuan)
    isi = f"{r.tabel} tabel, {r.baris} baris, skema versi {r.versi}; diperiksa utuh"
    print(f"Cadangan tersimpan: {tujuan} ({isi}).")
    print(f"Pulihkan dengan: python -m kube_metrics restore {tujuan} --db {asal}")
    return 0
