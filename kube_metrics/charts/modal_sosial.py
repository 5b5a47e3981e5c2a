"""Builders for the Modal Sosial page: the three dimensions against the peer median, their trend,
and what each proxy contributed (so a score can be explained at a meeting).

Every builder takes `lang` ('id' by default); texts come from the catalogue (kube_metrics.i18n)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kube_metrics import ambang_modal_sosial as A
from kube_metrics import i18n, polos
from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme
from kube_metrics.modal_sosial import DIMENSI

JUDUL = {"kepercayaan": "Kepercayaan", "jaringan": "Jaringan", "norma": "Norma"}
WARNA = {"kepercayaan": theme.WARNA[0], "jaringan": theme.WARNA[1], "norma": theme.WARNA[2]}
ARTI = {d: i18n.teks(f"modal_sosial.arti_{d}") for d in DIMENSI}
# proxy label (as the metric names it, in Bahasa Indonesia) -> its code, for the catalogue
_KODE_PROKSI = {p.label: p.kolom for daftar in A.DIMENSI.values() for p in daftar}


def _t(kunci: str, lang: str, **nilai: object) -> str:
    return i18n.teks(f"grafik_modal_sosial.{kunci}", lang, **nilai)


def judul_dimensi(dimensi: str, lang: str = i18n.BAWAAN) -> str:
    """'Kepercayaan' / 'Trust'."""
    return theme.label(dimensi, lang)


def arti(dimensi: str, lang: str = i18n.BAWAAN) -> str:
    """What a dimension is read from, as a phrase."""
    return i18n.teks(f"modal_sosial.arti_{dimensi}", lang)


def proksi(label: str, lang: str = i18n.BAWAAN) -> str:
    """A proxy's name in `lang` (the metric gives its Indonesian label)."""
    kode = _KODE_PROKSI.get(label)
    return i18n.teks(f"proksi.{kode}", lang) if kode and i18n.ada(f"proksi.{kode}", lang) else label


def _satuan(nilai: object, satuan: str, lang: str = i18n.BAWAAN) -> str:
    if nilai is None or pd.isna(nilai):  # type: ignore[call-overload]
        return "–"
    angka = float(nilai)  # type: ignore[arg-type]
    if satuan == "rasio":
        return i18n.persen(angka, lang, 1)
    if satuan == "kali":
        return f"{i18n.angka(angka, lang, 1)} {_t('per_bulan', lang)}"
    if satuan == "skor 1-5":
        return f"{i18n.angka(angka, lang, 1)} (1–5)"
    unit = i18n.teks(f"satuan.{satuan}", lang) if i18n.ada(f"satuan.{satuan}", lang) else satuan
    return f"{i18n.angka(angka, lang)} {unit}"


def modal_sosial_sebaya(nilai: pd.DataFrame, nama_fokus: str, lang: str = i18n.BAWAAN) -> go.Figure:
    """Bars: the focal group's three scores next to the median of its peers (0-100)."""
    judul = _t("sebaya_judul", lang)
    fokus = nilai[nilai["fokus"]]
    if fokus.empty:
        return theme.kosong(judul, _t("sebaya_kosong", lang), lang)
    sebaya = nilai[~nilai["fokus"]]
    fig = theme.figur(judul, lang=lang)
    x = [judul_dimensi(d, lang) for d in DIMENSI]
    y_fokus = [float(fokus[d].iloc[0]) for d in DIMENSI]
    teks = [i18n.angka(v, lang) for v in y_fokus]
    fig.add_bar(x=x, y=y_fokus, name=polos.label(nama_fokus), marker_color=theme.FOKUS, text=teks)
    if not sebaya.empty:
        median = [float(sebaya[d].median()) for d in DIMENSI]
        fig.add_bar(
            x=x,
            y=median,
            name=_t("median_n", lang, n=len(sebaya)),
            marker_color=theme.SEBAYA,
            text=[i18n.angka(v, lang) for v in median],
        )
    fig.update_layout(barmode="group", hovermode="closest")
    fig.update_yaxes(range=[0, 105], title_text=_t("sumbu_skor", lang))
    return fig


def modal_sosial_tren(tren: pd.DataFrame, lang: str = i18n.BAWAAN) -> go.Figure:
    """Lines: each dimension month by month, each month read over the 12 months up to it."""
    judul = _t("tren_judul", lang)
    if tren.empty:
        return theme.kosong(judul, lang=lang)
    fig = theme.figur(judul, lang=lang)
    for d in DIMENSI:
        fig.add_scatter(
            x=tren["bulan"],
            y=tren[d],
            name=judul_dimensi(d, lang),
            mode="lines+markers",
            line_color=WARNA[d],
            customdata=theme.label_bulan(tren["bulan"], lang),
            hovertemplate="%{customdata}: %{y:.0f}<extra>" + judul_dimensi(d, lang) + "</extra>",
        )
    fig.update_yaxes(range=[0, 105], title_text=_t("sumbu_skor", lang))
    theme.sumbu_bulan(fig, list(tren["bulan"]), lang=lang)
    return fig


def kontribusi_proksi(rincian: pd.DataFrame, lang: str = i18n.BAWAAN) -> go.Figure:
    """One bar per proxy: the points it added (coloured by dimension) over the most it could add."""
    judul = _t("kontribusi_judul", lang)
    ada = rincian.dropna(subset=["kontribusi"])
    if ada.empty:
        return theme.kosong(judul, lang=lang)
    fig = theme.figur(judul, tinggi=120 + 26 * len(ada), lang=lang)
    label = [
        f"{judul_dimensi(d, lang)} · {proksi(p, lang)}"
        for d, p in zip(ada["dimensi"], ada["proksi"], strict=True)
    ]
    fig.add_bar(
        y=label,
        x=ada["kontribusi_maks"],
        name=_t("maksimum", lang),
        orientation="h",
        marker_color="rgba(127, 140, 141, 0.25)",
        hovertemplate=_t("hover_maks", lang) + "<extra></extra>",
    )
    fig.add_bar(
        y=label,
        x=ada["kontribusi"],
        name=_t("didapat", lang),
        orientation="h",
        marker_color=[WARNA[d] for d in ada["dimensi"]],
        text=[i18n.angka(float(v), lang, 1) for v in ada["kontribusi"]],
        textposition="outside",
        hovertemplate=_t("hover_poin", lang) + "<extra></extra>",
    )
    fig.update_layout(barmode="overlay", hovermode="closest", showlegend=False)
    batas = float(ada["kontribusi_maks"].max()) * 1.15
    # the unit as the subtitle, left-aligned: as an axis title it was centred on a plot pushed
    # right by the long labels and ran off a phone's screen
    fig.update_layout(title_subtitle_text=theme.bungkus_judul(_t("sumbu_poin", lang)))
    fig.update_xaxes(range=[0, batas])
    fig.update_yaxes(autorange="reversed")
    return fig


_KOLOM_RINCIAN: dict[str, tuple[str, str | None]] = {
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
}


def rincian_tabel(rincian: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """Every proxy: value, anchors (0 and 100 points), weight, score and points contributed."""
    data = rincian.copy()
    data["dimensi"] = [judul_dimensi(d, lang) for d in data["dimensi"]]
    data["proksi"] = [proksi(p, lang) for p in data["proksi"]]
    satuan = data["satuan"]
    data["nilai_teks"] = [_satuan(v, s, lang) for v, s in zip(data["nilai"], satuan, strict=True)]
    data["nol_teks"] = [_satuan(v, s, lang) for v, s in zip(data["jangkar_nol"], satuan, strict=True)]
    data["penuh_teks"] = [_satuan(v, s, lang) for v, s in zip(data["jangkar_penuh"], satuan, strict=True)]
    kolom = dict(_KOLOM_RINCIAN)
    if lang != i18n.BAWAAN:
        kolom = {k: (_t(f"kolom_{k}", lang), v[1]) for k, v in kolom.items()}
    return tb.tabel(data, kolom, lang)


def jenis_kosong(rincian: pd.DataFrame, dimensi: str) -> str:
    """The kind of data a dimension rests on when it was never recorded nor checked ('' if none)."""
    if "belum_ada_data" not in rincian:
        return ""
    kosong = rincian.loc[rincian["dimensi"] == dimensi, "belum_ada_data"]
    return str(kosong.iloc[0]) if len(kosong) else ""


def belum_ada_data(dimensi: str, jenis: str, lang: str = i18n.BAWAAN) -> str:
    """'**Jaringan: belum ada data.** ... what to record' (issue 13: missing, not 0)."""
    return i18n.teks(
        "kelengkapan.dimensi_kosong",
        lang,
        dimensi=judul_dimensi(dimensi, lang),
        jenis=i18n.teks(f"kelengkapan.jenis_{jenis}", lang),
        cara=i18n.teks(f"kelengkapan.cara_{jenis}", lang),
    )


def uraian_dimensi(rincian: pd.DataFrame, dimensi: str, lang: str = i18n.BAWAAN) -> str:
    """One sentence that adds the score up: 'Kepercayaan 67 = 6,7 (Pertemuan per bulan) + ...'."""
    jenis = jenis_kosong(rincian, dimensi)
    if jenis:
        return belum_ada_data(dimensi, jenis, lang)
    bagian = rincian[(rincian["dimensi"] == dimensi) & rincian["kontribusi"].notna()]
    nama = judul_dimensi(dimensi, lang)
    if bagian.empty:
        return _t("belum_dinilai", lang, dimensi=nama)
    total = float(bagian["kontribusi"].sum())
    suku = " + ".join(
        f"{i18n.angka(float(k), lang, 1)} ({proksi(p, lang)})"
        for p, k in zip(bagian["proksi"], bagian["kontribusi"], strict=True)
    )
    hilang = rincian[(rincian["dimensi"] == dimensi) & rincian["kontribusi"].isna()]["proksi"].tolist()
    catatan = _t("tanpa_data", lang, daftar=", ".join(proksi(p, lang) for p in hilang)) if hilang else ""
    return f"**{nama} {i18n.angka(total, lang)}** = {suku}.{catatan}"


def sebaya_tabel(nilai: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """The focal group and its peers with their three scores, highest trust first."""
    data = nilai.sort_values("kepercayaan", ascending=False, na_position="last").copy()
    data["keterangan"] = data["fokus"].map({True: _t("kelompok_ini", lang), False: ""})
    kolom: dict[str, tuple[str, str | None]] = {"kode_kube": ("Kode", None), "nama": ("Kelompok", None)}
    kolom = tb.kolom_bahasa(kolom, lang)
    kolom |= {d: (judul_dimensi(d, lang), "desimal") for d in DIMENSI}
    kolom["keterangan"] = ("", None)
    return tb.tabel(data, kolom, lang)


def penjelasan_jangkar(lang: str = i18n.BAWAAN) -> str:
    """How a score is made, in words, from the documented anchors (ambang_modal_sosial.py)."""
    return _t("penjelasan", lang, bulan=A.SURVEI_BERLAKU_BULAN)


def kartu_dimensi(nilai: pd.DataFrame, lang: str = i18n.BAWAAN) -> list[tb.Kartu]:
    """One card per dimension: the focal group's score and its distance to the peer median."""
    fokus = nilai[nilai["fokus"]]
    sebaya = nilai[~nilai["fokus"]]
    kartu = []
    kosong = _jenis_kosong_fokus(fokus)
    for d in DIMENSI:
        if d in kosong:  # never recorded nor checked: said, not scored 0 (issue 13)
            teks_kosong = i18n.teks(
                "kelengkapan.kartu_kosong", lang, jenis=i18n.teks(f"kelengkapan.jenis_{kosong[d]}", lang)
            )
            kartu.append(
                tb.Kartu(
                    judul_dimensi(d, lang), i18n.teks("kelengkapan.belum_ada_data", lang), teks_kosong, "off"
                )
            )
            continue
        skor = float(fokus[d].iloc[0]) if not fokus.empty and pd.notna(fokus[d].iloc[0]) else None
        median = float(sebaya[d].median()) if sebaya[d].notna().any() else None
        selisih = None if skor is None or median is None else skor - median
        teks = (
            None
            if selisih is None
            else _t("dari_median", lang, selisih=f"{'+' if selisih >= 0 else ''}{i18n.angka(selisih, lang)}")
        )
        nilai_teks = "–" if skor is None else i18n.angka(skor, lang)
        kartu.append(tb.Kartu(judul_dimensi(d, lang), nilai_teks, teks, "normal"))
    return kartu


def _jenis_kosong_fokus(fokus: pd.DataFrame) -> dict[str, str]:
    """dimension -> the missing kind it rests on, for the focal group's reading."""
    if fokus.empty:
        return {}
    baris = fokus.iloc[0]
    return {d: j for j, d in A.JENIS_DATA_DIMENSI.items() if not bool(baris.get("ada_" + j, True))}
