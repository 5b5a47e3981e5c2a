"""Time what each page asks of the database, per scale: `scripts/benchmark_metrics.py [SCALE...]`.

Each scale is built once into a temporary directory (or reused from `--keep DIR`), then every
page's metric calls run 3 times on a fresh connection and the median is printed, with the ratio
against the first scale and per 1 000 groups. Pages read rollups, so a page's time should grow
far slower than the raw attendance rows; these figures are read, not asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kube_metrics import (  # noqa: E402
    db,
    hambatan,
    kehadiran,
    kesiapan,
    modal_sosial,
    peringatan,
    pertumbuhan,
    ringkasan,
    sebaya,
    summary,
)
from kube_metrics.demo import build_demo  # noqa: E402

DARI, SAMPAI = dt.date(2025, 1, 1), dt.date(2025, 12, 1)
FOKUS = "TGR-002"
PERIODE = {"dari": DARI, "sampai": SAMPAI}
BANDING = {"kode_kube": FOKUS, "sebaya": "kota", **PERIODE}

# page -> the metric calls it makes on a default view (the filters: whole area, last year)
HALAMAN: dict[str, list[Callable[..., object]]] = {
    "Ringkasan": [
        lambda c: ringkasan.kpi_ringkasan(c, **PERIODE),
        lambda c: ringkasan.tren_kelompok(c, **PERIODE),
        lambda c: ringkasan.liga_kelompok(c, **PERIODE),
        lambda c: ringkasan.perlu_perhatian(c, **PERIODE),
        lambda c: peringatan.peringatan_aktif(c, sampai=SAMPAI),
    ],
    "Profil Kelompok": [
        lambda c: pertumbuhan.keuangan_bulanan(c, kode_kube=FOKUS, **PERIODE),
        lambda c: kehadiran.kehadiran_per_pertemuan(c, kode_kube=FOKUS, **PERIODE),
        lambda c: kehadiran.absen_beruntun(c, kode_kube=FOKUS, sampai=SAMPAI),
        lambda c: peringatan.peringatan_aktif(c, sampai=SAMPAI, kode_kube=FOKUS),
    ],
    "Bandingkan": [
        lambda c: sebaya.perbandingan_sebaya(c, **BANDING),
        lambda c: sebaya.kehadiran_vs_sebaya(c, **BANDING),
        lambda c: sebaya.hambatan_vs_sebaya(c, **BANDING),
        lambda c: pertumbuhan.pertumbuhan_sejak_bantuan(c, **(BANDING | {"dari": dt.date(2017, 1, 1)})),
    ],
    "Hambatan": [
        lambda c: hambatan.hambatan_per_kategori(c, **PERIODE),
        lambda c: hambatan.hambatan_bulanan(c, **PERIODE),
        lambda c: hambatan.hari_penyelesaian(c, **PERIODE),
    ],
    "Modal Sosial": [
        lambda c: modal_sosial.modal_sosial_sebaya(c, **BANDING),
        lambda c: modal_sosial.modal_sosial_tren(c, kode_kube=FOKUS, **PERIODE),
    ],
    "Kemandirian": [
        lambda c: kesiapan.kesiapan_tren(c, kode_kube=FOKUS, dari=dt.date(2018, 1, 1), sampai=SAMPAI),
        lambda c: kesiapan.kesiapan_saat_mandiri(c),
    ],
    "summary": [lambda c: summary.summary(c, kode_kube=FOKUS, **PERIODE)],
}


def _median_detik(path: Path, calls: list[Callable[..., object]]) -> float:
    """Median of 3 runs of one page's calls, each on a fresh read-only connection's cursor."""
    runs = []
    for _ in range(3):
        con = db.open_database(path, read_only=True)
        mulai = time.perf_counter()
        for call in calls:
            call(con.cursor())
        runs.append(time.perf_counter() - mulai)
        con.close()
    return statistics.median(runs)


def _jumlah_kelompok(path: Path) -> int:
    con = db.open_database(path, read_only=True)
    row = con.execute("SELECT count(*) FROM kelompok").fetchone()
    con.close()
    return int(row[0]) if row else 0


def ukur(scales: list[str], folder: Path) -> None:
    dasar: dict[str, float] = {}
    for scale in scales:
        path = folder / f"{scale}.duckdb"
        if not path.exists():
            build_demo(path, seed=2021, scale=scale)
        n = _jumlah_kelompok(path)
        print(f"\n== {scale}: {n} groups")
        for nama, calls in HALAMAN.items():
            detik = _median_detik(path, calls)
            dasar.setdefault(nama, detik)
            print(
                f"  {nama:<16} {detik:8.3f} s   x{detik / dasar[nama]:6.1f} of {scales[0]}"
                f"   {detik / n * 1000:8.4f} s per 1000 groups"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scales", nargs="*", default=["demo", "kota"])
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the built databases")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        ukur(args.scales, args.keep)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            ukur(args.scales, Path(tmp))


if __name__ == "__main__":
    main()
