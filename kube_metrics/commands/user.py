"""`user add|list|disable|password`: accounts on the command line (docs/access.md).

Passwords come only from standard input (`--password-stdin`, one line), never as an argument,
so they stay out of the shell history and the process list. Exit 0 done, 1 refused, 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys

import duckdb

from kube_metrics import akun, audit, db
from kube_metrics.akses import PERAN, Akun

HELP = "kelola akun: add, list, disable, password"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="aksi_user", required=True)
    tambah = sub.add_parser("add", help="tambah akun", parents=[_induk(parser)])
    tambah.add_argument("nama", metavar="NAME")
    tambah.add_argument("--role", required=True, choices=PERAN, help="peran akun")
    tambah.add_argument(
        "--kota", action="append", default=[], metavar="NAME", help="kota wilayah (boleh diulang)"
    )
    tambah.add_argument("--provinsi", action="append", default=[], metavar="NAME", help="provinsi wilayah")
    tambah.add_argument("--groups", default="", metavar="KODE,KODE", help="kelompok milik pendamping")
    tambah.add_argument("--email", help="e-mail untuk masuk lewat SSO (st.login)")
    _sandi_stdin(tambah)
    daftar = sub.add_parser("list", help="daftar akun", parents=[_induk(parser)])
    daftar.add_argument("--json", action="store_true", help="keluaran JSON")
    mati = sub.add_parser("disable", help="nonaktifkan akun", parents=[_induk(parser)])
    mati.add_argument("nama", metavar="NAME")
    sandi = sub.add_parser("password", help="ganti kata sandi", parents=[_induk(parser)])
    sandi.add_argument("nama", metavar="NAME")
    _sandi_stdin(sandi)


def _induk(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """`--db` also after the sub-command (`user list --db X`)."""
    induk = argparse.ArgumentParser(add_help=False)
    induk.add_argument("--db", default=argparse.SUPPRESS, help="berkas DuckDB")
    return induk


def _sandi_stdin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin", action="store_true", required=True, help="baca kata sandi dari satu baris stdin"
    )


def run(args: argparse.Namespace) -> int:
    sandi = _baca_sandi() if getattr(args, "password_stdin", False) else None
    if sandi == "":
        print("Galat: kata sandi kosong di stdin.", file=sys.stderr)
        return 1
    read_only = args.aksi_user == "list"
    con = db.open_database(db.resolve_db_path(args.db), read_only=read_only)
    try:
        with db.cursor(con) as cur:
            return _jalankan(cur, args, sandi)
    except akun.AkunGalat as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 1
    finally:
        con.close()


def _baca_sandi() -> str:
    return sys.stdin.readline().rstrip("\r\n")


def _jalankan(cur: duckdb.DuckDBPyConnection, args: argparse.Namespace, sandi: str | None) -> int:
    pelaku = akun.Pelaku(audit.pengguna_cli(), audit.ASAL_CLI)
    if args.aksi_user == "list":
        return _daftar(cur, args.json)
    if args.aksi_user == "add":
        akun.tambah(cur, _akun_baru(args), sandi=sandi, pelaku=pelaku)
        print(f"Akun {args.nama} ({args.role}) dibuat.")
    elif args.aksi_user == "disable":
        akun.nonaktifkan(cur, args.nama, pelaku=pelaku)
        print(f"Akun {args.nama} dinonaktifkan.")
    else:
        akun.ganti_sandi(cur, args.nama, sandi or "", pelaku=pelaku)
        print(f"Kata sandi {args.nama} diganti.")
    return 0


def _akun_baru(args: argparse.Namespace) -> Akun:
    kelompok = tuple(k.strip() for k in args.groups.split(",") if k.strip())
    email = args.email.strip() if args.email else None
    return Akun(args.nama, args.role, tuple(args.kota), tuple(args.provinsi), kelompok, email)


def _daftar(cur: duckdb.DuckDBPyConnection, as_json: bool) -> int:
    rows = akun.daftar(cur)
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        wilayah = ", ".join(r["kota"] + r["provinsi"] + r["kelompok"]) or "seluruh data"
        status = "aktif" if r["aktif"] else "nonaktif"
        print(f"{r['nama']}\t{r['peran']}\t{wilayah}\t{r['email'] or '-'}\t{status}")
    return 0
