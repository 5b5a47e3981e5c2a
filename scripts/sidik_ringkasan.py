"""Fingerprints of the Ringkasan figures, so the benchmark can say both ways computed the same.

`sidik` reduces the figures (KPI cards now and before, monthly trend, league table, watch
list, per-area comparison, warnings) to a small JSON-able dict: every KPI value; per table its
row count, a hash of its keys and one of its rows (every cell, numbers at DESIMAL places), the
exact sum (math.fsum, independent of row order) and missing count of every figure column; the
statuses' counts; per warning code its count and a hash of its groups.
`beda` lists the paths where two fingerprints differ ([] = they agree).
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

import pandas as pd

DESIMAL = 9  # figures are compared at this many decimals (fsum is exact; this only keeps JSON short)
KOLOM_LIGA = [
    "bulan_aktif", "tingkat_kehadiran", "tingkat_kehadiran_sebelumnya", "pertemuan_per_bulan", "omzet",
    "laba", "omzet_perubahan", "omzet_bulanan", "omzet_bulanan_sebelumnya", "bulan_tanpa_laporan",
    "hambatan_terbuka", "hambatan_terbuka_awal", "kunjungan", "kunjungan_per_triwulan",
    "jumlah_merah", "jumlah_kuning",
]  # fmt: skip
STATUS_LIGA = [
    "status_tingkat_kehadiran", "status_pertemuan_per_bulan", "status_omzet_perubahan",
    "status_bulan_tanpa_laporan", "status_hambatan_terbuka", "status_kunjungan",
]  # fmt: skip
KOLOM_TREN = [
    "kelompok_aktif", "tingkat_kehadiran", "median_kehadiran", "omzet_total", "omzet_median",
    "kelompok_lapor",
]  # fmt: skip
KOLOM_WILAYAH = [
    "kelompok_aktif", "anggota_aktif", "tingkat_kehadiran", "pertemuan_per_bulan", "omzet",
    "hambatan_terbuka", "kunjungan",
]  # fmt: skip


def _angka(nilai: Any) -> float | None:
    return None if nilai is None or pd.isna(nilai) else round(float(nilai), DESIMAL)


def _hash(nilai: Any) -> str:
    teks = "\n".join(sorted(str(v) for v in nilai))
    return hashlib.sha256(teks.encode()).hexdigest()[:16]


def _jumlah(kolom: pd.Series) -> float | None:
    ada = pd.to_numeric(kolom).dropna().astype("float64")
    return _angka(math.fsum(ada))


def _sel(nilai: Any) -> str:
    """One cell as text: a number at DESIMAL places, a word as is, a missing value as '-'."""
    if isinstance(nilai, str):
        return nilai
    angka = _angka(nilai)
    return "-" if angka is None else repr(angka)


def _isi(df: pd.DataFrame, kolom: list[str]) -> str:
    """A hash of every row's cells (rows in any order): equal only if the rows are equal."""
    sel = [df[k].astype(object).map(_sel) for k in kolom]
    baris = pd.Series("", index=df.index).str.cat(sel, sep="|") if kolom else pd.Series(dtype=str)
    return _hash(baris)


def _tabel(
    df: pd.DataFrame, kunci: str | None, kolom: list[str], kata: list[str] | None = None
) -> dict[str, Any]:
    """Row count, hash of the keys (if any) and of the rows (figures `kolom`, words `kata`),
    exact sums and missing counts of the figures."""
    return {
        "baris": len(df),
        "kunci": None if kunci is None else _hash(df[kunci]),
        "isi": _isi(df, ([] if kunci is None else [kunci]) + kolom + (kata or [])),
        "jumlah": {k: _jumlah(df[k]) for k in kolom},
        "kosong": {k: int(df[k].isna().sum()) for k in kolom},
    }


def _status(df: pd.DataFrame) -> dict[str, dict[str, int]]:
    return {k: {str(s): int(n) for s, n in df[k].value_counts().sort_index().items()} for k in STATUS_LIGA}


def _per_kode(df: pd.DataFrame, kode: str) -> dict[str, dict[str, Any]]:
    """Per code: the rows and a hash of their groups."""
    return {str(k): {"jumlah": len(g), "kelompok": _hash(g["kode_kube"])} for k, g in df.groupby(kode)}


def sidik(
    kpi: dict[str, tuple[float, float]],
    liga: pd.DataFrame,
    perhatian: pd.DataFrame,
    wilayah: pd.DataFrame,
    peringatan: pd.DataFrame,
    tren: pd.DataFrame,
) -> dict[str, Any]:
    """The fingerprint of one way's figures (kpi: indikator -> (now, before))."""
    return {
        "kpi": {k: [_angka(a), _angka(b)] for k, (a, b) in kpi.items()},
        "tren": _tabel(tren, None, KOLOM_TREN),
        "liga": _tabel(liga, "kode_kube", KOLOM_LIGA, STATUS_LIGA) | {"status": _status(liga)},
        "perhatian": _per_kode(perhatian, "kode_alasan"),
        "wilayah": _tabel(wilayah, "wilayah", KOLOM_WILAYAH),
        "peringatan": _per_kode(peringatan, "kode"),
    }


def beda(a: Any, b: Any, jalur: str = "") -> list[str]:
    """The paths (kpi.omzet, peringatan.hambatan_lama.jumlah, ...) where a and b differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        out: list[str] = []
        for k in sorted(set(a) | set(b)):
            out += beda(a.get(k), b.get(k), f"{jalur}.{k}" if jalur else str(k))
        return out
    return [] if a == b else [jalur]
