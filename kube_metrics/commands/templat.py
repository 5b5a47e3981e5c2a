"""`template --out DIR`: empty templates, one CSV per kind and one .xlsx with a sheet per kind."""

from __future__ import annotations

import argparse
from pathlib import Path

from kube_metrics import templat

HELP = "tulis templat kosong: satu CSV per jenis dan satu .xlsx"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="DIR", help="folder tujuan")


def run(args: argparse.Namespace) -> int:
    ditulis = templat.tulis_templat(Path(args.out))
    print(f"Templat ditulis: {len(ditulis)} berkas di {args.out}.")
    return 0
