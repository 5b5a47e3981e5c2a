"""Early warnings at the end of a month: stable codes, Indonesian text, a severity (issue 4 item 5).

Each rule's threshold and source is in ambang_modal_sosial.py; the measures come from
sql/peringatan_dasar.sql, the readiness at the mandiri date from kesiapan.py and the members
absent at consecutive meetings from kehadiran.absen_beruntun.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Unpack

import duckdb
import pandas as pd

from kube_metrics import ambang_modal_sosial as A
from kube_metrics import format as fmt
from kube_metrics.db import query
from kube_metrics.kesiapan import kesiapan_saat_mandiri
from kube_metrics.saringan import SaringanKelompok, saringan_kelompok

KOLOM = ["kode_kube", "nama", "kode", "pesan", "tingkat"]

# code -> (severity, judul); order = display order
KODE = {
    "mandiri_belum_siap": ("tinggi", "Dimandirikan sebelum siap"),
    "absen_beruntun": ("tinggi", "Banyak anggota absen beruntun"),
    "kehadiran_turun": ("sedang", "Kehadiran turun"),
    "omzet_turun": ("sedang", "Omzet turun"),
    "laporan_terlambat": ("sedang", "Laporan bulanan terlambat"),
    "hambatan_lama": ("sedang", "Hambatan lama belum selesai"),
    "tanpa_kunjungan": ("sedang", "Tanpa kunjungan"),
}


def _pesan_kehadiran(b: Any) -> str:
    return (
        f"Kehadiran {A.KEHADIRAN_TURUN_BULAN} bulan terakhir {fmt.persen(b.kehadiran_baru)}, turun dari "
        f"{fmt.persen(b.kehadiran_lama)} pada {A.KEHADIRAN_TURUN_BULAN} bulan sebelumnya "
        f"(ambang: turun {A.KEHADIRAN_TURUN_POIN} poin)."
    )


PESAN: dict[str, Callable[[Any], str]] = {
    "kehadiran_turun": _pesan_kehadiran,
    "laporan_terlambat": lambda b: (
        f"Tidak ada laporan keuangan bulanan selama {A.LAPORAN_TERLAMBAT_BULAN} bulan terakhir."
    ),
    "hambatan_lama": lambda b: (
        f"Hambatan tertua masih terbuka setelah {fmt.angka(b.hari_hambatan_tertua)} hari "
        f"(ambang: lebih dari {A.HAMBATAN_LAMA_HARI} hari)."
    ),
    "tanpa_kunjungan": lambda b: (
        f"Tidak ada kunjungan pendamping, Dinas Sosial, kelurahan atau pihak lain selama "
        f"{A.TANPA_KUNJUNGAN_BULAN} bulan terakhir."
    ),
    "omzet_turun": lambda b: (
        f"Omzet {A.OMZET_TURUN_BULAN} bulan terakhir berturut-turut di bawah bulan yang sama tahun lalu."
    ),
}


def peringatan_dasar(
    con: duckdb.DuckDBPyConnection, *, sampai: dt.date, **saring: Unpack[SaringanKelompok]
) -> pd.DataFrame:
    """The measures of sql/peringatan_dasar.sql with the five record-based warnings as booleans."""
    params = saringan_kelompok(**saring) | {
        "sampai": sampai,
        "bulan_hadir": A.KEHADIRAN_TURUN_BULAN,
        "poin_hadir": A.KEHADIRAN_TURUN_POIN,
        "bulan_laporan": A.LAPORAN_TERLAMBAT_BULAN,
        "hari_hambatan": A.HAMBATAN_LAMA_HARI,
        "bulan_kunjungan": A.TANPA_KUNJUNGAN_BULAN,
        "bulan_omzet": A.OMZET_TURUN_BULAN,
    }
    return query(con, "peringatan_dasar", params)


def _dari_dasar(dasar: pd.DataFrame) -> list[list[Any]]:
    rows = []
    for b in dasar.itertuples(index=False):
        for kode, tulis in PESAN.items():
            if bool(getattr(b, kode)):
                rows.append([b.kode_kube, b.nama, kode, tulis(b), KODE[kode][0]])
    return rows


def _mandiri_belum_siap(
    con: duckdb.DuckDBPyConnection, sampai: dt.date, **saring: Unpack[SaringanKelompok]
) -> list[list[Any]]:
    siap = kesiapan_saat_mandiri(con, **saring)
    akhir = pd.Timestamp(sampai) + pd.offsets.MonthEnd(0)
    belum = siap[~siap["siap"] & (pd.to_datetime(siap["tanggal_mandiri"]) <= akhir)]
    return [
        [b.kode_kube, b.nama, "mandiri_belum_siap", _pesan_mandiri(b), "tinggi"] for b in belum.itertuples()
    ]


def _pesan_mandiri(b: Any) -> str:
    return (
        f"Dimandirikan {fmt.tanggal(pd.Timestamp(b.tanggal_mandiri).date())} dengan kesiapan "
        f"{fmt.angka(b.kesiapan_mandiri)} dari 100 (ambang siap: {fmt.angka(A.KESIAPAN_AMBANG)})."
    )


def _absen_beruntun(con: duckdb.DuckDBPyConnection, sampai: dt.date, alive: pd.DataFrame) -> list[list[Any]]:
    porsi = porsi_absen_beruntun(con, sampai=sampai, kode=alive["kode_kube"].tolist())
    data = alive.merge(porsi, on="kode_kube")
    data = data[data["porsi_absen_beruntun"] >= A.ABSEN_BERUNTUN_PORSI]
    return [[b.kode_kube, b.nama, "absen_beruntun", _pesan_absen(b), "tinggi"] for b in data.itertuples()]


def _pesan_absen(b: Any) -> str:
    return (
        f"{fmt.persen(b.porsi_absen_beruntun)} anggota aktif ({b.anggota_absen} dari {b.anggota_aktif}) "
        f"absen pada {A.ABSEN_BERUNTUN_PERTEMUAN} pertemuan terakhir berturut-turut "
        f"(ambang: {fmt.persen(A.ABSEN_BERUNTUN_PORSI)})."
    )


def peringatan_aktif(
    con: duckdb.DuckDBPyConnection,
    *,
    sampai: dt.date,
    **saring: Unpack[SaringanKelompok],
) -> pd.DataFrame:
    """Warnings active at the end of month `sampai`: kode_kube, nama, kode, pesan, tingkat."""
    dasar = peringatan_dasar(con, sampai=sampai, **saring)
    rows = _dari_dasar(dasar) + _absen_beruntun(con, sampai, dasar[["kode_kube", "nama"]])
    alive = set(dasar["kode_kube"])
    rows += [r for r in _mandiri_belum_siap(con, sampai, **saring) if r[0] in alive]
    out = pd.DataFrame(rows, columns=KOLOM)
    urutan = {kode: i for i, kode in enumerate(KODE)}
    out["_urut"] = out["kode"].map(urutan)
    return out.sort_values(["kode_kube", "_urut"]).drop(columns="_urut").reset_index(drop=True)


def porsi_absen_beruntun(con: duckdb.DuckDBPyConnection, *, sampai: dt.date, kode: list[str]) -> pd.DataFrame:
    """kode_kube, anggota_aktif, anggota_absen, porsi_absen_beruntun for the groups that may reach
    the threshold (sql/absen_beruntun_calon.sql). The members are counted set-based by
    sql/absen_beruntun_kelompok.sql, which means exactly what kehadiran.absen_beruntun means for
    one group; calling that per group took 50 s for 1 000 candidates (scale provinsi)."""
    params = {"sampai": sampai, "kode": kode, "n": A.ABSEN_BERUNTUN_PERTEMUAN}
    calon = query(con, "absen_beruntun_calon", params | {"porsi": A.ABSEN_BERUNTUN_PORSI})
    params["kode"] = calon["kode_kube"].tolist()
    absen = query(con, "absen_beruntun_kelompok", params)
    calon = calon.merge(absen, on="kode_kube", how="left")
    calon["anggota_absen"] = calon["anggota_absen"].fillna(0).astype("int64")
    calon["porsi_absen_beruntun"] = calon["anggota_absen"] / calon["anggota_aktif"]
    return calon
