"""The story as a PDF (fpdf2): a cover, then one section per slide with its charts as images.

The embedded font is DejaVu Sans (kube_metrics/assets/, licence beside it), so every Indonesian
and English character and the rupiah/en dash marks print correctly on any machine.
"""

from __future__ import annotations

import io
from importlib import resources

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from kube_metrics.i18n import teks
from kube_metrics.laporan import gambar
from kube_metrics.laporan.cerita import Cerita, Slide
from kube_metrics.laporan.gambar import Kemajuan

HURUF = "DejaVu"
LEBAR_ISI = 180  # mm, A4 with 15 mm margins
WARNA_JUDUL = (192, 57, 43)  # theme.FOKUS
WARNA_ABU = (90, 90, 90)


def _font(nama: str) -> str:
    return str(resources.files("kube_metrics") / "assets" / nama)


def _dokumen(cerita: Cerita) -> FPDF:
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_font(HURUF, "", _font("DejaVuSans.ttf"))
    pdf.add_font(HURUF, "B", _font("DejaVuSans-Bold.ttf"))
    pdf.set_title(cerita.sampul["judul"])
    pdf.set_lang(cerita.lang)
    pdf.set_creator("Pantau KUBE")
    return pdf


def _baris(
    pdf: FPDF, text: str, *, ukuran: float, tebal: bool = False, warna: tuple[int, int, int] = (0, 0, 0)
) -> None:
    pdf.set_font(HURUF, "B" if tebal else "", ukuran)
    pdf.set_text_color(*warna)
    pdf.multi_cell(0, ukuran * 0.55, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _sampul(pdf: FPDF, cerita: Cerita) -> None:
    pdf.add_page()
    pdf.ln(50)
    _baris(pdf, cerita.sampul["judul"], ukuran=28, tebal=True, warna=WARNA_JUDUL)
    pdf.ln(6)
    for kunci in ("lokasi", "periode", "saringan", "sumber", "dibuat"):
        _baris(pdf, cerita.sampul[kunci], ukuran=14, warna=(0, 0, 0) if kunci != "dibuat" else WARNA_ABU)
        pdf.ln(2)
    pdf.ln(10)
    _baris(pdf, teks("presentasi.privasi", cerita.lang), ukuran=10, warna=WARNA_ABU)


def _angka(pdf: FPDF, slide: Slide) -> None:
    for label, nilai in slide.angka:
        pdf.set_font(HURUF, "", 12)
        pdf.set_text_color(*WARNA_ABU)
        pdf.cell(80, 8, label)
        pdf.set_font(HURUF, "B", 12)
        pdf.set_text_color(0, 0, 0)
        pdf.cell(0, 8, nilai, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _gambar(pdf: FPDF, png: bytes | None, lang: str) -> None:
    if png is None:
        _baris(pdf, f"[{teks('umum.tidak_tersedia', lang)}]", ukuran=10, warna=WARNA_ABU)
        return
    from PIL import Image

    with Image.open(io.BytesIO(png)) as img:
        lebar, tinggi = img.size
    w: float = LEBAR_ISI
    h: float = w * tinggi / lebar
    sisa = pdf.h - pdf.b_margin - pdf.get_y()
    if h > sisa:
        if sisa < 80:  # too little room left: the chart starts a new page
            pdf.add_page()
            sisa = pdf.h - pdf.b_margin - pdf.get_y()
        h = min(h, sisa)
        w = h * lebar / tinggi
    pdf.image(io.BytesIO(png), x=pdf.l_margin + (LEBAR_ISI - w) / 2, w=w, h=h)
    pdf.ln(4)


def _slide(pdf: FPDF, slide: Slide, pngs: list[bytes | None], lang: str) -> None:
    pdf.add_page()
    _baris(pdf, slide.judul, ukuran=22, tebal=True, warna=WARNA_JUDUL)
    pdf.ln(4)
    for kalimat in slide.kalimat:
        _baris(pdf, kalimat, ukuran=13)
        pdf.ln(2)
    pdf.ln(3)
    _angka(pdf, slide)
    pdf.ln(4)
    for png in pngs:
        _gambar(pdf, png, lang)


def buat_pdf(cerita: Cerita, kemajuan: Kemajuan | None = None) -> bytes:
    """The whole report as PDF bytes; `kemajuan(fraction, step)` hears how far it has got."""
    figs = [f for s in cerita.slides for f in s.grafik]
    pngs = iter(gambar.png_semua(figs, kemajuan=kemajuan))
    pdf = _dokumen(cerita)
    _sampul(pdf, cerita)
    for slide in cerita.slides:
        _slide(pdf, slide, [next(pngs) for _ in slide.grafik], cerita.lang)
    gambar.lapor(kemajuan, 0.95, "berkas")
    return bytes(pdf.output())
