"""Check a whole batch of files before anything is written: every error of every file at once."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from kube_metrics.db import query
from kube_metrics.impor import aturan, batas, pemeriksaan
from kube_metrics.impor.baca import BARIS, Berkas, Lembar, baca_berkas
from kube_metrics.impor.galat import GalatImpor, batasi
from kube_metrics.impor.kolom import JENIS, URUTAN
from kube_metrics.impor.urai import BERKAS, periksa_judul, urai_lembar

Kemajuan = Callable[[float, str], None]


@dataclass
class HasilPeriksa:
    """Typed rows per kind, every error (the batch is refused if any) and every warning."""

    berkas: list[str]
    data: dict[str, pd.DataFrame] = field(default_factory=dict)
    galat: list[GalatImpor] = field(default_factory=list)
    peringatan: list[GalatImpor] = field(default_factory=list)
    # sheets refused for their header, per kind: (file, sheet, the group codes it names or None)
    ditolak: dict[str, list[aturan.LembarDitolak]] = field(default_factory=dict)
    sha256: dict[str, str] = field(default_factory=dict)  # file name -> SHA-256, for the audit trail

    @property
    def bersih(self) -> bool:
        return not self.galat

    def jumlah_baris(self) -> dict[str, int]:
        return {j: len(self.data[j]) for j in URUTAN if j in self.data}

    def kelompok_tersentuh(self) -> list[str]:
        """Every group code the batch's rows name (sheets refused for their header included):
        the area its history and audit rows concern (kube_metrics/batas_akun.py)."""
        kode: set[str] = set()
        for df in self.data.values():
            if "kode_kube" in df.columns:
                kode.update(str(k) for k in df["kode_kube"].dropna().unique())  # unique first: big kinds
        for lembar in (lb for daftar in self.ditolak.values() for lb in daftar):
            kode.update(lembar.kode or ())
        return sorted(kode)

    def pratinjau(self, jenis: str, n: int = 20) -> pd.DataFrame:
        """The first n rows of a kind, contract columns only, with the sheet row number."""
        df = self.data[jenis]
        return df[[BARIS, *JENIS[jenis].nama_kolom]].head(n).rename(columns={BARIS: "baris"})


def _sha256(b: Berkas) -> str:
    isi = b.isi.read_bytes() if isinstance(b.isi, Path) else b.isi
    return hashlib.sha256(isi).hexdigest()


def _diam(_: float, __: str) -> None:
    return None


def periksa(
    con: duckdb.DuckDBPyConnection,
    berkas: list[Berkas],
    *,
    hari_ini: dt.date | None = None,
    kemajuan: Kemajuan = _diam,
) -> HasilPeriksa:
    hari = hari_ini or dt.date.today()
    hasil = HasilPeriksa([b.nama for b in berkas])
    hasil.sha256 = {b.nama: _sha256(b) for b in berkas}
    bagian: dict[str, list[pd.DataFrame]] = {}
    porsi = 0.8 / max(len(berkas), 1)  # the first 80 % of the bar: reading and parsing, file by file
    for i, b in enumerate(berkas):
        kemajuan(porsi * i, f"Membaca {b.nama}")
        for lb in baca_berkas(b, hasil.galat):
            galat_judul = periksa_judul(lb)
            hasil.galat += galat_judul
            if galat_judul:
                hasil.ditolak.setdefault(lb.jenis, []).append(aturan.lembar_ditolak(lb))
                continue
            teks = f"Memeriksa {lb.berkas} {lb.lembar}".strip()
            maju = lambda f, i=i, teks=teks: kemajuan(porsi * (i + 0.2 + 0.8 * f), teks)  # noqa: E731
            bagian.setdefault(lb.jenis, []).append(urai_lembar(lb, hari, hasil.galat, maju))
    hasil.data = {j: pd.concat(bagian[j], ignore_index=True) for j in URUTAN if j in bagian}
    kemajuan(0.85, "Memeriksa kaitan antardata")
    if not _terlalu_banyak(hasil):
        periksa_kaitan(con, hasil, hari)
    hasil.galat = batasi(hasil.galat, batas.MAKS_GALAT, ", ".join(hasil.berkas))
    kemajuan(1.0, "Pemeriksaan selesai")
    return hasil


def _terlalu_banyak(hasil: HasilPeriksa) -> bool:
    """Rows per kind over the whole batch (each file was checked alone before it was read)."""
    for jenis, df in hasil.data.items():
        if alasan := batas.baris(len(df), jenis):
            hasil.galat.append(GalatImpor(", ".join(sorted(set(df[BERKAS]))), "", None, "", "", alasan))
    return any(batas.baris(len(df), j) for j, df in hasil.data.items())


def periksa_lembar(
    con: duckdb.DuckDBPyConnection, lembar: list[Lembar], *, hari_ini: dt.date
) -> HasilPeriksa:
    """The same checks for rows that come from a form, not a file (kube_metrics/catat): each
    Lembar holds text cells as a file would, so one set of rules judges both."""
    hasil = HasilPeriksa(sorted({lb.berkas for lb in lembar}))
    bagian: dict[str, list[pd.DataFrame]] = {}
    for lb in lembar:
        bagian.setdefault(lb.jenis, []).append(urai_lembar(lb, hari_ini, hasil.galat))
    hasil.data = {j: pd.concat(bagian[j], ignore_index=True) for j in URUTAN if j in bagian}
    periksa_kaitan(con, hasil, hari_ini)
    return hasil


def periksa_kaitan(con: duckdb.DuckDBPyConnection, hasil: HasilPeriksa, hari: dt.date) -> None:
    data = hasil.data
    if not hasil.galat and sum(len(df) for df in data.values()) == 0:
        hasil.galat.append(
            GalatImpor(", ".join(hasil.berkas), "", None, "", "", "tidak ada baris data untuk diimpor")
        )
        return
    for jenis, df in data.items():
        hasil.galat += aturan.kunci_ganda(jenis, df)
    hasil.galat += aturan.urutan_tanggal(data)
    if "hambatan" in data:
        hasil.galat += aturan.status_hambatan(data["hambatan"])
    kube_db = set(query(con, "impor_kelompok_db")["kode_kube"])
    hasil.galat += aturan.referensi_kube(data, kube_db, hasil.ditolak.get("kelompok", []))
    if "kehadiran" in data:
        hasil.galat += aturan.kehadiran(con, data)
    hasil.peringatan += aturan.ukuran_kelompok(con, data, hari)
    hasil.peringatan += aturan.kehadiran_tersimpan(con, data)
    hasil.peringatan += pemeriksaan.bertentangan(con, data)
