"""A process killed (SIGKILL) in the middle of writing an import leaves the database as before."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from kube_metrics import db
from tests.impor_bantu import impor_fixture, potret

ROOT = Path(__file__).resolve().parent.parent


def _tulis_batch_besar():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "benchmark_import", ROOT / "scripts" / "benchmark_import.py"
    )
    assert spec and spec.loader
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul.tulis_batch_besar


# The child pauses inside the transaction, after every insert and the rollup refresh,
# so the kill lands while the whole batch is written but not committed.
ANAK = textwrap.dedent("""
    import argparse, sys, time
    from kube_metrics.commands import impor
    from kube_metrics.impor import tulis

    def jeda():
        print("MENULIS", flush=True)
        time.sleep(120)

    tulis._sebelum_commit = jeda
    sys.exit(impor.run(argparse.Namespace(db=sys.argv[1], berkas=sys.argv[2:])))
""")


def test_sigkill_during_write_leaves_database_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "kube.duckdb"
    con = db.open_database(path)
    impor_fixture(con)
    sebelum = potret(con)
    con.close()
    berkas = _tulis_batch_besar()(tmp_path / "besar", 50_000)

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    anak = subprocess.Popen(
        [sys.executable, "-c", ANAK, str(path), *map(str, berkas)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert anak.stdout is not None and anak.stdout.readline().strip() == "MENULIS"
        anak.send_signal(signal.SIGKILL)
    finally:
        anak.wait(timeout=60)
    assert anak.returncode == -signal.SIGKILL

    con = db.open_database(path, read_only=True)
    try:
        assert potret(con) == sebelum
        assert con.execute("SELECT count(*) FROM riwayat_impor").fetchone() == (1,)  # only the fixture's
    finally:
        con.close()
