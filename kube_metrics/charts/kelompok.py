"""Builders for Profil Kelompok: one group over time, with markers for grant, mandiri and visits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from kube_metrics import format as fmt
from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme


@dataclass(frozen=True)
class Penanda:
    tanggal: dt.date
    teks: str
    warna: str


def penanda_kelompok(profil: Mapping[str, Any]) -> list[Penanda]:
    """Grant, mandiri and dissolution dates of one daftar_kelompok row, those that are set."""
    jenis = [
        ("tanggal_bantuan", "Bantuan", theme.WARNA[2]),
        ("tanggal_mandiri", "Mandiri", theme.WARNA[0]),
        ("tanggal_bubar", "Bubar", theme.FOKUS),
    ]
    hasil = []
    for kolom, teks, warna in jenis:
        nilai = profil.get(kolom)
        if nilai is not None and not pd.isna(nilai):
            hasil.append(Penanda(pd.Timestamp(nilai).date(), teks, warna))
    return hasil


def uraian_profil(profil: Mapping[str, Any]) -> str:
    """'Kel. Tegalrejo, Kec. Tegalrejo, Kota Yogyakarta · Warung sembako · pendamping Bu Sri'."""
    bagian = [
        f"Kel. {profil['kelurahan']}, Kec. {profil['kecamatan']}, {profil['kota']}",
        theme.label(profil["jenis_usaha"]),
    ]
    if _ada(profil.get("pendamping")):
        bagian.append(f"pendamping {profil['pendamping']}")
    return " · ".join(bagian)


def kartu_profil(profil: Mapping[str, Any]) -> list[tb.Kartu]:
    """Formation, grant, mandiri and state of one group as cards."""
    nilai: Any = profil.get("nilai_bantuan")
    bantuan = tb.rupiah_ringkas(float(nilai)) if _ada(nilai) else "–"
    lengkap = fmt.rupiah(float(nilai)) if _ada(nilai) else None
    return [
        tb.Kartu(
            "Dibentuk", _bln(profil.get("tanggal_bentuk")), None, "off", _tgl(profil.get("tanggal_bentuk"))
        ),
        tb.Kartu(f"Bantuan UEP · {_tgl(profil.get('tanggal_bantuan'))}", bantuan, None, "off", lengkap),
        tb.Kartu(
            "Mandiri sejak",
            _bln(profil.get("tanggal_mandiri")),
            None,
            "off",
            _tgl(profil.get("tanggal_mandiri")),
        ),
        tb.Kartu("Status", _status(profil), None, "off"),
    ]


def _ada(nilai: Any) -> bool:
    return nilai is not None and not pd.isna(nilai)


def _tgl(nilai: Any) -> str:
    return fmt.tanggal(pd.Timestamp(nilai).date()) if _ada(nilai) else "–"


def _bln(nilai: Any) -> str:
    """A date short enough for a card: 'Mar 2017' (the full date is in the tooltip)."""
    return fmt.bulan_pendek(pd.Timestamp(nilai).date()) if _ada(nilai) else "–"


def _status(profil: Mapping[str, Any]) -> str:
    if _ada(profil.get("tanggal_bubar")):
        return "Bubar"
    return "Mandiri" if _ada(profil.get("tanggal_mandiri")) else "Dalam pendampingan"


def tambah_penanda(fig: go.Figure, penanda: Iterable[Penanda], awal: Any, akhir: Any) -> None:
    """Vertical lines for the markers that fall inside the drawn period."""
    for p in penanda:
        if pd.Timestamp(awal) <= pd.Timestamp(p.tanggal) <= pd.Timestamp(akhir):
            theme.garis_tanggal(fig, p.tanggal, p.teks, warna=p.warna)


def tambah_kunjungan(fig: go.Figure, kunjungan: pd.DataFrame) -> None:
    """Visits (daftar_kunjungan) as small triangles along the bottom, on a hidden 0..1 axis."""
    if kunjungan.empty:
        return
    teks = [
        f"{fmt.tanggal(pd.Timestamp(t).date())}: {theme.label(p)} ({k})"
        for t, p, k in zip(kunjungan["tanggal"], kunjungan["pihak"], kunjungan["kegiatan"], strict=True)
    ]
    fig.add_trace(
        go.Scatter(
            x=kunjungan["tanggal"],
            y=[0.03] * len(kunjungan),
            yaxis="y9",
            mode="markers",
            name="Kunjungan",
            marker={"symbol": "triangle-up", "size": 9, "color": theme.WARNA[3]},
            customdata=teks,
            hovertemplate="%{customdata}<extra>Kunjungan</extra>",
        )
    )
    fig.update_layout(yaxis9={"overlaying": "y", "range": [0, 1], "visible": False, "fixedrange": True})


def keuangan_bulanan(
    df: pd.DataFrame, *, penanda: Iterable[Penanda] = (), kunjungan: pd.DataFrame | None = None
) -> go.Figure:
    """Revenue and profit (top) and capital (bottom) per month, with markers."""
    laporan = df[df["ada_laporan"].astype(bool)] if "ada_laporan" in df.columns else df
    if laporan.empty:
        return theme.kosong("Keuangan bulanan", "Belum ada laporan keuangan pada periode ini.")
    fig = make_subplots(
        rows=2,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.1,
        row_heights=[0.6, 0.4],
        subplot_titles=("Omzet dan laba", "Modal akhir bulan"),
    )
    fig.update_layout(template=theme.TEMPLATE, height=580, title_text="Keuangan bulanan")
    theme.legenda_atas(fig)
    teks = theme.label_bulan(laporan["bulan"])
    rp = "Rp%{y:,.0f}"
    fig.add_trace(_batang(laporan, "omzet", "Omzet", theme.WARNA[1], teks, rp), row=1, col=1)
    fig.add_trace(_seri(laporan, "laba", "Laba", theme.WARNA[0], teks, rp), row=1, col=1)
    fig.add_trace(_seri(laporan, "modal", "Modal", theme.WARNA[2], teks, rp), row=2, col=1)
    theme.sumbu_rupiah(fig)
    theme.sumbu_bulan(fig, list(df["bulan"]))
    tambah_penanda(fig, penanda, df["bulan"].min(), df["bulan"].max() + pd.offsets.MonthEnd(0))
    if kunjungan is not None:
        tambah_kunjungan(fig, kunjungan)
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
    df: pd.DataFrame, *, penanda: Iterable[Penanda] = (), kunjungan: pd.DataFrame | None = None
) -> go.Figure:
    """Attendance rate at every meeting, coloured by meeting type, with markers."""
    judul = "Kehadiran per pertemuan"
    if df.empty:
        return theme.kosong(judul, "Belum ada pertemuan pada periode ini.")
    fig = theme.figur(judul, tinggi=400)
    fig.update_layout(hovermode="closest")
    for i, (jenis, bagian) in enumerate(df.groupby("jenis", sort=True)):
        teks = [
            f"{fmt.tanggal(pd.Timestamp(t).date())} · {h} dari {a} hadir"
            for t, h, a in zip(bagian["tanggal"], bagian["hadir"], bagian["aktif"], strict=True)
        ]
        fig.add_trace(
            go.Scatter(
                x=bagian["tanggal"],
                y=bagian["tingkat_kehadiran"],
                mode="markers",
                name=theme.label(jenis),
                marker={"color": theme.WARNA[i % len(theme.WARNA)], "size": 8},
                customdata=teks,
                hovertemplate="%{customdata}<br>%{y:.0%}<extra></extra>",
            )
        )
    theme.sumbu_persen(fig)
    fig.update_yaxes(range=[0, 1.05])
    theme.sumbu_bulan(fig, list(df["tanggal"]))
    tambah_penanda(fig, penanda, df["tanggal"].min(), df["tanggal"].max())
    if kunjungan is not None:
        tambah_kunjungan(fig, kunjungan)
    return fig


def kunjungan_per_pihak(df: pd.DataFrame) -> go.Figure:
    """Visits per month, stacked by who visited."""
    judul = "Kunjungan per bulan"
    if df.empty or df["jumlah"].sum() == 0:
        return theme.kosong(judul, "Tidak ada kunjungan pada periode ini.")
    fig = theme.figur(judul, tinggi=340)
    fig.update_layout(barmode="stack")
    for i, (pihak, bagian) in enumerate(df.groupby("pihak", sort=True)):
        fig.add_trace(
            go.Bar(
                x=bagian["bulan"],
                y=bagian["jumlah"],
                name=theme.label(pihak),
                marker_color=theme.WARNA[i % len(theme.WARNA)],
                customdata=theme.label_bulan(bagian["bulan"]),
                hovertemplate="%{y:,.0f}<extra>" + theme.label(pihak) + "</extra>",
            )
        )
    fig.update_yaxes(tickformat=",.0f", rangemode="tozero")
    theme.sumbu_bulan(fig, list(df["bulan"]))
    return fig


def pertumbuhan_tahunan(df: pd.DataFrame) -> tb.Tabel:
    """Year by year: revenue, profit, capital at year end and growth of revenue."""
    kolom = {
        "tahun": ("Tahun", None),
        "omzet": ("Omzet", "rupiah"),
        "laba": ("Laba", "rupiah"),
        "modal_akhir": ("Modal akhir", "rupiah"),
        "omzet_yoy": ("Pertumbuhan omzet", "persen_tanda"),
    }
    return tb.tabel(df, kolom)


def daftar_kunjungan(df: pd.DataFrame) -> tb.Tabel:
    kolom = {"tanggal": ("Tanggal", "tanggal"), "pihak": ("Pihak", "teks"), "kegiatan": ("Kegiatan", "teks")}
    return tb.tabel(df, kolom)


def absen_beruntun(df: pd.DataFrame) -> tb.Tabel:
    """Members absent from the last meetings in a row; names stay hidden (personal data)."""
    kolom = {"kode_anggota": ("Kode anggota", None), "absen_terakhir": ("Absen terakhir", "tanggal")}
    return tb.tabel(df, kolom)
