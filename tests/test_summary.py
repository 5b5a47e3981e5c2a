"""`summary` (data contract section 3) on tests/fixtures/kecil, every key worked out by hand."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kube_metrics import cli
from kube_metrics.commands.summary import tabel
from kube_metrics.summary import KUNCI, KUNCI_PEMBACAAN, periode_bawaan, summary


@pytest.fixture
def con(con_kecil):
    return con_kecil


# TGR-002, default period: its records run from January (members join 10 Jan) to April
# (P06 5 Apr, H03 resolved 10 Apr, Koperasi Mekar ends 30 Apr) -> 2024-01..2024-04, 4 months.
TGR002_BAWAAN = {
    "kode_kube": "TGR-002",
    "nama": "KUBE Sejahtera 2",
    "periode": {"dari": "2024-01", "sampai": "2024-04"},
    "anggota_aktif": 5,  # A01 A02 A03 A05 A06 on 30 Apr (A04 left 1 Mar)
    "pertemuan": 6,  # P01..P06
    "pertemuan_per_bulan": 1.5,  # 6 / 4 months
    "tingkat_kehadiran": 21 / 31,  # hadir incl. diwakili 3+4+3+4+2+5 = 21; active 5+5+5+6+5+5 = 31
    "transparansi_keuangan": 4 / 6,  # laporan_keuangan ya at P01 P03 P04 P06
    "omzet": 12000000,  # 3 000 000 + 4 000 000 + 5 000 000 (no March report)
    "biaya": 7500000,  # 2 000 000 + 2 500 000 + 3 000 000
    "laba": 4500000,  # 12 000 000 - 7 500 000
    "iks": 160000,  # 50 000 + 50 000 + 60 000
    "tabungan": 250000,  # 100 000 + empty (0) + 150 000
    "modal_akhir": 22000000,  # April report
    "pertumbuhan_modal": 0.1,  # 22 000 000 / 20 000 000 - 1
    "kunjungan_pendamping": 3,  # 15 Jan, 10 Feb, 12 Mar
    "kunjungan_pemerintah": 2,  # dinsos 20 Feb, kelurahan 12 Mar (lainnya 18 Apr not counted)
    "hambatan_baru": 4,  # H01..H04 reported Jan..Apr
    "hambatan_terbuka": 1,  # H02 (ditangani, no tanggal_selesai)
    "hari_penyelesaian_median": 21.0,  # H01 21, H03 40, H04 0 days -> median 21
    # BRI, Toko Berkah; Pasar ended 15 Mar; Koperasi ends 30 Apr = end (not > end)
    "mitra_eksternal_aktif": 2,
    "kesepakatan_aktif": 2,  # K01, K03; K02 ended 5 Apr
    # Kota Yogyakarta, Jan-Apr: WRB-001 15/17 = .882, TGR-005 11/15 = .733, TGR-002 21/31 = .677,
    # WRB-003 3/10 = .3 (SLM-001 is in another kota)
    "peringkat_kehadiran": [3, 4],
}

# TGR-002, February..March 2024 (end = 31 Mar, 2 months)
TGR002_FEB_MAR = TGR002_BAWAAN | {
    "periode": {"dari": "2024-02", "sampai": "2024-03"},
    "anggota_aktif": 5,  # A04 left 1 Mar; A06 joined 15 Feb
    "pertemuan": 3,  # P03 P04 P05
    "pertemuan_per_bulan": 1.5,  # 3 / 2
    "tingkat_kehadiran": 9 / 16,  # (3+4+2) / (5+6+5)
    "transparansi_keuangan": 2 / 3,  # P03, P04 ya; P05 tidak
    "omzet": 4000000,  # only the February report
    "biaya": 2500000,
    "laba": 1500000,
    "iks": 50000,
    "tabungan": 0,  # the one report has an empty tabungan cell -> 0
    "modal_akhir": 21000000,  # February (no March report)
    "pertumbuhan_modal": 0.05,  # 21 / 20 - 1
    "kunjungan_pendamping": 2,  # 10 Feb, 12 Mar
    "kunjungan_pemerintah": 2,  # dinsos 20 Feb, kelurahan 12 Mar
    "hambatan_baru": 2,  # H02 (5 Feb), H03 (1 Mar)
    "hambatan_terbuka": 2,  # H02, H03 (resolved 10 Apr > 31 Mar); H01 resolved 10 Feb
    "hari_penyelesaian_median": 21.0,  # only H01 resolved in the period: 20 Jan -> 10 Feb
    "mitra_eksternal_aktif": 3,  # BRI, Toko Berkah (from 1 Mar), Koperasi (ends 30 Apr > 31 Mar)
    "kesepakatan_aktif": 3,  # K01, K02 (ends 5 Apr > 31 Mar), K03 (8 Mar)
    # Feb-Mar: WRB-001 (4+3)/(4+4) = .875, TGR-005 (3+4)/(5+5) = .7, TGR-002 .5625, WRB-003 1/5 = .2
    "peringkat_kehadiran": [3, 4],
}


def _cocok(got, expected):
    """The contract's keys equal key by key (floats to 1e-12: the rates are divisions).

    Issue 4's reading follows them; it is pinned in tests/test_modal_sosial.py and friends.
    """
    assert list(got) == list(expected) + list(KUNCI_PEMBACAAN)
    for key, value in expected.items():
        if isinstance(value, float):
            assert got[key] == pytest.approx(value, abs=1e-12), key
        else:
            assert got[key] == value, key


def test_keys_are_the_contract_keys_in_order(con):
    assert list(summary(con, kode_kube="TGR-002")) == list(KUNCI + KUNCI_PEMBACAAN)


def test_summary_carries_the_social_capital_reading(fixture_rollup):
    # MS-A of tests/fixtures/modal_sosial, January-March 2024: the dimensions worked out by hand
    # in tests/test_modal_sosial.py (67.2917, 50.8333, 46.8864) to one decimal, the stage and the
    # readiness 32.850 of tests/test_kesiapan.py; at 31 March no warning is active (report for
    # February present, a visit on 20 March, obstacle H1 open 86 days <= 90, not yet mandiri)
    con = fixture_rollup("modal_sosial")
    got = summary(con, kode_kube="MS-A", dari=dt.date(2024, 1, 1), sampai=dt.date(2024, 3, 1))
    assert {k: got[k] for k in KUNCI_PEMBACAAN} == {
        "modal_sosial": {"kepercayaan": 67.3, "jaringan": 50.8, "norma": 46.9},
        "tahap": "tumbuh",
        "kesiapan_mandiri": 32.9,
        "peringatan": [],
        "data_belum_lengkap": [],  # issue 13: every month of the window has its records
        "kesiapan_lengkap": True,
        "tahap_pasti": True,
    }


def test_default_period(con):
    assert periode_bawaan(con, kode_kube="TGR-002") == (dt.date(2024, 1, 1), dt.date(2024, 4, 1))
    _cocok(summary(con, kode_kube="TGR-002"), TGR002_BAWAAN)


def test_sub_period(con):
    got = summary(con, kode_kube="TGR-002", dari=dt.date(2024, 2, 1), sampai=dt.date(2024, 3, 1))
    _cocok(got, TGR002_FEB_MAR)


def test_month_without_report_or_resolution_gives_nulls(con):
    got = summary(con, kode_kube="TGR-002", dari=dt.date(2024, 3, 1), sampai=dt.date(2024, 3, 1))
    for key in ("omzet", "biaya", "laba", "iks", "tabungan", "modal_akhir", "pertumbuhan_modal"):
        assert got[key] is None, key  # no March report
    assert got["hari_penyelesaian_median"] is None  # nothing resolved in March
    assert got["tingkat_kehadiran"] == pytest.approx(0.4)  # P05: 2 of 5
    assert got["transparansi_keuangan"] == 0.0  # P05 tidak
    # March: TGR-005 4/5 = .8, WRB-001 3/4 = .75, TGR-002 .4; WRB-003 had no March meeting
    assert got["peringkat_kehadiran"] == [3, 3]


def test_ties_share_the_lowest_rank(con):
    # January: TGR-005 4/5 = .8 and WRB-001 4/5 = .8 tie at 1; TGR-002 7/10 = .7 is 3rd, not 2nd
    jan = {"dari": dt.date(2024, 1, 1), "sampai": dt.date(2024, 1, 1)}
    assert summary(con, kode_kube="WRB-001", **jan)["peringkat_kehadiran"] == [1, 4]
    assert summary(con, kode_kube="TGR-005", **jan)["peringkat_kehadiran"] == [1, 4]
    assert summary(con, kode_kube="TGR-002", **jan)["peringkat_kehadiran"] == [3, 4]


def test_no_meetings_no_grant(con):
    # WRB-003 never got a grant: pertumbuhan_modal null; laba 500 000 - 600 000 = -100 000
    got = summary(con, kode_kube="WRB-003")
    assert got["periode"] == {"dari": "2024-01", "sampai": "2024-02"}
    assert (got["pertumbuhan_modal"], got["laba"], got["iks"]) == (None, -100000, 0)
    # TGR-005 has no meeting in April: rates null, 0 / 1 month, no rank
    apr = summary(con, kode_kube="TGR-005", dari=dt.date(2024, 4, 1), sampai=dt.date(2024, 4, 1))
    assert (apr["pertemuan"], apr["tingkat_kehadiran"], apr["transparansi_keuangan"]) == (0, None, None)
    assert apr["pertemuan_per_bulan"] == 0.0
    assert apr["peringkat_kehadiran"] is None


def test_counts_are_int_and_money_whole(con):
    got = summary(con, kode_kube="TGR-002")
    for key in ("anggota_aktif", "pertemuan", "omzet", "laba", "iks", "modal_akhir", "hambatan_baru"):
        assert type(got[key]) is int, key


def test_unknown_group_and_reversed_period(con):
    assert summary(con, kode_kube="XXX-999") is None
    with pytest.raises(ValueError):
        summary(con, kode_kube="TGR-002", dari=dt.date(2024, 4, 1), sampai=dt.date(2024, 1, 1))


# --- command line ------------------------------------------------------------------------


@pytest.fixture
def db_file(con, tmp_path):
    """The fixture database closed, so the CLI can open the file itself."""
    con.execute("CHECKPOINT")
    con.close()
    return str(tmp_path / "test.duckdb")


def test_cli_json_by_name(db_file, capsys):
    code = cli.main(["summary", "--db", db_file, "--group", "kube sejahtera 2", "--json"])
    assert code == 0
    _cocok(json.loads(capsys.readouterr().out), TGR002_BAWAAN)


def test_cli_json_sub_period_by_code(db_file, capsys):
    argv = [
        "summary",
        "--db",
        db_file,
        "--group",
        "tgr-002",
        "--from",
        "2024-02",
        "--to",
        "2024-03",
        "--json",
    ]
    assert cli.main(argv) == 0
    _cocok(json.loads(capsys.readouterr().out), TGR002_FEB_MAR)


def test_cli_table_is_indonesian(db_file, capsys):
    assert cli.main(["summary", "--db", db_file, "--group", "TGR-002"]) == 0
    out = capsys.readouterr().out
    assert "Periode: Januari 2024 – April 2024" in out
    assert "Rp12.000.000" in out  # omzet
    assert "68%" in out  # 21/31 = 67.7%
    assert "3 dari 4" in out
    assert "21 hari" in out  # median days to resolve


def test_cli_unknown_group(db_file, capsys):
    assert cli.main(["summary", "--db", db_file, "--group", "KUBE Tidak Ada"]) == 1
    err = capsys.readouterr().err
    assert "tidak ditemukan" in err and "KUBE Tidak Ada" in err


@pytest.mark.parametrize("bulan", ["2024-13", "03/2024", "2024-3"])
def test_cli_bad_month_exits_2(db_file, capsys, bulan):
    with pytest.raises(SystemExit) as exc:
        cli.main(["summary", "--db", db_file, "--group", "TGR-002", "--from", bulan])
    assert exc.value.code == 2
    assert "YYYY-MM" in capsys.readouterr().err


def test_cli_reversed_period_exits_2(db_file, capsys):
    argv = ["summary", "--db", db_file, "--group", "TGR-002", "--from", "2024-04", "--to", "2024-01"]
    assert cli.main(argv) == 2
    assert "sesudah" in capsys.readouterr().err


def test_tabel_shows_dash_for_nulls():
    hasil = dict.fromkeys(KUNCI) | {
        "kode_kube": "X-1",
        "nama": "KUBE X",
        "periode": {"dari": "2024-03", "sampai": "2024-03"},
    }
    baris = tabel(hasil).splitlines()
    assert baris[:3] == ["KUBE X (X-1)", "Periode: Maret 2024 – Maret 2024", ""]
    # one line per figure of the contract (KUNCI less kode_kube, nama, periode), each ending in a
    # dash, never 0 or "None": 20 figures
    angka = baris[3:]
    assert len(angka) == len(KUNCI) - 3 == 20
    assert all(b.rstrip().endswith(" –") and "None" not in b and " 0" not in b for b in angka), angka
    assert angka[5].split()[0] == "Omzet" and angka[-1].startswith("Peringkat kehadiran se-kota")
