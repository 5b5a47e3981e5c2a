"""The WhatsApp summary card as a 1080x1350 PNG (Pillow), readable on a phone at a glance.

`isi_kartu(fakta, lang)` turns kube_metrics.kartu.fakta_kartu's figures into the card's texts
(tests read these); `gambar_kartu(fakta, lang)` draws them. Layout, top to bottom: the demo
band ("Data contoh (sintetis)") on demo data, the group's name and place, the month, four
tiles (attendance, omzet, laba, modal: this month, the change from the month before in words,
the rank among peers), the active warnings one line each with a severity word beside the
colour, one sentence of the story, and a footer with the privacy rule and the date made.
The font is the embedded DejaVu Sans (kube_metrics/assets), so every machine draws the same.
"""

from __future__ import annotations

import datetime as dt
import io
from importlib import resources
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from kube_metrics import narasi
from kube_metrics.i18n import bulan, persen, rupiah, tanggal, teks
from kube_metrics.kartu import Angka, bulan_sebelum, kode_peringatan
from kube_metrics.peringatan import KODE

LEBAR, TINGGI = 1080, 1350
TEPI = 60
MERAH, KUNING, HIJAU, ABU, HITAM = "#c0392b", "#e0a800", "#2e8b57", "#5a5a5a", "#262730"
LATAR_DEMO = "#fff3cd"
PERINGATAN_MAKS = 3  # more do not fit; the card then says how many more


def _font(tebal: bool, ukuran: int) -> ImageFont.FreeTypeFont:
    nama = "DejaVuSans-Bold.ttf" if tebal else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resources.files("kube_metrics") / "assets" / nama), ukuran)


# --- texts ----------------------------------------------------------------------------------


def _nilai(a: Angka, nilai: float | None, lang: str) -> str:
    if a.tersembunyi:
        return teks("kartu.disembunyikan", lang)
    if nilai is None:
        return teks("kartu.belum_ada_data", lang)
    return persen(nilai, lang) if a.jenis == "persen" else rupiah(round(nilai), lang)


def _perubahan(a: Angka, lang: str, lalu: str) -> str:
    """'naik 6 poin dari November 2025' / 'turun Rp1.051.000 …' / 'sama …'; without this
    month's figure, last month's ('Juni 2025: Rp17.060.000'); without last month's, says so."""
    if a.nilai is None:
        return "" if a.lalu is None else f"{lalu}: {_nilai(a, a.lalu, lang)}"
    if a.lalu is None:
        return teks("kartu.lalu_kosong", lang, bulan=lalu)
    beda = a.nilai - a.lalu
    if a.jenis == "persen":
        poin = round(abs(beda) * 100)
        besar = teks("kartu.poin_satu" if poin == 1 else "kartu.poin", lang, n=poin)
        nol = poin == 0
    else:
        besar, nol = rupiah(round(abs(beda)), lang), round(beda) == 0
    if nol:
        return teks("kartu.sama", lang, bulan=lalu)
    return teks("kartu.naik" if beda > 0 else "kartu.turun", lang, besar=besar, bulan=lalu)


def _peringkat(a: Angka, sebaya: str, lang: str) -> str:
    if a.nilai is None:
        return ""
    if a.peringkat is None:
        return teks("kartu.tanpa_peringkat", lang)
    kunci = "kartu.peringkat_modal" if a.kunci == "modal" else "kartu.peringkat"
    return teks(kunci, lang, p=a.peringkat, n=a.dari, sebaya=teks(f"sebaya.{sebaya}", lang))


def _baris_peringatan(kode: list[str], lang: str) -> list[tuple[str, str]]:
    """(colour, 'Serius: Dimandirikan sebelum siap'): the word says what the colour says."""
    baris = []
    for k in kode[:PERINGATAN_MAKS]:
        tingkat = KODE[k][0] if k in KODE else "sedang"
        warna = MERAH if tingkat == "tinggi" else KUNING
        baris.append(
            (warna, f"{teks(f'kartu.tingkat_{tingkat}', lang)}: {teks(f'judul_peringatan.{k}', lang)}")
        )
    if len(kode) > PERINGATAN_MAKS:
        baris.append((ABU, teks("kartu.peringatan_lagi", lang, n=len(kode) - PERINGATAN_MAKS)))
    return baris or [(HIJAU, teks("kartu.tanpa_peringatan", lang))]


def isi_kartu(fakta: dict[str, Any], lang: str, hari_ini: dt.date | None = None) -> dict[str, Any]:
    """Every text of the card, in `lang`."""
    k, bln = fakta["kelompok"], fakta["bulan"]
    lalu = bulan(bulan_sebelum(bln), lang)
    ubin = [
        {
            "label": teks(f"kartu.{a.kunci}", lang),
            "nilai": _nilai(a, a.nilai, lang),
            "perubahan": _perubahan(a, lang, lalu),
            "peringkat": _peringkat(a, fakta["sebaya"], lang),
        }
        for a in fakta["angka"]
    ]
    return {
        "demo": _pita_demo(fakta, lang),
        "judul": k["nama"],
        "tempat": teks(
            "kartu.tempat", lang, kelurahan=k["kelurahan"], kecamatan=k["kecamatan"], kota=k["kota"]
        ),
        "bulan": teks("kartu.bulan", lang, bulan=bulan(bln, lang)),
        "ubin": ubin,
        "peringatan_judul": teks("kartu.peringatan_judul", lang),
        "peringatan": _baris_peringatan(kode_peringatan(fakta), lang),
        "kalimat": narasi.langkah_berikutnya(fakta["cerita"], lang)[0],
        "kaki": teks("kartu.kaki", lang, tanggal=tanggal(hari_ini or dt.date.today(), lang)),
    }


def _pita_demo(fakta: dict[str, Any], lang: str) -> str | None:
    """The band's text: demo data, demo data mixed with imported data, or no band at all."""
    if not fakta["demo"]:
        return None
    return teks("kartu.data_campuran" if fakta.get("campuran") else "umum.data_contoh", lang)


def teks_kartu(isi: dict[str, Any]) -> str:
    """Every word on the card, one line each (for the tests and the page's alt text)."""
    bagian = [isi["demo"] or "", isi["judul"], isi["tempat"], isi["bulan"]]
    for u in isi["ubin"]:
        bagian += [u["label"], u["nilai"], u["perubahan"], u["peringkat"]]
    bagian += [isi["peringatan_judul"], *(t for _, t in isi["peringatan"]), isi["kalimat"], isi["kaki"]]
    return "\n".join(b for b in bagian if b)


# --- drawing --------------------------------------------------------------------------------


def _potong(
    draw: ImageDraw.ImageDraw, isi: str, font: ImageFont.FreeTypeFont, lebar: int, baris: int
) -> list[str]:
    """`isi` wrapped to `lebar` px in at most `baris` lines, the last one ending in '…' if cut."""
    kata, hasil, kini = isi.split(), [], ""
    for k in kata:
        coba = f"{kini} {k}".strip()
        if draw.textlength(coba, font=font) <= lebar or not kini:
            kini = coba
        else:
            hasil.append(kini)
            kini = k
    hasil.append(kini)
    if len(hasil) > baris:
        hasil = hasil[:baris]
        hasil[-1] = hasil[-1] + "…"
    for i, b in enumerate(hasil):  # a single word longer than the line
        while draw.textlength(b, font=font) > lebar and len(b) > 1:
            b = b[:-2] + "…"
        hasil[i] = b
    return hasil


def _muat(draw: ImageDraw.ImageDraw, isi: str, ukuran: int, lebar: int) -> ImageFont.FreeTypeFont:
    """The bold font, `ukuran` px or smaller, in which a figure fits `lebar` whole (never cut)."""
    font = _font(True, ukuran)
    while draw.textlength(isi, font=font) > lebar and ukuran > 20:
        ukuran -= 2
        font = _font(True, ukuran)
    return font


def _tulis(
    draw: ImageDraw.ImageDraw, y: int, isi: str, font: Any, warna: str, baris: int = 1, x: int = TEPI
) -> int:
    """Draw wrapped text from (x, y); returns the y below it."""
    tinggi = font.size * 1.25
    for b in _potong(draw, isi, font, LEBAR - x - TEPI, baris):
        draw.text((x, y), b, font=font, fill=warna)
        y += int(tinggi)
    return y


UBIN = 150  # tile height: one figure per row, the value on the left, change and rank on the right


def _ubin(draw: ImageDraw.ImageDraw, y: int, u: dict[str, str]) -> None:
    draw.rounded_rectangle(
        (TEPI, y, LEBAR - TEPI, y + UBIN), radius=20, fill="#f4f6f7", outline="#d5d8dc", width=2
    )
    kiri, tengah = TEPI + 24, LEBAR // 2 + 10
    draw.text((kiri, y + 16), u["label"], font=_font(False, 30), fill=ABU)
    font_nilai = _muat(draw, u["nilai"], 52, tengah - kiri - 20)
    draw.text((kiri, y + 62 + (52 - font_nilai.size) // 2), u["nilai"], font=font_nilai, fill=HITAM)
    font = _font(False, 26)
    baris = _potong(draw, u["perubahan"], font, LEBAR - TEPI - 24 - tengah, 2) if u["perubahan"] else []
    if u["peringkat"]:
        baris += _potong(draw, u["peringkat"], font, LEBAR - TEPI - 24 - tengah, 4 - len(baris))
    for i, b in enumerate(baris):
        draw.text(
            (tengah, y + 18 + i * 31),
            b,
            font=font,
            fill=ABU if u["peringkat"] and i == len(baris) - 1 else HITAM,
        )


def gambar_kartu(fakta: dict[str, Any], lang: str, hari_ini: dt.date | None = None) -> bytes:
    """The card as PNG bytes, 1080x1350."""
    isi = isi_kartu(fakta, lang, hari_ini)
    img = Image.new("RGB", (LEBAR, TINGGI), "white")
    draw = ImageDraw.Draw(img)
    y = 0
    if isi["demo"]:
        draw.rectangle((0, 0, LEBAR, 70), fill=LATAR_DEMO)
        draw.text((TEPI, 16), isi["demo"], font=_font(True, 32), fill="#7a5b00")
        y = 70
    draw.rectangle((0, y, 18, y + 230), fill=MERAH)
    y = _tulis(draw, y + 26, isi["judul"], _font(True, 56), MERAH, baris=2)
    y = _tulis(draw, y + 2, isi["tempat"], _font(False, 30), ABU, baris=2)
    y = _tulis(draw, y + 8, isi["bulan"], _font(True, 40), HITAM)
    y += 12
    for u in isi["ubin"]:
        _ubin(draw, y, u)
        y += UBIN + 12
    y = _tulis(draw, y, isi["peringatan_judul"], _font(True, 32), HITAM)
    for warna, baris in isi["peringatan"]:
        draw.ellipse((TEPI, y + 8, TEPI + 24, y + 32), fill=warna)
        y = _tulis(draw, y, baris, _font(False, 29), HITAM, x=TEPI + 40)
    # the story's sentence in what is left above the footer (2 lines at most)
    sisa = max(0, min(2, (TINGGI - 90 - y - 12) // 36))
    if sisa:
        _tulis(draw, y + 12, isi["kalimat"], _font(False, 29), HITAM, baris=sisa)
    draw.line((TEPI, TINGGI - 80, LEBAR - TEPI, TINGGI - 80), fill="#d5d8dc", width=2)
    _tulis(draw, TINGGI - 64, isi["kaki"], _font(False, 22), ABU, baris=2)
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def kartu_png(
    con: Any,
    *,
    kode_kube: str,
    bulan: dt.date | None = None,
    sebaya: str = "kota",
    lang: str = "id",
    hari_ini: dt.date | None = None,
) -> tuple[bytes, dt.date] | None:
    """The card of one group and month as (PNG bytes, its month); None for an unknown group.
    The one path from the database to the picture, for the CLI and the pages."""
    from kube_metrics.kartu import fakta_kartu

    fakta = fakta_kartu(con, kode_kube=kode_kube, bulan=bulan, sebaya=sebaya)
    if fakta is None:
        return None
    return gambar_kartu(fakta, lang, hari_ini), fakta["bulan"]
