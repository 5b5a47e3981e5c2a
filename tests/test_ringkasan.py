"""Ringkasan page figures on tests/fixtures/ringkasan, every number worked out by hand.

The fixture (all in Kota Yogyakarta, all formed 2026-03-02 unless said otherwise; the data end
in September 2026). Period P = Jul..Sep 2026 (3 months), its previous period Q = Apr..Jun 2026.
Per group: members; meetings in Q and P as "date:present" (present = hadir or diwakili;
members without a row are alpa); monthly reports as omzet/biaya; visits; obstacles.

TGR-001 Tegalrejo/Tegalrejo kuliner, 4 members.
    Q: 04-07:4 04-21:3 05-05:4 05-19:3 06-02:3 -> 5 meetings, 17/20 present = 0.85
    P: 07-07:4 07-21:2 08-04:3 08-18:3 09-01:3 09-15:3 -> 6 meetings, 18/24 = 0.75
    reports Q: 3 x 1 000 000/700 000; P: Jul 900 000/600 000, Aug 1 000 000/700 000,
      Sep 1 100 000/800 000 (omzet 3 000 000, laba 900 000 in each period)
    visits: 04-14 pendamping, 08-12 pendamping
    obstacles: H01 07-08 open; H02 07-22 closed 08-05 -> open at end of Jun 0, of Sep 1
TGR-002 (the study group) Tegalrejo/Tegalrejo kuliner, 5 members + A06 who leaves 2026-07-01
    (active through June, not in July meetings, not at end of July).
    Q: 04-10:5 04-24:5 05-10:5 05-24:5 06-10:4 -> 5 meetings x 6 active, 24/30 = 0.8
    P: 07-10:4 08-10:4 09-10:3 -> 3 meetings x 5 active, 11/15 = 0.7333
    reports Q: 3 x 2 000 000/1 500 000; P: Jul, Aug 1 900 000/1 500 000, no September report
    visits: 07-15 pendamping, 08-20 dinsos, 09-03 kelurahan
    obstacles: H01 05-12 ditangani (open), H02 08-11 open -> end Jun 1, end Sep 2
TGR-003 Tegalrejo/Tegalrejo warung_sembako, 5 members, dissolved 2026-07-20; no meetings,
    one report Apr 600 000/400 000; rollup months Mar..Jul.
BNR-001 Bener/Tegalrejo kerajinan, 3 members.
    Q: 04-03:3 04-17:2 05-08:3 05-22:2 06-05:2 -> 12/15 = 0.8
    P: 07-03:2 07-17:2 08-07:2 08-21:2 09-04:1 -> 5 meetings, 9/15 = 0.6
    reports Q: 3 x 1 000 000/500 000; P: 800 000, 900 000, 1 000 000, biaya 500 000 each
    visits: 05-06 pendamping, 06-09 dinsos
    obstacles: H01 04-10 open, H02 05-15 closed 08-20, H03 06-05 ditangani, H04 09-08 open
      -> end Jun 3 (H01-H03), end Sep 3 (H01, H03, H04)
BNR-002 Bener/Tegalrejo jasa, formed 2026-08-10, 5 members; rollup months Aug, Sep.
    P: 08-14:5 08-28:4 09-11:4 09-25:3 -> 4 meetings, 16/20 = 0.8
    reports Aug, Sep 500 000/300 000; visit 09-02 pendamping; obstacles 09-12, 09-26 open.
BCR-001 Baciro/Gondokusuman kuliner, 6 members.
    Q: 04-15:5 06-15:4 -> 9/12 = 0.75;  P: 07-15:4 09-15:3 -> 2 meetings, 7/12 = 0.5833
    reports Q: 3 x 1 000 000/600 000; P: 3 x 800 000/600 000
    visits: 07-22 pendamping, 09-09 lainnya
    obstacles: 04-16, 06-16, 07-16, 09-16 all open -> end Jun 2, end Sep 4
BCR-002 Baciro/Gondokusuman ternak, 4 members.
    Q: 04-20:4 05-20:4 -> 8/8 = 1.0;  P: no meetings
    reports Q: 3 x 1 000 000/500 000; P: Jul only 799 999/500 000
    visit: 06-03 pendamping; obstacle 09-05 closed 09-20 (open at no month end)
BCR-003 Baciro/Gondokusuman konveksi, 4 members, dissolved 2026-08-31 (the last day of
    August: not active at the end of August); rollup months Mar..Aug.
    Q: 04-12:2 05-12:2 06-12:2 -> 6/12 = 0.5;  P: 07-12:4 -> 4/4 = 1.0
    reports Q: 3 x 2 000 000/1 000 000; P: Jul 1 000 000/1 200 000 (laba -200 000)
    obstacles: four reported 07-13, all open -> open at end of Aug (its last month) 4
KTR-001 Kotabaru/Gondokusuman laundry, 4 members.
    Q: 04-20:4 05-20:4 06-20:3 -> 11/12;  P: 07-20:3 08-20:3 09-20:4 -> 10/12
    reports Q: 3 x 700 000/400 000; P: none.  visit: 09-16 dinsos.
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest

from kube_metrics.ringkasan import (
    STATUS,
    jumlah_bulan,
    kpi_ringkasan,
    liga_kelompok,
    periode_sebelumnya,
    perlu_perhatian,
    tren_kelompok,
)

JUL, AGU, SEP = dt.date(2026, 7, 1), dt.date(2026, 8, 1), dt.date(2026, 9, 1)
P = {"dari": JUL, "sampai": SEP}


@pytest.fixture
def con(fixture_rollup):
    return fixture_rollup("ringkasan")


def _kpi(frame: pd.DataFrame) -> dict[str, tuple[float, float, float]]:
    return {r.indikator: (r.nilai, r.nilai_sebelumnya, r.perubahan) for r in frame.itertuples(index=False)}


def _sama(actual: tuple[float, ...], expected: tuple[float, ...]) -> bool:
    """Equal element-wise to pytest's default tolerance, NaN equal to NaN."""
    return list(actual) == pytest.approx(list(expected), nan_ok=True)


# --- periods -------------------------------------------------------------------------------


def test_periode_sebelumnya_sama_panjang_dan_tepat_sebelum_dari():
    assert jumlah_bulan(JUL, SEP) == 3
    assert periode_sebelumnya(JUL, SEP) == (dt.date(2026, 4, 1), dt.date(2026, 6, 1))
    # across a year: Jan..Feb 2026 (2 months) -> Nov..Dec 2025
    assert periode_sebelumnya(dt.date(2026, 1, 1), dt.date(2026, 2, 1)) == (
        dt.date(2025, 11, 1),
        dt.date(2025, 12, 1),
    )
    # one month: Mar 2026 -> Feb 2026
    assert periode_sebelumnya(dt.date(2026, 3, 1), dt.date(2026, 3, 1)) == (dt.date(2026, 2, 1),) * 2


def test_periode_tidak_sah_ditolak_dengan_pesan(con):
    with pytest.raises(ValueError, match="tidak boleh sesudah"):
        kpi_ringkasan(con, dari=SEP, sampai=JUL)
    with pytest.raises(ValueError, match="tanggal 1"):
        liga_kelompok(con, dari=dt.date(2026, 7, 15), sampai=SEP)


# --- KPI cards -----------------------------------------------------------------------------


def test_kpi_ringkasan_indikator_label_satuan(con):
    kpi = kpi_ringkasan(con, **P)
    assert list(kpi["indikator"]) == [
        "kelompok_aktif", "anggota_aktif", "tingkat_kehadiran", "pertemuan_per_bulan",
        "omzet", "laba", "hambatan_terbuka", "kunjungan",
    ]  # fmt: skip
    assert list(kpi["satuan"]) == [
        "kelompok",
        "orang",
        "persen",
        "kali",
        "rupiah",
        "rupiah",
        "hambatan",
        "kali",
    ]
    assert kpi.loc[kpi["indikator"] == "tingkat_kehadiran", "label"].item() == "Tingkat kehadiran"
    assert list(kpi["naik_lebih_baik"]) == [True] * 6 + [False, True]


def test_kpi_ringkasan_angka_seluruh_kota(con):
    got = _kpi(kpi_ringkasan(con, **P))
    # active on 30 Sep: all but TGR-003 (dissolved 07-20) and BCR-003 (08-31) = 7;
    # on 30 Jun: all but BNR-002 (formed 08-10) = 8
    assert got["kelompok_aktif"] == (7, 8, -1)
    # members at 30 Sep of the 7: 4+5+3+5+6+4+4 = 31 (TGR-001, TGR-002, BNR-001, BNR-002,
    # BCR-001, BCR-002, KTR-001); at 30 Jun of the 8: 4+6+5+3+6+4+4+4 = 36 (TGR-002 still
    # has A06; TGR-003 5; BCR-003 4)
    assert got["anggota_aktif"] == (31, 36, -5)
    # P: present 18+11+9+16+7+0+4+10 = 75 of 24+15+15+20+12+0+4+12 = 102;
    # Q: 17+24+12+9+8+6+11 = 87 of 20+30+15+12+8+12+12 = 109
    assert _sama(got["tingkat_kehadiran"], (75 / 102, 87 / 109, 75 / 102 - 87 / 109))
    # P: meetings 6+3+5+4+2+0+1+3 = 24 over group-months 3+3+1+3+2+3+3+2+3 = 23;
    # Q: 5+5+0+5+2+2+3+3 = 25 over 8 groups x 3 months = 24
    assert _sama(got["pertemuan_per_bulan"], (24 / 23, 25 / 24, 24 / 23 - 25 / 24))
    # P omzet: 3 000 000 + 3 800 000 + 2 700 000 + 1 000 000 + 2 400 000 + 799 999 + 1 000 000
    # = 14 699 999; Q: 3 000 000 + 6 000 000 + 600 000 + 3 000 000 + 3 000 000 + 3 000 000
    # + 6 000 000 + 2 100 000 = 26 700 000
    assert got["omzet"] == (14_699_999, 26_700_000, -12_000_001)
    # P laba: 900 000 + 800 000 + 1 200 000 + 400 000 + 600 000 + 299 999 - 200 000 = 3 999 999;
    # Q: 900 000 + 1 500 000 + 200 000 + 1 500 000 + 1 200 000 + 1 500 000 + 3 000 000
    # + 900 000 = 10 700 000
    assert got["laba"] == (3_999_999, 10_700_000, -6_700_001)
    # open at 30 Sep over the 7 active: 1+2+3+2+4+0+0 = 12 (BCR-003's 4 left out: dissolved);
    # at 30 Jun over the 8: 0+1+0+3+2+0+0+0 = 6
    assert got["hambatan_terbuka"] == (12, 6, 6)
    # P visits: TGR-001 1, TGR-002 3, BNR-002 1, BCR-001 2, KTR-001 1 = 8;
    # Q: TGR-001 1, BNR-001 2, BCR-002 1 = 4
    assert got["kunjungan"] == (8, 4, 4)


def test_kpi_ringkasan_satu_bulan_dan_bubar_di_hari_terakhir(con):
    got = _kpi(kpi_ringkasan(con, dari=AGU, sampai=AGU))  # previous period: July
    # end Aug: TGR-001, TGR-002, BNR-001, BNR-002, BCR-001, BCR-002, KTR-001 = 7 (BCR-003
    # dissolved on 31 Aug itself is no longer active); end Jul: the same but BCR-003 instead
    # of BNR-002 = 7 (TGR-003 dissolved 07-20)
    assert got["kelompok_aktif"] == (7, 7, 0)
    # Aug: 4+5+3+5+6+4+4 = 31; Jul: 4+5+3+6+4+4+4 = 30 (TGR-002's A06 left on 1 Jul)
    assert got["anggota_aktif"] == (31, 30, 1)
    # open at end Aug: TGR-001 1 + TGR-002 2 + BNR-001 2 (H02 closed 08-20) + BCR-001 3 = 8;
    # at end Jul: TGR-001 2 + TGR-002 1 + BNR-001 3 + BCR-001 3 + BCR-003 4 = 13
    assert got["hambatan_terbuka"] == (8, 13, -5)


def test_periode_sesudah_data_tidak_diketahui_bukan_nol(con):
    okt, nov = dt.date(2026, 10, 1), dt.date(2026, 11, 1)  # the data end in September
    got = _kpi(kpi_ringkasan(con, dari=okt, sampai=nov))  # previous period: Aug..Sep
    assert got["kelompok_aktif"][:2] == (7, 7)  # from kelompok: the same 7 groups still active
    # Aug..Sep visits: TGR-001 08-12, TGR-002 08-20 and 09-03, BCR-001 09-09, BNR-002 09-02,
    # KTR-001 09-16 = 6; Oct..Nov: no rollup month at all, so unknown rather than 0
    assert math.isnan(got["kunjungan"][0]) and got["kunjungan"][1] == 6
    for unknown in ("anggota_aktif", "tingkat_kehadiran", "omzet", "hambatan_terbuka"):
        assert math.isnan(got[unknown][0]), unknown
    liga = liga_kelompok(con, dari=okt, sampai=nov)
    assert len(liga) == 7 and (liga["bulan_aktif"] == 0).all()
    assert liga[list(STATUS)].isna().all().all()  # nothing to judge
    assert liga["jumlah_merah"].eq(0).all() and liga["kunjungan"].isna().all()


def test_kpi_ringkasan_per_kecamatan(con):
    got = _kpi(kpi_ringkasan(con, **P, kecamatan="Gondokusuman"))
    # BCR-001, BCR-002, BCR-003, KTR-001
    assert got["kelompok_aktif"] == (3, 4, -1)  # BCR-003 dissolved 08-31
    assert got["anggota_aktif"] == (14, 18, -4)  # 6+4+4; Q adds BCR-003's 4
    # P: (7+0+4+10)/(12+0+4+12) = 21/28 = 0.75; Q: (9+8+6+11)/(12+8+12+12) = 34/44
    assert _sama(got["tingkat_kehadiran"], (0.75, 34 / 44, 0.75 - 34 / 44))
    # P: (2+0+1+3) meetings / (3+3+2+3) group-months = 6/11; Q: (2+2+3+3)/12 = 10/12
    assert _sama(got["pertemuan_per_bulan"], (6 / 11, 10 / 12, 6 / 11 - 10 / 12))
    # P: 2 400 000 + 799 999 + 1 000 000; Q: 3 000 000 + 3 000 000 + 6 000 000 + 2 100 000
    assert got["omzet"] == (4_199_999, 14_100_000, -9_900_001)
    # P: 600 000 + 299 999 - 200 000; Q: 1 200 000 + 1 500 000 + 3 000 000 + 900 000
    assert got["laba"] == (699_999, 6_600_000, -5_900_001)
    assert got["hambatan_terbuka"] == (4, 2, 2)  # BCR-001 only, 4 at end Sep and 2 at end Jun
    assert got["kunjungan"] == (3, 1, 2)  # P: BCR-001 2 + KTR-001 1; Q: BCR-002 1


def test_kpi_ringkasan_per_kelurahan_dan_jenis_usaha(con):
    bener = _kpi(kpi_ringkasan(con, **P, kelurahan="Bener"))  # BNR-001, BNR-002
    assert bener["kelompok_aktif"] == (2, 1, 1)
    # P: (9+16)/(15+20) = 25/35; Q: 12/15 (BNR-002 not yet formed)
    assert _sama(bener["tingkat_kehadiran"], (25 / 35, 0.8, 25 / 35 - 0.8))
    kuliner = _kpi(kpi_ringkasan(con, **P, jenis_usaha="kuliner"))  # TGR-001, TGR-002, BCR-001
    # P: (18+11+7)/(24+15+12) = 36/51; Q: (17+24+9)/(20+30+12) = 50/62
    assert _sama(kuliner["tingkat_kehadiran"], (36 / 51, 50 / 62, 36 / 51 - 50 / 62))
    assert kuliner["omzet"] == (9_200_000, 12_000_000, -2_800_000)  # 3.0+3.8+2.4 M vs 3+6+3 M


def test_kpi_ringkasan_tanpa_kelompok(con):
    got = _kpi(kpi_ringkasan(con, **P, kecamatan="Umbulharjo"))
    assert got["kelompok_aktif"] == (0, 0, 0)
    assert got["anggota_aktif"] == (0, 0, 0)
    assert got["kunjungan"] == (0, 0, 0)
    assert got["hambatan_terbuka"] == (0, 0, 0)
    nan = math.nan
    for undefined in ("tingkat_kehadiran", "pertemuan_per_bulan", "omzet", "laba"):
        assert _sama(got[undefined], (nan, nan, nan))


# --- trends --------------------------------------------------------------------------------


def test_tren_kelompok_per_bulan(con):
    tren = tren_kelompok(con, **P)
    assert [d.date() for d in tren["bulan"]] == [JUL, AGU, SEP]
    # end Jul: 9 groups minus TGR-003 (dissolved 07-20) and BNR-002 (formed 08-10) = 7;
    # end Aug: minus TGR-003 and BCR-003 (dissolved on 08-31 itself) = 7 (BNR-002 now in); end Sep: 7
    assert list(tren["kelompok_aktif"]) == [7, 7, 7]
    # Jul present/active: TGR-001 6/8, TGR-002 4/5, BNR-001 4/6, BCR-001 4/6, BCR-003 4/4,
    # KTR-001 3/4 -> 25/33. Aug: TGR-001 6/8, TGR-002 4/5, BNR-001 4/6, BNR-002 9/10,
    # KTR-001 3/4 -> 26/33. Sep: TGR-001 6/8, TGR-002 3/5, BNR-001 1/3, BNR-002 7/10,
    # BCR-001 3/6, KTR-001 4/4 -> 24/36
    assert list(tren["tingkat_kehadiran"]) == pytest.approx([25 / 33, 26 / 33, 24 / 36])
    # medians: Jul sorted .667 .667 .75 .75 .8 1 -> .75; Aug .667 .75 .75 .8 .9 -> .75;
    # Sep .333 .5 .6 .7 .75 1 -> (.6+.7)/2 = .65
    assert list(tren["median_kehadiran"]) == pytest.approx([0.75, 0.75, 0.65])
    # Jul reports: 900 000, 1 900 000, 800 000, 800 000, 799 999, 1 000 000 -> total 6 199 999,
    # median (800 000 + 900 000)/2 = 850 000. Aug: 1 000 000, 1 900 000, 900 000, 500 000,
    # 800 000 -> 5 100 000, median 900 000. Sep: 1 100 000, 1 000 000, 500 000, 800 000
    # -> 3 400 000, median (800 000 + 1 000 000)/2 = 900 000
    assert list(tren["omzet_total"]) == [6_199_999, 5_100_000, 3_400_000]
    assert list(tren["omzet_median"]) == [850_000, 900_000, 900_000]
    assert list(tren["kelompok_lapor"]) == [6, 5, 4]


def test_tren_kelompok_bulan_tanpa_data_tetap_muncul(con):
    okt = dt.date(2026, 10, 1)
    tren = tren_kelompok(con, dari=SEP, sampai=okt, kecamatan="Gondokusuman")
    assert [d.date() for d in tren["bulan"]] == [SEP, okt]
    # Gondokusuman active at end Sep and end Oct: BCR-001, BCR-002, KTR-001
    assert list(tren["kelompok_aktif"]) == [3, 3]
    sep, oktober = tren.iloc[0], tren.iloc[1]
    # Sep: BCR-001 3/6 and KTR-001 4/4 -> 7/10; median (0.5 + 1)/2; one report (BCR-001)
    assert sep["tingkat_kehadiran"] == pytest.approx(0.7)
    assert sep["median_kehadiran"] == pytest.approx(0.75)
    assert (sep["omzet_total"], sep["omzet_median"], sep["kelompok_lapor"]) == (800_000, 800_000, 1)
    # October lies beyond the data (no rollup month): nothing known, nobody reported
    assert pd.isna(oktober["tingkat_kehadiran"]) and pd.isna(oktober["median_kehadiran"])
    assert pd.isna(oktober["omzet_total"]) and pd.isna(oktober["omzet_median"])
    assert oktober["kelompok_lapor"] == 0


# --- scale: only rollups and kelompok are read ---------------------------------------------


def _semua(con) -> list[pd.DataFrame]:
    return [f(con, **P) for f in (kpi_ringkasan, tren_kelompok, liga_kelompok, perlu_perhatian)]


def test_hanya_membaca_rollup_dan_kelompok(con):
    # with every raw data table gone (kelompok and the rollups stay), the figures are unchanged
    sebelum = _semua(con)
    for tabel in ("kehadiran", "pertemuan", "anggota", "keuangan", "kunjungan", "hambatan"):
        con.execute(f"DROP TABLE {tabel}")
    for a, b in zip(sebelum, _semua(con), strict=True):
        pd.testing.assert_frame_equal(a, b)
