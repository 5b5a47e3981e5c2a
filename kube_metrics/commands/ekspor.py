"""`export --out DIR`: every kind as <kind>.csv in the import format (`--xlsx`: also one workbook).

The workbook holds the same rows, so import either the CSVs or the workbook, not both at once.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kube_metrics import db, ekspor

HELP = "ekspor semua data ke CSV (satu per jenis), dalam format impor"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="DIR", help="folder tujuan")
    parser.add_argument("--xlsx", action="store_true", help=f"tulis juga {ekspor.NAMA_XLSX}")


def run(args: argparse.Namespace) -> int:
    con = db.open_database(db.resolve_db_path(args.db), read_only=True)
    try:
        with db.cursor(con) as cur:
            folder = Path(args.out)
            ditulis = ekspor.tulis_csv(cur, folder)
            if args.xlsx:
                (folder / ekspor.NAMA_XLSX).write_bytes(ekspor.xlsx_bytes(cur))
                ditulis.append(folder / ekspor.NAMA_XLSX)
    finally:
        con.close()
    print(f"Ekspor selesai: {len(ditulis)} berkas di {folder}.")
    return 0
