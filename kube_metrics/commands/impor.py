"""`import FILE...`: check CSV/XLSX files as one batch and write them all, or nothing.

Exit 0 on success, 1 with the error report on bad input (or an unusable database),
2 on usage errors (argparse, or a FILE that does not exist).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

from kube_metrics import audit, db
from kube_metrics.akses import Akun
from kube_metrics.commands._pengguna import akun_cli, argumen_user
from kube_metrics.impor import Berkas, catat_riwayat_ditolak, periksa, simpan
from kube_metrics.impor.wilayah import galat_wilayah

HELP = "impor berkas CSV/XLSX sebagai satu batch (semua atau tidak sama sekali)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("berkas", nargs="+", metavar="FILE", help="berkas .csv atau .xlsx")
    argumen_user(parser)


def run(args: argparse.Namespace) -> int:
    hilang = [p for p in args.berkas if not Path(p).is_file()]
    if hilang:
        for p in hilang:
            print(f"Galat: berkas {p} tidak ditemukan.", file=sys.stderr)
        return 2  # a wrong path is a usage error, like a wrong option
    con = db.open_database(db.resolve_db_path(args.db))
    try:
        with db.cursor(con) as cur:
            akun = akun_cli(cur, args, "kelola_data", "impor")
            return _impor(cur, [Berkas(Path(p).name, Path(p)) for p in args.berkas], akun)
    finally:
        con.close()


def _impor(cur: duckdb.DuckDBPyConnection, berkas: list[Berkas], akun: Akun | None) -> int:
    hasil = periksa(cur, berkas)
    hasil.galat += galat_wilayah(cur, hasil, akun)  # a row outside --user's area refuses the batch
    for p in hasil.peringatan:
        print(f"Peringatan: {p.teks()}", file=sys.stderr)
    if not hasil.bersih:
        catat_riwayat_ditolak(
            cur, hasil, sumber="cli", pengguna=audit.pengguna_cli(akun.nama if akun else None)
        )
        print(f"Impor ditolak, tidak ada yang disimpan. {len(hasil.galat)} galat:", file=sys.stderr)
        for g in hasil.galat:
            print(f"  {g.teks()}", file=sys.stderr)
        return 1
    jumlah = simpan(cur, hasil, sumber="cli", pengguna=audit.pengguna_cli(akun.nama if akun else None))
    rincian = ", ".join(f"{j} {n}" for j, n in jumlah.items())
    print(f"Impor berhasil: {sum(jumlah.values())} baris ({rincian}).")
    return 0
