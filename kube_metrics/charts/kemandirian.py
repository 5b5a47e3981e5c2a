"""Builders for the Kemandirian page: readiness over time with the mandiri date, the discipline
strip, the before/after-mandiri panel, the stage criteria and the warnings.

Every builder takes `lang` ('id' by default); texts come from the catalogue (kube_metrics.i18n)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from kube_metrics import ambang_modal_sosial as A
from kube_metrics import i18n
from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme
from kube_metrics.charts.peringatan import judul, keterangan, label_tingkat
from kube_metrics.disiplin import BUTIR
from kube_metrics.tahap import KRITERIA

BAGIAN = {b: i18n.teks(f"grafik_kemandirian.bagian_{b}") for b in A.KESIAPAN_BOBOT}


def _t(kunci: str, lang: str, **nilai: object) -> str:
    return i18n.teks(f"grafik_kemandirian.{kunci}", lang, **nilai)


def kesiapan_tren(tren: pd.DataFrame, tanggal_mandiri: dt.date | None, lang: str = i18n.BAWAAN) -> go.Figure:
    """Readiness month by month, the 'ready' threshold and the mandiri date."""
    judul = _t("tren_judul", lang)
    if tren.empty:
        return theme.kosong(judul, lang=lang)
    fig = theme.figur(judul, lang=lang)
    # an incomplete reading (issue 13) is an open marker and says so in its hover text
    lengkap = tren["lengkap"].astype(bool)
    catatan = f" ({i18n.teks('kelengkapan.belum_lengkap', lang)})"
    tahap = [
        theme.label(t, lang).lower() + ("" if ok else catatan)
        for t, ok in zip(tren["tahap"], lengkap, strict=True)
    ]
    fig.add_scatter(
        x=tren["bulan"],
        y=tren["kesiapan_mandiri"],
        name=_t("kesiapan", lang),
        mode="lines+markers",
        line_color=theme.FOKUS,
        marker_symbol=["circle" if ok else "circle-open" for ok in lengkap],
        customdata=list(zip(theme.label_bulan(tren["bulan"], lang), tahap, strict=True)),
        hovertemplate=_t("tren_hover", lang) + "<extra></extra>",
    )
    fig.add_hline(
        y=A.KESIAPAN_AMBANG,
        line_dash="dot",
        line_color=theme.RAG["hijau"],
        annotation_text=_t("ambang_siap", lang, n=i18n.angka(A.KESIAPAN_AMBANG, lang)),
        annotation_position="bottom right",
    )
    awal, akhir = pd.Timestamp(tren["bulan"].min()), pd.Timestamp(tren["bulan"].max())
    if tanggal_mandiri is not None and awal <= pd.Timestamp(tanggal_mandiri) <= akhir + pd.offsets.MonthEnd(
        0
    ):
        teks = _t("garis_mandiri", lang, tanggal=i18n.tanggal(tanggal_mandiri, lang))
        theme.garis_tanggal(fig, tanggal_mandiri, teks, warna=theme.WARNA[0])
    fig.update_yaxes(range=[0, 105], title_text=i18n.teks("grafik_modal_sosial.sumbu_skor", lang))
    theme.sumbu_bulan(fig, list(tren["bulan"]), lang=lang)
    return fig


def disiplin_strip(disiplin: pd.DataFrame, lang: str = i18n.BAWAAN) -> go.Figure:
    """One coloured cell per month (0-5 points), the five items in the hover text."""
    judul = _t("disiplin_judul", lang)
    if disiplin.empty:
        return theme.kosong(judul, lang=lang)
    teks = [
        "<br>".join(("✔ " if baris[k] else "✘ ") + _t(f"butir_{k}", lang) for k in BUTIR)
        for _, baris in disiplin.iterrows()
    ]
    fig = theme.figur(judul, tinggi=190, lang=lang)
    fig.add_heatmap(
        x=disiplin["bulan"],
        y=[_t("skor", lang)] * len(disiplin),
        z=disiplin["skor"],
        zmin=0,
        zmax=5,
        colorscale=[[0, theme.RAG["merah"]], [0.5, theme.RAG["kuning"]], [1, theme.RAG["hijau"]]],
        text=disiplin["skor"],
        texttemplate="%{text}",
        customdata=list(zip(theme.label_bulan(disiplin["bulan"], lang), teks, strict=True)),
        hovertemplate=_t("disiplin_hover", lang) + "<extra></extra>",
        showscale=False,  # every cell carries its number
        xgap=2,
    )
    fig.update_layout(hovermode="closest")
    theme.sumbu_bulan(fig, list(disiplin["bulan"]), lang=lang)
    return fig


def _kolom(kolom: dict[str, tuple[str, str | None]], lang: str) -> dict[str, tuple[str, str | None]]:
    """Headers in `lang`: grafik_kemandirian.kolom_<source> (the Indonesian map keeps the formats)."""
    if lang == i18n.BAWAAN:
        return kolom
    return {k: (_t(f"kolom_{k}", lang) if v[0] else "", v[1]) for k, v in kolom.items()}


def bagian_kosong(baris: pd.Series) -> list[str]:
    """The readiness parts left out of this reading for missing evidence (issue 13)."""
    return [b for b in A.KESIAPAN_BOBOT if pd.isna(baris["bagian_" + b])]


def rincian_kesiapan(baris: pd.Series, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """The five parts of a readiness score: value, weight, points; a part without evidence says
    'belum ada data' and carries no weight."""
    nilai = {b: baris["skor_tahap" if b == "tahap" else b] for b in A.KESIAPAN_BOBOT}
    kosong = bagian_kosong(baris)
    belum = i18n.teks("kelengkapan.belum_ada_data", lang)
    data = pd.DataFrame(
        {
            "bagian": [_t(f"bagian_{b}", lang) for b in A.KESIAPAN_BOBOT],
            "nilai": [None if b in kosong else nilai[b] for b in A.KESIAPAN_BOBOT],
            "bobot": [0.0 if b in kosong else w for b, w in A.KESIAPAN_BOBOT.items()],
            "poin": [baris["bagian_" + b] for b in A.KESIAPAN_BOBOT],
            "keterangan": [belum if b in kosong else "" for b in A.KESIAPAN_BOBOT],
        }
    )
    kolom: dict[str, tuple[str, str | None]] = {
        "bagian": ("Bagian", None),
        "nilai": ("Nilai 0–100", "desimal"),
        "bobot": ("Bobot", "persen"),
        "poin": ("Poin", "desimal"),
        "keterangan": ("Keterangan", None),
    }
    return tb.tabel(data, _kolom(kolom, lang), lang)


def kriteria_tahap(baris: pd.Series, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """The stage criteria met or not at the reading month."""
    tanpa_mitra = not bool(baris.get("ada_jaringan", True))  # ties never recorded nor checked
    data = pd.DataFrame(
        {
            "kriteria": [_t(f"kriteria_{k}", lang) for k in KRITERIA],
            "terpenuhi": [
                i18n.teks("kelengkapan.kriteria_belum_ada", lang)
                if k == "bermitra" and tanpa_mitra
                else _t("ya" if bool(baris[k]) else "belum", lang)
                for k in KRITERIA
            ],
        }
    )
    kolom: dict[str, tuple[str, str | None]] = {
        "kriteria": ("Kriteria", None),
        "terpenuhi": ("Terpenuhi", None),
    }
    return tb.tabel(data, _kolom(kolom, lang), lang)


def banding_mandiri(banding: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """One group's 12 months before vs. after its mandiri date, one row per indicator."""
    b = banding.iloc[0]
    baris = [
        ("kehadiran", b["kehadiran_sebelum"], b["kehadiran_sesudah"], "persen1"),
        ("omzet", b["omzet_sebelum"], b["omzet_sesudah"], "rupiah"),
        ("hambatan", b["hambatan_sebelum"], b["hambatan_sesudah"], "angka"),
        ("kunjungan", b["kunjungan_sebelum"], b["kunjungan_sesudah"], "angka"),
    ]
    format_ = tb.format_bahasa(lang)
    data = pd.DataFrame(
        {
            "indikator": [_t(f"banding_{r[0]}", lang) for r in baris],
            "sebelum": [r[1] for r in baris],
            "sesudah": [r[2] for r in baris],
            "sebelum_teks": [format_[r[3]](r[1]) for r in baris],
            "sesudah_teks": [format_[r[3]](r[2]) for r in baris],
        }
    )
    kolom: dict[str, tuple[str, str | None]] = {
        "indikator": (_t("kolom_indikator", lang), None),
        "sebelum_teks": (_t("sebelum_n", lang, n=_bulan_n(b["bulan_sebelum"])), None),
        "sesudah_teks": (_t("sesudah_n", lang, n=_bulan_n(b["bulan_sesudah"])), None),
    }
    return tb.tabel(data, kolom, lang)


def _bulan_n(v: object) -> int:
    return int(_angka(v) or 0)


def _angka(v: object) -> float | None:
    return None if v is None or pd.isna(v) else float(v)  # type: ignore[call-overload, arg-type]


def belum_siap_tabel(saat_mandiri: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """Groups declared mandiri while readiness was under the threshold, least ready first; an
    incomplete reading accuses nobody (issue 13) and is not listed."""
    data = saat_mandiri[~saat_mandiri["siap"] & saat_mandiri["lengkap"]].sort_values("kesiapan_mandiri")
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
    return tb.tabel(data, _kolom(kolom, lang), lang)


def peringatan_tabel(peringatan: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """Active warnings: group, warning and message from the catalogue, severity as colour and word
    (the codes such as mandiri_belum_siap stay in the data, not on screen)."""
    pesan = [keterangan(b, lang) for b in peringatan.itertuples(index=False)]
    peringatan = peringatan.assign(
        pesan=pesan,
        kode=[judul(str(k), lang) for k in peringatan["kode"]],
        tingkat=[label_tingkat(str(t), lang) for t in peringatan["tingkat"]],
    )
    kolom: dict[str, tuple[str, str | None]] = {
        "kode_kube": ("Kode", None),
        "nama": ("Kelompok", None),
        "kode": ("Peringatan", None),
        "pesan": ("Keterangan", None),
        "tingkat": ("Tingkat", "teks"),
    }
    return tb.tabel(peringatan, _kolom(kolom, lang), lang)


def kartu_kesiapan(baris: pd.Series, saat_mandiri: pd.DataFrame, lang: str = i18n.BAWAAN) -> list[tb.Kartu]:
    """Readiness and stage at the reading month; the mandiri date and readiness at that time."""
    kartu = [
        tb.Kartu(
            _t("kartu_kesiapan", lang),
            f"{i18n.angka(baris['kesiapan_mandiri'], lang)} / 100",
            _keterangan_kesiapan(baris, lang),
            "normal" if bool(baris["lengkap"]) else "off",
        ),
        tb.Kartu(_t("kartu_tahap", lang), theme.label(baris["tahap"], lang), None, "off"),
    ]
    if saat_mandiri.empty:
        return [*kartu, tb.Kartu(_t("kartu_mandiri", lang), _t("belum_dimandirikan", lang), None, "off")]
    m = saat_mandiri.iloc[0]
    tanggal = i18n.tanggal(pd.Timestamp(m["tanggal_mandiri"]).date(), lang)
    return [
        *kartu,
        tb.Kartu(_t("kartu_dimandirikan", lang), tanggal, None, "off"),
        tb.Kartu(
            _t("kartu_saat", lang),
            f"{i18n.angka(m['kesiapan_mandiri'], lang)} / 100",
            _keterangan_kesiapan(m, lang),
            "normal" if bool(m["lengkap"]) else "off",
        ),
    ]


def _keterangan_kesiapan(baris: pd.Series, lang: str) -> str:
    """The distance to the threshold, or, for an incomplete reading, which parts it lacks."""
    kosong = bagian_kosong(baris)
    if not kosong:
        return _selisih_ambang(baris["kesiapan_mandiri"], lang)
    nama = [
        i18n.teks("kelengkapan.bagian_tahap", lang) if b == "tahap" else _t(f"bagian_{b}", lang).lower()
        for b in kosong
    ]
    return i18n.teks("kelengkapan.kesiapan_belum_lengkap", lang, bagian=", ".join(nama))


def _selisih_ambang(nilai: float, lang: str = i18n.BAWAAN) -> str:
    """'-23 dari ambang siap 60' (red) or '+5 dari ambang siap 60' (green) on a card."""
    selisih = round(float(nilai) - A.KESIAPAN_AMBANG)
    beda = f"{'+' if selisih >= 0 else '-'}{abs(selisih)}"
    return _t("selisih_ambang", lang, selisih=beda, n=i18n.angka(A.KESIAPAN_AMBANG, lang))


def penjelasan_kesiapan(lang: str = i18n.BAWAAN) -> str:
    """How readiness is added up, from the documented weights (ambang_modal_sosial.py)."""
    suku = " + ".join(
        f"{_t(f'bagian_{b}', lang).split(' (')[0].lower()} × {round(w * 100)}%"
        for b, w in A.KESIAPAN_BOBOT.items()
    )
    return _t(
        "penjelasan", lang, suku=suku, bulan=A.JENDELA_BULAN, ambang=i18n.angka(A.KESIAPAN_AMBANG, lang)
    )
