"""The demo accounts, one per role, written into every demo database.

Their passwords are public: the sign-in screen lists them, and they open the database, only
while it holds demo data alone (kube_metrics/sandi_umum.py). Their hashes use a salt derived
from the seed, so the same seed still gives the same database; the first sign-in rehashes with
the full parameters.
"""

from __future__ import annotations

import datetime as dt

import duckdb

from kube_metrics.akun import hash_sandi_contoh
from kube_metrics.db import load_sql
from kube_metrics.sandi_umum import AKUN_CONTOH

# AKUN_CONTOH (kube_metrics/sandi_umum.py): the dinas account covers the study group's kota; the
# pendamping account the groups of the study group's pendamping in that kota.
__all__ = ["AKUN_CONTOH", "KELOMPOK_STUDI", "pasang"]
KELOMPOK_STUDI = "TGR-002"
_DIBUAT = dt.datetime(2024, 1, 1)  # fixed: the same seed must give the same file contents


def pasang(con: duckdb.DuckDBPyConnection, seed: int) -> None:
    """Insert the demo accounts and their areas (no audit row: nobody changed real data)."""
    kota, kelompok = con.execute(load_sql("akun_contoh_wilayah"), {"kode": KELOMPOK_STUDI}).fetchone() or (
        None,
        [],
    )
    for nama, (peran, sandi) in AKUN_CONTOH.items():
        hash_ = hash_sandi_contoh(sandi, f"{seed}:{nama}")
        params = {"nama": nama, "peran": peran, "email": None, "hash_sandi": hash_, "waktu": _DIBUAT}
        con.execute(load_sql("akun_tambah"), params)
    if kota:
        con.execute(load_sql("akun_wilayah_tambah"), {"nama": "dinas", "jenis": "kota", "nilai": kota})
    for kode in kelompok or []:
        con.execute(load_sql("akun_kelompok_tambah"), {"nama": "pendamping", "kode_kube": kode})
