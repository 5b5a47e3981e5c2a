"""The social-capital reading of one group for `summary --json` (issue 4 item 7).

Scores are rounded to one decimal (round half to even, Python's `round`); null (None) when the
group has no record to read in the period (e.g. the period ends before the group was formed).
- modal_sosial: the three dimensions over the period dari..sampai (flows), stocks at its end;
- tahap and kesiapan_mandiri: at the end of month `sampai`, over the 12 months up to it;
- peringatan: the sorted codes of the warnings active at the end of month `sampai`;
- data_belum_lengkap (issue 13): the optional kinds (jaringan, kesepakatan) never recorded nor
  checked for the group by the end of `sampai`, in contract order; empty when complete (and when
  the group did not exist then); kesiapan_lengkap / tahap_pasti: whether readiness and the stage
  were read from every part (null when the group did not exist then).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from kube_metrics.kesiapan import kesiapan_mandiri
from kube_metrics.modal_sosial import DIMENSI, data_kurang, modal_sosial
from kube_metrics.peringatan import peringatan_aktif


def _bulat(nilai: Any) -> float | None:
    return None if nilai is None or nilai != nilai else round(float(nilai), 1)


def ringkasan_pembacaan(
    con: duckdb.DuckDBPyConnection, *, kode_kube: str, dari: dt.date, sampai: dt.date
) -> dict[str, Any]:
    """{"modal_sosial": {...}, "tahap": .., "kesiapan_mandiri": .., "peringatan": [...]}"""
    nilai = modal_sosial(con, dari=dari, sampai=sampai, kode_kube=kode_kube)
    dimensi = {d: (_bulat(nilai[d].iloc[0]) if len(nilai) else None) for d in DIMENSI}
    siap = kesiapan_mandiri(con, titik_dari=sampai, titik_sampai=sampai, kode_kube=kode_kube)
    peringatan = peringatan_aktif(con, sampai=sampai, kode_kube=kode_kube)
    ada = len(siap) > 0
    return {
        "modal_sosial": dimensi,
        "tahap": str(siap["tahap"].iloc[0]) if ada else None,
        "kesiapan_mandiri": _bulat(siap["kesiapan_mandiri"].iloc[0]) if ada else None,
        "peringatan": sorted(set(peringatan["kode"])),
        "data_belum_lengkap": data_kurang(siap.iloc[0]) if ada else [],
        "kesiapan_lengkap": bool(siap["lengkap"].iloc[0]) if ada else None,
        "tahap_pasti": bool(siap["tahap_pasti"].iloc[0]) if ada else None,
    }
