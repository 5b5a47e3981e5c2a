"""Builders for the Modal Sosial page: the three dimensions against the peer median, their trend,
and what each proxy contributed (so a score can be explained at a meeting)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kube_metrics import ambang_modal_sosial as A
from kube_metrics import format as fmt
from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme
from kube_metrics.modal_sosial import DIMENSI

JUDUL = {"kepercayaan": "Kepercayaan", "jaringan": "Jaringan", "norma": "Norma"}
WARNA = {"kepercayaan": theme.WARNA[0], "jaringan": theme.WARNA[1], "norma": theme.WARNA[2]}
ARTI = {
    "kepercayaan": "rapat rutin, kehadiran, laporan keuangan dibacakan, musyawarah",
    "jaringan": "mitra di luar kelompok: jumlah, ragam jenis, yang bertahan minimal 6 bulan",
    "norma": "kesepakatan kelompok: yang berlaku, umurnya, sanksinya, dan absen tanpa keterangan",
}


def _satuan(nilai: object, satuan: str) -> str:
    if nilai is None or pd.isna(nilai):  # type: ignore[call-overload]
        return "–"
    if satuan == "rasio":
        return fmt.persen(float(nilai), 1)  # type: ignore[arg-type]
    if satuan in ("kali", "skor 1-5"):
        return f"{fmt.angka(float(nilai), 1)} {'per bulan' if satuan == 'kali' else '(1–5)'}"  # type: ignore[arg-type]
    return f"{fmt.angka(float(nilai))} {satuan}"  # type: ignore[arg-type]


def modal_sosial_sebaya(nilai: pd.DataFrame, nama_fokus: str) -> go.Figure:
    """Bars: the focal group's three scores next to the median of its peers (0-100)."""
    judul = "Modal sosial: kelompok ini dibanding median sebaya"
    fokus = nilai[nilai["fokus"]]
    if fokus.empty:
        return theme.kosong(judul, "Kelompok ini belum punya catatan pada periode ini.")
    sebaya = nilai[~nilai["fokus"]]
    fig = theme.figur(judul)
    x = [JUDUL[d] for d in DIMENSI]
    y_fokus = [float(fokus[d].iloc[0]) for d in DIMENSI]
    fig.add_bar(
        x=x, y=y_fokus, name=nama_fokus, marker_color=theme.FOKUS, text=[fmt.angka(v) for v in y_fokus]
    )
    if not sebaya.empty:
        median = [float(sebaya[d].median()) for d in DIMENSI]
        fig.add_bar(
            x=x,
            y=median,
            name=f"Median {len(sebaya)} kelompok sebaya",
            marker_color=theme.SEBAYA,
            text=[fmt.angka(v) for v in median],
        )
    fig.update_layout(barmode="group", hovermode="closest")
    fig.update_yaxes(range=[0, 105], title_text="skor 0–100")
    return fig


def modal_sosial_tren(tren: pd.DataFrame) -> go.Figure:
    """Lines: each dimension month by month, each month read over the 12 months up to it."""
    judul = "Tren modal sosial (tiap bulan: 12 bulan terakhir)"
    if tren.empty:
        return theme.kosong(judul)
    fig = theme.figur(judul)
    for d in DIMENSI:
        fig.add_scatter(
            x=tren["bulan"],
            y=tren[d],
            name=JUDUL[d],
            mode="lines+markers",
            line_color=WARNA[d],
            customdata=theme.label_bulan(tren["bulan"]),
            hovertemplate="%{customdata}: %{y:.0f}<extra>" + JUDUL[d] + "</extra>",
        )
    fig.update_yaxes(range=[0, 105], title_text="skor 0–100")
    theme.sumbu_bulan(fig, list(tren["bulan"]))
    return fig


def kontribusi_proksi(rincian: pd.DataFrame) -> go.Figure:
    """One bar per proxy: the points it added (coloured by dimension) over the most it could add."""
    judul = "Sumbangan tiap ukuran: poin yang didapat dari poin maksimum"
    ada = rincian.dropna(subset=["kontribusi"])
    if ada.empty:
        return theme.kosong(judul)
    fig = theme.figur(judul, tinggi=120 + 26 * len(ada))
    label = [f"{JUDUL[d]} · {p}" for d, p in zip(ada["dimensi"], ada["proksi"], strict=True)]
    fig.add_bar(
        y=label,
        x=ada["kontribusi_maks"],
        name="Maksimum",
        orientation="h",
        marker_color="rgba(127, 140, 141, 0.25)",
        hovertemplate="%{y}: maksimum %{x:.1f} poin<extra></extra>",
    )
    fig.add_bar(
        y=label,
        x=ada["kontribusi"],
        name="Didapat",
        orientation="h",
        marker_color=[WARNA[d] for d in ada["dimensi"]],
        text=[fmt.angka(float(v), 1) for v in ada["kontribusi"]],
        textposition="outside",
        hovertemplate="%{y}: %{x:.1f} poin<extra></extra>",
    )
    fig.update_layout(barmode="overlay", hovermode="closest", showlegend=False)
    batas = float(ada["kontribusi_maks"].max()) * 1.15
    fig.update_xaxes(range=[0, batas], title_text="poin (jumlah per dimensi = skor dimensi)")
    fig.update_yaxes(autorange="reversed")
    return fig


def rincian_tabel(rincian: pd.DataFrame) -> tb.Tabel:
    """Every proxy: value, anchors (0 and 100 points), weight, score and points contributed."""
    data = rincian.copy()
    data["dimensi"] = data["dimensi"].map(JUDUL)
    data["nilai_teks"] = [_satuan(v, s) for v, s in zip(data["nilai"], data["satuan"], strict=True)]
    data["nol_teks"] = [_satuan(v, s) for v, s in zip(data["jangkar_nol"], data["satuan"], strict=True)]
    data["penuh_teks"] = [_satuan(v, s) for v, s in zip(data["jangkar_penuh"], data["satuan"], strict=True)]
    return tb.tabel(
        data,
        {
            "dimensi": ("Dimensi", None),
            "proksi": ("Ukuran", None),
            "nilai_teks": ("Nilai", None),
            "nol_teks": ("Skor 0 pada", None),
            "penuh_teks": ("Skor 100 pada", None),
            "skor": ("Skor ukuran", "desimal"),
            "bobot": ("Bobot", "persen"),
            "kontribusi": ("Sumbangan (poin)", "desimal"),
            "kontribusi_maks": ("Maks. poin", "desimal"),
            "sumber": ("Sumber jangkar", None),
        },
    )


def uraian_dimensi(rincian: pd.DataFrame, dimensi: str) -> str:
    """One sentence that adds the score up: 'Kepercayaan 67 = 6,7 (Pertemuan per bulan) + ...'."""
    bagian = rincian[(rincian["dimensi"] == dimensi) & rincian["kontribusi"].notna()]
    if bagian.empty:
        return f"{JUDUL[dimensi]}: belum ada catatan untuk dinilai."
    total = float(bagian["kontribusi"].sum())
    suku = " + ".join(
        f"{fmt.angka(float(k), 1)} ({p})" for p, k in zip(bagian["proksi"], bagian["kontribusi"], strict=True)
    )
    hilang = rincian[(rincian["dimensi"] == dimensi) & rincian["kontribusi"].isna()]["proksi"].tolist()
    catatan = f" Tanpa data: {', '.join(hilang)}; bobotnya dibagi ke ukuran lain." if hilang else ""
    return f"**{JUDUL[dimensi]} {fmt.angka(total)}** = {suku}.{catatan}"


def sebaya_tabel(nilai: pd.DataFrame) -> tb.Tabel:
    """The focal group and its peers with their three scores, highest trust first."""
    data = nilai.sort_values("kepercayaan", ascending=False, na_position="last").copy()
    data["keterangan"] = data["fokus"].map({True: "kelompok ini", False: ""})
    kolom: dict[str, tuple[str, str | None]] = {"kode_kube": ("Kode", None), "nama": ("Kelompok", None)}
    kolom |= {d: (JUDUL[d], "desimal") for d in DIMENSI}
    kolom["keterangan"] = ("", None)
    return tb.tabel(data, kolom)


def penjelasan_jangkar() -> str:
    """How a score is made, in words, from the documented anchors (ambang_modal_sosial.py)."""
    return (
        "Tiap dimensi bernilai 0–100. Tiap ukuran dinilai lurus antara dua jangkar (skor 0 dan skor 100, "
        "di luar itu dipotong), lalu dijumlah menurut bobotnya. Ukuran yang datanya tidak ada (mis. survei) "
        "dilewati dan bobotnya dibagi ke ukuran lain. Arus (rapat, kehadiran) dihitung selama periode; "
        f"mitra dan kesepakatan pada akhir periode; jawaban survei berlaku {A.SURVEI_BERLAKU_BULAN} bulan."
    )


def kartu_dimensi(nilai: pd.DataFrame) -> list[tb.Kartu]:
    """One card per dimension: the focal group's score and its distance to the peer median."""
    fokus = nilai[nilai["fokus"]]
    sebaya = nilai[~nilai["fokus"]]
    kartu = []
    for d in DIMENSI:
        skor = float(fokus[d].iloc[0]) if not fokus.empty and pd.notna(fokus[d].iloc[0]) else None
        median = float(sebaya[d].median()) if sebaya[d].notna().any() else None
        selisih = None if skor is None or median is None else skor - median
        teks = (
            None
            if selisih is None
            else f"{'+' if selisih >= 0 else ''}{fmt.angka(selisih)} dari median sebaya"
        )
        kartu.append(tb.Kartu(JUDUL[d], "–" if skor is None else fmt.angka(skor), teks, "normal"))
    return kartu
