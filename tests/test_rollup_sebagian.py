"""Writes refresh only the groups they touched (kube_metrics/rollup.refresh_rollups(con, kelompok)):
after each kind of write on the seeded demo database, the rollups and stored warnings equal,
row for row, a full rebuild of a copy; and the incremental path is the one that ran."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from kube_metrics import db, rollup
from kube_metrics.catat import Entri, Hapus, baca, hapus, periksa_entri, simpan_entri
from kube_metrics.impor import Berkas, periksa, simpan

HARI_INI = dt.date(2026, 1, 20)
TABEL = (
    "rollup_pertemuan",
    "rollup_bulanan",
    "rollup_kelompok",
    "rollup_kesiapan_mandiri",
    "peringatan_tersimpan",
    "peringatan_tersimpan_bulan",
)


def _pencatat(con: Any, aksi: str, rincian: dict[str, Any]) -> None:
    """The audit row is not what these tests are about."""


@pytest.fixture
def salinan(demo_db_path: Path, tmp_path: Path) -> Iterator[tuple[Path, duckdb.DuckDBPyConnection]]:
    path = tmp_path / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    con = db.open_database(path)
    yield path, con
    con.close()


@pytest.fixture
def jalur(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which refresh ran: 'sebagian' (the touched groups) or 'penuh' (everything)."""
    dipakai: list[str] = []
    sebagian, penuh = rollup._segarkan_sebagian, rollup.peringatan_tersimpan.segarkan

    def _sebagian(con: duckdb.DuckDBPyConnection, daftar: list[str]) -> None:
        dipakai.append("sebagian")
        sebagian(con, daftar)

    def _penuh(con: duckdb.DuckDBPyConnection, kelompok: list[str] | None = None) -> None:
        dipakai.append("penuh" if kelompok is None else "warnings")
        penuh(con, kelompok)

    monkeypatch.setattr(rollup, "_segarkan_sebagian", _sebagian)
    monkeypatch.setattr(rollup.peringatan_tersimpan, "segarkan", _penuh)
    return dipakai


def _isi(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[Any, ...]]]:
    return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABEL}


def _sama_dengan_penuh(path: Path, con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    """The tables after the write equal a full rebuild of a copy, every row, in order."""
    sesudah = _isi(con)
    con.execute("CHECKPOINT")
    salin = tmp_path / "penuh.duckdb"
    shutil.copy(path, salin)
    penuh = db.open_database(salin)
    try:
        rollup.refresh_rollups(penuh)
        harapan = _isi(penuh)
    finally:
        penuh.close()
    for t in TABEL:
        assert sesudah[t] == harapan[t], t
    assert len(harapan["rollup_bulanan"]) > 1000 and len(harapan["peringatan_tersimpan"]) > 10
    assert len(harapan["rollup_kesiapan_mandiri"]) > 5


def _rowid(con: duckdb.DuckDBPyConnection, kode: str) -> set[int]:
    return {
        r[0]
        for r in con.execute("SELECT rowid FROM rollup_bulanan WHERE kode_kube = $k", {"k": kode}).fetchall()
    }


def _simpan(con: duckdb.DuckDBPyConnection, entri: Entri) -> None:
    hasil = periksa_entri(con, entri, hari_ini=HARI_INI)
    assert [g.teks() for g in hasil.galat] == []
    simpan_entri(con, entri, hasil, pencatat=_pencatat)


def _rapat_baru(con: duckdb.DuckDBPyConnection, tanggal: dt.date, kube: str = "TGR-002") -> Entri:
    aktif = baca.anggota_aktif(con, kode_kube=kube, tanggal=tanggal)
    kode = baca.kode_baru(con, jenis="pertemuan", kode_kube=kube, tanggal=tanggal)
    isian = {"kode_kube": kube, "kode_pertemuan": kode, "tanggal": tanggal.strftime("%d/%m/%Y"),
             "jenis": "rutin", "laporan_keuangan": "ya", "hadir_pendamping": "tidak",
             "catatan": ""}  # fmt: skip
    return Entri("pertemuan", isian, dict.fromkeys(aktif["kode_anggota"], "alpa"))


def _koreksi(con: duckdb.DuckDBPyConnection) -> Entri:
    kunci = {"kode_kube": "TGR-003", "kode_pertemuan": "P202512-3"}
    status = baca.kehadiran_pertemuan(con, **kunci)
    pertama = sorted(status)[0]
    status[pertama] = "izin" if status[pertama] != "izin" else "hadir"
    isian = baca.rekaman(con, "pertemuan", kunci)
    assert isian is not None
    return Entri("pertemuan", isian, status, asal=kunci, aksi="correction", alasan="salah tulis")


def _impor_dua(con: duckdb.DuckDBPyConnection) -> None:
    teks = (
        "kode_kube,tanggal,pihak,kegiatan\n"
        "GDM-001,2025-12-05,dinsos,evaluasi\nUMB-002,2025-12-06,pendamping,monitoring\n"
    )
    hasil = periksa(con, [Berkas("kunjungan.csv", teks.encode("utf-8"))], hari_ini=HARI_INI)
    assert hasil.bersih and hasil.kelompok_tersentuh() == ["GDM-001", "UMB-002"]
    simpan(con, hasil, sumber="cli")


def _impor_keuangan(con: duckdb.DuckDBPyConnection) -> None:
    """GDM-001's December 2025 report replaced by one with a far larger omzet: its median omzet
    (rollup_kelompok) moves."""
    sebelum = con.execute("SELECT median_omzet FROM rollup_kelompok WHERE kode_kube = 'GDM-001'").fetchone()
    teks = "kode_kube,bulan,omzet,biaya,modal\nGDM-001,2025-12,990000000,1000000,5000000\n"
    hasil = periksa(con, [Berkas("keuangan.csv", teks.encode("utf-8"))], hari_ini=HARI_INI)
    assert [g.teks() for g in hasil.galat] == [] and hasil.kelompok_tersentuh() == ["GDM-001"]
    simpan(con, hasil, sumber="cli")
    sesudah = con.execute("SELECT median_omzet FROM rollup_kelompok WHERE kode_kube = 'GDM-001'").fetchone()
    assert sebelum and sesudah and sesudah[0] != sebelum[0]


KOLOM_KELOMPOK = "kode_kube,nama,kelurahan,kecamatan,kota,jenis_usaha,tanggal_bentuk,tanggal_bantuan,"
KOLOM_KELOMPOK += "nilai_bantuan,pendamping,tanggal_mandiri,tanggal_bubar"


def _impor_mandiri(con: duckdb.DuckDBPyConnection) -> None:
    """TGR-002's row again with its mandiri date moved from July to April 2019: its readiness is
    read at March, not June, so its stored reading changes."""
    baris = con.execute(f"SELECT {KOLOM_KELOMPOK} FROM kelompok WHERE kode_kube = 'TGR-002'").fetchone()
    assert baris is not None and baris[10] == dt.date(2019, 7, 1)
    isi = ["2019-04-01" if i == 10 else "" if v is None else str(v) for i, v in enumerate(baris)]
    teks = KOLOM_KELOMPOK + "\n" + ",".join(isi) + "\n"
    hasil = periksa(con, [Berkas("kelompok.csv", teks.encode("utf-8"))], hari_ini=HARI_INI)
    assert [g.teks() for g in hasil.galat] == [] and hasil.kelompok_tersentuh() == ["TGR-002"]
    simpan(con, hasil, sumber="cli")
    baca_lagi = "SELECT bulan FROM rollup_kesiapan_mandiri WHERE kode_kube = 'TGR-002'"
    assert con.execute(baca_lagi).fetchall() == [(dt.date(2019, 3, 1),)]


TULIS: dict[str, tuple[Callable[[duckdb.DuckDBPyConnection], None], str]] = {
    "entri": (lambda con: _simpan(con, _rapat_baru(con, dt.date(2025, 12, 15))), "TGR-002"),
    "koreksi": (lambda con: _simpan(con, _koreksi(con)), "TGR-003"),
    "hapus": (
        lambda con: hapus(
            con,
            Hapus("pertemuan", {"kode_kube": "UMB-002", "kode_pertemuan": "P202512-2"}, "dua kali"),
            pencatat=_pencatat,
            hari_ini=HARI_INI,
        ),  # fmt: skip
        "UMB-002",
    ),
    "impor": (_impor_dua, "GDM-001"),
    # a meeting inside TGR-002's window before its mandiri date (July 2019): its stored readiness
    # at the mandiri date changes, and must be the full rebuild's
    "entri_sebelum_mandiri": (lambda con: _simpan(con, _rapat_baru(con, dt.date(2019, 5, 20))), "TGR-002"),
    "impor_tanggal_mandiri": (_impor_mandiri, "TGR-002"),
    "impor_keuangan": (_impor_keuangan, "GDM-001"),
}


MENGUBAH_KESIAPAN = {"entri_sebelum_mandiri", "impor_tanggal_mandiri"}


@pytest.mark.parametrize("nama", list(TULIS))
def test_tulis_kecil_sama_dengan_penuh_dan_hanya_kelompoknya(nama, salinan, jalur, tmp_path) -> None:
    path, con = salinan
    tulis, kode = TULIS[nama]
    lain_sebelum, kode_sebelum = _rowid(con, "KRT-001"), _rowid(con, kode)
    jumlah = con.execute("SELECT count(*) FROM rollup_bulanan").fetchone()
    kesiapan_sebelum = _isi(con)["rollup_kesiapan_mandiri"]
    tulis(con)
    assert jalur == ["sebagian", "warnings"]
    # the writes before a mandiri date change that group's stored readiness; the others do not
    assert (_isi(con)["rollup_kesiapan_mandiri"] != kesiapan_sebelum) == (nama in MENGUBAH_KESIAPAN)
    # the other groups' rows were left in place; the touched group's were written anew
    assert _rowid(con, "KRT-001") == lain_sebelum
    assert jumlah and min(_rowid(con, kode)) >= jumlah[0] - len(kode_sebelum)
    _sama_dengan_penuh(path, con, tmp_path)


def test_bulan_terakhir_bergeser_maka_penuh(salinan, jalur, tmp_path) -> None:
    path, con = salinan
    _simpan(con, _rapat_baru(con, dt.date(2026, 1, 9)))  # the database's last month becomes January
    assert jalur == ["penuh"]
    assert con.execute("SELECT bulan FROM peringatan_tersimpan_bulan").fetchall() == [(dt.date(2026, 1, 1),)]
    _sama_dengan_penuh(path, con, tmp_path)
