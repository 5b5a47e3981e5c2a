"""The real command registry of `python -m kube_metrics` (kube_metrics/cli.py), never a copy.

Every command the README documents must be reachable through the registry itself and through
`python -m kube_metrics` in a fresh interpreter (kube_metrics/__main__.py), as a user runs it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kube_metrics import cli
from tests.impor_bantu import FIXTURE_IMPOR

ROOT = Path(__file__).resolve().parent.parent


def _perintah_readme() -> list[str]:
    """The command names of README.md's 'Command line' table (first cell, `name ...`)."""
    teks = (ROOT / "README.md").read_text(encoding="utf-8")
    bagian = teks.split("## Command line", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z]+)[ `]", bagian, flags=re.MULTILINE)


def _jalankan(*argumen: str) -> subprocess.CompletedProcess[str]:
    perintah = [sys.executable, "-m", "kube_metrics", *argumen]
    return subprocess.run(perintah, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_readme_mendaftar_perintah_inti() -> None:
    # the parser below must find the table, or the next test checks nothing
    assert {"demo", "summary", "import", "export", "template", "report"} <= set(_perintah_readme())


def test_setiap_perintah_readme_terdaftar() -> None:
    sub = next(a for a in cli._parser()._actions if a.dest == "command")
    assert set(_perintah_readme()) <= set(sub.choices), sorted(sub.choices)


def test_python_m_kube_metrics_impor_ekspor_summary(tmp_path: Path) -> None:
    db = str(tmp_path / "k.duckdb")
    bantuan = _jalankan("--help")
    assert bantuan.returncode == 0
    for nama in _perintah_readme():
        assert nama in bantuan.stdout, nama
    semua = [str(p) for p in sorted(FIXTURE_IMPOR.glob("*.csv"))]
    impor = _jalankan("import", "--db", db, *semua)
    assert impor.returncode == 0, impor.stderr
    assert "Impor berhasil: 49 baris" in impor.stdout  # the 49 rows of tests/fixtures/impor
    ekspor = _jalankan("export", "--db", db, "--out", str(tmp_path / "e"))
    assert ekspor.returncode == 0, ekspor.stderr
    # the exported kelompok file has the two groups of the imported one (GDN-001, TGR-002)
    kelompok = (tmp_path / "e" / "kelompok.csv").read_text(encoding="utf-8-sig").splitlines()[1:]
    assert sorted(b.split(",")[0] for b in kelompok) == ["GDN-001", "TGR-002"]
    ringkas = _jalankan("summary", "--db", db, "--group", "TGR-002", "--json")
    assert ringkas.returncode == 0, ringkas.stderr
    assert json.loads(ringkas.stdout)["kode_kube"] == "TGR-002"


def test_perintah_tak_dikenal_keluar_2() -> None:
    with pytest.raises(SystemExit) as keluar:
        cli.main(["tidak_ada"])
    assert keluar.value.code == 2
