"""The audit trail and the import history narrowed to an account's area (kube_metrics/batas_akun.py,
sql/batas_jejak.sql; docs/access.md "Audit trail"), on the command line: `audit --user`, plus
`card --user` and an account scoped by provinsi on export/summary/card.

The database: tests/fixtures/impor (TGR-002 and GDN-001), then three one-group imports that
move the groups into three kota of two provinsi, so every audit and history row names known
groups:
  TGR-002  Kota Yogyakarta     DI Yogyakarta   (kelompok_tgr.csv)
  GDN-001  Kabupaten Sleman    DI Yogyakarta   (kelompok_gdn.csv)
  MGL-001  Kota Magelang       Jawa Tengah     (kelompok_mgl.csv, a new group)
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from kube_metrics import akun, audit, batas_akun, cli, db
from kube_metrics.akses import Akun
from kube_metrics.impor import Berkas, periksa, simpan
from tests.impor_bantu import FIXTURE_IMPOR, HARI_INI, impor_fixture

OPERATOR = akun.Pelaku("cli:uji", "cli")
KEPALA = (FIXTURE_IMPOR / "kelompok.csv").read_text(encoding="utf-8-sig").splitlines()[0]
_KELOMPOK = {
    "tgr": "TGR-002;KUBE Sejahtera 2;Tegalrejo;Tegalrejo;Kota Yogyakarta;kuliner;2023-01-10;;;;;;"
    "DI Yogyakarta",
    "gdn": "GDN-001;KUBE Makmur 1;Caturtunggal;Depok;Kabupaten Sleman;Kerajinan;15/03/2023;;;;;;"
    "DI Yogyakarta",
    "mgl": "MGL-001;KUBE Tidar 1;Magersari;Magelang Selatan;Kota Magelang;kuliner;2023-05-01;;;;;;"
    "Jawa Tengah",
}
AKUN = (
    Akun("admin2", "admin"),
    Akun("dinas_yk", "dinas", kota=("Kota Yogyakarta",)),
    Akun("dinas_sl", "dinas", kota=("Kabupaten Sleman",)),
    Akun("dinas_diy", "dinas", provinsi=("DI Yogyakarta",)),
    Akun("dinas_jt", "dinas", provinsi=("Jawa Tengah",)),
    Akun("sri", "pendamping", kelompok=("TGR-002",)),
    Akun("tamu_yk", "tamu", kota=("Kota Yogyakarta",)),
)


def _impor(con: duckdb.DuckDBPyConnection, nama: str, pengguna: str | None = None) -> None:
    teks = f"{KEPALA}\n{_KELOMPOK[nama]}\n".encode()
    hasil = periksa(con, [Berkas(f"kelompok_{nama}.csv", teks)], hari_ini=HARI_INI)
    assert hasil.galat == []
    simpan(con, hasil, sumber="cli", pengguna=pengguna)


@pytest.fixture(scope="module")
def _jejak_asli(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("jejak") / "jejak.duckdb"
    con = db.open_database(path)
    impor_fixture(con)
    for nama in ("tgr", "gdn", "mgl"):
        _impor(con, nama)
    hash_ = akun.hash_sandi_contoh("sandi-uji-123", "x")
    for a in AKUN:
        akun.tambah(con, a, hash_=hash_, pelaku=OPERATOR)
    for nama in ("dinas_sl", "sri", "orang-asing"):  # two accounts of the data, one unknown name
        assert akun.masuk(con, nama, "salah-sandi", asal="cli").status == "salah"
    con.close()
    return path


@pytest.fixture
def jejak_db(_jejak_asli: Path, tmp_path: Path) -> Path:
    """A copy per test (one test imports)."""
    path = tmp_path / "jejak.duckdb"
    shutil.copy(_jejak_asli, path)
    return path


def _kunci(baris: dict) -> str:
    """A readable key per audit row: the import's files, the account concerned, the action."""
    r = baris["rincian"]
    if baris["aksi"] == "import":
        return "import " + ",".join(sorted(b["nama"] for b in r["berkas"]))
    if baris["aksi"] == "user_add":
        return f"user_add {r['nama']}"
    return f"{baris['aksi']} {baris['pengguna']}"


def _cli(monkeypatch, capsys, argv: list[str]) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    kode = cli.main(argv)
    keluar = capsys.readouterr()
    return kode, keluar.out, keluar.err


def _jejak_cli(monkeypatch, capsys, path: Path, *user: str) -> set[str]:
    kode, out, err = _cli(monkeypatch, capsys, ["audit", "--json", "--db", str(path), *user])
    assert kode == 0, err
    return {_kunci(b) for b in json.loads(out)}


IMPOR_FIXTURE = "import " + ",".join(sorted(p.name for p in FIXTURE_IMPOR.glob("*.csv")))
SEMUA = {
    IMPOR_FIXTURE,
    "import kelompok_tgr.csv",
    "import kelompok_gdn.csv",
    "import kelompok_mgl.csv",
    *(f"user_add {a.nama}" for a in AKUN),
    "login_failed dinas_sl",
    "login_failed sri",
    "login_failed orang-asing",
}


def test_admin_dan_operator_melihat_seluruh_jejak(jejak_db, monkeypatch, capsys) -> None:
    assert _jejak_cli(monkeypatch, capsys, jejak_db) == SEMUA
    assert _jejak_cli(monkeypatch, capsys, jejak_db, "--user", "admin2") == SEMUA


def test_dinas_satu_kota_hanya_jejak_kotanya(jejak_db, monkeypatch, capsys) -> None:
    # Kota Yogyakarta holds TGR-002 only: imports touching it, and the accounts whose whole area
    # lies in it (itself, the pendamping of TGR-002, the tamu of the kota) with their sign-ins.
    assert _jejak_cli(monkeypatch, capsys, jejak_db, "--user", "dinas_yk") == {
        IMPOR_FIXTURE,
        "import kelompok_tgr.csv",
        "user_add dinas_yk",
        "user_add sri",
        "user_add tamu_yk",
        "login_failed sri",
    }
    assert _jejak_cli(monkeypatch, capsys, jejak_db, "--user", "dinas_sl") == {
        IMPOR_FIXTURE,
        "import kelompok_gdn.csv",
        "user_add dinas_sl",
        "login_failed dinas_sl",
    }


def test_dinas_provinsi_jejak_semua_kota_provinsinya(jejak_db, monkeypatch, capsys) -> None:
    assert _jejak_cli(monkeypatch, capsys, jejak_db, "--user", "dinas_diy") == {
        IMPOR_FIXTURE,
        "import kelompok_tgr.csv",
        "import kelompok_gdn.csv",
        *(f"user_add {n}" for n in ("dinas_yk", "dinas_sl", "dinas_diy", "sri", "tamu_yk")),
        "login_failed dinas_sl",
        "login_failed sri",
    }
    assert _jejak_cli(monkeypatch, capsys, jejak_db, "--user", "dinas_jt") == {
        "import kelompok_mgl.csv",
        "user_add dinas_jt",
    }


def test_akun_seluruh_data_bukan_milik_wilayah_yang_memuat_semua_kelompok(jejak_db) -> None:
    """A dinas whose provinsi hold every group of this database still does not read the admin's
    or an unknown name's rows: an account without kota/provinsi covers the whole database, which
    is no narrower area (docs/access.md, "Audit trail")."""
    semua_provinsi = Akun("dinas_dua", "dinas", provinsi=("DI Yogyakarta", "Jawa Tengah"))
    con = db.open_database(jejak_db, read_only=True)
    try:
        with db.cursor(con) as cur:
            batas_akun.pasang(cur, semua_provinsi)
            terlihat = {_kunci(b) for b in audit.sebagai_json(audit.daftar(cur))}
    finally:
        con.close()
    assert terlihat == SEMUA - {"user_add admin2", "login_failed orang-asing"}


def test_audit_user_tanpa_halaman_audit_ditolak(jejak_db, monkeypatch, capsys) -> None:
    for nama, peran in (("sri", "pendamping"), ("tamu_yk", "tamu")):
        kode, out, err = _cli(monkeypatch, capsys, ["audit", "--db", str(jejak_db), "--user", nama])
        assert (kode, out) == (1, "")
        assert f"Peran {peran} (akun '{nama}') tidak boleh lihat (audit)." in err
    kode, _, err = _cli(monkeypatch, capsys, ["audit", "--db", str(jejak_db), "--user", "siapa"])
    assert kode == 1 and "tidak ada atau sudah dinonaktifkan" in err


def _riwayat(path: Path, nama: str | None) -> list[str]:
    """The files of each import attempt in the history as `nama` reads it (None: operator)."""
    con = db.open_database(path, read_only=True)
    try:
        with db.cursor(con) as cur:
            batas_akun.pasang(cur, next((a for a in AKUN if a.nama == nama), None))
            return [str(r[0]) for r in cur.execute("SELECT berkas FROM riwayat_impor ORDER BY id").fetchall()]
    finally:
        con.close()


def test_riwayat_impor_menurut_wilayah_dan_impor_sendiri_yang_ditolak(jejak_db, monkeypatch, capsys) -> None:
    # dinas_yk tries to import Sleman's group: refused, and the attempt names GDN-001
    coba = jejak_db.parent / "kelompok_coba.csv"
    coba.write_text(f"{KEPALA}\n{_KELOMPOK['gdn']}\n", encoding="utf-8")
    argv = ["import", str(coba), "--user", "dinas_yk", "--db", str(jejak_db)]
    kode, _, err = _cli(monkeypatch, capsys, argv)
    assert kode == 1 and "GDN-001" in err
    fixture = ", ".join(sorted(p.name for p in FIXTURE_IMPOR.glob("*.csv")))
    tgr, gdn, mgl = "kelompok_tgr.csv", "kelompok_gdn.csv", "kelompok_mgl.csv"
    assert _riwayat(jejak_db, None) == [fixture, tgr, gdn, mgl, "kelompok_coba.csv"]
    assert _riwayat(jejak_db, "admin2") == [fixture, tgr, gdn, mgl, "kelompok_coba.csv"]
    assert _riwayat(jejak_db, "dinas_yk") == [fixture, tgr, "kelompok_coba.csv"]  # its own attempt
    assert _riwayat(jejak_db, "dinas_sl") == [fixture, gdn, "kelompok_coba.csv"]  # it names GDN-001
    assert _riwayat(jejak_db, "dinas_jt") == [mgl]
    assert _riwayat(jejak_db, "sri") == [fixture, tgr]  # a pendamping: imports touching its own groups


def test_baris_audit_menyimpan_kelompok_dan_akun(jejak_db) -> None:
    """What the narrowing reads is written with the change: the groups and the account."""
    con = db.open_database(jejak_db, read_only=True)
    try:
        kelompok = con.execute(
            "SELECT list(k.kode_kube ORDER BY k.kode_kube) FROM audit a "
            "JOIN audit_kelompok k ON k.audit_id = a.id WHERE a.aksi = 'import' GROUP BY a.id ORDER BY a.id"
        ).fetchall()
        akun_ = con.execute(
            "SELECT aksi, pengguna, akun FROM audit WHERE aksi = 'login_failed' ORDER BY id"
        ).fetchall()
    finally:
        con.close()
    assert kelompok == [(["GDN-001", "TGR-002"],), (["TGR-002"],), (["GDN-001"],), (["MGL-001"],)]
    assert akun_ == [
        ("login_failed", "dinas_sl", "dinas_sl"),
        ("login_failed", "sri", "sri"),
        ("login_failed", "orang-asing", None),  # no such account: only the whole database reads it
    ]


def test_daftar_audit_pilihan_ikut_wilayah(jejak_db) -> None:
    """The audit page's filter lists come from the same narrowed trail."""
    con = db.open_database(jejak_db, read_only=True)
    try:
        with db.cursor(con) as cur:
            batas_akun.pasang(cur, next(a for a in AKUN if a.nama == "dinas_yk"))
            pilihan = audit.pilihan(cur)
    finally:
        con.close()
    # the machine's operator made the imports, cli:uji the accounts; sri's failed sign-in
    pengguna = sorted([audit.pengguna_cli(), "cli:uji", "sri"])
    assert pilihan == {"aksi": ["import", "login_failed", "user_add"], "pengguna": pengguna}


# --- card --user --------------------------------------------------------------------------------


def test_card_user_kelompok_di_luar_wilayah_ditolak(jejak_db, tmp_path, monkeypatch, capsys) -> None:
    out = tmp_path / "kartu.png"
    kode, _, err = _cli(
        monkeypatch,
        capsys,
        ["card", "--group", "GDN-001", "--user", "dinas_yk", "--out", str(out), "--db", str(jejak_db)],
    )
    assert kode == 1 and "Galat: kelompok GDN-001 di luar wilayah akun dinas_yk." in err and not out.exists()
    kode, _, err = _cli(
        monkeypatch,
        capsys,
        ["card", "--group", "TGR-002", "--user", "siapa", "--out", str(out), "--db", str(jejak_db)],
    )
    assert kode == 1 and "tidak ada atau sudah dinonaktifkan" in err and not out.exists()


def test_card_user_kelompok_sendiri_sama_dengan_operator(jejak_db, tmp_path, monkeypatch, capsys) -> None:
    sebagai, operator = tmp_path / "sri.png", tmp_path / "op.png"
    argv = ["card", "--group", "TGR-002", "--month", "2024-03", "--db", str(jejak_db)]
    assert _cli(monkeypatch, capsys, [*argv, "--out", str(sebagai), "--user", "sri"])[0] == 0
    assert _cli(monkeypatch, capsys, [*argv, "--out", str(operator)])[0] == 0
    # its kota's peers are all in its area, so the card is the operator's, byte for byte
    assert sebagai.read_bytes() == operator.read_bytes()


@pytest.mark.parametrize(
    ("nama", "kartu"),
    [
        ("sri", ["TGR-002"]),
        ("dinas_diy", ["GDN-001", "TGR-002"]),
        ("dinas_sl", ["GDN-001"]),
        ("dinas_jt", ["MGL-001"]),
        (None, ["GDN-001", "MGL-001", "TGR-002"]),
    ],
)
def test_card_all_user_hanya_kelompok_wilayahnya(
    jejak_db, tmp_path, monkeypatch, capsys, nama, kartu
) -> None:
    folder = tmp_path / "kartu"
    user = ["--user", nama] if nama else []
    kode, _, err = _cli(
        monkeypatch, capsys, ["card", "--all", "--out", str(folder), "--db", str(jejak_db), *user]
    )
    assert kode == 0, err
    assert sorted(p.name.split("_")[0] for p in folder.glob("*.png")) == kartu


# --- an account scoped by provinsi on the command line ------------------------------------------


def test_dinas_provinsi_ekspor_dan_ringkasan(jejak_db, tmp_path, monkeypatch, capsys) -> None:
    out = tmp_path / "ekspor"
    path = str(jejak_db)
    assert (
        _cli(monkeypatch, capsys, ["export", "--out", str(out), "--user", "dinas_diy", "--db", path])[0] == 0
    )
    kelompok = (out / "kelompok.csv").read_text(encoding="utf-8-sig")
    assert "TGR-002" in kelompok and "GDN-001" in kelompok and "MGL-001" not in kelompok
    assert {"Kota Yogyakarta", "Kabupaten Sleman"} <= set(kelompok.replace(";", ",").split(","))
    kode, _, err = _cli(
        monkeypatch, capsys, ["summary", "--group", "MGL-001", "--user", "dinas_diy", "--db", path]
    )
    assert kode == 1 and "di luar wilayah akun dinas_diy" in err
    kode, out_, err = _cli(
        monkeypatch, capsys, ["summary", "--group", "GDN-001", "--user", "dinas_diy", "--db", path]
    )
    assert kode == 0 and "KUBE Makmur 1 (GDN-001)" in out_, err
    assert (
        _cli(
            monkeypatch, capsys, ["export", "--out", str(tmp_path / "jt"), "--user", "dinas_jt", "--db", path]
        )[0]
        == 0
    )
    jt = (tmp_path / "jt" / "kelompok.csv").read_text(encoding="utf-8-sig")
    assert "MGL-001" in jt and "TGR-002" not in jt and "GDN-001" not in jt
