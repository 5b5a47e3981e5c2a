"""`summary --group KODE_OR_NAME [--from YYYY-MM] [--to YYYY-MM] [--json]`: one group's figures."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from kube_metrics import ambang_modal_sosial as A
from kube_metrics import format
from kube_metrics.commands._kelompok import argumen_kelompok, jalankan_baca
from kube_metrics.rollup import ada_rollup
from kube_metrics.summary import summary

HELP = "angka utama satu kelompok (--json untuk mesin)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    argumen_kelompok(parser)
    parser.add_argument("--json", action="store_true", help="keluaran JSON (kunci kontrak data)")


def run(args: argparse.Namespace) -> int:
    return jalankan_baca(args, lambda cur, kode: _tampilkan(cur, kode, args))


def _tampilkan(cur: Any, kode: str, args: argparse.Namespace) -> int:
    if not ada_rollup(cur):
        print("Galat: tabel ringkasan belum dibuat; jalankan impor atau demo ulang.", file=sys.stderr)
        return 1
    hasil = summary(cur, kode_kube=kode, dari=args.dari, sampai=args.sampai)
    if hasil is None:
        print(f"Galat: kelompok '{args.group}' tidak ditemukan.", file=sys.stderr)
        return 1
    print(json.dumps(hasil, ensure_ascii=False, indent=2) if args.json else tabel(hasil))
    return 0


def _bulan_teks(yyyy_mm: str) -> str:
    return format.bulan(dt.date(int(yyyy_mm[:4]), int(yyyy_mm[5:7]), 1))


def _jumlah(value: Any) -> str:
    return format.angka(value)


def _hari(value: float | None) -> str:
    """Median days: '21 hari', '10,5 hari' (a median of an even count can be a half day)."""
    if value is None:
        return "–"
    return f"{format.angka(value, 0 if float(value).is_integer() else 1)} hari"


# (label, key, formatter) rows of the readable table, in the contract's order.
_BARIS = (
    ("Anggota aktif (akhir periode)", "anggota_aktif", _jumlah),
    ("Pertemuan", "pertemuan", _jumlah),
    ("Pertemuan per bulan", "pertemuan_per_bulan", lambda v: format.angka(v, 1)),
    ("Tingkat kehadiran", "tingkat_kehadiran", format.persen),
    ("Transparansi keuangan (laporan dibacakan)", "transparansi_keuangan", format.persen),
    ("Omzet", "omzet", format.rupiah),
    ("Biaya", "biaya", format.rupiah),
    ("Laba", "laba", format.rupiah),
    ("Iuran Kesetiakawanan Sosial (IKS)", "iks", format.rupiah),
    ("Tabungan anggota", "tabungan", format.rupiah),
    ("Modal akhir", "modal_akhir", format.rupiah),
    ("Pertumbuhan modal terhadap bantuan", "pertumbuhan_modal", format.persen),
    ("Kunjungan pendamping", "kunjungan_pendamping", _jumlah),
    ("Kunjungan pemerintah (dinsos, kelurahan)", "kunjungan_pemerintah", _jumlah),
    ("Hambatan baru", "hambatan_baru", _jumlah),
    ("Hambatan terbuka (akhir periode)", "hambatan_terbuka", _jumlah),
    ("Median hari penyelesaian hambatan", "hari_penyelesaian_median", _hari),
    ("Mitra eksternal aktif", "mitra_eksternal_aktif", _jumlah),
    ("Kesepakatan aktif", "kesepakatan_aktif", _jumlah),
)


def _skor(value: float | None) -> str:
    return "–" if value is None else f"{format.angka(value, 1)} / 100"


def _baris_pembacaan(hasil: dict[str, Any]) -> list[tuple[str, str]]:
    """Issue 4's reading: social capital, stage, readiness and warning codes (when present)."""
    if "modal_sosial" not in hasil:
        return []
    modal = hasil["modal_sosial"] or {}
    kurang = hasil.get("data_belum_lengkap") or []
    # issue 13: a dimension resting on a kind never recorded says so instead of a bare dash
    dimensi = {
        d: ("belum ada data" if j in kurang else _skor(modal.get(d))) for j, d in A.JENIS_DATA_DIMENSI.items()
    }
    kesiapan = _skor(hasil["kesiapan_mandiri"]) + ("" if hasil.get("kesiapan_lengkap") is not False else " *")
    tahap = (hasil["tahap"] or "–") + ("" if hasil.get("tahap_pasti") is not False else " *")
    baris = [
        ("Modal sosial: kepercayaan", _skor(modal.get("kepercayaan"))),
        ("Modal sosial: jaringan", dimensi["jaringan"]),
        ("Modal sosial: norma", dimensi["norma"]),
        ("Tahap", tahap),
        ("Kesiapan mandiri", kesiapan),
        ("Peringatan", ", ".join(hasil["peringatan"]) or "–"),
    ]
    if kurang:
        baris.append(("Data belum lengkap *", ", ".join(kurang)))
    return baris


def tabel(hasil: dict[str, Any]) -> str:
    """The figures as a readable Indonesian two-column table."""
    periode = hasil["periode"]
    lines = [
        f"{hasil['nama']} ({hasil['kode_kube']})",
        f"Periode: {_bulan_teks(periode['dari'])} – {_bulan_teks(periode['sampai'])}",
        "",
    ]
    rows = [(label, fmt(hasil[key])) for label, key, fmt in _BARIS]
    peringkat = hasil["peringkat_kehadiran"]
    rows.append(
        ("Peringkat kehadiran se-kota", "–" if peringkat is None else f"{peringkat[0]} dari {peringkat[1]}")
    )
    rows += _baris_pembacaan(hasil)
    width = max(len(label) for label, _ in rows)
    lines += [f"{label:<{width}}  {value:>14}" for label, value in rows]
    return "\n".join(lines)
