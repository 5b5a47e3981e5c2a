"""Builders for the Ringkasan page: KPI cards, trends across groups, the league table, 'perlu perhatian'.

Every builder takes `lang` ('id' by default); texts come from the catalogue (kube_metrics.i18n)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from kube_metrics import ambang, i18n
from kube_metrics.alasan_perhatian import KOLOM_ANGKA as KOLOM_ANGKA_ALASAN
from kube_metrics.alasan_perhatian import tulis_alasan
from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme
from kube_metrics.charts.tabel import Kartu

# KPIs where a fall is good news, so Streamlit shows a fall in green.
_TURUN_BAIK = ("hambatan", "tanpa_laporan", "bubar", "absen")


def nilai_satuan(nilai: Any, satuan: str | None, *, ringkas: bool = False, lang: str = i18n.BAWAAN) -> str:
    """A KPI value in its unit: rupiah (shortened on cards), percent for rates 0..1, else a number.

    Counts go without their unit ('37', not '37 kelompok'): the card's label names it.
    """
    if nilai is None or pd.isna(nilai):
        return "–"
    if satuan == "rupiah":
        return tb.rupiah_ringkas(float(nilai), lang) if ringkas else i18n.rupiah(float(nilai), lang)
    if satuan in ("persen", "rasio", "proporsi"):
        return i18n.persen(float(nilai), lang, 1)
    return i18n.angka(float(nilai), lang, 0 if float(nilai).is_integer() else 1)


def _perubahan(baris: Any, lang: str = i18n.BAWAAN) -> str | None:
    """The change against the previous period in the KPI's own unit ('poin' for rates)."""
    if pd.isna(baris.nilai) or pd.isna(baris.nilai_sebelumnya):
        return None
    beda = float(baris.nilai) - float(baris.nilai_sebelumnya)
    satuan = _satuan(baris)
    if satuan in ("persen", "rasio", "proporsi"):
        poin = i18n.angka(abs(beda) * 100, lang, 1)
        teks, besar = i18n.teks("ringkasan.poin", lang, n=poin), round(abs(beda) * 100, 1)
    else:
        teks, besar = nilai_satuan(abs(beda), satuan, ringkas=True, lang=lang), round(abs(beda), 1)
    if besar == 0:
        return f"±{teks}"  # no '-0,0' for a change that rounds away
    return f"{'+' if beda > 0 else '-'}{teks}"


def _keterangan(baris: Any, lang: str = i18n.BAWAAN) -> str:
    """The full figures behind a card, with the unit of counts, for its tooltip."""
    satuan = _satuan(baris)
    unit = f" {_nama_satuan(satuan, lang)}" if satuan and satuan not in _TANPA_UNIT else ""
    kini = nilai_satuan(baris.nilai, satuan, lang=lang)
    lalu = nilai_satuan(baris.nilai_sebelumnya, satuan, lang=lang)
    return i18n.teks("ringkasan.kartu_ket", lang, kini=f"{kini}{unit}", lalu=f"{lalu}{unit}")


_TANPA_UNIT = ("rupiah", "persen", "rasio", "proporsi")


def _nama_satuan(satuan: str, lang: str) -> str:
    return i18n.teks(f"satuan.{satuan}", lang) if i18n.ada(f"satuan.{satuan}", lang) else satuan


def _label_kpi(baris: Any, lang: str) -> str:
    kunci = f"kpi.{baris.indikator}"
    return i18n.teks(kunci, lang) if i18n.ada(kunci, lang) else str(baris.label)


def _satuan(baris: Any) -> str | None:
    return None if pd.isna(baris.satuan) else str(baris.satuan)


def kpi_ringkasan(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> list[Kartu]:
    """One card per KPI row, with its change against the previous period."""
    kartu = []
    for baris in df.itertuples(index=False):
        naik_baik = getattr(baris, "naik_lebih_baik", None)
        if naik_baik is None or pd.isna(naik_baik):
            naik_baik = not any(kata in str(baris.indikator) for kata in _TURUN_BAIK)
        kartu.append(
            Kartu(
                label=_label_kpi(baris, lang),
                nilai=nilai_satuan(baris.nilai, _satuan(baris), ringkas=True, lang=lang),
                perubahan=_perubahan(baris, lang),
                arah_warna="normal" if bool(naik_baik) else "inverse",
                keterangan=_keterangan(baris, lang),
            )
        )
    return kartu


def tren_kelompok(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> go.Figure:
    """Attendance (pooled and median group) and revenue (total and median group) month by month."""

    def t(kunci: str) -> str:
        return i18n.teks(f"grafik_ringkasan.{kunci}", lang)

    if df.empty:
        return theme.kosong(t("tren_judul"), lang=lang)
    fig = make_subplots(
        rows=2,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.12,
        subplot_titles=(t("tingkat_kehadiran"), t("omzet_per_bulan")),
    )
    fig.update_layout(template=theme.TEMPLATE, height=580, title_text=t("tren_judul"))
    fig.update_layout(separators=theme.PEMISAH[lang])
    theme.legenda_atas(fig)
    teks = theme.label_bulan(df["bulan"], lang)
    _garis(fig, df, "tingkat_kehadiran", t("kehadiran_semua"), theme.WARNA[0], teks, "%{y:.1%}", row=1)
    _garis(fig, df, "median_kehadiran", t("median"), theme.SEBAYA, teks, "%{y:.1%}", row=1, putus=True)
    fig.add_trace(
        go.Bar(
            x=df["bulan"],
            y=df["omzet_total"],
            name=t("omzet_total"),
            marker_color=theme.WARNA[1],
            customdata=teks,
            hovertemplate=f"{theme.hover_rupiah(lang=lang)}<extra>{t('omzet_total')}</extra>",
            opacity=0.75,
        ),
        row=2,
        col=1,
    )
    theme.sumbu_persen(fig, row=1, col=1)
    theme.sumbu_rupiah(fig, lang, row=2, col=1)
    theme.sumbu_bulan(fig, list(df["bulan"]), lang=lang)
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


def status_keseluruhan(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> pd.Series:
    """The worst status of a row over every status_<figure> column, as emoji and word
    ('⚪ belum cukup data' when none)."""
    kolom = [k for k in df.columns if k.startswith("status_")]
    if not kolom:
        return pd.Series(tb.emoji_rag(None, lang), index=df.index)
    peringkat = df[kolom].apply(lambda s: s.map(_URUTAN_STATUS)).min(axis=1)
    terburuk = peringkat.map({v: k for k, v in _URUTAN_STATUS.items()})
    return terburuk.map(lambda s: tb.emoji_rag(s, lang))


def liga_kelompok(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """Every group with its figures; each figure's cell coloured by its status_<figure> column."""
    data = df.assign(status=status_keseluruhan(df, lang))
    if "bubar" in data.columns:
        bubar = i18n.teks("ringkasan.bubar", lang)
        data["nama"] = [
            f"{n} ({bubar})" if b else n for n, b in zip(data["nama"], data["bubar"], strict=True)
        ]
    kolom = tb.kolom_bahasa({k: v for k, v in _KOLOM_LIGA.items() if k in data.columns}, lang)
    hasil = tb.tabel(data, kolom, lang)
    pasangan = []
    for status in (k for k in data.columns if k.startswith("status_")):
        angka = _STATUS_ANGKA.get(status, status.removeprefix("status_"))
        if angka in kolom:
            pasangan.append((kolom[angka][0], status))
    return tb.warnai_rag(hasil, data, pasangan, lang)


def perlu_perhatian(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """Groups needing attention, most urgent level shown as an emoji."""
    data = df.assign(tanda=df["tingkat"].map(lambda t: _emoji_tingkat(t, lang)))
    if lang != i18n.BAWAAN and "kode_alasan" in data.columns:
        data["alasan"] = _alasan(data, lang)
    # the reason right after the name: on a phone the columns after it are off screen
    kolom = {
        "tanda": ("", None),
        "nama": ("Kelompok", None),
        "alasan": ("Alasan", None),
        "kelurahan": ("Kelurahan", None),
        "kode_kube": ("Kode", None),
    }
    return tb.tabel(data, tb.kolom_bahasa(kolom, lang), lang)


def _alasan(data: pd.DataFrame, lang: str) -> list[str]:
    """The reasons in `lang` with the group's figures (kube_metrics.ringkasan keeps them beside the
    Indonesian text); a frame without those figures gets the catalogue's reason alone."""
    if not set(KOLOM_ANGKA_ALASAN) <= set(data.columns):
        return [i18n.teks(f"alasan_perhatian.{k}", lang) for k in data["kode_alasan"]]
    lalu, kini, ubah = (data[k] for k in KOLOM_ANGKA_ALASAN)
    return [
        tulis_alasan(str(k), a, b, c, lang)
        for k, a, b, c in zip(data["kode_alasan"], lalu, kini, ubah, strict=True)
    ]


def _emoji_tingkat(tingkat: Any, lang: str = i18n.BAWAAN) -> str:
    """The level of a perlu-perhatian row as emoji and word: '🔴 tinggi'."""
    peta = {"tinggi": "merah", "sedang": "kuning", "rendah": "hijau"}
    warna = peta.get(str(tingkat), str(tingkat))
    if str(tingkat) not in peta:
        return tb.emoji_rag(warna, lang)
    return f"{theme.RAG_EMOJI[warna]} {theme.label(str(tingkat), lang).lower()}"


# figure -> (its thresholds, how a value reads)
# catalogue key (ambang.<key>) -> (its thresholds, how a value reads: persen or (digits))
_AMBANG: dict[str, tuple[ambang.Ambang, str | int]] = {
    "kehadiran": (ambang.TINGKAT_KEHADIRAN, "persen"),
    "pertemuan": (ambang.PERTEMUAN_PER_BULAN, 1),
    "omzet": (ambang.OMZET_PERUBAHAN, "persen"),
    "laporan": (ambang.BULAN_TANPA_LAPORAN, 0),
    "hambatan": (ambang.HAMBATAN_TERBUKA, 0),
    "kunjungan": (ambang.KUNJUNGAN_PER_TRIWULAN, 1),
}


def _ambang_teks(v: float, cara: str | int, lang: str) -> str:
    return i18n.persen(v, lang) if cara == "persen" else i18n.angka(v, lang, int(cara))


def keterangan_ambang(lang: str = i18n.BAWAAN) -> str:
    """The thresholds of kube_metrics/ambang.py as a Markdown list (they are defined only there)."""
    baris = []
    lain = i18n.teks("ambang.selebihnya", lang)
    for kunci, (batas, cara) in _AMBANG.items():
        tanda = "≥" if batas.naik_lebih_baik else "≤"
        hijau, kuning = _ambang_teks(batas.hijau, cara, lang), _ambang_teks(batas.kuning, cara, lang)
        nama = i18n.teks(f"ambang.{kunci}", lang)
        hijau_, kuning_, merah_ = (tb.emoji_rag(w, lang) for w in ("hijau", "kuning", "merah"))
        baris.append(f"- **{nama}**: {hijau_} {tanda} {hijau} · {kuning_} {tanda} {kuning} · {merah_} {lain}")
    baris.append(i18n.teks("ambang.catatan", lang, n=ambang.KUNJUNGAN_BULAN_MINIMUM))
    return "\n".join(baris)
