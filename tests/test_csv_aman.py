"""Every CSV we write is formula-safe (OWASP: a leading quote before = + - @ tab CR), numbers stay
numbers, and the importer reads a neutralised cell back so export -> import -> export is identical."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pandas as pd
import pytest

from kube_metrics import csv_aman, db, ekspor
from kube_metrics.commands import ekspor as cmd_ekspor
from kube_metrics.commands import impor
from kube_metrics.impor import Berkas, periksa, simpan
from tests.impor_bantu import HARI_INI, args_impor, impor_fixture, potret

AKAR = Path(__file__).parent.parent


@pytest.mark.parametrize(
    ("asli", "ditulis"),
    [
        ("=1+2", "'=1+2"),
        ("+62 812", "'+62 812"),
        ("-Pelanggan turun", "'-Pelanggan turun"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+2", "'\t=1+2"),
        ("\r=1+2", "'\r=1+2"),
        ("'=x", "''=x"),  # already quoted: one more quote, so reading back is exact
        ("'biasa", "'biasa"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_sel_teks_dinetralkan_dan_dibaca_kembali(asli: str, ditulis: str) -> None:
    assert csv_aman.netral_sel(asli) == ditulis
    assert csv_aman.pulihkan_sel(ditulis) == asli


def test_kolom_angka_tidak_disentuh() -> None:
    df = pd.DataFrame({"nama": ["-x", "=y"], "laba": [-500, 3], "teks_angka": ["-500", "7"]})
    teks = csv_aman.teks(df, angka=["teks_angka"])
    assert teks == "nama,laba,teks_angka\n'-x,-500,-500\n'=y,3,7\n"
    assert csv_aman.baca_teks(teks.encode("utf-8-sig"))["nama"].tolist() == ["-x", "=y"]


def test_bom_untuk_unduhan() -> None:
    assert csv_aman.isi(pd.DataFrame({"a": ["=1"]}), bom=True) == "\ufeffa\n'=1\n".encode()


def test_ekspor_cli_menetralkan(tmp_path: Path, empty_db) -> None:
    impor_fixture(empty_db)
    empty_db.close()
    out = tmp_path / "out"
    assert cmd_ekspor.run(argparse.Namespace(db=str(tmp_path / "test.duckdb"), out=str(out), xlsx=False)) == 0
    pertemuan = (out / "pertemuan.csv").read_text()
    assert "TGR-002,P02,2024-02-17,musyawarah,tidak,tidak,'=1+1 bukan rumus" in pertemuan
    assert "'-Pelanggan turun saat hujan" in (out / "hambatan.csv").read_text()
    assert "'@kelurahan hadir" in (out / "kunjungan.csv").read_text()
    for path in out.glob("*.csv"):
        for sel in re.split(r"[,\n]", path.read_text()):
            assert not sel.startswith(("=", "+", "@", "\t", "\r")), (path.name, sel)


def _batch_bermusuhan() -> list[Berkas]:
    teks = (
        "kode_kube,kode_pertemuan,tanggal,jenis,laporan_keuangan,hadir_pendamping,catatan\n"
        'TGR-002,P90,2024-03-01,rutin,ya,ya,"\t=1+2"\n'
        "TGR-002,P91,2024-03-02,rutin,ya,ya,'=sudah dikutip\n"
        "TGR-002,P92,2024-03-03,rutin,ya,ya,-5\n"
        'TGR-002,P93,2024-03-04,rutin,ya,ya,"@HYPERLINK(""http://x"")"\n'
    )
    return [Berkas("pertemuan.csv", teks.encode())]


def test_tab_di_depan_rumus_tidak_dipangkas_dan_bolak_balik_sama(tmp_path: Path, empty_db) -> None:
    impor_fixture(empty_db)
    hasil = periksa(empty_db, _batch_bermusuhan(), hari_ini=HARI_INI)
    assert hasil.galat == []
    simpan(empty_db, hasil, sumber="cli")
    catatan = dict(empty_db.execute("SELECT kode_pertemuan, catatan FROM pertemuan").fetchall())
    # A quote before a formula character is our own neutralisation: taken off on import.
    assert catatan["P90"] == "\t=1+2"
    assert catatan["P91"] == "=sudah dikutip"
    assert catatan["P92"] == "-5"
    satu = tmp_path / "satu"
    ekspor.tulis_csv(empty_db, satu)
    assert "'\t=1+2" in (satu / "pertemuan.csv").read_text()
    sebelum = potret(empty_db)
    empty_db.close()
    assert impor.run(args_impor(tmp_path / "dua.duckdb", *sorted(satu.glob("*.csv")))) == 0
    con = db.open_database(tmp_path / "dua.duckdb", read_only=True)
    try:
        assert potret(con) == sebelum
        dua = tmp_path / "dua"
        ekspor.tulis_csv(con, dua)
    finally:
        con.close()
    for path in satu.glob("*.csv"):
        assert path.read_bytes() == (dua / path.name).read_bytes()


def test_satu_penulis_csv() -> None:
    """No CSV is written past csv_aman: no .to_csv( or csv.writer anywhere else in the app."""
    liar = []
    for folder in ("kube_metrics", "ui", "pages"):
        for path in (AKAR / folder).rglob("*.py"):
            if path.name == "csv_aman.py":
                continue
            teks = path.read_text(encoding="utf-8")
            if ".to_csv(" in teks or "csv.writer" in teks or "csv.DictWriter" in teks:
                liar.append(str(path.relative_to(AKAR)))
    assert liar == []


def test_kolom_tanggal_kosong() -> None:
    # An empty table with a date column (e.g. no visit in the period on Profil Kelompok).
    df = pd.DataFrame({"tanggal": pd.Series([], dtype="datetime64[us]"), "catatan": pd.Series([], dtype=str)})
    assert csv_aman.teks(df) == "tanggal,catatan\n"


def test_tanggal_dan_boolean_tidak_disentuh() -> None:
    df = pd.DataFrame({"bulan": pd.to_datetime(["2024-01-01", None]), "ok": [True, False], "x": ["+1", None]})
    assert csv_aman.teks(df) == "bulan,ok,x\n2024-01-01,True,'+1\n,False,\n"
