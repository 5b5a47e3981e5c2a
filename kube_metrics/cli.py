"""Command line: `python -m kube_metrics <command> [--db PATH]`.

Each command is a module in `kube_metrics/commands/` with `HELP`, `add_arguments(parser)` and
`run(args) -> int`; adding a command is one line in `_COMMANDS`. Exit codes as in the data
contract: 0 success, 1 bad input (with the error report), 2 usage errors (argparse).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

import duckdb

from kube_metrics import db
from kube_metrics.akun import AkunGalat

_COMMANDS = {
    "demo": "kube_metrics.commands.demo",
    "summary": "kube_metrics.commands.summary",
    "import": "kube_metrics.commands.impor",
    "export": "kube_metrics.commands.ekspor",
    "template": "kube_metrics.commands.templat",
    "report": "kube_metrics.commands.report",
    "card": "kube_metrics.commands.card",
    "user": "kube_metrics.commands.user",
    "audit": "kube_metrics.commands.audit",
    "backup": "kube_metrics.commands.backup",
    "restore": "kube_metrics.commands.restore",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kube_metrics", description="Pantau KUBE")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="berkas DuckDB (bawaan: $KUBE_DB, lalu data/kube.duckdb)")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, module_name in _COMMANDS.items():
        module = importlib.import_module(module_name)
        module.add_arguments(sub.add_parser(name, parents=[common], help=module.HELP))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)  # argparse exits with 2 on usage errors
    module = importlib.import_module(_COMMANDS[args.command])
    try:
        return int(module.run(args))
    except (db.DatabaseError, AkunGalat) as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 1
    except duckdb.Error as exc:  # e.g. a corrupt block found only when a table is read
        print(f"Galat: {db.galat_basis_data(exc, db.resolve_db_path(args.db))}", file=sys.stderr)
        return 1
