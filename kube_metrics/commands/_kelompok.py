"""What every command about one group shares (summary, report): --group/--from/--to, finding the
group, and a read-only cursor. Not a command itself (no HELP, not in cli._COMMANDS)."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable
from typing import Any

from kube_metrics import batas_akun, db
from kube_metrics.commands._pengguna import akun_cli, argumen_user
from kube_metrics.kelompok import cocok_kelompok
from kube_metrics.summary import PeriodeTerbalik

_BULAN = re.compile(r"(\d{4})-(\d{2})")


def bulan_arg(text: str) -> dt.date:
    """argparse type for YYYY-MM; a bad value makes argparse exit with 2 and this message."""
    match = _BULAN.fullmatch(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"bulan '{text}' tidak sah: tulis YYYY-MM, misalnya 2024-03")
    return dt.date(int(match.group(1)), int(match.group(2)), 1)


def argumen_kelompok(parser: argparse.ArgumentParser) -> None:
    """--group, --from, --to."""
    parser.add_argument("--group", required=True, metavar="KODE_ATAU_NAMA", help="kode_kube atau nama persis")
    parser.add_argument("--from", dest="dari", type=bulan_arg, metavar="YYYY-MM", help="bulan awal")
    parser.add_argument("--to", dest="sampai", type=bulan_arg, metavar="YYYY-MM", help="bulan akhir")
    argumen_user(parser)


def jalankan_baca(
    args: argparse.Namespace,
    kerja: Callable[[Any, str], int],
    izin: tuple[str, str] = ("profil_kelompok", "lihat"),
) -> int:
    """Check the period (exit 2), open the database read-only, find --group (exit 1 when unknown
    or ambiguous) and run `kerja(cursor, kode_kube)`; the connection is always closed."""
    if args.dari and args.sampai and args.dari > args.sampai:
        print("Galat: bulan --from sesudah bulan --to.", file=sys.stderr)
        return 2
    con = db.open_database(db.resolve_db_path(args.db), read_only=True)
    try:
        with db.cursor(con) as cur:
            kode = kode_kelompok(cur, args.group)
            if kode is None:
                return 1
            if not dalam_wilayah(cur, args, kode, izin):
                return 1
            return kerja(cur, kode)
    except PeriodeTerbalik as exc:  # e.g. --from after the last month of data
        print(f"Galat: {exc}", file=sys.stderr)
        return 1
    finally:
        con.close()


def dalam_wilayah(cur: Any, args: argparse.Namespace, kode: str, izin: tuple[str, str]) -> bool:
    """--user: narrow the cursor to that account's area and redactions from here on (AkunGalat
    when the account may not do `izin`); False, after saying so on stderr, when group `kode`
    is not one the account sees in full."""
    akun = akun_cli(cur, args, *izin)
    batas_akun.pasang(cur, akun)
    if batas_akun.terlihat_penuh(cur, akun, kode):
        return True
    print(f"Galat: kelompok {kode} di luar wilayah akun {args.user}.", file=sys.stderr)
    return False


def kode_kelompok(cur: Any, teks: str) -> str | None:
    """The kode_kube of the group asked for (--group), or None after explaining on stderr."""
    found = cocok_kelompok(cur, kode_atau_nama=teks)
    if found.empty:
        print(
            f"Galat: kelompok '{teks}' tidak ditemukan. Tulis kode_kube (misalnya TGR-002) "
            "atau nama kelompok persis.",
            file=sys.stderr,
        )
        return None
    if len(found) > 1 and not bool(found["cocok_kode"].iloc[0]):
        kode = ", ".join(found["kode_kube"])
        print(f"Galat: nama '{teks}' dipakai beberapa kelompok ({kode}); pakai kode_kube.", file=sys.stderr)
        return None
    return str(found["kode_kube"].iloc[0])
