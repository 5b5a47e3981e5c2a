"""The pandas baseline's reading of the data: whole tables into pandas, then our rollups rebuilt.

The usual Streamlit way has no rollup tables: it reads every data table whole and groups it.
`baca` does the reading; `rapat` and `bulanan` rebuild, with merge/groupby, what
kube_metrics/sql/rollup_pertemuan.sql and rollup_bulanan.sql mean (the same figures), so the
Ringkasan figures built on them (scripts/pandas_liga.py, pandas_peringatan.py) are ours.
Months are integers (year * 12 + month - 1), `bln` below.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

TABEL = (
    "kelompok", "anggota", "pertemuan", "kehadiran", "keuangan", "kunjungan", "hambatan",
    "jaringan", "kesepakatan", "survei", "pemeriksaan",
)  # fmt: skip
HADIR = ("hadir", "diwakili")


def baca(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    """Every data table, whole, into pandas."""
    return {t: con.execute(f"SELECT * FROM {t}").df() for t in TABEL}  # noqa: S608 (fixed names)


def bln(tanggal: pd.Series) -> pd.Series:
    """The month index of each date (NaN where the date is missing)."""
    return tanggal.dt.year * 12 + tanggal.dt.month - 1


def bln_tanggal(nilai: object) -> int:
    """The month index of one date."""
    t = pd.Timestamp(nilai)  # type: ignore[arg-type]
    return t.year * 12 + t.month - 1


def akhir_bulan(b: int) -> pd.Timestamp:
    """The last day of month index `b`."""
    return awal_bulan(b) + pd.offsets.MonthEnd(0)


def awal_bulan(b: int) -> pd.Timestamp:
    """The first day of month index `b`."""
    return pd.Timestamp(year=b // 12, month=b % 12 + 1, day=1)


def aktif_pada(a: pd.DataFrame, hari: pd.Series | pd.Timestamp) -> pd.Series:
    """Members active on `hari`: tanggal_masuk <= hari < tanggal_keluar."""
    return (a["tanggal_masuk"] <= hari) & (a["tanggal_keluar"].isna() | (hari < a["tanggal_keluar"]))


# --- rollup_pertemuan ----------------------------------------------------------------------


def _pasangan_aktif(d: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """(meeting, member active that day) pairs."""
    p = d["pertemuan"][["kode_kube", "kode_pertemuan", "tanggal"]]
    a = d["anggota"][["kode_kube", "kode_anggota", "tanggal_masuk", "tanggal_keluar"]]
    m = p.merge(a, on="kode_kube")
    return m.loc[aktif_pada(m, m["tanggal"]), ["kode_kube", "kode_pertemuan", "kode_anggota"]]


def rapat(d: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per meeting: aktif, hadir (incl. diwakili), izin, sakit, alpa (as the rollup)."""
    kunci = ["kode_kube", "kode_pertemuan"]
    pasangan = _pasangan_aktif(d)
    aktif = pasangan.groupby(kunci).size().rename("aktif")
    st = d["kehadiran"].merge(pasangan, on=[*kunci, "kode_anggota"])
    st = st.assign(
        hadir=st["status"].isin(HADIR), izin=st["status"].eq("izin"), sakit=st["status"].eq("sakit")
    )
    hitung = st.groupby(kunci)[["hadir", "izin", "sakit"]].sum()
    kolom = [*kunci, "tanggal", "jenis", "laporan_keuangan"]
    out = d["pertemuan"][kolom].join(aktif, on=kunci).join(hitung, on=kunci)
    angka = ["aktif", "hadir", "izin", "sakit"]
    out[angka] = out[angka].fillna(0).astype("int64")
    out["alpa"] = out["aktif"] - out["hadir"] - out["izin"] - out["sakit"]
    return out.assign(bln=bln(out["tanggal"]).astype("int64"))


# --- rollup_bulanan ------------------------------------------------------------------------


def _catatan(d: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every dated record of every group (rollup_catatan.sql)."""
    sumber = [
        ("keuangan", "bulan"), ("pertemuan", "tanggal"), ("kunjungan", "tanggal"),
        ("hambatan", "tanggal_lapor"), ("hambatan", "tanggal_selesai"), ("anggota", "tanggal_masuk"),
        ("anggota", "tanggal_keluar"), ("jaringan", "tanggal_mulai"), ("jaringan", "tanggal_selesai"),
        ("kesepakatan", "tanggal"), ("kesepakatan", "tanggal_berakhir"), ("survei", "tanggal"),
    ]  # fmt: skip
    bagian = [d[t][["kode_kube", k]].set_axis(["kode_kube", "tanggal"], axis=1) for t, k in sumber]
    return pd.concat(bagian, ignore_index=True).dropna(subset=["tanggal"])


def _rentang(d: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per group the first and last month of its life (rollup_bulanan.sql's rentang)."""
    catatan = _catatan(d)
    k = d["kelompok"].set_index("kode_kube")
    tanggal_kel = k[["tanggal_bentuk", "tanggal_bantuan", "tanggal_mandiri", "tanggal_bubar"]]
    akhir_db = max(catatan["tanggal"].max(), tanggal_kel.max().max())
    awal_c = catatan.groupby("kode_kube")["tanggal"].min().reindex(k.index)
    awal = k["tanggal_bentuk"].where(awal_c.isna() | (k["tanggal_bentuk"] <= awal_c), awal_c)
    akhir = k["tanggal_bubar"].fillna(akhir_db)
    return pd.DataFrame({"awal": bln(awal), "akhir": bln(akhir)}).astype("int64")


def _kerangka(d: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per group and month of its life, in (kode_kube, bln) order."""
    r = _rentang(d).sort_index()
    n = (np.maximum(r["awal"], r["akhir"]) - r["awal"] + 1).to_numpy()
    mulai = np.repeat(np.cumsum(n) - n, n)
    b = np.repeat(r["awal"].to_numpy(), n) + (np.arange(n.sum()) - mulai)
    return pd.DataFrame({"kode_kube": np.repeat(r.index.to_numpy(), n), "bln": b})


def _per_bulan(df: pd.DataFrame, kolom: str, **hitung: pd.Series) -> pd.DataFrame:
    """Sums of the `hitung` columns per (kode_kube, month of `kolom`)."""
    bagian = pd.DataFrame({"kode_kube": df["kode_kube"], "bln": bln(df[kolom])} | hitung)
    return bagian.dropna(subset=["bln"]).astype({"bln": "int64"}).groupby(["kode_kube", "bln"]).sum()


def _gerak(df: pd.DataFrame, masuk: str, keluar: str, naik: str, turun: str) -> pd.DataFrame:
    """Per group-month: rows starting (`naik`) and ending (`turun`) in it."""
    satu = pd.Series(1, index=df.index)
    a = _per_bulan(df, masuk, **{naik: satu})
    b = _per_bulan(df, keluar, **{turun: satu})
    return a.join(b, how="outer").fillna(0).astype("int64")


def _rapat_bulan(rp: pd.DataFrame) -> pd.DataFrame:
    rp = rp.assign(
        pertemuan=1, musyawarah=rp["jenis"].eq("musyawarah"), laporan_dibaca=rp["laporan_keuangan"]
    )
    kolom = ["pertemuan", "musyawarah", "laporan_dibaca", "hadir", "aktif", "alpa"]
    return rp.groupby(["kode_kube", "bln"])[kolom].sum().rename(columns={"aktif": "aktif_pertemuan"})


def _kunjungan_bulan(k: pd.DataFrame) -> pd.DataFrame:
    pihak = k["pihak"]
    return _per_bulan(
        k, "tanggal",
        kunjungan_pendamping=pihak.eq("pendamping"),
        kunjungan_pemerintah=pihak.isin(["dinsos", "kelurahan"]),
        kunjungan_lain=pihak.eq("lainnya"),
    )  # fmt: skip


def _keuangan(u: pd.DataFrame) -> pd.DataFrame:
    u = u.assign(bln=bln(u["bulan"]).astype("int64"), ada_laporan=True, laba=u["omzet"] - u["biaya"])
    kolom = ["omzet", "biaya", "laba", "modal", "kas", "tabungan", "iks", "buku_kas_terkini", "ada_laporan"]
    return u.set_index(["kode_kube", "bln"])[kolom]


def bulanan(d: dict[str, pd.DataFrame], rp: pd.DataFrame) -> pd.DataFrame:
    """One row per group-month of its life, rollup_bulanan's figures (from `rp` = rapat(d))."""
    r = _kerangka(d).set_index(["kode_kube", "bln"])
    gerak = [
        _gerak(d["anggota"], "tanggal_masuk", "tanggal_keluar", "masuk", "keluar"),
        _rapat_bulan(rp),
        _kunjungan_bulan(d["kunjungan"]),
        _gerak(d["hambatan"], "tanggal_lapor", "tanggal_selesai", "hambatan_baru", "hambatan_selesai"),
    ]
    for g in gerak:
        r = r.join(g)
    r = r.fillna(0).astype("int64").join(_keuangan(d["keuangan"]))
    r["ada_laporan"] = r["ada_laporan"].astype("boolean").fillna(False).astype(bool)
    per = r.groupby(level="kode_kube")
    r["anggota_aktif_akhir"] = per["masuk"].cumsum() - per["keluar"].cumsum()
    r["hambatan_terbuka_akhir"] = per["hambatan_baru"].cumsum() - per["hambatan_selesai"].cumsum()
    return r.reset_index()
