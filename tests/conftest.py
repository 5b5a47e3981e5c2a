"""Shared fixtures: a fresh migrated database, optionally filled from tests/fixtures/<set>/*.csv."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from kube_metrics import db
from kube_metrics.rollup import refresh_rollups

FIXTURES = Path(__file__).parent / "fixtures"


def load_fixture_set(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Insert every tests/fixtures/<name>/<table>.csv into <table> (columns by header name)."""
    for csv in sorted((FIXTURES / name).glob("*.csv")):
        table = csv.stem
        cols = [c.strip() for c in csv.read_text(encoding="utf-8").splitlines()[0].split(",")]
        col_list = ", ".join(cols)
        csv_teks = "read_csv(?, header=true, all_varchar=true)"
        con.execute(f"INSERT INTO {table} ({col_list}) SELECT {col_list} FROM {csv_teks}", [str(csv)])


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = db.open_database(tmp_path / "test.duckdb")
    yield con
    con.close()


@pytest.fixture
def fixture_db(empty_db: duckdb.DuckDBPyConnection):
    """Call with a fixture-set name: `con = fixture_db("kecil")`."""

    def _load(name: str) -> duckdb.DuckDBPyConnection:
        load_fixture_set(empty_db, name)
        return empty_db

    return _load


@pytest.fixture
def fixture_rollup(fixture_db):
    """`fixture_db` with the rollups refreshed: `con = fixture_rollup("modal_sosial")`."""

    def _load(name: str) -> duckdb.DuckDBPyConnection:
        con = fixture_db(name)
        refresh_rollups(con)
        return con

    return _load


@pytest.fixture
def con_kecil(fixture_rollup) -> duckdb.DuckDBPyConnection:
    """tests/fixtures/kecil with its rollups: the hand-checked set of the metric tests."""
    return fixture_rollup("kecil")


DEMO_SEED = 2021


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default-scale demo database, built once per test process by the same seeded generator."""
    from kube_metrics.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "kube.duckdb"
    build_demo(path, seed=DEMO_SEED, scale="demo")
    return path


@pytest.fixture(scope="module")
def demo(demo_db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """The demo database opened read-only, shared by one test module's tests."""
    con = db.open_database(demo_db_path, read_only=True)
    yield con
    con.close()
