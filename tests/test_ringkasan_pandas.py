"""The pandas baseline (scripts/ringkasan_pandas.py) computes the same Ringkasan figures as ours.

The benchmark's time and memory ratios compare the usual Streamlit way (whole tables into pandas,
then groupby) with our metric calls; they mean something only if both compute the same figures:
KPI cards (now and before), league table, watch list, per-area comparison and every warning
code. Checked on the seeded demo database and on a small hand-made case built to raise every
code, with groups on both sides of the thresholds. Every code must be present in our figures,
so a rule dropped from (or mis-thresholded in) the pandas way shows as a difference.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kube_metrics.db import query
from kube_metrics.peringatan import KODE
from kube_metrics.rollup import refresh_rollups
from scripts import ringkasan_pandas
from scripts.sidik_ringkasan import beda, sidik
from tests.test_peringatan import kelompok, kunjungan, laporan, rapat, tenang


def angka_kami(con: Any, dari: dt.date, sampai: dt.date) -> dict[str, Any]:
    return sidik(**ringkasan_pandas.angka_kami(con, dari, sampai))


def angka_pandas(con: Any, dari: dt.date, sampai: dt.date) -> dict[str, Any]:
    return sidik(**ringkasan_pandas.angka_pandas(con, dari, sampai))


def _dari(sampai: dt.date) -> dt.date:
    """The first month of the 12 ending with `sampai`."""
    indeks = sampai.year * 12 + sampai.month - 1 - 11
    return dt.date(indeks // 12, indeks % 12 + 1, 1)


def test_demo_sama_tampilan_bawaan(demo):
    # the default view: the 12 months up to the last with data (stored warnings on our side)
    akhir = query(demo, "rentang_bulan")["bulan_akhir"].iloc[0]
    sampai = dt.date(akhir.year, akhir.month, 1)
    kami, pandas = angka_kami(demo, _dari(sampai), sampai), angka_pandas(demo, _dari(sampai), sampai)
    assert beda(kami, pandas) == []
    assert kami["liga"]["baris"] > 0 and kami["perhatian"] and len(kami["peringatan"]) >= 5


def test_demo_sama_per_kode_juni_2024(demo):
    # June 2024 raises all eight codes in the demo (warnings computed live on our side), so a
    # dropped or mis-thresholded rule cannot agree by absence
    sampai = dt.date(2024, 6, 1)
    kami, pandas = angka_kami(demo, _dari(sampai), sampai), angka_pandas(demo, _dari(sampai), sampai)
    assert set(kami["peringatan"]) == set(KODE)
    assert beda(kami, pandas) == []


# --- a hand-made case: every code, and groups just inside / outside the thresholds -------------
DARI, SAMPAI = dt.date(2024, 1, 1), dt.date(2024, 12, 1)


def _hambatan(con: Any, kode: str, lapor: str) -> None:
    con.execute(
        "INSERT INTO hambatan (kode_kube, kode_hambatan, tanggal_lapor, kategori, tingkat, uraian, status)"
        " VALUES (?, 'H1', ?, 'modal', 'sedang', 'x', 'terbuka')",
        [kode, lapor],
    )


def _kehadiran(con: Any) -> None:
    """KT: 10 of 10 present in the first half of 2024, 8 of 10 in the second (20 points down,
    the threshold; 2 of 10 absent at the last three meetings is under absen_beruntun's 30%);
    AB: members a7..a9 absent at the last three meetings (30% of 10), a6 only at two."""
    for kode in ("KT", "AB"):
        kelompok(con, kode)
        tenang(con, kode)
    for bulan in ("01", "02", "03", "07", "08", "09"):
        rapat(con, f"2024-{bulan}-10", 10 if bulan < "07" else 8, kode="KT")
    rapat(con, "2024-10-10", 6, kode="AB")
    rapat(con, "2024-11-10", 7, kode="AB", absen="izin")
    rapat(con, "2024-12-10", 7, kode="AB", absen="sakit")


def _catatan(con: Any) -> None:
    """Reports, visits, obstacles and revenue at and around their thresholds."""
    kelompok(con, "LT")  # no report in Nov or Dec: late
    kunjungan(con, "2024-12-15", kode="LT")
    for kode, lapor in (("HL", "2024-10-01"), ("HB", "2024-10-02")):  # open 91 / 90 days
        kelompok(con, kode)
        tenang(con, kode)
        _hambatan(con, kode, lapor)
    for kode, kunjung in (("TK", "2024-06-30"), ("TB", "2024-07-01")):  # last visit 6 months back
        kelompok(con, kode)
        laporan(con, "2024-11-01", kode=kode)
        laporan(con, "2024-12-01", kode=kode)
        kunjungan(con, kunjung, kode=kode)
    kelompok(con, "OT")  # revenue under the same month a year before, three months running
    kunjungan(con, "2024-12-15", kode="OT")
    for bulan in ("10", "11", "12"):
        laporan(con, f"2023-{bulan}-01", 100, kode="OT")
        laporan(con, f"2024-{bulan}-01", 99, kode="OT")


@pytest.fixture
def buatan(fixture_db):
    con = fixture_db("modal_sosial")  # MS-A made mandiri at 32.85 readiness (tests/test_kesiapan.py)
    con.execute("UPDATE kelompok SET tanggal_mandiri = DATE '2024-04-10' WHERE kode_kube = 'MS-A'")
    _kehadiran(con)
    _catatan(con)
    refresh_rollups(con)
    return con


def test_buatan_sama_per_kode(buatan):
    kami, pandas = angka_kami(buatan, DARI, SAMPAI), angka_pandas(buatan, DARI, SAMPAI)
    assert beda(kami, pandas) == []
    assert set(kami["peringatan"]) == set(KODE)


def test_buatan_kelompok_per_kode(buatan):
    # the hand-made groups land where the thresholds put them, in both ways
    from scripts.pandas_bulanan import baca, bln_tanggal, bulanan, rapat
    from scripts.pandas_peringatan import peringatan

    d = baca(buatan)
    rp = rapat(d)
    hasil = peringatan(d, rp, bulanan(d, rp), bln_tanggal(SAMPAI))
    kelompok_buatan = {"KT", "AB", "LT", "HL", "HB", "TK", "TB", "OT"}
    per_kode = {k: set(g["kode_kube"]) for k, g in hasil.groupby("kode")}
    assert per_kode["kehadiran_turun"] & kelompok_buatan == {"KT"}
    assert per_kode["absen_beruntun"] & kelompok_buatan == {"AB"}
    assert per_kode["laporan_terlambat"] & kelompok_buatan == {"LT"}
    assert per_kode["hambatan_lama"] & kelompok_buatan == {"HL"}
    assert per_kode["tanpa_kunjungan"] & kelompok_buatan == {"TK"}
    assert per_kode["omzet_turun"] & kelompok_buatan == {"OT"}
    assert per_kode["data_belum_lengkap"] >= kelompok_buatan  # no ties nor agreements recorded
    assert "MS-A" in per_kode["mandiri_belum_siap"]


def test_beda_menyebut_angka_yang_berbeda(buatan):
    kami = angka_kami(buatan, DARI, SAMPAI)
    lain = kami | {"peringatan": {k: v for k, v in kami["peringatan"].items() if k != "omzet_turun"}}
    assert beda(kami, lain) == ["peringatan.omzet_turun"]


def test_bench_pandas_dua_proses_sama(buatan, tmp_path):
    # scripts/bench_pandas.py end to end: each way in its own process on the database file, at
    # the benchmark's period (2025, beyond this data: the figures of "no data yet" agree too)
    from scripts.bench_pandas import pandas_banding
    from scripts.bench_tabel import _baris_pandas

    buatan.close()
    hasil = pandas_banding(tmp_path / "test.duckdb", cap_mb=4000)
    assert hasil["sama"] is True and hasil["beda"] == []
    assert hasil["kami"]["liga"] == hasil["pandas"]["liga"]
    assert hasil["rasio_cpu"] > 0 and hasil["rasio_memori"] > 0
    assert "| pandas vs kami | angka sama |" in "\n".join(_baris_pandas("uji", hasil))


def test_bench_pandas_menyebut_beda():
    from scripts.bench_pandas import banding

    sidik = {"kpi": {"omzet": [1.0, 2.0]}, "peringatan": {"omzet_turun": {"jumlah": 3}}}
    lain = {"kpi": {"omzet": [1.0, 2.5]}, "peringatan": {}}
    kami = {"detik": 1.0, "cpu": 1.0, "rss_mb": 100.0, "sidik": sidik}
    hasil = banding(kami, kami | {"detik": 4.0, "cpu": 2.0, "rss_mb": 300.0, "sidik": lain})
    assert hasil["sama"] is False
    assert hasil["beda"] == ["kpi.omzet", "peringatan.omzet_turun"]
    assert (hasil["rasio_waktu"], hasil["rasio_cpu"], hasil["rasio_memori"]) == (4.0, 2.0, 3.0)
