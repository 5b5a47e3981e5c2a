"""A case at and just under every threshold whose other tests only sit on the line.

A threshold tested only exactly at its value survives being moved by a small step (0.10 -> 0.09:
a 0.095 drop then turns amber unnoticed). Each case below sits between the documented value and
such a neighbour, so moving the constant either way fails a test. The values are the ones
kube_metrics/ambang.py and ambang_modal_sosial.py document (and docs/metrics-ringkasan.md,
docs/metrics-modal-sosial.md repeat); the first test pins them, the others pin the behaviour.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from kube_metrics import ambang
from kube_metrics import ambang_modal_sosial as A
from kube_metrics.disiplin import disiplin
from kube_metrics.ringkasan import perhatian_dari_liga
from tests.test_peringatan import kelompok, kode_aktif, rapat, tenang


def test_nilai_ambang_seperti_didokumentasikan():
    # docs/metrics-ringkasan.md and docs/metrics-modal-sosial.md state these numbers
    assert (ambang.KEHADIRAN_TURUN_KUNING, ambang.KEHADIRAN_TURUN_MERAH) == (0.10, 0.20)
    assert (ambang.OMZET_TURUN_KUNING, ambang.OMZET_PERUBAHAN.kuning) == (-0.10, -0.20)
    assert (A.KEHADIRAN_TURUN_POIN, A.KEHADIRAN_TURUN_BULAN) == (20, 6)
    assert (A.ABSEN_BERUNTUN_PORSI, A.ABSEN_BERUNTUN_PERTEMUAN) == (0.30, 3)
    assert (A.KESIAPAN_AMBANG, A.DISIPLIN_KEHADIRAN_MIN, A.HAMBATAN_LAMA_HARI) == (60.0, 0.75, 90)


# --- the "perlu perhatian" list (kube_metrics/ringkasan.py) on built league rows -----------


def _liga(**kolom: list) -> pd.DataFrame:
    n = len(next(iter(kolom.values())))
    dasar = {
        "kode_kube": [f"K{i}" for i in range(n)],
        "nama": [f"KUBE {i}" for i in range(n)],
        "kelurahan": ["X"] * n,
        "kecamatan": ["X"] * n,
        "bubar": [False] * n,
        "tingkat_kehadiran_sebelumnya": [0.8] * n,
        "tingkat_kehadiran": [0.8] * n,
        "omzet_bulanan_sebelumnya": [1_000_000.0] * n,
        "omzet_bulanan": [1_000_000.0] * n,
        "omzet_perubahan": [0.0] * n,
        "hambatan_terbuka_awal": [0] * n,
        "hambatan_terbuka": [0] * n,
    }
    return pd.DataFrame(dasar | kolom)


def _tingkat(daftar: pd.DataFrame, kode_alasan: str) -> dict[str, str]:
    pilih = daftar[daftar["kode_alasan"] == kode_alasan]
    return dict(zip(pilih["kode_kube"], pilih["tingkat"], strict=True))


def test_kehadiran_turun_tepat_di_bawah_10_dan_20_poin():
    # before 0.80 each; drops: .0999 (K0: under 10 points, none), .10 (K1: kuning at the line),
    # .1999 (K2: kuning, just under 20), .20 (K3: merah at the line)
    liga = _liga(tingkat_kehadiran=[0.7001, 0.70, 0.6001, 0.60])
    assert _tingkat(perhatian_dari_liga(liga), "kehadiran_turun") == {
        "K1": "kuning",
        "K2": "kuning",
        "K3": "merah",
    }


def test_omzet_turun_tepat_di_bawah_10_dan_20_persen():
    # -9.99 % (K0: none), -10 % (K1: kuning), -20 % (K2: kuning, red only beyond), -20.01 % (K3)
    liga = _liga(omzet_perubahan=[-0.0999, -0.10, -0.20, -0.2001])
    assert _tingkat(perhatian_dari_liga(liga), "omzet_turun") == {
        "K1": "kuning",
        "K2": "kuning",
        "K3": "merah",
    }


def test_hambatan_menumpuk_di_sekitar_ambang_liga():
    # end vs start: 1 > 0 but not above 1 (K0: none); 2 > 1 (K1: kuning); 3 > 2 (K2: kuning,
    # not above 3); 4 > 3 (K3: merah); 4 = 4 (K4: not more than at the start: none)
    liga = _liga(hambatan_terbuka_awal=[0, 1, 2, 3, 4], hambatan_terbuka=[1, 2, 3, 4, 4])
    assert _tingkat(perhatian_dari_liga(liga), "hambatan_menumpuk") == {
        "K1": "kuning",
        "K2": "kuning",
        "K3": "merah",
    }


# --- early warnings (kube_metrics/peringatan.py) on built groups --------------------------


@pytest.mark.parametrize(("hadir_kedua", "turun"), [(84, True), (85, False)])
def test_kehadiran_turun_tepat_di_bawah_20_poin(empty_db, hadir_kedua, turun):
    # 10 members, two meetings a month. Jan-Jun: 12 x 9 present = 108/120 = 90 %.
    # Jul-Dec: 12 meetings with `hadir_kedua` present in all: 84/120 = 70 % (20 points down:
    # warning) or 85/120 = 70.83 % (19.17 points: none; a 19-point rule would flag it).
    kelompok(empty_db)
    tenang(empty_db)
    sisa = hadir_kedua - 7 * 12  # the Jul-Dec meetings have 7 present, plus this many extra
    for bulan in range(1, 13):
        for hari in (5, 20):
            tambah = 1 if bulan == 12 and hari == 20 and sisa else 0
            rapat(empty_db, f"2024-{bulan:02d}-{hari:02d}", 9 if bulan <= 6 else 7 + tambah)
    assert ("kehadiran_turun" in kode_aktif(empty_db)) is turun


@pytest.mark.parametrize(("anggota", "absen", "muncul"), [(20, 6, True), (17, 5, False)])
def test_absen_beruntun_tepat_di_bawah_30_persen(empty_db, anggota, absen, muncul):
    # 6 of 20 = 30 % at the last three meetings: warning; 5 of 17 = 29.4 %: none
    kelompok(empty_db, n=anggota)
    tenang(empty_db)
    for tanggal in ("2024-10-10", "2024-11-10", "2024-12-10"):
        rapat(empty_db, tanggal, anggota - absen)
    assert ("absen_beruntun" in kode_aktif(empty_db)) is muncul


@pytest.mark.parametrize(("hadir", "cukup"), [(37, False), (38, True)])
def test_disiplin_kehadiran_tepat_di_bawah_75_persen(empty_db, hadir, cukup):
    # 10 members, five meetings in March 2024: 37/50 = 74 % (under 75 %: no point) or 38/50 = 76 %
    kelompok(empty_db)
    hadir_per_rapat = [8, 8, 7, 7, hadir - 30]
    for hari, n in zip((4, 8, 12, 16, 20), hadir_per_rapat, strict=True):
        rapat(empty_db, f"2024-03-{hari:02d}", n)
    kode_aktif(empty_db)  # refreshes the rollups
    maret = dt.date(2024, 3, 1)
    frame = disiplin(empty_db, dari=maret, sampai=maret, kode_kube="W1")
    assert frame["hadir_cukup"].tolist() == [cukup]
