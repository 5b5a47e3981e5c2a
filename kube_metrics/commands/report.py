"""`report --group KODE_OR_NAME [--from YYYY-MM] [--to YYYY-MM] --format pdf|pptx --out FILE [--lang id|en]`.

Writes the group's story (the same content as the Presentasi page) as a PDF or PowerPoint file,
with the same anonymisation: peers as KUBE A, KUBE B, …, no member name, figures about fewer
than 3 members hidden. Exit 0 on success, 1 on an unknown/ambiguous group or a missing
database, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kube_metrics.commands._kelompok import argumen_kelompok, jalankan_baca
from kube_metrics.i18n import BAHASA
from kube_metrics.pertumbuhan import SEBAYA

HELP = "laporan satu kelompok sebagai PDF atau PowerPoint (nama anggota tidak pernah tampil)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    argumen_kelompok(parser)
    parser.add_argument("--format", required=True, choices=("pdf", "pptx"), help="jenis berkas")
    parser.add_argument("--out", required=True, type=Path, metavar="BERKAS", help="berkas keluaran")
    parser.add_argument("--lang", default="id", choices=BAHASA, help="bahasa laporan (bawaan: id)")
    parser.add_argument("--sebaya", default="kota", choices=list(SEBAYA), help="kelompok pembanding")


def run(args: argparse.Namespace) -> int:
    return jalankan_baca(args, lambda cur, kode: _tulis(cur, kode, args), ("presentasi", "laporan"))


def _tulis(cur: Any, kode: str, args: argparse.Namespace) -> int:
    # imported here so that `--help` of other commands does not load fpdf2 and python-pptx
    from kube_metrics.laporan.cerita import susun_cerita
    from kube_metrics.laporan.pdf import buat_pdf
    from kube_metrics.laporan.pptx import buat_pptx

    cerita = susun_cerita(
        cur, kode_kube=kode, dari=args.dari, sampai=args.sampai, sebaya=args.sebaya, lang=args.lang
    )
    if cerita is None:
        print(f"Galat: kelompok '{args.group}' tidak ditemukan.", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(buat_pdf(cerita) if args.format == "pdf" else buat_pptx(cerita))
    print(f"Laporan ditulis ke {args.out}")
    return 0
