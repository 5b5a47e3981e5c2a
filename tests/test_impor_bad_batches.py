"""Every bad batch of tests/bad_batches/ is refused: exit 1, the report names the column (and the
sheet row where there is one), and an export of the database is identical before and after.

Each folder holds the batch's files and harapan.json:
{"kolom": column or null (file-level problem), "baris": row or null, "lembar": sheet or null,
 "alasan_memuat": a piece of the expected reason}; optionally "sekali_memuat" (a piece said on exactly
one report line) and "tidak_memuat" (a piece no line may hold: a cascade of errors).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kube_metrics import db
from kube_metrics.commands import impor
from tests.impor_bantu import BAD_BATCHES, args_impor, impor_fixture, potret

BATCHES = sorted(p for p in BAD_BATCHES.iterdir() if p.is_dir())


@pytest.fixture(scope="module")
def db_awal(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("bad") / "awal.duckdb"
    con = db.open_database(path)
    impor_fixture(con)
    snap = potret(con)
    con.close()
    return path, snap


def test_corpus_has_at_least_30_batches() -> None:
    assert len(BATCHES) >= 30


@pytest.mark.parametrize("folder", BATCHES, ids=[p.name for p in BATCHES])
def test_bad_batch_refused(folder: Path, db_awal, tmp_path: Path, capsys) -> None:
    asal, sebelum = db_awal
    path = tmp_path / "kube.duckdb"
    shutil.copy(asal, path)
    harapan = json.loads((folder / "harapan.json").read_text(encoding="utf-8"))
    files = sorted(p for p in folder.iterdir() if p.name != "harapan.json")

    assert impor.run(args_impor(path, *files)) == 1

    laporan = capsys.readouterr().err
    assert "Impor ditolak" in laporan
    baris = [b for b in laporan.splitlines() if harapan["alasan_memuat"] in b]
    assert baris, laporan
    if harapan["kolom"]:
        tempat = f"kolom {harapan['kolom']}"
        if harapan["baris"]:
            tempat = f"baris {harapan['baris']} {tempat}"
        if harapan["lembar"]:
            tempat = f"lembar {harapan['lembar']} {tempat}"
        assert any(tempat in b for b in baris), laporan
    if "sekali_memuat" in harapan:
        assert laporan.count(harapan["sekali_memuat"]) == 1, laporan
    if "tidak_memuat" in harapan:
        assert harapan["tidak_memuat"] not in laporan, laporan
    con = db.open_database(path, read_only=True)
    try:
        assert potret(con) == sebelum
    finally:
        con.close()
