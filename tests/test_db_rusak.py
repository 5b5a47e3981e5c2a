"""Issue 9 §4: a broken database gives a clear message saying what happened and what to do
(restore the backup, free space, update Pantau KUBE), never a traceback, and changes nothing.
Also `backup --out` (while another process holds the file) and `restore` (verified first)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from kube_metrics import cli, db
from kube_metrics.impor import Berkas, periksa, simpan
from tests.impor_bantu import FIXTURE_IMPOR, HARI_INI, impor_fixture, potret

ROOT = Path(__file__).resolve().parent.parent


def _sidik(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def db_isi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rusak") / "asal.duckdb"
    con = db.open_database(path)
    impor_fixture(con)
    con.close()
    return path


def _potong(asal: Path, tujuan: Path) -> Path:
    shutil.copy(asal, tujuan)
    os.truncate(tujuan, tujuan.stat().st_size // 2)
    return tujuan


def _rusak_blok(asal: Path, tujuan: Path) -> Path:
    shutil.copy(asal, tujuan)
    n = tujuan.stat().st_size
    with tujuan.open("r+b") as f:  # every 256 KB block after the 3 header blocks: a bad checksum
        for awal in range(3 * 4096, n, 256 * 1024):
            f.seek(awal + 512)
            f.write(b"\xa5" * 2048)
    return tujuan


@pytest.mark.parametrize("rusakkan", [_potong, _rusak_blok], ids=["terpotong", "blok_rusak"])
@pytest.mark.parametrize("perintah", [["export", "--out", "{tmp}/ekspor"], ["summary", "--group", "TGR-002"]])
def test_cli_basis_data_rusak(db_isi: Path, tmp_path: Path, capsys, rusakkan, perintah: list[str]) -> None:
    path = rusakkan(db_isi, tmp_path / "kube.duckdb")
    sebelum = _sidik(path)
    argv = [a.format(tmp=tmp_path) for a in perintah] + ["--db", str(path)]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert "rusak atau tidak dapat dibaca" in err and "kube_metrics restore" in err, err
    assert "Traceback" not in err
    assert _sidik(path) == sebelum


def test_skema_lebih_baru_tidak_dibuka_dan_tidak_diubah(db_isi: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "baru.duckdb"
    shutil.copy(db_isi, path)
    con = db.open_database(path)
    con.execute("INSERT INTO schema_version VALUES (9999, current_timestamp)")
    con.close()
    sebelum = _sidik(path)
    berkas = FIXTURE_IMPOR / "kelompok.csv"
    assert cli.main(["import", str(berkas), "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Pantau KUBE yang lebih baru (skema versi 9999" in err and "Perbarui Pantau KUBE" in err
    assert cli.main(["summary", "--group", "TGR-002", "--db", str(path)]) == 1
    assert _sidik(path) == sebelum


def test_halaman_basis_data_rusak_memberi_pesan(db_isi: Path, tmp_path: Path, monkeypatch) -> None:
    path = _rusak_blok(db_isi, tmp_path / "kube.duckdb")
    monkeypatch.setenv("KUBE_DB", str(path))
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        for halaman in ("pages/ringkasan.py", "pages/profil_kelompok.py", "pages/kelola_data.py"):
            at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90).run()
            if halaman != "pages/ringkasan.py":
                at.switch_page(halaman).run()
            assert not at.exception, (halaman, [e.value for e in at.exception])
            pesan = " ".join(str(e.value) for e in at.error)
            assert "rusak atau tidak dapat dibaca" in pesan and "restore" in pesan, (halaman, pesan)
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()


# --- full disk and read-only folder: a small tmpfs (needs root and mount; skipped otherwise) ---


@pytest.fixture
def tmpfs(tmp_path: Path):
    titik = tmp_path / "mnt"
    titik.mkdir()
    ukuran = 64 * 1024 * 1024  # room for the database copy; the test fills the rest itself
    pasang = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={ukuran}", "tmpfs", str(titik)],
                            capture_output=True, text=True)  # fmt: skip
    if pasang.returncode != 0:
        alasan = f"mount tmpfs butuh root (uid {os.geteuid()}): {pasang.stderr.strip()}"
        if os.environ.get("CI") == "true":  # CI runs as root: these cases must run there
            pytest.fail(f"CI=true: {alasan}")
        pytest.skip(alasan)
    try:
        yield titik
    finally:
        subprocess.run(["umount", "-l", str(titik)], capture_output=True)


def _batch_besar() -> list[Berkas]:
    """Enough notes to overflow a nearly full disk: 3000 meetings with 2000-character notes."""
    baris = "".join(
        f"TGR-002,Z{i:05d},2024-01-15,rutin,ya,ya,{'catatan panjang ' * 125}\n" for i in range(3000)
    )
    judul = "kode_kube,kode_pertemuan,tanggal,jenis,laporan_keuangan,hadir_pendamping,catatan\n"
    return [Berkas("pertemuan.csv", (judul + baris).encode())]


def _isi_disk(titik: Path, sisa: int) -> None:
    bebas = shutil.disk_usage(titik).free
    (titik / "pengisi").write_bytes(b"\0" * max(bebas - sisa, 0))


def test_disk_penuh_saat_impor(db_isi: Path, tmpfs: Path) -> None:
    path = tmpfs / "kube.duckdb"
    shutil.copy(db_isi, path)
    con = db.open_database(path)
    sebelum = potret(con)
    hasil = periksa(con, _batch_besar(), hari_ini=HARI_INI)
    assert hasil.bersih, hasil.galat[:3]
    _isi_disk(tmpfs, 64 * 1024)
    with pytest.raises(db.DiskPenuh) as info:
        simpan(con, hasil, sumber="cli")
    assert "Disk penuh" in str(info.value) and "tidak ada data yang berubah" in str(info.value)
    con.close()
    (tmpfs / "pengisi").unlink()
    con = db.open_database(path, read_only=True)
    try:
        assert potret(con) == sebelum
    finally:
        con.close()


def test_folder_hanya_baca_saat_impor(db_isi: Path, tmpfs: Path, capsys) -> None:
    """The folder (its file system) cannot be written: the import says so and changes nothing."""
    path = tmpfs / "kube.duckdb"
    shutil.copy(db_isi, path)
    sebelum = _sidik(path)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    try:
        assert cli.main(["import", str(FIXTURE_IMPOR / "kelompok.csv"), "--db", str(path)]) == 1
        err = capsys.readouterr().err
        assert "hanya bisa dibaca" in err and "tidak ada data yang berubah" in err, err
        assert "Traceback" not in err
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(tmpfs)], check=True)
    assert _sidik(path) == sebelum


# --- backup and restore ------------------------------------------------------------------

_PEMEGANG = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("UPDATE kelompok SET pendamping = 'Bu Cadangan' WHERE kode_kube = 'TGR-002'")
print("siap", flush=True)
time.sleep(120)
"""


def test_backup_selagi_dipakai_lalu_restore(db_isi: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "kube.duckdb"
    shutil.copy(db_isi, path)
    pemegang = subprocess.Popen(
        [sys.executable, "-c", _PEMEGANG, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert pemegang.stdout is not None and pemegang.stdout.readline().strip() == "siap"
        cadangan = tmp_path / "cadangan" / "kube_cadangan.duckdb"
        assert cli.main(["backup", "--out", str(cadangan), "--db", str(path)]) == 0
        keluar = capsys.readouterr().out
        assert "diperiksa utuh" in keluar and "restore" in keluar
        # restoring over a file that is in use is refused, and changes nothing
        sebelum = _sidik(path)
        assert cli.main(["restore", str(cadangan), "--db", str(path)]) == 1
        assert "sedang dipakai" in capsys.readouterr().err and _sidik(path) == sebelum
    finally:
        pemegang.kill()
        pemegang.wait()
    tujuan = tmp_path / "pulih" / "kube.duckdb"
    tujuan.parent.mkdir()
    shutil.copy(db_isi, tujuan)
    assert cli.main(["restore", str(cadangan), "--db", str(tujuan)]) == 0
    assert Path(f"{tujuan}.sebelum_restore").exists()
    con = db.open_database(tujuan, read_only=True)
    try:
        nama = con.execute("SELECT pendamping FROM kelompok WHERE kode_kube = 'TGR-002'").fetchone()
        assert nama == ("Bu Cadangan",)  # the committed change of the running process is in the copy
    finally:
        con.close()


def test_restore_menolak_cadangan_rusak(db_isi: Path, tmp_path: Path, capsys) -> None:
    cadangan = _potong(db_isi, tmp_path / "cadangan.duckdb")
    tujuan = tmp_path / "kube.duckdb"
    shutil.copy(db_isi, tujuan)
    sebelum = _sidik(tujuan)
    assert cli.main(["restore", str(cadangan), "--db", str(tujuan)]) == 1
    err = capsys.readouterr().err
    assert "rusak atau tidak utuh" in err and "Pakai cadangan lain" in err
    assert _sidik(tujuan) == sebelum and not Path(f"{tujuan}.sebelum_restore").exists()


# --- the folder becomes read-only DURING an import's commit ---------------------------------
# A tmpfs cannot be remounted read-only here: DuckDB holds the database file open for writing,
# and the kernel refuses `mount -o remount,ro` with "mount point is busy" while any file on it is.
# So the folder is locked the way that binds its user: chmod 555 for an ordinary user; for root
# (CI), who ignores permission bits, the immutable attribute (chattr +i), which binds root too.
# Either way the commit needs a new file in the folder (the write-ahead log) and is refused.


def _kunci_folder(folder: Path) -> None:
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return
    hasil = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
    if hasil.returncode != 0:
        alasan = f"chattr +i ditolak sebagai root ({hasil.stderr.strip()}): folder tidak bisa dikunci"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true: {alasan}")
        pytest.skip(alasan)


def _buka_folder(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    folder.chmod(0o755)


def _ekspor(path: Path, keluar: Path) -> dict[str, bytes]:
    assert cli.main(["export", "--out", str(keluar), "--db", str(path)]) == 0
    return {p.name: p.read_bytes() for p in sorted(keluar.iterdir())}


_PERTEMUAN_BARU = (
    b"kode_kube,kode_pertemuan,tanggal,jenis,laporan_keuangan,hadir_pendamping,catatan\n"
    b"TGR-002,Z00001,2024-01-15,rutin,ya,ya,rapat baru\n"
)


def test_folder_jadi_hanya_baca_saat_commit_impor(
    db_isi: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """The database is open and the import's rows are written; just before COMMIT its folder
    becomes read-only. The import says what happened and what to do, and the export is unchanged."""
    from kube_metrics.impor import tulis

    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "kube.duckdb"
    shutil.copy(db_isi, path)
    sebelum = _ekspor(path, tmp_path / "sebelum")
    capsys.readouterr()
    con = db.open_database(path)
    hasil = periksa(con, [Berkas("pertemuan.csv", _PERTEMUAN_BARU)], hari_ini=HARI_INI)
    assert hasil.bersih, hasil.galat[:3]
    assert not Path(f"{path}.wal").exists()  # the commit must create it, in the locked folder
    monkeypatch.setattr(tulis, "_sebelum_commit", lambda: _kunci_folder(folder))
    try:
        with pytest.raises(db.HanyaBaca) as info:
            simpan(con, hasil, sumber="cli")
    finally:
        con.close()
        _buka_folder(folder)
    _pesan_hanya_baca(str(info.value))
    assert _ekspor(path, tmp_path / "sesudah") == sebelum


def _pesan_hanya_baca(pesan: str) -> None:
    assert "hanya bisa dibaca" in pesan and "tidak ada data yang berubah" in pesan, pesan
    assert "Beri izin tulis" in pesan, pesan  # what to do: not "restore the backup"
    assert "restore" not in pesan and "Traceback" not in pesan, pesan


def test_cli_impor_folder_jadi_hanya_baca_saat_commit(
    db_isi: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """The same through `python -m kube_metrics import`: exit 1, the message on stderr."""
    from kube_metrics.impor import tulis

    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "kube.duckdb"
    shutil.copy(db_isi, path)
    sebelum = _ekspor(path, tmp_path / "sebelum")
    berkas = tmp_path / "pertemuan.csv"
    berkas.write_bytes(_PERTEMUAN_BARU)
    capsys.readouterr()
    monkeypatch.setattr(tulis, "_sebelum_commit", lambda: _kunci_folder(folder))
    try:
        assert cli.main(["import", str(berkas), "--db", str(path)]) == 1
    finally:
        _buka_folder(folder)
    _pesan_hanya_baca(capsys.readouterr().err)
    assert _ekspor(path, tmp_path / "sesudah") == sebelum


def test_halaman_folder_jadi_hanya_baca_saat_simpan(
    db_isi: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """Kelola Data: the app has had the database open since sign-in (its write-ahead log may be
    open too), so as root the folder AND its files are made immutable just before COMMIT. The page
    says what happened and what to do, no traceback; the data is unchanged by export, and the
    app's own connection still works afterwards."""
    from kube_metrics.impor import tulis
    from tests.test_kelola_data_page import KEU_APRIL, _jalankan

    if os.geteuid() != 0:  # an ordinary user keeps writing through files it already has open
        alasan = "butuh root: chattr +i pada berkas yang sedang terbuka"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true: {alasan}")
        pytest.skip(alasan)
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "kube.duckdb"
    shutil.copy(db_isi, path)
    sebelum = _ekspor(path, tmp_path / "sebelum")
    at = _jalankan(path, monkeypatch)
    at.file_uploader[0].set_value([("keuangan.csv", KEU_APRIL, "text/csv")]).run()
    kunci = [folder, *folder.iterdir()]

    def kunci_semua() -> None:
        for p in kunci:
            _kunci_folder(p)

    monkeypatch.setattr(tulis, "_sebelum_commit", kunci_semua)
    try:
        at.button(key="impor_simpan").click().run()
    finally:
        for p in kunci:
            if p.is_dir():
                _buka_folder(p)
            else:
                subprocess.run(["chattr", "-i", str(p)], capture_output=True)
    monkeypatch.setattr(tulis, "_sebelum_commit", lambda: None)
    assert not at.exception, [e.value for e in at.exception]
    pesan = " ".join(e.value for e in at.error)
    assert "hanya bisa dibaca" in pesan and "Beri izin tulis" in pesan, pesan
    assert "restore" not in pesan and not any("Impor berhasil" in s.value for s in at.success)
    at.run()  # the app's connection is usable again once the folder is writable
    assert not at.exception and not at.error, [e.value for e in at.error]
    st.cache_resource.clear()  # release the app's instance, then read the file
    capsys.readouterr()
    assert _ekspor(path, tmp_path / "sesudah") == sebelum
