"""pertumbuhan.py on tests/fixtures/kecil (arithmetic in the comments)."""

from __future__ import annotations

import pytest

from kube_metrics.pertumbuhan import keuangan_bulanan, pertumbuhan_sejak_bantuan, pertumbuhan_tahunan
from tests.bantu_metrik import APR, FEB, JAN, MAR, r, rekam


@pytest.fixture
def con(con_kecil):
    return con_kecil


def test_keuangan_bulanan(con):
    got = keuangan_bulanan(con, kode_kube="TGR-002", dari=JAN, sampai=APR)
    assert rekam(got, "bulan", "omzet", "biaya", "laba", "modal", "ada_laporan") == [
        ("2024-01-01", 3000000, 2000000, 1000000, 20000000, True),
        ("2024-02-01", 4000000, 2500000, 1500000, 21000000, True),
        ("2024-03-01", None, None, None, None, False),  # no March report: a row, not a gap
        ("2024-04-01", 5000000, 3000000, 2000000, 22000000, True),
    ]
    assert len(keuangan_bulanan(con, kode_kube="TGR-002", dari=FEB, sampai=MAR)) == 2


def test_pertumbuhan_sejak_bantuan_kota(con):
    got = pertumbuhan_sejak_bantuan(con, kode_kube="TGR-002", dari=JAN, sampai=APR)
    # TGR-002 grant Jan 2024, 20 000 000: Jan 20.0 M -> 100, Feb 21.0 M -> 105, Mar no report, Apr 22 M -> 110
    # peers with a grant (WRB-003 has none): TGR-005 (Feb 2024, 15 M): 100, 103.33, 110 at bulan_ke 0,1,2
    # WRB-001 (Dec 2023, 10 M): 100, 105, 110, 120, 130 at bulan_ke 0..4
    assert rekam(got, "bulan_ke", "indeks_fokus", "median_sebaya", "q1_sebaya", "q3_sebaya", "n_sebaya") == [
        (0, 100.0, 100.0, 100.0, 100.0, 2),
        # peers 103.333 and 105: median 104.1667, q1 = 103.333 + .25 * 1.6667, q3 = 103.333 + .75 * 1.6667
        (1, 105.0, r(625 / 6), 103.75, r(627.5 / 6), 2),
        (2, None, 110.0, 110.0, 110.0, 2),
        (3, 110.0, 120.0, 120.0, 120.0, 1),  # only WRB-001 has a bulan_ke 3
    ]


def test_pertumbuhan_sejak_bantuan_kecamatan_and_no_grant(con):
    got = pertumbuhan_sejak_bantuan(con, kode_kube="TGR-002", sebaya="kecamatan", dari=FEB, sampai=APR)
    # Tegalrejo peers: TGR-005 only (100, 103.33, 110); the period starts at bulan_ke 1
    assert rekam(got, "bulan_ke", "indeks_fokus", "median_sebaya", "n_sebaya") == [
        (1, 105.0, r(310 / 3), 1),
        (2, None, 110.0, 1),
        (3, 110.0, None, 0),
    ]
    assert pertumbuhan_sejak_bantuan(con, kode_kube="WRB-003", dari=JAN, sampai=APR).empty
    with pytest.raises(ValueError):
        pertumbuhan_sejak_bantuan(con, kode_kube="TGR-002", sebaya="provinsi", dari=JAN, sampai=APR)


def test_pertumbuhan_tahunan(con):
    got = pertumbuhan_tahunan(con, kode_kube="WRB-001")
    assert rekam(got, "tahun", "omzet", "laba", "modal_akhir", "omzet_yoy") == [
        # 2023: December only: 1 000 000 - 800 000
        (2023, 1000000, 200000, 10000000, None),
        # 2024: omzet 2.0 + 2.0 + 2.5 + 3.0 M = 9.5 M; laba .8 + 1 + 1 + 1 = 3.8 M; 9.5 / 1 - 1 = 8.5
        (2024, 9500000, 3800000, 13000000, 8.5),
    ]
    # TGR-002: one year, 3 reports
    assert rekam(
        pertumbuhan_tahunan(con, kode_kube="TGR-002"), "tahun", "omzet", "laba", "modal_akhir", "omzet_yoy"
    ) == [(2024, 12000000, 4500000, 22000000, None)]
