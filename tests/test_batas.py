"""Issue 9 §3: small hostile files are refused before they are expanded, quickly and in little
memory, with a clear message; error reports stay capped.

The zip bombs and the wide CSV are built on the fly (tests/bantu_bom.py). Time and memory are
those of the `import` command in a child process: CPU seconds (not wall time, which follows the
machine's load) and peak RSS, both printed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kube_metrics import db
from kube_metrics.impor import Berkas, aturan, periksa
from kube_metrics.impor.batas import MAKS_BARIS, MAKS_GALAT
from tests.bantu_bom import bom_xlsx, csv_lebar
from tests.impor_bantu import HARI_INI, impor_fixture, potret

ROOT = Path(__file__).resolve().parent.parent
# Runs the command as a grandchild so that RUSAGE_CHILDREN is that command's alone.
_UKUR = (
    "import json, resource, subprocess, sys\n"
    "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(json.dumps({'rc': r.returncode, 'err': r.stderr, 'cpu': u.ru_utime + u.ru_stime,"
    " 'mb': u.ru_maxrss / 1024}))\n"
)


@pytest.fixture(scope="module")
def db_isi(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("batas") / "kube.duckdb"
    con = db.open_database(path)
    impor_fixture(con)
    snap = potret(con)
    con.close()
    return path, snap


def _impor_diukur(db_asal: Path, tmp_path: Path, berkas: Path) -> dict:
    path = tmp_path / "kube.duckdb"
    shutil.copy(db_asal, path)
    perintah = [sys.executable, "-m", "kube_metrics", "import", str(berkas), "--db", str(path)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    keluar = subprocess.run([sys.executable, "-c", _UKUR, *perintah], capture_output=True, text=True, env=env)
    hasil = json.loads(keluar.stdout)
    with open("/proc/loadavg") as f:
        beban = f.read().split()[0]
    print(f"{berkas.name}: {hasil['cpu']:.2f} s CPU, {hasil['mb']:.0f} MB, load {beban}")
    con = db.open_database(path, read_only=True)
    try:
        hasil["potret"] = potret(con)
    finally:
        con.close()
    return hasil


@pytest.mark.parametrize(
    ("baris", "pesan"),
    [
        (3_000_000, "isi berkas .xlsx terlalu besar setelah dibuka"),  # the directory says so
        (1_500_000, "terlalu banyak baris kehadiran (1500000;"),  # counted while streaming
    ],
)
def test_bom_zip_ditolak_cepat_dan_hemat(db_isi, tmp_path: Path, baris: int, pesan: str) -> None:
    asal, sebelum = db_isi
    bom = bom_xlsx(tmp_path / "kehadiran.xlsx", baris)
    assert bom.stat().st_size < 600_000  # tiny on disk
    hasil = _impor_diukur(asal, tmp_path, bom)
    assert hasil["rc"] == 1
    assert "kehadiran.xlsx" in hasil["err"] and pesan in hasil["err"], hasil["err"]
    assert "pecah menjadi beberapa" in hasil["err"]
    assert hasil["cpu"] < 10 and hasil["mb"] < 300
    assert hasil["potret"] == sebelum


def test_csv_100000_kolom_ditolak_cepat_dan_hemat(db_isi, tmp_path: Path) -> None:
    asal, sebelum = db_isi
    lebar = csv_lebar(tmp_path / "kehadiran.csv")
    hasil = _impor_diukur(asal, tmp_path, lebar)
    assert hasil["rc"] == 1
    assert "kehadiran.csv: terlalu banyak kolom (lebih dari" in hasil["err"], hasil["err"]
    assert hasil["cpu"] < 10 and hasil["mb"] < 300
    assert hasil["potret"] == sebelum


def test_csv_terlalu_banyak_baris(db_isi, tmp_path: Path) -> None:
    asal, _ = db_isi
    teks = "kode_kube,kode_pertemuan,kode_anggota,status\n" + "TGR-002,P01,A01,hadir\n" * (MAKS_BARIS + 1)
    con = db.open_database(asal, read_only=True)
    try:
        hasil = periksa(con, [Berkas("kehadiran.csv", teks.encode())], hari_ini=HARI_INI)
    finally:
        con.close()
    assert [g.teks() for g in hasil.galat] == [
        f"kehadiran.csv: terlalu banyak baris kehadiran ({MAKS_BARIS + 1}; paling banyak {MAKS_BARIS} per "
        "jenis data dalam satu impor): pecah menjadi beberapa impor"
    ]


def test_kunci_ganda_dibatasi_1000_baris(db_isi) -> None:
    """5000 copies of one row: 1000 duplicate-key lines, then one that counts the rest."""
    asal, _ = db_isi
    teks = "kode_kube,kode_pertemuan,kode_anggota,status\n" + "TGR-002,P01,A01,hadir\n" * 5000
    con = db.open_database(asal, read_only=True)
    try:
        hasil = periksa(con, [Berkas("kehadiran.csv", teks.encode())], hari_ini=HARI_INI)
        ganda = aturan.kunci_ganda("kehadiran", hasil.data["kehadiran"])
    finally:
        con.close()
    assert len(ganda) == MAKS_GALAT + 1
    assert ganda[0].baris == 3 and ganda[MAKS_GALAT - 1].baris == MAKS_GALAT + 2
    assert ganda[-1].alasan == f"… dan {4999 - MAKS_GALAT} baris lain dengan masalah yang sama"
    assert len(hasil.galat) <= MAKS_GALAT + 1
    assert hasil.galat[-1].alasan.startswith("… dan ")


def test_laporan_dibatasi_1000_baris_seluruhnya(db_isi) -> None:
    """Many columns each under their own cap still make at most MAKS_GALAT lines + one."""
    asal, _ = db_isi
    judul = "kode_kube,bulan,omzet,biaya,modal,kas,tabungan,iks,buku_kas_terkini"
    baris = "".join(f"TGR-002,2024-{i % 12 + 1:02d}x,a,b,c,d,e,f,g\n" for i in range(600))
    con = db.open_database(asal, read_only=True)
    try:
        hasil = periksa(con, [Berkas("keuangan.csv", (judul + "\n" + baris).encode())], hari_ini=HARI_INI)
    finally:
        con.close()
    assert len(hasil.galat) == MAKS_GALAT + 1
    akhir = hasil.galat[-1].alasan
    assert akhir.startswith("… dan ") and "laporan dibatasi 1000 baris" in akhir


def test_satu_batas_unggah_di_mana_mana() -> None:
    """Page text, uploader, server.maxUploadSize and importer name the same limit."""
    import tomllib

    from kube_metrics import i18n
    from kube_metrics.impor.batas import BATAS_MB, BATAS_UKURAN, BATAS_UNGGAH_MB

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    # the server's bound is the uploader's, above the import limit (see impor/batas.py)
    assert config["server"]["maxUploadSize"] == BATAS_UNGGAH_MB == 2 * BATAS_MB
    assert BATAS_UKURAN == BATAS_MB * 1024 * 1024
    halaman = (ROOT / "pages" / "kelola_data.py").read_text(encoding="utf-8")
    assert "max_upload_size=BATAS_UNGGAH_MB" in halaman
    # no type=: a file of another type reaches the importer's own refusal (tests/test_browser_unggah.py)
    assert "type=" not in halaman.split("st.file_uploader(")[1].split(")")[0]
    for lang in i18n.BAHASA:
        assert f"{BATAS_MB} MB" in i18n.teks("kelola.unggah", lang)
        for kunci in ("tangguh.unggah_bantuan", "tangguh.unggah_ditolak"):
            teks = i18n.teks(kunci, lang, mb=BATAS_MB, mb_unggah=BATAS_UNGGAH_MB)
            assert f"{BATAS_MB} MB" in teks and f"{BATAS_UNGGAH_MB} MB" in teks and "File must" not in teks


def test_panduan_deploy_memakai_batas_unggah_yang_sama() -> None:
    """The systemd unit and nginx in docs/deploy.md let through what the uploader accepts: a
    smaller bound there would refuse a 60 MB file with an English network error instead of the
    importer's Indonesian message."""
    from kube_metrics.impor.batas import BATAS_UNGGAH_MB

    panduan = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    assert f"--server.maxUploadSize {BATAS_UNGGAH_MB}\n" in panduan
    assert f"client_max_body_size {BATAS_UNGGAH_MB + 1}m;" in panduan
