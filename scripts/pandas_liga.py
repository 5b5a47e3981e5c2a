"""The pandas baseline's KPI cards, per-area comparison and league table (the usual Streamlit way).

The same definitions as kube_metrics/sql/kpi_ringkasan.sql, banding_wilayah.sql, liga_angka.sql
and liga_kelompok.sql, computed with groupby over the frames of scripts/pandas_bulanan.py, so
that the benchmark compares the same work. Unfiltered (the benchmark's view: every group).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from kube_metrics import ambang
from kube_metrics.ringkasan import STATUS, nilai_status
from scripts.pandas_bulanan import akhir_bulan

KUNJUNGAN = ["kunjungan_pendamping", "kunjungan_pemerintah", "kunjungan_lain"]


def _bagi(a: Any, b: Any) -> Any:
    """a / b, NaN where b is 0 or missing (SQL's a / nullif(b, 0)); Series or scalars."""
    if isinstance(b, pd.Series):
        return a / b.astype("float64").where(b != 0)
    return float(a) / float(b) if b and not pd.isna(b) else float("nan")


def _arus(r: pd.DataFrame, dari: int, sampai: int, kunci: pd.Series) -> pd.DataFrame:
    """Flows of the group-months dari..sampai summed per `kunci` (one key per group)."""
    r = r[r["bln"].between(dari, sampai)]
    r = r.assign(k=r["kode_kube"].map(kunci), kunjungan=r[KUNJUNGAN].sum(axis=1))
    lapor = r[r["ada_laporan"]].groupby("k")
    g = r.groupby("k")
    return pd.DataFrame({
        "hadir": g["hadir"].sum(), "aktif_pertemuan": g["aktif_pertemuan"].sum(),
        "pertemuan": g["pertemuan"].sum(), "bulan_kelompok": g.size(), "laporan": lapor.size(),
        "omzet": lapor["omzet"].sum(), "laba": lapor["laba"].sum(), "kunjungan": g["kunjungan"].sum(),
    })  # fmt: skip


def _akhir(kel: pd.DataFrame, r: pd.DataFrame, sampai: int, kunci: pd.Series) -> pd.DataFrame:
    """Stocks at the period's last day over the groups active that day, per `kunci`."""
    hari = akhir_bulan(sampai)
    hidup = kel[
        (kel["tanggal_bentuk"] <= hari) & (kel["tanggal_bubar"].isna() | (kel["tanggal_bubar"] > hari))
    ]
    stok = r[r["bln"] == sampai].set_index("kode_kube")[["anggota_aktif_akhir", "hambatan_terbuka_akhir"]]
    h = hidup[["kode_kube"]].join(stok, on="kode_kube").assign(k=hidup["kode_kube"].map(kunci))
    g = h.groupby("k")
    return pd.DataFrame({
        "kelompok_aktif": g.size(),
        "anggota_aktif": g["anggota_aktif_akhir"].sum(min_count=1),
        "hambatan_terbuka": g["hambatan_terbuka_akhir"].sum(min_count=1),
    })  # fmt: skip


def _angka_kpi(s: pd.Series, a: pd.Series, ada_arus: bool) -> dict[str, float]:
    """kpi_ringkasan.sql's final SELECT for one period (`s` flows, `a` stocks; NaN = NULL)."""
    aktif = a.get("kelompok_aktif", 0)
    return {
        "kelompok_aktif": float(aktif),
        "anggota_aktif": 0.0 if aktif == 0 else float(a["anggota_aktif"]),
        "tingkat_kehadiran": _bagi(s.get("hadir", np.nan), s.get("aktif_pertemuan", 0)),
        "pertemuan_per_bulan": _bagi(s.get("pertemuan", np.nan), s.get("bulan_kelompok", 0)),
        "omzet": float(s.get("omzet", np.nan)),
        "laba": float(s.get("laba", np.nan)),
        "hambatan_terbuka": 0.0 if aktif == 0 else float(a["hambatan_terbuka"]),
        "kunjungan": float(s["kunjungan"]) if ada_arus else (np.nan if aktif > 0 else 0.0),
    }  # type: ignore[dict-item]


def kpi(kel: pd.DataFrame, r: pd.DataFrame, dari: int, sampai: int) -> dict[str, float]:
    """The KPI cards' figures for months dari..sampai (month indices)."""
    satu = pd.Series("semua", index=kel["kode_kube"])
    s, a = _arus(r, dari, sampai, satu), _akhir(kel, r, sampai, satu)
    ada = "semua" in s.index
    arus = s.loc["semua"] if ada else pd.Series(dtype="float64")
    stok = a.loc["semua"] if "semua" in a.index else pd.Series({"kelompok_aktif": 0})
    return _angka_kpi(arus, stok, ada)


def tingkat_wilayah(kel: pd.DataFrame) -> str:
    """Ringkasan's unfiltered comparison level: provinces, or the kota of the only provinsi."""
    return "provinsi" if kel["provinsi"].fillna("").nunique() > 1 else "kota"


def banding_wilayah(kel: pd.DataFrame, r: pd.DataFrame, dari: int, sampai: int) -> pd.DataFrame:
    """banding_wilayah.sql's rows per area at the unfiltered level (wilayah.banding_wilayah)."""
    tingkat = tingkat_wilayah(kel)
    kunci = kel.set_index("kode_kube")[tingkat].fillna("")
    s, a = _arus(r, dari, sampai, kunci), _akhir(kel, r, sampai, kunci)
    out = s.join(a, how="outer")
    out["kelompok_aktif"] = out["kelompok_aktif"].fillna(0)
    out["tingkat_kehadiran"] = _bagi(out["hadir"], out["aktif_pertemuan"])
    out["pertemuan_per_bulan"] = _bagi(out["pertemuan"], out["bulan_kelompok"])
    kolom = ["kelompok_aktif", "anggota_aktif", "tingkat_kehadiran", "pertemuan_per_bulan"]
    kolom += ["omzet", "hambatan_terbuka", "kunjungan"]
    return out[kolom].rename_axis("wilayah").reset_index().assign(tingkat=tingkat)


def _aktif_per_bulan(kel: pd.DataFrame, dari: int, sampai: int) -> pd.Series:
    """Groups active on each month's last day (formed by then, not dissolved by then)."""
    hidup = {}
    for b in range(dari, sampai + 1):
        hari = akhir_bulan(b)
        bubar = kel["tanggal_bubar"]
        hidup[b] = int(((kel["tanggal_bentuk"] <= hari) & (bubar.isna() | (bubar > hari))).sum())
    return pd.Series(hidup)


def tren(kel: pd.DataFrame, r: pd.DataFrame, dari: int, sampai: int) -> pd.DataFrame:
    """tren_kelompok.sql: per month active groups, attendance (pooled, median), revenue."""
    x = r[r["bln"].between(dari, sampai)]
    g, lapor = x.groupby("bln"), x[x["ada_laporan"]].groupby("bln")["omzet"]
    rapat = x[(x["pertemuan"] > 0) & (x["aktif_pertemuan"] > 0)]
    out = pd.DataFrame({
        "kelompok_aktif": _aktif_per_bulan(kel, dari, sampai),
        "tingkat_kehadiran": _bagi(g["hadir"].sum(), g["aktif_pertemuan"].sum()),
        "median_kehadiran": (rapat["hadir"] / rapat["aktif_pertemuan"]).groupby(rapat["bln"]).median(),
        "omzet_total": lapor.sum(), "omzet_median": _bulat(lapor.median()), "kelompok_lapor": lapor.size(),
    })  # fmt: skip
    return out.reindex(range(dari, sampai + 1)).fillna({"kelompok_lapor": 0})


# --- the league table ----------------------------------------------------------------------


def _kini(r: pd.DataFrame) -> pd.DataFrame:
    """liga_angka.sql's `kini`: the period's figures per group (r: its months only)."""
    r = r.assign(kunjungan=r[KUNJUNGAN].sum(axis=1))
    g, lapor = r.groupby("kode_kube"), r[r["ada_laporan"]].groupby("kode_kube")
    terakhir = r.sort_values("bln").groupby("kode_kube")["hambatan_terbuka_akhir"].last()
    return pd.DataFrame({
        "bulan_aktif": g.size(), "hadir": g["hadir"].sum(), "aktif_pertemuan": g["aktif_pertemuan"].sum(),
        "pertemuan": g["pertemuan"].sum(), "bulan_lapor": lapor.size(), "omzet": lapor["omzet"].sum(),
        "laba": lapor["laba"].sum(), "kunjungan": g["kunjungan"].sum(), "hambatan_terbuka": terakhir,
    })  # fmt: skip


def _lalu(r: pd.DataFrame, sampai_lalu: int) -> pd.DataFrame:
    """liga_angka.sql's `lalu`: the previous period's figures per group."""
    g, lapor = r.groupby("kode_kube"), r[r["ada_laporan"]].groupby("kode_kube")
    awal = r[r["bln"] == sampai_lalu].groupby("kode_kube")["hambatan_terbuka_akhir"].max()
    return pd.DataFrame({
        "hadir_l": g["hadir"].sum(), "aktif_l": g["aktif_pertemuan"].sum(),
        "bulan_lapor_l": lapor.size(), "omzet_l": lapor["omzet"].sum(), "hambatan_terbuka_awal": awal,
    })  # fmt: skip


def _bulat(x: pd.Series) -> pd.Series:
    """SQL's round(): half away from zero (numpy's round is half to even)."""
    return np.sign(x) * np.floor(np.abs(x) + 0.5)


def _liga_kel(kel: pd.DataFrame, dari: int, sampai: int) -> pd.DataFrame:
    """The groups of the league: formed by the period's last day, not dissolved before it."""
    hari, mulai = akhir_bulan(sampai), akhir_bulan(dari - 1) + pd.Timedelta(days=1)
    pilih = (kel["tanggal_bentuk"] <= hari) & (kel["tanggal_bubar"].isna() | (kel["tanggal_bubar"] >= mulai))
    out = kel.loc[pilih, ["kode_kube", "nama", "kelurahan", "kecamatan", "jenis_usaha"]]
    return out.assign(bubar=(kel.loc[pilih, "tanggal_bubar"] <= hari).to_numpy())


def liga_angka(kel: pd.DataFrame, r: pd.DataFrame, dari: int, sampai: int) -> pd.DataFrame:
    """liga_angka.sql: one row per group alive in the period, its figures."""
    jumlah = sampai - dari + 1
    kini = _kini(r[r["bln"].between(dari, sampai)])
    lalu = _lalu(r[r["bln"].between(dari - jumlah, dari - 1)], dari - 1)
    x = _liga_kel(kel, dari, sampai).join(kini, on="kode_kube").join(lalu, on="kode_kube")
    n = x["bulan_aktif"]
    oz, oz_l = _bagi(x["omzet"], x["bulan_lapor"]), _bagi(x["omzet_l"], x["bulan_lapor_l"])
    return x.assign(
        bulan_aktif=n.fillna(0).astype("int64"),
        tingkat_kehadiran=_bagi(x["hadir"], x["aktif_pertemuan"]),
        tingkat_kehadiran_sebelumnya=_bagi(x["hadir_l"], x["aktif_l"]),
        pertemuan_per_bulan=_bagi(x["pertemuan"], n),
        omzet_perubahan=oz / oz_l.where(oz_l != 0) - 1,
        omzet_bulanan=_bulat(oz), omzet_bulanan_sebelumnya=_bulat(oz_l),
        bulan_tanpa_laporan=n - x["bulan_lapor"].fillna(0),
        hambatan_terbuka_awal=x["hambatan_terbuka_awal"].fillna(0),
        kunjungan_per_triwulan=_bagi(x["kunjungan"] * 3.0, n),
    )  # fmt: skip


def liga_kelompok(kel: pd.DataFrame, r: pd.DataFrame, dari: int, sampai: int) -> pd.DataFrame:
    """liga_kelompok.sql: the league figures with each figure's status and the red/amber counts."""
    x = liga_angka(kel, r, dari, sampai)
    for kolom, (angka, batas) in STATUS.items():
        x[kolom] = nilai_status(x[angka], batas)
    x.loc[x["bulan_aktif"] < ambang.KUNJUNGAN_BULAN_MINIMUM, "status_kunjungan"] = None
    x["jumlah_merah"] = (x[list(STATUS)] == "merah").sum(axis=1)
    x["jumlah_kuning"] = (x[list(STATUS)] == "kuning").sum(axis=1)
    return x.reset_index(drop=True)
