"""Builders for the Hambatan page: category x group heat map, open against resolved, days to resolve."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kube_metrics import i18n, polos
from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme


def _t(kunci: str, lang: str, **nilai: object) -> str:
    return i18n.teks(f"grafik_hambatan.{kunci}", lang, **nilai)


# A heat map with more rows than this is unreadable; the groups with most obstacles are shown.
MAKS_KELOMPOK = 40


def matriks_hambatan(df: pd.DataFrame, nilai: str = "baru", maks: int = MAKS_KELOMPOK) -> pd.DataFrame:
    """Groups (rows, most obstacles first, at most `maks`) x categories (columns) of `nilai`.

    `df` is every row of hambatan_per_kategori, or what hambatan.peta_hambatan cut in SQL (the
    top groups by new obstacles, kategori_ada and rows without group naming the columns)."""
    baris = df[df["nama"].notna()]
    tabel = baris.pivot_table(index="nama", columns="kategori", values=nilai, aggfunc="sum", fill_value=0)
    if "kategori_ada" in df.columns:  # the categories with any obstacle among every group
        ada = sorted(set(df.loc[df["kategori_ada"].astype(bool), "kategori"]))
        tabel = tabel.reindex(columns=ada, fill_value=0)
    else:
        tabel = tabel.loc[:, tabel.sum(axis=0) > 0]
    urut = tabel.sum(axis=1).sort_values(ascending=False, kind="stable")
    return tabel.loc[urut.index[:maks]]


def hambatan_per_kategori(df: pd.DataFrame, nilai: str = "baru", lang: str = i18n.BAWAAN) -> go.Figure:
    """Heat map: how many obstacles each group reported per category in the period."""
    judul = _t("peta_judul", lang)
    matriks = matriks_hambatan(df, nilai) if not df.empty else pd.DataFrame()
    if matriks.empty or matriks.to_numpy().sum() == 0:
        return theme.kosong(judul, _t("peta_kosong", lang), lang)
    fig = theme.figur(judul, tinggi=160 + 22 * len(matriks), lang=lang)
    fig.add_trace(
        go.Heatmap(
            z=matriks.to_numpy(),
            x=[theme.label(k, lang) for k in matriks.columns],
            y=polos.labels(matriks.index),  # group names: plain text to Plotly
            colorscale=[[0, "#ffffff"], [0.01, "#fdebd0"], [1, theme.FOKUS]],
            xgap=1,
            ygap=1,
            colorbar={
                "title": {"text": _t("jumlah", lang)},
                "tickformat": ",.0f",
                "dtick": _langkah_warna(matriks),
            },
            hovertemplate="%{y}<br>%{x}: %{z:,.0f}<extra></extra>",
        )
    )
    fig.update_layout(hovermode="closest")
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(side="top", tickangle=-35)
    return fig


def daftar_ponsel(
    df: pd.DataFrame, nilai: str = "baru", lang: str = i18n.BAWAAN, maks: int = 15
) -> list[str]:
    """The heat map as a list for a phone (a 40 x 15 grid cannot be read at 390 px): one line per
    group, most obstacles first: 'KUBE X — 3: Jaringan 2, Norma 1'. Names are user text: the
    page shows each line as plain text."""
    matriks = matriks_hambatan(df, nilai, maks) if not df.empty else pd.DataFrame()
    baris = []
    for nama, isi in matriks.iterrows():
        ada = isi[isi > 0].sort_values(ascending=False, kind="stable")
        if ada.empty:
            continue
        rincian = ", ".join(f"{theme.label(k, lang)} {i18n.angka(int(v), lang)}" for k, v in ada.items())
        baris.append(f"{nama} — {i18n.angka(int(ada.sum()), lang)}: {rincian}")
    return baris


def _langkah_warna(matriks: pd.DataFrame) -> int:
    """Whole-number colour-bar ticks, about five of them (counts have no fractions)."""
    return max(1, int(matriks.to_numpy().max()) // 5)


def hambatan_bulanan(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> go.Figure:
    """New and resolved obstacles per month (bars) and those still open at month end (line)."""
    judul = _t("bulanan_judul", lang)
    if df.empty:
        return theme.kosong(judul, lang=lang)
    teks = theme.label_bulan(df["bulan"], lang)
    fig = theme.figur(judul, tinggi=380, lang=lang)
    seri = [("baru", _t("baru", lang), theme.WARNA[1]), ("selesai", _t("selesai", lang), theme.WARNA[2])]
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
            name=_t("terbuka_akhir", lang),
            mode="lines+markers",
            line={"color": theme.FOKUS, "width": 3},
            hovertemplate=f"%{{y:,.0f}}<extra>{_t('terbuka_akhir', lang)}</extra>",
        )
    )
    fig.update_layout(barmode="group")
    theme.sumbu_cacah(fig, float(df[["baru", "selesai", "terbuka_akhir"]].max().max()) if len(df) else None)
    theme.sumbu_bulan(fig, list(df["bulan"]), lang=lang)
    return fig


def hari_penyelesaian(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> go.Figure:
    """Days from report to resolution, one box per category, longest median first, from the
    quartiles of kube_metrics.hambatan.hari_penyelesaian_sebaran (no point per obstacle)."""
    judul = _t("hari_judul", lang)
    if df.empty:
        return theme.kosong(judul, _t("hari_kosong", lang), lang)
    fig = theme.figur(judul, tinggi=140 + 26 * len(df), lang=lang)
    fig.update_layout(hovermode="closest", showlegend=False)
    for b in df.itertuples(index=False):
        nama = theme.label(b.kategori, lang)
        fig.add_trace(
            go.Box(
                name=nama,
                y=[nama],  # a box from quartiles has no data to place it by: without y all sit on '0'
                orientation="h",
                q1=[b.q1],
                median=[b.median],
                q3=[b.q3],
                lowerfence=[b.pagar_bawah],
                upperfence=[b.pagar_atas],
                marker={"color": theme.WARNA[0]},
                line={"color": theme.WARNA[0]},
                fillcolor="rgba(31,111,139,0.15)",
                hoverinfo="x+name",
            )
        )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text=_t("hari_sumbu", lang), tickformat=",.0f", rangemode="tozero")
    return fig


def hambatan_per_kategori_tabel(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """The rows behind the heat map, for reading and download."""
    kolom = {
        "nama": ("Kelompok", None),
        "kategori": ("Kategori", "teks"),
        "kelompok_kategori": ("Kelompok kategori", "teks"),
        "baru": ("Baru", "angka"),
        "terbuka_akhir": ("Terbuka akhir periode", "angka"),
        "kode_kube": ("Kode", None),
    }
    return tb.tabel(df, tb.kolom_bahasa(kolom, lang), lang)


def hari_penyelesaian_tabel(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    kolom = {
        "nama": ("Kelompok", None),
        "kode_hambatan": ("Kode hambatan", None),
        "kategori": ("Kategori", "teks"),
        "tingkat": ("Tingkat", "teks"),
        "hari": ("Hari", "angka"),
        "kode_kube": ("Kode", None),
    }
    return tb.tabel(df, tb.kolom_bahasa(kolom, lang), lang)
