"""The group's story: the figures (`fakta`) and the slides built from them, for page and reports.

`susun_cerita(con, kode_kube=..., dari=..., sampai=..., lang=...)` gathers every figure from the
metric modules (summary, kehadiran, pertumbuhan, sebaya, hambatan, pembacaan), applies the
anonymisation rules of kube_metrics.anonim and returns a `Cerita`: a cover and one `Slide` per
message (sentences from kube_metrics.narasi, key figures, one chart). The presentation page, the
PDF and the PowerPoint all render the same `Cerita`, so they cannot disagree.

`fakta` keys: kelompok (profile dict), dari, sampai (dates), summary (the contract's headline
figures, member-based ones None when suppressed), anggota_disembunyikan, tren_kehadiran
({awal, akhir, sejak} or None), hambatan_kategori ({kelompok_kategori: new}), pembacaan
(ringkasan_pembacaan's dict or None), peringatan (codes).
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pandas as pd
import plotly.graph_objects as go

from kube_metrics import anonim, hambatan, kehadiran, kelompok, peringatan, pertumbuhan, sebaya
from kube_metrics.charts import presentasi as grafik
from kube_metrics.db import query
from kube_metrics.laporan import slide
from kube_metrics.laporan.peringkat import ringkas_peringkat
from kube_metrics.summary import KUNCI_PEMBACAAN, summary

# Figures of the summary that are about the members, suppressed for a group of 1 or 2.
KUNCI_ANGGOTA = ("anggota_aktif", "tingkat_kehadiran", "peringkat_kehadiran")
# DESAIN: the attendance trend compares the last 6 months with the 6 before (as the
# kehadiran_turun warning), or halves of a shorter period.
JENDELA_TREN = 6


@dataclass
class Slide:
    kunci: str
    judul: str
    kalimat: list[str]
    angka: list[tuple[str, str]] = field(default_factory=list)
    grafik: list[go.Figure] = field(default_factory=list)


@dataclass
class Cerita:
    lang: str
    fakta: dict[str, Any]
    sampul: dict[str, str]
    slides: list[Slide]

    def teks_semua(self) -> str:
        """Every word the audience sees (for the anonymisation checks)."""
        bagian = list(self.sampul.values())
        for s in self.slides:
            bagian += [s.judul, *s.kalimat, *(f"{a} {b}" for a, b in s.angka)]
        return "\n".join(bagian)


# --- figures --------------------------------------------------------------------------------


def _profil(con: duckdb.DuckDBPyConnection, kode_atau_nama: str) -> dict[str, Any] | None:
    found = kelompok.cari_kelompok(con, kode_atau_nama=kode_atau_nama)
    if found.empty:
        return None
    row = {str(k): v for k, v in found.iloc[0].to_dict().items()}
    for kunci in ("tanggal_bentuk", "tanggal_bantuan", "tanggal_mandiri", "tanggal_bubar"):
        row[kunci] = None if pd.isna(row.get(kunci)) else pd.Timestamp(row[kunci]).date()
    row["nilai_bantuan"] = None if pd.isna(row.get("nilai_bantuan")) else int(row["nilai_bantuan"])
    return row


def tren_kehadiran(bulanan: pd.DataFrame, jendela: int = JENDELA_TREN) -> dict[str, Any] | None:
    """Attendance of the last `jendela` months against the `jendela` before (halves when shorter).

    `bulanan`: kehadiran_bulanan rows (bulan, hadir, aktif_pertemuan), one per month of the period.
    None when the period is under 2 months or a window has no meeting."""
    n = min(jendela, len(bulanan) // 2)
    if n < 1:
        return None
    data = bulanan.sort_values("bulan").tail(2 * n)
    awal, akhir = data.head(n), data.tail(n)
    if awal["aktif_pertemuan"].sum() == 0 or akhir["aktif_pertemuan"].sum() == 0:
        return None
    return {
        "awal": float(awal["hadir"].sum() / awal["aktif_pertemuan"].sum()),
        "akhir": float(akhir["hadir"].sum() / akhir["aktif_pertemuan"].sum()),
        "sejak": pd.Timestamp(akhir["bulan"].iloc[0]).date(),
    }


def _periode(s: dict[str, Any]) -> tuple[dt.date, dt.date]:
    dari, sampai = (dt.date.fromisoformat(f"{s['periode'][k]}-01") for k in ("dari", "sampai"))
    return dari, sampai


def _pembacaan(s: dict[str, Any]) -> dict[str, Any]:
    """ringkasan_pembacaan's dict, which summary() already holds for the same group and period:
    taken from there, not read again (issue 10: about 1 s CPU per reading at 100 000 groups).
    A copy, so that cleaning the summary for display never touches it."""
    return copy.deepcopy({k: s[k] for k in KUNCI_PEMBACAAN})


def kumpulkan_fakta(
    con: duckdb.DuckDBPyConnection,
    *,
    kode_kube: str,
    dari: dt.date | None = None,
    sampai: dt.date | None = None,
    sebaya_: str = "kota",
) -> tuple[dict[str, Any], dict[str, pd.DataFrame]] | None:
    """The figures of the story and the frames its charts draw; None for an unknown group."""
    profil = _profil(con, kode_kube)
    if profil is None:
        return None
    kode = str(profil["kode_kube"])
    s = summary(con, kode_kube=kode, dari=dari, sampai=sampai)
    if s is None:
        return None
    dari, sampai = _periode(s)
    n = s["anggota_aktif"]
    sembunyi = not anonim.cukup(n)
    periode = {"dari": dari, "sampai": sampai}
    bulanan = kehadiran.kehadiran_bulanan(con, kode_kube=kode, dari=dari, sampai=sampai)
    per_kategori = hambatan.hambatan_per_kategori(con, kode_kube=kode, dari=dari, sampai=sampai)
    pembacaan = _pembacaan(s)
    fakta: dict[str, Any] = {
        "kelompok": profil,
        "dari": dari,
        "sampai": sampai,
        "sebaya": sebaya_,
        "summary": anonim.bersihkan(s, KUNCI_ANGGOTA, n),
        "anggota_disembunyikan": sembunyi,
        "tren_kehadiran": None if sembunyi else tren_kehadiran(bulanan),
        "hambatan_kategori": _per_kelompok_kategori(per_kategori)["baru"].to_dict(),
        "pembacaan": pembacaan,
        "peringatan": _urut_peringatan(pembacaan.get("peringatan") or []),
    }
    frames = _frames(con, kode, profil["nama"], periode, sebaya_, sembunyi)
    frames["hambatan"] = _per_kelompok_kategori(per_kategori).reset_index()
    return fakta, frames


def _urut_peringatan(kode: list[str]) -> list[str]:
    """Warning codes in peringatan.KODE's display order (most severe first)."""
    urutan = list(peringatan.KODE)
    return sorted(kode, key=lambda k: (urutan.index(k) if k in urutan else len(urutan), k))


def _per_kelompok_kategori(df: pd.DataFrame) -> pd.DataFrame:
    """New and open obstacles per category group, every group in the taxonomy's order."""
    jumlah = df.groupby("kelompok_kategori")[["baru", "terbuka_akhir"]].sum()
    return jumlah.reindex(list(grafik.KATEGORI), fill_value=0).astype("int64")


def _frames(
    con: duckdb.DuckDBPyConnection,
    kode: str,
    nama: str,
    periode: dict[str, dt.date],
    sebaya_: str,
    sembunyi: bool,
) -> dict[str, pd.DataFrame]:
    uang = pertumbuhan.keuangan_bulanan(con, kode_kube=kode, **periode)
    vs = sebaya.kehadiran_vs_sebaya(con, kode_kube=kode, sebaya=sebaya_, **periode)
    peringkat = peringkat_kehadiran_sebaya(con, kode_kube=kode, nama=nama, sebaya=sebaya_, **periode)
    if sembunyi:  # attendance of a group of 1 or 2 is about those members
        vs = vs.assign(fokus=float("nan"))
        peringkat = peringkat[~peringkat["fokus"]]
    return {"uang": uang, "kehadiran": vs, "peringkat": ringkas_peringkat(peringkat)}


def peringkat_kehadiran_sebaya(
    con: duckdb.DuckDBPyConnection, *, kode_kube: str, nama: str, sebaya: str, dari: dt.date, sampai: dt.date
) -> pd.DataFrame:
    """label, tingkat_kehadiran, fokus: compared groups best first, peers as 'KUBE A', 'KUBE B', ….

    Groups of 1 or 2 active members are left out (their rate is about those members)."""
    params = {
        "kode_kube": kode_kube,
        "sebaya": pertumbuhan.cek_sebaya(sebaya),
        "dari": dari,
        "sampai": sampai,
    }
    df = query(con, "presentasi_peringkat_kehadiran", params)
    cukup = pd.Series([anonim.cukup(n) for n in df["anggota_aktif"]], index=df.index, dtype=bool)
    df = df[cukup].drop(columns="anggota_aktif").reset_index(drop=True)
    return anonim.samarkan_sebaya(df.assign(nama=""), kode_fokus=kode_kube, nama_fokus=nama)


# --- the story ------------------------------------------------------------------------------


def susun_cerita(
    con: duckdb.DuckDBPyConnection,
    *,
    kode_kube: str,
    dari: dt.date | None = None,
    sampai: dt.date | None = None,
    sebaya: str = "kota",
    lang: str = "id",
    hari_ini: dt.date | None = None,
) -> Cerita | None:
    """The whole story of one group in `lang`; None when the group is unknown."""
    hasil = kumpulkan_fakta(con, kode_kube=kode_kube, dari=dari, sampai=sampai, sebaya_=sebaya)
    if hasil is None:
        return None
    fakta, frames = hasil
    fakta["sumber"] = _sumber(con)
    sampul = slide.sampul(fakta, lang, hari_ini or dt.date.today())
    slides = [Slide(**isi) for isi in slide.semua(fakta, frames, lang)]
    return Cerita(lang=lang, fakta=fakta, sampul=sampul, slides=slides)


def _sumber(con: duckdb.DuckDBPyConnection) -> str:
    """'demo' for the synthetic demo database (table info_basis_data), else 'impor'."""
    rows = con.table("info_basis_data").fetchall()
    return "demo" if dict(rows).get("sumber") == "demo" else "impor"
