"""Builders for the early warnings (kube_metrics.peringatan) on Ringkasan and Profil Kelompok:
counts per warning code, the table of active warnings, and one group's warnings as messages."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from kube_metrics import peringatan
from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme

WARNA_TINGKAT = {"tinggi": theme.RAG["merah"], "sedang": theme.RAG["kuning"]}
LABEL_TINGKAT = {"tinggi": "🔴 tinggi", "sedang": "🟡 sedang"}


@dataclass(frozen=True)
class Pesan:
    """One active warning of one group, as shown on its profile."""

    tingkat: str  # 'tinggi' or 'sedang'
    judul: str
    pesan: str


def judul(kode: str) -> str:
    """'mandiri_belum_siap' -> 'Dimandirikan sebelum siap'."""
    return peringatan.KODE[kode][1] if kode in peringatan.KODE else theme.label(kode)


def _urut(df: pd.DataFrame) -> pd.DataFrame:
    """Severe first, then the documented code order, then the group."""
    urutan = {kode: i for i, kode in enumerate(peringatan.KODE)}
    kunci = df.assign(_t=(df["tingkat"] != "tinggi").astype(int), _k=df["kode"].map(urutan))
    return kunci.sort_values(["_t", "_k", "kode_kube"]).drop(columns=["_t", "_k"])


def jumlah_per_kode(df: pd.DataFrame) -> pd.DataFrame:
    """kode, judul, tingkat, jumlah (groups with that warning): every known code, zeros included,
    so the reader also sees what was checked and found clear."""
    hitung = df["kode"].value_counts()
    return pd.DataFrame(
        {
            "kode": list(peringatan.KODE),
            "judul": [v[1] for v in peringatan.KODE.values()],
            "tingkat": [v[0] for v in peringatan.KODE.values()],
            "jumlah": [int(hitung.get(k, 0)) for k in peringatan.KODE],
        }
    )


def peringatan_per_kode(df: pd.DataFrame) -> go.Figure:
    """How many groups carry each warning, one bar per code coloured by severity."""
    data = jumlah_per_kode(df)
    fig = theme.figur("Kelompok per jenis peringatan", tinggi=120 + 34 * len(data))
    fig.add_trace(
        go.Bar(
            y=data["judul"],
            x=data["jumlah"],
            orientation="h",
            marker_color=[WARNA_TINGKAT.get(t, theme.SEBAYA) for t in data["tingkat"]],
            text=data["jumlah"],
            textposition="outside",
            customdata=[LABEL_TINGKAT.get(t, t) for t in data["tingkat"]],
            hovertemplate="%{y}: %{x:,.0f} kelompok (tingkat %{customdata})<extra></extra>",
            showlegend=False,
        )
    )
    fig.update_layout(hovermode="closest", margin={"t": 50})  # no legend: no room kept for one
    fig.update_yaxes(autorange="reversed", showgrid=False, ticksuffix="  ")
    fig.update_xaxes(title_text="Jumlah kelompok", tickformat=",.0f", rangemode="tozero")
    return fig


def peringatan_tabel(df: pd.DataFrame) -> tb.Tabel:
    """Every active warning, severe first: group, severity, warning, explanation, stable code."""
    data = _urut(df)
    data = data.assign(
        judul=[judul(k) for k in data["kode"]],
        tingkat_teks=[LABEL_TINGKAT.get(t, t) for t in data["tingkat"]],
    )
    kolom: dict[str, tuple[str, str | None]] = {
        "kode_kube": ("Kode", None),
        "nama": ("Kelompok", None),
        "tingkat_teks": ("Tingkat", None),
        "judul": ("Peringatan", None),
        "pesan": ("Keterangan", None),
        "kode": ("Kode peringatan", None),
    }
    return tb.tabel(data, kolom)


def pesan_kelompok(df: pd.DataFrame) -> list[Pesan]:
    """One group's active warnings, severe first, for messages near the top of its profile."""
    return [Pesan(str(b.tingkat), judul(str(b.kode)), str(b.pesan)) for b in _urut(df).itertuples()]
