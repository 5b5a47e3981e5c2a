"""The pandas baseline's readiness at the mandiri date (mandiri_belum_siap), the usual Streamlit way.

The raw measures of kube_metrics/sql/modal_sosial_proksi.sql and tahap.sql at each mandiri
group's point (the month before its mandiri month), computed with merge/groupby over whole
tables and the frame of scripts/pandas_bulanan.py; then our own pandas code turns them into the
reading (modal_sosial.nilai_dimensi, tahap.tahap_dari, kesiapan.hitung_kesiapan), as an app
written the usual way would call a scoring helper.
"""

from __future__ import annotations

import pandas as pd

from kube_metrics import ambang_modal_sosial as A
from kube_metrics.kesiapan import hitung_kesiapan
from kube_metrics.modal_sosial import DIMENSI, nilai_dimensi
from kube_metrics.tahap import KRITERIA, tahap_dari
from scripts.pandas_bulanan import aktif_pada, bln


def ada_data(d: dict[str, pd.DataFrame], hari: pd.Series | pd.Timestamp, kode: pd.Series) -> pd.DataFrame:
    """ada_jaringan, ada_kesepakatan per row of `kode`: rows recorded, or checked by `hari`
    (the kelengkapan_data() macro of schema 0006)."""
    out = {}
    for jenis in ("jaringan", "kesepakatan"):
        baris = kode.isin(d[jenis]["kode_kube"])
        cek = d["pemeriksaan"][d["pemeriksaan"]["jenis_data"] == jenis].groupby("kode_kube")["tanggal"].min()
        batas = pd.Series(cek.reindex(kode.to_numpy()).to_numpy(), index=kode.index)
        out["ada_" + jenis] = (baris | (batas <= hari)).to_numpy()
    return pd.DataFrame(out, index=kode.index)


def _hari_pertama(b: pd.Series) -> pd.Series:
    """The first day of each month index."""
    return pd.to_datetime(pd.DataFrame({"year": b // 12, "month": b % 12 + 1, "day": 1}))


def titik(kel: pd.DataFrame) -> pd.DataFrame:
    """One point per mandiri group inside its life, indexed by kode_kube: bln_t (the month before
    the mandiri month), awal_bln (12-month window), awal and akhir (its first and last day)."""
    k = kel[kel["tanggal_mandiri"].notna()].set_index("kode_kube")
    b = (bln(k["tanggal_mandiri"]) - 1).astype("int64")
    pertama = _hari_pertama(b)
    akhir = pertama + pd.offsets.MonthEnd(0)
    hidup = (k["tanggal_bentuk"] <= akhir) & (k["tanggal_bubar"].isna() | (k["tanggal_bubar"] >= pertama))
    awal_bln = b - (A.JENDELA_BULAN - 1)
    t = pd.DataFrame({"bln_t": b, "awal_bln": awal_bln, "awal": _hari_pertama(awal_bln), "akhir": akhir})
    return t[hidup]


def _di(t: pd.DataFrame, df: pd.DataFrame) -> pd.DataFrame:
    """Rows of `df` of the points' groups, with the point's columns."""
    return df.join(t, on="kode_kube", how="inner")


def _arus(t: pd.DataFrame, r: pd.DataFrame) -> pd.DataFrame:
    """modal_sosial_proksi.sql's `arus`: flows over the window, per point."""
    x = _di(t, r)
    g = x[x["bln"].between(x["awal_bln"], x["bln_t"])].groupby("kode_kube")
    s = {
        k: g[k].sum(min_count=1) for k in ("musyawarah", "laporan_dibaca", "hadir", "aktif_pertemuan", "alpa")
    }
    out = pd.DataFrame({"bulan_jendela": g.size(), "pertemuan": g["pertemuan"].sum(), **s}).reindex(t.index)
    return out.fillna({"bulan_jendela": 0, "pertemuan": 0})


def _nilai(a: pd.Series, b: pd.Series) -> pd.Series:
    return a / b.astype("float64").where(b != 0)


def _mitra(t: pd.DataFrame, d: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Ties active at the point's last day: count, kinds, lasting MITRA_BERTAHAN_BULAN."""
    j = _di(t, d["jaringan"])
    j = j[
        (j["tanggal_mulai"] <= j["akhir"])
        & (j["tanggal_selesai"].isna() | (j["tanggal_selesai"] > j["akhir"]))
    ]
    lama = j["tanggal_mulai"] <= j["akhir"] - pd.DateOffset(months=A.MITRA_BERTAHAN_BULAN)
    g = j.groupby("kode_kube")
    bertahan = lama.groupby(j["kode_kube"]).sum()
    out = pd.DataFrame(
        {"mitra_aktif": g.size(), "ragam_mitra": g["jenis_mitra"].nunique(), "mitra_bertahan": bertahan}
    )
    return out.reindex(t.index).fillna(0)


def _sepakat(t: pd.DataFrame, d: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Agreements in force at any time in the window: in force at the end, with a sanction,
    median lifetime (to its end or the point's last day)."""
    s = _di(t, d["kesepakatan"])
    s = s[
        (s["tanggal"] <= s["akhir"]) & (s["tanggal_berakhir"].isna() | (s["tanggal_berakhir"] >= s["awal"]))
    ]
    berlaku = s["tanggal_berakhir"].isna() | (s["tanggal_berakhir"] > s["akhir"])
    ujung = s["tanggal_berakhir"].fillna(s["akhir"]).where(lambda x: x < s["akhir"], s["akhir"])
    umur = (ujung - s["tanggal"]).dt.days
    k = s["kode_kube"]
    out = pd.DataFrame({
        "kesepakatan_aktif": berlaku.groupby(k).sum(),
        "kesepakatan_bersanksi": (berlaku & s["ada_sanksi"]).groupby(k).sum(),
        "umur_median_kesepakatan": umur.groupby(k).median(),
    })  # fmt: skip
    return out.reindex(t.index).fillna({"kesepakatan_aktif": 0, "kesepakatan_bersanksi": 0})


def _survei(t: pd.DataFrame, d: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Mean survey score per dimension over the SURVEI_BERLAKU_BULAN months to the point."""
    v = _di(t, d["survei"])
    v = v[
        (v["tanggal"] <= v["akhir"])
        & (v["tanggal"] > v["akhir"] - pd.DateOffset(months=A.SURVEI_BERLAKU_BULAN))
    ]
    rata = v.groupby(["kode_kube", "dimensi"])["skor"].mean().unstack()
    rata = rata.reindex(index=t.index, columns=["kepercayaan", "jaringan", "norma"])
    return rata.add_prefix("survei_")


def proksi(t: pd.DataFrame, d: dict[str, pd.DataFrame], r: pd.DataFrame) -> pd.DataFrame:
    """modal_sosial_proksi.sql's columns, one row per point."""
    a, ada = _arus(t, r), ada_data(d, t["akhir"], t.index.to_series())
    out = (
        pd.DataFrame(
            {
                "pertemuan_per_bulan": _nilai(a["pertemuan"], a["bulan_jendela"]),
                "tingkat_kehadiran": _nilai(a["hadir"], a["aktif_pertemuan"]),
                "transparansi_keuangan": _nilai(a["laporan_dibaca"], a["pertemuan"]),
                "porsi_musyawarah": _nilai(a["musyawarah"], a["pertemuan"]),
                "porsi_alpa": _nilai(a["alpa"], a["aktif_pertemuan"]),
            }
        )
        .join(_survei(t, d))
        .join(ada)
        .join(_sepakat(t, d))
        .join(_mitra(t, d))
    )
    for kolom in ("mitra_aktif", "ragam_mitra", "mitra_bertahan"):
        out[kolom] = out[kolom].where(out["ada_jaringan"])
    for kolom in ("kesepakatan_aktif", "kesepakatan_bersanksi"):
        out[kolom] = out[kolom].where(out["ada_kesepakatan"])
    return out


def _disiplin(x: pd.DataFrame) -> pd.Series:
    """The monthly discipline score of disiplin.sql (0-5) of each month row."""
    hadir = (x["aktif_pertemuan"] > 0) & (x["hadir"] >= A.DISIPLIN_KEHADIRAN_MIN * x["aktif_pertemuan"])
    buku = x["buku_kas_terkini"].astype("boolean").fillna(False).astype(bool)
    return (x["pertemuan"] > 0).astype(int) + hadir + (x["tabungan"] > 0) + (x["iks"] > 0) + buku


def _riwayat(t: pd.DataFrame, r: pd.DataFrame) -> pd.DataFrame:
    """tahap.sql's `riwayat`: the life up to the point and its 12-month window, per point."""
    x = _di(t, r)
    x = x[x["bln"] <= x["bln_t"]]
    w = x[x["bln"] >= x["awal_bln"]].assign(skor=_disiplin)
    modal = w[w["ada_laporan"] & w["modal"].notna()].sort_values("bln").groupby("kode_kube")["modal"]
    gw = w.groupby("kode_kube")
    out = pd.DataFrame({
        "bulan_tercatat": (x["ada_laporan"] & (x["pertemuan"] > 0)).groupby(x["kode_kube"]).sum(),
        "bulan_rapat": (w["pertemuan"] > 0).groupby(w["kode_kube"]).sum(),
        "laba": gw["laba"].sum(), "iks": gw["iks"].sum(), "tabungan": gw["tabungan"].sum(),
        "modal_awal": modal.first(), "modal_akhir": modal.last(), "disiplin_rerata": gw["skor"].mean(),
    })  # fmt: skip
    nol = ["bulan_tercatat", "bulan_rapat", "laba", "iks", "tabungan"]
    return out.reindex(t.index).fillna(dict.fromkeys(nol, 0))


def ukuran_tahap(t: pd.DataFrame, d: dict[str, pd.DataFrame], r: pd.DataFrame) -> pd.DataFrame:
    """tahap.sql's columns, one row per point."""
    a = _di(t, d["anggota"])
    a = a[a["peran"].isin(A.TAHAP_PENGURUS) & aktif_pada(a, a["akhir"])]
    peran = a.groupby("kode_kube")["peran"].nunique().reindex(t.index, fill_value=0)
    ada = ada_data(d, t["akhir"], t.index.to_series())["ada_jaringan"]
    mitra = _mitra(t, d)["mitra_aktif"]
    return _riwayat(t, r).assign(peran_pengurus=peran, mitra_aktif=mitra, ada_jaringan=ada)


def saat_mandiri(d: dict[str, pd.DataFrame], r: pd.DataFrame) -> pd.DataFrame:
    """kesiapan.kesiapan_saat_mandiri's reading: kode_kube, nama, tanggal_mandiri,
    kesiapan_mandiri, lengkap, siap (and the parts), for every mandiri group whose point
    lies in its life."""
    t = titik(d["kelompok"])
    dimensi = nilai_dimensi(proksi(t, d, r))
    tahapan = tahap_dari(ukuran_tahap(t, d, r))
    out = dimensi[[*DIMENSI, "ada_jaringan", "ada_kesepakatan"]].join(
        tahapan[["tahap", "tahap_pasti", "disiplin_rerata", *KRITERIA]]
    )
    out = hitung_kesiapan(out.rename_axis("kode_kube").reset_index())
    kel = d["kelompok"].set_index("kode_kube")
    return out.assign(
        nama=out["kode_kube"].map(kel["nama"]), tanggal_mandiri=out["kode_kube"].map(kel["tanggal_mandiri"])
    )
