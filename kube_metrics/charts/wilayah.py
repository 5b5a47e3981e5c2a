"""The area comparison table of Ringkasan (kube_metrics.wilayah.banding_wilayah)."""

from __future__ import annotations

import pandas as pd

from kube_metrics import i18n
from kube_metrics.charts import tabel as tb
from kube_metrics.saringan import TANPA_PROVINSI

# source column -> format; headers from the catalogue (banding.<column>)
_KOLOM = {
    "wilayah": None,
    "kelompok_aktif": "angka",
    "anggota_aktif": "angka",
    "tingkat_kehadiran": "persen",
    "pertemuan_per_bulan": "desimal",
    "omzet": "rupiah",
    "hambatan_terbuka": "angka",
    "kunjungan": "angka",
}


def banding_wilayah(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> tb.Tabel:
    """One row per area; the first column is named after the level (Provinsi, Kota/kabupaten...)."""
    tingkat = str(df["tingkat"].iloc[0]) if len(df) else "provinsi"
    data = df.assign(wilayah=[_nama(w, tingkat, lang) for w in df["wilayah"]])
    kepala = i18n.teks(f"banding.tingkat_{tingkat}", lang)
    kolom: dict[str, tuple[str, str | None]] = {"wilayah": (kepala, None)}
    kolom |= {k: (i18n.teks(f"banding.{k}", lang), f) for k, f in _KOLOM.items() if k != "wilayah"}
    return tb.tabel(data, kolom, lang)


def judul(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> str:
    """'Per provinsi' / 'Per kota/kabupaten' ... for the section header."""
    tingkat = str(df["tingkat"].iloc[0]) if len(df) else "provinsi"
    return i18n.teks(f"banding.judul_{tingkat}", lang)


def _nama(wilayah: object, tingkat: str, lang: str) -> str:
    if tingkat == "provinsi" and wilayah == TANPA_PROVINSI:
        return i18n.teks("wilayah.tanpa_provinsi", lang)
    return str(wilayah)
