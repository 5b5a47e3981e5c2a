"""Helpers shared by the import/export tests: a database filled from tests/fixtures/impor/."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import duckdb

from kube_metrics import ekspor
from kube_metrics.impor import Berkas, periksa, simpan
from kube_metrics.impor.kolom import URUTAN

FIXTURE_IMPOR = Path(__file__).parent / "fixtures" / "impor"
BAD_BATCHES = Path(__file__).parent / "bad_batches"
HARI_INI = dt.date(2026, 11, 27)


def berkas_dari(*paths: Path) -> list[Berkas]:
    return [Berkas(p.name, p) for p in paths]


def impor_fixture(con: duckdb.DuckDBPyConnection) -> None:
    hasil = periksa(con, berkas_dari(*sorted(FIXTURE_IMPOR.glob("*.csv"))), hari_ini=HARI_INI)
    assert hasil.galat == []
    simpan(con, hasil, sumber="cli")


def potret(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The whole database as exported CSV text, per kind: equal snapshots = equal data."""
    return {j: ekspor.frame_ekspor(con, j).to_csv(index=False) for j in URUTAN}


def args_impor(db: Path, *paths: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), berkas=[str(p) for p in paths])
