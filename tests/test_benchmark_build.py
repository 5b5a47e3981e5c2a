"""scripts/benchmark.py reads the build child's figures whatever else the child prints."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("benchmark", ROOT / "scripts" / "benchmark.py")
    assert spec and spec.loader
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul


def test_ukur_tahan_keluaran_lain_di_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A nasional run once died reading the child's last stdout line as JSON: DuckDB's
    progress bar had written there. Noise after the figures must not matter now."""
    bench = _benchmark()
    monkeypatch.setattr(bench, "_ANAK", bench._ANAK + '\nprint("100% ▕████████████▏", flush=True)\n')
    hasil = bench.ukur("demo", 2021, tmp_path)
    assert hasil["skala"] == "demo" and hasil["detik"] > 0 and hasil["cpu"] > 0
    assert hasil["baris"]["kelompok"] == 40 and hasil["baris"]["kehadiran"] > 0
    assert not (tmp_path / "demo.duckdb").exists()  # measured, then removed
