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
TABEL = ("rollup_pertemuan", "rollup_bulanan", "peringatan_tersimpan", "peringatan_tersimpan_bulan")


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


def _rowid(con: duckdb.DuckDBPyConnection, kode: str) -> set[int]:
    return {
        r[0]
        for r in con.execute("SELECT rowid FROM rollup_bulanan WHERE kode_kube = $k", {"k": kode}).fetchall()
    }


def _simpan(con: duckdb.DuckDBPyConnection, entri: Entri) -> None:
    hasil = periksa_entri(con, entri, hari_ini=HARI_INI)
    assert [g.teks() for g in hasil.galat] == []
    simpan_entri(con, entri, hasil, pencatat=_pencatat)


def _rapat_baru(con: duckdb.DuckDBPyConnection, tanggal: dt.date) -> Entri:
    aktif = baca.anggota_aktif(con, kode_kube="TGR-002", tanggal=tanggal)
    kode = baca.kode_baru(con, jenis="pertemuan", kode_kube="TGR-002", tanggal=tanggal)
    isian = {"kode_kube": "TGR-002", "kode_pertemuan": kode, "tanggal": tanggal.strftime("%d/%m/%Y"),
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
}


@pytest.mark.parametrize("nama", list(TULIS))
def test_tulis_kecil_sama_dengan_penuh_dan_hanya_kelompoknya(nama, salinan, jalur, tmp_path) -> None:
    path, con = salinan
    tulis, kode = TULIS[nama]
    lain_sebelum, kode_sebelum = _rowid(con, "KRT-001"), _rowid(con, kode)
    jumlah = con.execute("SELECT count(*) FROM rollup_bulanan").fetchone()
    tulis(con)
    assert jalur == ["sebagian", "warnings"]
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
