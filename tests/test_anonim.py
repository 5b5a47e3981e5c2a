"""Anonymisation: peers as KUBE A, B, …; no member names; figures about 1 or 2 members hidden."""

from __future__ import annotations

import pandas as pd
import pytest
from test_narasi import DARI, SAMPAI, bangun_kota_uji

from kube_metrics import anonim
from kube_metrics.laporan.cerita import kumpulkan_fakta, peringkat_kehadiran_sebaya, susun_cerita


@pytest.mark.parametrize(
    ("urutan", "huruf"), [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")]
)
def test_huruf(urutan, huruf):
    assert anonim.huruf(urutan) == huruf


@pytest.mark.parametrize(
    ("n", "boleh"), [(0, True), (1, False), (2, False), (3, True), (20, True), (None, False)]
)
def test_cukup(n, boleh):
    assert anonim.cukup(n) is boleh


def test_tekan_dan_pecahan():
    assert anonim.tekan(0.75, 4) == 0.75
    assert anonim.tekan(0.75, 2) is None
    # 2 men next to 4 women: both hidden, or the total (6) would give the 2 away
    assert anonim.tekan_pecahan([4, 2]) == [None, None]
    assert anonim.tekan_pecahan([4, 3]) == [4, 3]
    assert anonim.tekan_pecahan([5, 0]) == [5, 0]


def test_samarkan_sebaya_menurut_urutan_baris():
    df = pd.DataFrame(
        {
            "kode_kube": ["P1", "F", "P2", "P3"],
            "nama": ["Mawar", "Fokus", "Melati", "Anggrek"],
            "nilai": [4, 3, 2, 1],
        }
    )
    out = anonim.samarkan_sebaya(df, kode_fokus="F", nama_fokus="KUBE Fokus")
    assert list(out["label"]) == ["KUBE A", "KUBE Fokus", "KUBE B", "KUBE C"]
    assert list(out["fokus"]) == [False, True, False, False]
    assert "nama" not in out.columns and "kode_kube" not in out.columns
    assert list(out["nilai"]) == [4, 3, 2, 1]


def test_nama_bocor_dan_bersihkan():
    assert anonim.nama_bocor("Rapat dipimpin siti rahayu.", ["Siti Rahayu", "Budi", ""]) == ["Siti Rahayu"]
    s = {"anggota_aktif": 2, "tingkat_kehadiran": 0.5, "omzet": 100}
    assert anonim.bersihkan(s, ["anggota_aktif", "tingkat_kehadiran"], 2) == {
        "anggota_aktif": None,
        "tingkat_kehadiran": None,
        "omzet": 100,
    }
    assert anonim.bersihkan(s, ["anggota_aktif"], 5) == s


def test_peringkat_sebaya_kota_uji(empty_db):
    con = bangun_kota_uji(empty_db)
    df = peringkat_kehadiran_sebaya(
        con, kode_kube="FOK-1", nama="KUBE Fokus", sebaya="kota", dari=DARI, sampai=SAMPAI
    )
    # PER-1 9/10 = 90 %, FOK-1 12/16 = 75 %, PER-3 2/3; PER-2 (2 members) left out; LAI-1 other kota
    assert list(df["label"]) == ["KUBE A", "KUBE Fokus", "KUBE B"]
    assert df["tingkat_kehadiran"].tolist() == pytest.approx([0.9, 0.75, 2 / 3])
    assert set(df.columns) == {"label", "tingkat_kehadiran", "fokus"}
    # peers of the same kecamatan (Timur): only PER-3
    timur = peringkat_kehadiran_sebaya(
        con, kode_kube="FOK-1", nama="KUBE Fokus", sebaya="kecamatan", dari=DARI, sampai=SAMPAI
    )
    assert list(timur["label"]) == ["KUBE Fokus", "KUBE A"]


def test_kelompok_kecil_angka_anggota_disembunyikan(empty_db):
    con = bangun_kota_uji(empty_db)
    fakta, frames = kumpulkan_fakta(con, kode_kube="PER-2", dari=DARI, sampai=SAMPAI)
    assert fakta["anggota_disembunyikan"] is True
    assert fakta["summary"]["anggota_aktif"] is None
    assert fakta["summary"]["tingkat_kehadiran"] is None
    assert fakta["summary"]["peringkat_kehadiran"] is None
    assert fakta["tren_kehadiran"] is None
    assert frames["kehadiran"]["fokus"].isna().all()
    assert not frames["peringkat"]["fokus"].any()  # its own bar is gone, the peers stay
    cerita = susun_cerita(con, kode_kube="PER-2", dari=DARI, sampai=SAMPAI, lang="id")
    teks = cerita.teks_semua()
    assert "Jumlah anggota aktif tidak ditampilkan karena kurang dari 3 orang." in teks
    assert "Anggota aktif disembunyikan (kurang dari 3 anggota)" in teks
    assert "50%" not in teks  # its attendance rate (1 of 2) is nowhere
