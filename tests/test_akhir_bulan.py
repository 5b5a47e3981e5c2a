"""Records on the last day of a month, on tests/fixtures/akhir_bulan (every figure by hand).

The period's end is the LAST DAY of month `sampai` (data contract, section 3). A metric that
stops at `< last_day(...)`, at day 28 or at the first of the month drops these records. 2024 is a
leap year: 29 February is a month end too. The day after each period (1 May) carries a record
that must stay out.

AB-1 "KUBE Akhir Bulan" (formed and granted Rp10.000.000 on 31 Jan 2024):
- members A1..A5 join 31 Jan; A5 leaves 31 Mar (active while d < 31 Mar); A6 joins 29 Feb;
- meetings P1 31 Jan (4 of A1..A5 present: A4 izin), P2 29 Feb (5 of 6: A5 alpa),
  P3 31 Mar (4 of 5: A3 sakit; A5 no longer active), P4 30 Apr (4 of 5: A6 alpa), P5 1 May;
- visits 31 Jan pendamping, 29 Feb dinsos, 31 Mar kelurahan, 30 Apr pendamping, 1 May pendamping;
- obstacles H1 reported 29 Feb resolved 30 Apr (31 + 30 = 61 days), H2 reported 30 Apr (open),
  H3 reported 1 May;
- ties: Pasar Demangan from 30 Apr; Toko Sumber 31 Jan .. 30 Apr;
- agreements: K1 from 30 Apr; K2 31 Jan .. 30 Apr;
- reports Jan..May.
AB-2 "KUBE Ujung", same kota: one meeting on 30 Apr, 4 of 5 present.
"""

from __future__ import annotations

import pytest

from kube_metrics.hambatan import hambatan_per_kategori, hari_penyelesaian
from kube_metrics.kehadiran import kehadiran_per_pertemuan
from kube_metrics.kunjungan import daftar_kunjungan, kunjungan_per_pihak
from kube_metrics.ringkasan import liga_kelompok
from kube_metrics.summary import summary
from tests.bantu_metrik import APR, FEB, JAN, MAR, rekam


@pytest.fixture
def con(fixture_rollup):
    return fixture_rollup("akhir_bulan")


def test_kunjungan_per_pihak_hari_terakhir_bulan(con):
    got = kunjungan_per_pihak(con, dari=JAN, sampai=APR, kode_kube="AB-1")
    # one visit on each month's last day; 1 May is outside
    assert rekam(got, "bulan", "pihak", "jumlah") == [
        ("2024-01-01", "pendamping", 1),
        ("2024-02-01", "dinsos", 1),
        ("2024-03-01", "kelurahan", 1),
        ("2024-04-01", "pendamping", 1),
    ]
    # a one-month period: its only visit is on its last day (29 Feb, leap year)
    assert rekam(kunjungan_per_pihak(con, dari=FEB, sampai=FEB), "bulan", "pihak", "jumlah") == [
        ("2024-02-01", "dinsos", 1)
    ]


def test_daftar_kunjungan_hari_terakhir_bulan(con):
    got = daftar_kunjungan(con, kode_kube="AB-1", dari=MAR, sampai=APR)
    assert rekam(got, "tanggal", "pihak") == [("2024-03-31", "kelurahan"), ("2024-04-30", "pendamping")]


def test_summary_sampai_april(con):
    got = summary(con, kode_kube="AB-1", dari=JAN, sampai=APR)
    expected = {
        "anggota_aktif": 5,  # A1 A2 A3 A4 A6 on 30 Apr (A5 left 31 Mar)
        "pertemuan": 4,  # P1..P4 (P5 is 1 May)
        "pertemuan_per_bulan": 1.0,  # 4 / 4 months
        "tingkat_kehadiran": 17 / 21,  # (4 + 5 + 4 + 4) / (5 + 6 + 5 + 5)
        "transparansi_keuangan": 0.75,  # P1, P3, P4 of 4
        "omzet": 4_800_000,  # 1 000 000 + 1 200 000 + 1 100 000 + 1 500 000
        "laba": 1_800_000,  # 4 800 000 - (600 000 + 700 000 + 800 000 + 900 000)
        "modal_akhir": 10_500_000,  # April report
        "pertumbuhan_modal": 0.05,  # 10 500 000 / 10 000 000 - 1
        "kunjungan_pendamping": 2,  # 31 Jan, 30 Apr
        "kunjungan_pemerintah": 2,  # dinsos 29 Feb, kelurahan 31 Mar
        "hambatan_baru": 2,  # H1 29 Feb, H2 30 Apr
        "hambatan_terbuka": 1,  # H2; H1 resolved on 30 Apr = end (not after it)
        "hari_penyelesaian_median": 61.0,  # H1: 29 Feb -> 30 Apr
        "mitra_eksternal_aktif": 1,  # Pasar Demangan from 30 Apr; Toko Sumber ended 30 Apr
        "kesepakatan_aktif": 1,  # K1 from 30 Apr; K2 ended 30 Apr
    }
    assert {k: got[k] for k in expected} == pytest.approx(expected)
    # Kota Yogyakarta, Jan-Apr: AB-1 17/21 = .810, AB-2 4/5 = .8 (its one meeting is on 30 Apr)
    assert got["peringkat_kehadiran"] == [1, 2]


def test_summary_sampai_februari_kabisat(con):
    got = summary(con, kode_kube="AB-1", dari=FEB, sampai=FEB)
    # end 29 Feb: A6 joined that day, A5 still there -> 6; P2 on 29 Feb, 5 of 6 present;
    # H1 reported 29 Feb is new and open; the dinsos visit of 29 Feb counts
    assert (got["anggota_aktif"], got["pertemuan"], got["tingkat_kehadiran"]) == (6, 1, pytest.approx(5 / 6))
    assert (got["hambatan_baru"], got["hambatan_terbuka"], got["kunjungan_pemerintah"]) == (1, 1, 1)
    # end 31 Mar: A5 left that day -> 5 active; H1 still open (resolved 30 Apr > 31 Mar)
    maret = summary(con, kode_kube="AB-1", dari=MAR, sampai=MAR)
    assert (maret["anggota_aktif"], maret["hambatan_terbuka"], maret["kunjungan_pemerintah"]) == (5, 1, 1)
    assert maret["tingkat_kehadiran"] == pytest.approx(4 / 5)


def test_kehadiran_per_pertemuan_hari_terakhir(con):
    got = kehadiran_per_pertemuan(con, kode_kube="AB-1", dari=JAN, sampai=APR)
    assert rekam(got, "tanggal", "aktif", "hadir") == [
        ("2024-01-31", 5, 4),
        ("2024-02-29", 6, 5),
        ("2024-03-31", 5, 4),
        ("2024-04-30", 5, 4),
    ]


def test_hambatan_hari_terakhir(con):
    # H1 resolved on the last day of April: 61 days; H3 (1 May) is outside
    selesai = hari_penyelesaian(con, dari=APR, sampai=APR)
    assert rekam(selesai, "kode_hambatan", "hari") == [("H1", 61)]
    per_kategori = hambatan_per_kategori(con, dari=APR, sampai=APR)
    # modal: H1 neither new nor open at 30 Apr -> left out; pemasaran: H2 new and open
    assert rekam(per_kategori, "kode_kube", "kategori", "baru", "terbuka_akhir") == [
        ("AB-1", "pemasaran", 1, 1)
    ]


def test_liga_kunjungan_hari_terakhir(con):
    liga = liga_kelompok(con, dari=JAN, sampai=APR).set_index("kode_kube")
    # 4 visits on month ends, 4 months of life (formed 31 Jan): 4 * 3 / 4 = 3 per quarter
    assert liga.loc["AB-1", "kunjungan"] == 4
    assert liga.loc["AB-1", "bulan_aktif"] == 4
    assert liga.loc["AB-1", "tingkat_kehadiran"] == pytest.approx(17 / 21)
    assert liga.loc["AB-1", "hambatan_terbuka"] == 1

    # AB-2's only meeting is on 30 Apr: a one-month period still sees it
    satu = kehadiran_per_pertemuan(con, kode_kube="AB-2", dari=APR, sampai=APR)
    assert rekam(satu, "tanggal", "tingkat_kehadiran") == [("2024-04-30", 0.8)]
