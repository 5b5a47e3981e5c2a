"""sebaya.py on tests/fixtures/kecil (arithmetic in the comments).

Kota Yogyakarta, Jan-Apr 2024. Peers of TGR-002 (kota): TGR-005, WRB-001, WRB-003 (dissolved
20 Mar 2024, after the period's start, so still a peer); SLM-001 is in another kota.
"""

from __future__ import annotations

import pytest

from kube_metrics.sebaya import hambatan_vs_sebaya, kehadiran_vs_sebaya, perbandingan_sebaya
from tests.bantu_metrik import APR, FEB, JAN, MAR, r, rekam


@pytest.fixture
def con(con_kecil):
    return con_kecil


KOLOM = ("indikator", "nilai", "peringkat", "n", "persentil", "median", "q1", "q3", "n_kecil")


def test_perbandingan_sebaya_kota(con):
    got = perbandingan_sebaya(con, kode_kube="TGR-002", dari=JAN, sampai=APR)
    assert rekam(got, *KOLOM) == [
        # TGR-002 21/31; peers WRB-003 3/10 = .3, TGR-005 11/15 = .7333, WRB-001 15/17 = .8824
        # -> 3rd of 4; at least as good as 1 of 3 peers;
        # q1 = .3 + .5 (.7333 - .3), q3 = .7333 + .5 (.8824 - .7333)
        ("tingkat_kehadiran", r(21 / 31), 3, 4, r(100 / 3), r(11 / 15), r((0.3 + 11 / 15) / 2),
         r((11 / 15 + 15 / 17) / 2), True),
        # 6 meetings / 4 months = 1.5; TGR-005 3/4, WRB-001 4/4, WRB-003 2 / 3 months alive (Jan-Mar)
        ("pertemuan_per_bulan", 1.5, 1, 4, 100.0, 0.75, r((2 / 3 + 0.75) / 2), 0.875, True),
        # omzet: TGR-002 12 M; peers 0.5 M, 7.5 M (2 + 2.5 + 3), 9.5 M
        ("omzet", 12000000.0, 1, 4, 100.0, 7500000.0, 4000000.0, 8500000.0, True),
        # laba: TGR-002 4.5 M; peers -0.1 M, 2.5 M (.5 + 1 + 1), 3.8 M
        ("laba", 4500000.0, 1, 4, 100.0, 2500000.0, 1200000.0, 3150000.0, True),
        # (22 - 20) / 20 = .1; TGR-005 (16.5 - 15) / 15 = .1 (tie), WRB-001 (13 - 10) / 10 = .3;
        # WRB-003 has no grant -> n = 3, rank 2 (WRB-001 better), at least as good as 1 of 2 peers
        ("pertumbuhan_modal", 0.1, 2, 3, 50.0, 0.2, 0.15, 0.25, True),
        # open at period end: TGR-002 1 (H02), TGR-005 1 (G01), WRB-001 0, WRB-003 1 (N01, at its
        # last month March). Lower is better: WRB-001 1st, the rest share 2nd; 2 of 3 peers
        ("hambatan_terbuka", 1.0, 2, 4, r(200 / 3), 1.0, 0.5, 1.0, True),
        # pendamping visits: TGR-002 3; TGR-005 2, WRB-001 2, WRB-003 0
        ("kunjungan_pendamping", 3.0, 1, 4, 100.0, 2.0, 1.0, 2.0, True),
    ]  # fmt: skip


def test_perbandingan_sebaya_kecamatan_and_jenis_usaha(con):
    kec = perbandingan_sebaya(con, kode_kube="TGR-002", sebaya="kecamatan", dari=JAN, sampai=APR)
    # Tegalrejo: only TGR-005 (11/15 = .7333 > 21/31) -> 2nd of 2, percentile 0
    assert rekam(kec.head(1), *KOLOM) == [
        ("tingkat_kehadiran", r(21 / 31), 2, 2, 0.0, r(11 / 15), r(11 / 15), r(11 / 15), True)
    ]
    jenis = perbandingan_sebaya(con, kode_kube="TGR-002", sebaya="jenis_usaha", dari=JAN, sampai=APR)
    # kuliner in the kota: WRB-001, WRB-003 (SLM-001 is kuliner but in Sleman)
    omzet = jenis[jenis["indikator"] == "omzet"]
    assert rekam(omzet, *KOLOM) == [("omzet", 12000000.0, 1, 3, 100.0, 5000000.0, 2750000.0, 7250000.0, True)]


def test_dissolved_before_the_period_is_no_peer(con):
    # April: WRB-003 dissolved 20 Mar -> peers TGR-005, WRB-001 only
    got = perbandingan_sebaya(con, kode_kube="TGR-002", dari=APR, sampai=APR)
    kunjungan = got[got["indikator"] == "kunjungan_pendamping"]
    # April pendamping visits: TGR-002 0, TGR-005 0, WRB-001 1 (10 Apr) -> rank 2 of 3, ties TGR-005
    assert rekam(kunjungan, "nilai", "peringkat", "n", "persentil", "median") == [(0.0, 2, 3, 50.0, 0.5)]
    # TGR-002 in March has no report: nilai null, no rank, n counts peers with a value only
    mar = perbandingan_sebaya(con, kode_kube="TGR-002", dari=MAR, sampai=MAR)
    omzet = mar[mar["indikator"] == "omzet"]
    # March reports: TGR-005 2.5 M, WRB-001 2.5 M (WRB-003 none)
    assert rekam(omzet, "nilai", "peringkat", "n", "persentil", "median") == [
        (None, None, 2, None, 2500000.0)
    ]


def test_kehadiran_vs_sebaya(con):
    got = kehadiran_vs_sebaya(con, kode_kube="TGR-002", dari=JAN, sampai=APR)
    assert rekam(got, "bulan", "fokus", "median_sebaya", "q1_sebaya", "q3_sebaya", "n_sebaya") == [
        # Jan: 7/10; peers TGR-005 .8, WRB-001 .8, WRB-003 .4
        ("2024-01-01", 0.7, 0.8, 0.6, 0.8, 3),
        # Feb: 7/11; peers TGR-005 3/5 = .6, WRB-001 4/4 = 1, WRB-003 1/5 = .2
        ("2024-02-01", r(7 / 11), 0.6, 0.4, 0.8, 3),
        # Mar: 2/5; peers TGR-005 .8, WRB-001 3/4 = .75 (WRB-003 no meeting)
        ("2024-03-01", 0.4, 0.775, 0.7625, 0.7875, 2),
        # Apr: 5/5; only WRB-001 4/4
        ("2024-04-01", 1.0, 1.0, 1.0, 1.0, 1),
    ]
    kosong = kehadiran_vs_sebaya(con, kode_kube="TGR-005", dari=APR, sampai=APR)
    assert rekam(kosong, "bulan", "fokus", "n_sebaya") == [("2024-04-01", None, 2)]  # TGR-002, WRB-001


def test_hambatan_vs_sebaya(con):
    got = hambatan_vs_sebaya(con, kode_kube="TGR-002", dari=JAN, sampai=APR)
    # peers' new obstacles Jan-Apr: TGR-005 G01 bahan_baku, G02 modal; WRB-003 N01 konflik;
    # WRB-001's M01 was reported in Dec 2023. Mean over 3 peer groups.
    assert rekam(got, "kategori", "kelompok_kategori", "fokus", "rata_sebaya") == [
        ("bahan_baku", "usaha", 0, r(1 / 3)),
        ("modal", "usaha", 1, r(1 / 3)),
        ("pemasaran", "usaha", 1, 0.0),
        ("kepercayaan", "modal_sosial", 1, 0.0),
        ("konflik", "modal_sosial", 1, r(1 / 3)),
    ]
    kec = hambatan_vs_sebaya(con, kode_kube="TGR-002", sebaya="kecamatan", dari=FEB, sampai=MAR)
    # Feb-Mar: TGR-002 H02 pemasaran, H03 kepercayaan; TGR-005 (1 peer) G01 bahan_baku, G02 modal
    assert rekam(kec, "kategori", "fokus", "rata_sebaya") == [
        ("bahan_baku", 0, 1.0),
        ("modal", 0, 1.0),
        ("pemasaran", 1, 0.0),
        ("kepercayaan", 1, 0.0),
    ]


def test_bad_peer_choice(con):
    with pytest.raises(ValueError):
        perbandingan_sebaya(con, kode_kube="TGR-002", sebaya="provinsi", dari=JAN, sampai=APR)
