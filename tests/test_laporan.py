"""PDF and PowerPoint reports: made for several groups in both languages; their extracted text holds
the narrative's figures and none of the member names or other groups' names in the database."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import os
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image
from pptx import Presentation
from pypdf import PdfReader
from test_narasi import DARI, SAMPAI, bangun_kota_uji, nama_terlarang

from kube_metrics import db
from kube_metrics.commands import report
from kube_metrics.laporan import gambar
from kube_metrics.laporan.cerita import susun_cerita
from kube_metrics.laporan.pdf import buat_pdf
from kube_metrics.laporan.pptx import buat_pptx
from tests.bantu_grafik import teks_grafik

HARI_INI = dt.date(2026, 11, 27)
# TGR-002 (the study group) and two groups of other kecamatan in the demo data
KELOMPOK_DEMO = ["TGR-002", "DNR-001", "GDK-002"]


def _png_kecil(*_args, **_kw) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (150, 80), "white").save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def tanpa_kaleido(monkeypatch):
    """Stand-in chart images: the text tests need no browser (one test below uses the real one)."""
    monkeypatch.setattr(gambar, "png_semua", lambda figs, **kw: [_png_kecil() for _ in figs])


def _rata(teks: str) -> str:
    return " ".join(teks.split())


def teks_pdf(data: bytes) -> str:
    return _rata("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def teks_pptx(data: bytes) -> str:
    deck = Presentation(io.BytesIO(data))
    bagian = []
    for slide in deck.slides:
        bagian += [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        bagian.append(slide.notes_slide.notes_text_frame.text)
    return _rata("\n".join(bagian))


def _periksa(teks: str, cerita, terlarang: list[str]) -> None:
    for slide in cerita.slides:
        for kalimat in slide.kalimat:
            assert _rata(kalimat) in teks, kalimat
        for _label, nilai in slide.angka:
            assert _rata(nilai) in teks
    assert cerita.sampul["judul"] in teks
    bocor = [n for n in terlarang if n.casefold() in teks.casefold()]
    assert bocor == []


@pytest.fixture(scope="module")
def demo(demo_db_path):
    con = db.open_database(demo_db_path, read_only=True)  # the CLI test opens it the same way
    yield con
    con.close()


@pytest.mark.parametrize("kode", KELOMPOK_DEMO)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_pdf_dan_pptx_kelompok_demo(demo, kode, lang, tanpa_kaleido):
    cerita = susun_cerita(demo, kode_kube=kode, lang=lang, hari_ini=HARI_INI)
    terlarang = nama_terlarang(demo, kode)
    assert len(terlarang) > 100  # every distinct member name and every other group of the demo data
    pdf, pptx = buat_pdf(cerita), buat_pptx(cerita)
    _periksa(teks_pdf(pdf), cerita, terlarang)
    _periksa(teks_pptx(pptx), cerita, terlarang)
    sumber = "Data contoh (sintetis)" if lang == "id" else "Sample data (synthetic)"
    assert sumber in teks_pdf(pdf) and sumber in teks_pptx(pptx)
    deck = Presentation(io.BytesIO(pptx))
    assert len(deck.slides) == 1 + len(cerita.slides)  # cover + one per message
    # our own file properties, not python-pptx's template author "Steve Canny" (issue 11)
    sifat = deck.core_properties
    assert sifat.author == sifat.last_modified_by == "Pantau KUBE"
    assert sifat.title == cerita.sampul["judul"] and sifat.language == lang
    assert "Canny" not in f"{sifat.author} {sifat.last_modified_by} {sifat.comments}"


def test_pdf_kota_uji_angka_dihitung_tangan(empty_db, tanpa_kaleido):
    con = bangun_kota_uji(empty_db)
    cerita = susun_cerita(con, kode_kube="FOK-1", dari=DARI, sampai=SAMPAI, lang="id", hari_ini=HARI_INI)
    teks = teks_pdf(buat_pdf(cerita))
    for kalimat in (
        "Omzet kelompok Rp5.500.000 dengan biaya Rp4.500.000, sehingga laba Rp1.000.000.",
        "Kehadiran rapat turun dari 100% menjadi 50% sejak Maret 2024; peringkat 2 dari 4 di Kota Uji.",
        "Tercatat 3 hambatan baru; 2 hambatan masih terbuka di akhir periode.",
    ):
        assert kalimat in teks
    for sampul in (
        "Periode: Januari 2024 – April 2024",
        "Sumber data: Data impor pengguna",
        "Dibuat 27 November 2026",
    ):
        assert sampul in teks
    assert "Saringan: pembanding sekota" in teks
    _periksa(teks, cerita, nama_terlarang(con, "FOK-1"))
    teks_en = teks_pptx(buat_pptx(susun_cerita(con, kode_kube="FOK-1", dari=DARI, sampai=SAMPAI, lang="en")))
    assert (
        "The group's revenue was IDR 5,500,000 with costs of IDR 4,500,000, a profit of IDR 1,000,000."
        in teks_en
    )
    assert "Siti Rahayu" not in teks_en and "KUBE Mawar" not in teks_en


def _butuh_chromium() -> None:
    if Path(gambar.CHROMIUM).exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true tetapi /usr/bin/chromium tidak ada")
    pytest.skip("/usr/bin/chromium tidak ada")


def _rekam_png(monkeypatch) -> list[tuple[list, list]]:
    """Let gambar.png_semua render for real, once per set of figures, and keep (figures, PNGs):
    the PDF and the PPTX draw the same charts, so one Chromium run serves both."""
    asli, rekaman = gambar.png_semua, []

    def rekam(figs, **kw):
        kunci = [f.to_json() for f in figs]
        for lama, pngs in rekaman:
            if [f.to_json() for f in lama] == kunci:
                return pngs
        pngs = asli(figs, **kw)
        rekaman.append((list(figs), pngs))
        return pngs

    monkeypatch.setattr(gambar, "png_semua", rekam)
    return rekaman


def _gambar_berisi(data: bytes) -> bool:
    """A chart image, not a blank one: more than one colour, most of it not the background."""
    with Image.open(io.BytesIO(data)) as img:
        warna = img.convert("RGB").getcolors(maxcolors=1 << 20)
    return warna is not None and len(warna) > 50


def test_grafik_asli_lewat_kaleido(demo, monkeypatch):
    """The real charts: Kaleido with the system Chromium renders one PNG per chart into the PDF and
    the PPTX; the text drawn in each chart (its figure spec) and the files' own text are scanned
    for other groups' names and codes and for member names."""
    _butuh_chromium()
    rekaman = _rekam_png(monkeypatch)
    cerita = susun_cerita(demo, kode_kube="TGR-002", dari=dt.date(2025, 1, 1), sampai=dt.date(2025, 12, 1))
    langkah: list[tuple[float, str]] = []
    pdf = buat_pdf(cerita, lambda bagian, nama: langkah.append((bagian, nama)))
    pptx = buat_pptx(cerita)
    assert len(rekaman) == 1  # the PDF and the PPTX drew the same figures
    figs, pngs = rekaman[0]
    assert len(pngs) == len(figs) == 5
    assert [id(f) for f in figs] == [id(f) for s in cerita.slides for f in s.grafik]
    for png in pngs:
        assert png is not None and _gambar_berisi(png)
        with Image.open(io.BytesIO(png)) as img:
            assert img.size[0] == gambar.LEBAR * gambar.SKALA
    reader = PdfReader(io.BytesIO(pdf))
    assert sum(len(page.images) for page in reader.pages) == len(figs)
    assert all(_gambar_berisi(gb.data) for page in reader.pages for gb in page.images)
    assert [n for _, n in langkah] == ["grafik", "grafik_selesai", "berkas"]  # the page's progress bar
    with zipfile.ZipFile(io.BytesIO(pptx)) as z:
        media = {hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist() if n.startswith("ppt/media/")}
        xml = "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    assert media == {hashlib.sha256(p).hexdigest() for p in pngs}  # the very images rendered above
    # the peer chart is readable: 5 groups and the median, not 37 bars, in the slides' type size
    peringkat = cerita.slides[2].grafik[1]
    assert len(peringkat.data[0].y) == 6 and peringkat.layout.yaxis.tickfont.size >= 20
    teks_peringkat = teks_grafik(peringkat)
    assert "KUBE Sejahtera 2" in teks_peringkat and "KUBE A" in teks_peringkat
    terlarang = nama_terlarang(demo, "TGR-002")
    for nama, teks in [("pdf", teks_pdf(pdf)), ("pptx", xml)] + [
        (f"grafik {i}", teks_grafik(f)) for i, f in enumerate(figs)
    ]:
        assert [n for n in terlarang if n.casefold() in teks.casefold()] == [], nama


def _args(db: Path, *extra: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    report.add_arguments(parser)
    return parser.parse_args(["--db", str(db), *extra])


def test_perintah_report(demo_db_path, tmp_path, tanpa_kaleido, capsys):
    keluar = tmp_path / "laporan" / "tgr.pdf"
    args = _args(
        demo_db_path,
        "--group",
        "KUBE Sejahtera 2",
        "--from",
        "2024-01",
        "--to",
        "2024-12",
        "--format",
        "pdf",
        "--out",
        str(keluar),
    )
    assert report.run(args) == 0
    teks = teks_pdf(keluar.read_bytes())
    assert "Periode: Januari 2024 – Desember 2024" in teks
    args = _args(
        demo_db_path,
        "--group",
        "TGR-002",
        "--format",
        "pptx",
        "--out",
        str(tmp_path / "t.pptx"),
        "--lang",
        "en",
    )
    assert report.run(args) == 0
    assert "The story of KUBE Sejahtera 2" in teks_pptx((tmp_path / "t.pptx").read_bytes())
    args = _args(demo_db_path, "--group", "TIDAK-ADA", "--format", "pdf", "--out", str(tmp_path / "x.pdf"))
    assert report.run(args) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    args = _args(
        demo_db_path,
        "--group",
        "TGR-002",
        "--from",
        "2025-01",
        "--to",
        "2024-01",
        "--format",
        "pdf",
        "--out",
        "y.pdf",
    )
    assert report.run(args) == 2


def test_perintah_report_format_salah(demo_db_path):
    with pytest.raises(SystemExit) as exc:
        _args(demo_db_path, "--group", "TGR-002", "--format", "docx", "--out", "a.docx")
    assert exc.value.code == 2


def test_grafik_mengikuti_bahasa(empty_db):
    """Chart titles, axis labels, legend entries, month ticks and hover text from the catalogue."""
    con = bangun_kota_uji(empty_db)
    figs = {}
    for lang in ("id", "en"):
        cerita = susun_cerita(con, kode_kube="FOK-1", dari=DARI, sampai=SAMPAI, lang=lang)
        figs[lang] = [f for s in cerita.slides for f in s.grafik]
    uang_id, uang_en = figs["id"][0], figs["en"][0]
    assert uang_id.layout.title.text == "Omzet dan laba per bulan"
    assert uang_en.layout.title.text == "Revenue and profit per month"
    assert uang_en.layout.xaxis.title.text == "Month" and uang_id.layout.xaxis.title.text == "Bulan"
    assert [t.name for t in uang_en.data] == ["Revenue", "Profit", "Month without a report"]
    # reports Jan-Mar 2024, April has none: one tick a month, April marked as without a report
    assert list(uang_id.layout.xaxis.ticktext) == ["Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024"]
    tanpa = [t for t in uang_id.data if t.name == "Bulan tanpa laporan"]
    assert [str(x)[:10] for x in tanpa[0].x] == ["2024-04-01"]
    assert uang_en.data[0].customdata[0] == "January 2024: IDR 2,000,000"
    assert uang_id.data[0].customdata[0] == "Januari 2024: Rp2.000.000"
    assert uang_id.layout.separators == ",." and uang_en.layout.separators == ".,"
    peringkat_en = figs["en"][2]
    # the ranking cut to the focal group, its neighbours and the peers' median (issue 11):
    # median of KUBE A 90 % and KUBE B 2/3 = 78.3 %, sorted into place
    labels = ["1. KUBE A", "Median of other groups", "2. KUBE Fokus", "3. KUBE B"]
    assert list(peringkat_en.data[0].y) == labels
    assert list(peringkat_en.data[0].text) == ["90%", "78%", "75%", "67%"]
    assert peringkat_en.layout.xaxis.title.text == "Attendance (3 of 3 groups)"
    assert figs["en"][3].layout.title.text == "Obstacles by category group"
    assert list(figs["en"][3].data[0].x) == [
        "Business",
        "Organisation",
        "Social capital",
        "Support",
        "External",
    ]
    assert list(figs["en"][3].data[0].y) == [1, 0, 2, 0, 0]  # new: pemasaran; kepercayaan + konflik


def test_peringkat_ringkas_fokus_tetangga_median():
    """37 groups, the focal group 31st: ranks 29-33 and the peers' median, hand-checked."""
    from kube_metrics.laporan.peringkat import ringkas_peringkat

    rate = [1 - i / 100 for i in range(37)]  # 1.00, 0.99, ..., 0.64
    df = pd.DataFrame({"label": [f"G{i + 1}" for i in range(37)], "tingkat_kehadiran": rate})
    df["fokus"] = df["label"] == "G31"
    cut = ringkas_peringkat(df)
    baris = cut[~cut["median"]]
    assert baris["peringkat"].tolist() == [29, 30, 31, 32, 33]
    # the 36 peers (G31 = 0.70 excluded): median of 1.00..0.64 without 0.70 = (0.83 + 0.82) / 2
    median = cut.loc[cut["median"], "tingkat_kehadiran"].iloc[0]
    assert median == pytest.approx(0.825)
    assert cut["median"].tolist()[0] is True  # 0.825 is above 0.72 (rank 29): the median tops it
    assert set(cut["jumlah"]) == {37}
    # at the top the window moves inward: ranks 1-5
    df["fokus"] = df["label"] == "G1"
    assert ringkas_peringkat(df).loc[lambda d: ~d["median"], "peringkat"].tolist() == [1, 2, 3, 4, 5]


def test_pembacaan_dibaca_sekali(demo, monkeypatch):
    """The story's reading of the group is the one summary() holds (issue 10: each reading is
    ~1 s CPU at 100 000 groups): read once, and equal to a reading of its own."""
    from kube_metrics import pembacaan, summary
    from kube_metrics.laporan.cerita import kumpulkan_fakta

    dibaca = []
    asli = pembacaan.ringkasan_pembacaan
    monkeypatch.setattr(summary, "ringkasan_pembacaan", lambda *a, **k: dibaca.append(k) or asli(*a, **k))
    kode = KELOMPOK_DEMO[0]
    fakta, _ = kumpulkan_fakta(demo, kode_kube=kode)
    assert len(dibaca) == 1
    sendiri = asli(demo, kode_kube=kode, dari=fakta["dari"], sampai=fakta["sampai"])
    assert fakta["pembacaan"] == sendiri
