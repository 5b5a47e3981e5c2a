"""Import speed and memory on a large generated batch (200 000 attendance rows by default).

    .venv/bin/python scripts/benchmark_import.py [--baris 200000] [--xlsx]

Writes the batch as CSV in a temporary folder, imports it into a fresh database in a child
process (so the peak RSS is the import's own), and prints ratios: seconds and MB of peak RSS
per 100 000 attendance rows. `tulis_batch_besar` is also used by the kill-in-the-middle test.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ANGGOTA_PER_KUBE = 10
PERTEMUAN_PER_KUBE = 50


def tulis_batch_besar(folder: Path, baris_kehadiran: int) -> list[Path]:
    """A valid batch: groups of 10 members with 50 meetings each, one attendance row per pair."""
    n_kube = max(1, baris_kehadiran // (ANGGOTA_PER_KUBE * PERTEMUAN_PER_KUBE))
    folder.mkdir(parents=True, exist_ok=True)
    kube = [f"BM-{i:05d}" for i in range(n_kube)]
    teks = {
        "kelompok": ["kode_kube,nama,kelurahan,kecamatan,kota,jenis_usaha,tanggal_bentuk"]
        + [f"{k},KUBE {k},Kel {i % 40},Kec {i % 14},Kota Uji,kuliner,2020-01-01" for i, k in enumerate(kube)],
        "anggota": ["kode_kube,kode_anggota,nama,peran,tanggal_masuk"]
        + [f"{k},A{a:02d},Anggota {a},anggota,2020-01-01" for k in kube for a in range(ANGGOTA_PER_KUBE)],
        "pertemuan": ["kode_kube,kode_pertemuan,tanggal,jenis,laporan_keuangan"]
        + [f"{k},P{p:03d},{_tanggal(p)},rutin,ya" for k in kube for p in range(PERTEMUAN_PER_KUBE)],
        "kehadiran": ["kode_kube,kode_pertemuan,kode_anggota,status"]
        + [
            f"{k},P{p:03d},A{a:02d},{'hadir' if (a + p) % 5 else 'izin'}"
            for k in kube for p in range(PERTEMUAN_PER_KUBE) for a in range(ANGGOTA_PER_KUBE)
        ],
    }  # fmt: skip
    paths = []
    for jenis, baris in teks.items():
        path = folder / f"{jenis}.csv"
        path.write_text("\n".join(baris) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def ke_xlsx(csv: Path) -> Path:
    """The same rows as one workbook with a sheet named after the kind (setup, not measured)."""
    from openpyxl import Workbook

    buku = Workbook(write_only=True)
    ws = buku.create_sheet(csv.stem)
    for baris in csv.read_text(encoding="utf-8").splitlines():
        ws.append(baris.split(","))
    path = csv.with_suffix(".xlsx")
    buku.save(path)
    csv.unlink()
    return path


def _tanggal(p: int) -> str:
    return f"{2021 + p // 12}-{p % 12 + 1:02d}-15"


def _anak(db: Path, paths: list[Path]) -> None:
    from kube_metrics.commands import impor

    dasar_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # libraries loaded, no data yet
    mulai = time.perf_counter()
    kode = impor.run(argparse.Namespace(db=str(db), berkas=[str(p) for p in paths]))
    detik = time.perf_counter() - mulai
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"HASIL {kode} {detik:.3f} {rss_mb:.1f} {dasar_mb:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baris", type=int, default=200_000)
    parser.add_argument("--xlsx", action="store_true", help="kehadiran sebagai .xlsx, bukan CSV")
    parser.add_argument("--anak", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.anak:
        _anak(Path(args.anak[0]), [Path(p) for p in args.anak[1:]])
        return
    with tempfile.TemporaryDirectory() as tmp:
        paths = tulis_batch_besar(Path(tmp) / "batch", args.baris)
        if args.xlsx:
            paths[-1] = ke_xlsx(paths[-1])
        db = Path(tmp) / "bench.duckdb"
        keluaran = subprocess.run(
            [sys.executable, __file__, "--anak", str(db), *map(str, paths)],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        _, kode, detik, rss, dasar = next(b for b in keluaran.splitlines() if b.startswith("HASIL")).split()
    per = args.baris / 100_000
    print(f"baris kehadiran: {args.baris} ({'xlsx' if args.xlsx else 'csv'}), kode keluar: {kode}")
    print(f"waktu: {float(detik):.2f} s total, {float(detik) / per:.2f} s per 100 000 baris")
    tambah = float(rss) - float(dasar)
    print(f"RSS puncak: {float(rss):.0f} MB (pustaka saja {float(dasar):.0f} MB)")
    print(f"tambahan memori impor: {tambah:.0f} MB, {tambah / per:.0f} MB per 100 000 baris")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
