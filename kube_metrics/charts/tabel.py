"""Tables for display: renamed columns, number formats per language, coloured RAG cells.

A `Tabel` carries the plain frame (for the CSV download: raw numbers, readable headers) and a
pandas Styler for the screen, which shows formatted text but still sorts by the numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from pandas.io.formats.style import Styler

from kube_metrics import i18n
from kube_metrics.charts import theme

Formatter = Callable[[Any], str]


@dataclass(frozen=True)
class Kartu:
    """One KPI card (st.metric): label, value and change as text."""

    label: str
    nilai: str
    perubahan: str | None
    arah_warna: str  # 'normal', 'inverse' or 'off' (st.metric delta_color)
    keterangan: str | None = None  # tooltip, e.g. the full figure behind a shortened one


@dataclass
class Tabel:
    data: pd.DataFrame
    warna_rag: dict[str, str] = field(default_factory=dict)  # display column -> status column
    format_kolom: dict[Hashable, Formatter] = field(default_factory=dict)  # display column -> format
    _gaya: Styler | None = field(default=None, repr=False)

    @property
    def gaya(self) -> Styler:
        """The screen's Styler, made on first use: pandas registers a formatter per cell, 0.17 s
        for the 35 828 rows of 'dimandirikan sebelum siap' at nasional on every run, while a
        table cut to its first rows (ui/layout.tabel batas=) never shows it."""
        if self._gaya is None:
            self._gaya = _gaya(self.data, self.format_kolom)
        return self._gaya

    @gaya.setter
    def gaya(self, nilai: Styler) -> None:
        self._gaya = nilai


def _kosong(v: Any) -> bool:
    return v is None or bool(pd.isna(v))


def _angka(v: Any) -> float | None:
    return None if _kosong(v) else float(v)


def _tanggal(v: Any, lang: str = i18n.BAWAAN) -> str:
    return "–" if _kosong(v) else i18n.tanggal(pd.Timestamp(v).date(), lang)


def _bulan(v: Any, lang: str = i18n.BAWAAN) -> str:
    return "–" if _kosong(v) else i18n.bulan(pd.Timestamp(v).date(), lang)


def _persen_tanda(v: float | None, lang: str = i18n.BAWAAN) -> str:
    """A relative change with its sign: +12,5% / -3,0% (+12.5% in English)."""
    return "–" if v is None else ("+" if v >= 0 else "-") + i18n.persen(abs(v), lang, 1)


def format_bahasa(lang: str) -> dict[str, Formatter]:
    """The cell formats by name, numbers and dates written as `lang` writes them."""
    return {
        "rupiah": lambda v: i18n.rupiah(_angka(v), lang),
        "persen": lambda v: i18n.persen(_angka(v), lang),
        "persen1": lambda v: i18n.persen(_angka(v), lang, 1),
        "persen_tanda": lambda v: _persen_tanda(_angka(v), lang),
        "angka": lambda v: i18n.angka(_angka(v), lang),
        "desimal": lambda v: i18n.angka(_angka(v), lang, 1),
        "bulan": lambda v: _bulan(v, lang),
        "tanggal": lambda v: _tanggal(v, lang),
        "teks": lambda v: "–" if _kosong(v) else theme.label(v, lang),
    }


FORMAT = format_bahasa(i18n.BAWAAN)
_SATUAN_RINGKAS = {"id": ("M", "jt"), "en": ("bn", "m")}


def rupiah_ringkas(nilai: float | None, lang: str = i18n.BAWAAN) -> str:
    """Money short enough for a KPI card: Rp3,99 M (miliar), Rp67,8 jt (juta); IDR 3.99 bn, IDR 67.8 m."""
    if nilai is None or nilai != nilai:
        return "–"
    tanda = "-" if nilai < 0 else ""
    besar = abs(nilai)
    awalan = theme.PREFIKS_RUPIAH[lang]
    miliar, juta = _SATUAN_RINGKAS[lang]
    if besar >= 1e9:
        return f"{tanda}{awalan}{i18n.angka(besar / 1e9, lang, 2)} {miliar}"
    if besar >= 1e6:
        return f"{tanda}{awalan}{i18n.angka(besar / 1e6, lang, 1)} {juta}"
    return i18n.rupiah(nilai, lang)


def tabel(df: pd.DataFrame, kolom: Mapping[str, tuple[str, str | None]], lang: str = i18n.BAWAAN) -> Tabel:
    """Keep `kolom` (source name -> (header, format name or None)) in that order and format them."""
    data = df[list(kolom)].rename(columns={k: v[0] for k, v in kolom.items()}).reset_index(drop=True)
    cara = format_bahasa(lang)
    formats: dict[Hashable, Formatter] = {kepala: cara[nama] for kepala, nama in kolom.values() if nama}
    return Tabel(data=data, format_kolom=formats)


def _gaya(data: pd.DataFrame, formats: Mapping[Hashable, Formatter]) -> Styler:
    gaya = data.style.format(dict(formats), na_rep="–")
    # text columns without a format: a missing value reads '–', not Streamlit's English "None"
    teks: list[Hashable] = [
        k for k in data.columns if k not in formats and not pd.api.types.is_numeric_dtype(data[k])
    ]
    if teks:
        gaya = gaya.format(na_rep="–", subset=teks)
    return gaya


def kolom_bahasa(
    kolom: Mapping[str, tuple[str, str | None]], lang: str = i18n.BAWAAN
) -> dict[str, tuple[str, str | None]]:
    """A column map (source -> (Indonesian header, format)) with headers in `lang`.

    The builders write their Indonesian headers next to the formats; other languages take the
    header of source column `x` from the catalogue key `kolom.x` (empty headers stay empty)."""
    if lang == i18n.BAWAAN:
        return dict(kolom)
    return {k: (i18n.teks(f"kolom.{k}", lang) if v[0] else "", v[1]) for k, v in kolom.items()}


def warnai_rag(
    t: Tabel, status: pd.DataFrame, pasangan: Iterable[tuple[str, str]], lang: str = i18n.BAWAAN
) -> Tabel:
    """Colour the cells of each display column by the matching status column ('hijau'/'kuning'/'merah')
    and write the status word after the figure ('93,5% · baik'): never colour alone (issue 11)."""
    pasangan = list(pasangan)
    status = status.reset_index(drop=True)

    def css(_: pd.DataFrame) -> pd.DataFrame:
        out = pd.DataFrame("", index=t.data.index, columns=t.data.columns)
        for kepala, kolom_status in pasangan:
            out[kepala] = status[kolom_status].map(_css_rag).fillna("")
        return out

    t.gaya = t.gaya.apply(css, axis=None)
    t.warna_rag = dict(pasangan)
    for kepala, kolom_status in pasangan:
        _kata_rag(t, kepala, status[kolom_status], lang)
    return t


def _kata_rag(t: Tabel, kepala: str, status: pd.Series, lang: str) -> None:
    """The cells of one column, per colour: the column's own format, then ' · ' and the word. The
    data stays numeric, so the grid still sorts by the number; the CSV keeps the raw figure."""
    dasar: Formatter = t.format_kolom.get(kepala) or _teks_polos
    for warna in theme.RAG:
        baris = list(t.data.index[status.to_numpy() == warna])
        if baris:
            t.gaya = t.gaya.format(
                _dengan_kata(dasar, i18n.teks(f"status.{warna}", lang)), subset=(baris, [kepala])
            )


def _dengan_kata(dasar: Formatter, kata: str) -> Formatter:
    return lambda v: f"{dasar(v)} · {kata}"


def _teks_polos(v: Any) -> str:
    return "–" if _kosong(v) else str(v)


def _css_rag(nilai: object) -> str:
    warna = theme.RAG.get(str(nilai))
    return f"background-color: {warna}33; border-left: 4px solid {warna}" if warna else ""


def emoji_rag(status: object, lang: str = i18n.BAWAAN) -> str:
    """'🟢 baik', '🟡 waspada', '🔴 perlu tindakan', '⚪ belum cukup data': the word beside the
    colour, for colour-blind readers and browsers without colour emoji (they show empty boxes)."""
    kunci = str(status) if str(status) in theme.RAG_EMOJI else "kosong"
    return f"{theme.RAG_EMOJI.get(kunci, '⚪')} {i18n.teks(f'status.{kunci}', lang)}"
