"""The "Data contoh (sintetis)" banner in its three states (issue 11), on the page and on the
WhatsApp card's band: demo data only (plain banner), demo rows mixed with imported ones ("mixed"),
and no demo row left (no banner, no band) — whether the demo rows were deleted or every one was
replaced by an import of the same key. Rows carry `contoh` (migration 0010)."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import duckdb
import pytest
from PIL import Image

from kube_metrics import db, ekspor
from kube_metrics.impor import Berkas, periksa, simpan
from kube_metrics.impor.kolom import JENIS, URUTAN
from kube_metrics.kartu import fakta_kartu
from kube_metrics.laporan.kartu import gambar_kartu, isi_kartu
from tests.impor_bantu import HARI_INI
from tests.test_app import _bersihkan_cache, _buka

DEMO = "semua kelompok, anggota dan angka di dasbor ini dibuat oleh generator data contoh"
CAMPURAN = "data contoh dari generator bercampur dengan data yang diimpor"
KEPALA_KELOMPOK = (
    "kode_kube;nama;kelurahan;kecamatan;kota;jenis_usaha;tanggal_bentuk;tanggal_bantuan;"
    "nilai_bantuan;pendamping;tanggal_mandiri;tanggal_bubar;provinsi"
)
BARU = "BARU-001;KUBE Nyata 1;Tegalrejo;Tegalrejo;Kota Yogyakarta;kuliner;2024-01-10;;;;;;"
KEUANGAN = (
    "kode_kube,bulan,omzet,biaya,modal,kas,tabungan,iks,buku_kas_terkini\n"
    "BARU-001,2025-11,2000000,1200000,5000000,300000,0,0,ya\n"
)
KUNING_PITA = (255, 243, 205)  # the band's fill (laporan/kartu.py LATAR_DEMO), not white


@pytest.fixture
def salinan(demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    monkeypatch.setenv("KUBE_DB", str(path))
    _bersihkan_cache()
    yield path
    _bersihkan_cache()


def _impor_kelompok_baru(path: Path, folder: Path) -> None:
    """A real group with one monthly report, through the importer (as Kelola Data and the CLI)."""
    (folder / "kelompok.csv").write_text(f"{KEPALA_KELOMPOK}\n{BARU}\n", encoding="utf-8")
    (folder / "keuangan.csv").write_text(KEUANGAN, encoding="utf-8")
    berkas = [Berkas(n, folder / n) for n in ("kelompok.csv", "keuangan.csv")]
    with _buka_db(path) as con:
        hasil = periksa(con, berkas, hari_ini=HARI_INI)
        assert hasil.galat == []
        simpan(con, hasil, sumber="cli")


def _buka_db(path: Path) -> closing[duckdb.DuckDBPyConnection]:
    return closing(db.open_database(path))


def _spanduk(lang: str = "id") -> list[str]:
    at = _buka("pages/ringkasan.py", {"lang": lang} if lang != "id" else None)
    assert not at.exception
    return [str(w.value) for w in at.warning if "sintetis" in str(w.value) or "synthetic" in str(w.value)]


def _kartu(path: Path, kode: str, lang: str = "id") -> tuple[str | None, tuple[int, int, int]]:
    """The card's band text and the colour at the top of the drawn PNG."""
    with _buka_db(path) as con:
        fakta = fakta_kartu(con, kode_kube=kode)
    assert fakta is not None
    gambar = Image.open(io.BytesIO(gambar_kartu(fakta, lang))).convert("RGB")
    return isi_kartu(fakta, lang)["demo"], gambar.getpixel((540, 5))


def test_tiga_keadaan_spanduk_dan_pita_kartu(salinan: Path, tmp_path: Path) -> None:
    # 1. demo data only: the plain banner, the card's band
    spanduk = _spanduk()
    assert len(spanduk) == 1 and DEMO in spanduk[0] and CAMPURAN not in spanduk[0]
    assert _kartu(salinan, "TGR-002") == ("Data contoh (sintetis)", KUNING_PITA)
    # 2. a real group imported beside the demo rows: "mixed", on the page and on the band
    _impor_kelompok_baru(salinan, tmp_path)
    _bersihkan_cache()
    spanduk = _spanduk()
    assert len(spanduk) == 1 and CAMPURAN in spanduk[0]
    assert _kartu(salinan, "BARU-001") == ("Data contoh (sintetis) + data impor", KUNING_PITA)
    assert _spanduk("en")[0].startswith(
        "**Sample data (synthetic)** — sample data from the generator is mixed"
    )
    assert _kartu(salinan, "TGR-002", "en")[0] == "Sample data (synthetic) + imported data"
    # 3. the demo groups deleted with all their rows; the next write finds no demo row left
    with _buka_db(salinan) as con:
        for tabel in JENIS:
            con.execute(f"DELETE FROM {tabel} WHERE contoh")
    _impor_kelompok_baru(salinan, tmp_path)  # the same rows again: a write, nothing new
    _bersihkan_cache()
    assert _spanduk() == [] and _spanduk("en") == []
    assert _kartu(salinan, "BARU-001") == (None, (255, 255, 255))
    with _buka_db(salinan) as con:
        info = dict(con.execute("SELECT kunci, nilai FROM info_basis_data").fetchall())
    assert info["sumber"] == "impor" and "campuran" not in info


def test_semua_baris_contoh_diganti_impor_spanduk_hilang(salinan: Path, tmp_path: Path) -> None:
    """Every demo row exported and imported back as the user's own file: each row is replaced by
    key, so none is demo any more. One kind left out: its rows are still demo, the banner stays."""
    with _buka_db(salinan) as con:
        frames = {j: ekspor.frame_ekspor(con, j) for j in URUTAN}
    for j, df in frames.items():
        df.to_csv(tmp_path / f"{j}.csv", index=False)
    sebagian = [Berkas(f"{j}.csv", tmp_path / f"{j}.csv") for j in URUTAN if j != "survei"]
    with _buka_db(salinan) as con:
        simpan(con, periksa(con, sebagian, hari_ini=HARI_INI), sumber="cli")
        assert con.execute("SELECT count(*) FROM survei WHERE contoh").fetchone() == (len(frames["survei"]),)
    assert CAMPURAN in _spanduk()[0]  # the survey answers are still the generator's
    with _buka_db(salinan) as con:
        survei = periksa(con, [Berkas("survei.csv", tmp_path / "survei.csv")], hari_ini=HARI_INI)
        simpan(con, survei, sumber="cli")
        assert sum(con.execute(f"SELECT count(*) FROM {j} WHERE contoh").fetchone()[0] for j in JENIS) == 0
    _bersihkan_cache()
    assert _spanduk() == []


def test_basis_data_contoh_lama_semua_baris_contoh(demo_db_path: Path, tmp_path: Path) -> None:
    """A demo database made before migration 0010: every row counts as demo, so the banner never
    goes too early; a database with imported data gets no demo row."""
    path = tmp_path / "lama.duckdb"
    shutil.copy(demo_db_path, path)
    with _buka_db(path) as con:
        for tabel in JENIS:
            con.execute(f"ALTER TABLE {tabel} DROP COLUMN contoh")
        con.execute("DELETE FROM schema_version WHERE versi = 10")
    with _buka_db(path) as con:  # opening migrates
        for tabel in JENIS:
            n, contoh = con.execute(
                f"SELECT count(*), count(*) FILTER (WHERE contoh) FROM {tabel}"
            ).fetchone()
            assert n == contoh and n > 0, tabel
