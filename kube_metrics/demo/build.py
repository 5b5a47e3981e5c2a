"""Build the seeded synthetic demo database with set-based SQL inside DuckDB.

Every scale runs the same SQL files (kube_metrics/demo/NN_*.sql); the scale only sets how many
groups there are and how many meetings a month they may hold. Randomness is a hash of the seed
and each row's key (the `acak` macro), never random(), so the same seed gives the same database.
The build writes a temporary file next to the target and moves it into place only when complete.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from kube_metrics import db
from kube_metrics.demo import akun_contoh
from kube_metrics.impor.kolom import JENIS
from kube_metrics.rollup import refresh_rollups

Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class Skala:
    jumlah: int  # groups
    maks_pertemuan: int  # meetings a month at most (keeps nasional attendance rows feasible)
    survei: float  # share of the profile's surveyed groups kept (survey rows grow fastest)


SKALA = {
    "demo": Skala(40, 4, 1.0),
    "kota": Skala(400, 4, 1.0),  # Kota Yogyakarta has about 384 KUBE
    "provinsi": Skala(5_000, 3, 0.5),
    "nasional": Skala(100_000, 1, 0.1),
}

# Attendance is written this many groups per statement: bounded memory and a moving progress bar.
KELOMPOK_PER_BAGIAN = 10_000
# DuckDB's default memory limit is 80 % of the machine's RAM, and the nasional build took 8.7 GB
# of a machine several people share (the rollups' joins and aggregates over 61.7 M attendance
# rows). Under this limit those spill to disk beside the file instead; the rows written are the
# same. Attendance's primary-key index (the largest part that must stay in memory) fits.
MEMORI_BUILD = "4GB"

# (file stem, step name shown to the user, share of the build's CPU time as measured at scale
# nasional: 391 s CPU in all on 1 December 2026, after the cheaper rollups)
LANGKAH = (
    ("00_parameter", "parameter", 0.0),
    ("01_kelompok", "kelompok", 0.003),
    ("02_anggota", "anggota", 0.008),
    ("03_bulan", "bulan", 0.01),
    ("04_keuangan", "keuangan", 0.063),
    ("05_pertemuan", "pertemuan", 0.07),
    ("06_kehadiran", "kehadiran", 0.505),
    ("07_kunjungan", "kunjungan", 0.059),
    ("08_hambatan", "hambatan", 0.027),
    ("09_jaringan", "jaringan", 0.002),
    ("10_kesepakatan", "kesepakatan", 0.006),
    ("11_survei", "survei", 0.016),
    ("13_pemeriksaan", "pemeriksaan", 0.0),
    ("12_info", "info", 0.0),
)
# The rollup refresh at the end takes the remaining share (about 0.23), reported per table and,
# for rollup_pertemuan, per range of groups (kube_metrics/rollup.py).

_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_AKHIR_PERNYATAAN = re.compile(r";[ \t]*(?:\n|$)")
_KOMENTAR = re.compile(r"--[^\n]*")


def build_demo(
    path: str | os.PathLike[str],
    *,
    seed: int = 2021,
    scale: str = "demo",
    progress: Progress | None = None,
) -> None:
    """(Re)build the demo database at `path`; `progress(step, fraction_done)` is called per step.

    Raises ValueError for an unknown scale and db.DatabaseLockedError when another process holds
    the target. A failed or interrupted build leaves the target untouched.
    """
    if scale not in SKALA:
        raise ValueError(f"Skala tidak dikenal: {scale!r} (pilih {', '.join(SKALA)}).")
    target = Path(path)
    _pastikan_tidak_terkunci(target)
    _hapus_sisa_build_mati(target)
    sementara = target.with_name(f".{target.name}.demo-{os.getpid()}.tmp")
    _hapus(sementara)  # a leftover of an earlier process with our pid: never build on top of it
    _hapus(Path(f"{sementara}.wal"))
    try:
        _bangun(sementara, seed, scale, progress or _diam)
        _hapus(Path(f"{target}.wal"))  # a stale WAL of the old file must not replay onto the new one
        os.replace(sementara, target)
    except BaseException:
        _hapus(sementara)
        raise
    finally:
        _hapus(Path(f"{sementara}.wal"))


def _diam(step: str, fraction: float) -> None:
    """Default progress callback: says nothing."""


def _pastikan_tidak_terkunci(target: Path) -> None:
    """Opening the target is the only reliable lock test; os.replace would not notice the lock."""
    if not target.exists():
        return
    try:
        db.open_database(target).close()
    except db.DatabaseLockedError:
        raise
    except db.DatabaseError:
        pass  # an unreadable old file is simply replaced


def _hapus(path: Path) -> None:
    path.unlink(missing_ok=True)


def _hapus_sisa_build_mati(target: Path) -> None:
    """Temporary files of builds that were killed (their process is gone) only take disk space."""
    for sisa in target.parent.glob(f".{target.name}.demo-*.tmp*"):
        pid = sisa.name.split(".demo-")[1].split(".")[0]
        if pid.isdigit() and not _proses_hidup(int(pid)):
            _hapus(sisa)


def _proses_hidup(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _bangun(path: Path, seed: int, scale: str, progress: Progress) -> None:
    skala = SKALA[scale]
    params = {
        "seed": seed,
        "skala": scale,
        "jumlah": skala.jumlah,
        "maks_pertemuan": skala.maks_pertemuan,
        "survei_faktor": skala.survei,
    }
    con = db.open_database(path)
    try:
        con.execute("SET preserve_insertion_order = false")  # lower memory for the big inserts
        con.execute("SET memory_limit = $batas", {"batas": MEMORI_BUILD})
        # The build reports its own progress; DuckDB's bar would write over it, on stdout.
        con.execute("SET enable_progress_bar = false")
        selesai = 0.0
        tandai_contoh(con, True)  # every generated row is a demo row (migration 0010)
        for stem, nama, bagian in LANGKAH:
            if stem == "06_kehadiran":  # reports its own progress, chunk by chunk
                _kehadiran_per_bagian(con, params, skala.jumlah, progress, selesai, bagian)
            else:
                jalankan_berkas(con, stem, params)
                progress(nama, selesai + bagian)
            selesai += bagian
        tandai_contoh(con, False)  # what is imported or entered later is not
        akun_contoh.pasang(con, seed)
        progress("ringkasan dimulai", selesai)

        def lapor_ringkasan(tabel: str, bagian: float) -> None:
            progress(f"ringkasan {tabel}", selesai + (1.0 - selesai) * bagian)

        refresh_rollups(con, progress=lapor_ringkasan)
    finally:
        con.close()


def tandai_contoh(con: duckdb.DuckDBPyConnection, contoh: bool) -> None:
    """Make `contoh` the default of every data table's demo marker. The generator's INSERTs name
    their columns, so the default marks them without touching its SQL or costing a pass."""
    for tabel in JENIS:  # table names from the fixed specs
        con.execute(f"ALTER TABLE {tabel} ALTER COLUMN contoh SET DEFAULT {'TRUE' if contoh else 'FALSE'}")


def _kehadiran_per_bagian(
    con: duckdb.DuckDBPyConnection,
    params: dict[str, Any],
    jumlah: int,
    progress: Progress,
    selesai: float,
    bagian: float,
) -> None:
    for dari in range(0, jumlah, KELOMPOK_PER_BAGIAN):
        sampai = min(jumlah, dari + KELOMPOK_PER_BAGIAN)
        jalankan_berkas(con, "06_kehadiran", {**params, "dari": dari, "sampai": sampai})
        progress("kehadiran", selesai + bagian * sampai / jumlah)


def jalankan_berkas(con: duckdb.DuckDBPyConnection, stem: str, params: dict[str, Any]) -> None:
    """Run every statement of demo/<stem>.sql, binding only the $params that statement uses."""
    teks = (resources.files("kube_metrics.demo") / f"{stem}.sql").read_text(encoding="utf-8")
    # Statements end with ";" at a line end; comments are dropped (DuckDB rejects unused params,
    # so a $name mentioned in a comment must not count). The demo SQL has no "--" or ";\n" in strings.
    for pernyataan in _AKHIR_PERNYATAAN.split(_KOMENTAR.sub("", teks)):
        if not pernyataan.strip():
            continue
        dipakai = {nama: params[nama] for nama in set(_PARAM.findall(pernyataan))}
        con.execute(pernyataan, dipakai)
