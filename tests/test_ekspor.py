"""Export -> import -> export is identical (fixture and demo database); xlsx text is never a formula."""

from __future__ import annotations

import argparse
import io
import zipfile
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from kube_metrics import db, ekspor
from kube_metrics.commands import ekspor as cmd_ekspor
from kube_metrics.commands import impor
from kube_metrics.impor import Berkas, periksa, simpan
from kube_metrics.impor.kolom import URUTAN
from tests.impor_bantu import HARI_INI, args_impor, impor_fixture, potret


def _ekspor_ke(path: Path, out: Path, xlsx: bool = False) -> None:
    assert cmd_ekspor.run(argparse.Namespace(db=str(path), out=str(out), xlsx=xlsx)) == 0


def test_export_import_export_identical(tmp_path: Path, empty_db) -> None:
    impor_fixture(empty_db)
    empty_db.close()
    _ekspor_ke(tmp_path / "test.duckdb", tmp_path / "satu", xlsx=True)
    assert impor.run(args_impor(tmp_path / "dua.duckdb", *sorted((tmp_path / "satu").glob("*.csv")))) == 0
    _ekspor_ke(tmp_path / "dua.duckdb", tmp_path / "dua")
    for jenis in URUTAN:
        assert (tmp_path / "satu" / f"{jenis}.csv").read_text() == (
            tmp_path / "dua" / f"{jenis}.csv"
        ).read_text()
    # The fixture's own forms come back in the first form: 'Rp 20.000.000' -> 20000000, '02/2024' -> 2024-02.
    kelompok = (tmp_path / "satu" / "kelompok.csv").read_text()
    assert (
        "TGR-002,KUBE Sejahtera 2,Tegalrejo,Tegalrejo,Kota Yogyakarta,,kuliner,2023-01-10,2023-02-01,"
        "20000000," in kelompok
    )
    # provinsi (optional, issue 10) sits after kota; a blank one stays blank
    gdn = "GDN-001,KUBE Makmur 1,Sosromenduran,Gedongtengen,Kota Yogyakarta,DI Yogyakarta,kerajinan,"
    assert gdn in kelompok
    assert (
        "TGR-002,2024-02,1800000,1000000,21300000,1200000,50000,10000,ya"
        in (tmp_path / "satu" / "keuangan.csv").read_text()
    )


def test_xlsx_round_trip_and_text_never_formula(empty_db, tmp_path: Path) -> None:
    impor_fixture(empty_db)
    isi = ekspor.xlsx_bytes(empty_db)
    buku = load_workbook(io.BytesIO(isi))
    # pertemuan sheet, by key: GDN-001 Q01 (row 2), TGR-002 P01 (3), P02 (4): catatan is column G.
    sel = buku["pertemuan"]["G4"]
    assert (sel.value, sel.data_type) == ("=1+1 bukan rumus", "s")
    assert (buku["kesepakatan"]["D3"].value, buku["kesepakatan"]["D3"].data_type) == (
        "+Iuran Rp5.000 tiap pertemuan, ditulis di buku kas", "s")  # fmt: skip
    assert buku["kunjungan"]["E2"].value == "@kelurahan hadir"
    assert buku["hambatan"]["F4"].value == "-Pelanggan turun saat hujan"
    con = db.open_database(tmp_path / "dari_xlsx.duckdb")
    hasil = periksa(con, [Berkas(ekspor.NAMA_XLSX, isi)], hari_ini=HARI_INI)
    assert hasil.galat == []
    simpan(con, hasil, sumber="halaman")
    assert potret(con) == potret(empty_db)
    con.close()


def test_zip_holds_one_csv_per_kind(empty_db) -> None:
    impor_fixture(empty_db)
    with zipfile.ZipFile(io.BytesIO(ekspor.zip_csv(empty_db))) as z:
        assert sorted(z.namelist()) == sorted(f"{j}.csv" for j in URUTAN)
        assert z.read("survei.csv").decode().splitlines()[1] == "TGR-002,2024-03-01,R1,JR1,jaringan,3"


def test_empty_database_exports_headers_only(empty_db) -> None:
    assert ekspor.frame_ekspor(empty_db, "kehadiran").to_csv(index=False) == (
        "kode_kube,kode_pertemuan,kode_anggota,status\n")  # fmt: skip


def test_demo_database_round_trips_to_the_same_dashboard(demo_db_path: Path, tmp_path: Path) -> None:
    """Empty database -> full dashboard through uploads alone: same rows, same rollups."""
    asal = db.open_database(demo_db_path, read_only=True)
    berkas = [Berkas(f"{j}.csv", ekspor.frame_ekspor(asal, j).to_csv(index=False).encode()) for j in URUTAN]
    baru = db.open_database(tmp_path / "baru.duckdb")
    hasil = periksa(baru, berkas)
    assert hasil.galat == []
    simpan(baru, hasil, sumber="halaman")
    try:
        assert potret(baru) == potret(asal)
        for tabel in ("rollup_bulanan", "rollup_pertemuan"):
            a = asal.execute(f"SELECT * FROM {tabel} ORDER BY ALL").df()
            b = baru.execute(f"SELECT * FROM {tabel} ORDER BY ALL").df()
            pd.testing.assert_frame_equal(a, b)
    finally:
        asal.close()
        baru.close()
