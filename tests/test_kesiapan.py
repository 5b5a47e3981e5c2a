"""Readiness for independence (kube_metrics/kesiapan.py) and the before/after-mandiri panel."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from kube_metrics.kesiapan import (
    banding_mandiri,
    hitung_kesiapan,
    kesiapan_mandiri,
    kesiapan_saat_mandiri,
    kesiapan_tren,
)
from kube_metrics.rollup import refresh_rollups

MAR = dt.date(2024, 3, 1)


@pytest.fixture
def con(fixture_rollup):
    return fixture_rollup("modal_sosial")


def _bagian(kepercayaan, jaringan, norma, disiplin_rerata, tahap):
    frame = pd.DataFrame(
        {
            "kepercayaan": [kepercayaan],
            "jaringan": [jaringan],
            "norma": [norma],
            "disiplin_rerata": [disiplin_rerata],
            "tahap": [tahap],
            # every kind recorded (issue 13's incomplete readings: tests/test_kelengkapan.py)
            "ada_jaringan": [True],
            "ada_kesepakatan": [True],
            "tahap_pasti": [True],
        }
    )
    return hitung_kesiapan(frame).iloc[0]


def test_bobot_kesiapan():
    # 0.15*80 + 0.20*10 + 0.20*20 + 0.25*(4/5*100) + 0.20*50 (berkembang) = 12+2+4+20+10 = 48
    baris = _bagian(80, 10, 20, 4, "berkembang")
    assert baris["kesiapan_mandiri"] == pytest.approx(48)
    assert not baris["siap"]


def test_ambang_60_tepat_siap():
    # 0.15*100 + 0.20*50 + 0.20*50 + 0.25*60 + 0.20*50 = 15+10+10+15+10 = 60 -> ready (>= 60)
    assert _bagian(100, 50, 50, 3, "berkembang")["siap"]
    # one trust point less: 59.85 -> not ready
    baris = _bagian(99, 50, 50, 3, "berkembang")
    assert baris["kesiapan_mandiri"] == pytest.approx(59.85)
    assert not baris["siap"]


def test_bagian_tanpa_data_dihitung_nol():
    # no trust reading and no discipline months: 0.20*50 + 0.20*50 + 0.20*100 (maju) = 40
    assert _bagian(None, 50, 50, None, "maju")["kesiapan_mandiri"] == pytest.approx(40)


def test_kesiapan_kube_a_maret_2024(con):
    frame = kesiapan_mandiri(con, titik_dari=MAR, titik_sampai=MAR, kode_kube="MS-A")
    baris = frame.iloc[0]
    # 12-month window 2023-04..2024-03:
    # trust: 4 meetings/12 months -> 8.33*0.2 = 1.667; + 15.625 + 15 + 15 + 15 = 62.2917
    # networks (stocks at 2024-03-31, as in the period reading): 50.8333
    # norms: s1 424, s2 61, s3 92 (2023-05-01..2023-08-01), s4 59 days -> median 76.5 -> 20.96*0.2;
    #   (16.667 + 4.1918 + 7.5 + 10) / 0.8 = 47.9481
    # discipline: 9 months 0, then 5, 3, 1 -> 9/12 = 0.75 -> 15; stage tumbuh (1-2 good months) -> 0
    harap = 0.15 * 62.291667 + 0.20 * 50.833333 + 0.20 * 47.948059 + 0.25 * 15 + 0
    assert baris["tahap"] == "tumbuh"
    assert baris["disiplin"] == pytest.approx(15)
    assert baris["kesiapan_mandiri"] == pytest.approx(harap)  # 32.850


def test_kesiapan_saat_mandiri_dibaca_bulan_sebelumnya(con):
    con.execute("UPDATE kelompok SET tanggal_mandiri = DATE '2024-04-10' WHERE kode_kube = 'MS-A'")
    frame = kesiapan_saat_mandiri(con)
    assert frame["kode_kube"].tolist() == ["MS-A"]  # only groups declared mandiri
    baris = frame.iloc[0]
    assert baris["bulan"] == pd.Timestamp(MAR)
    assert baris["kesiapan_mandiri"] == pytest.approx(32.850029)
    assert not baris["siap"]


def test_tren_satu_baris_per_bulan(con):
    tren = kesiapan_tren(con, kode_kube="MS-A", dari=dt.date(2024, 1, 1), sampai=MAR)
    assert tren["bulan"].tolist() == list(pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01"]))
    assert tren["kesiapan_mandiri"].iloc[-1] == pytest.approx(32.850029)


def test_banding_mandiri(con):
    con.execute("UPDATE kelompok SET tanggal_mandiri = DATE '2024-02-15' WHERE kode_kube = 'MS-A'")
    refresh_rollups(con)
    baris = banding_mandiri(con).iloc[0]
    # before = 2023-02..2024-01 (12 months): meetings P1, P2 -> present 7/8; revenue Jan 1 000 000;
    #   obstacles H2 (2023-10) and H1 (2024-01) -> 2; visits 2023-12-05 -> 1
    # after = 2024-02.. up to the last month in the database (2024-05, MS-C's formation): 4 months;
    #   present (3+2)/8 = 0.625; revenue Feb 900 000; obstacles 0; visits 2024-03-20 -> 1
    assert (baris["bulan_sebelum"], baris["bulan_sesudah"]) == (12, 4)
    assert (baris["kehadiran_sebelum"], baris["kehadiran_sesudah"]) == pytest.approx((0.875, 0.625))
    assert (baris["omzet_sebelum"], baris["omzet_sesudah"]) == (1_000_000, 900_000)
    assert (baris["hambatan_sebelum"], baris["hambatan_sesudah"]) == (2, 0)
    assert (baris["kunjungan_sebelum"], baris["kunjungan_sesudah"]) == (1, 1)


# --- the study's reading on the demo database ------------------------------------------------


def test_demo_sejahtera_2_dimandirikan_sebelum_siap(demo):
    frame = kesiapan_saat_mandiri(demo).set_index("kode_kube")
    s2 = frame.loc["TGR-002"]
    assert s2["tanggal_mandiri"] == pd.Timestamp("2019-07-01")
    # 49.8 at the end of June 2019, shown as "50 dari 100" (docs/demo.md): under the 60 line
    assert s2["kesiapan_mandiri"] == pytest.approx(49.80, abs=0.005) and not s2["siap"]
    # thriving peers (stage maju when declared) were ready: the six of them by code, with their
    # readings (73.9 .. 88.3), not a count
    maju = frame[frame["tahap"] == "maju"]
    assert maju["kesiapan_mandiri"].round(1).to_dict() == {
        "JTS-001": 84.2, "JTS-002": 86.2, "JTS-003": 85.8, "KTG-001": 73.9, "NGP-001": 78.1, "PKL-002": 88.3,
    }  # fmt: skip
    assert maju["siap"].all()


def test_demo_sejahtera_2_turun_setelah_mandiri(demo):
    banding = banding_mandiri(demo, kode_kube="TGR-002").iloc[0]
    assert banding["kehadiran_sesudah"] <= banding["kehadiran_sebelum"] - 0.05
    assert banding["hambatan_sesudah"] > banding["hambatan_sebelum"]
    assert banding["kunjungan_sesudah"] < banding["kunjungan_sebelum"]
    tren = kesiapan_tren(demo, kode_kube="TGR-002", dari=dt.date(2019, 6, 1), sampai=dt.date(2021, 6, 1))
    assert tren["kesiapan_mandiri"].iloc[-1] <= tren["kesiapan_mandiri"].iloc[0] - 5
