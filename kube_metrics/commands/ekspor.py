"""`export --out DIR`: every kind as <kind>.csv in the import format (`--xlsx`: also one workbook).

The workbook holds the same rows, so import either the CSVs or the workbook, not both at once.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kube_metrics import batas_akun, db, ekspor
from kube_metrics.commands._pengguna import akun_cli, argumen_user

HELP = "ekspor semua data ke CSV (satu per jenis), dalam format impor"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="DIR", help="folder tujuan")
    parser.add_argument("--xlsx", action="store_true", help=f"tulis juga {ekspor.NAMA_XLSX}")
    argumen_user(parser)


def run(args: argparse.Namespace) -> int:
    con = db.open_database(db.resolve_db_path(args.db), read_only=True)
    try:
        with db.cursor(con) as cur:
            # --user: only the groups that account sees in full (no anonymised peer, no hidden text)
            batas_akun.pasang(cur, akun_cli(cur, args, "kelola_data", "ekspor"), hanya_penuh=True)
            folder = Path(args.out)
            ditulis = ekspor.tulis_csv(cur, folder)
            if args.xlsx:
                (folder / ekspor.NAMA_XLSX).write_bytes(ekspor.xlsx_bytes(cur))
                ditulis.append(folder / ekspor.NAMA_XLSX)
    finally:
        con.close()
    print(f"Ekspor selesai: {len(ditulis)} berkas di {folder}.")
    return 0
