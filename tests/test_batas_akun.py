"""Areas narrow what an account reads (kube_metrics/batas_akun.py), refuse imports outside them
(kube_metrics/impor/wilayah.py) and apply on the command line with --user."""

from __future__ import annotations

import io
import json
from pathlib import Path

import duckdb
import pytest

from kube_metrics import akun, audit, batas_akun, cli, db
from kube_metrics.akses import Akun
from kube_metrics.impor import periksa
from kube_metrics.impor.wilayah import galat_wilayah
from tests.impor_bantu import FIXTURE_IMPOR, HARI_INI, berkas_dari, impor_fixture

OPERATOR = akun.Pelaku("cli:uji", "cli")
SEMUA_BERKAS = sorted(FIXTURE_IMPOR.glob("*.csv"))


@pytest.fixture
def dua_kota(empty_db: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """tests/fixtures/impor (TGR-002 and GDN-001, Kota Yogyakarta), GDN-001 moved to Kabupaten
    Sleman: two kota, one group each."""
    impor_fixture(empty_db)
    empty_db.execute("UPDATE kelompok SET kota = 'Kabupaten Sleman' WHERE kode_kube = 'GDN-001'")
    return empty_db


def _baca(con: duckdb.DuckDBPyConnection, a: Akun | None, sql: str) -> list[tuple]:
    with db.cursor(con) as cur:
        batas_akun.pasang(cur, a)
        return cur.execute(sql).fetchall()


def test_operator_dan_admin_melihat_semua(dua_kota) -> None:
    for a in (None, Akun("a", "admin"), Akun("d", "dinas")):
        assert not batas_akun.dibatasi(a)
        assert _baca(dua_kota, a, "SELECT kode_kube FROM kelompok ORDER BY 1") == [("GDN-001",), ("TGR-002",)]


def test_dinas_satu_kota_hanya_kotanya(dua_kota) -> None:
    d = Akun("d", "dinas", kota=("Kota Yogyakarta",))
    assert _baca(dua_kota, d, "SELECT kode_kube FROM kelompok") == [("TGR-002",)]
    # every table with kode_kube, and the shared macros, see the same area
    assert _baca(dua_kota, d, "SELECT DISTINCT kode_kube FROM anggota") == [("TGR-002",)]
    assert _baca(dua_kota, d, "SELECT DISTINCT kode_kube FROM kehadiran") == [("TGR-002",)]
    assert _baca(dua_kota, d, "SELECT kode_kube FROM kelompok_terpilih(NULL, NULL, NULL)") == [("TGR-002",)]
    # member names and free text stay for dinas
    nama = _baca(dua_kota, d, "SELECT nama FROM anggota WHERE kode_anggota = 'A01'")
    assert nama == _baca(
        dua_kota, None, "SELECT nama FROM anggota WHERE kode_kube = 'TGR-002' AND kode_anggota = 'A01'"
    )
    # another cursor of the same database is not narrowed
    assert len(_baca(dua_kota, None, "SELECT * FROM kelompok")) == 2


def test_tamu_tanpa_nama_anggota_dan_teks_bebas(dua_kota) -> None:
    t = Akun("t", "tamu")
    nama = {r[0] for r in _baca(dua_kota, t, "SELECT nama FROM anggota")}
    asli = {r[0] for r in _baca(dua_kota, None, "SELECT nama FROM anggota")}
    assert nama and not (nama & asli) and all(n.startswith("Anggota ") for n in nama)
    for tabel, kolom in batas_akun.TEKS_BEBAS.items():
        if tabel == "anggota":
            continue
        nilai = {r[0] for r in _baca(dua_kota, t, f"SELECT {kolom[0]} FROM {tabel}")}
        assert nilai <= {batas_akun.DISEMBUNYIKAN}, (tabel, nilai)
    # group names are public
    assert {r[0] for r in _baca(dua_kota, t, "SELECT nama FROM kelompok")} == {
        r[0] for r in _baca(dua_kota, None, "SELECT nama FROM kelompok")
    }


def test_pendamping_kelompok_sendiri_penuh_lainnya_anonim(dua_kota) -> None:
    dua_kota.execute("UPDATE kelompok SET kota = 'Kota Yogyakarta'")  # one kota: GDN-001 is a peer
    p = Akun("sri", "pendamping", kelompok=("TGR-002",))
    rows = _baca(dua_kota, p, "SELECT kode_kube, nama FROM kelompok ORDER BY 1")
    assert rows == [("KUBE A", "KUBE A"), ("TGR-002", "KUBE Sejahtera 2")]
    lain = _baca(dua_kota, p, "SELECT nama FROM anggota WHERE kode_kube = 'KUBE A' ORDER BY kode_anggota")
    assert lain and all(n.startswith("Anggota ") for (n,) in lain)
    sendiri = _baca(
        dua_kota, p, "SELECT nama FROM anggota WHERE kode_kube = 'TGR-002' AND kode_anggota = 'A01'"
    )
    assert sendiri == _baca(
        dua_kota, None, "SELECT nama FROM anggota WHERE kode_kube = 'TGR-002' AND kode_anggota = 'A01'"
    )
    assert _baca(dua_kota, p, "SELECT uraian FROM hambatan WHERE kode_kube = 'KUBE A'") == [
        (batas_akun.DISEMBUNYIKAN,)
    ]
    assert "GDN-001" not in json.dumps(_baca(dua_kota, p, "SELECT * FROM anggota"), default=str)
    # the peer set of its own group holds the anonymised peer
    assert _baca(dua_kota, p, "SELECT * FROM kelompok_sebaya('TGR-002', 'kota', DATE '2024-01-01')") == [
        ("KUBE A",)
    ]
    # an export sees only its own groups
    with db.cursor(dua_kota) as cur:
        batas_akun.pasang(cur, p, hanya_penuh=True)
        assert cur.execute("SELECT DISTINCT kode_kube FROM anggota").fetchall() == [("TGR-002",)]
        assert batas_akun.terlihat_penuh(cur, p, "TGR-002") and not batas_akun.terlihat_penuh(
            cur, p, "GDN-001"
        )


def test_pandangan_hanya_baca(dua_kota) -> None:
    with db.cursor(dua_kota) as cur:
        batas_akun.pasang(cur, Akun("t", "tamu"))
        with pytest.raises(duckdb.Error):
            cur.execute("DELETE FROM anggota")
    assert _baca(dua_kota, None, "SELECT count(*) FROM anggota")[0][0] > 0


# --- imports by an account with an area ---------------------------------------------------------


def test_impor_pendamping_di_luar_kelompoknya_ditolak_dengan_baris(dua_kota) -> None:
    hasil = periksa(dua_kota, berkas_dari(*SEMUA_BERKAS), hari_ini=HARI_INI)
    assert hasil.bersih
    galat = galat_wilayah(dua_kota, hasil, Akun("sri", "pendamping", kelompok=("TGR-002",)))
    assert galat and {g.nilai for g in galat} == {"GDN-001"} and {g.kolom for g in galat} == {"kode_kube"}
    kehadiran = [g for g in galat if g.berkas == "kehadiran.csv"]
    assert [g.baris for g in kehadiran] == [13, 14, 15, 16]  # the four GDN-001 rows, header = row 1
    assert all("bukan kelompok dampingan akun sri" in g.alasan for g in galat)
    assert galat_wilayah(dua_kota, hasil, Akun("sri", "pendamping", kelompok=("TGR-002", "GDN-001"))) == []


def test_impor_dinas_di_luar_kotanya_ditolak(dua_kota) -> None:
    hasil = periksa(dua_kota, berkas_dari(*SEMUA_BERKAS), hari_ini=HARI_INI)
    galat = galat_wilayah(dua_kota, hasil, Akun("d", "dinas", kota=("Kota Yogyakarta",)))
    assert {g.nilai for g in galat} == {"GDN-001"}
    assert all("di luar wilayah akun d" in g.alasan for g in galat)
    assert (
        galat_wilayah(dua_kota, hasil, Akun("d", "dinas", kota=("Kota Yogyakarta", "Kabupaten Sleman"))) == []
    )
    assert galat_wilayah(dua_kota, hasil, None) == []


# --- the command line with --user -------------------------------------------------------------


def _cli(monkeypatch, capsys, argv: list[str]):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    kode = cli.main(argv)
    keluar = capsys.readouterr()
    return kode, keluar.out, keluar.err


@pytest.fixture
def db_dua_kota(tmp_path: Path) -> Path:
    path = tmp_path / "dua.duckdb"
    con = db.open_database(path)
    impor_fixture(con)
    con.execute("UPDATE kelompok SET kota = 'Kabupaten Sleman' WHERE kode_kube = 'GDN-001'")
    hash_ = akun.hash_sandi_contoh("sandi-uji-123", "x")
    for a in (
        Akun("sri", "pendamping", kelompok=("TGR-002",)),
        Akun("dinas_yk", "dinas", kota=("Kota Yogyakarta",)),
        Akun("tamu", "tamu"),
    ):
        akun.tambah(con, a, hash_=hash_, pelaku=OPERATOR)
    con.close()
    return path


def test_cli_impor_pendamping_ditolak_seluruhnya(db_dua_kota, monkeypatch, capsys) -> None:
    path = str(db_dua_kota)
    sebelum = _cli(monkeypatch, capsys, ["audit", "--json", "--db", path])[1]
    kode, _, err = _cli(
        monkeypatch, capsys, ["import", *map(str, SEMUA_BERKAS), "--user", "sri", "--db", path]
    )
    assert kode == 1 and "Impor ditolak, tidak ada yang disimpan" in err
    assert "kehadiran.csv baris 13" in err and "GDN-001" in err and "bukan kelompok dampingan akun sri" in err
    assert _cli(monkeypatch, capsys, ["audit", "--json", "--db", path])[1] == sebelum  # nothing changed
    con = db.open_database(path, read_only=True)
    assert con.execute("SELECT hasil, pengguna FROM riwayat_impor ORDER BY id DESC LIMIT 1").fetchone() == (
        "ditolak",
        "sri",
    )
    con.close()


def test_cli_impor_pendamping_kelompoknya_sendiri(db_dua_kota, tmp_path, monkeypatch, capsys) -> None:
    sendiri = tmp_path / "kunjungan.csv"
    sendiri.write_text(
        "kode_kube,tanggal,pihak,kegiatan,catatan\nTGR-002,2024-03-05,pendamping,pembinaan,Kas\n"
    )
    kode, out, err = _cli(
        monkeypatch, capsys, ["import", str(sendiri), "--user", "sri", "--db", str(db_dua_kota)]
    )
    assert kode == 0, err
    con = db.open_database(db_dua_kota, read_only=True)
    (baris,) = [b for b in audit.sebagai_json(audit.daftar(con)) if b["aksi"] == "import"][:1]
    con.close()
    assert (baris["pengguna"], baris["asal"]) == ("sri", "cli")
    assert baris["rincian"]["jenis"] == {"kunjungan": {"ditambah": 1, "diganti": 0}}


def test_cli_ekspor_summary_report_menurut_wilayah(db_dua_kota, tmp_path, monkeypatch, capsys) -> None:
    path = str(db_dua_kota)
    out = tmp_path / "ekspor"
    assert (
        _cli(monkeypatch, capsys, ["export", "--out", str(out), "--user", "dinas_yk", "--db", path])[0] == 0
    )
    anggota = (out / "anggota.csv").read_text(encoding="utf-8-sig")
    assert "TGR-002" in anggota and "GDN-001" not in anggota
    kode, _, err = _cli(
        monkeypatch, capsys, ["summary", "--group", "GDN-001", "--user", "dinas_yk", "--db", path]
    )
    assert kode == 1 and "di luar wilayah akun dinas_yk" in err
    kode, _, err = _cli(monkeypatch, capsys, ["summary", "--group", "GDN-001", "--user", "sri", "--db", path])
    assert kode == 1 and "di luar wilayah akun sri" in err
    kode, _, err = _cli(monkeypatch, capsys, ["import", str(SEMUA_BERKAS[0]), "--user", "tamu", "--db", path])
    assert kode == 1 and "tidak boleh impor" in err
    kode, _, err = _cli(monkeypatch, capsys, ["export", "--out", str(out), "--user", "siapa", "--db", path])
    assert kode == 1 and "tidak ada atau sudah dinonaktifkan" in err
    # without --user: the machine's operator, everything
    assert _cli(monkeypatch, capsys, ["export", "--out", str(tmp_path / "semua"), "--db", path])[0] == 0
    assert "GDN-001" in (tmp_path / "semua" / "anggota.csv").read_text(encoding="utf-8-sig")
