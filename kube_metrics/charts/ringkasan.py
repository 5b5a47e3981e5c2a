"""Builders for the Ringkasan page: KPI cards, trends across groups, the league table, 'perlu perhatian'."""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from kube_metrics import ambang
from kube_metrics import format as fmt
from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme
from kube_metrics.charts.tabel import Kartu

# KPIs where a fall is good news, so Streamlit shows a fall in green.
_TURUN_BAIK = ("hambatan", "tanpa_laporan", "bubar", "absen")


def nilai_satuan(nilai: Any, satuan: str | None, *, ringkas: bool = False) -> str:
    """A KPI value in its unit: rupiah (shortened on cards), percent for rates 0..1, else a number.

    Counts go without their unit ('37', not '37 kelompok'): the card's label names it.
    """
    if nilai is None or pd.isna(nilai):
        return "–"
    if satuan == "rupiah":
        return tb.rupiah_ringkas(float(nilai)) if ringkas else fmt.rupiah(float(nilai))
    if satuan in ("persen", "rasio", "proporsi"):
        return fmt.persen(float(nilai), 1)
    return fmt.angka(float(nilai), 0 if float(nilai).is_integer() else 1)


def _perubahan(baris: Any) -> str | None:
    """The change against the previous period in the KPI's own unit ('poin' for rates)."""
    if pd.isna(baris.nilai) or pd.isna(baris.nilai_sebelumnya):
        return None
    beda = float(baris.nilai) - float(baris.nilai_sebelumnya)
    satuan = _satuan(baris)
    if satuan in ("persen", "rasio", "proporsi"):
        teks, besar = f"{fmt.angka(abs(beda) * 100, 1)} poin", round(abs(beda) * 100, 1)
    else:
        teks, besar = nilai_satuan(abs(beda), satuan, ringkas=True), round(abs(beda), 1)
    if besar == 0:
        return f"±{teks}"  # no '-0,0' for a change that rounds away
    return f"{'+' if beda > 0 else '-'}{teks}"


def _keterangan(baris: Any) -> str:
    """The full figures behind a card, with the unit of counts, for its tooltip."""
    satuan = _satuan(baris)
    unit = f" {satuan}" if satuan and satuan not in ("rupiah", "persen", "rasio", "proporsi") else ""
    kini, lalu = nilai_satuan(baris.nilai, satuan), nilai_satuan(baris.nilai_sebelumnya, satuan)
    return f"{kini}{unit} (periode sebelumnya: {lalu}{unit})"


def _satuan(baris: Any) -> str | None:
    return None if pd.isna(baris.satuan) else str(baris.satuan)


def kpi_ringkasan(df: pd.DataFrame) -> list[Kartu]:
    """One card per KPI row, with its change against the previous period."""
    kartu = []
    for baris in df.itertuples(index=False):
        naik_baik = getattr(baris, "naik_lebih_baik", None)
        if naik_baik is None or pd.isna(naik_baik):
            naik_baik = not any(kata in str(baris.indikator) for kata in _TURUN_BAIK)
        kartu.append(
            Kartu(
                label=str(baris.label),
                nilai=nilai_satuan(baris.nilai, _satuan(baris), ringkas=True),
                perubahan=_perubahan(baris),
                arah_warna="normal" if bool(naik_baik) else "inverse",
                keterangan=_keterangan(baris),
            )
        )
    return kartu


def tren_kelompok(df: pd.DataFrame) -> go.Figure:
    """Attendance (pooled and median group) and revenue (total and median group) month by month."""
    if df.empty:
        return theme.kosong("Tren kehadiran dan omzet")
    fig = make_subplots(
        rows=2,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.12,
        subplot_titles=("Tingkat kehadiran", "Omzet per bulan"),
    )
    fig.update_layout(template=theme.TEMPLATE, height=580, title_text="Tren kehadiran dan omzet")
    theme.legenda_atas(fig)
    teks = theme.label_bulan(df["bulan"])
    _garis(fig, df, "tingkat_kehadiran", "Kehadiran semua kelompok", theme.WARNA[0], teks, "%{y:.1%}", row=1)
    _garis(fig, df, "median_kehadiran", "Median kelompok", theme.SEBAYA, teks, "%{y:.1%}", row=1, putus=True)
    fig.add_trace(
        go.Bar(
            x=df["bulan"],
            y=df["omzet_total"],
            name="Omzet total",
            marker_color=theme.WARNA[1],
            customdata=teks,
            hovertemplate="Rp%{y:,.0f}<extra>Omzet total</extra>",
            opacity=0.75,
        ),
        row=2,
        col=1,
    )
    theme.sumbu_persen(fig, row=1, col=1)
    theme.sumbu_rupiah(fig, row=2, col=1)
    theme.sumbu_bulan(fig, list(df["bulan"]))
    return fig


def _garis(
    fig: go.Figure,
    df: pd.DataFrame,
    kolom: str,
    nama: str,
    warna: str,
    teks: list[str],
    hover: str,
    *,
    row: int,
    putus: bool = False,
) -> None:
    fig.add_trace(
        go.Scatter(
            x=df["bulan"],
            y=df[kolom],
            name=nama,
            mode="lines+markers",
            customdata=teks,
            line={"color": warna, "dash": "dot" if putus else "solid"},
            hovertemplate=f"{hover}<extra>{nama}</extra>",
        ),
        row=row,
        col=1,
    )


_KOLOM_LIGA = {
    "status": ("Status", None),
    "nama": ("Kelompok", None),
    "kelurahan": ("Kelurahan", None),
    "kecamatan": ("Kecamatan", None),
    "jenis_usaha": ("Jenis usaha", "teks"),
    "tingkat_kehadiran": ("Kehadiran", "persen1"),
    "pertemuan_per_bulan": ("Pertemuan/bulan", "desimal"),
    "omzet": ("Omzet", "rupiah"),
    "laba": ("Laba", "rupiah"),
    "omzet_perubahan": ("Perubahan omzet", "persen_tanda"),
    "bulan_tanpa_laporan": ("Bulan tanpa laporan", "angka"),
    "hambatan_terbuka": ("Hambatan terbuka", "angka"),
    "kunjungan": ("Kunjungan", "angka"),
    "kunjungan_per_triwulan": ("Kunjungan/triwulan", "desimal"),
    "kode_kube": ("Kode", None),
}
# status column -> the figure it judges, where the names differ
_STATUS_ANGKA = {"status_kunjungan": "kunjungan_per_triwulan"}
_URUTAN_STATUS = {"merah": 0, "kuning": 1, "hijau": 2}


def status_keseluruhan(df: pd.DataFrame) -> pd.Series:
    """The worst status of a row over every status_<figure> column, as an emoji (⚪ when none)."""
    kolom = [k for k in df.columns if k.startswith("status_")]
    if not kolom:
        return pd.Series("⚪", index=df.index)
    peringkat = df[kolom].apply(lambda s: s.map(_URUTAN_STATUS)).min(axis=1)
    terburuk = peringkat.map({v: k for k, v in _URUTAN_STATUS.items()})
    return terburuk.map(tb.emoji_rag)


def liga_kelompok(df: pd.DataFrame) -> tb.Tabel:
    """Every group with its figures; each figure's cell coloured by its status_<figure> column."""
    data = df.assign(status=status_keseluruhan(df))
    if "bubar" in data.columns:
        data["nama"] = [f"{n} (bubar)" if b else n for n, b in zip(data["nama"], data["bubar"], strict=True)]
    kolom = {k: v for k, v in _KOLOM_LIGA.items() if k in data.columns}
    hasil = tb.tabel(data, kolom)
    pasangan = []
    for status in (k for k in data.columns if k.startswith("status_")):
        angka = _STATUS_ANGKA.get(status, status.removeprefix("status_"))
        if angka in kolom:
            pasangan.append((kolom[angka][0], status))
    return tb.warnai_rag(hasil, data, pasangan)


def perlu_perhatian(df: pd.DataFrame) -> tb.Tabel:
    """Groups needing attention, most urgent level shown as an emoji."""
    data = df.assign(tanda=df["tingkat"].map(_emoji_tingkat))
    kolom = {
        "tanda": ("", None),
        "nama": ("Kelompok", None),
        "kelurahan": ("Kelurahan", None),
        "alasan": ("Alasan", None),
        "kode_kube": ("Kode", None),
    }
    return tb.tabel(data, kolom)


def _emoji_tingkat(tingkat: Any) -> str:
    peta = {"tinggi": "merah", "sedang": "kuning", "rendah": "hijau"}
    return tb.emoji_rag(peta.get(str(tingkat), tingkat))


# figure -> (its thresholds, how a value reads)
_AMBANG = {
    "Kehadiran": (ambang.TINGKAT_KEHADIRAN, lambda v: fmt.persen(v)),
    "Pertemuan per bulan": (ambang.PERTEMUAN_PER_BULAN, lambda v: fmt.angka(v, 1)),
    "Perubahan omzet rata-rata per bulan": (ambang.OMZET_PERUBAHAN, lambda v: fmt.persen(v)),
    "Bulan tanpa laporan keuangan": (ambang.BULAN_TANPA_LAPORAN, lambda v: fmt.angka(v)),
    "Hambatan terbuka di akhir periode": (ambang.HAMBATAN_TERBUKA, lambda v: fmt.angka(v)),
    "Kunjungan per triwulan": (ambang.KUNJUNGAN_PER_TRIWULAN, lambda v: fmt.angka(v, 1)),
}


def keterangan_ambang() -> str:
    """The thresholds of kube_metrics/ambang.py as a Markdown list (they are defined only there)."""
    baris = []
    for nama, (batas, teks) in _AMBANG.items():
        tanda = "≥" if batas.naik_lebih_baik else "≤"
        baris.append(
            f"- **{nama}**: 🟢 {tanda} {teks(batas.hijau)} · 🟡 {tanda} {teks(batas.kuning)} · 🔴 selebihnya"
        )
    baris.append(
        f"- Kunjungan tidak dinilai untuk kelompok yang hidup kurang dari {ambang.KUNJUNGAN_BULAN_MINIMUM} "
        "bulan dalam periode; angka yang belum terdefinisi (tanpa pertemuan/laporan) tidak berwarna."
    )
    return "\n".join(baris)
