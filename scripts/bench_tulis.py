"""One Catat-sized write, timed: `python scripts/bench_tulis.py DB` (run by benchmark_pages.py).

Every write, a one-row Catat entry as much as a whole import, goes through
kube_metrics.impor.tulis.transaksi, which refreshes the rollups and the stored warnings in the
same transaction. This writes one support visit (kunjungan) for the first group through it, on a
copy of the database, and prints wall and CPU seconds and the process's peak RSS as JSON.
`--memory-limit 4GB` runs it under the demo build's DuckDB memory limit (its last phase, the
rollups and warnings, is this same refresh); without it DuckDB's default applies, as in the app.
`--sebagian` passes the written group to the transaction, as a Catat save does (only its rows
are refreshed, kube_metrics/rollup.py); without it everything is rebuilt, as before.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kube_metrics import db  # noqa: E402
from kube_metrics.impor import tulis  # noqa: E402

SATU_KUNJUNGAN = """
INSERT INTO kunjungan (kode_kube, tanggal, pihak, kegiatan, catatan)
SELECT min(kode_kube), DATE '2025-12-31', 'lainnya', 'lainnya', 'uji tulis benchmark' FROM kelompok
"""


def cpu() -> float:
    pakai = resource.getrusage(resource.RUSAGE_SELF)
    return pakai.ru_utime + pakai.ru_stime


def main() -> None:
    con = db.open_database(sys.argv[1])
    if "--memory-limit" in sys.argv:
        con.execute("SET memory_limit = $batas", {"batas": sys.argv[sys.argv.index("--memory-limit") + 1]})
    try:
        kode = con.execute("SELECT min(kode_kube) FROM kelompok").fetchone()
        kelompok = [str(kode[0])] if kode and "--sebagian" in sys.argv else None
        t0, c0 = time.monotonic(), cpu()
        with tulis.transaksi(con, kelompok=kelompok):
            con.execute(SATU_KUNJUNGAN)
        hasil = {"detik": time.monotonic() - t0, "cpu": cpu() - c0, "sebagian": kelompok is not None}
    finally:
        con.close()
    hasil["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    hasil["beban"] = float(Path("/proc/loadavg").read_text().split()[0])
    print(json.dumps(hasil))


if __name__ == "__main__":
    main()
