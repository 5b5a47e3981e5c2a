"""`--user NAME` on import, export, summary and report: act as that account, within its role and
area (docs/access.md). Without it a command acts as the machine's operator (full rights), as
before. Not a command itself (no HELP, not in cli._COMMANDS)."""

from __future__ import annotations

import argparse

import duckdb

from kube_metrics import akun
from kube_metrics.akses import Akun


def argumen_user(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user", metavar="NAME", help="bertindak sebagai akun ini (peran dan wilayahnya berlaku)"
    )


def akun_cli(
    cur: duckdb.DuckDBPyConnection, args: argparse.Namespace, halaman: str, aksi: str
) -> Akun | None:
    """The `--user` account (None without --user); AkunGalat (exit 1) when it is unknown,
    disabled, or its role may not do `aksi` on `halaman`."""
    nama = getattr(args, "user", None)
    if not nama:
        return None
    a = akun.muat(cur, nama)
    if a is None:
        raise akun.AkunGalat(f"Akun {nama!r} tidak ada atau sudah dinonaktifkan.")
    if not a.boleh(halaman, aksi):
        raise akun.AkunGalat(f"Peran {a.peran} (akun {nama!r}) tidak boleh {aksi} ({halaman}).")
    return a
