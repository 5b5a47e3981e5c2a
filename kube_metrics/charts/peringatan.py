"""Builders for the early warnings (kube_metrics.peringatan) on Ringkasan and Profil Kelompok:
counts per warning code, the table of active warnings, and one group's warnings as messages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from kube_metrics import i18n, narasi, peringatan
from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme

WARNA_TINGKAT = {"tinggi": theme.RAG["merah"], "sedang": theme.RAG["kuning"]}
EMOJI_TINGKAT = {"tinggi": "🔴", "sedang": "🟡"}


def label_tingkat(tingkat: str, lang: str = i18n.BAWAAN) -> str:
    """'🔴 tinggi' / '🔴 high'."""
    if tingkat not in EMOJI_TINGKAT:
        return tingkat
    return f"{EMOJI_TINGKAT[tingkat]} {theme.label(tingkat, lang).lower()}"


LABEL_TINGKAT = {k: label_tingkat(k) for k in EMOJI_TINGKAT}


@dataclass(frozen=True)
class Pesan:
    """One active warning of one group, as shown on its profile."""

    tingkat: str  # 'tinggi' or 'sedang'
    judul: str
    pesan: str


def judul(kode: str, lang: str = i18n.BAWAAN) -> str:
    """'mandiri_belum_siap' -> 'Dimandirikan sebelum siap' ('Declared independent before ready')."""
    if lang != i18n.BAWAAN and i18n.ada(f"judul_peringatan.{kode}", lang):
        return i18n.teks(f"judul_peringatan.{kode}", lang)
    return peringatan.KODE[kode][1] if kode in peringatan.KODE else theme.label(kode, lang)


def keterangan(baris: Any, lang: str = i18n.BAWAAN) -> str:
    """The explanation of one warning (a row of peringatan.peringatan_aktif) in `lang`, with the
    group's own figures from the catalogue. A row without the figure columns (an older frame)
    keeps its Indonesian `pesan`, or gets the catalogue's explanation with only the threshold.
    A row whose `pesan` was left empty (peringatan_aktif(teks=False)) gets it written here."""
    kode, pesan = str(baris.kode), baris.pesan
    ditulis = isinstance(pesan, str) and bool(pesan)  # empty: written only for the rows shown
    if kode not in peringatan.KODE or (lang == i18n.BAWAAN and ditulis):
        return str(pesan)
    if all(hasattr(baris, k) for k in peringatan.KOLOM_ANGKA):
        return peringatan.tulis_pesan(kode, baris, lang)
    teks = narasi.pesan_peringatan(kode, lang).split(": ", 1)[-1]
    return teks[:1].upper() + teks[1:]


def urut(df: pd.DataFrame) -> pd.DataFrame:
    """Severe first, then the documented code order, then the group (the table's order, so a
    page showing its first rows sorts the whole frame with this first)."""
    urutan = {kode: i for i, kode in enumerate(peringatan.KODE)}
    kunci = df.assign(_t=(df["tingkat"] != "tinggi").astype(int), _k=df["kode"].map(urutan))
    return kunci.sort_values(["_t", "_k", "kode_kube"]).drop(columns=["_t", "_k"])


def jumlah_per_kode(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> pd.DataFrame:
    """kode, judul, tingkat, jumlah (groups with that warning): every known code, zeros included,
    so the reader also sees what was checked and found clear."""
    return _jumlah_semua_kode(df["kode"].value_counts(), lang)


def _jumlah_semua_kode(hitung: pd.Series, lang: str) -> pd.DataFrame:
    """jumlah_per_kode's frame from counts indexed by code."""
    return pd.DataFrame(
        {
            "kode": list(peringatan.KODE),
            "judul": [judul(k, lang) for k in peringatan.KODE],
            "tingkat": [v[0] for v in peringatan.KODE.values()],
            "jumlah": [int(hitung.get(k, 0)) for k in peringatan.KODE],
        }
    )


def peringatan_per_kode(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> go.Figure:
    """How many groups carry each warning, one bar per code coloured by severity."""
    return _grafik_per_kode(jumlah_per_kode(df, lang), lang)


def peringatan_per_kode_hitung(hitung: pd.DataFrame, lang: str = i18n.BAWAAN) -> go.Figure:
    """peringatan_per_kode from counts already made in SQL (kode, jumlah: peringatan_tersimpan.
    jumlah_per_kode), so the page never holds one row per warning."""
    return _grafik_per_kode(_jumlah_semua_kode(hitung.set_index("kode")["jumlah"], lang), lang)


def _grafik_per_kode(data: pd.DataFrame, lang: str) -> go.Figure:
    fig = theme.figur(i18n.teks("grafik_peringatan.judul", lang), tinggi=120 + 34 * len(data), lang=lang)
    fig.add_trace(
        go.Bar(
            y=data["judul"],
            x=data["jumlah"],
            orientation="h",
            marker_color=[WARNA_TINGKAT.get(t, theme.SEBAYA) for t in data["tingkat"]],
            text=data["jumlah"],
            textposition="outside",
            customdata=[label_tingkat(t, lang) for t in data["tingkat"]],
            hovertemplate=i18n.teks("grafik_peringatan.hover", lang) + "<extra></extra>",
            showlegend=False,
        )
    )
    fig.update_layout(hovermode="closest", margin={"t": 50})  # no legend: no room kept for one
    fig.update_yaxes(autorange="reversed", showgrid=False, ticksuffix="  ")
    theme.sumbu_cacah(fig, float(data["jumlah"].max()), sumbu="x")  # '0 1 2', not '0 1 1 2 2'
    fig.update_xaxes(title_text=i18n.teks("grafik_peringatan.sumbu", lang))
    return fig


def peringatan_tabel(df: pd.DataFrame, lang: str = i18n.BAWAAN, *, urutkan: bool = True) -> tb.Tabel:
    """Every active warning, severe first: group, severity, warning, explanation, stable code.
    urutkan=False keeps the rows' order (a page already sorted in SQL by the user's choice)."""
    data = urut(df) if urutkan else df
    data = data.assign(
        judul=[judul(k, lang) for k in data["kode"]],
        tingkat_teks=[label_tingkat(t, lang) for t in data["tingkat"]],
        pesan=[keterangan(b, lang) for b in data.itertuples(index=False)],
    )
    kolom: dict[str, tuple[str, str | None]] = {
        "kode_kube": ("Kode", None),
        "nama": ("Kelompok", None),
        "tingkat_teks": ("Tingkat", None),
        "judul": ("Peringatan", None),
        "pesan": ("Keterangan", None),
        "kode": ("Kode peringatan", None),
    }
    return tb.tabel(data, tb.kolom_bahasa(kolom, lang), lang)


def pesan_kelompok(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> list[Pesan]:
    """One group's active warnings, severe first, for messages near the top of its profile."""
    return [
        Pesan(str(b.tingkat), judul(str(b.kode), lang), keterangan(b, lang)) for b in urut(df).itertuples()
    ]
