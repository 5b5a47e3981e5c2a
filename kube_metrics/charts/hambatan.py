"""Builders for the Hambatan page: category x group heat map, open against resolved, days to resolve."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme

# A heat map with more rows than this is unreadable; the groups with most obstacles are shown.
MAKS_KELOMPOK = 40


def matriks_hambatan(df: pd.DataFrame, nilai: str = "baru", maks: int = MAKS_KELOMPOK) -> pd.DataFrame:
    """Groups (rows, most obstacles first, at most `maks`) x categories (columns) of `nilai`."""
    tabel = df.pivot_table(index="nama", columns="kategori", values=nilai, aggfunc="sum", fill_value=0)
    tabel = tabel.loc[:, tabel.sum(axis=0) > 0]
    urut = tabel.sum(axis=1).sort_values(ascending=False, kind="stable")
    return tabel.loc[urut.index[:maks]]


def hambatan_per_kategori(df: pd.DataFrame, nilai: str = "baru") -> go.Figure:
    """Heat map: how many obstacles each group reported per category in the period."""
    judul = "Hambatan baru per kategori dan kelompok"
    matriks = matriks_hambatan(df, nilai) if not df.empty else pd.DataFrame()
    if matriks.empty or matriks.to_numpy().sum() == 0:
        return theme.kosong(judul, "Tidak ada hambatan tercatat pada periode ini.")
    fig = theme.figur(judul, tinggi=160 + 22 * len(matriks))
    fig.add_trace(
        go.Heatmap(
            z=matriks.to_numpy(),
            x=[theme.label(k) for k in matriks.columns],
            y=list(matriks.index),
            colorscale=[[0, "#ffffff"], [0.01, "#fdebd0"], [1, theme.FOKUS]],
            xgap=1,
            ygap=1,
            colorbar={"title": {"text": "Jumlah"}, "tickformat": ",.0f", "dtick": _langkah_warna(matriks)},
            hovertemplate="%{y}<br>%{x}: %{z:,.0f}<extra></extra>",
        )
    )
    fig.update_layout(hovermode="closest")
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(side="top", tickangle=-35)
    return fig


def _langkah_warna(matriks: pd.DataFrame) -> int:
    """Whole-number colour-bar ticks, about five of them (counts have no fractions)."""
    return max(1, int(matriks.to_numpy().max()) // 5)


def hambatan_bulanan(df: pd.DataFrame) -> go.Figure:
    """New and resolved obstacles per month (bars) and those still open at month end (line)."""
    judul = "Hambatan terbuka dan selesai per bulan"
    if df.empty:
        return theme.kosong(judul)
    teks = theme.label_bulan(df["bulan"])
    fig = theme.figur(judul, tinggi=380)
    seri = [("baru", "Baru", theme.WARNA[1]), ("selesai", "Selesai", theme.WARNA[2])]
    for kolom, nama, warna in seri:
        fig.add_trace(
            go.Bar(
                x=df["bulan"],
                y=df[kolom],
                name=nama,
                marker_color=warna,
                customdata=teks,
                hovertemplate=f"%{{y:,.0f}}<extra>{nama}</extra>",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=df["bulan"],
            y=df["terbuka_akhir"],
            name="Terbuka akhir bulan",
            mode="lines+markers",
            line={"color": theme.FOKUS, "width": 3},
            hovertemplate="%{y:,.0f}<extra>Terbuka akhir bulan</extra>",
        )
    )
    fig.update_layout(barmode="group")
    fig.update_yaxes(tickformat=",.0f", rangemode="tozero")
    theme.sumbu_bulan(fig, list(df["bulan"]))
    return fig


def hari_penyelesaian(df: pd.DataFrame) -> go.Figure:
    """Days from report to resolution, one box (with every obstacle as a dot) per category."""
    judul = "Lama penyelesaian hambatan (hari)"
    if df.empty:
        return theme.kosong(judul, "Belum ada hambatan yang selesai pada periode ini.")
    urutan = df.groupby("kategori")["hari"].median().sort_values(ascending=False).index
    fig = theme.figur(judul, tinggi=140 + 26 * len(urutan))
    fig.update_layout(hovermode="closest", showlegend=False)
    for kategori in urutan:
        bagian = df[df["kategori"] == kategori]
        fig.add_trace(
            go.Box(
                x=bagian["hari"],
                name=theme.label(kategori),
                orientation="h",
                boxpoints="all",
                jitter=0.4,
                pointpos=0,
                marker={"color": theme.WARNA[0], "size": 5, "opacity": 0.6},
                line={"color": theme.WARNA[0]},
                fillcolor="rgba(31,111,139,0.15)",
                customdata=bagian["nama"],
                hovertemplate="%{customdata}: %{x:,.0f} hari<extra></extra>",
            )
        )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text="Hari sampai selesai", tickformat=",.0f", rangemode="tozero")
    return fig


def hambatan_per_kategori_tabel(df: pd.DataFrame) -> tb.Tabel:
    """The rows behind the heat map, for reading and download."""
    kolom = {
        "nama": ("Kelompok", None),
        "kategori": ("Kategori", "teks"),
        "kelompok_kategori": ("Kelompok kategori", "teks"),
        "baru": ("Baru", "angka"),
        "terbuka_akhir": ("Terbuka akhir periode", "angka"),
        "kode_kube": ("Kode", None),
    }
    return tb.tabel(df, kolom)


def hari_penyelesaian_tabel(df: pd.DataFrame) -> tb.Tabel:
    kolom = {
        "nama": ("Kelompok", None),
        "kode_hambatan": ("Kode hambatan", None),
        "kategori": ("Kategori", "teks"),
        "tingkat": ("Tingkat", "teks"),
        "hari": ("Hari", "angka"),
        "kode_kube": ("Kode", None),
    }
    return tb.tabel(df, kolom)
