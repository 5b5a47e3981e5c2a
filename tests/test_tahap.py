"""Stage rules (kube_metrics/tahap.py) pinned at and around each threshold on built groups."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from kube_metrics.rollup import refresh_rollups
from kube_metrics.tahap import tahap

AWAL = dt.date(2020, 1, 1)


def bangun(con: duckdb.DuckDBPyConnection, *, bulan: int, pengurus=("ketua", "sekretaris", "bendahara")):
    """Group T1 formed 2020-01-01 with `bulan` months of a report and one meeting (all present);
    modal grows 10 a month, profit 500, savings 10, IKS 5 each month."""
    con.execute(
        "INSERT INTO kelompok (kode_kube, nama, kelurahan, kecamatan, kota, jenis_usaha, tanggal_bentuk)"
        " VALUES ('T1', 'KUBE T1', 'K', 'K', 'Kota', 'jasa', DATE '2020-01-01')"
    )
    for i, peran in enumerate([*pengurus, "anggota"]):
        con.execute(
            "INSERT INTO anggota (kode_kube, kode_anggota, nama, peran, tanggal_masuk)"
            " VALUES ('T1', ?, 'X', ?, ?)",
            [f"a{i}", peran, AWAL],
        )
    con.execute(
        """INSERT INTO keuangan (kode_kube, bulan, omzet, biaya, modal, kas, tabungan, iks, buku_kas_terkini)
           SELECT 'T1', (DATE '2020-01-01' + to_months(i))::DATE, 1000, 500, 1000 + 10 * i, NULL, 10, 5, true
           FROM range(?) t(i)""",
        [bulan],
    )
    con.execute(
        """INSERT INTO pertemuan (kode_kube, kode_pertemuan, tanggal, jenis, laporan_keuangan)
           SELECT 'T1', 'P' || i, (DATE '2020-01-10' + to_months(i))::DATE, 'rutin', true
           FROM range(?) t(i)""",
        [bulan],
    )
    con.execute(
        """INSERT INTO kehadiran (kode_kube, kode_pertemuan, kode_anggota, status)
           SELECT 'T1', p.kode_pertemuan, a.kode_anggota, 'hadir'
           FROM pertemuan p, anggota a WHERE p.kode_kube = 'T1' AND a.kode_kube = 'T1'"""
    )


def mitra(con: duckdb.DuckDBPyConnection, n: int) -> None:
    for i in range(n):
        con.execute(
            (
                "INSERT INTO jaringan (kode_kube, mitra, jenis_mitra, tanggal_mulai, tanggal_selesai)"
                " VALUES ('T1', ?, 'pasar', DATE '2020-02-01', NULL)"
            ),
            [f"M{i}"],
        )


def baca(con: duckdb.DuckDBPyConnection, bulan: dt.date):
    refresh_rollups(con)
    frame = tahap(con, titik_dari=bulan, titik_sampai=bulan, jendela=12, kode_kube="T1")
    return frame.iloc[0]


def test_24_bulan_catatan_baik_batas_berkembang(empty_db):
    # 24 months 2020-01..2021-12, every one with a report and a meeting; 0 partners.
    bangun(empty_db, bulan=24)
    # at 2021-11: 23 good months -> still tumbuh; at 2021-12: 24 -> berkembang
    assert baca(empty_db, dt.date(2021, 11, 1))["tahap"] == "tumbuh"
    baris = baca(empty_db, dt.date(2021, 12, 1))
    assert baris["bulan_tercatat"] == 24
    assert baris["tahap"] == "berkembang"


def test_maju_butuh_dua_mitra(empty_db):
    bangun(empty_db, bulan=24)
    mitra(empty_db, 1)
    assert baca(empty_db, dt.date(2021, 12, 1))["tahap"] == "berkembang"  # 1 partner < 2
    mitra_kedua = (
        "INSERT INTO jaringan (kode_kube, mitra, jenis_mitra, tanggal_mulai, tanggal_selesai)"
        " VALUES ('T1', 'Z', 'bank', DATE '2021-12-31', NULL)"
    )
    empty_db.execute(mitra_kedua)  # active on the last day of the month counts
    baris = baca(empty_db, dt.date(2021, 12, 1))
    # modal 2021-01 = 1000 + 10*12 = 1120 < 2021-12 = 1000 + 10*23 = 1230: growing
    assert (baris["modal_awal"], baris["modal_akhir"]) == (1120, 1230)
    assert baris["tahap"] == "maju"


def test_maju_butuh_modal_tumbuh(empty_db):
    bangun(empty_db, bulan=24)
    mitra(empty_db, 2)
    empty_db.execute("UPDATE keuangan SET modal = 5000 WHERE kode_kube = 'T1'")  # flat capital
    baris = baca(empty_db, dt.date(2021, 12, 1))
    assert not baris["modal_tumbuh"]
    assert baris["tahap"] == "berkembang"


def test_pengurus_tidak_lengkap_tetap_tumbuh(empty_db):
    bangun(empty_db, bulan=24, pengurus=("ketua", "bendahara", "anggota"))  # no sekretaris
    baris = baca(empty_db, dt.date(2021, 12, 1))
    assert baris["peran_pengurus"] == 2
    assert baris["tahap"] == "tumbuh"


@pytest.mark.parametrize(("hapus", "tahap_harap"), [(3, "berkembang"), (4, "tumbuh")])
def test_rapat_minimal_9_dari_12_bulan(empty_db, hapus, tahap_harap):
    # 36 months; drop the meetings of the last `hapus` months of 2022 (their reports stay):
    # good months up to 2022-12 = 36 - hapus >= 24, months with a meeting in 2022 = 12 - hapus.
    bangun(empty_db, bulan=36)
    empty_db.execute(
        "DELETE FROM kehadiran WHERE kode_pertemuan IN"
        " (SELECT kode_pertemuan FROM pertemuan WHERE tanggal >= ?)",
        [dt.date(2022, 13 - hapus, 1)],
    )
    empty_db.execute("DELETE FROM pertemuan WHERE tanggal >= ?", [dt.date(2022, 13 - hapus, 1)])
    baris = baca(empty_db, dt.date(2022, 12, 1))
    assert baris["bulan_rapat"] == 12 - hapus
    assert baris["tahap"] == tahap_harap


@pytest.mark.parametrize("kolom", ["iks", "tabungan"])
def test_laba_harus_dibagi_ke_tabungan_dan_iks(empty_db, kolom):
    bangun(empty_db, bulan=24)
    empty_db.execute(f"UPDATE keuangan SET {kolom} = 0")
    baris = baca(empty_db, dt.date(2021, 12, 1))
    assert not baris["laba_dibagi"]
    assert baris["tahap"] == "tumbuh"


def test_rata_rata_disiplin_dalam_jendela(empty_db):
    # every month: meeting, 100 % present, savings, IKS, book -> 5; 2 months missing report -> 2
    bangun(empty_db, bulan=24)
    empty_db.execute("DELETE FROM keuangan WHERE bulan IN ('2021-03-01', '2021-04-01')")
    baris = baca(empty_db, dt.date(2021, 12, 1))
    assert baris["disiplin_rerata"] == pytest.approx((10 * 5 + 2 * 2) / 12)
