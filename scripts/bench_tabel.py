"""The one table scripts/benchmark_pages.py prints (Markdown, so docs/performance.md can quote it).

Per scale, page and kind of view: the median over the runs (and the range) of server CPU
seconds and wall seconds, MB received over the websocket and over HTTP, the server's RSS after
the view, and the 1-minute load average when the view ended. Then the peak RSS of one person
and of three at once, the pandas baseline and its ratios, provinsi ÷ kota per page, and at
nasional which of the issue's targets each figure meets.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any

KEPALA = "| skala | halaman | tampilan | CPU server s | wall s | MB websocket | MB HTTP | RSS MB | beban |"


def _sel(nilai: list[float], fmt: str = "{:.2f}") -> str:
    """'median (min–max)' of the runs, or the one value."""
    m = fmt.format(statistics.median(nilai))
    if len(nilai) == 1:
        return m
    return f"{m} ({fmt.format(min(nilai))}–{fmt.format(max(nilai))})"


def _nilai(skala: dict[str, Any], halaman: str, jenis: str, kunci: str) -> list[float]:
    return [p[halaman][jenis][kunci] for p in skala["putaran"]]


def _baris_tampilan(nama: str, skala: dict[str, Any], halaman: str, jenis: str) -> str:
    n = lambda k: _nilai(skala, halaman, jenis, k)  # noqa: E731
    mb = lambda k: [v / 1e6 for v in n(k)]  # noqa: E731
    return (
        f"| {nama} | {halaman} | {jenis} | {_sel(n('cpu'))} | {_sel(n('wall'))} | {_sel(mb('ws'))} "
        f"| {_sel(mb('http'))} | {_sel(n('rss'), '{:.0f}')} | {_sel(n('beban'), '{:.1f}')} |"
    )


def _baris_lain(nama: str, skala: dict[str, Any]) -> list[str]:
    rss = [p["_puncak_rss"] for p in skala["putaran"]]
    baris = [f"| {nama} | 1 orang, semua halaman | puncak RSS | | | | | {_sel(rss, '{:.0f}')} | |"]
    if "tiga" in skala:
        t = skala["tiga"]
        cpu = sum(s["cpu"] for s in t["langkah"])
        wall = max(s["wall"] for s in t["langkah"])
        baris.append(
            f"| {nama} | 3 orang sekaligus | puncak RSS | {cpu:.1f} (jumlah) | "
            f"{wall:.2f} (terlama) | | | {t['rss_puncak']:.0f} | {t['beban']:.1f} |"
        )
    if "pandas" in skala:
        baris += _baris_pandas(nama, skala["pandas"])
    if "tulis" in skala and "gagal" not in skala["tulis"]:
        w = skala["tulis"]
        baris.append(
            f"| {nama} | satu tulisan (Catat) | transaksi | {w['cpu']:.2f} | {w['detik']:.2f} | | "
            f"| {w['rss_mb']:.0f} | {w['beban']:.1f} |"
        )
    return baris


def _baris_pandas(nama: str, b: dict[str, Any]) -> list[str]:
    baris = []
    for cara, label in (("kami", "Ringkasan + peringatan, cara kami"), ("pandas", "cara pandas + groupby")):
        h = b[cara]
        if "gagal" in h:
            isi = f"gagal: {h['gagal']} | | {h['detik']:.1f} | | | "
        else:
            isi = f"proses | {h.get('cpu', float('nan')):.2f} | {h['detik']:.2f} | | | {h['rss_mb']:.0f}"
        baris.append(f"| {nama} | {label} | {isi} | {h['beban']:.1f} |")
    if "rasio_waktu" in b:
        cpu = f"{b['rasio_cpu']:.1f}×" if "rasio_cpu" in b else ""
        rasio = f"{b['rasio_waktu']:.1f}× | | | {b['rasio_memori']:.1f}×"
        baris.append(f"| {nama} | pandas ÷ kami | rasio | {cpu} | {rasio} | |")
    if "sama" in b:
        kata = "angka sama" if b["sama"] else "angka BEDA: " + ", ".join(b["beda"])
        baris.append(f"| {nama} | pandas vs kami | {kata} | | | | | | |")
    return baris


def _baris_rasio(semua: dict[str, Any], halaman: Sequence[str], jenis: Sequence[str]) -> list[str]:
    """provinsi ÷ kota of the median server CPU and wall, per page and kind (target <= 1.5×)."""
    baris = []
    for h in halaman:
        for j in jenis:
            r = {
                k: statistics.median(_nilai(semua["provinsi"], h, j, k))
                / max(1e-9, statistics.median(_nilai(semua["kota"], h, j, k)))
                for k in ("cpu", "wall")
            }
            baris.append(f"| provinsi ÷ kota | {h} | {j} | {r['cpu']:.2f}× | {r['wall']:.2f}× | | | | |")
    return baris


def target(semua: dict[str, Any], halaman: Sequence[str], jenis: Sequence[str]) -> list[str]:
    """At nasional: each page and kind against the issue's targets, in words."""
    skala = semua["nasional"]
    baris = ["", "Target nasional (median): CPU, wall < 1 dtk tersimpan, < 3 dtk dingin/saringan; < 2 MB"]
    for h in halaman:
        for j in jenis:
            batas = 1.0 if j == "cached" else 3.0
            cpu, wall = (statistics.median(_nilai(skala, h, j, k)) for k in ("cpu", "wall"))
            pasang = zip(_nilai(skala, h, j, "ws"), _nilai(skala, h, j, "http"), strict=True)
            mb = statistics.median(a + b for a, b in pasang) / 1e6
            ok = [("CPU", cpu < batas), ("wall", wall < batas), ("MB", mb < 2)]
            kata = ", ".join(f"{k} {'ya' if v else 'TIDAK'}" for k, v in ok)
            baris.append(f"  {h:<16}{j:<7} {kata}")
    if "tiga" in skala:
        rss = skala["tiga"]["rss_puncak"]
        baris.append(f"  3 orang: puncak RSS {rss:.0f} MB < 2048: {'ya' if rss < 2048 else 'TIDAK'}")
    return baris


def tabel(semua: dict[str, Any], skala: Sequence[str], halaman: Sequence[str], jenis: Sequence[str]) -> str:
    baris = [f"beban awal: {semua.get('beban_awal', '')}; akhir: {semua.get('beban_akhir', '')}", "", KEPALA]
    baris.append("|---" * (KEPALA.count("|") - 1) + "|")
    for nama in skala:
        for h in halaman:
            for j in jenis:
                baris.append(_baris_tampilan(nama, semua[nama], h, j))
        baris += _baris_lain(nama, semua[nama])
    if "kota" in semua and "provinsi" in semua:
        baris += _baris_rasio(semua, halaman, jenis)
    if "nasional" in semua:
        baris += target(semua, halaman, jenis)
    return "\n".join(baris)
