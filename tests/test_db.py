"""The connection seam: path resolution, migrations, lock and old-schema messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kube_metrics import db


def test_cli_db_wins_over_env_which_wins_over_default(monkeypatch):
    monkeypatch.delenv("KUBE_DB", raising=False)
    assert db.resolve_db_path() == Path("data/kube.duckdb")
    monkeypatch.setenv("KUBE_DB", "/tmp/lain.duckdb")
    assert db.resolve_db_path() == Path("/tmp/lain.duckdb")
    assert db.resolve_db_path("x.duckdb") == Path("x.duckdb")


def test_new_file_is_migrated_to_the_newest_version(tmp_path):
    con = db.open_database(tmp_path / "baru.duckdb")
    newest = max(v for v, _ in db._migration_files())
    assert db.schema_version(con) == newest >= 3
    assert db.migrate(con) == newest  # idempotent
    con.close()


def test_locked_file_gives_a_clear_message(tmp_path):
    path = tmp_path / "kunci.duckdb"
    db.open_database(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb,time; c=duckdb.connect({str(path)!r}); print('ok', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(db.DatabaseLockedError, match="sedang dipakai proses lain"):
            db.open_database(path)
    finally:
        holder.kill()
        holder.wait()


def test_read_only_old_schema_says_to_open_writable_once(tmp_path):
    path = tmp_path / "lama.duckdb"
    con = db.open_database(path)
    con.execute("DELETE FROM schema_version WHERE versi >= 3")
    con.close()
    with pytest.raises(db.DatabaseError, match="skema lama"):
        db.open_database(path, read_only=True)
    db.open_database(path).close()  # writable: migrates
    db.open_database(path, read_only=True).close()


def test_read_only_missing_file(tmp_path):
    with pytest.raises(db.DatabaseError, match="tidak ditemukan"):
        db.open_database(tmp_path / "tidak_ada.duckdb", read_only=True)


def test_migration_gap_is_filled(tmp_path):
    # numbers are handed out to parallel work: a file may land after a higher-numbered one
    path = tmp_path / "celah.duckdb"
    con = db.open_database(path)
    newest = db.schema_version(con)
    con.execute("DELETE FROM schema_version WHERE versi = 3")
    con.close()
    with pytest.raises(db.DatabaseError, match="skema lama"):
        db.open_database(path, read_only=True)
    con = db.open_database(path)
    assert db.schema_version(con) == newest
    assert con.execute("SELECT count(*) FROM schema_version WHERE versi = 3").fetchone() == (1,)
    con.close()
