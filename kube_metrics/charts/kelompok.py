"""Builders for Profil Kelompok: one group over time, with markers for grant, mandiri and visits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from kube_metrics import i18n
from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme


def _t(kunci: str, lang: str, **nilai: object) -> str:
    return i18n.teks(f"grafik_kelompok.{kunci}", lang, **nilai)


@dataclass(frozen=True)
class Penanda:
    tanggal: dt.date
    teks: str
    warna: str


def penanda_kelompok(profil: Mapping[str, Any], lang: str = i18n.BAWAAN) -> list[Penanda]:
    """Grant, mandiri and dissolution dates of one daftar_kelompok row, those that are set."""
    jenis = [
        ("tanggal_bantuan", _t("bantuan", lang), theme.WARNA[2]),
        ("tanggal_mandiri", _t("mandiri", lang), theme.WARNA[0]),
        ("tanggal_bubar", _t("bubar", lang), theme.FOKUS),
    ]
    hasil = []
    for kolom, teks, warna in jenis:
        nilai = profil.get(kolom)
        if nilai is not None and not pd.isna(nilai):
            hasil.append(Penanda(pd.Timestamp(nilai).date(), teks, warna))
    return hasil


def uraian_profil(profil: Mapping[str, Any], lang: str = i18n.BAWAAN) -> str:
    """'Kel. Tegalrejo, Kec. Tegalrejo, Kota Yogyakarta · Warung sembako · pendamping Bu Sri'."""
    bagian = [
        _t("lokasi", lang, kelurahan=profil["kelurahan"], kecamatan=profil["kecamatan"], kota=profil["kota"]),
        theme.label(profil["jenis_usaha"], lang),
    ]
    if _ada(profil.get("pendamping")):
        bagian.append(_t("pendamping", lang, nama=profil["pendamping"]))
    return " · ".join(bagian)


def kartu_profil(profil: Mapping[str, Any], lang: str = i18n.BAWAAN) -> list[tb.Kartu]:
    """Formation, grant, mandiri and state of one group as cards."""
    nilai: Any = profil.get("nilai_bantuan")
    bantuan = tb.rupiah_ringkas(float(nilai), lang) if _ada(nilai) else "–"
    lengkap = i18n.rupiah(float(nilai), lang) if _ada(nilai) else None
    bentuk, mandiri = profil.get("tanggal_bentuk"), profil.get("tanggal_mandiri")
    tanggal_bantuan = _tgl(profil.get("tanggal_bantuan"), lang)
    return [
        tb.Kartu(_t("dibentuk", lang), _bln(bentuk, lang), None, "off", _tgl(bentuk, lang)),
        tb.Kartu(_t("kartu_bantuan", lang, tanggal=tanggal_bantuan), bantuan, None, "off", lengkap),
        tb.Kartu(_t("mandiri_sejak", lang), _bln(mandiri, lang), None, "off", _tgl(mandiri, lang)),
        tb.Kartu(_t("status", lang), _status(profil, lang), None, "off"),
    ]


def _ada(nilai: Any) -> bool:
    return nilai is not None and not pd.isna(nilai)


def _tgl(nilai: Any, lang: str = i18n.BAWAAN) -> str:
    return i18n.tanggal(pd.Timestamp(nilai).date(), lang) if _ada(nilai) else "–"


def _bln(nilai: Any, lang: str = i18n.BAWAAN) -> str:
    """A date short enough for a card: 'Mar 2017' (the full date is in the tooltip)."""
    return i18n.bulan_pendek(pd.Timestamp(nilai).date(), lang) if _ada(nilai) else "–"


def _status(profil: Mapping[str, Any], lang: str = i18n.BAWAAN) -> str:
    if _ada(profil.get("tanggal_bubar")):
        return _t("bubar", lang)
    return _t("mandiri" if _ada(profil.get("tanggal_mandiri")) else "didampingi", lang)


def tambah_penanda(fig: go.Figure, penanda: Iterable[Penanda], awal: Any, akhir: Any) -> None:
    """Vertical lines for the markers that fall inside the drawn period."""
    for p in penanda:
        if pd.Timestamp(awal) <= pd.Timestamp(p.tanggal) <= pd.Timestamp(akhir):
            theme.garis_tanggal(fig, p.tanggal, p.teks, warna=p.warna)


def _kegiatan(kode: str, lang: str) -> str:
    return theme.label(kode, lang).lower()


def tambah_kunjungan(fig: go.Figure, kunjungan: pd.DataFrame, lang: str = i18n.BAWAAN) -> None:
    """Visits (daftar_kunjungan) as small triangles along the bottom, on a hidden 0..1 axis."""
    if kunjungan.empty:
        return
    nama = _t("kunjungan", lang)
    teks = [
        f"{i18n.tanggal(pd.Timestamp(d).date(), lang)}: {theme.label(p, lang)} ({_kegiatan(k, lang)})"
        for d, p, k in zip(kunjungan["tanggal"], kunjungan["pihak"], kunjungan["kegiatan"], strict=True)
    ]
    fig.add_trace(
        go.Scatter(
            x=kunjungan["tanggal"],
            y=[0.03] * len(kunjungan),
            yaxis="y9",
            mode="markers",
            name=nama,
            marker={"symbol": "triangle-up", "size": 9, "color": theme.WARNA[3]},
            customdata=teks,
            hovertemplate=f"%{{customdata}}<extra>{nama}</extra>",
        )
    )
    fig.update_layout(yaxis9={"overlaying": "y", "range": [0, 1], "visible": False, "fixedrange": True})


def keuangan_bulanan(
    df: pd.DataFrame,
    *,
    penanda: Iterable[Penanda] = (),
    kunjungan: pd.DataFrame | None = None,
    lang: str = i18n.BAWAAN,
) -> go.Figure:
    """Revenue and profit (top) and capital (bottom) per month, with markers."""
    laporan = df[df["ada_laporan"].astype(bool)] if "ada_laporan" in df.columns else df
    if laporan.empty:
        return theme.kosong(_t("keuangan_judul", lang), _t("keuangan_kosong", lang), lang)
    fig = make_subplots(
        rows=2,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.1,
        row_heights=[0.6, 0.4],
        subplot_titles=(_t("omzet_laba", lang), _t("modal_akhir", lang)),
    )
    fig.update_layout(template=theme.TEMPLATE, height=580, title_text=_t("keuangan_judul", lang))
    fig.update_layout(separators=theme.PEMISAH[lang])
    theme.legenda_atas(fig)
    teks = theme.label_bulan(laporan["bulan"], lang)
    rp = theme.hover_rupiah(lang=lang)
    fig.add_trace(_batang(laporan, "omzet", _t("omzet", lang), theme.WARNA[1], teks, rp), row=1, col=1)
    fig.add_trace(_seri(laporan, "laba", _t("laba", lang), theme.WARNA[0], teks, rp), row=1, col=1)
    fig.add_trace(_seri(laporan, "modal", _t("modal", lang), theme.WARNA[2], teks, rp), row=2, col=1)
    theme.sumbu_rupiah(fig, lang)
    if "ada_laporan" in df.columns:
        tanpa = df.loc[~df["ada_laporan"].astype(bool), "bulan"]
        theme.tandai_tanpa_laporan(fig, tanpa, i18n.teks("grafik.tanpa_laporan", lang), row=1, col=1)
    theme.sumbu_bulan(fig, list(df["bulan"]), lang=lang)
    tambah_penanda(fig, penanda, df["bulan"].min(), df["bulan"].max() + pd.offsets.MonthEnd(0))
    if kunjungan is not None:
        tambah_kunjungan(fig, kunjungan, lang)
    return fig


def _batang(df: pd.DataFrame, kolom: str, nama: str, warna: str, teks: list[str], hover: str) -> go.Bar:
    return go.Bar(
        x=df["bulan"],
        y=df[kolom],
        name=nama,
        marker_color=warna,
        opacity=0.8,
        customdata=teks,
        hovertemplate=f"{hover}<extra>{nama}</extra>",
    )


def _seri(df: pd.DataFrame, kolom: str, nama: str, warna: str, teks: list[str], hover: str) -> go.Scatter:
    return go.Scatter(
        x=df["bulan"],
        y=df[kolom],
        name=nama,
        mode="lines+markers",
        line={"color": warna},
        customdata=teks,
        hovertemplate=f"{hover}<extra>{nama}</extra>",
    )


def kehadiran_per_pertemuan(
    df: pd.DataFrame,
    *,
    penanda: Iterable[Penanda] = (),
    kunjungan: pd.DataFrame | None = None,
    lang: str = i18n.BAWAAN,
) -> go.Figure:
    """Attendance rate at every meeting, coloured by meeting type, with markers."""
    judul = _t("kehadiran_judul", lang)
    if df.empty:
        return theme.kosong(judul, _t("kehadiran_kosong", lang), lang)
    fig = theme.figur(judul, tinggi=400, lang=lang)
    fig.update_layout(hovermode="closest")
    for i, (jenis, bagian) in enumerate(df.groupby("jenis", sort=True)):
        teks = [
            _t("hadir_dari", lang, tanggal=i18n.tanggal(pd.Timestamp(t).date(), lang), hadir=h, aktif=a)
            for t, h, a in zip(bagian["tanggal"], bagian["hadir"], bagian["aktif"], strict=True)
        ]
        fig.add_trace(
            go.Scatter(
                x=bagian["tanggal"],
                y=bagian["tingkat_kehadiran"],
                mode="markers",
                name=theme.label(jenis, lang),
                marker={"color": theme.WARNA[i % len(theme.WARNA)], "size": 8},
                customdata=teks,
                hovertemplate="%{customdata}<br>%{y:.0%}<extra></extra>",
            )
        )
    theme.sumbu_persen(fig)
    fig.update_yaxes(range=[0, 1.05])
    theme.sumbu_bulan(fig, list(df["tanggal"]), lang=lang)
    tambah_penanda(fig, penanda, df["tanggal"].min(), df["tanggal"].max())
    if kunjungan is not None:
        tambah_kunjungan(fig, kunjungan, lang)
    return fig


def kunjungan_per_pihak(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> go.Figure:
    """Visits per month, stacked by who visited."""
    judul = _t("kunjungan_judul", lang)
    if df.empty or df["jumlah"].sum() == 0:
        return theme.kosong(judul, _t("kunjungan_kosong", lang), lang)
    fig = theme.figur(judul, tinggi=340, lang=lang)
    fig.update_layout(barmode="stack")
    for i, (pihak, bagian) in enumerate(df.groupby("pihak", sort=True)):
        fig.add_trace(
            go.Bar(
                x=bagian["bulan"],
                y=bagian["jumlah"],
                name=theme.label(pihak, lang),
                marker_color=theme.WARNA[i % len(theme.WARNA)],
                customdata=theme.label_bulan(bagian["bulan"], lang),
                hovertemplate="%{y:,.0f}<extra>" + theme.label(pihak, lang) + "</extra>",
            )
        )
    theme.sumbu_cacah(fig, float(df.groupby("bulan")["jumlah"].sum().max()))
    theme.sumbu_bulan(fig, list(df["bulan"]), lang=lang)
    return fig


def pertumbuhan_tahunan(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """Year by year: revenue, profit, capital at year end and growth of revenue."""
    kolom = {
        "tahun": ("Tahun", None),
        "omzet": ("Omzet", "rupiah"),
        "laba": ("Laba", "rupiah"),
        "modal_akhir": ("Modal akhir", "rupiah"),
        "omzet_yoy": ("Pertumbuhan omzet", "persen_tanda"),
    }
    return tb.tabel(df, tb.kolom_bahasa(kolom, lang), lang)


def daftar_kunjungan(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    kolom = {"tanggal": ("Tanggal", "tanggal"), "pihak": ("Pihak", "teks"), "kegiatan": ("Kegiatan", "teks")}
    return tb.tabel(df, tb.kolom_bahasa(kolom, lang), lang)


def absen_beruntun(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """Members absent from the last meetings in a row; names stay hidden (personal data)."""
    kolom = {"kode_anggota": ("Kode anggota", None), "absen_terakhir": ("Absen terakhir", "tanggal")}
    return tb.tabel(df, tb.kolom_bahasa(kolom, lang), lang)
