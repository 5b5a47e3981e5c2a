"""A full rollup rebuild writes rollup_pertemuan one range of groups at a time
(kube_metrics/rollup.py, BERTAHAP): the tables equal those of one statement over every group,
and the progress callback hears of every range."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from kube_metrics import db, rollup

TABEL = (*rollup.TERSIMPAN, "peringatan_tersimpan", "peringatan_tersimpan_bulan")


def _isi(con, tabel: str) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    return con.execute(f"SELECT * FROM {tabel} ORDER BY ALL").df()


def test_per_rentang_sama_dengan_sekaligus(
    demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    con = db.open_database(path)
    try:
        assert rollup.KELOMPOK_PER_BAGIAN >= 40  # the demo's 40 groups: one statement
        rollup.refresh_rollups(con)
        sekaligus = {t: _isi(con, t) for t in TABEL}
        con.execute("DELETE FROM rollup_pertemuan")  # nothing of the first build may survive

        monkeypatch.setattr(rollup, "KELOMPOK_PER_BAGIAN", 7)  # 40 groups: 6 ranges
        laporan: list[tuple[str, float]] = []
        rollup.refresh_rollups(con, progress=lambda t, f: laporan.append((t, f)))
        for t in TABEL:
            pd.testing.assert_frame_equal(_isi(con, t), sekaligus[t], check_exact=True)
        # each group exactly once: a boundary group in two ranges or in none would show here too
        per_kelompok = con.execute(
            "SELECT count(DISTINCT kode_kube), count(*) FROM rollup_pertemuan"
        ).fetchone()
        assert per_kelompok == (40, len(sekaligus["rollup_pertemuan"]))
    finally:
        con.close()
    rentang = [f for t, f in laporan if t == "rollup_pertemuan"]
    assert len(rentang) == 6
    bagian = [f for _, f in laporan]
    assert bagian == sorted(bagian) and bagian[-1] == 1.0
    assert [t for t, _ in laporan][-1] == "peringatan_tersimpan"
