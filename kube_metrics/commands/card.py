"""`card --group KODE_ATAU_NAMA [--month YYYY-MM] [--lang id|en] --out FILE.png` and
`card --all [--kecamatan ..] [--kelurahan ..] [--jenis-usaha ..] --out DIR`.

Writes the WhatsApp summary card (1080x1350 PNG, kube_metrics/laporan/kartu.py) of one group
and month, or one card per group in the filters (a pendamping's whole round) into DIR as
<kode_kube>_<YYYY-MM>.png. The card follows the public rules whoever runs it: no member name,
no free text, peers never named. The month defaults to each group's last month with a record.
`--user NAME` as on summary and report (docs/access.md): the account must be allowed the
Presentasi reports, a --group outside its area is refused, and --all makes only the cards of
the groups it sees in full (a pendamping: its own groups); peers are those of its area. A
card changes nothing, so it writes no audit row (like export and report).
Exit 0 on success, 1 on an unknown/ambiguous group, a group outside the --user account's area,
an unknown or refused account, no group in the filters or a missing database, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

from kube_metrics import batas_akun, db
from kube_metrics.commands._kelompok import bulan_arg, dalam_wilayah, kode_kelompok
from kube_metrics.commands._pengguna import akun_cli, argumen_user
from kube_metrics.i18n import BAHASA
from kube_metrics.pertumbuhan import SEBAYA

HELP = "kartu ringkasan WhatsApp (PNG 1080x1350) satu kelompok, atau semua kelompok dalam saringan"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    siapa = parser.add_mutually_exclusive_group(required=True)
    siapa.add_argument("--group", metavar="KODE_ATAU_NAMA", help="kode_kube atau nama persis")
    siapa.add_argument("--all", action="store_true", help="satu kartu per kelompok dalam saringan")
    parser.add_argument("--month", dest="bulan", type=bulan_arg, metavar="YYYY-MM", help="bulan kartu")
    parser.add_argument("--lang", default="id", choices=BAHASA, help="bahasa kartu (bawaan: id)")
    parser.add_argument("--sebaya", default="kota", choices=list(SEBAYA), help="kelompok pembanding")
    parser.add_argument("--out", required=True, type=Path, metavar="BERKAS_ATAU_FOLDER")
    for nama in ("kecamatan", "kelurahan", "jenis-usaha"):
        parser.add_argument(f"--{nama}", help=f"saringan {nama.replace('-', ' ')} (dengan --all)")
    argumen_user(parser)


_IZIN = ("presentasi", "laporan")  # the card is shared from Profil and Presentasi, public rules


def run(args: argparse.Namespace) -> int:
    con = db.open_database(db.resolve_db_path(args.db), read_only=True)
    try:
        with db.cursor(con) as cur:
            return _semua(cur, args) if args.all else _satu(cur, args)
    finally:
        con.close()


def _kartu(cur: Any, kode: str, args: argparse.Namespace) -> tuple[bytes, dt.date] | None:
    # imported here so that `--help` of other commands does not load Pillow
    from kube_metrics.laporan.kartu import kartu_png

    return kartu_png(cur, kode_kube=kode, bulan=args.bulan, sebaya=args.sebaya, lang=args.lang)


def _satu(cur: Any, args: argparse.Namespace) -> int:
    kode = kode_kelompok(cur, args.group)
    if kode is None or not dalam_wilayah(cur, args, kode, _IZIN):
        return 1
    hasil = _kartu(cur, kode, args)
    if hasil is None:
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(hasil[0])
    print(f"Kartu ditulis ke {args.out}")
    return 0


def _semua(cur: Any, args: argparse.Namespace) -> int:
    from kube_metrics.kelompok import daftar_kelompok

    akun = akun_cli(cur, args, *_IZIN)
    batas_akun.pasang(cur, akun)  # peers of its area; anonymised peers get no card of their own
    saring = {"kecamatan": args.kecamatan, "kelurahan": args.kelurahan, "jenis_usaha": args.jenis_usaha}
    daftar = daftar_kelompok(cur, **saring)
    daftar = daftar.loc[[batas_akun.terlihat_penuh(cur, akun, str(k)) for k in daftar["kode_kube"]]]
    if daftar.empty:
        print("Galat: tidak ada kelompok dalam saringan ini.", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    ditulis = 0
    for kode in daftar["kode_kube"]:
        hasil = _kartu(cur, str(kode), args)
        if hasil is not None:
            (args.out / f"{_aman(str(kode))}_{hasil[1]:%Y-%m}.png").write_bytes(hasil[0])
            ditulis += 1
    print(f"{ditulis} kartu ditulis ke {args.out}")
    return 0


def _aman(kode: str) -> str:
    """A kode_kube as a file name (codes are letters, digits, - _ . already; belt and braces)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", kode).strip("._") or "kelompok"
