"""Headline figures of one group (`summary --json`): exactly section 3 of the data contract.

`summary(con, kode_kube=..., dari=..., sampai=...)` returns a dict with the contract's keys in
the contract's order: counts as int, rates as fractions 0..1, money as whole rupiah, None when
undefined. Needs the rollups (kube_metrics.rollup.refresh_rollups).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from kube_metrics.db import load_sql
from kube_metrics.pembacaan import ringkasan_pembacaan

# The contract's keys, in its order (periode and peringkat_kehadiran are assembled here).
KUNCI = (
    "kode_kube",
    "nama",
    "periode",
    "anggota_aktif",
    "pertemuan",
    "pertemuan_per_bulan",
    "tingkat_kehadiran",
    "transparansi_keuangan",
    "omzet",
    "biaya",
    "laba",
    "iks",
    "tabungan",
    "modal_akhir",
    "pertumbuhan_modal",
    "kunjungan_pendamping",
    "kunjungan_pemerintah",
    "hambatan_baru",
    "hambatan_terbuka",
    "hari_penyelesaian_median",
    "mitra_eksternal_aktif",
    "kesepakatan_aktif",
    "peringkat_kehadiran",
)
# Issue 4's reading of the group (kube_metrics/pembacaan.py), appended after the contract's keys.
KUNCI_PEMBACAAN = (
    "modal_sosial", "tahap", "kesiapan_mandiri", "peringatan",
    "data_belum_lengkap", "kesiapan_lengkap", "tahap_pasti",
)  # fmt: skip


def _baris(con: duckdb.DuckDBPyConnection, name: str, params: dict[str, Any]) -> dict[str, Any] | None:
    """One result row as a dict of plain Python values (fetchone keeps int/float/date/None)."""
    cur = con.execute(load_sql(name), params)
    row = cur.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cur.description], row, strict=True))


def periode_bawaan(con: duckdb.DuckDBPyConnection, *, kode_kube: str) -> tuple[dt.date, dt.date] | None:
    """The group's first and last month with any record (None when it has no record at all)."""
    row = _baris(con, "summary_rentang", {"kode_kube": kode_kube})
    if row is None or row["dari"] is None:
        return None
    return row["dari"], row["sampai"]


def _bulan(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


class PeriodeTerbalik(ValueError):
    """The first month is after the last one (e.g. --from after the last month of data)."""


def summary(
    con: duckdb.DuckDBPyConnection,
    *,
    kode_kube: str,
    dari: dt.date | None = None,
    sampai: dt.date | None = None,
) -> dict[str, Any] | None:
    """The headline figures; a missing dari/sampai comes from the default period.

    Returns None when the group does not exist. Raises ValueError when dari is after sampai.
    """
    if dari is None or sampai is None:
        bawaan = periode_bawaan(con, kode_kube=kode_kube) or _bulan_bentuk(con, kode_kube)
        if bawaan is None:
            return None
        dari, sampai = dari or bawaan[0], sampai or bawaan[1]
    dari, sampai = dari.replace(day=1), sampai.replace(day=1)
    if dari > sampai:
        raise PeriodeTerbalik(
            f"Bulan awal {_bulan(dari)} sesudah bulan akhir {_bulan(sampai)} (tanpa --to: bulan terakhir "
            "yang ada datanya). Pilih --from yang tidak sesudah bulan akhir itu."
        )
    row = _baris(con, "summary", {"kode_kube": kode_kube, "dari": dari, "sampai": sampai})
    if row is None:
        return None
    return _susun(row, dari, sampai) | ringkasan_pembacaan(con, kode_kube=kode_kube, dari=dari, sampai=sampai)


def _bulan_bentuk(con: duckdb.DuckDBPyConnection, kode_kube: str) -> tuple[dt.date, dt.date] | None:
    """A group without any record yet: its formation month is the whole default period."""
    row = _baris(con, "summary_bulan_bentuk", {"kode_kube": kode_kube})
    bulan = None if row is None else row["tanggal_bentuk"].replace(day=1)
    return None if bulan is None else (bulan, bulan)


def _susun(row: dict[str, Any], dari: dt.date, sampai: dt.date) -> dict[str, Any]:
    """Put the SQL row into the contract's shape and plain JSON-able types."""
    hasil = dict(row)
    hasil["periode"] = {"dari": _bulan(dari), "sampai": _bulan(sampai)}
    peringkat, n = hasil["peringkat_kehadiran"], hasil.pop("peringkat_dari")
    hasil["peringkat_kehadiran"] = None if peringkat is None else [int(peringkat), int(n)]
    return {kunci: _polos(hasil[kunci]) for kunci in KUNCI}


def _polos(value: Any) -> Any:
    """int for whole integers from SQL (HUGEINT sums, counts), float for rates, None stays."""
    if value is None or isinstance(value, (str, dict, list, bool, float)):
        return value
    if isinstance(value, int):
        return int(value)
    return float(value)
