"""Builders for Bandingkan: a focal group against its peers (median and interquartile band)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme

# Fewer peers than this and a median/band says little: the page warns.
SEBAYA_MIN = 5

_INDIKATOR = {
    "tingkat_kehadiran": ("kehadiran", "persen1"),
    "pertemuan_per_bulan": ("pertemuan per bulan", "desimal"),
    "omzet": ("omzet", "rupiah"),
    "laba": ("laba", "rupiah"),
    "pertumbuhan_modal": ("pertumbuhan modal", "persen_tanda"),
    "hambatan_terbuka": ("hambatan terbuka", "angka"),
    "kunjungan_pendamping": ("kunjungan pendamping", "angka"),
}


def konteks_sebaya(sebaya: str, profil: dict[str, Any]) -> str:
    """Where the peers come from, as a phrase: 'di Kota Yogyakarta', 'di Kecamatan Tegalrejo'."""
    if sebaya == "kecamatan":
        return f"di Kecamatan {profil['kecamatan']}"
    if sebaya == "jenis_usaha":
        return f"di antara KUBE {theme.label(profil['jenis_usaha']).lower()} di {profil['kota']}"
    return f"di {profil['kota']}"


def judul_peringkat(df: pd.DataFrame, nama: str, konteks: str, indikator: str = "tingkat_kehadiran") -> str:
    """'KUBE Sejahtera 2: peringkat 7 dari 12 untuk kehadiran di Kota Yogyakarta'."""
    baris = df[df["indikator"] == indikator]
    kata = _INDIKATOR.get(indikator, (indikator, None))[0]
    if baris.empty or pd.isna(baris["peringkat"].iloc[0]):
        return f"{nama}: belum ada peringkat untuk {kata} {konteks}"
    b = baris.iloc[0]
    return f"{nama}: peringkat {int(b['peringkat'])} dari {int(b['n'])} untuk {kata} {konteks}"


def sebaya_sedikit(df: pd.DataFrame, indikator: str = "tingkat_kehadiran") -> bool:
    """True when the ranking rests on fewer than SEBAYA_MIN peers (the group itself excluded)."""
    baris = df[df["indikator"] == indikator]
    if baris.empty or pd.isna(baris["n"].iloc[0]):
        return True
    if "n_kecil" in baris.columns and pd.notna(baris["n_kecil"].iloc[0]):
        return bool(baris["n_kecil"].iloc[0])
    return int(baris["n"].iloc[0]) - 1 < SEBAYA_MIN


def perbandingan_sebaya(df: pd.DataFrame) -> go.Figure:
    """Rank in context: each indicator's percentile (0..100) among peers, the rank written beside it."""
    judul = "Posisi di antara kelompok sebaya"
    data = df[df["persentil"].notna()]
    if data.empty:
        return theme.kosong(judul)
    label = [_INDIKATOR.get(i, (i, None))[0].capitalize() for i in data["indikator"]]
    teks = [
        f"{int(p)} dari {int(n)}" if pd.notna(p) else "–"
        for p, n in zip(data["peringkat"], data["n"], strict=True)
    ]
    fig = theme.figur(judul, tinggi=110 + 40 * len(data))
    fig.update_layout(hovermode="closest", showlegend=False, margin={"t": 50})
    fig.add_vrect(x0=25, x1=75, fillcolor=theme.PITA_SEBAYA, line_width=0, layer="below")
    fig.add_vline(x=50, line={"color": theme.SEBAYA, "dash": "dot"})
    fig.add_trace(
        go.Scatter(
            x=data["persentil"],
            y=label,
            mode="markers+text",
            text=teks,
            textposition="middle right",
            marker={"color": theme.FOKUS, "size": 13},
            customdata=[_nilai(r) for r in data.itertuples()],
            hovertemplate="%{y}: %{customdata}<br>persentil %{x:.0f}<extra></extra>",
        )
    )
    fig.update_xaxes(
        range=[0, 112], title_text="Persentil di antara sebaya (pita: separuh tengah)", ticksuffix=""
    )
    fig.update_yaxes(autorange="reversed", showgrid=False)
    return fig


def _nilai(baris: Any) -> str:
    return ringkas_nilai(baris.nilai, str(baris.indikator))


def tabel_perbandingan(df: pd.DataFrame) -> tb.Tabel:
    """The figures behind the ranking, each value in its own unit."""
    data = df.assign(
        nama_indikator=[_INDIKATOR.get(i, (i, None))[0].capitalize() for i in df["indikator"]],
        nilai_teks=[_nilai(r) for r in df.itertuples()],
        median_teks=[ringkas_nilai(m, i) for m, i in zip(df["median"], df["indikator"], strict=True)],
        peringkat_teks=[_peringkat(r) for r in df.itertuples()],
    )
    kolom = {
        "nama_indikator": ("Indikator", None),
        "nilai_teks": ("Kelompok ini", None),
        "median_teks": ("Median sebaya", None),
        "peringkat_teks": ("Peringkat", None),
        "persentil": ("Persentil (0–100)", "angka"),
    }
    return tb.tabel(data, kolom)


def _peringkat(baris: Any) -> str:
    if pd.isna(baris.peringkat):
        return "–"
    teks = f"{int(baris.peringkat)} dari {int(baris.n)}"
    return teks + (" (sebaya sedikit)" if bool(baris.n_kecil) else "")


def pita(fig: go.Figure, x: pd.Series, q1: pd.Series, q3: pd.Series, customdata: Any = None) -> None:
    """The peers' interquartile band as a filled area between q1 and q3."""
    fig.add_trace(go.Scatter(x=x, y=q3, mode="lines", line={"width": 0}, showlegend=False, hoverinfo="skip"))
    fig.add_trace(
        go.Scatter(
            x=x,
            y=q1,
            mode="lines",
            line={"width": 0},
            fill="tonexty",
            fillcolor=theme.PITA_SEBAYA,
            name="Separuh tengah (Q1–Q3)",
            hoverinfo="skip",
        )
    )


def median_dan_fokus(
    fig: go.Figure, x: pd.Series, median: pd.Series, fokus: pd.Series, fmt_hover: str
) -> None:
    fig.add_trace(
        go.Scatter(
            x=x,
            y=median,
            mode="lines",
            name="Median sebaya",
            line={"color": theme.SEBAYA, "dash": "dash"},
            hovertemplate=f"{fmt_hover}<extra>Median sebaya</extra>",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=x,
            y=fokus,
            mode="lines+markers",
            name="Kelompok ini",
            line={"color": theme.FOKUS, "width": 3},
            hovertemplate=f"{fmt_hover}<extra>Kelompok ini</extra>",
        )
    )


def kehadiran_vs_sebaya(df: pd.DataFrame) -> go.Figure:
    """Monthly attendance of the group against the peer median and interquartile band."""
    judul = "Kehadiran dibanding sebaya"
    if df.empty:
        return theme.kosong(judul)
    fig = theme.figur(judul, tinggi=400)
    pita(fig, df["bulan"], df["q1_sebaya"], df["q3_sebaya"])
    median_dan_fokus(fig, df["bulan"], df["median_sebaya"], df["fokus"], "%{y:.1%}")
    theme.sumbu_persen(fig)
    theme.sumbu_bulan(fig, list(df["bulan"]))
    return fig


def hambatan_vs_sebaya(df: pd.DataFrame) -> go.Figure:
    """Obstacles per category: this group beside the peers' average, side by side."""
    judul = "Hambatan per kategori: kelompok ini dan rata-rata sebaya"
    data = df[(df["fokus"].fillna(0) > 0) | (df["rata_sebaya"].fillna(0) > 0)]
    if data.empty:
        return theme.kosong(judul, "Tidak ada hambatan tercatat pada periode ini.")
    data = data.sort_values(["kelompok_kategori", "kategori"])
    label = [
        f"{theme.label(k)} ({theme.label(g).lower()})"
        for k, g in zip(data["kategori"], data["kelompok_kategori"], strict=True)
    ]
    fig = theme.figur(judul, tinggi=120 + 28 * len(data))
    fig.update_layout(barmode="group", hovermode="y unified")
    fig.add_trace(
        go.Bar(
            y=label,
            x=data["fokus"],
            orientation="h",
            name="Kelompok ini",
            marker_color=theme.FOKUS,
            hovertemplate="%{x:,.0f}<extra>Kelompok ini</extra>",
        )
    )
    fig.add_trace(
        go.Bar(
            y=label,
            x=data["rata_sebaya"],
            orientation="h",
            name="Rata-rata sebaya",
            marker_color=theme.SEBAYA,
            hovertemplate="%{x:,.1f}<extra>Rata-rata sebaya</extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text="Jumlah hambatan", tickformat=",.0f")
    return fig


def ringkas_nilai(nilai: Any, indikator: str) -> str:
    """One indicator value in its unit, for headline text."""
    nama_format = _INDIKATOR.get(indikator, ("", "desimal"))[1] or "desimal"
    return tb.FORMAT[nama_format](nilai)
