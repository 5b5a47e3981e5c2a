"""kehadiran.py on tests/fixtures/kecil (arithmetic in the comments)."""

from __future__ import annotations

import pytest

from kube_metrics.kehadiran import absen_beruntun, kehadiran_bulanan, kehadiran_per_pertemuan
from tests.bantu_metrik import APR, FEB, JAN, MAR, r, rekam


@pytest.fixture
def con(con_kecil):
    return con_kecil


def test_kehadiran_per_pertemuan(con):
    got = kehadiran_per_pertemuan(con, kode_kube="TGR-002", dari=JAN, sampai=APR)
    cols = ("tanggal", "kode_pertemuan", "jenis", "laporan_keuangan", "aktif", "hadir", "tingkat_kehadiran")
    assert rekam(got, *cols) == [
        ("2024-01-12", "P01", "rutin", True, 5, 3, 0.6),  # 2 hadir + 1 diwakili of 5
        ("2024-01-26", "P02", "musyawarah", False, 5, 4, 0.8),
        ("2024-02-09", "P03", "rutin", True, 5, 3, 0.6),
        ("2024-02-23", "P04", "rutin", True, 6, 4, r(4 / 6)),  # A06 (joined 15 Feb) has no row
        ("2024-03-08", "P05", "musyawarah", False, 5, 2, 0.4),  # A04 left 1 Mar: not counted
        ("2024-04-05", "P06", "rutin", True, 5, 5, 1.0),
    ]
    assert rekam(got, "diwakili", "izin", "sakit", "alpa")[:2] == [(1, 1, 0, 1), (0, 0, 1, 0)]
    assert list(
        kehadiran_per_pertemuan(con, kode_kube="TGR-002", dari=MAR, sampai=MAR)["kode_pertemuan"]
    ) == ["P05"]


def test_kehadiran_bulanan_kecamatan(con):
    got = kehadiran_bulanan(con, dari=JAN, sampai=APR, kecamatan="Tegalrejo")
    cols = ("bulan", "pertemuan", "hadir", "aktif_pertemuan", "tingkat_kehadiran", "pertemuan_per_kelompok")
    # TGR-002 + TGR-005 per month (both alive every month -> 2 groups)
    assert rekam(got, *cols) == [
        ("2024-01-01", 3, 11, 15, r(11 / 15), 1.5),  # hadir 7 + 4 (Q01: B05 sakit), active 10 + 5
        ("2024-02-01", 3, 10, 16, 0.625, 1.5),  # 7 + 3 (Q02: B04 izin, B05 no row) / 11 + 5
        ("2024-03-01", 2, 6, 10, 0.6, 1.0),  # 2 + 4 (Q03: B05 sakit) / 5 + 5
        ("2024-04-01", 1, 5, 5, 1.0, 0.5),  # only P06; TGR-005 had no April meeting
    ]


def test_kehadiran_bulanan_all_groups_and_one_group(con):
    got = kehadiran_bulanan(con, dari=JAN, sampai=APR)
    # Jan: TGR-002 7/10, TGR-005 4/5, WRB-001 4/5, WRB-003 2/5 -> 17/25, 5 meetings / 4 groups
    # Feb: + SLM-001 alive (no meeting): 7+3+4+1 = 15 / 11+5+4+5 = 25, 5 meetings / 5 groups
    # Mar: 2+4+3+5 (SLM T01) = 14 / 5+5+4+5 = 19; WRB-003 alive (dissolved 20 Mar), 4 / 5 groups
    # Apr: P06 5/5 + R05 4/4 = 9/9; WRB-003 gone -> 2 / 4 groups
    assert rekam(
        got, "bulan", "pertemuan", "hadir", "aktif_pertemuan", "tingkat_kehadiran", "pertemuan_per_kelompok"
    ) == [
        ("2024-01-01", 5, 17, 25, 0.68, 1.25),
        ("2024-02-01", 5, 15, 25, 0.6, 1.0),
        ("2024-03-01", 4, 14, 19, r(14 / 19), 0.8),
        ("2024-04-01", 2, 9, 9, 1.0, 0.5),
    ]
    one = kehadiran_bulanan(con, dari=FEB, sampai=FEB, kode_kube="TGR-002", jenis_usaha="kuliner")
    assert rekam(one, "bulan", "pertemuan", "hadir", "aktif_pertemuan") == [("2024-02-01", 2, 7, 11)]
    assert kehadiran_bulanan(con, dari=JAN, sampai=APR, kelurahan="Bener", jenis_usaha="kuliner").empty


def test_absen_beruntun(con):
    # active on 31 Mar: A01 A02 A03 A05 A06. Last 3 meetings up to then: P03 P04 P05.
    # A05: izin, sakit, alpa -> listed; A02: hadir, hadir, izin; A06 was active for only P04, P05
    got = absen_beruntun(con, kode_kube="TGR-002", sampai=MAR)
    assert rekam(got, "kode_anggota", "nama", "absen_terakhir") == [("A05", "Sukinem", "2024-03-08")]
    # two running: A05 (sakit, alpa) and A06 (no row at P04 and P05)
    got2 = absen_beruntun(con, kode_kube="TGR-002", sampai=MAR, berturut=2)
    assert list(got2["kode_anggota"]) == ["A05", "A06"]
    # by April A05 was hadir at P06
    assert absen_beruntun(con, kode_kube="TGR-002", sampai=APR).empty
    # February: A04 (left 1 Mar) still active; P01 izin, P02 hadir, P03 alpa -> not 3 running
    assert absen_beruntun(con, kode_kube="TGR-002", sampai=FEB).empty
