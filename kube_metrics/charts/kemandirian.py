"""Builders for the Kemandirian page: readiness over time with the mandiri date, the discipline
strip, the before/after-mandiri panel, the stage criteria and the warnings."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from kube_metrics import ambang_modal_sosial as A
from kube_metrics import format as fmt
from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme
from kube_metrics.disiplin import BUTIR
from kube_metrics.tahap import KRITERIA

BAGIAN = {
    "kepercayaan": "Kepercayaan",
    "jaringan": "Jaringan",
    "norma": "Norma",
    "disiplin": "Disiplin bulanan (rerata 12 bulan, 5 = 100)",
    "tahap": "Tahap (tumbuh 0, berkembang 50, maju 100)",
}


def kesiapan_tren(tren: pd.DataFrame, tanggal_mandiri: dt.date | None) -> go.Figure:
    """Readiness month by month, the 'ready' threshold and the mandiri date."""
    judul = "Kesiapan mandiri dari bulan ke bulan"
    if tren.empty:
        return theme.kosong(judul)
    fig = theme.figur(judul)
    fig.add_scatter(
        x=tren["bulan"],
        y=tren["kesiapan_mandiri"],
        name="Kesiapan mandiri",
        mode="lines+markers",
        line_color=theme.FOKUS,
        customdata=list(zip(theme.label_bulan(tren["bulan"]), tren["tahap"], strict=True)),
        hovertemplate="%{customdata[0]}: %{y:.0f} (tahap %{customdata[1]})<extra></extra>",
    )
    fig.add_hline(
        y=A.KESIAPAN_AMBANG,
        line_dash="dot",
        line_color=theme.RAG["hijau"],
        annotation_text=f"ambang siap {fmt.angka(A.KESIAPAN_AMBANG)}",
        annotation_position="bottom right",
    )
    awal, akhir = pd.Timestamp(tren["bulan"].min()), pd.Timestamp(tren["bulan"].max())
    if tanggal_mandiri is not None and awal <= pd.Timestamp(tanggal_mandiri) <= akhir + pd.offsets.MonthEnd(
        0
    ):
        theme.garis_tanggal(
            fig, tanggal_mandiri, f"Mandiri {fmt.tanggal(tanggal_mandiri)}", warna=theme.WARNA[0]
        )
    fig.update_yaxes(range=[0, 105], title_text="skor 0–100")
    theme.sumbu_bulan(fig, list(tren["bulan"]))
    return fig


def disiplin_strip(disiplin: pd.DataFrame) -> go.Figure:
    """One coloured cell per month (0-5 points), the five items in the hover text."""
    judul = "Disiplin bulanan (0–5, pola Panchasutra)"
    if disiplin.empty:
        return theme.kosong(judul)
    teks = [
        "<br>".join(("✔ " if baris[k] else "✘ ") + label for k, label in BUTIR.items())
        for _, baris in disiplin.iterrows()
    ]
    fig = theme.figur(judul, tinggi=190)
    fig.add_heatmap(
        x=disiplin["bulan"],
        y=["Skor"] * len(disiplin),
        z=disiplin["skor"],
        zmin=0,
        zmax=5,
        colorscale=[[0, theme.RAG["merah"]], [0.5, theme.RAG["kuning"]], [1, theme.RAG["hijau"]]],
        text=disiplin["skor"],
        texttemplate="%{text}",
        customdata=list(zip(theme.label_bulan(disiplin["bulan"]), teks, strict=True)),
        hovertemplate="%{customdata[0]}: %{z} dari 5<br>%{customdata[1]}<extra></extra>",
        showscale=False,  # every cell carries its number
        xgap=2,
    )
    fig.update_layout(hovermode="closest")
    theme.sumbu_bulan(fig, list(disiplin["bulan"]))
    return fig


def rincian_kesiapan(baris: pd.Series) -> tb.Tabel:
    """The five parts of a readiness score: value, weight, points."""
    nilai = {b: baris["skor_tahap" if b == "tahap" else b] for b in A.KESIAPAN_BOBOT}
    data = pd.DataFrame(
        {
            "bagian": [BAGIAN[b] for b in A.KESIAPAN_BOBOT],
            "nilai": [nilai[b] for b in A.KESIAPAN_BOBOT],
            "bobot": list(A.KESIAPAN_BOBOT.values()),
            "poin": [baris["bagian_" + b] for b in A.KESIAPAN_BOBOT],
        }
    )
    return tb.tabel(
        data,
        {
            "bagian": ("Bagian", None),
            "nilai": ("Nilai 0–100", "desimal"),
            "bobot": ("Bobot", "persen"),
            "poin": ("Poin", "desimal"),
        },
    )


def kriteria_tahap(baris: pd.Series) -> tb.Tabel:
    """The stage criteria met or not at the reading month."""
    data = pd.DataFrame(
        {
            "kriteria": list(KRITERIA.values()),
            "terpenuhi": ["✔ ya" if bool(baris[k]) else "✘ belum" for k in KRITERIA],
        }
    )
    return tb.tabel(data, {"kriteria": ("Kriteria", None), "terpenuhi": ("Terpenuhi", None)})


def banding_mandiri(banding: pd.DataFrame) -> tb.Tabel:
    """One group's 12 months before vs. after its mandiri date, one row per indicator."""
    b = banding.iloc[0]
    baris = [
        ("Tingkat kehadiran", b["kehadiran_sebelum"], b["kehadiran_sesudah"], "persen"),
        ("Omzet rata-rata per bulan", b["omzet_sebelum"], b["omzet_sesudah"], "rupiah"),
        ("Hambatan baru", b["hambatan_sebelum"], b["hambatan_sesudah"], "angka"),
        ("Kunjungan (semua pihak)", b["kunjungan_sebelum"], b["kunjungan_sesudah"], "angka"),
    ]
    format_ = {"persen": lambda v: fmt.persen(v, 1), "rupiah": fmt.rupiah, "angka": fmt.angka}
    data = pd.DataFrame(
        {
            "indikator": [r[0] for r in baris],
            "sebelum": [r[1] for r in baris],
            "sesudah": [r[2] for r in baris],
            "sebelum_teks": [format_[r[3]](_angka(r[1])) for r in baris],
            "sesudah_teks": [format_[r[3]](_angka(r[2])) for r in baris],
        }
    )
    return tb.tabel(
        data,
        {
            "indikator": ("Indikator", None),
            "sebelum_teks": (f"Sebelum ({_bulan_n(b['bulan_sebelum'])} bulan)", None),
            "sesudah_teks": (f"Sesudah ({_bulan_n(b['bulan_sesudah'])} bulan)", None),
        },
    )


def _bulan_n(v: object) -> int:
    return int(_angka(v) or 0)


def _angka(v: object) -> float | None:
    return None if v is None or pd.isna(v) else float(v)  # type: ignore[call-overload, arg-type]


def belum_siap_tabel(saat_mandiri: pd.DataFrame) -> tb.Tabel:
    """Groups declared mandiri while readiness was under the threshold, least ready first."""
    data = saat_mandiri[~saat_mandiri["siap"]].sort_values("kesiapan_mandiri")
    kolom: dict[str, tuple[str, str | None]] = {
        "kode_kube": ("Kode", None),
        "nama": ("Kelompok", None),
        "tanggal_mandiri": ("Tanggal mandiri", "tanggal"),
        "kesiapan_mandiri": ("Kesiapan saat itu", "desimal"),
        "kepercayaan": ("Kepercayaan", "desimal"),
        "jaringan": ("Jaringan", "desimal"),
        "norma": ("Norma", "desimal"),
        "disiplin": ("Disiplin", "desimal"),
        "tahap": ("Tahap", "teks"),
    }
    return tb.tabel(data, kolom)


def peringatan_tabel(peringatan: pd.DataFrame) -> tb.Tabel:
    """Active warnings: group, code, message, severity."""
    return tb.tabel(
        peringatan,
        {
            "kode_kube": ("Kode", None),
            "nama": ("Kelompok", None),
            "kode": ("Peringatan", None),
            "pesan": ("Keterangan", None),
            "tingkat": ("Tingkat", "teks"),
        },
    )


def kartu_kesiapan(baris: pd.Series, saat_mandiri: pd.DataFrame) -> list[tb.Kartu]:
    """Readiness and stage at the reading month; the mandiri date and readiness at that time."""
    kartu = [
        tb.Kartu(
            "Kesiapan mandiri (akhir periode)",
            f"{fmt.angka(baris['kesiapan_mandiri'])} / 100",
            _selisih_ambang(baris["kesiapan_mandiri"]),
            "normal",
        ),
        tb.Kartu("Tahap", theme.label(baris["tahap"]), None, "off"),
    ]
    if saat_mandiri.empty:
        return [*kartu, tb.Kartu("Mandiri", "belum dimandirikan", None, "off")]
    m = saat_mandiri.iloc[0]
    return [
        *kartu,
        tb.Kartu("Dimandirikan", fmt.tanggal(pd.Timestamp(m["tanggal_mandiri"]).date()), None, "off"),
        tb.Kartu(
            "Kesiapan saat dimandirikan",
            f"{fmt.angka(m['kesiapan_mandiri'])} / 100",
            _selisih_ambang(m["kesiapan_mandiri"]),
            "normal",
        ),
    ]


def _selisih_ambang(nilai: float) -> str:
    """'-23 dari ambang siap 60' (red) or '+5 dari ambang siap 60' (green) on a card."""
    selisih = round(float(nilai) - A.KESIAPAN_AMBANG)
    return f"{'+' if selisih >= 0 else '-'}{abs(selisih)} dari ambang siap {fmt.angka(A.KESIAPAN_AMBANG)}"


def penjelasan_kesiapan() -> str:
    """How readiness is added up, from the documented weights (ambang_modal_sosial.py)."""
    suku = " + ".join(
        f"{BAGIAN[b].split(' (')[0].lower()} × {round(w * 100)}%" for b, w in A.KESIAPAN_BOBOT.items()
    )
    return (
        f"**Kesiapan mandiri** (0–100) = {suku}; tahap: tumbuh 0, berkembang 50, maju 100. Modal sosial "
        f"dan disiplin dibaca dari {A.JENDELA_BULAN} bulan terakhir. Kelompok dianggap siap mulai "
        f"{fmt.angka(A.KESIAPAN_AMBANG)}. Kesiapan saat dimandirikan dibaca pada akhir bulan sebelum "
        "tanggal mandiri: yang bisa diketahui pendamping saat memutuskan."
    )
