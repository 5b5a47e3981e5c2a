"""The content of each slide: title, sentences, key figures and charts, in one language.

One function per message, in the order of the talk; each returns the keyword arguments of
`cerita.Slide`. Figures that are None (undefined, or suppressed for privacy) read as
'–' or 'hidden (fewer than 3 members)'.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pandas as pd

from kube_metrics import ambang_modal_sosial as A
from kube_metrics import narasi
from kube_metrics.charts import presentasi as grafik
from kube_metrics.i18n import angka, bulan, persen, rupiah, tanggal, teks

Isi = dict[str, Any]


def sampul(f: Isi, lang: str, hari_ini: dt.date) -> dict[str, str]:
    """The cover: group, place, period, filters in force, data source, date made."""
    k = f["kelompok"]
    sumber = teks("umum.data_contoh" if f.get("sumber") == "demo" else "umum.data_impor", lang)
    return {
        "judul": teks("slide.sampul", lang, nama=k["nama"]),
        "lokasi": teks(
            "sampul.lokasi", lang, kelurahan=k["kelurahan"], kecamatan=k["kecamatan"], kota=k["kota"]
        ),
        "periode": teks("sampul.periode", lang, dari=bulan(f["dari"], lang), sampai=bulan(f["sampai"], lang)),
        "saringan": teks("sampul.saringan", lang, sebaya=teks(f"sebaya.{f.get('sebaya', 'kota')}", lang)),
        "sumber": teks("sampul.sumber", lang, sumber=sumber),
        "dibuat": teks("sampul.dibuat", lang, tanggal=tanggal(hari_ini, lang)),
    }


def _anggota(n: int | None, lang: str) -> str:
    return teks("umum.disembunyikan", lang) if n is None else angka(n, lang)


def anggota(f: Isi, frames: dict[str, pd.DataFrame], lang: str) -> Isi:
    s, k = f["summary"], f["kelompok"]
    nilai = [
        (teks("angka.anggota_aktif", lang), _anggota(s["anggota_aktif"], lang)),
        (teks("angka.berdiri", lang), bulan(k["tanggal_bentuk"], lang)),
        (teks("angka.bantuan", lang), rupiah(k.get("nilai_bantuan"), lang)),
        (teks("angka.pertemuan", lang), angka(s["pertemuan"], lang)),
    ]
    return {"kalimat": narasi.kalimat_anggota(f, lang), "angka": nilai, "grafik": []}


def uang(f: Isi, frames: dict[str, pd.DataFrame], lang: str) -> Isi:
    s = f["summary"]
    nilai = [
        (teks("angka.omzet", lang), rupiah(s["omzet"], lang)),
        (teks("angka.laba", lang), rupiah(s["laba"], lang)),
        (teks("angka.modal_akhir", lang), rupiah(s["modal_akhir"], lang)),
        (teks("angka.tabungan", lang), rupiah(s["tabungan"], lang)),
    ]
    fig = grafik.uang_bulanan(frames["uang"], lang)
    return {"kalimat": narasi.kalimat_uang(f, lang), "angka": nilai, "grafik": [fig]}


def kehadiran(f: Isi, frames: dict[str, pd.DataFrame], lang: str) -> Isi:
    s = f["summary"]
    tersembunyi = teks("umum.disembunyikan", lang)
    rank = s["peringkat_kehadiran"]
    nilai = [
        (
            teks("angka.tingkat_kehadiran", lang),
            tersembunyi if f["anggota_disembunyikan"] else persen(s["tingkat_kehadiran"], lang),
        ),
        (
            teks("angka.peringkat_kehadiran", lang),
            teks("angka.peringkat_nilai", lang, peringkat=rank[0], n=rank[1]) if rank else "–",
        ),
        (teks("angka.transparansi_keuangan", lang), persen(s["transparansi_keuangan"], lang)),
    ]
    figs = [
        grafik.kehadiran_bulanan(frames["kehadiran"], lang),
        grafik.peringkat_kehadiran(frames["peringkat"], lang),
    ]
    return {"kalimat": narasi.kalimat_kehadiran(f, lang), "angka": nilai, "grafik": figs}


def hambatan(f: Isi, frames: dict[str, pd.DataFrame], lang: str) -> Isi:
    s = f["summary"]
    median = s["hari_penyelesaian_median"]
    nilai = [
        (teks("angka.hambatan_baru", lang), angka(s["hambatan_baru"], lang)),
        (teks("angka.hambatan_terbuka", lang), angka(s["hambatan_terbuka"], lang)),
        (
            teks("angka.hari_penyelesaian_median", lang),
            "–" if median is None else teks("angka.hari", lang, n=angka(median, lang)),
        ),
    ]
    fig = grafik.hambatan_kategori(frames["hambatan"], lang)
    return {"kalimat": narasi.kalimat_hambatan(f, lang), "angka": nilai, "grafik": [fig]}


def modal_sosial(f: Isi, frames: dict[str, pd.DataFrame], lang: str) -> Isi:
    p = f.get("pembacaan") or {}
    skor = p.get("modal_sosial") or {}
    # issue 13: a dimension resting on a kind never recorded reads "belum ada data", not a dash
    kosong = {A.JENIS_DATA_DIMENSI[j] for j in p.get("data_belum_lengkap") or []}
    nilai = [
        (
            teks(f"angka.{d}", lang),
            teks("kelengkapan.belum_ada_data", lang) if d in kosong else _skor(skor.get(d), lang),
        )
        for d in grafik.DIMENSI
    ]
    tahap = p.get("tahap")
    nilai.append((teks("angka.tahap", lang), teks(f"tahap.{tahap}", lang) if tahap else "–"))
    kesiapan = _skor(p.get("kesiapan_mandiri"), lang)
    if p.get("kesiapan_lengkap") is False:
        kesiapan += f" ({teks('kelengkapan.belum_lengkap', lang)})"
    nilai.append((teks("angka.kesiapan_mandiri", lang), kesiapan))
    fig = grafik.modal_sosial(skor, lang)
    return {"kalimat": narasi.kalimat_modal_sosial(f, lang), "angka": nilai, "grafik": [fig]}


def _skor(nilai: float | None, lang: str) -> str:
    return "–" if nilai is None else teks("angka.skor", lang, nilai=angka(nilai, lang))


def peringatan(f: Isi, frames: dict[str, pd.DataFrame], lang: str) -> Isi:
    nilai = [(teks("angka.peringatan_aktif", lang), angka(len(f.get("peringatan") or []), lang))]
    return {"kalimat": narasi.kalimat_peringatan(f, lang), "angka": nilai, "grafik": []}


def langkah(f: Isi, frames: dict[str, pd.DataFrame], lang: str) -> Isi:
    return {"kalimat": narasi.langkah_berikutnya(f, lang), "angka": [], "grafik": []}


URUTAN: dict[str, Callable[[Isi, dict[str, pd.DataFrame], str], Isi]] = {
    "anggota": anggota,
    "uang": uang,
    "kehadiran": kehadiran,
    "hambatan": hambatan,
    "modal_sosial": modal_sosial,
    "peringatan": peringatan,
    "langkah": langkah,
}


def semua(f: Isi, frames: dict[str, pd.DataFrame], lang: str) -> list[Isi]:
    """Every slide after the cover, in the order of the talk."""
    return [
        {"kunci": kunci, "judul": teks(f"slide.{kunci}", lang), **buat(f, frames, lang)}
        for kunci, buat in URUTAN.items()
    ]
