"""Tables for display: renamed columns, Indonesian number formats, coloured RAG cells.

A `Tabel` carries the plain frame (for the CSV download: raw numbers, readable headers) and a
pandas Styler for the screen, which shows formatted text but still sorts by the numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from pandas.io.formats.style import Styler

from kube_metrics import format as fmt
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
    gaya: Styler
    warna_rag: dict[str, str] = field(default_factory=dict)  # display column -> status column


def _tanggal(v: Any) -> str:
    return "–" if _kosong(v) else fmt.tanggal(pd.Timestamp(v).date())


def _bulan(v: Any) -> str:
    return "–" if _kosong(v) else fmt.bulan(pd.Timestamp(v).date())


def _kosong(v: Any) -> bool:
    return v is None or bool(pd.isna(v))


def _angka(v: Any) -> float | None:
    return None if _kosong(v) else float(v)


FORMAT: dict[str, Formatter] = {
    "rupiah": lambda v: fmt.rupiah(_angka(v)),
    "persen": lambda v: fmt.persen(_angka(v)),
    "persen1": lambda v: fmt.persen(_angka(v), 1),
    "persen_tanda": lambda v: _persen_tanda(_angka(v)),
    "angka": lambda v: fmt.angka(_angka(v)),
    "desimal": lambda v: fmt.angka(_angka(v), 1),
    "bulan": _bulan,
    "tanggal": _tanggal,
    "teks": lambda v: "–" if _kosong(v) else theme.label(v),
}


def _persen_tanda(v: float | None) -> str:
    """A relative change with its sign: +12,5% / -3,0%."""
    return "–" if v is None else ("+" if v >= 0 else "-") + fmt.persen(abs(v), 1)


def rupiah_ringkas(nilai: float | None) -> str:
    """Money short enough for a KPI card: Rp3,99 M (miliar), Rp67,8 jt (juta), else in full."""
    if nilai is None or nilai != nilai:
        return "–"
    tanda = "-" if nilai < 0 else ""
    besar = abs(nilai)
    if besar >= 1e9:
        return f"{tanda}Rp{fmt.angka(besar / 1e9, 2)} M"
    if besar >= 1e6:
        return f"{tanda}Rp{fmt.angka(besar / 1e6, 1)} jt"
    return fmt.rupiah(nilai)


def tabel(df: pd.DataFrame, kolom: Mapping[str, tuple[str, str | None]]) -> Tabel:
    """Keep `kolom` (source name -> (header, format name or None)) in that order and format them."""
    data = df[list(kolom)].rename(columns={k: v[0] for k, v in kolom.items()}).reset_index(drop=True)
    formats: dict[Any, str | Formatter | None] = {
        kepala: FORMAT[nama] for kepala, nama in kolom.values() if nama
    }
    return Tabel(data=data, gaya=data.style.format(formats, na_rep="–"))


def warnai_rag(t: Tabel, status: pd.DataFrame, pasangan: Iterable[tuple[str, str]]) -> Tabel:
    """Colour the cells of each display column by the matching status column ('hijau'/'kuning'/'merah')."""
    pasangan = list(pasangan)
    status = status.reset_index(drop=True)

    def css(_: pd.DataFrame) -> pd.DataFrame:
        out = pd.DataFrame("", index=t.data.index, columns=t.data.columns)
        for kepala, kolom_status in pasangan:
            out[kepala] = status[kolom_status].map(_css_rag).fillna("")
        return out

    t.gaya = t.gaya.apply(css, axis=None)
    t.warna_rag = dict(pasangan)
    return t


def _css_rag(nilai: object) -> str:
    warna = theme.RAG.get(str(nilai))
    return f"background-color: {warna}33; border-left: 4px solid {warna}" if warna else ""


def emoji_rag(status: object) -> str:
    """🟢/🟡/🔴 for a status, '⚪' when it has none (too little data)."""
    return theme.RAG_EMOJI.get(str(status), "⚪")
