"""The usual Streamlit way, for comparison only: read the tables into pandas, then groupby.

`python scripts/ringkasan_pandas.py DB DARI SAMPAI` computes the Ringkasan figures (the KPI
cards, a league of attendance/revenue/open obstacles per group) and four record-based early
warnings (no visit, late report, long-open obstacle, members absent at the last 3 meetings)
from whole tables in pandas, and prints seconds and peak RSS as JSON. scripts/benchmark_pages.py
runs it in a subprocess beside our own metric calls (`--ours`) to report the ratios.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TABEL = ("kelompok", "anggota", "pertemuan", "kehadiran", "keuangan", "kunjungan", "hambatan")


def _baca(path: str) -> dict[str, pd.DataFrame]:
    con = duckdb.connect(path, read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t}").df() for t in TABEL}  # noqa: S608 (fixed names)
    finally:
        con.close()


def _kehadiran(d: dict[str, pd.DataFrame], dari: pd.Timestamp, akhir: pd.Timestamp) -> pd.DataFrame:
    """Per meeting in the period: members active that day and members present."""
    rapat = d["pertemuan"][d["pertemuan"]["tanggal"].between(dari, akhir)]
    ang = d["anggota"].merge(rapat[["kode_kube", "kode_pertemuan", "tanggal"]], on="kode_kube")
    aktif = ang[
        (ang["tanggal_masuk"] <= ang["tanggal"])
        & (ang["tanggal_keluar"].isna() | (ang["tanggal"] < ang["tanggal_keluar"]))
    ]
    n_aktif = aktif.groupby(["kode_kube", "kode_pertemuan"]).size().rename("aktif")
    hadir = d["kehadiran"][d["kehadiran"]["status"].isin(["hadir", "diwakili"])]
    n_hadir = hadir.groupby(["kode_kube", "kode_pertemuan"]).size().rename("hadir")
    return n_aktif.to_frame().join(n_hadir).fillna(0).reset_index()


def ringkasan(path: str, dari: dt.date, sampai: dt.date) -> dict[str, object]:
    d = _baca(path)
    awal, akhir = pd.Timestamp(dari), pd.Timestamp(sampai) + pd.offsets.MonthEnd(0)
    kel = d["kelompok"]
    hidup = kel[
        (kel["tanggal_bentuk"] <= akhir) & (kel["tanggal_bubar"].isna() | (kel["tanggal_bubar"] > akhir))
    ]
    per_rapat = _kehadiran(d, awal, akhir)
    keu = d["keuangan"][d["keuangan"]["bulan"].between(awal, akhir)]
    kunj = d["kunjungan"][d["kunjungan"]["tanggal"].between(awal, akhir)]
    ham = d["hambatan"]
    terbuka = ham[
        (ham["tanggal_lapor"] <= akhir) & (ham["tanggal_selesai"].isna() | (ham["tanggal_selesai"] > akhir))
    ]
    liga = pd.concat(
        [
            per_rapat.groupby("kode_kube")[["hadir", "aktif"]].sum(),
            keu.groupby("kode_kube")["omzet"].sum(),
            terbuka.groupby("kode_kube").size().rename("hambatan_terbuka"),
            kunj.groupby("kode_kube").size().rename("kunjungan"),
        ],
        axis=1,
    )
    liga["tingkat_kehadiran"] = liga["hadir"] / liga["aktif"]
    peringatan = _peringatan(d, hidup, akhir)
    return {
        "kelompok_aktif": len(hidup),
        "tingkat_kehadiran": float(per_rapat["hadir"].sum() / per_rapat["aktif"].sum()),
        "omzet": int(keu["omzet"].sum()),
        "hambatan_terbuka": len(terbuka),
        "liga": len(liga),
        "peringatan": int(sum(len(v) for v in peringatan.values())),
    }


def _peringatan(d: dict[str, pd.DataFrame], hidup: pd.DataFrame, akhir: pd.Timestamp) -> dict[str, set[str]]:
    kode = set(hidup["kode_kube"])
    kunj = d["kunjungan"][d["kunjungan"]["tanggal"] > akhir - pd.DateOffset(months=3)]
    lapor = d["keuangan"][d["keuangan"]["bulan"] > akhir - pd.DateOffset(months=2)]
    ham = d["hambatan"]
    lama = ham[(ham["tanggal_selesai"].isna()) & (ham["tanggal_lapor"] < akhir - pd.Timedelta(days=90))]
    # members absent (alpa/izin/sakit) at each of their group's last 3 meetings
    rapat = d["pertemuan"][d["pertemuan"]["tanggal"] <= akhir].sort_values("tanggal")
    akhir3 = rapat.groupby("kode_kube").tail(3)
    hadir = d["kehadiran"].merge(akhir3[["kode_kube", "kode_pertemuan"]], on=["kode_kube", "kode_pertemuan"])
    absen = hadir[~hadir["status"].isin(["hadir", "diwakili"])]
    per_anggota = absen.groupby(["kode_kube", "kode_anggota"]).size()
    beruntun = per_anggota[per_anggota >= 3].groupby("kode_kube").size()
    return {
        "tanpa_kunjungan": kode - set(kunj["kode_kube"]),
        "laporan_terlambat": kode - set(lapor["kode_kube"]),
        "hambatan_lama": kode & set(lama["kode_kube"]),
        "absen_beruntun": kode & set(beruntun[beruntun >= 2].index),
    }


def ringkasan_kami(path: str, dari: dt.date, sampai: dt.date) -> dict[str, object]:
    """Our own metric calls for the same Ringkasan view (what pages/ringkasan.py asks for)."""
    from kube_metrics import db, peringatan_tersimpan, wilayah
    from kube_metrics import ringkasan as r

    con = db.open_database(path, read_only=True)
    try:
        p = {"dari": dari, "sampai": sampai}
        kpi = r.kpi_ringkasan(con, **p)
        r.tren_kelompok(con, **p)
        liga = r.liga_kelompok(con, **p)
        r.perhatian_dari_liga(liga)
        wilayah.banding_wilayah(con, **p)
        aktif = peringatan_tersimpan.peringatan_aktif(con, sampai=sampai, teks=False)
        return {"kelompok_aktif": float(kpi["nilai"].iloc[0]), "liga": len(liga), "peringatan": len(aktif)}
    finally:
        con.close()


def _puncak_rss_mb() -> float:
    for baris in Path("/proc/self/status").read_text().splitlines():
        if baris.startswith("VmHWM:"):
            return int(baris.split()[1]) / 1024
    return float("nan")


def main() -> None:
    path, dari, sampai = sys.argv[1], dt.date.fromisoformat(sys.argv[2]), dt.date.fromisoformat(sys.argv[3])
    fungsi = ringkasan_kami if "--ours" in sys.argv else ringkasan
    mulai = time.perf_counter()
    hasil = fungsi(path, dari, sampai)
    hasil |= {"detik": time.perf_counter() - mulai, "rss_mb": _puncak_rss_mb()}
    print(json.dumps(hasil, default=str))


if __name__ == "__main__":
    main()
