"""Builders for Bandingkan: a focal group against its peers (median and interquartile band)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from kube_metrics import i18n
from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme

# Fewer peers than this and a median/band says little: the page warns.
SEBAYA_MIN = 5

# indicator -> its cell format; its name is label.<indicator> in the catalogue
_INDIKATOR = {
    "tingkat_kehadiran": "persen1",
    "pertemuan_per_bulan": "desimal",
    "omzet": "rupiah",
    "laba": "rupiah",
    "pertumbuhan_modal": "persen_tanda",
    "hambatan_terbuka": "angka",
    "kunjungan_pendamping": "angka",
}


def _t(kunci: str, lang: str, **nilai: object) -> str:
    return i18n.teks(f"grafik_sebaya.{kunci}", lang, **nilai)


def _nama(indikator: str, lang: str) -> str:
    """'Kehadiran' / 'Attendance'."""
    return theme.label(indikator, lang)


def konteks_sebaya(sebaya: str, profil: dict[str, Any], lang: str = i18n.BAWAAN) -> str:
    """Where the peers come from, as a phrase: 'di Kota Yogyakarta', 'di Kecamatan Tegalrejo'."""
    if sebaya == "kecamatan":
        return _t("di_kecamatan", lang, kecamatan=profil["kecamatan"])
    if sebaya == "jenis_usaha":
        usaha = theme.label(profil["jenis_usaha"], lang).lower()
        return _t("di_jenis_usaha", lang, jenis_usaha=usaha, kota=profil["kota"])
    return _t("di_kota", lang, kota=profil["kota"])


def judul_peringkat(
    df: pd.DataFrame, nama: str, konteks: str, indikator: str = "tingkat_kehadiran", lang: str = i18n.BAWAAN
) -> str:
    """'KUBE Sejahtera 2: peringkat 7 dari 12 untuk kehadiran di Kota Yogyakarta'."""
    baris = df[df["indikator"] == indikator]
    kata = _nama(indikator, lang).lower()
    if baris.empty or pd.isna(baris["peringkat"].iloc[0]):
        return _t("belum_ada_peringkat", lang, nama=nama, indikator=kata, konteks=konteks)
    b = baris.iloc[0]
    return _t(
        "judul_peringkat", lang, nama=nama, peringkat=int(b["peringkat"]), n=int(b["n"]), indikator=kata,
        konteks=konteks,
    )  # fmt: skip


def sebaya_sedikit(df: pd.DataFrame, indikator: str = "tingkat_kehadiran") -> bool:
    """True when the ranking rests on fewer than SEBAYA_MIN peers (the group itself excluded)."""
    baris = df[df["indikator"] == indikator]
    if baris.empty or pd.isna(baris["n"].iloc[0]):
        return True
    if "n_kecil" in baris.columns and pd.notna(baris["n_kecil"].iloc[0]):
        return bool(baris["n_kecil"].iloc[0])
    return int(baris["n"].iloc[0]) - 1 < SEBAYA_MIN


def perbandingan_sebaya(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> go.Figure:
    """Rank in context: each indicator's percentile (0..100) among peers, the rank written beside it."""
    judul = _t("posisi_judul", lang)
    cukup = _cukup(df)
    data = df[df["persentil"].notna() | (~cukup & df["nilai"].notna())]
    if data.empty:
        return theme.kosong(judul, lang=lang)
    label = [_nama(i, lang) for i in data["indikator"]]
    teks = [_peringkat(r, lang, singkat=True) for r in data.itertuples()]
    x = data["persentil"].fillna(0)
    fig = theme.figur(judul, tinggi=110 + 40 * len(data), lang=lang)
    fig.update_layout(hovermode="closest", showlegend=False, margin={"t": 50})
    fig.add_vrect(x0=25, x1=75, fillcolor=theme.PITA_SEBAYA, line_width=0, layer="below")
    fig.add_vline(x=50, line={"color": theme.SEBAYA, "dash": "dot"})
    fig.add_trace(
        go.Scatter(
            x=x,
            y=label,
            mode="markers+text",
            text=teks,
            # the rank beside the dot, on the side with room (at the right edge it was cut: "1 d")
            textposition=["middle left" if p > 60 else "middle right" for p in x],
            marker={"color": theme.FOKUS, "size": 13, "opacity": [1 if c else 0 for c in _cukup(data)]},
            customdata=[_nilai(r, lang) for r in data.itertuples()],
            hovertemplate=_t("posisi_hover", lang) + "<extra></extra>",
        )
    )
    fig.update_xaxes(
        range=[0, 112], title_text=theme.bungkus_judul(_t("posisi_sumbu", lang), 30), ticksuffix=""
    )
    fig.update_yaxes(autorange="reversed", showgrid=False)
    return fig


def _nilai(baris: Any, lang: str = i18n.BAWAAN) -> str:
    return ringkas_nilai(baris.nilai, str(baris.indikator), lang)


def tabel_perbandingan(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """The figures behind the ranking, each value in its own unit."""
    data = df.assign(
        nama_indikator=[_nama(i, lang) for i in df["indikator"]],
        nilai_teks=[_nilai(r, lang) for r in df.itertuples()],
        median_teks=[ringkas_nilai(m, i, lang) for m, i in zip(df["median"], df["indikator"], strict=True)],
        peringkat_teks=[_peringkat(r, lang) for r in df.itertuples()],
    )
    kolom = {
        "nama_indikator": ("Indikator", None),
        "nilai_teks": ("Kelompok ini", None),
        "median_teks": ("Median sebaya", None),
        "peringkat_teks": ("Peringkat", None),
        "persentil": ("Persentil (0–100)", "angka"),
    }
    return tb.tabel(data, tb.kolom_bahasa(kolom, lang), lang)


def _cukup(df: pd.DataFrame) -> pd.Series:
    """Whether the focal group has enough months of data to be ranked on each indicator."""
    if "cukup_data" not in df.columns:
        return pd.Series(True, index=df.index, dtype=bool)
    return df["cukup_data"].fillna(True).astype(bool)


def _peringkat(baris: Any, lang: str = i18n.BAWAAN, singkat: bool = False) -> str:
    if not bool(getattr(baris, "cukup_data", True)):
        return i18n.teks("umum.belum_cukup_data", lang)
    if pd.isna(baris.peringkat):
        return "–"
    teks = _t("dari", lang, peringkat=int(baris.peringkat), n=int(baris.n))
    return teks + (_t("sedikit", lang) if bool(baris.n_kecil) and not singkat else "")


def pita(
    fig: go.Figure,
    x: pd.Series,
    q1: pd.Series,
    q3: pd.Series,
    customdata: Any = None,
    lang: str = i18n.BAWAAN,
) -> None:
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
            name=_t("pita", lang),
            hoverinfo="skip",
        )
    )


def median_dan_fokus(
    fig: go.Figure, x: pd.Series, median: pd.Series, fokus: pd.Series, fmt_hover: str, lang: str = i18n.BAWAAN
) -> None:
    median_nama, fokus_nama = _t("median", lang), _t("fokus", lang)
    fig.add_trace(
        go.Scatter(
            x=x,
            y=median,
            mode="lines",
            name=median_nama,
            line={"color": theme.SEBAYA, "dash": "dash"},
            hovertemplate=f"{fmt_hover}<extra>{median_nama}</extra>",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=x,
            y=fokus,
            mode="lines+markers",
            name=fokus_nama,
            line={"color": theme.FOKUS, "width": 3},
            hovertemplate=f"{fmt_hover}<extra>{fokus_nama}</extra>",
        )
    )


def kehadiran_vs_sebaya(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> go.Figure:
    """Monthly attendance of the group against the peer median and interquartile band."""
    judul = _t("kehadiran_judul", lang)
    if df.empty:
        return theme.kosong(judul, lang=lang)
    fig = theme.figur(judul, tinggi=400, lang=lang)
    pita(fig, df["bulan"], df["q1_sebaya"], df["q3_sebaya"], lang=lang)
    median_dan_fokus(fig, df["bulan"], df["median_sebaya"], df["fokus"], "%{y:.1%}", lang)
    theme.sumbu_persen(fig)
    theme.sumbu_bulan(fig, list(df["bulan"]), lang=lang)
    return fig


def hambatan_vs_sebaya(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> go.Figure:
    """Obstacles per category: this group beside the peers' average, side by side."""
    judul = _t("hambatan_judul", lang)
    data = df[(df["fokus"].fillna(0) > 0) | (df["rata_sebaya"].fillna(0) > 0)]
    if data.empty:
        return theme.kosong(judul, _t("hambatan_kosong", lang), lang)
    data = data.sort_values(["kelompok_kategori", "kategori"])
    label = [
        f"{theme.label(k, lang)} ({theme.label(g, lang).lower()})"
        for k, g in zip(data["kategori"], data["kelompok_kategori"], strict=True)
    ]
    fig = theme.figur(judul, tinggi=120 + 28 * len(data), lang=lang)
    fokus_nama, rata_nama = _t("fokus", lang), _t("rata", lang)
    fig.update_layout(barmode="group", hovermode="y unified")
    fig.add_trace(
        go.Bar(
            y=label,
            x=data["fokus"],
            orientation="h",
            name=fokus_nama,
            marker_color=theme.FOKUS,
            hovertemplate=f"%{{x:,.0f}}<extra>{fokus_nama}</extra>",
        )
    )
    fig.add_trace(
        go.Bar(
            y=label,
            x=data["rata_sebaya"],
            orientation="h",
            name=rata_nama,
            marker_color=theme.SEBAYA,
            hovertemplate=f"%{{x:,.1f}}<extra>{rata_nama}</extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    # whole ticks: the peers' averages (0,5) must not give an axis reading '0 1 1 2 2' (issue 11)
    theme.sumbu_cacah(fig, float(data[["fokus", "rata_sebaya"]].max().max()), sumbu="x")
    fig.update_xaxes(title_text=_t("hambatan_sumbu", lang))
    return fig


def ringkas_nilai(nilai: Any, indikator: str, lang: str = i18n.BAWAAN) -> str:
    """One indicator value in its unit, for headline text."""
    return tb.format_bahasa(lang)[_INDIKATOR.get(indikator, "desimal")](nilai)
