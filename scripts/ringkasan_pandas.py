"""The usual Streamlit way, for comparison only: read the tables into pandas, then groupby.

`python scripts/ringkasan_pandas.py DB DARI SAMPAI` computes the Ringkasan figures of that
period the usual way (every data table read whole into pandas, then merge/groupby:
scripts/pandas_bulanan.py, pandas_liga.py, pandas_peringatan.py, pandas_kesiapan.py): the KPI
cards now and for the period before, the monthly trend, the league table, the watch list, the
per-area comparison and all eight early warnings with our thresholds. With `--ours` it makes
our own metric calls for the same view (what pages/ringkasan.py asks for). It prints one JSON
line: seconds (wall and process CPU), peak RSS and the figures' fingerprint
(scripts/sidik_ringkasan.py), which scripts/bench_pandas.py compares between the two ways: the
ratios compare the same work.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kube_metrics.ringkasan import perhatian_dari_liga  # noqa: E402
from scripts import pandas_liga as pl  # noqa: E402
from scripts.pandas_bulanan import baca, bln_tanggal, bulanan, rapat  # noqa: E402
from scripts.pandas_peringatan import peringatan  # noqa: E402
from scripts.sidik_ringkasan import sidik  # noqa: E402


def angka_pandas(con: duckdb.DuckDBPyConnection, dari: dt.date, sampai: dt.date) -> dict[str, Any]:
    """The Ringkasan figures computed the usual Streamlit way (sidik_ringkasan.sidik's arguments)."""
    d = baca(con)
    rp = rapat(d)
    r = bulanan(d, rp)
    awal, akhir = bln_tanggal(dari), bln_tanggal(sampai)
    n, kel = akhir - awal + 1, d["kelompok"]
    kini, lalu = pl.kpi(kel, r, awal, akhir), pl.kpi(kel, r, awal - n, awal - 1)
    liga = pl.liga_kelompok(kel, r, awal, akhir)
    kpi = {k: (kini[k], lalu[k]) for k in kini}
    wilayah, tren = pl.banding_wilayah(kel, r, awal, akhir), pl.tren(kel, r, awal, akhir)
    return {
        "kpi": kpi, "liga": liga, "perhatian": perhatian_dari_liga(liga), "wilayah": wilayah,
        "peringatan": peringatan(d, rp, r, akhir), "tren": tren,
    }  # fmt: skip


def angka_kami(con: duckdb.DuckDBPyConnection, dari: dt.date, sampai: dt.date) -> dict[str, Any]:
    """The same figures from our own metric calls."""
    from kube_metrics import peringatan_tersimpan, wilayah
    from kube_metrics import ringkasan as r

    p = {"dari": dari, "sampai": sampai}
    kpi = r.kpi_ringkasan(con, **p).set_index("indikator")
    tren = r.tren_kelompok(con, **p)
    liga = r.liga_kelompok(con, **p)
    aktif = peringatan_tersimpan.peringatan_aktif(con, sampai=sampai, teks=False)
    angka = {k: (kpi.at[k, "nilai"], kpi.at[k, "nilai_sebelumnya"]) for k in kpi.index}
    wil = wilayah.banding_wilayah(con, **p)
    return {
        "kpi": angka, "liga": liga, "perhatian": r.perhatian_dari_liga(liga), "wilayah": wil,
        "peringatan": aktif, "tren": tren,
    }  # fmt: skip


def ringkasan(path: str, dari: dt.date, sampai: dt.date, *, kami: bool = False) -> dict[str, Any]:
    """One way's figures from the database at `path`, opened read-only."""
    from kube_metrics import db

    con = db.open_database(path, read_only=True) if kami else duckdb.connect(path, read_only=True)
    try:
        return (angka_kami if kami else angka_pandas)(con, dari, sampai)
    finally:
        con.close()


def _puncak_rss_mb() -> float:
    for baris in Path("/proc/self/status").read_text().splitlines():
        if baris.startswith("VmHWM:"):
            return int(baris.split()[1]) / 1024
    return float("nan")


def main() -> None:
    path, dari, sampai = sys.argv[1], dt.date.fromisoformat(sys.argv[2]), dt.date.fromisoformat(sys.argv[3])
    mulai, cpu = time.perf_counter(), time.process_time()
    angka = ringkasan(path, dari, sampai, kami="--ours" in sys.argv)
    detik, cpu = time.perf_counter() - mulai, time.process_time() - cpu
    # the fingerprint is taken after the clock stops: it is the check, not the work compared
    print(json.dumps({"detik": detik, "cpu": cpu, "rss_mb": _puncak_rss_mb(), "sidik": sidik(**angka)}))


if __name__ == "__main__":
    main()
