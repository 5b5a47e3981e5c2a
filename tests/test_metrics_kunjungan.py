"""kunjungan.py on tests/fixtures/kecil."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from kube_metrics.kunjungan import daftar_kunjungan, kunjungan_per_pihak
from kube_metrics.rollup import refresh_rollups


@pytest.fixture
def con(fixture_db):
    con = fixture_db("kecil")
    refresh_rollups(con)
    return con


def rekam(df, *cols):
    """Rows as tuples of plain values: dates as YYYY-MM-DD, floats rounded to 9 places, NA as None."""

    def polos(v):
        if v is None or v is pd.NA or (isinstance(v, float) and v != v) or v is pd.NaT:
            return None
        if isinstance(v, pd.Timestamp | dt.date):
            return v.strftime("%Y-%m-%d")
        if isinstance(v, float):
            return round(v, 9)
        return v.item() if hasattr(v, "item") else v

    return [tuple(polos(v) for v in row) for row in df[list(cols)].itertuples(index=False)]


def r(x):
    return round(x, 9)


JAN, FEB, MAR, APR = (dt.date(2024, m, 1) for m in (1, 2, 3, 4))


def test_kunjungan_per_pihak_one_group(con):
    got = kunjungan_per_pihak(con, dari=JAN, sampai=APR, kode_kube="TGR-002")
    assert rekam(got, "bulan", "pihak", "jumlah") == [
        ("2024-01-01", "pendamping", 1),
        ("2024-02-01", "dinsos", 1),
        ("2024-02-01", "pendamping", 1),
        ("2024-03-01", "kelurahan", 1),  # same day as the pendamping visit
        ("2024-03-01", "pendamping", 1),
        ("2024-04-01", "lainnya", 1),
    ]


def test_kunjungan_per_pihak_area(con):
    # Wirobrajan, Feb: WRB-001 dinsos 10 Feb, WRB-003 kelurahan 12 Feb
    got = kunjungan_per_pihak(con, dari=FEB, sampai=FEB, kecamatan="Wirobrajan")
    assert rekam(got, "bulan", "pihak", "jumlah") == [
        ("2024-02-01", "dinsos", 1),
        ("2024-02-01", "kelurahan", 1),
    ]
    # every group, pendamping in Feb-Mar: TGR-002 10 Feb + 12 Mar, TGR-005 14 Feb + 14 Mar
    both = kunjungan_per_pihak(con, dari=FEB, sampai=MAR)
    assert rekam(both[both["pihak"] == "pendamping"], "bulan", "jumlah") == [
        ("2024-02-01", 2),
        ("2024-03-01", 2),
    ]
    assert (
        kunjungan_per_pihak(con, dari=JAN, sampai=APR, jenis_usaha="kerajinan", kelurahan="Bener")[
            "jumlah"
        ].sum()
        == 2
    )


def test_daftar_kunjungan(con):
    got = daftar_kunjungan(con, kode_kube="TGR-002", dari=MAR, sampai=APR)
    assert rekam(got, "tanggal", "pihak", "kegiatan") == [
        ("2024-03-12", "kelurahan", "evaluasi"),
        ("2024-03-12", "pendamping", "evaluasi"),
        ("2024-04-18", "lainnya", "pelatihan"),
    ]
    assert len(daftar_kunjungan(con, kode_kube="TGR-002", dari=JAN, sampai=APR)) == 6
