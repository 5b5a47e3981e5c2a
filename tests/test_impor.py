"""Import of good batches: values as stored, rollups, replace by key, idempotence, warnings,
history, the demo banner flag, xlsx cells, the size limit and a locked database."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from openpyxl import Workbook

from kube_metrics import db
from kube_metrics.commands import impor
from kube_metrics.impor import BATAS_UKURAN, Berkas, periksa, riwayat, simpan, tabel_galat
from tests.impor_bantu import FIXTURE_IMPOR, HARI_INI, args_impor, impor_fixture, potret


def _periksa(con, nama: str, teks: str):  # type: ignore[no-untyped-def]
    return periksa(con, [Berkas(nama, teks.encode("utf-8"))], hari_ini=HARI_INI)


def test_fixture_values_as_stored(empty_db) -> None:
    impor_fixture(empty_db)
    keu = empty_db.execute(
        "SELECT bulan, omzet, biaya, modal, kas, buku_kas_terkini FROM keuangan "
        "WHERE kode_kube = 'TGR-002' ORDER BY bulan"
    ).fetchall()
    # keuangan.csv: '2024-01' 1500000 / 'Rp20.500.000' / 'Rp1.000.000,00' / ya; '02/2024' '1.800.000' / Y;
    # 'Maret 2024' with an empty kas and 'tidak'.
    assert keu == [
        (dt.date(2024, 1, 1), 1500000, 900000, 20500000, 1000000, True),
        (dt.date(2024, 2, 1), 1800000, 1000000, 21300000, 1200000, True),
        (dt.date(2024, 3, 1), 2000000, 1100000, 22200000, None, False),
    ]
    # kelompok.csv is ';'-separated with a BOM; 'Kerajinan' and '15/03/2023' are normalised.
    sql = "SELECT jenis_usaha, tanggal_bentuk FROM kelompok WHERE kode_kube='GDN-001'"
    assert empty_db.execute(sql).fetchone() == (
        "kerajinan", dt.date(2023, 3, 15))  # fmt: skip
    assert empty_db.execute("SELECT catatan FROM pertemuan WHERE kode_pertemuan='P02'").fetchone() == (
        "=1+1 bukan rumus",
    )


def test_rollups_refreshed_in_the_import(empty_db) -> None:
    impor_fixture(empty_db)
    rows = empty_db.execute(
        "SELECT kode_pertemuan, aktif, hadir, alpa FROM rollup_pertemuan WHERE kode_kube='TGR-002' ORDER BY 1"
    ).fetchall()
    # P01 (2024-01-15): 6 active; hadir A01 A02 A05 + diwakili A03 = 4; alpa A06 = 1 (A04 izin).
    # P02 (2024-02-17): 6 active; hadir A01 A03 = 2; A02 sakit; A04 A05 A06 have no row -> alpa 3.
    # P03 (2024-07-15): A06 left 2024-06-30 -> 5 active; hadir A01 A05 = 2; A02 A03 A04 no row -> alpa 3.
    assert rows == [("P01", 6, 4, 1), ("P02", 6, 2, 3), ("P03", 5, 2, 3)]


def test_same_batch_twice_changes_nothing(empty_db) -> None:
    impor_fixture(empty_db)
    sekali = potret(empty_db)
    impor_fixture(empty_db)
    assert potret(empty_db) == sekali


def test_reimport_replaces_by_key(empty_db) -> None:
    impor_fixture(empty_db)
    hasil = _periksa(
        empty_db,
        "keuangan.csv",
        "kode_kube,bulan,omzet,biaya,modal\nTGR-002,2024-03,2500000,1100000,22200000\n",
    )
    assert hasil.galat == []
    simpan(empty_db, hasil, sumber="cli")
    # Still 4 reports; March now has omzet 2 500 000 and its optional cells emptied.
    assert empty_db.execute("SELECT count(*) FROM keuangan").fetchone() == (4,)
    assert empty_db.execute(
        "SELECT omzet, kas, buku_kas_terkini FROM keuangan WHERE kode_kube='TGR-002' AND bulan='2024-03-01'"
    ).fetchone() == (2500000, None, None)


def test_attendance_checked_against_the_database(empty_db) -> None:
    impor_fixture(empty_db)
    # P03 and A02 exist only in the database; A02 is active on 2024-07-15.
    hasil = _periksa(
        empty_db, "kehadiran.csv", "kode_kube,kode_pertemuan,kode_anggota,status\nTGR-002,P03,A02,izin\n"
    )
    assert hasil.galat == []


def test_group_size_is_a_warning_not_an_error(tmp_path: Path, empty_db, capsys) -> None:
    impor_fixture(empty_db)
    empty_db.close()
    berkas = tmp_path / "anggota.csv"
    # GDN-001 has B01..B05 active; B05 leaving leaves 4 (< 5).
    berkas.write_text(
        "kode_kube,kode_anggota,nama,peran,tanggal_masuk,tanggal_keluar\n"
        "GDN-001,B05,Heru Prasetyo,anggota,2024-02-01,2024-10-01\n",
        encoding="utf-8",
    )
    assert impor.run(args_impor(tmp_path / "test.duckdb", berkas)) == 0
    err = capsys.readouterr().err
    assert "Peringatan" in err and "KUBE GDN-001 punya 4 anggota aktif" in err


def test_source_flag_impor_on_empty_db_demo_kept(empty_db) -> None:
    impor_fixture(empty_db)
    assert empty_db.execute("SELECT nilai FROM info_basis_data WHERE kunci='sumber'").fetchone() == ("impor",)
    empty_db.execute("UPDATE info_basis_data SET nilai='demo' WHERE kunci='sumber'")
    # a demo row the fixture does not replace (a demo database holds the generator's rows)
    empty_db.execute(
        "INSERT INTO kelompok BY NAME "
        "SELECT * REPLACE ('DEMO-001' AS kode_kube, TRUE AS contoh) FROM kelompok LIMIT 1"
    )
    impor_fixture(empty_db)
    assert empty_db.execute("SELECT nilai FROM info_basis_data WHERE kunci='sumber'").fetchone() == ("demo",)


def test_history_records_success_and_refusal(tmp_path: Path, capsys) -> None:
    path = tmp_path / "k.duckdb"
    assert impor.run(args_impor(path, *sorted(FIXTURE_IMPOR.glob("*.csv")))) == 0
    assert impor.run(args_impor(path, FIXTURE_IMPOR / "kehadiran.csv", FIXTURE_IMPOR / "kehadiran.csv")) == 1
    con = db.open_database(path)
    r = riwayat(con)
    con.close()
    assert list(r["hasil"]) == ["ditolak", "berhasil"]
    # The doubled kehadiran.csv: every one of its 15 rows repeats a key.
    assert list(r["jumlah_galat"]) == [15, 0]
    assert '"kehadiran": 15' in r["baris_per_jenis"].iloc[1]


def test_xlsx_with_real_date_and_number_cells(empty_db) -> None:
    impor_fixture(empty_db)
    buku = Workbook()
    ws = buku.active
    ws.title = "Keuangan"
    ws.append(["kode_kube", "bulan", "omzet", "biaya", "modal", "buku_kas_terkini"])
    ws.append(["TGR-002", dt.datetime(2024, 4, 1), 2100000, 1200000.0, 23100000, True])
    buf = io.BytesIO()
    buku.save(buf)
    hasil = periksa(empty_db, [Berkas("laporan.xlsx", buf.getvalue())], hari_ini=HARI_INI)
    assert hasil.galat == []
    simpan(empty_db, hasil, sumber="halaman")
    sql = "SELECT omzet, biaya, buku_kas_terkini FROM keuangan WHERE bulan='2024-04-01'"
    assert empty_db.execute(sql).fetchone() == (
        2100000, 1200000, True)  # fmt: skip


def test_oversized_file_one_message(empty_db) -> None:
    hasil = periksa(empty_db, [Berkas("kehadiran.csv", b"x" * (BATAS_UKURAN + 1))], hari_ini=HARI_INI)
    assert len(hasil.galat) == 1
    assert "terlalu besar" in hasil.galat[0].alasan and "50 MB" in hasil.galat[0].alasan


def test_error_table_columns(empty_db) -> None:
    hasil = _periksa(
        empty_db, "kunjungan.csv", "kode_kube,tanggal,pihak,kegiatan\nX-1,2099-01-01,pendamping,monitoring\n"
    )
    tabel = tabel_galat(hasil.galat)
    assert list(tabel.columns) == ["Berkas", "Lembar", "Baris", "Kolom", "Nilai", "Alasan"]
    assert set(tabel["Kolom"]) == {"tanggal", "kode_kube"} and list(tabel["Baris"]) == [2, 2]


def test_locked_database_gives_one_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "kunci.duckdb"
    db.open_database(path).close()
    kunci = textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(path)!r})
        print("siap", flush=True)
        time.sleep(60)
    """)
    proses = subprocess.Popen([sys.executable, "-c", kunci], stdout=subprocess.PIPE, text=True)
    try:
        assert proses.stdout is not None and proses.stdout.readline().strip() == "siap"
        with pytest.raises(db.DatabaseLockedError, match="sedang dipakai proses lain"):
            impor.run(args_impor(path, FIXTURE_IMPOR / "kelompok.csv"))
    finally:
        proses.kill()
        proses.wait()


def test_new_dates_that_orphan_stored_attendance_warn(empty_db) -> None:
    impor_fixture(empty_db)
    # A01 now leaves on 2024-02-01: the stored rows for P02 (2024-02-17) and P03 (2024-07-15) no
    # longer fit -> 2 stored rows in TGR-002; a warning (an import cannot delete them), not an error.
    hasil = _periksa(
        empty_db,
        "anggota.csv",
        "kode_kube,kode_anggota,nama,peran,tanggal_masuk,tanggal_keluar\n"
        "TGR-002,A01,Siti Aminah,ketua,2023-01-10,2024-02-01\n",
    )
    assert hasil.galat == []
    # A01 and A06 gone leaves A02..A05 = 4 active today: the group-size warning comes first.
    assert [p.alasan[:30] for p in hasil.peringatan] == [
        "KUBE TGR-002 punya 4 anggota a",
        "2 catatan kehadiran tersimpan ",
    ]


def test_cli_exit_codes(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    # the real registry of kube_metrics.cli (tests/test_cli.py checks it against the README)
    from kube_metrics import cli as cli_lengkap

    path = str(tmp_path / "k.duckdb")
    semua = [str(p) for p in sorted(FIXTURE_IMPOR.glob("*.csv"))]
    assert cli_lengkap.main(["import", "--db", path, *semua]) == 0
    assert "Impor berhasil: 49 baris" in capsys.readouterr().out
    rusak = tmp_path / "kunjungan.csv"
    rusak.write_text("kode_kube,tanggal,pihak,kegiatan\nTGR-002,2024-02-30,pendamping,monitoring\n")
    assert cli_lengkap.main(["import", "--db", path, str(rusak)]) == 1
    assert "kunjungan.csv baris 2 kolom tanggal [2024-02-30]" in capsys.readouterr().err
    assert cli_lengkap.main(["import", "--db", path, str(tmp_path / "tidak_ada.csv")]) == 2
    with pytest.raises(SystemExit) as keluar:
        cli_lengkap.main(["import", "--db", path])  # no FILE: argparse
    assert keluar.value.code == 2
    assert cli_lengkap.main(["export", "--db", path, "--out", str(tmp_path / "e")]) == 0
    assert cli_lengkap.main(["template", "--out", str(tmp_path / "t")]) == 0


def test_row_numbers_count_blank_lines_semicolon_and_bom(empty_db) -> None:
    impor_fixture(empty_db)
    teks = (
        "\ufeffKode_KUBE ; Tanggal;PIHAK;kegiatan\n"
        "TGR-002;2024-04-01;dinsos;monitoring\n\n;2024-04-02;dinsos;x\n"
    )
    hasil = periksa(empty_db, [Berkas("kunjungan.csv", teks.encode("utf-8"))], hari_ini=HARI_INI)
    # Headers match despite case, spaces and the BOM; the blank line 3 still counts, so the bad
    # row is row 4: kode_kube empty (required) and kegiatan 'x' (not a choice).
    assert sorted((g.baris, g.kolom) for g in hasil.galat) == [(4, "kegiatan"), (4, "kode_kube")]
