"""Header checks and column parsing of one sheet: text cells -> typed columns + errors.

Each distinct cell text is parsed once and the result mapped back onto the column, so a
200 000-row attendance file costs a few thousand parser calls, not 800 000.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pandas as pd

from kube_metrics.impor import nilai
from kube_metrics.impor.baca import BARIS, GANDA, TANPA_JUDUL, Lembar
from kube_metrics.impor.galat import GalatImpor
from kube_metrics.impor.kolom import JENIS, Kolom

BERKAS, LEMBAR = "_berkas", "_lembar"
MAKS_GALAT_PER_KOLOM = 1000  # beyond this one summary row per column keeps the report readable
_MIRIP_NIK = re.compile(r"nik|ktp|nomor_?induk|no_?induk|kependudukan|no_?kk|kartu_?keluarga")


def periksa_judul(lb: Lembar) -> list[GalatImpor]:
    """Unknown, repeated, blank-but-filled and missing required columns (row 1)."""
    jenis = JENIS[lb.jenis]
    sah = set(jenis.nama_kolom)
    galat: list[GalatImpor] = []
    dasar = GalatImpor(lb.berkas, lb.lembar, 1, "", "", "")
    for nama in [c for c in lb.data.columns if c != BARIS]:
        if nama.startswith(TANPA_JUDUL):
            if lb.data[nama].ne("").any():
                posisi = nama.removeprefix(TANPA_JUDUL)
                galat.append(
                    dasar.dengan(kolom=f"kolom ke-{posisi}", alasan="kolom berisi data tetapi tanpa judul")
                )
            lb.data = lb.data.drop(columns=nama)
        elif nama.endswith(GANDA):
            asli = nama.rstrip(GANDA)
            galat.append(
                dasar.dengan(kolom=asli, nilai=asli, alasan="judul kolom ganda: kolom ini muncul dua kali")
            )
        elif nama not in sah:
            galat.append(
                dasar.dengan(kolom=nama, nilai=nama, alasan=_alasan_kolom_asing(nama, jenis.nama_kolom))
            )
    for kol in jenis.kolom:
        if kol.wajib and kol.nama not in lb.data.columns:
            galat.append(dasar.dengan(kolom=kol.nama, alasan="kolom wajib tidak ada"))
    return galat


def _alasan_kolom_asing(nama: str, sah: list[str]) -> str:
    if _MIRIP_NIK.search(nama.replace(" ", "_")):
        return (
            "jangan simpan NIK: nomor induk kependudukan/KTP/KK adalah data pribadi yang tidak boleh "
            "disimpan; hapus kolom ini dan gunakan kode_anggota"
        )
    return "kolom tidak dikenal; kolom yang sah: " + ", ".join(sah)


def urai_lembar(
    lb: Lembar, hari_ini: dt.date, galat: list[GalatImpor], kemajuan: Callable[[float], None] = lambda _: None
) -> pd.DataFrame:
    """Typed frame of one sheet (missing optional columns empty) + _berkas, _lembar, _baris.

    `kemajuan(f)` is told the share of columns done (a large sheet takes a few seconds)."""
    data = lb.data
    hasil = pd.DataFrame(index=data.index)
    kolom = JENIS[lb.jenis].kolom
    for i, kol in enumerate(kolom):
        kemajuan(i / len(kolom))
        teks = data[kol.nama] if kol.nama in data.columns else pd.Series("", index=data.index, dtype=str)
        hasil[kol.nama], alasan = urai_kolom(teks, kol, hari_ini)
        _catat(lb, kol.nama, teks, alasan, galat)
    hasil[BERKAS] = lb.berkas
    hasil[LEMBAR] = lb.lembar
    hasil[BARIS] = data[BARIS].to_numpy()
    return hasil


def _pengurai(kol: Kolom, hari_ini: dt.date) -> Callable[[str], object]:
    if kol.tipe == "tanggal":
        return lambda t: nilai.tanggal(t, hari_ini)
    if kol.tipe == "bulan":
        return lambda t: nilai.bulan(t, hari_ini)
    if kol.tipe == "pilihan":
        return lambda t: nilai.pilihan(t, kol.pilihan)
    sederhana = {"kode": nilai.kode, "teks": nilai.teks_bebas, "rupiah": nilai.rupiah,
                 "ya_tidak": nilai.ya_tidak, "skor": nilai.skor}  # fmt: skip
    return sederhana[kol.tipe]


def urai_kolom(teks: pd.Series, kol: Kolom, hari_ini: dt.date) -> tuple[pd.Series, pd.Series]:
    """(typed values, reasons) — a reason is NaN where the cell is fine."""
    fungsi = _pengurai(kol, hari_ini)
    nilai_unik: dict[str, object] = {}
    alasan_unik: dict[str, str] = {}
    for sel in teks.unique():
        if sel == "":
            nilai_unik[sel] = None
            if kol.wajib:
                alasan_unik[sel] = "wajib diisi"
            continue
        try:
            nilai_unik[sel] = fungsi(sel)
        except nilai.NilaiSalah as exc:
            nilai_unik[sel] = None
            alasan_unik[sel] = str(exc)
    return _bertipe(teks.map(nilai_unik), kol.tipe), teks.map(alasan_unik)


def _bertipe(seri: pd.Series, tipe: str) -> pd.Series:
    if tipe in ("tanggal", "bulan"):
        return pd.to_datetime(seri)
    if tipe in ("rupiah", "skor"):
        return seri.astype("Int64")
    if tipe == "ya_tidak":
        return seri.astype("boolean")
    return seri.astype("str")


def _catat(lb: Lembar, kolom: str, teks: pd.Series, alasan: pd.Series, galat: list[GalatImpor]) -> None:
    salah = alasan.notna()
    if not salah.any():
        return
    baris = lb.data.loc[salah, BARIS]
    pasangan = list(zip(baris, teks[salah], alasan[salah], strict=True))
    for b, t, a in pasangan[:MAKS_GALAT_PER_KOLOM]:
        galat.append(GalatImpor(lb.berkas, lb.lembar, int(b), kolom, t, a))
    if len(pasangan) > MAKS_GALAT_PER_KOLOM:
        sisa = len(pasangan) - MAKS_GALAT_PER_KOLOM
        galat.append(
            GalatImpor(lb.berkas, lb.lembar, None, kolom, "", f"… dan {sisa} galat lain di kolom ini")
        )
