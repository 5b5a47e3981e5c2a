"""The stored readiness at the mandiri date (rollup_kesiapan_mandiri, kube_metrics/kesiapan.py):
read by lookup, it gives exactly the frame the live computation gives, on the demo database
and under a filter; a kelompok change not yet refreshed is read live; a database without the
table reads live and gets it built by pastikan_rollups."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from kube_metrics import db, kesiapan, rollup
from kube_metrics.kesiapan import hitung_saat_mandiri, kesiapan_saat_mandiri


def _tanpa_hitungan(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any live computation fails the test: the reading must be a lookup."""

    def _gagal(*args: object, **kwargs: object) -> pd.DataFrame:
        raise AssertionError("computed live")

    monkeypatch.setattr(kesiapan, "hitung_saat_mandiri", _gagal)


SARINGAN = [{}, {"kota": "Kota Yogyakarta"}, {"kode_kube": "TGR-002"}]
SARINGAN.append({"kecamatan": "Tegalrejo", "jenis_usaha": "kuliner"})


@pytest.mark.parametrize("saring", SARINGAN)
def test_tersimpan_sama_dengan_hitungan(demo, monkeypatch, saring) -> None:
    harapan = hitung_saat_mandiri(demo, **saring)
    assert kesiapan.ada_tersimpan(demo)
    _tanpa_hitungan(monkeypatch)
    dibaca = kesiapan_saat_mandiri(demo, **saring)
    assert len(dibaca) >= 1 and dibaca["kode_kube"].is_unique
    assert_frame_equal(dibaca, harapan, check_exact=True)


def test_tabel_tersimpan_satu_baris_per_kelompok_mandiri(demo) -> None:
    mandiri = demo.execute("SELECT count(*) FROM kelompok WHERE tanggal_mandiri IS NOT NULL").fetchone()
    tersimpan = demo.execute(
        "SELECT count(*), count(DISTINCT kode_kube) FROM rollup_kesiapan_mandiri"
    ).fetchone()
    # every demo group declared mandiri was declared during its life: one reading each
    assert mandiri and tersimpan and tersimpan == (mandiri[0], mandiri[0]) and mandiri[0] > 5


def test_tanggal_mandiri_berubah_tanpa_segar_dibaca_langsung(fixture_rollup) -> None:
    con = fixture_rollup("modal_sosial")
    con.execute("UPDATE kelompok SET tanggal_mandiri = DATE '2024-04-10' WHERE kode_kube = 'MS-A'")
    rollup.refresh_rollups(con)
    lama = kesiapan_saat_mandiri(con).iloc[0]
    assert lama["bulan"] == pd.Timestamp("2024-03-01")
    assert lama["kesiapan_mandiri"] == pytest.approx(32.850029)  # tests/test_kesiapan.py
    con.execute("UPDATE kelompok SET tanggal_mandiri = DATE '2024-03-05' WHERE kode_kube = 'MS-A'")
    baru = kesiapan_saat_mandiri(con)
    # the stored row is for April: the February point is read live, not the stored March one
    assert baru["bulan"].tolist() == [pd.Timestamp("2024-02-01")]
    assert_frame_equal(baru, hitung_saat_mandiri(con), check_exact=True)
    assert baru["kesiapan_mandiri"].iloc[0] != lama["kesiapan_mandiri"]


def test_tanpa_tabel_dibaca_langsung_lalu_dibangun(demo_db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    con = db.open_database(path)
    try:
        harapan = kesiapan_saat_mandiri(con)
        con.execute("DROP TABLE rollup_kesiapan_mandiri")
        assert not kesiapan.ada_tersimpan(con)
        assert_frame_equal(kesiapan_saat_mandiri(con), harapan, check_exact=True)
        rollup.pastikan_rollups(con)
        assert kesiapan.ada_tersimpan(con)
        jumlah = con.execute("SELECT count(*) FROM rollup_kesiapan_mandiri").fetchone()
        assert jumlah and jumlah[0] == len(harapan)
        assert_frame_equal(kesiapan_saat_mandiri(con), harapan, check_exact=True)
    finally:
        con.close()
