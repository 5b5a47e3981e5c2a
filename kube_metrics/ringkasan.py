"""Figures of the Ringkasan page for Dinas Sosial: KPI cards, trends, league table, watch list.

Every function reads only the rollup tables and `kelompok` (never raw attendance rows), so the
page stays fast at 100 000 groups. Definitions: docs/metrics-ringkasan.md; thresholds:
kube_metrics/ambang.py (the only place that defines them).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, Unpack

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from kube_metrics import ambang, tabel_sql
from kube_metrics.alasan_perhatian import KOLOM_ANGKA, tulis_alasan
from kube_metrics.ambang import Ambang
from kube_metrics.db import load_sql, query, terdaftar
from kube_metrics.saringan import Saringan, saringan

# indikator, label, satuan, naik_lebih_baik (whether a rise is good news, for the delta colour)
INDIKATOR: tuple[tuple[str, str, str, bool], ...] = (
    ("kelompok_aktif", "Kelompok aktif", "kelompok", True),
    ("anggota_aktif", "Anggota aktif", "orang", True),
    ("tingkat_kehadiran", "Tingkat kehadiran", "persen", True),
    ("pertemuan_per_bulan", "Pertemuan per kelompok per bulan", "kali", True),
    ("omzet", "Omzet", "rupiah", True),
    ("laba", "Laba", "rupiah", True),
    ("hambatan_terbuka", "Hambatan terbuka", "hambatan", False),
    ("kunjungan", "Kunjungan pendampingan", "kali", True),
)

# status column -> (figure column, its thresholds)
STATUS: dict[str, tuple[str, Ambang]] = {
    "status_tingkat_kehadiran": ("tingkat_kehadiran", ambang.TINGKAT_KEHADIRAN),
    "status_pertemuan_per_bulan": ("pertemuan_per_bulan", ambang.PERTEMUAN_PER_BULAN),
    "status_omzet_perubahan": ("omzet_perubahan", ambang.OMZET_PERUBAHAN),
    "status_bulan_tanpa_laporan": ("bulan_tanpa_laporan", ambang.BULAN_TANPA_LAPORAN),
    "status_hambatan_terbuka": ("hambatan_terbuka", ambang.HAMBATAN_TERBUKA),
    "status_kunjungan": ("kunjungan_per_triwulan", ambang.KUNJUNGAN_PER_TRIWULAN),
}


# --- periods and parameters ----------------------------------------------------------------


def _geser_bulan(bulan: dt.date, n: int) -> dt.date:
    """The first day of the month n months after `bulan` (n may be negative)."""
    indeks = bulan.year * 12 + bulan.month - 1 + n
    return dt.date(indeks // 12, indeks % 12 + 1, 1)


def jumlah_bulan(dari: dt.date, sampai: dt.date) -> int:
    """Months dari..sampai, both inclusive."""
    return (sampai.year - dari.year) * 12 + sampai.month - dari.month + 1


def periode_sebelumnya(dari: dt.date, sampai: dt.date) -> tuple[dt.date, dt.date]:
    """The period of the same number of months ending the month before `dari`."""
    return _geser_bulan(dari, -jumlah_bulan(dari, sampai)), _geser_bulan(dari, -1)


def _cek_periode(dari: dt.date, sampai: dt.date) -> None:
    if dari.day != 1 or sampai.day != 1:
        raise ValueError("Periode harus dimulai pada tanggal 1 setiap bulan (dari dan sampai).")
    if dari > sampai:
        raise ValueError("Bulan awal periode (dari) tidak boleh sesudah bulan akhir (sampai).")


def _params(dari: dt.date, sampai: dt.date, saring: dict[str, str | None], *, lalu: bool) -> dict[str, Any]:
    """Bound parameters: the period, optionally the previous one, and the area/business filters."""
    _cek_periode(dari, sampai)
    params: dict[str, Any] = {"dari": dari, "sampai": sampai, **saring}
    if lalu:
        params["dari_lalu"], params["sampai_lalu"] = periode_sebelumnya(dari, sampai)
    return params


# --- KPI cards -----------------------------------------------------------------------------


def _angka(value: Any) -> float:
    """A figure from the query as float; NULL/NA becomes NaN."""
    return math.nan if value is None or pd.isna(value) else float(value)


def kpi_ringkasan(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[Saringan]
) -> pd.DataFrame:
    """One row per indikator: nilai, nilai_sebelumnya (previous period of equal length), perubahan."""
    params = _params(dari, sampai, saringan(**saring), lalu=True)
    hasil = query(con, "kpi_ringkasan", params).set_index("periode")
    rows = []
    for indikator, label, satuan, naik_lebih_baik in INDIKATOR:
        nilai = _angka(hasil.at["kini", indikator])
        sebelumnya = _angka(hasil.at["lalu", indikator])
        rows.append((indikator, label, nilai, sebelumnya, nilai - sebelumnya, satuan, naik_lebih_baik))
    kolom = ["indikator", "label", "nilai", "nilai_sebelumnya", "perubahan", "satuan", "naik_lebih_baik"]
    return pd.DataFrame(rows, columns=kolom)


# --- trends --------------------------------------------------------------------------------


def tren_kelompok(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[Saringan]
) -> pd.DataFrame:
    """One row per month of the period: active groups, attendance (pooled, median), revenue."""
    params = _params(dari, sampai, saringan(**saring), lalu=False)
    return query(con, "tren_kelompok", params)


# --- league table --------------------------------------------------------------------------


def nilai_status(nilai: pd.Series, batas: Ambang) -> pd.Series:
    """'hijau' / 'kuning' / 'merah' per value by `batas`; None where the value is undefined."""
    v = pd.to_numeric(nilai).astype("float64").round(ambang.DESIMAL_BANDING)
    if batas.naik_lebih_baik:
        hijau, kuning = v >= batas.hijau, v >= batas.kuning
    else:
        hijau, kuning = v <= batas.hijau, v <= batas.kuning
    # NaN compares False everywhere, so undefined values land on "merah" and are then cleared
    label = np.where(hijau, "hijau", np.where(kuning, "kuning", "merah")).astype(object)
    label[v.isna().to_numpy()] = None
    return pd.Series(label, index=nilai.index, dtype=object)


def _params_status() -> dict[str, Any]:
    """The thresholds of STATUS bound for liga_kelompok.sql ($hijau_<figure>, $kuning_<figure>)."""
    params: dict[str, Any] = {"desimal": ambang.DESIMAL_BANDING}
    for kolom, (_, batas) in STATUS.items():
        nama = kolom.removeprefix("status_")
        params[f"hijau_{nama}"], params[f"kuning_{nama}"] = batas.hijau, batas.kuning
    return params | {"kunjungan_bulan_min": ambang.KUNJUNGAN_BULAN_MINIMUM}


# --- league figures computed once per filter (issue 10) --------------------------------------
# At 100 000 groups the aggregation of liga_angka.sql over rollup_bulanan is most of the cost of
# both the league table and the watch list. A page computes it once (liga_angka, cached app-side
# by the filter) and hands it to both as `_angka`; their SQL then reads it in place of the
# included file. Without `_angka` each runs liga_angka.sql itself: the same figures either way.
ANGKA_LIGA = "angka_liga"  # the name the figures get on the cursor while a page is read
_GANTI = {"liga_angka": f"SELECT * FROM {ANGKA_LIGA}"}


def liga_angka(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[Saringan]
) -> pa.Table:
    """The league figures of every group in the filter (liga_angka.sql) as Arrow, which keeps
    the SQL's types exactly (a BIGINT with NULLs stays BIGINT when read back)."""
    params = _params(dari, sampai, saringan(**saring), lalu=True)
    return con.sql(load_sql("liga_angka"), params=params).to_arrow_table()


def _halaman(
    con: duckdb.DuckDBPyConnection,
    nama: str,
    params: dict[str, Any],
    urutan: tabel_sql.Urutan,
    angka: pa.Table | None,
    **kw: Any,
) -> pd.DataFrame:
    """A page of `nama`.sql; over `angka` when given (only the thresholds are bound then: the
    period and the filter are already in the figures)."""
    if angka is None:
        return tabel_sql.halaman(con, nama, params, urutan, **kw)
    with terdaftar(con, ANGKA_LIGA, angka):
        return tabel_sql.halaman(con, nama, params, urutan, ganti=_GANTI, **kw)


# The league table's sorts (kube_metrics/tabel_sql.py): 'status' = most red, then most amber
# (at most six of each, so red * 10 + amber orders them); ties always by kode_kube.
URUT_LIGA = tabel_sql.Urutan(
    kolom={
        "status": "jumlah_merah * 10 + jumlah_kuning",
        **{
            k: k
            for k in (
                "nama",
                "kode_kube",
                "kelurahan",
                "kecamatan",
                "jenis_usaha",
                "tingkat_kehadiran",
                "pertemuan_per_bulan",
                "omzet",
                "laba",
                "omzet_perubahan",
                "bulan_tanpa_laporan",
                "hambatan_terbuka",
                "kunjungan_per_triwulan",
            )
        },
    },  # fmt: skip
    ikat="kode_kube ASC",
    bawaan="status",
    arah_bawaan="turun",
)


def liga_kelompok_halaman(
    con: duckdb.DuckDBPyConnection,
    *,
    dari: dt.date,
    sampai: dt.date,
    urut: str | None = None,
    arah: str | None = None,
    batas: int | None = None,
    lewati: int = 0,
    _angka: pa.Table | None = None,
    **saring: Unpack[Saringan],
) -> pd.DataFrame:
    """One page of the league table in the order `urut`/`arah` (URUT_LIGA; default most red
    first), with its figures, statuses and jumlah_baris (the rows of the whole table).
    `_angka`: liga_angka(...) of the same period and filter, computed once for the page (its
    leading underscore keeps it out of the app's cache key: the period, the filter and the
    account in that key already decide it)."""
    params = _params(dari, sampai, saringan(**saring), lalu=True)
    params = (params if _angka is None else {}) | _params_status()
    return _halaman(
        con, "liga_kelompok", params, URUT_LIGA, _angka, urut=urut, arah=arah, batas=batas, lewati=lewati
    )


def liga_kelompok(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[Saringan]
) -> pd.DataFrame:
    """One row per group alive in the period, its figures and statuses; most red first."""
    liga = liga_kelompok_halaman(con, dari=dari, sampai=sampai, **saring)
    return liga.drop(columns=tabel_sql.JUMLAH)


# --- watch list ----------------------------------------------------------------------------
# Each check takes the league figures of every group at once (vectorised: 100 000 groups) and
# returns the rows it flags, with tingkat and the figures of the reason (KOLOM_ANGKA), from which
# kube_metrics.alasan_perhatian writes the sentence (Indonesian here, either language in charts).


def _bulat(nilai: pd.Series) -> pd.Series:
    return pd.to_numeric(nilai).astype("float64").round(ambang.DESIMAL_BANDING)


def _kehadiran_turun(liga: pd.DataFrame) -> pd.DataFrame:
    """Attendance fell by at least KEHADIRAN_TURUN_KUNING fraction points (red: _MERAH)."""
    turun = _bulat(liga["tingkat_kehadiran_sebelumnya"] - liga["tingkat_kehadiran"])
    hasil = liga[turun >= ambang.KEHADIRAN_TURUN_KUNING].copy()
    turun = turun[hasil.index]
    hasil["tingkat"] = np.where(turun >= ambang.KEHADIRAN_TURUN_MERAH, "merah", "kuning")
    hasil["nilai_lalu"], hasil["nilai_kini"] = (
        hasil["tingkat_kehadiran_sebelumnya"],
        hasil["tingkat_kehadiran"],
    )
    hasil["perubahan"] = turun
    return hasil


def _omzet_turun(liga: pd.DataFrame) -> pd.DataFrame:
    """Average monthly revenue fell by at least 10%; red beyond the league's red (-20%)."""
    ubah = _bulat(liga["omzet_perubahan"])
    hasil = liga[ubah <= ambang.OMZET_TURUN_KUNING].copy()
    ubah = ubah[hasil.index]
    hasil["tingkat"] = np.where(ubah < ambang.OMZET_PERUBAHAN.kuning, "merah", "kuning")
    hasil["nilai_lalu"], hasil["nilai_kini"] = hasil["omzet_bulanan_sebelumnya"], hasil["omzet_bulanan"]
    hasil["perubahan"] = -ubah
    return hasil


def _hambatan_menumpuk(liga: pd.DataFrame) -> pd.DataFrame:
    """More obstacles open at the end than at the start, and above the league's green level."""
    akhir, awal = liga["hambatan_terbuka"], liga["hambatan_terbuka_awal"]
    naik = (akhir > ambang.HAMBATAN_TERBUKA.hijau) & (akhir > awal)
    hasil = liga[naik.fillna(False).astype(bool)].copy()
    merah = hasil["hambatan_terbuka"] > ambang.HAMBATAN_TERBUKA.kuning
    hasil["tingkat"] = np.where(merah, "merah", "kuning")
    hasil["nilai_lalu"], hasil["nilai_kini"] = hasil["hambatan_terbuka_awal"], hasil["hambatan_terbuka"]
    hasil["perubahan"] = hasil["nilai_kini"] - hasil["nilai_lalu"]
    return hasil


# kode_alasan -> check; this order is the order of one group's rows
ALASAN = {
    "kehadiran_turun": _kehadiran_turun,
    "omzet_turun": _omzet_turun,
    "hambatan_menumpuk": _hambatan_menumpuk,
}
KOLOM_PERHATIAN = [
    "kode_kube", "nama", "kelurahan", "kecamatan", "kode_alasan", "alasan", "tingkat", *KOLOM_ANGKA
]  # fmt: skip


def _daftar_perhatian(liga: pd.DataFrame) -> pd.DataFrame:
    bagian = []
    for urutan, (kode_alasan, cek) in enumerate(ALASAN.items()):
        hasil = cek(liga)
        hasil["kode_alasan"], hasil["urutan"] = kode_alasan, urutan
        hasil["alasan"] = [
            tulis_alasan(kode_alasan, *angka)
            for angka in zip(hasil["nilai_lalu"], hasil["nilai_kini"], hasil["perubahan"], strict=True)
        ]
        bagian.append(hasil[[*KOLOM_PERHATIAN, "urutan"]])
    daftar = pd.concat(bagian, ignore_index=True)
    daftar["merah_dulu"] = daftar["tingkat"] != "merah"
    daftar = daftar.sort_values(["merah_dulu", "kode_kube", "urutan"], ignore_index=True)
    return daftar[KOLOM_PERHATIAN]


# The watch list's sorts: 'tingkat' = red first (the default), then each group's reasons in ALASAN
# order; ties always by kode_kube, then that order.
URUT_PERHATIAN = tabel_sql.Urutan(
    kolom={
        "tingkat": "CASE tingkat WHEN 'merah' THEN 0 ELSE 1 END",
        "alasan": "urutan",
        **{k: k for k in ("nama", "kode_kube", "kelurahan", "kecamatan")},
    },
    ikat="kode_kube ASC, urutan ASC",
    bawaan="tingkat",
)


def _params_perhatian() -> dict[str, Any]:
    """The watch list's thresholds (kube_metrics/ambang.py) bound for perlu_perhatian.sql."""
    return {
        "desimal": ambang.DESIMAL_BANDING,
        "hadir_kuning": ambang.KEHADIRAN_TURUN_KUNING,
        "hadir_merah": ambang.KEHADIRAN_TURUN_MERAH,
        "omzet_kuning": ambang.OMZET_TURUN_KUNING,
        "omzet_merah": ambang.OMZET_PERUBAHAN.kuning,
        "hambatan_hijau": ambang.HAMBATAN_TERBUKA.hijau,
        "hambatan_kuning": ambang.HAMBATAN_TERBUKA.kuning,
    }


def perlu_perhatian_halaman(
    con: duckdb.DuckDBPyConnection,
    *,
    dari: dt.date,
    sampai: dt.date,
    urut: str | None = None,
    arah: str | None = None,
    batas: int | None = None,
    lewati: int = 0,
    _angka: pa.Table | None = None,
    **saring: Unpack[Saringan],
) -> pd.DataFrame:
    """One page of the watch list (URUT_PERHATIAN; default red first) with jumlah_baris; the
    reason's sentence (`alasan`, Indonesian) written for these rows only. `_angka`: as for
    liga_kelompok_halaman."""
    params = _params(dari, sampai, saringan(**saring), lalu=True)
    params = (params if _angka is None else {}) | _params_perhatian()
    hasil = _halaman(
        con, "perlu_perhatian", params, URUT_PERHATIAN, _angka,
        urut=urut, arah=arah, batas=batas, lewati=lewati,
    )  # fmt: skip
    baris = zip(hasil["kode_alasan"], *(hasil[k] for k in KOLOM_ANGKA), strict=True)
    hasil["alasan"] = pd.Series([tulis_alasan(*a) for a in baris], index=hasil.index, dtype="str")
    return hasil[[*KOLOM_PERHATIAN, tabel_sql.JUMLAH]]


def perlu_perhatian(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[Saringan]
) -> pd.DataFrame:
    """One row per (group, reason) needing attention; red first. Dissolved groups are left out.

    Built on the league table's figures (liga_angka.sql), so both views agree by construction.
    """
    daftar = perlu_perhatian_halaman(con, dari=dari, sampai=sampai, **saring)
    return daftar.drop(columns=tabel_sql.JUMLAH)


def perhatian_dari_liga(liga: pd.DataFrame) -> pd.DataFrame:
    """perlu_perhatian from a league table already at hand (a page shows both: one query)."""
    return _daftar_perhatian(liga[~liga["bubar"]])
