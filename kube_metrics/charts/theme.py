"""The one Plotly look of Pantau KUBE: template, colours, labels and month axes in either language.

Plotly formats numbers with d3; `separators=",."` makes the decimal mark ',' and the thousands
mark '.', as Indonesians write them (the template); English figures get `".,"`. Plotly's own
month names are English only, so month axes get explicit tick labels from `kube_metrics.i18n`.
Every helper takes `lang` ('id' by default, so callers that do not pass it stay Indonesian).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from kube_metrics import i18n

TEMPLATE = "pantau_kube"

# Focal group in a strong colour, peers in quiet greys so the focal line reads first.
FOKUS = "#c0392b"
SEBAYA = "#7f8c8d"
PITA_SEBAYA = "rgba(127, 140, 141, 0.22)"
WARNA = ["#1f6f8b", "#e07a1f", "#2e8b57", "#8e44ad", "#c0392b", "#b8860b", "#5d6d7e", "#d35400"]
RAG = {"hijau": "#2e8b57", "kuning": "#e0a800", "merah": "#c0392b"}
RAG_EMOJI = {"hijau": "🟢", "kuning": "🟡", "merah": "🔴"}

# The legend at the figure's foot (yref container pushes the plot up to make room).
LEGENDA_BAWAH = {
    "orientation": "h",
    "yref": "container",
    "y": 0,
    "yanchor": "bottom",
    "xanchor": "left",
    "x": 0,
}
JUDUL_BARIS = 38  # characters of a chart title line: what a 390 px phone shows at 16 px
SUMBU_BARIS = 30  # of an axis title (centred on the plot, which is narrower than the figure)

# Number separators per language (Plotly `separators`: decimal mark, then thousands mark).
PEMISAH = {"id": ",.", "en": ".,"}


def label(kode: object, lang: str = i18n.BAWAAN) -> str:
    """A code as people read it, from the catalogue's [label] table: 'bahan_baku' -> 'Bahan baku'
    ('Raw materials' in English); an unknown code falls back to its own words."""
    text = str(kode)
    if i18n.ada(f"label.{text}", lang):
        return i18n.teks(f"label.{text}", lang)
    return text.replace("_", " ").capitalize()


def _template() -> go.layout.Template:
    layout = go.Layout(
        font={"family": "Source Sans Pro, Arial, sans-serif", "size": 13, "color": "#262730"},
        colorway=WARNA,
        separators=",.",
        paper_bgcolor="white",
        plot_bgcolor="white",
        hovermode="x unified",
        # Title at the very top, the legend below the chart (at the figure's foot, which pushes
        # the plot up): at the top it wrapped over the title and the subplot titles on a phone.
        margin={"l": 10, "r": 10, "t": 70, "b": 10},
        legend=LEGENDA_BAWAH,
        title={
            "font": {"size": 16},
            "x": 0,
            "xanchor": "left",
            "y": 0.98,
            "yref": "container",
            "yanchor": "top",
            "automargin": True,  # a title wrapped onto two lines pushes the plot down
        },
        xaxis={"showgrid": False, "linecolor": "#bbb", "ticks": "outside", "automargin": True},
        yaxis={"gridcolor": "#eee", "zerolinecolor": "#ccc", "automargin": True},
    )
    return go.layout.Template(layout=layout)


pio.templates[TEMPLATE] = _template()


def legenda_atas(fig: go.Figure) -> None:
    """For figures with subplot titles: room for the title above the first subplot's title
    (the legend itself sits below the chart)."""
    fig.update_layout(margin={"t": 90})


def bungkus_judul(judul: str, lebar: int = JUDUL_BARIS) -> str:
    """A long chart title broken into lines of about `lebar` characters at spaces (Plotly does
    not wrap titles: on a 390 px phone a long one was cut at the edge). Text only: a caller
    puts user text through kube_metrics.polos.label first."""
    baris: list[str] = []
    for kata in judul.split(" "):
        if baris and len(baris[-1]) + 1 + len(kata) <= lebar:
            baris[-1] += " " + kata
        else:
            baris.append(kata)
    return "<br>".join(baris)


def bungkus_sumbu(fig: go.Figure) -> None:
    """Every axis title longer than SUMBU_BARIS broken into lines (a phone cut them at the edge)."""
    for nama in [k for k in fig.layout.to_plotly_json() if k.startswith(("xaxis", "yaxis"))]:
        sumbu = fig.layout[nama]
        teks = sumbu.title.text if sumbu.title else None
        if teks and "<br>" not in teks and len(teks) > SUMBU_BARIS:
            sumbu.title.text = bungkus_judul(teks, SUMBU_BARIS)


def figur(judul: str, *, tinggi: int = 380, lang: str = i18n.BAWAAN) -> go.Figure:
    """An empty figure in the house look, numbers written as `lang` writes them."""
    fig = go.Figure()
    fig.update_layout(template=TEMPLATE, title_text=bungkus_judul(judul), height=tinggi)
    if lang != i18n.BAWAAN:
        fig.update_layout(separators=PEMISAH[lang])
    return fig


def kosong(judul: str, pesan: str | None = None, lang: str = i18n.BAWAAN) -> go.Figure:
    """A figure that says there is nothing to draw, instead of an empty grid."""
    fig = figur(judul, tinggi=220, lang=lang)
    pesan = pesan or i18n.teks("app.grafik_kosong", lang)
    fig.add_annotation(text=pesan, showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def label_bulan(bulan: Iterable[Any], lang: str = i18n.BAWAAN) -> list[str]:
    """'Maret 2024' ('March 2024') for each month, for hover text."""
    return [i18n.bulan(pd.Timestamp(b).date(), lang) for b in bulan]


def tik_bulan(bulan: Iterable[Any], maks_tik: int = 12) -> list[dt.date]:
    """The months that get a label: every `langkah`-th month of the whole range counted back
    from the last one, so the last month is always labelled (rotated axes used to drop it) and a
    month without data keeps its place on the axis."""
    hari = sorted({pd.Timestamp(b).date().replace(day=1) for b in bulan})
    if not hari:
        return []
    awal, akhir = hari[0], hari[-1]
    jumlah = (akhir.year - awal.year) * 12 + akhir.month - awal.month + 1
    langkah = _langkah_bulan(jumlah, maks_tik)
    return sorted(_geser_bulan(akhir, -k) for k in range(0, jumlah, langkah))


def _langkah_bulan(jumlah: int, maks_tik: int) -> int:
    """The smallest of 1, 2, 3, 6, 12, 24... months that keeps the ticks under `maks_tik`."""
    for langkah in (1, 2, 3, 6, 12):
        if jumlah / langkah <= maks_tik:
            return langkah
    return 12 * (jumlah // (12 * maks_tik) + 1)


def _geser_bulan(hari: dt.date, n: int) -> dt.date:
    indeks = hari.year * 12 + hari.month - 1 + n
    return dt.date(indeks // 12, indeks % 12 + 1, 1)


def sumbu_bulan(
    fig: go.Figure, bulan: Sequence[Any], *, maks_tik: int = 12, lang: str = i18n.BAWAAN, **selector: object
) -> None:
    """Month ticks in Indonesian ('Mar 2024') on a date x axis, at most `maks_tik` of them."""
    tik = tik_bulan(bulan, maks_tik)
    if not tik:
        return
    # Plotly would name the hovered month in English ('Aug 2024'); '08/2024' is neutral.
    # Rotated labels lean left (-45°/-90°, never Plotly's +30°): a +30° label of the last month
    # ran past the chart's right edge and Plotly hid it (seen at 390 px, issue 11).
    fig.update_xaxes(
        tickvals=[d.isoformat() for d in tik],
        ticktext=[i18n.bulan_pendek(d, lang) for d in tik],
        hoverformat="%m/%Y",
        autotickangles=[0, -45, -90],
        **selector,
    )


def sumbu_cacah(fig: go.Figure, maks: float | None, sumbu: str = "y", **selector: object) -> None:
    """An axis of counts (y, or x for horizontal bars): whole numbers only ('0 1 2', never
    '0 1 1 2 2' from ticks at 0.5)."""
    kecil = maks is not None and maks == maks and maks < 6
    ubah = fig.update_xaxes if sumbu == "x" else fig.update_yaxes
    ubah(tickformat=",d", rangemode="tozero", **({"dtick": 1} if kecil else {}), **selector)


def tandai_tanpa_laporan(fig: go.Figure, bulan: Iterable[Any], nama: str, **posisi: object) -> None:
    """Months without a report as grey crosses on the zero line, named in the legend, so a gap
    in the bars reads as 'no report' rather than as nothing happening."""
    x = [pd.Timestamp(b) for b in bulan]
    if not x:
        return
    fig.add_trace(
        go.Scatter(
            x=x, y=[0] * len(x), mode="markers", name=nama, hoverinfo="name",
            marker={"symbol": "x-thin", "size": 12, "line": {"width": 2, "color": SEBAYA}},
        ),
        **posisi,
    )  # fmt: skip


def sumbu_rupiah(fig: go.Figure, lang: str = i18n.BAWAAN, **selector: object) -> None:
    """A y axis in whole rupiah: Rp1.500.000 (Indonesian) or IDR 1,500,000 (English)."""
    # from zero: one month of data no longer gets an axis of Rp15.799.999 ... Rp15.800.001
    fig.update_yaxes(tickprefix=PREFIKS_RUPIAH[lang], tickformat=",.0f", rangemode="tozero", **selector)


PREFIKS_RUPIAH = {"id": "Rp", "en": "IDR "}


def hover_rupiah(sumbu: str = "y", lang: str = i18n.BAWAAN) -> str:
    """The hover text of a money value: 'Rp%{y:,.0f}' (the separators follow the figure's language)."""
    return f"{PREFIKS_RUPIAH[lang]}%{{{sumbu}:,.0f}}"


def sumbu_persen(fig: go.Figure, **selector: object) -> None:
    """A y axis for rates 0..1 shown as percent."""
    fig.update_yaxes(tickformat=".0%", rangemode="tozero", **selector)


def garis_tanggal(
    fig: go.Figure, tanggal: dt.date, teks: str, *, warna: str = "#555", garis: str = "dash"
) -> None:
    """A vertical marker on a date axis with a short label at the top."""
    x = pd.Timestamp(tanggal).isoformat()
    fig.add_shape(
        type="line",
        x0=x,
        x1=x,
        xref="x",
        y0=0,
        y1=1,
        yref="paper",
        line={"color": warna, "dash": garis, "width": 1.5},
    )
    fig.add_annotation(
        x=x,
        y=1,
        xref="x",
        yref="paper",
        text=teks,
        showarrow=False,
        xanchor="left",
        yanchor="top",
        font={"size": 11, "color": warna},
        bgcolor="rgba(255,255,255,0.8)",
    )
