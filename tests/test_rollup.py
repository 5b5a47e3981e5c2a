"""rollup_pertemuan / rollup_bulanan on tests/fixtures/kecil, every figure worked out by hand."""

from __future__ import annotations

import pytest

from kube_metrics.rollup import refresh_rollups

KOLOM_BULANAN = [
    "kode_kube", "bulan", "anggota_aktif_akhir", "pertemuan", "musyawarah", "laporan_dibaca",
    "hadir", "aktif_pertemuan", "alpa", "ada_laporan", "omzet", "biaya", "laba", "modal", "kas",
    "tabungan", "iks", "buku_kas_terkini", "kunjungan_pendamping", "kunjungan_pemerintah",
    "kunjungan_lain", "hambatan_baru", "hambatan_selesai", "hambatan_terbuka_akhir",
]  # fmt: skip
KOLOM_PERTEMUAN = [
    "kode_kube", "kode_pertemuan", "tanggal", "bulan", "jenis", "laporan_keuangan",
    "hadir_pendamping", "aktif", "hadir", "diwakili", "izin", "sakit", "alpa",
]  # fmt: skip


@pytest.fixture
def con(con_kecil):
    return con_kecil


def _rows(con, sql, params=()):
    return con.execute(sql, list(params)).fetchall()


def test_column_lists_are_the_documented_ones(con):
    for table, kolom in (("rollup_bulanan", KOLOM_BULANAN), ("rollup_pertemuan", KOLOM_PERTEMUAN)):
        got = [r[0] for r in _rows(con, f"SELECT column_name FROM (DESCRIBE {table})")]
        assert got == kolom


def test_rollup_pertemuan_tgr002(con):
    got = _rows(
        con,
        "SELECT kode_pertemuan, aktif, hadir, diwakili, izin, sakit, alpa FROM rollup_pertemuan "
        "WHERE kode_kube = 'TGR-002' ORDER BY tanggal",
    )
    assert got == [
        # P01 12 Jan: A01-A05 active (5); A01 A02 hadir + A03 diwakili = 3, A04 izin, A05 no row -> alpa
        ("P01", 5, 3, 1, 1, 0, 1),
        # P02 26 Jan: 5 active; A02 sakit, the other four hadir
        ("P02", 5, 4, 0, 0, 1, 0),
        # P03 9 Feb: A06 joins 15 Feb, so 5 active; A04 alpa, A05 izin, three hadir
        ("P03", 5, 3, 0, 1, 0, 1),
        # P04 23 Feb: 6 active; A01 A02 A04 hadir + A03 diwakili = 4, A05 sakit, A06 no row -> alpa
        ("P04", 6, 4, 1, 0, 1, 1),
        # P05 8 Mar: A04 left 1 Mar -> 5 active; A02 izin, A05 alpa + A06 no row = 2 alpa
        ("P05", 5, 2, 0, 1, 0, 2),
        # P06 5 Apr: 5 active, all hadir
        ("P06", 5, 5, 0, 0, 0, 0),
    ]


def test_rollup_pertemuan_has_every_meeting(con):
    # 6 (TGR-002) + 3 (TGR-005) + 5 (WRB-001) + 2 (WRB-003) + 1 (SLM-001) = 17
    assert _rows(con, "SELECT count(*) FROM rollup_pertemuan") == [(17,)]
    # WRB-003 S01: 5 active, D01 D02 hadir, D03-D05 without rows -> alpa 3
    assert _rows(con, "SELECT aktif, hadir, alpa FROM rollup_pertemuan WHERE kode_pertemuan = 'S01'") == [
        (5, 2, 3)
    ]


def test_rollup_bulanan_months_of_each_group(con):
    # data ends April 2024 (H03 selesai 10 Apr, Koperasi Mekar ends 30 Apr);
    # WRB-001 formed Dec 2023; WRB-003 dissolved 20 Mar 2024; SLM-001 formed Feb 2024
    got = _rows(
        con,
        "SELECT kode_kube, strftime(min(bulan), '%Y-%m'), strftime(max(bulan), '%Y-%m'), count(*) "
        "FROM rollup_bulanan GROUP BY 1 ORDER BY 1",
    )
    assert got == [
        ("SLM-001", "2024-02", "2024-04", 3),
        ("TGR-002", "2024-01", "2024-04", 4),
        ("TGR-005", "2024-01", "2024-04", 4),
        ("WRB-001", "2023-12", "2024-04", 5),
        ("WRB-003", "2024-01", "2024-03", 3),
    ]


def test_rollup_bulanan_tgr002_meetings_and_members(con):
    got = _rows(
        con,
        "SELECT anggota_aktif_akhir, pertemuan, musyawarah, laporan_dibaca, hadir, aktif_pertemuan, alpa "
        "FROM rollup_bulanan WHERE kode_kube = 'TGR-002' ORDER BY bulan",
    )
    assert got == [
        # Jan: A01-A05 = 5; P01+P02: musyawarah P02, laporan P01; hadir 3+4, aktif 5+5, alpa 1+0
        (5, 2, 1, 1, 7, 10, 1),
        # Feb: + A06 = 6; P03+P04 both laporan; hadir 3+4, aktif 5+6, alpa 1+1
        (6, 2, 0, 2, 7, 11, 2),
        # Mar: A04 left 1 Mar -> 5; P05 musyawarah, no laporan; hadir 2 of 5, alpa 2
        (5, 1, 1, 0, 2, 5, 2),
        # Apr: 5; P06 laporan, all 5 hadir
        (5, 1, 0, 1, 5, 5, 0),
    ]


def test_rollup_bulanan_tgr002_money_visits_obstacles(con):
    got = _rows(
        con,
        "SELECT ada_laporan, omzet, biaya, laba, modal, kas, tabungan, iks, buku_kas_terkini, "
        "kunjungan_pendamping, kunjungan_pemerintah, kunjungan_lain, "
        "hambatan_baru, hambatan_selesai, hambatan_terbuka_akhir "
        "FROM rollup_bulanan WHERE kode_kube = 'TGR-002' ORDER BY bulan",
    )
    assert got == [
        # laba 3 000 000 - 2 000 000; visit 15 Jan pendamping; H01 reported 20 Jan -> 1 open
        (True, 3000000, 2000000, 1000000, 20000000, 1000000, 100000, 50000, True, 1, 0, 0, 1, 0, 1),
        # empty kas/tabungan/buku stay null; pendamping 10 Feb + dinsos 20 Feb;
        # H02 new, H01 resolved 10 Feb -> open 1 + 1 - 1 = 1
        (True, 4000000, 2500000, 1500000, 21000000, None, None, 50000, None, 1, 1, 0, 1, 1, 1),
        # no March report; pendamping + kelurahan 12 Mar; H03 new -> open 2
        (False, None, None, None, None, None, None, None, None, 1, 1, 0, 1, 0, 2),
        # lainnya 18 Apr; H04 new, H03 and H04 resolved -> open 2 + 1 - 2 = 1 (H02)
        (True, 5000000, 3000000, 2000000, 22000000, 2000000, 150000, 60000, False, 0, 0, 1, 1, 2, 1),
    ]


def test_stocks_carry_over_months_without_events(con):
    # WRB-001: C05 leaves 1 Feb -> 5,5,4,4,4; M01 open from 20 Dec to 19 Jan -> 1,0,0,0,0
    # WRB-003: N01 (1 Feb, never resolved) stays open through its last month March
    got = _rows(
        con,
        "SELECT kode_kube, list(anggota_aktif_akhir ORDER BY bulan), "
        "list(hambatan_terbuka_akhir ORDER BY bulan) "
        "FROM rollup_bulanan WHERE kode_kube IN ('WRB-001', 'WRB-003') GROUP BY 1 ORDER BY 1",
    )
    assert got == [("WRB-001", [5, 5, 4, 4, 4], [1, 0, 0, 0, 0]), ("WRB-003", [5, 5, 5], [0, 1, 1])]


def test_refresh_is_repeatable_and_follows_new_data(con):
    refresh_rollups(con)
    assert _rows(con, "SELECT count(*) FROM rollup_bulanan") == [(19,)]  # 3 + 4 + 4 + 5 + 3
    # a May visit moves the data's last month: every living group gets a May row (4 groups)
    con.execute(
        "INSERT INTO kunjungan (kode_kube, tanggal, pihak, kegiatan, catatan)"
        " VALUES ('TGR-002', DATE '2024-05-03', 'dinsos', 'monitoring', NULL)"
    )
    refresh_rollups(con)
    assert _rows(con, "SELECT count(*) FROM rollup_bulanan WHERE bulan = DATE '2024-05-01'") == [(4,)]


def test_empty_database(empty_db):
    refresh_rollups(empty_db)
    assert _rows(empty_db, "SELECT count(*) FROM rollup_bulanan") == [(0,)]
    assert _rows(empty_db, "SELECT count(*) FROM rollup_pertemuan") == [(0,)]
