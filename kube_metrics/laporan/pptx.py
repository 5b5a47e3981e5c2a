"""The story as PowerPoint (python-pptx): a cover, then one slide per message.

Each slide carries its title, the key figures in large type and its chart as an image; the
narrative sentences go into the speaker notes, so the presenter reads them while the room sees
the figures; a message without a chart (warnings, next steps) also shows its sentences. A
message with two charts shows its figures in a row and the charts side by side.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.presentation import Presentation as Deck
from pptx.util import Emu, Inches, Pt

from kube_metrics.i18n import teks
from kube_metrics.laporan import gambar
from kube_metrics.laporan.cerita import Cerita, Slide
from kube_metrics.laporan.gambar import Kemajuan

LEBAR, TINGGI = Inches(13.333), Inches(7.5)  # 16:9
MERAH = RGBColor(0xC0, 0x39, 0x2B)  # theme.FOKUS
ABU = RGBColor(0x5A, 0x5A, 0x5A)
KOSONG = 6  # the "Blank" layout of the default template


def _kotak(slide, kiri, atas, lebar, tinggi, baris: Sequence[tuple[str, int, bool, RGBColor | None]]) -> None:
    """A text box with one paragraph per (text, size, bold, colour)."""
    tf = slide.shapes.add_textbox(kiri, atas, lebar, tinggi).text_frame
    tf.word_wrap = True
    for i, (isi, ukuran, tebal, warna) in enumerate(baris):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = isi
        p.font.size = Pt(ukuran)
        p.font.bold = tebal
        if warna is not None:
            p.font.color.rgb = warna
        p.space_after = Pt(ukuran * 0.4)


def _catatan(slide, kalimat: list[str]) -> None:
    slide.notes_slide.notes_text_frame.text = "\n".join(kalimat)


def _sampul(deck: Deck, cerita: Cerita) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[KOSONG])
    s = cerita.sampul
    baris = [(s["judul"], 44, True, MERAH), (s["lokasi"], 24, False, None), (s["periode"], 24, False, None)]
    baris += [(s["saringan"], 18, False, ABU), (s["sumber"], 18, False, ABU), (s["dibuat"], 18, False, ABU)]
    _kotak(slide, Inches(0.8), Inches(1.5), Inches(11.7), Inches(4.5), baris)
    _kotak(
        slide,
        Inches(0.8),
        Inches(6.3),
        Inches(11.7),
        Inches(0.9),
        [(teks("presentasi.privasi", cerita.lang), 12, False, ABU)],
    )
    _catatan(slide, [s["judul"], s["lokasi"], s["periode"]])


def _judul(slide, judul: str) -> None:
    _kotak(slide, Inches(0.6), Inches(0.3), Inches(12.1), Inches(1.0), [(judul, 36, True, MERAH)])


def _baris_angka(isi: Slide) -> list[tuple[str, int, bool, RGBColor | None]]:
    baris: list[tuple[str, int, bool, RGBColor | None]] = []
    for label, nilai in isi.angka:
        baris += [(label, 16, False, ABU), (nilai, 28, True, None)]
    return baris


def _tanpa_grafik(slide, isi: Slide) -> None:
    """Figures on the left and the sentences on the right (warnings, next steps read on screen)."""
    kalimat = [(k, 22, False, None) for k in isi.kalimat]
    if not isi.angka:
        _kotak(slide, Inches(0.6), Inches(1.4), Inches(12.1), Inches(5.8), kalimat)
        return
    _kotak(slide, Inches(0.6), Inches(1.4), Inches(3.8), Inches(5.8), _baris_angka(isi))
    _kotak(slide, Inches(4.6), Inches(1.4), Inches(8.1), Inches(5.8), kalimat)


def _angka_sebaris(slide, isi: Slide) -> None:
    """The figures side by side under the title (slides with two charts)."""
    lebar = Emu(int(Inches(12.1) / max(1, len(isi.angka))))
    for i, (label, nilai) in enumerate(isi.angka):
        baris = [(label, 16, False, ABU), (nilai, 28, True, None)]
        _kotak(slide, Emu(Inches(0.6) + i * lebar), Inches(1.3), lebar, Inches(1.2), baris)


def _gambar(slide, png: bytes | None, kiri, atas, lebar_maks, tinggi_maks, lang: str) -> None:
    """One chart fitted inside the box (kiri, atas, lebar_maks, tinggi_maks), keeping its ratio."""
    if png is None:
        _kotak(
            slide, kiri, atas, lebar_maks, Inches(1), [(teks("umum.tidak_tersedia", lang), 18, False, ABU)]
        )
        return
    from PIL import Image

    with Image.open(io.BytesIO(png)) as img:
        rasio = img.size[1] / img.size[0]
    lebar = min(lebar_maks, Emu(int(tinggi_maks / rasio)))
    slide.shapes.add_picture(io.BytesIO(png), kiri, atas, width=lebar, height=Emu(int(lebar * rasio)))


def _slide(deck: Deck, isi: Slide, pngs: list[bytes | None], lang: str) -> None:
    """One slide per message: its figures, its chart(s) as images, the narrative in the notes."""
    slide = deck.slides.add_slide(deck.slide_layouts[KOSONG])
    _judul(slide, isi.judul)
    _catatan(slide, isi.kalimat)
    if not pngs:
        _tanpa_grafik(slide, isi)
    elif len(pngs) == 1:  # figures on the left, the chart on the right
        _kotak(slide, Inches(0.6), Inches(1.4), Inches(4.2), Inches(5.8), _baris_angka(isi))
        kiri = Inches(5.0)
        _gambar(slide, pngs[0], kiri, Inches(1.4), LEBAR - kiri - Inches(0.4), TINGGI - Inches(1.6), lang)
    else:  # figures in a row, the charts side by side below
        _angka_sebaris(slide, isi)
        lebar = Emu(int(Inches(12.1) / len(pngs)))
        for i, png in enumerate(pngs):
            _gambar(slide, png, Emu(Inches(0.6) + i * lebar), Inches(2.7), lebar, Inches(4.6), lang)


def _properti(deck: Deck, cerita: Cerita) -> None:
    """The file's own properties: python-pptx's template says author 'Steve Canny' otherwise."""
    sifat = deck.core_properties
    sifat.title = cerita.sampul["judul"]
    sifat.language = cerita.lang
    sifat.author = sifat.last_modified_by = "Pantau KUBE"
    sifat.subject = cerita.sampul["periode"]
    sifat.keywords = "KUBE"
    sifat.comments = teks("presentasi.privasi", cerita.lang)
    sifat.revision = 1
    sifat.created = sifat.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def buat_pptx(cerita: Cerita, kemajuan: Kemajuan | None = None) -> bytes:
    """The whole presentation as .pptx bytes; `kemajuan(fraction, step)` hears how far it has got."""
    figs = [f for s in cerita.slides for f in s.grafik]
    pngs = iter(gambar.png_semua(figs, kemajuan=kemajuan))
    deck = Presentation()
    deck.slide_width, deck.slide_height = LEBAR, TINGGI
    _properti(deck, cerita)
    _sampul(deck, cerita)
    for isi in cerita.slides:
        _slide(deck, isi, [next(pngs) for _ in isi.grafik], cerita.lang)
    gambar.lapor(kemajuan, 0.95, "berkas")
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()
