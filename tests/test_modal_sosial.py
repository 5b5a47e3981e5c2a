"""Social-capital index (kube_metrics/modal_sosial.py) on tests/fixtures/modal_sosial, and the
study's reading of KUBE Sejahtera 2 on the demo database."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from kube_metrics import ambang_modal_sosial as A
from kube_metrics.charts.modal_sosial import uraian_dimensi
from kube_metrics.modal_sosial import (
    median_sebaya,
    modal_sosial,
    modal_sosial_rincian,
    modal_sosial_sebaya,
    modal_sosial_tren,
    skala,
)

JAN, MAR = dt.date(2024, 1, 1), dt.date(2024, 3, 1)


@pytest.fixture
def con(fixture_rollup):
    return fixture_rollup("modal_sosial")


def _a(con):
    return modal_sosial(con, dari=JAN, sampai=MAR, kode_kube="MS-A").iloc[0]


def test_kepercayaan_kube_a(con):
    # 4 meetings in 3 months = 1.333/4 -> 33.33 x 0.20 = 6.667
    # present 12/16 = 0.75: (0.75-0.5)/0.4 = 62.5 x 0.25 = 15.625
    # finances read out 3/4 -> 75 x 0.20 = 15; musyawarah 2/4 = 0.5 -> 100 x 0.15 = 15
    # survey 2023-06 trust (4+5+3+4)/4 = 4.0 -> 75 x 0.20 = 15;  total 67.2917
    assert _a(con)["kepercayaan"] == pytest.approx(6.666667 + 15.625 + 15 + 15 + 15)


def test_jaringan_kube_a(con):
    # at 2024-03-31: Toko Bu Sri (2023-06-01) and Bank Uji (2023-10-01) active; Koperasi Uji ended
    # exactly 2024-03-31 -> not active. active 2/3 -> 66.67 x 0.3 = 20; kinds 2/3 -> 13.333;
    # lasting >= 6 months (started <= 2023-09-30): only Toko Bu Sri, 1/2 -> 50 x 0.3 = 15;
    # survey networks (2+1)/2 = 1.5 -> 12.5 x 0.2 = 2.5;  total 50.8333
    assert _a(con)["jaringan"] == pytest.approx(20 + 13.333333 + 15 + 2.5)


def test_norma_kube_a_tanpa_survei(con):
    # agreements touching 2024-01-01..2024-03-31: s1 (2023-02-01, sanction, open): 424 days;
    # s2 (2023-11-15..2024-01-15): 61 days; s4 (2024-02-01, open): 59 days; s3 ended 2023-08 -> out.
    # in force 2 (s1, s4) -> 66.67 x 0.25; median 61 days -> 16.71 x 0.20; with sanction 1 -> 50 x 0.15;
    # alpa 2/16 = 0.125 -> 50 x 0.20; the only norms survey (2022-03-31) is exactly 24 months old
    # -> left out, weights re-scaled by 1/0.8
    harap = (200 / 3 * 0.25 + 61 / 365 * 100 * 0.20 + 50 * 0.15 + 50 * 0.20) / 0.8
    baris = _a(con)
    assert baris["norma"] == pytest.approx(harap)  # 46.8864
    assert pd.isna(baris["survei_norma"])


def test_survei_berlaku_24_bulan(con):
    # one day newer than the boundary: the norms survey (score 1 -> 0) now counts with weight 0.2
    con.execute("UPDATE survei SET tanggal = DATE '2022-04-01' WHERE butir = 'n1'")
    harap = 200 / 3 * 0.25 + 61 / 365 * 100 * 0.20 + 50 * 0.15 + 50 * 0.20 + 0 * 0.20
    assert _a(con)["norma"] == pytest.approx(harap)  # 37.5091


def test_mitra_bertahan_tepat_6_bulan(con):
    # Bank Uji moved to 2023-09-30 = 2024-03-31 minus 6 months: now lasting, 2/2 -> 100 x 0.3
    con.execute("UPDATE jaringan SET tanggal_mulai = DATE '2023-09-30' WHERE mitra = 'Bank Uji'")
    assert _a(con)["jaringan"] == pytest.approx(20 + 13.333333 + 30 + 2.5)


@pytest.mark.parametrize(("berakhir", "median"), [("2024-01-01", (61 + 245) / 2), ("2023-12-31", 61)])
def test_umur_kesepakatan_yang_berlaku_dalam_periode(con, berakhir, median):
    # s3 (2023-05-01, with sanction) now ends on the period's first day: it was in force in the
    # period, so its 245 days join the median {59, 61, 245, 424} -> 153; a day earlier it stays out.
    # It never counts as in force at the end (ended before 2024-03-31).
    con.execute("UPDATE kesepakatan SET tanggal_berakhir = ? WHERE kode_kesepakatan = 's3'", [berakhir])
    baris = _a(con)
    assert baris["umur_median_kesepakatan"] == median
    harap = (200 / 3 * 0.25 + median / 365 * 100 * 0.20 + 50 * 0.15 + 50 * 0.20) / 0.8
    assert baris["norma"] == pytest.approx(harap)


def test_kelompok_tanpa_catatan_nol_dan_belum_berdiri_tidak_ada(con):
    frame = modal_sosial(con, dari=JAN, sampai=MAR).set_index("kode_kube")
    # MS-C is formed 2024-05-01, after the period; MS-B has months but no record: no meeting is
    # trust 0, but ties and agreements never recorded nor checked are no reading at all
    # (issue 13: "belum ada data", not 0; before issue 13 they read 0 and 0)
    assert sorted(frame.index) == ["MS-A", "MS-B"]
    assert frame.loc["MS-B", "kepercayaan"] == 0
    assert frame.loc["MS-B", ["jaringan", "norma"]].isna().all()
    assert not frame.loc["MS-B", "ada_jaringan"] and not frame.loc["MS-B", "ada_kesepakatan"]


def test_rincian_kontribusi_menjumlah_ke_skor(con):
    rincian = modal_sosial_rincian(con, kode_kube="MS-A", dari=JAN, sampai=MAR)
    jumlah = rincian.groupby("dimensi")["kontribusi"].sum()
    baris = _a(con)
    for dimensi in ("kepercayaan", "jaringan", "norma"):
        assert jumlah[dimensi] == pytest.approx(baris[dimensi])
    survei_norma = rincian[rincian["proksi"] == "Survei norma"].iloc[0]
    assert pd.isna(survei_norma["kontribusi"])
    assert len(rincian) == sum(len(d) for d in A.DIMENSI.values())


def test_tren_memakai_12_bulan_terakhir(con):
    tren = modal_sosial_tren(con, kode_kube="MS-A", dari=MAR, sampai=MAR)
    # 4 meetings over 2023-04..2024-03 (12 months) -> 0.333/4 -> 8.33 x 0.2 = 1.667 instead of 6.667
    assert tren["kepercayaan"].iloc[0] == pytest.approx(1.666667 + 15.625 + 15 + 15 + 15)


def test_skala_dijepit_dan_terbalik():
    kehadiran = A.KEPERCAYAAN[1]  # 0.5 -> 0, 0.9 -> 100
    assert skala(pd.Series([0.4, 0.5, 0.7, 0.9, 1.0]), kehadiran).tolist() == pytest.approx(
        [0, 0, 50, 100, 100]
    )
    alpa = A.NORMA[3]  # 0.25 -> 0, 0 -> 100 (lower is better)
    assert skala(pd.Series([0.0, 0.125, 0.3]), alpa).tolist() == pytest.approx([100, 50, 0])


def test_bobot_tiap_dimensi_berjumlah_satu():
    for daftar in A.DIMENSI.values():
        assert sum(p.bobot for p in daftar) == pytest.approx(1.0)
    assert sum(A.KESIAPAN_BOBOT.values()) == pytest.approx(1.0)


def test_median_sebaya():
    frame = pd.DataFrame({"kepercayaan": [10, 20, 60], "jaringan": [0, 5, None], "norma": [None] * 3})
    assert median_sebaya(frame) == {"kepercayaan": 20.0, "jaringan": 2.5, "norma": None}


# --- the study's reading on the demo database ------------------------------------------------


def test_demo_sejahtera_2_kepercayaan_jauh_di_atas_jaringan_dan_norma(demo):
    frame = modal_sosial(demo, dari=dt.date(2024, 12, 1), sampai=dt.date(2025, 11, 1))
    s2 = frame.set_index("kode_kube").loc["TGR-002"]
    assert s2["kepercayaan"] >= s2["jaringan"] + 30
    assert s2["kepercayaan"] >= s2["norma"] + 30
    # a thriving peer reads differently: networks and norms high too
    maju = frame[(frame["jaringan"] >= 60) & (frame["norma"] >= 60)]
    assert len(maju) >= 3
    assert (maju["jaringan"] > s2["jaringan"] + 40).all()


def test_sebaya_kecamatan_dan_kota(con):
    # all three fixture groups are in Kota Uji; MS-A alone in Kec Satu; MS-C not yet formed
    kota = modal_sosial_sebaya(con, kode_kube="MS-A", sebaya="kota", dari=JAN, sampai=MAR)
    assert kota.set_index("kode_kube")["fokus"].to_dict() == {"MS-A": True, "MS-B": False}
    kecamatan = modal_sosial_sebaya(con, kode_kube="MS-A", sebaya="kecamatan", dari=JAN, sampai=MAR)
    assert kecamatan["kode_kube"].tolist() == ["MS-A"]
    with pytest.raises(ValueError):
        modal_sosial_sebaya(con, kode_kube="MS-A", sebaya="provinsi", dari=JAN, sampai=MAR)


def test_uraian_menjumlahkan_skor_di_layar(con):
    rincian = modal_sosial_rincian(con, kode_kube="MS-A", dari=JAN, sampai=MAR)
    teks = uraian_dimensi(rincian, "norma")
    # 20,8 + 4,2 + 9,4 + 12,5 = 46,9 (Indonesian decimals); the missing survey is named
    assert teks.startswith("**Norma 47** = 20,8 (Kesepakatan berlaku) + 4,2 (Umur median kesepakatan)")
    assert "Tanpa data: Survei norma" in teks
