"""hambatan.py on tests/fixtures/kecil (arithmetic in the comments)."""

from __future__ import annotations

import datetime as dt

import pytest

from kube_metrics.hambatan import (
    hambatan_bulanan,
    hambatan_per_kategori,
    hari_penyelesaian,
    hari_penyelesaian_sebaran,
)
from tests.bantu_metrik import APR, FEB, JAN, MAR, rekam


@pytest.fixture
def con(con_kecil):
    return con_kecil


def test_hambatan_per_kategori_all(con):
    got = hambatan_per_kategori(con, dari=JAN, sampai=APR)
    # ordered by nama: Maju Bersama, Melati, Sejahtera 2 (Mawar's M01 was reported Dec 2023 and
    # resolved Jan 2024: neither new nor open -> no row)
    assert rekam(got, "kode_kube", "kategori", "kelompok_kategori", "baru", "terbuka_akhir") == [
        ("TGR-005", "bahan_baku", "usaha", 1, 1),  # G01 never resolved
        ("TGR-005", "modal", "usaha", 1, 0),  # G02 resolved 25 Mar
        ("WRB-003", "konflik", "modal_sosial", 1, 1),  # N01 still open
        ("TGR-002", "kepercayaan", "modal_sosial", 1, 0),  # H03 resolved 10 Apr
        ("TGR-002", "konflik", "modal_sosial", 1, 0),  # H04 resolved the same day
        ("TGR-002", "modal", "usaha", 1, 0),  # H01 resolved 10 Feb
        ("TGR-002", "pemasaran", "usaha", 1, 1),  # H02 ditangani
    ]
    assert list(got["nama"].unique()) == ["KUBE Maju Bersama", "KUBE Melati", "KUBE Sejahtera 2"]


def test_hambatan_per_kategori_sub_period_and_filters(con):
    got = hambatan_per_kategori(con, dari=FEB, sampai=MAR, kode_kube="TGR-002")
    # Feb-Mar, end 31 Mar: H01 (Jan, resolved 10 Feb) neither new nor open -> no row
    assert rekam(got, "kategori", "baru", "terbuka_akhir") == [("kepercayaan", 1, 1), ("pemasaran", 1, 1)]
    # Wirobrajan in Jan 2024: M01 (reported Dec, resolved 19 Jan) not new, not open at 31 Jan
    assert hambatan_per_kategori(con, dari=JAN, sampai=JAN, kecamatan="Wirobrajan").empty
    # Wirobrajan, December 2023: M01 new and open at 31 Dec
    dec = hambatan_per_kategori(
        con, dari=dt.date(2023, 12, 1), sampai=dt.date(2023, 12, 1), kecamatan="Wirobrajan"
    )
    assert rekam(dec, "kode_kube", "kategori", "baru", "terbuka_akhir") == [("WRB-001", "administrasi", 1, 1)]


def test_hambatan_bulanan(con):
    got = hambatan_bulanan(con, dari=JAN, sampai=APR, kode_kube="TGR-002")
    assert rekam(got, "bulan", "baru", "selesai", "terbuka_akhir") == [
        ("2024-01-01", 1, 0, 1),  # H01
        ("2024-02-01", 1, 1, 1),  # H02 new, H01 resolved
        ("2024-03-01", 1, 0, 2),  # H03 new: H02 + H03 open
        ("2024-04-01", 1, 2, 1),  # H04 new; H03, H04 resolved: H02 open
    ]
    wrb = hambatan_bulanan(con, dari=JAN, sampai=APR, kecamatan="Wirobrajan")
    # WRB-001: M01 resolved Jan; WRB-003: N01 new Feb, open through March (its last month)
    assert rekam(wrb, "bulan", "baru", "selesai", "terbuka_akhir") == [
        ("2024-01-01", 0, 1, 0),
        ("2024-02-01", 1, 0, 1),
        ("2024-03-01", 0, 0, 1),
        ("2024-04-01", 0, 0, 0),
    ]


def test_hari_penyelesaian(con):
    got = hari_penyelesaian(con, dari=JAN, sampai=APR, kecamatan="Tegalrejo")
    cols = ("kode_kube", "nama", "kode_hambatan", "kategori", "kelompok_kategori", "tingkat", "hari")
    assert rekam(got, *cols) == [
        ("TGR-002", "KUBE Sejahtera 2", "H01", "modal", "usaha", "sedang", 21),  # 20 Jan -> 10 Feb
        ("TGR-005", "KUBE Maju Bersama", "G02", "modal", "usaha", "rendah", 20),  # 5 -> 25 Mar
        ("TGR-002", "KUBE Sejahtera 2", "H04", "konflik", "modal_sosial", "sedang", 0),  # same day
        (
            "TGR-002",
            "KUBE Sejahtera 2",
            "H03",
            "kepercayaan",
            "modal_sosial",
            "rendah",
            40,
        ),  # 1 Mar -> 10 Apr
    ]
    # all groups, January: only M01 (20 Dec 2023 -> 19 Jan 2024 = 11 + 19 = 30 days)
    assert rekam(hari_penyelesaian(con, dari=JAN, sampai=JAN), "kode_hambatan", "hari") == [("M01", 30)]
    assert hari_penyelesaian(con, dari=JAN, sampai=APR, jenis_usaha="kerajinan", kelurahan="Tegalrejo").empty


def test_hari_penyelesaian_sebaran_kuartil_di_sql(con):
    got = hari_penyelesaian_sebaran(con, dari=JAN, sampai=APR, kecamatan="Tegalrejo")
    # kepercayaan H03 40 days; modal H01 21 and G02 20 (linear quartiles 20.25 / 20.5 / 20.75);
    # konflik H04 0 days: longest median first
    assert rekam(got, "kategori", "jumlah", "q1", "median", "q3", "pagar_bawah", "pagar_atas") == [
        ("kepercayaan", 1, 40.0, 40.0, 40.0, 40, 40),
        ("modal", 2, 20.25, 20.5, 20.75, 20, 21),
        ("konflik", 1, 0.0, 0.0, 0.0, 0, 0),
    ]
    # the medians are those of the obstacle rows the table lists
    baris = hari_penyelesaian(con, dari=JAN, sampai=APR, kecamatan="Tegalrejo")
    median = dict(zip(got["kategori"], got["median"], strict=True))
    assert baris.groupby("kategori")["hari"].median().to_dict() == median
    assert hari_penyelesaian_sebaran(
        con, dari=JAN, sampai=APR, jenis_usaha="kerajinan", kelurahan="Tegalrejo"
    ).empty
