"""Presentasi: the group's story for a kelurahan meeting, one message per screen, in large type.

Pick the group and the period in the sidebar, press *Presentasi*, step with the buttons or the
arrow keys (the buttons' own keyboard shortcuts), or download the same story as PDF/PowerPoint.
Bahasa Indonesia by default, English with `?lang=en` (the app's language switch in the sidebar;
while presenting the sidebar is hidden, so choose the language before pressing *Presentasi*).
Only the focal group is named; peers are KUBE A, KUBE B, …; no member name; figures about fewer
than 3 members hidden (kube_metrics.anonim).
"""

import datetime as dt
import importlib

import streamlit as st

from kube_metrics import polos
from kube_metrics.i18n import teks
from kube_metrics.laporan.cerita import Cerita, Slide, susun_cerita
from ui import bahasa, cari, filters, halaman, layout
from ui.data import muat
from ui.kartu import tombol_kartu

# Large type for the slides (also the cover preview on the start screen). Sizes follow the
# screen height (vh), so one slide reads the same on a 1366x768 projector and a 1920x1080 screen.
GAYA = """
<style>
.slide-judul { font-size: clamp(1.6rem, 5.2vh, 3.6rem); font-weight: 700; color: #c0392b;
  line-height: 1.15; margin: 0.1em 0; }
.slide-sub { font-size: clamp(1.2rem, 3.4vh, 2.4rem); line-height: 1.35; }
.slide-kecil { font-size: clamp(0.9rem, 2.2vh, 1.5rem); color: #5a5a5a; }
.slide-kalimat { font-size: clamp(1rem, 2.9vh, 2.2rem); line-height: 1.3; margin: 0.15em 0; }
[data-testid="stMetricValue"] { font-size: clamp(1.4rem, 4.6vh, 3.2rem); }
[data-testid="stMetricLabel"] p { font-size: clamp(0.9rem, 2.3vh, 1.6rem); white-space: normal; }
</style>
"""
# While presenting: the whole width, no sidebar (it lists other groups' names) and no header.
# The page is a column exactly one screen high; the slide takes what the banner and the
# navigation row leave, and its chart area what the title, figures and sentences leave (the
# charts use height="stretch"). Streamlit wraps each container in a flex wrapper whose
# flex-basis wins over a height, so the sizes go on the wrappers (:has).
LAYAR_PENUH = """
<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
header[data-testid="stHeader"] { display: none; }
[data-testid="stMainBlockContainer"] { max-width: 100%; height: 100vh; padding: 0.5rem 2rem;
  display: flex; flex-direction: column; }
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] { flex: 1 1 0; min-height: 0; }
[data-testid="stLayoutWrapper"]:has(> .st-key-slide) { flex: 1 1 0; min-height: 0; overflow: hidden; }
.st-key-slide { height: 100%; }
[data-testid="stLayoutWrapper"]:has(> .st-key-slide_grafik) { flex: 1 1 0; min-height: 0; }
.st-key-slide_grafik, .st-key-slide_grafik [data-testid="stLayoutWrapper"],
.st-key-slide_grafik [data-testid="stHorizontalBlock"], .st-key-slide_grafik [data-testid="stColumn"],
.st-key-slide_grafik [data-testid="stColumn"] > [data-testid="stVerticalBlock"] { height: 100%; }
.st-key-slide_grafik [data-testid="stElementContainer"] { flex: 1 1 0; min-height: 0; }
</style>
"""


def _html(kelas: str, isi: str) -> None:
    # user data (group and place names) is escaped by polos.html, on one line: a blank line in a
    # name would end the HTML block and let the rest be read as Markdown on the public slide.
    st.markdown(f'<div class="{kelas}">{polos.html(isi)}</div>', unsafe_allow_html=True)


def tampil_sampul(cerita: Cerita) -> None:
    s = cerita.sampul
    _html("slide-judul", s["judul"])
    for kunci in ("lokasi", "periode"):
        _html("slide-sub", s[kunci])
    for kunci in ("saringan", "sumber", "dibuat"):
        _html("slide-kecil", s[kunci])
    st.caption(teks("presentasi.privasi", cerita.lang))


def tampil_slide(slide: Slide, ke: int) -> None:
    """Title, figures, sentences, then the chart(s) in whatever height is left on the screen."""
    with st.container(key="slide", gap="small"):
        _html("slide-judul", slide.judul)
        if slide.angka:
            for tempat, (label, nilai) in zip(st.columns(len(slide.angka)), slide.angka, strict=True):
                tempat.metric(polos.md(label), nilai)
        for kalimat in slide.kalimat:
            _html("slide-kalimat", kalimat)
        if slide.grafik:
            with st.container(key="slide_grafik"):
                kolom = st.columns(len(slide.grafik))
                for i, (tempat, fig) in enumerate(zip(kolom, slide.grafik, strict=True)):
                    with tempat:
                        layout.grafik(fig, key=f"grafik_{ke}_{i}", tinggi="stretch")


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


# The PDF and PowerPoint makers are imported when a file is asked for: fpdf2 and python-pptx
# cost ~0.5 s CPU to import, which every first visit of the page paid (issue 10).
PEMBUAT = {
    "pdf": ("kube_metrics.laporan.pdf", "buat_pdf"),
    "pptx": ("kube_metrics.laporan.pptx", "buat_pptx"),
}
MIME = {
    "pdf": "application/pdf",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def _buat_berkas(cerita: Cerita, jenis: str, kunci: str, lang: str) -> None:
    """Make the file with a progress bar (it takes seconds: the charts are drawn in a browser)."""
    batang = st.progress(0.0, text=teks("laporan_kemajuan.grafik", lang))

    def kemajuan(bagian: float, langkah: str) -> None:
        batang.progress(bagian, text=teks(f"laporan_kemajuan.{langkah}", lang))

    modul, fungsi = PEMBUAT[jenis]
    st.session_state[kunci] = getattr(importlib.import_module(modul), fungsi)(cerita, kemajuan)
    batang.progress(1.0, text=teks("laporan_kemajuan.selesai", lang))


def unduhan(cerita: Cerita, kode: str, lang: str) -> None:
    """PDF and PowerPoint of the same story: made when asked, with progress, then downloaded."""
    nama = f"presentasi_{kode}_{cerita.fakta['dari']:%Y-%m}_{cerita.fakta['sampai']:%Y-%m}_{lang}"
    for tempat, jenis in zip(st.columns(2), ("pdf", "pptx"), strict=True):
        kunci = f"berkas_{jenis}_{nama}_{cerita.fakta['sebaya']}"
        with tempat:
            if st.button(teks(f"laporan_kemajuan.buat_{jenis}", lang), key=f"buat_{jenis}"):
                _buat_berkas(cerita, jenis, kunci, lang)
            if kunci in st.session_state:
                st.download_button(
                    teks(f"presentasi.unduh_{jenis}", lang), st.session_state[kunci],
                    file_name=f"{nama}.{jenis}", mime=MIME[jenis], key=f"unduh_{jenis}",
                    on_click="ignore", type="primary", icon=":material/download:",
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
    tombol_kartu(kode, cerita.fakta["sampai"], cerita.fakta["sebaya"])
    st.caption(teks("presentasi.privasi", lang))
    tampil_sampul(cerita)


def presentasi(cerita: Cerita, lang: str) -> None:
    st.markdown(LAYAR_PENUH, unsafe_allow_html=True)
    jumlah = len(cerita.slides) + 1  # the cover first
    ke = min(st.session_state.get("slide_ke", 0), jumlah - 1)
    navigasi(jumlah, lang)
    if ke == 0:
        with st.container(key="slide", gap="small"):
            tampil_sampul(cerita)
    else:
        tampil_slide(cerita.slides[ke - 1], ke)


s = halaman.saringan()
st.markdown(GAYA, unsafe_allow_html=True)
lang = bahasa.kini()  # the one language switch, in the sidebar (ui/bahasa.py)
kode = cari.kelompok_fokus(s)
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
