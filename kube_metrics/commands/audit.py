"""`audit [--from YYYY-MM] [--to YYYY-MM] [--json] [--user NAME]`: the audit trail, newest first.

--from/--to are months of the UTC timestamps (both included). --user: only the rows of that
account's area, as on the audit page (kube_metrics/batas_akun.py); a role without the audit
page (pendamping, tamu) is refused. Read-only: the trail cannot be changed from here or from
the app.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from kube_metrics import audit, batas_akun, db
from kube_metrics.commands._kelompok import bulan_arg
from kube_metrics.commands._pengguna import akun_cli, argumen_user

HELP = "jejak audit: siapa mengubah apa, kapan, dari mana"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="dari", type=bulan_arg, metavar="YYYY-MM", help="bulan awal (UTC)")
    parser.add_argument("--to", dest="sampai", type=bulan_arg, metavar="YYYY-MM", help="bulan akhir (UTC)")
    parser.add_argument(
        "--json", action="store_true", help="keluaran JSON: waktu, pengguna, asal, aksi, rincian"
    )
    argumen_user(parser)


def run(args: argparse.Namespace) -> int:
    if args.dari and args.sampai and args.dari > args.sampai:
        print("Galat: bulan --from sesudah bulan --to.", file=sys.stderr)
        return 2
    sampai = _bulan_berikut(args.sampai) if args.sampai else None
    con = db.open_database(db.resolve_db_path(args.db), read_only=True)
    try:
        with db.cursor(con) as cur:
            batas_akun.pasang(cur, akun_cli(cur, args, "audit", "lihat"))
            baris = audit.sebagai_json(audit.daftar(cur, dari=args.dari, sampai=sampai))
    finally:
        con.close()
    if args.json:
        print(json.dumps(baris, ensure_ascii=False, indent=2))
        return 0
    for b in baris:
        rincian = json.dumps(b["rincian"], ensure_ascii=False, sort_keys=True)
        print(f"{b['waktu']}\t{b['pengguna']}\t{b['asal']}\t{b['aksi']}\t{rincian}")
    return 0


def _bulan_berikut(bulan: dt.date) -> dt.date:
    return (
        bulan.replace(year=bulan.year + 1, month=1)
        if bulan.month == 12
        else bulan.replace(month=bulan.month + 1)
    )
