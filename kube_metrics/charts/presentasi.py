"""Chart builders for the Presentasi slides and the PDF/PPTX reports: large type, one message each.

Same look as every other chart (kube_metrics.charts.theme), but every title, axis label, month
and number follows the chosen language through the catalogue (kube_metrics.i18n). Peers reach
these builders already anonymised ('KUBE A', …; kube_metrics.anonim).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from kube_metrics import i18n, polos
from kube_metrics.charts import theme
from kube_metrics.i18n import teks

HURUF = 20  # base font size: readable from the back of a meeting room
TINGGI = 520
TIK_MAKS = 8  # month ticks on an axis at this font size
WARNA_MEDIAN = "#34495e"  # the peers' median bar, darker than a peer
# Plotly's d3 number marks: decimal then thousands
PEMISAH = {"id": ",.", "en": ".,"}
KATEGORI = ("usaha", "kelembagaan", "modal_sosial", "dukungan", "eksternal")
DIMENSI = ("kepercayaan", "jaringan", "norma")


def _figur(judul_kunci: str, lang: str) -> go.Figure:
    fig = theme.figur(teks(judul_kunci, lang), tinggi=TINGGI)
    fig.update_layout(
        font={"size": HURUF},
        title={"font": {"size": HURUF + 6}},
        separators=PEMISAH[lang],
        hovermode="closest",
        margin={"l": 20, "r": 20, "t": 90, "b": 20},
        legend={"font": {"size": HURUF - 2}},
    )
    return fig


def kosong(judul_kunci: str, lang: str) -> go.Figure:
    """A chart that says there is nothing to draw."""
    fig = _figur(judul_kunci, lang)
    fig.add_annotation(
        text=teks("grafik.kosong", lang), showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def _sumbu_bulan(fig: go.Figure, bulan: pd.Series, lang: str) -> None:
    """Month ticks in the chosen language ('Mar 2024'), the last month always labelled."""
    tik = theme.tik_bulan(bulan, TIK_MAKS)
    fig.update_xaxes(
        title_text=teks("grafik.sumbu_bulan", lang),
        tickvals=[d.isoformat() for d in tik],
        ticktext=[i18n.bulan_pendek(d, lang) for d in tik],
    )


def _hover(
    bulan: pd.Series, nilai: pd.Series, format_nilai: Callable[[Any, str], str], lang: str
) -> dict[str, object]:
    """Hover text in the chosen language: 'Maret 2024: Rp1.500.000' (Plotly's own dates are English)."""
    teks_nilai = [
        f"{i18n.bulan(pd.Timestamp(b).date(), lang)}: {format_nilai(v, lang)}"
        for b, v in zip(bulan, nilai, strict=True)
    ]
    return {"customdata": teks_nilai, "hovertemplate": "%{customdata}<extra>%{fullData.name}</extra>"}


def uang_bulanan(df: pd.DataFrame, lang: str) -> go.Figure:
    """Revenue (bars) and profit (line) per month; months without a report are left empty."""
    data = df[df["ada_laporan"].astype(bool)] if len(df) else df
    if data.empty:
        return kosong("grafik.uang_judul", lang)
    fig = _figur("grafik.uang_judul", lang)
    x = pd.to_datetime(data["bulan"])
    fig.add_bar(
        x=x,
        y=data["omzet"],
        name=teks("grafik.seri_omzet", lang),
        marker_color=theme.WARNA[0],
        **_hover(data["bulan"], data["omzet"], i18n.rupiah, lang),
    )
    fig.add_scatter(
        x=x,
        y=data["laba"],
        name=teks("grafik.seri_laba", lang),
        mode="lines+markers",
        line={"width": 4},
        **_hover(data["bulan"], data["laba"], i18n.rupiah, lang),
    )
    fig.update_yaxes(title_text=teks("grafik.sumbu_rupiah", lang), tickformat=",.0f", rangemode="tozero")
    tanpa = df.loc[~df["ada_laporan"].astype(bool), "bulan"]
    theme.tandai_tanpa_laporan(fig, tanpa, teks("grafik.tanpa_laporan", lang))
    _sumbu_bulan(fig, df["bulan"], lang)
    return fig


def kehadiran_bulanan(df: pd.DataFrame, lang: str) -> go.Figure:
    """The group's monthly attendance (bold) against the peers' median (dashed grey)."""
    data = df.dropna(subset=["fokus"]) if len(df) else df
    if data.empty:
        return kosong("grafik.kehadiran_judul", lang)
    fig = _figur("grafik.kehadiran_judul", lang)
    x = pd.to_datetime(df["bulan"])
    fig.add_scatter(
        x=x,
        y=df["median_sebaya"],
        name=teks("grafik.seri_median", lang),
        mode="lines",
        line={"color": theme.SEBAYA, "dash": "dash", "width": 3},
        connectgaps=True,
        **_hover(df["bulan"], df["median_sebaya"], i18n.persen, lang),
    )
    fig.add_scatter(
        x=x,
        y=df["fokus"],
        name=teks("grafik.seri_fokus", lang),
        mode="lines+markers",
        line={"color": theme.FOKUS, "width": 5},
        connectgaps=True,
        **_hover(df["bulan"], df["fokus"], i18n.persen, lang),
    )
    fig.update_yaxes(title_text=teks("grafik.sumbu_kehadiran", lang), tickformat=".0%", range=[0, 1.05])
    _sumbu_bulan(fig, df["bulan"], lang)
    return fig


def _label_peringkat(df: pd.DataFrame, lang: str) -> list[str]:
    """'7. KUBE Sejahtera 2', '8. KUBE H', and the median row by its catalogue name."""
    median = teks("grafik.seri_median", lang)
    return [
        median if m else f"{p}. {polos.label(lbl)}"  # the focal group's own name: plain text
        for p, lbl, m in zip(df["peringkat"], df["label"], df["median"], strict=True)
    ]


def peringkat_kehadiran(df: pd.DataFrame, lang: str) -> go.Figure:
    """The focal group's place in the attendance ranking: its neighbours and the peers' median.

    `df`: kube_metrics.laporan.peringkat.ringkas_peringkat's frame (a window of the anonymised
    ranking, best on top, with the rank numbers and the whole ranking's size)."""
    if df.empty:
        return kosong("grafik.sebaya_judul", lang)
    fig = _figur("grafik.sebaya_judul", lang)
    warna = [
        theme.FOKUS if f else (WARNA_MEDIAN if m else theme.SEBAYA)
        for f, m in zip(df["fokus"], df["median"], strict=True)
    ]
    fig.add_bar(
        y=_label_peringkat(df, lang),
        x=df["tingkat_kehadiran"],
        orientation="h",
        marker_color=warna,
        marker_pattern_shape=["/" if m else "" for m in df["median"]],
        text=[i18n.persen(v, lang) for v in df["tingkat_kehadiran"]],
        textposition="outside",
        hovertemplate="%{y}: %{text}<extra></extra>",
        textfont={"size": HURUF},
    )
    fig.update_layout(showlegend=False, bargap=0.25)
    fig.update_yaxes(autorange="reversed", tickfont={"size": HURUF}, dtick=1, automargin=True)
    jumlah = int(df["jumlah"].iloc[0])
    fig.update_xaxes(
        tickformat=".0%",
        range=[0, 1.2],
        title_text=teks("grafik.peringkat_cuplikan", lang, n=int((~df["median"]).sum()), jumlah=jumlah),
    )
    return fig


def hambatan_kategori(df: pd.DataFrame, lang: str) -> go.Figure:
    """New and still-open obstacles per category group (usaha, kelembagaan, …).

    `df`: kelompok_kategori, baru, terbuka_akhir (one row per category group)."""
    if df.empty or (df["baru"].sum() == 0 and df["terbuka_akhir"].sum() == 0):
        return kosong("grafik.hambatan_judul", lang)
    fig = _figur("grafik.hambatan_judul", lang)
    label = [teks(f"kategori.{k}", lang) for k in df["kelompok_kategori"]]
    fig.add_bar(x=label, y=df["baru"], name=teks("grafik.seri_baru", lang), marker_color=theme.WARNA[1])
    fig.add_bar(
        x=label, y=df["terbuka_akhir"], name=teks("grafik.seri_terbuka", lang), marker_color=theme.FOKUS
    )
    fig.update_layout(barmode="group")
    fig.update_yaxes(title_text=teks("grafik.sumbu_jumlah", lang))
    theme.sumbu_cacah(fig, float(max(df["baru"].max(), df["terbuka_akhir"].max())))
    return fig


def modal_sosial(skor: dict[str, float | None], lang: str) -> go.Figure:
    """The three social-capital dimensions as bars on 0–100."""
    ada = {d: skor.get(d) for d in DIMENSI if skor.get(d) is not None}
    if not ada:
        return kosong("grafik.modal_sosial_judul", lang)
    fig = _figur("grafik.modal_sosial_judul", lang)
    fig.add_bar(
        x=[teks(f"angka.{d}", lang) for d in ada],
        y=list(ada.values()),
        marker_color=theme.WARNA[: len(ada)],
        text=[i18n.angka(v, lang) for v in ada.values()],
        textposition="outside",
        hovertemplate="%{x}: %{text}<extra></extra>",
    )
    fig.update_layout(showlegend=False)
    fig.update_yaxes(range=[0, 110], title_text=teks("grafik.sumbu_skor", lang))
    return fig
