"""Rollup tables that every page reads instead of raw attendance rows (100 000 groups must work).

`refresh_rollups(con)` rebuilds, from the data tables:
- `rollup_pertemuan`: one row per meeting (aktif, hadir incl. diwakili, diwakili, izin, sakit, alpa);
- `rollup_bulanan`: one row per group and month of its life (members, meetings, attendance,
  the monthly report, visits, obstacles);
- `rollup_kelompok`: one row per group with figures over all its reports (the median omzet);
- `rollup_kesiapan_mandiri`: every mandiri group's readiness at its mandiri date
  (kube_metrics.kesiapan.segarkan: the reading's own code over every group at once);
and then the warnings at the end of the last month (`peringatan_tersimpan.segarkan`), so that
pages look them up instead of running the rules over every group.
Call it after any write to the data tables, with the groups the write touched when it knows
them: at 100 000 groups a full rebuild takes minutes inside the write's transaction, so a
Catat save or a small import refreshes only its groups' rows (docs/performance.md, "Writes at
scale"). Column lists are documented in docs/metrics.md and
stay stable (columns may be added, never renamed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise

import duckdb
import pandas as pd

from kube_metrics import kesiapan, peringatan_tersimpan
from kube_metrics.db import ada_tabel, load_sql, query

# rollup_bulanan sums rollup_pertemuan, so the order matters.
ROLLUPS = ("rollup_pertemuan", "rollup_bulanan", "rollup_kelompok")
# What every page needs (ada_rollup); the others came later and a database written
# before them gets them from pastikan_rollups alone, without a full rebuild.
DASAR = ("rollup_pertemuan", "rollup_bulanan")
TERSIMPAN = (*ROLLUPS, kesiapan.TABEL)
# A full rebuild writes rollup_pertemuan this many groups per statement, in kode_kube ranges (the
# order the data is stored in, so a range reads only its row groups). In one statement over the
# 61.7 M attendance rows at nasional its joins and aggregate outgrew the build's 4 GB and spilled
# to disk: 100 s CPU; by ranges of 10 000 groups about 44 s CPU and 1.1 GB. Between ranges the
# demo build can report progress.
KELOMPOK_PER_BAGIAN = 10_000
BERTAHAP = ("rollup_pertemuan",)  # the files that also take a $dari/$sampai range of kode_kube
# More groups than this and the full rebuild is the cheaper way: the warnings are refreshed one
# group at a time on the incremental path.
BATAS_KELOMPOK = 50


def refresh_rollups(
    con: duckdb.DuckDBPyConnection,
    kelompok: Iterable[str] | None = None,
    *,
    progress: Callable[[str, float], None] | None = None,
) -> None:
    """Refresh every rollup table, then the stored warnings, which read them.

    kelompok None: rebuild everything (CREATE OR REPLACE TABLE ... AS, set-based SQL; the big
    ones in ranges of groups, BERTAHAP). With the groups a write touched: replace only their
    rows, when that gives exactly the full rebuild's rows (_bisa_sebagian); otherwise rebuild
    everything. `progress(table, fraction_done)` hears of each table (and range) finished."""
    daftar = None if kelompok is None else sorted(set(kelompok))
    if daftar is not None and _bisa_sebagian(con, daftar):
        _segarkan_sebagian(con, daftar)
        return
    lapor = progress or _diam
    langkah = len(ROLLUPS) + 2
    for i, name in enumerate(ROLLUPS):
        for bagian in _bangun_ulang(con, name):
            lapor(name, (i + bagian) / langkah)
    kesiapan.segarkan(con)  # reads rollup_bulanan; the warnings read it (mandiri_belum_siap)
    lapor(kesiapan.TABEL, (langkah - 1) / langkah)
    peringatan_tersimpan.segarkan(con)
    lapor("peringatan_tersimpan", 1.0)


def _diam(step: str, fraction: float) -> None:
    """Default progress callback: says nothing."""


def _bangun_ulang(con: duckdb.DuckDBPyConnection, name: str) -> Iterator[float]:
    """CREATE OR REPLACE the table from its file; a BERTAHAP one range of groups at a time (the
    same SELECT narrowed to [dari, sampai), rows appended in kode_kube order). Yields the share
    of the table written after each statement."""
    if name not in BERTAHAP:
        con.execute(f"CREATE OR REPLACE TABLE {name} AS {load_sql(name)}", {"kelompok": None})
        yield 1.0
        return
    mulai = query(con, "rollup_batas", {"n": KELOMPOK_PER_BAGIAN})["kode_kube"].tolist()
    batas = [None, *mulai, None]
    for j, (dari, sampai) in enumerate(pairwise(batas)):
        perintah = f"CREATE OR REPLACE TABLE {name} AS" if j == 0 else f"INSERT INTO {name}"
        con.execute(f"{perintah} {load_sql(name)}", {"kelompok": None, "dari": dari, "sampai": sampai})
        yield (j + 1) / (len(batas) - 1)


def _params(name: str, daftar: list[str]) -> dict[str, object]:
    """The partial refresh's parameters: the listed groups, and no range for BERTAHAP files."""
    return {"kelompok": daftar} | ({"dari": None, "sampai": None} if name in BERTAHAP else {})


def _bisa_sebagian(con: duckdb.DuckDBPyConnection, daftar: list[str]) -> bool:
    """Whether refreshing the listed groups alone is exact: the rollups and stored warnings
    exist and the database's last month did not move (every group's months run to it and the
    warnings are for it). No rule compares a group with its peers (peringatan.py: every
    figure is the group's own), so other groups' rows cannot change."""
    if len(daftar) > BATAS_KELOMPOK or not ada_tabel(con, *TERSIMPAN):
        return False
    tersimpan = peringatan_tersimpan.bulan_tersimpan(con)
    lama = query(con, "rentang_bulan")["bulan_akhir"].iloc[0]
    akhir = query(con, "rollup_akhir")["akhir"].iloc[0]
    if tersimpan is None or pd.isna(lama) or pd.isna(akhir):
        return False
    baru = pd.Timestamp(akhir).to_period("M").to_timestamp().date()
    return pd.Timestamp(lama).date() == tersimpan == baru


def _segarkan_sebagian(con: duckdb.DuckDBPyConnection, daftar: list[str]) -> None:
    """Replace the listed groups' rows: the same SELECT as the full rebuild, narrowed to them."""
    for name in ROLLUPS:
        con.execute(
            f"DELETE FROM {name} WHERE list_contains($kelompok::VARCHAR[], kode_kube)", {"kelompok": daftar}
        )
        con.execute(f"INSERT INTO {name} {load_sql(name)}", _params(name, daftar))
    kesiapan.segarkan(con, daftar)
    peringatan_tersimpan.segarkan(con, daftar)


def ada_rollup(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the rollup tables exist (a database that never had an import or demo has none)."""
    return ada_tabel(con, *DASAR)


def pastikan_rollups(con: duckdb.DuckDBPyConnection) -> None:
    """Build the rollups once for a database that never had an import or demo build, and only the
    stored tables it lacks for one written before they existed (seconds at nasional, not the
    minutes of a full rebuild; the warnings they feed were computed by the same code)."""
    if not ada_rollup(con):
        refresh_rollups(con)
        return
    for name in ROLLUPS:
        if name not in DASAR and not ada_tabel(con, name):
            con.execute(f"CREATE TABLE {name} AS {load_sql(name)}", {"kelompok": None})
    if not kesiapan.ada_tersimpan(con):
        kesiapan.segarkan(con)
