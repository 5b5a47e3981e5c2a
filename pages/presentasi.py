"""Presentasi: the group's story for a kelurahan meeting, one message per screen, in large type.

Pick the group and the period in the sidebar, press *Presentasi*, step with the buttons or the
arrow keys (the buttons' own keyboard shortcuts), or download the same story as PDF/PowerPoint.
Bahasa Indonesia by default, English with `?lang=en` (the app's language switch in the sidebar;
while presenting the sidebar is hidden, so choose the language before pressing *Presentasi*).
Only the focal group is named; peers are KUBE A, KUBE B, …; no member name; figures about fewer
than 3 members hidden (kube_metrics.anonim).
"""

import datetime as dt
import functools
import html

import streamlit as st

from kube_metrics.i18n import teks
from kube_metrics.laporan.cerita import Cerita, Slide, susun_cerita
from kube_metrics.laporan.pdf import buat_pdf
from kube_metrics.laporan.pptx import buat_pptx
from ui import bahasa, filters, halaman, layout
from ui.data import muat

# Large type for the slides (also the cover preview on the start screen).
GAYA = """
<style>
.slide-judul { font-size: 3.4rem; font-weight: 700; color: #c0392b; line-height: 1.15; margin: 0.2em 0; }
.slide-sub { font-size: 2rem; line-height: 1.4; }
.slide-kecil { font-size: 1.4rem; color: #5a5a5a; }
.slide-kalimat { font-size: 2.1rem; line-height: 1.4; margin: 0.35em 0; }
[data-testid="stMetricValue"] { font-size: 3rem; }
[data-testid="stMetricLabel"] p { font-size: 1.5rem; }
</style>
"""
# While presenting: the whole width, no sidebar (it lists other groups' names) and no header.
LAYAR_PENUH = """
<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
header[data-testid="stHeader"] { display: none; }
[data-testid="stMainBlockContainer"] { max-width: 100%; padding: 1rem 3rem; }
</style>
"""


def _html(kelas: str, isi: str) -> None:
    # user data (group and place names) is escaped: markdown HTML is only for our own classes
    st.markdown(f'<div class="{kelas}">{html.escape(isi, quote=False)}</div>', unsafe_allow_html=True)


def tampil_sampul(cerita: Cerita) -> None:
    s = cerita.sampul
    _html("slide-judul", s["judul"])
    for kunci in ("lokasi", "periode"):
        _html("slide-sub", s[kunci])
    for kunci in ("saringan", "sumber", "dibuat"):
        _html("slide-kecil", s[kunci])
    st.caption(teks("presentasi.privasi", cerita.lang))


def tampil_slide(slide: Slide, ke: int) -> None:
    _html("slide-judul", slide.judul)
    if slide.angka:
        for tempat, (label, nilai) in zip(st.columns(len(slide.angka)), slide.angka, strict=True):
            tempat.metric(label, nilai)
    for kalimat in slide.kalimat:
        _html("slide-kalimat", kalimat)
    if slide.grafik:
        for i, (tempat, fig) in enumerate(zip(st.columns(len(slide.grafik)), slide.grafik, strict=True)):
            with tempat:
                layout.grafik(fig, key=f"grafik_{ke}_{i}")


def _geser(langkah: int, jumlah: int) -> None:
    st.session_state["slide_ke"] = min(max(st.session_state.get("slide_ke", 0) + langkah, 0), jumlah - 1)


def _mode(aktif: bool) -> None:
    st.session_state["presentasi_aktif"] = aktif
    st.session_state["slide_ke"] = 0


def navigasi(jumlah: int, lang: str) -> None:
    """Previous / position / next; the arrow keys press the buttons (st.button shortcuts)."""
    ke = st.session_state.get("slide_ke", 0)
    kiri, tengah, kanan, keluar = st.columns([2, 2, 2, 3], vertical_alignment="center")
    kiri.button(
        f"◀ {teks('presentasi.sebelumnya', lang)}", key="sebelumnya", on_click=_geser,
        args=(-1, jumlah), disabled=ke == 0, shortcut="Left", width="stretch",
    )  # fmt: skip
    tengah.markdown(f"**{teks('presentasi.posisi', lang, ke=ke + 1, dari=jumlah)}**")
    kanan.button(
        f"{teks('presentasi.berikutnya', lang)} ▶", key="berikutnya", on_click=_geser,
        args=(1, jumlah), disabled=ke >= jumlah - 1, shortcut="Right", width="stretch", type="primary",
    )  # fmt: skip
    keluar.button(
        teks("presentasi.tombol_selesai", lang), key="keluar", on_click=_mode, args=(False,), shortcut="Esc"
    )


def unduhan(cerita: Cerita, kode: str, lang: str) -> None:
    """PDF and PowerPoint of the same story, made only when the button is pressed."""
    nama = f"presentasi_{kode}_{cerita.fakta['dari']:%Y-%m}_{cerita.fakta['sampai']:%Y-%m}_{lang}"
    kiri, kanan = st.columns(2)
    kiri.download_button(
        teks("presentasi.unduh_pdf", lang), functools.partial(buat_pdf, cerita), file_name=f"{nama}.pdf",
        mime="application/pdf", key="unduh_pdf", on_click="ignore", icon=":material/picture_as_pdf:",
    )  # fmt: skip
    kanan.download_button(
        teks("presentasi.unduh_pptx", lang), functools.partial(buat_pptx, cerita), file_name=f"{nama}.pptx",
        mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
        key="unduh_pptx", on_click="ignore", icon=":material/slideshow:",
    )  # fmt: skip


def beranda(cerita: Cerita, kode: str, lang: str) -> None:
    st.title(teks("presentasi.judul_halaman", lang))
    st.write(teks("presentasi.pengantar", lang))
    st.button(
        teks("presentasi.tombol_mulai", lang),
        key="mulai",
        type="primary",
        icon=":material/co_present:",
        on_click=_mode,
        args=(True,),
    )
    unduhan(cerita, kode, lang)
    st.caption(teks("presentasi.privasi", lang))
    tampil_sampul(cerita)


def presentasi(cerita: Cerita, lang: str) -> None:
    st.markdown(LAYAR_PENUH, unsafe_allow_html=True)
    jumlah = len(cerita.slides) + 1  # the cover first
    ke = min(st.session_state.get("slide_ke", 0), jumlah - 1)
    navigasi(jumlah, lang)
    if ke == 0:
        tampil_sampul(cerita)
    else:
        tampil_slide(cerita.slides[ke - 1], ke)


s = halaman.saringan()
st.markdown(GAYA, unsafe_allow_html=True)
lang = bahasa.kini()  # the one language switch, in the sidebar (ui/bahasa.py)
kode = filters.kelompok_fokus(s)
sebaya = filters.sebaya()
if kode is None:
    st.title(teks("presentasi.judul_halaman", lang))
    layout.tidak_ada_data(teks("presentasi.tidak_ada_kelompok", lang))
    st.stop()
cerita = muat(
    susun_cerita,
    kode_kube=kode,
    dari=s.dari,
    sampai=s.sampai,
    sebaya=sebaya,
    lang=lang,
    hari_ini=dt.date.today(),
)
if st.session_state.get("presentasi_aktif"):
    presentasi(cerita, lang)
else:
    beranda(cerita, kode, lang)
