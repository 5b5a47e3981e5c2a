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
from kube_metrics import i18n
from kube_metrics.db import query
from kube_metrics.kesiapan import kesiapan_saat_mandiri
from kube_metrics.saringan import SaringanKelompok, saringan_kelompok

KOLOM = ["kode_kube", "nama", "kode", "pesan", "tingkat"]
# the figures each warning's text states (NaN/None where a code has no such figure):
# nilai (attendance now, days open, readiness, share absent), nilai_lalu (attendance before),
# ambang (its threshold: points, days, score, share), jangka (months or meetings looked back),
# anggota_absen / anggota_aktif (members), tanggal (the mandiri date)
KOLOM_ANGKA = ["nilai", "nilai_lalu", "ambang", "jangka", "anggota_absen", "anggota_aktif", "tanggal"]

# code -> (severity, judul); order = display order
KODE = {
    "mandiri_belum_siap": ("tinggi", "Dimandirikan sebelum siap"),
    "absen_beruntun": ("tinggi", "Banyak anggota absen beruntun"),
    "kehadiran_turun": ("sedang", "Kehadiran turun"),
    "omzet_turun": ("sedang", "Omzet turun"),
    "laporan_terlambat": ("sedang", "Laporan bulanan terlambat"),
    "hambatan_lama": ("sedang", "Hambatan lama belum selesai"),
    "tanpa_kunjungan": ("sedang", "Tanpa kunjungan"),
    "data_belum_lengkap": ("sedang", "Data belum lengkap"),
}
# data_belum_lengkap states the missing kinds in `nilai` as a sum of these flags (the figure
# columns are numbers, shared by every warning), so every language names them from its catalogue
BENDERA_DATA = {"jaringan": 1, "kesepakatan": 2}


def _tanggal(value: Any, lang: str) -> str:
    return i18n.tanggal(pd.Timestamp(value).date(), lang)


def jenis_kurang(nilai: Any) -> list[str]:
    """The missing kinds a data_belum_lengkap figure stands for (BENDERA_DATA)."""
    bendera = 0 if nilai is None or nilai != nilai else int(nilai)
    return [jenis for jenis, bit in BENDERA_DATA.items() if bendera & bit]


def _daftar_jenis(nilai: Any, lang: str) -> str:
    nama = [i18n.teks(f"kelengkapan.jenis_{j}", lang) for j in jenis_kurang(nilai)]
    return i18n.teks("kelengkapan.dan", lang).join(nama)


# code -> template field -> (figure column, formatter); the template is pesan_peringatan.<code>
ISIAN: dict[str, dict[str, tuple[str, Callable[[Any, str], str]]]] = {
    "mandiri_belum_siap": {
        "tanggal": ("tanggal", _tanggal),
        "kesiapan": ("nilai", i18n.angka),
        "ambang": ("ambang", i18n.angka),
    },
    "absen_beruntun": {
        "porsi": ("nilai", i18n.persen),
        "absen": ("anggota_absen", i18n.angka),
        "aktif": ("anggota_aktif", i18n.angka),
        "pertemuan": ("jangka", i18n.angka),
        "ambang": ("ambang", i18n.persen),
    },
    "kehadiran_turun": {
        "bulan": ("jangka", i18n.angka),
        "baru": ("nilai", i18n.persen),
        "lama": ("nilai_lalu", i18n.persen),
        "poin": ("ambang", i18n.angka),
    },
    "omzet_turun": {"bulan": ("jangka", i18n.angka)},
    "laporan_terlambat": {"bulan": ("jangka", i18n.angka)},
    "hambatan_lama": {"hari": ("nilai", i18n.angka), "ambang": ("ambang", i18n.angka)},
    "tanpa_kunjungan": {"bulan": ("jangka", i18n.angka)},
    "data_belum_lengkap": {"jenis": ("nilai", _daftar_jenis)},
}


def tulis_pesan(kode: str, baris: Any, lang: str = i18n.BAWAAN) -> str:
    """The text of warning `kode` with the figures of `baris` (a row with the KOLOM_ANGKA
    columns, as attributes or keys), from the catalogue's pesan_peringatan.<kode> in `lang`."""
    ambil = baris.get if isinstance(baris, dict) else lambda k: getattr(baris, k)
    isi = {nama: tulis(ambil(kolom), lang) for nama, (kolom, tulis) in ISIAN[kode].items()}
    return i18n.teks(f"pesan_peringatan.{kode}", lang, **isi)


def _angka_dasar(kode: str, b: Any) -> dict[str, Any]:
    """The figures of one record-based warning, from a row of peringatan_dasar."""
    if kode == "kehadiran_turun":
        return {"nilai": b.kehadiran_baru, "nilai_lalu": b.kehadiran_lama, "ambang": A.KEHADIRAN_TURUN_POIN}
    if kode == "hambatan_lama":
        return {"nilai": b.hari_hambatan_tertua, "ambang": A.HAMBATAN_LAMA_HARI}
    if kode == "data_belum_lengkap":
        kurang = [j for j in BENDERA_DATA if not bool(getattr(b, "ada_" + j))]
        return {"nilai": sum(BENDERA_DATA[j] for j in kurang)}
    return {}


JANGKA = {
    "kehadiran_turun": A.KEHADIRAN_TURUN_BULAN,
    "laporan_terlambat": A.LAPORAN_TERLAMBAT_BULAN,
    "tanpa_kunjungan": A.TANPA_KUNJUNGAN_BULAN,
    "omzet_turun": A.OMZET_TURUN_BULAN,
}
# the record-based warnings, in the order peringatan_dasar.sql flags them
DASAR = (
    "kehadiran_turun", "laporan_terlambat", "hambatan_lama", "tanpa_kunjungan", "omzet_turun",
    "data_belum_lengkap",
)  # fmt: skip


def _baris(kode_kube: Any, nama: Any, kode: str, angka: dict[str, Any]) -> dict[str, Any]:
    """One output row: the figures; peringatan_aktif writes the text from them when asked."""
    isi = dict.fromkeys(KOLOM_ANGKA) | angka
    return {
        "kode_kube": kode_kube,
        "nama": nama,
        "kode": kode,
        "pesan": None,
        "tingkat": KODE[kode][0],
    } | isi


def tulis_pesan_baris(df: pd.DataFrame, lang: str = i18n.BAWAAN) -> list[str]:
    """The text of every warning row of `df` (peringatan_aktif's columns): call it on the rows
    shown only; formatting 100 000 warnings' figures takes seconds."""
    return [tulis_pesan(str(b.kode), b, lang) for b in df.itertuples(index=False)]


def peringatan_dasar(
    con: duckdb.DuckDBPyConnection, *, sampai: dt.date, **saring: Unpack[SaringanKelompok]
) -> pd.DataFrame:
    """The measures of sql/peringatan_dasar.sql with the five record-based warnings as booleans."""
    params = saringan_kelompok(**saring) | {
        "sampai": sampai,
        "bulan_hadir": A.KEHADIRAN_TURUN_BULAN,
        "poin_hadir": A.KEHADIRAN_TURUN_POIN,
        "pertemuan_min": A.KEHADIRAN_TURUN_PERTEMUAN_MIN,
        "bulan_laporan": A.LAPORAN_TERLAMBAT_BULAN,
        "hari_hambatan": A.HAMBATAN_LAMA_HARI,
        "bulan_kunjungan": A.TANPA_KUNJUNGAN_BULAN,
        "bulan_omzet": A.OMZET_TURUN_BULAN,
    }
    return query(con, "peringatan_dasar", params)


def _dari_dasar(dasar: pd.DataFrame) -> list[dict[str, Any]]:
    rows = []
    for b in dasar.itertuples(index=False):
        for kode in DASAR:
            if bool(getattr(b, kode)):
                angka = _angka_dasar(kode, b) | {"jangka": JANGKA.get(kode)}
                rows.append(_baris(b.kode_kube, b.nama, kode, angka))
    return rows


def _mandiri_belum_siap(
    con: duckdb.DuckDBPyConnection, sampai: dt.date, **saring: Unpack[SaringanKelompok]
) -> list[dict[str, Any]]:
    siap = kesiapan_saat_mandiri(con, **saring)
    akhir = pd.Timestamp(sampai) + pd.offsets.MonthEnd(0)
    # never on an incomplete reading (issue 13): missing evidence is not unreadiness
    belum = siap[~siap["siap"] & siap["lengkap"] & (pd.to_datetime(siap["tanggal_mandiri"]) <= akhir)]
    return [_baris(b.kode_kube, b.nama, "mandiri_belum_siap", _angka_mandiri(b)) for b in belum.itertuples()]


def _angka_mandiri(b: Any) -> dict[str, Any]:
    tanggal = pd.Timestamp(b.tanggal_mandiri).date()
    return {"nilai": b.kesiapan_mandiri, "ambang": A.KESIAPAN_AMBANG, "tanggal": tanggal}


def _absen_beruntun(
    con: duckdb.DuckDBPyConnection, sampai: dt.date, alive: pd.DataFrame
) -> list[dict[str, Any]]:
    porsi = porsi_absen_beruntun(con, sampai=sampai, kode=alive["kode_kube"].tolist())
    data = alive.merge(porsi, on="kode_kube")
    data = data[data["porsi_absen_beruntun"] >= A.ABSEN_BERUNTUN_PORSI]
    return [_baris(b.kode_kube, b.nama, "absen_beruntun", _angka_absen(b)) for b in data.itertuples()]


def _angka_absen(b: Any) -> dict[str, Any]:
    return {
        "nilai": b.porsi_absen_beruntun,
        "ambang": A.ABSEN_BERUNTUN_PORSI,
        "jangka": A.ABSEN_BERUNTUN_PERTEMUAN,
        "anggota_absen": int(b.anggota_absen),
        "anggota_aktif": int(b.anggota_aktif),
    }


def peringatan_aktif(
    con: duckdb.DuckDBPyConnection,
    *,
    sampai: dt.date,
    teks: bool = True,
    **saring: Unpack[SaringanKelompok],
) -> pd.DataFrame:
    """Warnings active at the end of month `sampai`: kode_kube, nama, kode, pesan, tingkat and the
    figures the text states (KOLOM_ANGKA), from which charts write it in another language.
    With teks=False `pesan` stays empty (tulis_pesan_baris writes it for the rows shown)."""
    dasar = peringatan_dasar(con, sampai=sampai, **saring)
    rows = _dari_dasar(dasar) + _absen_beruntun(con, sampai, dasar[["kode_kube", "nama"]])
    alive = set(dasar["kode_kube"])
    rows += [r for r in _mandiri_belum_siap(con, sampai, **saring) if r["kode_kube"] in alive]
    out = pd.DataFrame(rows, columns=KOLOM + KOLOM_ANGKA)
    urutan = {kode: i for i, kode in enumerate(KODE)}
    out["_urut"] = out["kode"].map(urutan)
    out = out.sort_values(["kode_kube", "_urut"]).drop(columns="_urut").reset_index(drop=True)
    if teks and len(out):
        out["pesan"] = tulis_pesan_baris(out, "id")
    return out


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
