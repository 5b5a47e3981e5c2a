"""kunjungan.py on tests/fixtures/kecil."""

from __future__ import annotations

import pytest

from kube_metrics.kunjungan import daftar_kunjungan, kunjungan_per_pihak
from tests.bantu_metrik import APR, FEB, JAN, MAR, rekam


@pytest.fixture
def con(con_kecil):
    return con_kecil


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
