"""The issue-13 published-group case (tests/kasus_juara.py) through the real import and the
real `summary --json`: with its ties and agreements it reads ready; imported without the
optional files it reads incomplete, never mandiri_belum_siap.

Reading at the end of December 2017 (the month before the mandiri month), 12-month window:
- kepercayaan: 24 meetings / 12 months = 2 -> 50*.20 = 10; attendance 90 % -> 100*.25 = 25;
  finances 100 % -> 20; musyawarah 50 % -> 100*.15 = 15; no survey: 70 / .80 = 87.5
- disiplin: meeting, 90 % >= 75 %, savings, IKS, cash book every month -> 100
- tahap: 46 good months >= 24, board complete, meetings 12 of 12, profit split, capital growing:
  berkembang; with its 4 ties maju (100); without any tie record maju cannot be judged
- with the optional files: jaringan 100 (4 ties, 4 kinds, 4 lasting), norma 100 (3 agreements,
  lifetimes over a year, 3 with a sanction, no alpa): readiness
  .15*87.5 + .20*100 + .20*100 + .25*100 + .20*100 = 98.125
- without them: jaringan and norma "belum ada data", the stage left out:
  (.15*87.5 + .25*100) / .40 = 95.3125, incomplete
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kube_metrics import cli, db
from kube_metrics.impor import Berkas, periksa, simpan
from kube_metrics.kesiapan import kesiapan_saat_mandiri
from tests.impor_bantu import HARI_INI
from tests.kasus_juara import KODE, tulis_kasus


def _db(tmp_path: Path, opsional: bool) -> str:
    path = tmp_path / "juara.duckdb"
    con = db.open_database(path)
    files = tulis_kasus(tmp_path / "berkas", opsional=opsional)
    hasil = periksa(con, [Berkas(p.name, p) for p in files], hari_ini=HARI_INI)
    assert hasil.galat == []
    simpan(con, hasil, sumber="cli")
    con.close()
    return str(path)


def _summary(path: str, sampai: str, capsys) -> dict:
    argv = ["summary", "--db", path, "--group", KODE, "--from", "2017-01", "--to", sampai, "--json"]
    assert cli.main(argv) == 0
    return json.loads(capsys.readouterr().out)


def _saat_mandiri(path: str):
    con = db.open_database(path, read_only=True)
    try:
        return kesiapan_saat_mandiri(con, kode_kube=KODE).iloc[0]
    finally:
        con.close()


def test_dengan_jaringan_dan_kesepakatan_siap(tmp_path, capsys):
    path = _db(tmp_path, opsional=True)
    baris = _saat_mandiri(path)
    assert baris["kesiapan_mandiri"] == pytest.approx(98.125)
    assert (baris["tahap"], bool(baris["siap"]), bool(baris["lengkap"])) == ("maju", True, True)
    for sampai in ("2017-12", "2018-01", "2018-12"):
        hasil = _summary(path, sampai, capsys)
        assert hasil["peringatan"] == [] and hasil["data_belum_lengkap"] == []
    assert hasil["modal_sosial"]["jaringan"] == 100.0 and hasil["tahap"] == "maju"


def test_tanpa_berkas_opsional_belum_lengkap_bukan_belum_siap(tmp_path, capsys):
    path = _db(tmp_path, opsional=False)
    baris = _saat_mandiri(path)
    assert baris["kesiapan_mandiri"] == pytest.approx(95.3125)
    assert (baris["tahap"], bool(baris["tahap_pasti"]), bool(baris["lengkap"])) == (
        "berkembang",
        False,
        False,
    )
    for sampai in ("2018-01", "2018-06", "2018-12"):  # the issue: it fired every month from January 2018
        hasil = _summary(path, sampai, capsys)
        assert "mandiri_belum_siap" not in hasil["peringatan"]
        assert hasil["peringatan"] == ["data_belum_lengkap"]
        assert hasil["data_belum_lengkap"] == ["jaringan", "kesepakatan"]
    assert hasil["modal_sosial"]["jaringan"] is None and hasil["modal_sosial"]["norma"] is None
    assert (hasil["kesiapan_lengkap"], hasil["tahap_pasti"]) == (False, False)
    assert hasil["mitra_eksternal_aktif"] == 0  # the contract's count of rows stays a count


def test_tabel_cli_menyebut_belum_ada_data(tmp_path, capsys):
    path = _db(tmp_path, opsional=False)
    assert cli.main(["summary", "--db", path, "--group", KODE, "--to", "2018-01"]) == 0
    teks = capsys.readouterr().out
    assert "Modal sosial: jaringan" in teks and "belum ada data" in teks
    assert "Data belum lengkap *" in teks and "jaringan, kesepakatan" in teks
