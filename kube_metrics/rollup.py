"""Rollup tables that every page reads instead of raw attendance rows (100 000 groups must work).

`refresh_rollups(con)` rebuilds, from the data tables:
- `rollup_pertemuan`: one row per meeting (aktif, hadir incl. diwakili, diwakili, izin, sakit, alpa);
- `rollup_bulanan`: one row per group and month of its life (members, meetings, attendance,
  the monthly report, visits, obstacles);
and then the warnings at the end of the last month (`peringatan_tersimpan.segarkan`), so that
pages look them up instead of running the rules over every group.
Call it after any write to the data tables. Column lists are documented in docs/metrics.md and
stay stable (columns may be added, never renamed).
"""

from __future__ import annotations

import duckdb

from kube_metrics import peringatan_tersimpan
from kube_metrics.db import load_sql

# rollup_bulanan sums rollup_pertemuan, so the order matters.
ROLLUPS = ("rollup_pertemuan", "rollup_bulanan")


def refresh_rollups(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild every rollup table (CREATE OR REPLACE TABLE ... AS, set-based SQL), then the
    stored warnings, which read them."""
    for name in ROLLUPS:
        con.execute(load_sql(name))
    peringatan_tersimpan.segarkan(con)


def ada_rollup(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the rollup tables exist (a database that never had an import or demo has none)."""
    ada = con.execute(load_sql("rollup_ada")).fetchone()
    return bool(ada and ada[0])


def pastikan_rollups(con: duckdb.DuckDBPyConnection) -> None:
    """Build the rollups once for a database that never had an import or demo build."""
    if not ada_rollup(con):
        refresh_rollups(con)
