"""Builder for the growth since the grant on Bandingkan (metric pertumbuhan.pertumbuhan_sejak_bantuan):
the group's capital as an index of its grant over its whole life since the grant, against peers
at the same age."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from kube_metrics import i18n
from kube_metrics.charts import sebaya as sb
from kube_metrics.charts import theme
from kube_metrics.kelompok import tanggal_profil

# Peer median/band drawn only where at least this many peers have data at that month of age
# (old ages have few peers).
SEBAYA_MIN_TITIK = 3
PITA_HALUS_BULAN = 5  # the band's edges: rolling median over this many months (see _sebaya_cukup)


def bulan_bantuan(profil: dict[str, Any]) -> dt.date | None:
    """The grant month (first day), or None when the group has no grant date."""
    return tanggal_profil(profil, "tanggal_bantuan", awal_bulan=True)


def _t(kunci: str, lang: str, **nilai: object) -> str:
    return i18n.teks(f"grafik_pertumbuhan.{kunci}", lang, **nilai)


def _titik(baris: Any, lang: str) -> str:
    """'Mei 2017 (bulan ke-0)' / 'May 2017 (month 0)'."""
    bulan = i18n.bulan(pd.Timestamp(baris["bulan"]).date(), lang)
    return _t("titik", lang, bulan=bulan, ke=int(baris["bulan_ke"]))


def cakupan_pertumbuhan(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> str:
    """What the growth chart covers: 'Mei 2017 (bulan ke-0) – Desember 2025 (bulan ke-103)'."""
    return f"{_titik(df.iloc[0], lang)} – {_titik(df.iloc[-1], lang)}"


def keterangan_pertumbuhan(sampai: dt.date, lang: str = i18n.BAWAAN) -> str:
    """The caption above the growth chart: what it covers and what is left out or smoothed."""
    return _t("keterangan", lang, sampai=i18n.bulan(sampai, lang), n=SEBAYA_MIN_TITIK, halus=PITA_HALUS_BULAN)


def _sebaya_cukup(df: pd.DataFrame) -> pd.DataFrame:
    """Blank the peer median and band where fewer than SEBAYA_MIN_TITIK peers have data at that
    bulan_ke (a quartile of one or two groups jumps about and reads as a trend), and smooth the
    band's edges with a centred rolling median of PITA_HALUS_BULAN months: peers' capital is
    spread in clusters (eroding, steady, doubling), and with a different subset reporting each
    month a quartile flips from one cluster to the next. The median line stays as measured."""
    sedikit = df["n_sebaya"].fillna(0) < SEBAYA_MIN_TITIK
    kosong = {k: df[k].mask(sedikit) for k in ("median_sebaya", "q1_sebaya", "q3_sebaya")}
    for k in ("q1_sebaya", "q3_sebaya"):
        halus = kosong[k].rolling(PITA_HALUS_BULAN, center=True, min_periods=1).median()
        kosong[k] = halus.mask(sedikit)
    return df.assign(**kosong)


def _sorot_periode(
    fig: go.Figure, df: pd.DataFrame, sorot: tuple[dt.date, dt.date], lang: str = i18n.BAWAAN
) -> None:
    """Shade the months of the chosen period, which the rest of the page is about."""
    bulan = pd.to_datetime(df["bulan"])
    di_dalam = df[(bulan >= pd.Timestamp(sorot[0])) & (bulan <= pd.Timestamp(sorot[1]))]
    if di_dalam.empty or len(di_dalam) == len(df):
        return
    fig.add_vrect(
        x0=di_dalam["bulan_ke"].min() - 0.5,
        x1=di_dalam["bulan_ke"].max() + 0.5,
        fillcolor="rgba(31, 111, 139, 0.08)",
        line_width=0,
        layer="below",
        annotation_text=_t("periode_terpilih", lang),
        annotation_position="top left",
        annotation_font={"size": 11, "color": theme.WARNA[0]},
    )


def pertumbuhan_sejak_bantuan(
    df: pd.DataFrame, sorot: tuple[dt.date, dt.date] | None = None, lang: str = i18n.BAWAAN
) -> go.Figure:
    """Capital as an index of the grant (grant = 100) over the group's whole life since the grant,
    against the peers at the same age; `sorot` shades the chosen period."""
    judul = _t("judul", lang)
    if df.empty or df["indeks_fokus"].isna().all():
        return theme.kosong(judul, _t("kosong", lang), lang)
    data = _sebaya_cukup(df)
    fig = theme.figur(judul, tinggi=420, lang=lang)
    fig.update_layout(title_subtitle_text=cakupan_pertumbuhan(df, lang), margin={"t": 90})
    sb.pita(fig, data["bulan_ke"], data["q1_sebaya"], data["q3_sebaya"], lang=lang)
    fig.data[-1].name = _t("pita", lang, n=PITA_HALUS_BULAN)
    sb.median_dan_fokus(fig, data["bulan_ke"], data["median_sebaya"], data["indeks_fokus"], "%{y:,.0f}", lang)
    hover = _t("hover", lang)
    for trace in fig.data[-2:]:  # name the calendar month too: 'Bulan ke-12 (Mei 2018): 106'
        trace.customdata = theme.label_bulan(data["bulan"], lang)
        trace.hovertemplate = f"{hover}<extra>{trace.name}</extra>"
    fig.data[-1].update(mode="lines+markers", marker={"size": 4}, connectgaps=True)
    fig.add_hline(y=100, line={"color": "#bbb", "width": 1})
    if sorot is not None:
        _sorot_periode(fig, df, sorot, lang)
    fig.update_xaxes(title_text=_t("sumbu_x", lang), dtick=12, rangemode="tozero")
    fig.update_yaxes(title_text=_t("sumbu_y", lang), tickformat=",.0f")
    return fig
