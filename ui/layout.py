"""Layout helpers: the demo banner, charts in the house look, tables with a CSV download, KPI cards."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Literal

import plotly.graph_objects as go
import streamlit as st

from kube_metrics import csv_aman, i18n, polos
from kube_metrics.charts import theme
from kube_metrics.charts.peringatan import Pesan
from kube_metrics.charts.tabel import Kartu, Tabel
from kube_metrics.impor import BATAS_MB, BATAS_UNGGAH_MB
from ui import bahasa, connection

# Above this many rows a pandas Styler (formats, colours) gets slow to build and send: show the
# plain numbers instead; the CSV download always has every row.
BATAS_GAYA = 3000
_PLOTLY_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}


# On every page. Touch screens (a pendamping's phone): no Plotly toolbar, which covered the chart
# titles and cannot be hovered away; a table's own toolbar (search, full screen), always shown
# there and 44 px tall above the table, gets room of its own instead of covering the heading
# above. Metric labels wrap instead of ending in '…'. A phone: only the list where a chart cannot
# be read (the containers keyed hanya_lebar / hanya_ponsel).
GAYA_UMUM = """<style>
@media (hover: none), (pointer: coarse) { .modebar-container { display: none !important; }
  [data-testid="stElementContainer"]:has([data-testid="stDataFrame"] [data-testid="stElementToolbar"]) {
    margin-top: 2.25rem; } }
[data-testid="stMetricLabel"] p, [data-testid="stMetricLabel"] div { white-space: normal !important;
  overflow: visible !important; text-overflow: clip !important; }
[class*="st-key-hanya_ponsel"] { display: none; }
@media (max-width: 640px) {
  [class*="st-key-hanya_lebar"] { display: none; }
  [class*="st-key-hanya_ponsel"] { display: flex; }
}
</style>"""


# Streamlit's file uploader speaks English only ("Upload", "100MB per file • CSV, XLSX"): in
# Indonesian its button text is replaced from the catalogue. In both languages the line under
# the button names OUR import limit (impor.BATAS_MB), not the widget's larger upload bound
# (impor.BATAS_UNGGAH_MB, see kube_metrics/impor/batas.py), so the page never shows two limits.
GAYA_TOMBOL_UNGGAH = """<style>
[data-testid="stFileUploaderDropzone"] [data-testid="stBaseButton-secondary"] p {{ font-size: 0; }}
[data-testid="stFileUploaderDropzone"] [data-testid="stBaseButton-secondary"] p::after {{
  content: {tombol}; font-size: 0.875rem; }}
</style>"""
GAYA_PETUNJUK_UNGGAH = """<style>
[data-testid="stFileUploaderDropzoneInstructions"] span {{ font-size: 0; white-space: normal;
  overflow: visible; }}
[data-testid="stFileUploaderDropzoneInstructions"] span::after {{ content: {petunjuk}; font-size: 0.875rem; }}
</style>"""
# A file the uploader refuses itself (over its bound, impor.BATAS_UNGGAH_MB) gets Streamlit's
# English words, built in its browser code («File must be 100.0MB or smaller.»), in a role="alert"
# span inside the file's chip (visually hidden; the chip's aria-describedby) and in a tooltip on
# hover. Without `type=` on the uploader (pages/kelola_data.py) no other refusal of the browser's
# own is left; an upload that fails on the way lands there too, hence the last sentence of
# tangguh.unggah_ditolak. The span is shown under the file's name with the catalogue's words in
# place of the English (font-size 0), and so is the tooltip. The English stays in the DOM: a screen
# reader announces the alert as the English sentence followed by ours (CSS cannot remove a text
# node from the accessibility tree while keeping the alert).
GAYA_GALAT_UNGGAH = """<style>
[data-testid="stFileChip"][aria-invalid="true"] {{ flex-wrap: wrap; height: auto;
  max-width: min(30rem, 100%); }}
[data-testid="stFileChip"][aria-invalid="true"] [role="alert"] {{ position: static; flex: 0 0 100%;
  width: auto; height: auto; margin: 0.25rem 0 0; clip: auto; clip-path: none; overflow: visible;
  white-space: normal; font-size: 0; }}
[data-testid="stFileChip"][aria-invalid="true"] [role="alert"]::after,
[data-testid="stTooltipErrorContent"]::after {{ content: {pesan}; font-size: 0.875rem; line-height: 1.4; }}
[data-testid="stFileChip"][aria-invalid="true"] [role="alert"]::after {{ color: #bd4043; }}
[data-testid="stTooltipErrorContent"] {{ font-size: 0; }}
</style>"""


def gaya_umum() -> None:
    """The app-wide CSS above (a style-only st.html takes no room on the page)."""
    st.html(GAYA_UMUM)
    petunjuk = f"{bahasa.t('app.unggah_petunjuk')}; {bahasa.t('tangguh.unggah_batas', mb=BATAS_MB)}"
    st.html(GAYA_PETUNJUK_UNGGAH.format(petunjuk=_teks_css(petunjuk)))
    pesan = bahasa.t("tangguh.unggah_ditolak", mb=BATAS_MB, mb_unggah=BATAS_UNGGAH_MB)
    st.html(GAYA_GALAT_UNGGAH.format(pesan=_teks_css(pesan)))
    if bahasa.kini() == "id":
        st.html(GAYA_TOMBOL_UNGGAH.format(tombol=_teks_css(bahasa.t("app.unggah_tombol"))))


def _teks_css(teks: str) -> str:
    """A catalogue text as a CSS string (quoted; no markup can end the style block)."""
    return json.dumps(teks.replace("<", ""), ensure_ascii=False)


def banner_demo() -> bool:
    """On demo data, say so on every screen. Returns True when the data is demo data."""
    info = connection.info_basis_data()
    if info.get("sumber") != "demo":
        return False
    # data imported into the demo database: the figures mix synthetic and real rows (issue 11)
    pesan = bahasa.t("app.banner_campuran" if info.get("campuran") == "ya" else "app.banner_demo")
    st.warning(f"**{bahasa.t('umum.data_contoh')}** — {pesan}", icon=":material/science:")
    return True


def grafik(fig: go.Figure, key: str, tinggi: int | Literal["content", "stretch"] = "content") -> None:
    """A Plotly figure with our own template (Streamlit's theme would override it).

    The number separators follow the chosen language here, once for every chart (the builders
    set them too where they take a `lang`)."""
    fig.update_layout(separators=theme.PEMISAH[bahasa.kini()])
    theme.bungkus_sumbu(fig)  # long axis titles in lines that fit a phone
    if tinggi == "stretch":  # the element's height decides, not the figure's
        fig.update_layout(height=None, autosize=True)
    st.plotly_chart(fig, theme=None, key=key, config=_PLOTLY_CONFIG, height=tinggi)


def tabel(
    t: Tabel, nama_berkas: str, *, key: str, tinggi: int | None = None, batas: int | None = None
) -> None:
    """A formatted table and a button that downloads the same rows as CSV (raw numbers).

    `batas`: at most this many (first) rows go to the browser, for a table that grows with the
    number of groups (at nasional 'dimandirikan sebelum siap' was 4 MB on every visit); the CSV
    still holds every row."""
    if t.data.empty:  # Streamlit would draw an empty grid that says "empty" in English
        tidak_ada_data()
        return
    potong = batas is not None and len(t.data) > batas
    besar = potong or len(t.data) > BATAS_GAYA
    isi = t.data.head(batas) if potong else t.data if besar else t.gaya
    st.dataframe(isi, hide_index=True, height=tinggi if tinggi else "auto", key=f"tabel_{key}")
    lang = bahasa.kini()
    if potong:
        n, total = i18n.angka(len(isi), lang), i18n.angka(len(t.data), lang)
        st.caption(bahasa.t("tabel.sebagian", n=n, total=total))
    elif besar:
        st.caption(bahasa.t("app.baris_tanpa_format", n=i18n.angka(len(t.data), lang)))
    if not boleh("unduh"):
        return  # tamu: the table on screen, never its raw rows as a file
    data = t.data
    st.download_button(
        bahasa.t("app.unduh_csv"),
        # made on click, not on every run (0.4 s CPU per run for 'dimandirikan sebelum siap' at
        # nasional); BOM: Excel then reads UTF-8 correctly
        lambda: csv_aman.isi(data, bom=True),
        file_name=f"{_nama_berkas(nama_berkas)}.csv",
        mime="text/csv",
        key=f"unduh_{key}",
        on_click="ignore",
        icon=":material/download:",
    )


KUNCI_HALAMAN = "_halaman_kini"  # the running page's name in the rules (set by ui/halaman.py)


def boleh(aksi: str) -> bool:
    """Whether the signed-in account may do `aksi` on the running page (kube_metrics/akses.py)."""
    akun, halaman = connection.akun_sesi(), st.session_state.get(KUNCI_HALAMAN)
    return akun is None or halaman is None or akun.boleh(halaman, aksi)


def _nama_berkas(teks: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "_", teks).strip("_").lower() or "tabel"


def kartu(daftar: Sequence[Kartu], per_baris: int = 4) -> None:
    """KPI cards in rows of `per_baris`; a change that rounds to zero ('±…') gets no arrow."""
    for mulai in range(0, len(daftar), per_baris):
        kolom = st.columns(per_baris)
        for tempat, k in zip(kolom, daftar[mulai : mulai + per_baris], strict=False):
            tetap = bool(k.perubahan and k.perubahan.startswith("±"))
            tempat.metric(
                k.label,
                k.nilai,
                k.perubahan,
                delta_color="off" if tetap else k.arah_warna,  # type: ignore[arg-type]
                delta_arrow="off" if tetap else "auto",
                border=True,
                help=k.keterangan,
            )


def peringatan(daftar: Sequence[Pesan]) -> None:
    """A group's warnings as message boxes: red for severe ('tinggi'), yellow for the others."""
    for p in daftar:
        # the level as a word too: colour and icon alone do not reach every reader (issue 11)
        kata = bahasa.t(f"kartu.tingkat_{p.tingkat}") if p.tingkat in ("tinggi", "sedang") else ""
        teks = f"**{kata + ': ' if kata else ''}{p.judul}.** {p.pesan}"
        if p.tingkat == "tinggi":
            st.error(teks, icon=":material/crisis_alert:")
        else:
            st.warning(teks, icon=":material/warning:")


def daftar(judul: str, baris: Sequence[str]) -> None:
    """A titled list of lines that hold user text (group names): each shown as plain text."""
    st.markdown(f"**{polos.md(judul)}**")
    if not baris:
        tidak_ada_data()
        return
    st.markdown("\n".join(f"- {polos.md(b)}" for b in baris))


def tidak_ada_data(pesan: str | None = None) -> None:
    st.info(pesan or bahasa.t("app.tidak_ada_data"), icon=":material/info:")
