"""Accounts, sign-in with lockout, the audit trail, and the `user` / `audit` commands."""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import io
import json
from pathlib import Path

import duckdb
import pytest
from argon2 import PasswordHasher

from kube_metrics import akun, audit, cli, db
from kube_metrics.akses import Akun
from kube_metrics.impor import periksa, simpan
from kube_metrics.impor import tulis as impor_tulis
from tests.impor_bantu import FIXTURE_IMPOR, HARI_INI, berkas_dari

OPERATOR = akun.Pelaku("cli:uji", "cli")
SANDI = "rahasia-123"


@pytest.fixture(autouse=True)
def argon2_murah(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters (1.3 s a hash on this machine otherwise), except in the tests
    about the stored parameters themselves ("argon2" in their name)."""
    if "argon2" not in request.node.name:
        murah = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
        monkeypatch.setattr(akun, "_HASHER", murah)
        monkeypatch.setattr(akun, "_HASH_SEMU", murah.hash("semu"))


@pytest.fixture
def con(fixture_db) -> duckdb.DuckDBPyConnection:
    """tests/fixtures/kecil: groups of Kota Yogyakarta (pendamping Sri Wahyuni among others)."""
    return fixture_db("kecil")


def _audit(con: duckdb.DuckDBPyConnection) -> list[dict]:
    return list(reversed(audit.sebagai_json(audit.daftar(con))))  # oldest first


def _tambah(con: duckdb.DuckDBPyConnection, a: Akun) -> None:
    akun.tambah(con, a, sandi=SANDI, pelaku=OPERATOR)


def test_basis_data_baru_tanpa_akun(empty_db: duckdb.DuckDBPyConnection) -> None:
    assert not akun.ada_akun(empty_db)
    assert akun.daftar(empty_db) == []


def test_sandi_hanya_disimpan_sebagai_hash_argon2(con: duckdb.DuckDBPyConnection) -> None:
    _tambah(con, Akun("budi", "admin"))
    (hash_,) = con.execute("SELECT hash_sandi FROM akun WHERE nama = 'budi'").fetchone()
    assert hash_.startswith("$argon2id$") and SANDI not in hash_
    assert SANDI not in json.dumps(_audit(con))


def test_tambah_akun_dengan_wilayah_dan_audit(con: duckdb.DuckDBPyConnection) -> None:
    _tambah(con, Akun("dinas_yk", "dinas", kota=("Kota Yogyakarta",), email="Dinas@Contoh.go.id"))
    assert akun.muat(con, "dinas_yk") == Akun(
        "dinas_yk", "dinas", kota=("Kota Yogyakarta",), email="Dinas@Contoh.go.id"
    )
    (baris,) = _audit(con)
    assert (baris["pengguna"], baris["asal"], baris["aksi"]) == ("cli:uji", "cli", "user_add")
    assert baris["rincian"]["kota"] == ["Kota Yogyakarta"] and baris["rincian"]["peran"] == "dinas"


def test_pendamping_tanpa_groups_mengambil_kelompok_bernama_dia(con: duckdb.DuckDBPyConnection) -> None:
    diharapkan = [
        r[0]
        for r in con.execute(
            "SELECT kode_kube FROM kelompok WHERE pendamping = 'Sri Wahyuni' ORDER BY 1"
        ).fetchall()
    ]
    assert diharapkan
    _tambah(con, Akun("Sri Wahyuni", "pendamping"))
    assert akun.muat(con, "Sri Wahyuni").kelompok == tuple(diharapkan)


def test_email_ke_akun_untuk_sso(con: duckdb.DuckDBPyConnection) -> None:
    _tambah(con, Akun("ani", "tamu", email="ani@dinsos.example.go.id"))
    assert akun.muat_email(con, " ANI@dinsos.example.go.id ").nama == "ani"
    assert akun.muat_email(con, "orang@lain.example") is None
    assert akun.muat_email(con, "") is None
    akun.nonaktifkan(con, "ani", pelaku=OPERATOR)
    assert akun.muat_email(con, "ani@dinsos.example.go.id") is None


@pytest.mark.parametrize(
    ("a", "pesan"),
    [
        (Akun("x", "raja"), "Peran 'raja' tidak dikenal"),
        (Akun("x", "dinas", kota=("Kota Atlantis",)), "Kota tidak ada di data: Kota Atlantis"),
        (Akun("x", "pendamping", kelompok=("TGR-002", "ZZZ-999")), "Kelompok tidak ada di data: ZZZ-999"),
        (Akun("x", "pendamping"), "butuh --groups"),
        (Akun("x", "admin", kota=("Kota Yogyakarta",)), "tidak memakai --kota"),
        (Akun("x", "dinas", kelompok=("TGR-002",)), "--groups hanya untuk peran pendamping"),
        (Akun(" x", "admin"), "Nama pengguna harus"),
        (Akun("", "admin"), "Nama pengguna harus"),
    ],
)
def test_masukan_buruk_ditolak_tanpa_menulis(con: duckdb.DuckDBPyConnection, a: Akun, pesan: str) -> None:
    with pytest.raises(akun.AkunGalat, match=pesan):
        _tambah(con, a)
    assert akun.daftar(con) == [] and _audit(con) == []


def test_nama_dan_email_ganda_ditolak(con: duckdb.DuckDBPyConnection) -> None:
    _tambah(con, Akun("budi", "admin", email="b@x.id"))
    with pytest.raises(akun.AkunGalat, match="sudah dipakai"):
        _tambah(con, Akun("budi", "tamu"))
    with pytest.raises(akun.AkunGalat, match="E-mail"):
        _tambah(con, Akun("budi2", "tamu", email="B@X.ID"))
    with pytest.raises(akun.AkunGalat, match="minimal 8"):
        akun.tambah(con, Akun("budi3", "tamu"), sandi="pendek", pelaku=OPERATOR)


# --- sign-in and lockout -----------------------------------------------------------------------


def test_masuk_benar_dan_salah(con: duckdb.DuckDBPyConnection) -> None:
    _tambah(con, Akun("budi", "admin"))
    assert akun.masuk(con, "budi", "salah-salah", asal="halaman 10.0.0.5").status == "salah"
    hasil = akun.masuk(con, "budi", SANDI, asal="halaman 10.0.0.5")
    assert hasil.status == "ok" and hasil.akun == Akun("budi", "admin")
    assert akun.masuk(con, "tidak_ada", SANDI, asal="halaman").status == "salah"
    aksi = [(b["pengguna"], b["asal"], b["aksi"], b["rincian"].get("alasan")) for b in _audit(con)]
    assert aksi == [
        ("cli:uji", "cli", "user_add", None),
        ("budi", "halaman 10.0.0.5", "login_failed", "sandi_salah"),
        ("budi", "halaman 10.0.0.5", "login", None),
        ("tidak_ada", "halaman", "login_failed", "nama_tidak_dikenal"),
    ]


def test_lima_salah_mengunci_15_menit(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tambah(con, Akun("budi", "admin"))
    mulai = dt.datetime(2026, 12, 1, 9, 0, 0)
    monkeypatch.setattr(audit, "sekarang_utc", lambda: mulai)
    hasil = [akun.masuk(con, "budi", "salah-salah", asal="halaman").status for _ in range(4)]
    assert hasil == ["salah"] * 4
    kelima = akun.masuk(con, "budi", "salah-salah", asal="halaman")
    assert kelima.status == "terkunci" and kelima.terkunci_sampai == mulai + dt.timedelta(minutes=15)
    # the right password does not open a locked account, not even one second before the end
    monkeypatch.setattr(audit, "sekarang_utc", lambda: mulai + dt.timedelta(minutes=14, seconds=59))
    assert akun.masuk(con, "budi", SANDI, asal="halaman").status == "terkunci"
    monkeypatch.setattr(audit, "sekarang_utc", lambda: mulai + dt.timedelta(minutes=15, seconds=1))
    assert akun.masuk(con, "budi", SANDI, asal="halaman").status == "ok"
    aksi = [b["aksi"] for b in _audit(con)]
    assert aksi == ["user_add"] + ["login_failed"] * 5 + ["user_locked", "login_failed", "login"]


def test_empat_salah_lalu_benar_mulai_hitung_dari_nol(con: duckdb.DuckDBPyConnection) -> None:
    _tambah(con, Akun("budi", "admin"))
    for _ in range(4):
        akun.masuk(con, "budi", "salah-salah", asal="halaman")
    assert akun.masuk(con, "budi", SANDI, asal="halaman").status == "ok"
    for _ in range(4):
        assert akun.masuk(con, "budi", "salah-salah", asal="halaman").status == "salah"


def test_nonaktif_dan_ganti_sandi(con: duckdb.DuckDBPyConnection) -> None:
    _tambah(con, Akun("budi", "admin"))
    akun.ganti_sandi(con, "budi", "sandi-baru-99", pelaku=OPERATOR)
    assert akun.masuk(con, "budi", SANDI, asal="halaman").status == "salah"
    assert akun.masuk(con, "budi", "sandi-baru-99", asal="halaman").status == "ok"
    akun.nonaktifkan(con, "budi", pelaku=OPERATOR)
    assert akun.masuk(con, "budi", "sandi-baru-99", asal="halaman").status == "nonaktif"
    assert akun.muat(con, "budi") is None
    with pytest.raises(akun.AkunGalat, match="tidak ada"):
        akun.nonaktifkan(con, "siapa", pelaku=OPERATOR)
    aksi = [b["aksi"] for b in _audit(con)]
    assert aksi == ["user_add", "user_password", "login_failed", "login", "user_disable", "login_failed"]


def test_hash_contoh_naik_ke_parameter_argon2_penuh_saat_masuk(con: duckdb.DuckDBPyConnection) -> None:
    akun.tambah(con, Akun("demo", "tamu"), hash_=akun.hash_sandi_contoh("demo-sandi", "s"), pelaku=OPERATOR)
    assert akun.hash_sandi_contoh("demo-sandi", "s") == akun.hash_sandi_contoh("demo-sandi", "s")
    assert akun.masuk(con, "demo", "demo-sandi", asal="halaman").status == "ok"
    (hash_,) = con.execute("SELECT hash_sandi FROM akun WHERE nama = 'demo'").fetchone()
    assert "m=65536,t=3" in hash_
    assert akun.masuk(con, "demo", "demo-sandi", asal="halaman").status == "ok"


# --- the audit trail ---------------------------------------------------------------------------


def test_catat_ikut_transaksi_pemanggil(empty_db: duckdb.DuckDBPyConnection) -> None:
    empty_db.execute("BEGIN TRANSACTION")
    audit.catat(empty_db, pengguna="ani", asal="halaman", aksi="entry", rincian={"jenis": "pertemuan"})
    empty_db.execute("ROLLBACK")
    assert _audit(empty_db) == []
    empty_db.execute("BEGIN TRANSACTION")
    audit.catat(empty_db, pengguna="ani", asal="halaman", aksi="entry", rincian={"jenis": "pertemuan"})
    empty_db.execute("COMMIT")
    assert [(b["pengguna"], b["aksi"], b["rincian"]) for b in _audit(empty_db)] == [
        ("ani", "entry", {"jenis": "pertemuan"})
    ]


def test_impor_menulis_audit_dengan_sha256_dan_akun(empty_db: duckdb.DuckDBPyConnection) -> None:
    berkas = sorted(FIXTURE_IMPOR.glob("*.csv"))
    hasil = periksa(empty_db, berkas_dari(*berkas), hari_ini=HARI_INI)
    simpan(empty_db, hasil, sumber="halaman", pengguna="ani", asal="halaman 10.0.0.7")
    (baris,) = _audit(empty_db)
    assert (baris["pengguna"], baris["asal"], baris["aksi"]) == ("ani", "halaman 10.0.0.7", "import")
    sidik = {b["nama"]: b["sha256"] for b in baris["rincian"]["berkas"]}
    assert sidik == {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in berkas}
    assert baris["rincian"]["jenis"]["kehadiran"] == {"ditambah": 15, "diganti": 0}
    # the same files again: every row replaced, none added
    simpan(empty_db, periksa(empty_db, berkas_dari(*berkas), hari_ini=HARI_INI), sumber="cli")
    kedua = _audit(empty_db)[-1]
    assert kedua["rincian"]["jenis"]["kehadiran"] == {"ditambah": 0, "diganti": 15}
    assert kedua["pengguna"] == f"cli:{getpass.getuser()}" and kedua["asal"] == "cli"
    assert empty_db.execute("SELECT pengguna FROM riwayat_impor ORDER BY id").fetchall() == [
        ("ani",),
        (f"cli:{getpass.getuser()}",),
    ]


def test_impor_gagal_tidak_meninggalkan_baris_audit(
    empty_db: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    def gagal() -> None:
        raise duckdb.IOException("disk penuh")

    monkeypatch.setattr(impor_tulis, "_sebelum_commit", gagal)
    hasil = periksa(empty_db, berkas_dari(*sorted(FIXTURE_IMPOR.glob("*.csv"))), hari_ini=HARI_INI)
    with pytest.raises(db.DatabaseError):
        simpan(empty_db, hasil, sumber="cli")
    assert _audit(empty_db) == []


# --- the command line ----------------------------------------------------------------------------


def _cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str], stdin: str = ""
):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        kode = cli.main(argv)
    except SystemExit as exc:  # argparse: usage errors exit with 2
        kode = int(exc.code or 0)
    keluar = capsys.readouterr()
    return kode, keluar.out, keluar.err


def _db_kecil(tmp_path: Path) -> Path:
    from tests.conftest import load_fixture_set

    path = tmp_path / "kecil.duckdb"
    con = db.open_database(path)
    load_fixture_set(con, "kecil")
    con.close()
    return path


def test_cli_user_dan_audit(tmp_path: Path, monkeypatch, capsys) -> None:
    path = str(_db_kecil(tmp_path))
    kode, out, _ = _cli(
        monkeypatch,
        capsys,
        ["user", "add", "kepala", "--role", "admin", "--password-stdin", "--db", path],
        "sandi-kepala-1\n",
    )
    assert kode == 0 and "kepala" in out
    argv = [
        "user",
        "add",
        "dinas_yk",
        "--role",
        "dinas",
        "--kota",
        "Kota Yogyakarta",
        "--email",
        "d@x.id",
        "--password-stdin",
        "--db",
        path,
    ]
    assert _cli(monkeypatch, capsys, argv, "sandi-dinas-1\n")[0] == 0
    argv = [
        "user",
        "add",
        "sri",
        "--role",
        "pendamping",
        "--groups",
        "TGR-002,TGR-005",
        "--password-stdin",
        "--db",
        path,
    ]
    assert _cli(monkeypatch, capsys, argv, "sandi-sri-123\n")[0] == 0
    kode, out, _ = _cli(monkeypatch, capsys, ["user", "list", "--json", "--db", path])
    daftar = {r["nama"]: r for r in json.loads(out)}
    assert kode == 0 and set(daftar) == {"kepala", "dinas_yk", "sri"}
    assert daftar["sri"]["kelompok"] == ["TGR-002", "TGR-005"] and daftar["dinas_yk"]["kota"] == [
        "Kota Yogyakarta"
    ]
    assert "hash_sandi" not in daftar["sri"] and "sandi" not in out
    assert (
        _cli(
            monkeypatch,
            capsys,
            ["user", "password", "sri", "--password-stdin", "--db", path],
            "sandi-baru-456\n",
        )[0]
        == 0
    )
    assert _cli(monkeypatch, capsys, ["user", "disable", "sri", "--db", path])[0] == 0
    kode, out, _ = _cli(monkeypatch, capsys, ["audit", "--json", "--db", path])
    baris = json.loads(out)
    assert kode == 0 and {"waktu", "pengguna", "asal", "aksi", "rincian"} <= set(baris[0])
    assert [b["aksi"] for b in baris] == ["user_disable", "user_password", "user_add", "user_add", "user_add"]
    assert {b["pengguna"] for b in baris} == {f"cli:{getpass.getuser()}"} and {b["asal"] for b in baris} == {
        "cli"
    }
    bulan = audit.sekarang_utc().strftime("%Y-%m")
    assert (
        len(
            json.loads(
                _cli(monkeypatch, capsys, ["audit", "--json", "--from", bulan, "--to", bulan, "--db", path])[
                    1
                ]
            )
        )
        == 5
    )
    assert (
        json.loads(_cli(monkeypatch, capsys, ["audit", "--json", "--to", "2020-01", "--db", path])[1]) == []
    )


@pytest.mark.parametrize(
    ("argv", "stdin", "kode", "pesan"),
    [
        (["user", "add", "x", "--role", "raja", "--password-stdin"], "sandi-123456\n", 2, "invalid choice"),
        (["user", "add", "x", "--role", "admin"], "", 2, "--password-stdin"),
        (
            ["user", "add", "x", "--role", "dinas", "--kota", "Kota Atlantis", "--password-stdin"],
            "sandi-123456\n",
            1,
            "Kota Atlantis",
        ),
        (["user", "add", "x", "--role", "admin", "--password-stdin"], "\n", 1, "kosong"),
        (["user", "add", "x", "--role", "admin", "--password-stdin"], "pendek\n", 1, "minimal 8"),
        (["user", "disable", "siapa"], "", 1, "tidak ada"),
        (["user", "password", "siapa", "--password-stdin"], "sandi-123456\n", 1, "tidak ada"),
        (["audit", "--from", "2024-13"], "", 2, "tidak sah"),
        (["audit", "--from", "2025-02", "--to", "2025-01"], "", 2, "sesudah"),
    ],
)
def test_cli_masukan_buruk(tmp_path, monkeypatch, capsys, argv, stdin, kode, pesan) -> None:
    path = str(_db_kecil(tmp_path))
    hasil, _, err = _cli(monkeypatch, capsys, [*argv, "--db", path], stdin)
    assert hasil == kode and pesan in err
    assert json.loads(_cli(monkeypatch, capsys, ["user", "list", "--json", "--db", path])[1]) == []
