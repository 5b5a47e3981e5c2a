"""One form entry as import rows, checked by the importer's rules plus those of a form."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from kube_metrics.catat.baca import rekaman
from kube_metrics.impor import aturan, nilai
from kube_metrics.impor.baca import BARIS, Lembar
from kube_metrics.impor.galat import GalatImpor
from kube_metrics.impor.kolom import JENIS
from kube_metrics.impor.periksa import HasilPeriksa, periksa_lembar

FORMULIR = "formulir"  # the 'file' name of form rows in every error
JENIS_ENTRI = ("pertemuan", "keuangan", "kunjungan", "hambatan", "anggota")
HILANG = "data yang dipilih tidak ada lagi (mungkin baru dihapus atau diubah orang lain); muat ulang"
AKSI = ("entry", "correction", "delete")  # the audit trail's action names (access contract)


@dataclass
class Entri:
    """What a form holds: text per contract column, as a pendamping would type it in a sheet.

    `asal` is the key of the stored record this entry replaces (a correction, an obstacle
    resolved, a member leaving); None for a new record, whose key must not exist yet."""

    jenis: str
    isian: dict[str, str]
    kehadiran: dict[str, str] = field(default_factory=dict)  # kode_anggota -> status (meetings)
    asal: dict[str, str] | None = None
    aksi: str = "entry"
    alasan: str = ""

    @property
    def kode_kube(self) -> str:
        return self.isian.get("kode_kube", "")


def lembar(jenis: str, baris: list[dict[str, str]]) -> Lembar:
    """Form rows as a sheet of text cells: row i of the form is row i of the 'sheet'."""
    kolom = JENIS[jenis].nama_kolom
    data = pd.DataFrame(
        [{k: str(b.get(k) or "").strip() for k in kolom} for b in baris], columns=kolom, dtype=str
    )
    data[BARIS] = range(1, len(data) + 1)
    return Lembar(FORMULIR, jenis, jenis, data)


def lembar_entri(entri: Entri) -> list[Lembar]:
    daftar = [lembar(entri.jenis, [entri.isian])]
    if entri.jenis == "pertemuan":
        kunci = {"kode_kube": entri.kode_kube, "kode_pertemuan": entri.isian.get("kode_pertemuan", "")}
        baris = [{**kunci, "kode_anggota": a, "status": s} for a, s in entri.kehadiran.items()]
        daftar.append(lembar("kehadiran", baris))
    return daftar


def galat_alasan(alasan: str, wajib: bool) -> list[GalatImpor]:
    """The reason of a correction or deletion: required, and text-limited like any note."""
    dasar = GalatImpor(FORMULIR, "alasan", 1, "alasan", alasan, "")
    if not alasan.strip():
        return [dasar.dengan(alasan="wajib diisi: tulis alasan koreksi atau penghapusan")] if wajib else []
    try:
        nilai.teks_bebas(alasan.strip())
    except nilai.NilaiSalah as exc:
        return [dasar.dengan(nilai=alasan[:80], alasan=str(exc))]
    return []


def periksa_entri(
    con: duckdb.DuckDBPyConnection, entri: Entri, *, hari_ini: dt.date | None = None
) -> HasilPeriksa:
    """Every error and warning of one entry; nothing is written."""
    hasil = periksa_lembar(con, lembar_entri(entri), hari_ini=hari_ini or dt.date.today())
    hasil.galat += galat_alasan(entri.alasan, wajib=entri.aksi != "entry")
    data = hasil.data.get(entri.jenis)
    if data is None or data.empty:
        return hasil
    hasil.galat += aturan.sudah_tercatat(con, entri.jenis, data, entri.asal)
    if entri.jenis == "pertemuan":
        hasil.galat += aturan.pertemuan_ganda(con, data, entri.asal)
    if entri.jenis == "anggota" and entri.asal is not None:
        # A form can delete attendance (Koreksi), so stored attendance that a stored member's new
        # dates would leave outside their time is refused here rather than only warned about.
        # (A new member has no attendance yet: what the rule finds then is older, and stays a
        # warning.) The rule counts the whole group, so an older mismatch blocks too.
        tersimpan = aturan.kehadiran_tersimpan(con, hasil.data)
        hasil.peringatan = [p for p in hasil.peringatan if p not in tersimpan]
        hasil.galat += [
            p.dengan(berkas=FORMULIR, lembar="anggota", baris=1, kolom="tanggal_keluar") for p in tersimpan
        ]
    if entri.asal is not None and rekaman(con, entri.jenis, entri.asal) is None:
        hasil.galat.append(GalatImpor(FORMULIR, entri.jenis, None, "", "", HILANG))
    return hasil
