"""The pandas baseline's early warnings: all eight rules of kube_metrics/peringatan.py, pandas-style.

The same thresholds (kube_metrics/ambang_modal_sosial.py) and meaning as sql/peringatan_dasar.sql,
sql/absen_beruntun_calon.sql + absen_beruntun_kelompok.sql and the readiness at the mandiri date
(scripts/pandas_kesiapan.py), over the frames of scripts/pandas_bulanan.py. Returns the
(kode_kube, kode) pairs active at the end of month `sampai`, every group (unfiltered).
"""

from __future__ import annotations

import pandas as pd

from kube_metrics import ambang_modal_sosial as A
from kube_metrics.peringatan import KODE
from scripts.pandas_bulanan import HADIR, akhir_bulan, aktif_pada, awal_bulan
from scripts.pandas_kesiapan import ada_data, saat_mandiri


def _hidup(kel: pd.DataFrame, hari: pd.Timestamp) -> pd.DataFrame:
    """Groups alive at `hari`: formed by it, not dissolved by it."""
    return kel[
        (kel["tanggal_bentuk"] <= hari) & (kel["tanggal_bubar"].isna() | (kel["tanggal_bubar"] > hari))
    ]


def _jendela(r: pd.DataFrame, kode: pd.Series, sampai: int) -> pd.DataFrame:
    """The alive groups' months of the last 2 x KEHADIRAN_TURUN_BULAN + 12, with `mundur`."""
    r = r[r["kode_kube"].isin(kode) & r["bln"].between(sampai - (2 * A.KEHADIRAN_TURUN_BULAN + 12), sampai)]
    return r.assign(mundur=sampai - r["bln"])


def _jumlah(r: pd.DataFrame, pilih: pd.Series, kolom: str) -> pd.Series:
    return r[pilih].groupby("kode_kube")[kolom].sum()


def _bulanan(r: pd.DataFrame) -> pd.DataFrame:
    """peringatan_dasar.sql's `bulanan`: per group the two halves and the recent months."""
    h, m = A.KEHADIRAN_TURUN_BULAN, r["mundur"]
    baru, lama = m < h, (m >= h) & (m < 2 * h)
    r = r.assign(kunjungan=r["kunjungan_pendamping"] + r["kunjungan_pemerintah"] + r["kunjungan_lain"])
    kolom = {"hadir": "hadir", "aktif": "aktif_pertemuan", "pertemuan": "pertemuan"}
    out = {f"{k}_baru": _jumlah(r, baru, v) for k, v in kolom.items()}
    out |= {f"{k}_lama": _jumlah(r, lama, v) for k, v in kolom.items()}
    out["laporan_terakhir"] = _jumlah(r, m < A.LAPORAN_TERLAMBAT_BULAN, "ada_laporan")
    out["kunjungan_terakhir"] = _jumlah(r, m < A.TANPA_KUNJUNGAN_BULAN, "kunjungan")
    return pd.DataFrame(out).fillna(0).astype("int64")


def _kehadiran_turun(b: pd.DataFrame) -> pd.Series:
    """Attendance fell by KEHADIRAN_TURUN_POIN points, with a baseline of meetings in each half."""
    selisih = 100 * (b["hadir_lama"] * b["aktif_baru"] - b["hadir_baru"] * b["aktif_lama"])
    cukup = (b["pertemuan_lama"] >= A.KEHADIRAN_TURUN_PERTEMUAN_MIN) & (
        b["pertemuan_baru"] >= A.KEHADIRAN_TURUN_PERTEMUAN_MIN
    )
    ada = (b["aktif_lama"] > 0) & (b["aktif_baru"] > 0)
    return ada & cukup & (selisih >= A.KEHADIRAN_TURUN_POIN * b["aktif_lama"] * b["aktif_baru"])


def _omzet_turun(r: pd.DataFrame) -> pd.Series:
    """Groups whose revenue was under the same month a year earlier in OMZET_TURUN_BULAN months."""
    lapor = r[r["ada_laporan"]][["kode_kube", "bln", "mundur", "omzet"]]
    dulu = lapor.assign(bln=lapor["bln"] + 12)[["kode_kube", "bln", "omzet"]]
    pasang = lapor[lapor["mundur"] < A.OMZET_TURUN_BULAN].merge(
        dulu, on=["kode_kube", "bln"], suffixes=("", "_dulu")
    )
    turun = pasang[pasang["omzet"] < pasang["omzet_dulu"]].groupby("kode_kube").size()
    return turun >= A.OMZET_TURUN_BULAN


def _hambatan_lama(ham: pd.DataFrame, hari: pd.Timestamp) -> pd.Series:
    """Groups with an obstacle open at `hari` for more than HAMBATAN_LAMA_HARI days."""
    buka = ham[
        (ham["tanggal_lapor"] <= hari) & (ham["tanggal_selesai"].isna() | (ham["tanggal_selesai"] > hari))
    ]
    tertua = (hari - buka["tanggal_lapor"]).dt.days.groupby(buka["kode_kube"]).max()
    return tertua > A.HAMBATAN_LAMA_HARI


def _sejak(bentuk: pd.Series, sampai: int, bulan: int) -> pd.Series:
    """Groups formed by the first day of the `bulan` months up to `sampai` (old enough to judge)."""
    return bentuk <= awal_bulan(sampai - bulan + 1)


def _dasar(d: dict[str, pd.DataFrame], r: pd.DataFrame, hidup: pd.DataFrame, sampai: int) -> pd.DataFrame:
    """The six record-based rules (peringatan.DASAR) as booleans, one row per alive group."""
    hari, kode = akhir_bulan(sampai), hidup["kode_kube"]
    jendela = _jendela(r, kode, sampai)
    b = _bulanan(jendela).reindex(kode, fill_value=0)
    bentuk = hidup.set_index("kode_kube")["tanggal_bentuk"]
    ada = ada_data(d, hari, kode).set_axis(kode)
    return pd.DataFrame({
        "kehadiran_turun": _kehadiran_turun(b),
        "laporan_terlambat": _sejak(bentuk, sampai, A.LAPORAN_TERLAMBAT_BULAN) & (b["laporan_terakhir"] == 0),
        "hambatan_lama": _hambatan_lama(d["hambatan"], hari).reindex(kode, fill_value=False),
        "tanpa_kunjungan": _sejak(bentuk, sampai, A.TANPA_KUNJUNGAN_BULAN) & (b["kunjungan_terakhir"] == 0),
        "omzet_turun": _omzet_turun(jendela).reindex(kode, fill_value=False),
        "data_belum_lengkap": ~(ada["ada_jaringan"] & ada["ada_kesepakatan"]),
    })  # fmt: skip


# --- absen_beruntun ------------------------------------------------------------------------


def _terakhir(rp: pd.DataFrame, kode: pd.Series, hari: pd.Timestamp) -> pd.DataFrame:
    """Each alive group's last ABSEN_BERUNTUN_PERTEMUAN meetings up to `hari`."""
    rp = rp[rp["kode_kube"].isin(kode) & (rp["tanggal"] <= hari)]
    rp = rp.sort_values(["kode_kube", "tanggal", "kode_pertemuan"], ascending=False)
    return rp.groupby("kode_kube").head(A.ABSEN_BERUNTUN_PERTEMUAN)


def _calon(akhir3: pd.DataFrame, aktif: pd.Series) -> pd.Index:
    """absen_beruntun_calon.sql: groups whose every one of the last n meetings had at least
    ABSEN_BERUNTUN_PORSI x (members active at the end) absentees."""
    g = (akhir3["aktif"] - akhir3["hadir"]).groupby(akhir3["kode_kube"])
    t = pd.DataFrame({"absen_min": g.min(), "n_rapat": g.size()}).join(aktif, how="inner")
    lolos = (t["n_rapat"] == A.ABSEN_BERUNTUN_PERTEMUAN) & (
        t["absen_min"] >= A.ABSEN_BERUNTUN_PORSI * t["anggota_aktif"]
    )
    return t.index[lolos]


def _anggota_absen(d: dict[str, pd.DataFrame], akhir3: pd.DataFrame, hari: pd.Timestamp) -> pd.Series:
    """absen_beruntun_kelompok.sql: members there since the first of the last n meetings and
    still active at `hari`, present at none of them, counted per group."""
    awal = akhir3.groupby("kode_kube")["tanggal"].min().rename("tanggal_awal")
    a = d["anggota"].join(awal, on="kode_kube", how="inner")
    a = a[
        (a["tanggal_masuk"] <= a["tanggal_awal"])
        & (a["tanggal_keluar"].isna() | (hari < a["tanggal_keluar"]))
    ]
    h = d["kehadiran"][d["kehadiran"]["status"].isin(HADIR)]
    h = h.merge(akhir3[["kode_kube", "kode_pertemuan"]], on=["kode_kube", "kode_pertemuan"])
    hadir = a[["kode_kube", "kode_anggota"]].merge(h[["kode_kube", "kode_anggota"]].drop_duplicates())
    return a.groupby("kode_kube").size().sub(hadir.groupby("kode_kube").size(), fill_value=0)


def _absen_beruntun(
    d: dict[str, pd.DataFrame], rp: pd.DataFrame, kode: pd.Series, hari: pd.Timestamp
) -> pd.Index:
    """Groups with at least ABSEN_BERUNTUN_PORSI of their members absent at their last meetings."""
    a = d["anggota"][d["anggota"]["kode_kube"].isin(kode)]
    aktif = a[aktif_pada(a, hari)].groupby("kode_kube").size().rename("anggota_aktif")
    akhir3 = _terakhir(rp, kode, hari)
    akhir3 = akhir3[akhir3["kode_kube"].isin(_calon(akhir3, aktif))]
    absen = _anggota_absen(d, akhir3, hari).reindex(akhir3["kode_kube"].unique(), fill_value=0)
    porsi = absen / aktif.reindex(absen.index)
    return porsi.index[porsi >= A.ABSEN_BERUNTUN_PORSI]


# --- every rule ----------------------------------------------------------------------------


def peringatan(d: dict[str, pd.DataFrame], rp: pd.DataFrame, r: pd.DataFrame, sampai: int) -> pd.DataFrame:
    """kode_kube, kode of every warning active at the end of month `sampai` (KODE order)."""
    hari = akhir_bulan(sampai)
    hidup = _hidup(d["kelompok"], hari)
    dasar = _dasar(d, r, hidup, sampai)
    pasang = dasar.rename_axis("kode_kube").reset_index().melt("kode_kube", var_name="kode")
    bagian = [pasang[pasang["value"].astype(bool)][["kode_kube", "kode"]]]
    bagian.append(
        pd.DataFrame(
            {"kode_kube": _absen_beruntun(d, rp, hidup["kode_kube"], hari), "kode": "absen_beruntun"}
        )
    )
    siap = saat_mandiri(d, r)
    belum = siap[~siap["siap"] & siap["lengkap"] & (siap["tanggal_mandiri"] <= hari)]
    belum = belum[belum["kode_kube"].isin(hidup["kode_kube"])]
    bagian.append(pd.DataFrame({"kode_kube": belum["kode_kube"], "kode": "mandiri_belum_siap"}))
    out = pd.concat(bagian, ignore_index=True)
    out["urut"] = out["kode"].map({k: i for i, k in enumerate(KODE)})
    return out.sort_values(["kode_kube", "urut"])[["kode_kube", "kode"]].reset_index(drop=True)
