"""Backup and restore of the database file (`backup --out FILE`, `restore FILE`).

The dashboard holds the file open for writing, so a second process cannot open it. A backup
therefore copies the bytes (the file and its .wal), and a copy is only kept once it proves to be
consistent: the file did not change while it was copied, and the copy opens, replays its WAL and
reads every row of every table (DuckDB checks each block's checksum). Otherwise it tries again.

A restore checks the backup the same way first, refuses while another process uses the target,
keeps the file it replaces as <name>.sebelum_restore, and puts the backup in place atomically.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from kube_metrics import db

COBA = 5  # copies tried while the file keeps changing


@dataclass(frozen=True)
class Ringkasan:
    tabel: int
    baris: int
    versi: int


def _jejak(path: Path) -> tuple[tuple[int, int], ...]:
    """Size and mtime of the file and its WAL: equal before and after = nothing changed meanwhile."""
    hasil = []
    for p in (path, Path(f"{path}.wal")):
        try:
            s = p.stat()
            hasil.append((s.st_size, s.st_mtime_ns))
        except FileNotFoundError:
            hasil.append((-1, 0))
    return tuple(hasil)


def periksa(path: Path) -> Ringkasan:
    """Open `path` (replaying and folding in its WAL) and read every row of every table.

    Raises duckdb.Error when the copy is not whole (the caller names the real file)."""
    con = duckdb.connect(str(path), config={"autoload_known_extensions": False})
    try:
        con.execute("CHECKPOINT")
        tabel = [r[0] for r in con.execute(db.load_sql("cadangan_tabel")).fetchall()]
        baris = 0
        for t in tabel:  # names from the database's own catalogue, quoted
            row = con.execute(f'SELECT count(*), sum(hash(t)) FROM "{t}" t').fetchone()
            baris += int(row[0]) if row else 0
        row = con.execute("SELECT coalesce(max(versi), 0) FROM schema_version").fetchone()
        return Ringkasan(len(tabel), baris, int(row[0]) if row else 0)
    finally:
        con.close()


def _salin(asal: Path, tujuan: Path) -> bool:
    """Copy file and WAL into `tujuan` (+ .wal); False when the source changed meanwhile."""
    sebelum = _jejak(asal)
    shutil.copyfile(asal, tujuan)
    wal = Path(f"{asal}.wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{tujuan}.wal"))
    return _jejak(asal) == sebelum


def cadangkan(asal: Path, tujuan: Path) -> Ringkasan:
    """A verified copy of `asal` at `tujuan` (one file, WAL folded in), even while the app runs."""
    if not asal.exists():
        raise db.DatabaseError(f"Basis data {asal} tidak ditemukan.")
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    galat: duckdb.Error | None = None
    for i in range(COBA):
        with tempfile.TemporaryDirectory(dir=tujuan.parent) as folder:
            sementara = Path(folder) / "cadangan.duckdb"
            if not _salin(asal, sementara):
                time.sleep(0.2 * (i + 1))
                continue
            try:
                hasil = periksa(sementara)
            except duckdb.Error as exc:
                galat = exc  # caught mid-write, or the source itself is damaged: try again
                time.sleep(0.2 * (i + 1))
                continue
            os.replace(sementara, tujuan)
            return hasil
    if galat is not None:
        raise db.BasisDataRusak(
            f"Cadangan tidak dapat dibuat: basis data {asal} rusak (salinannya tidak utuh: "
            f"{db.ringkas(galat)}). Tidak ada yang diubah. Pulihkan dari cadangan yang lebih lama: "
            f"`python -m kube_metrics restore CADANGAN.duckdb --db {asal}`."
        )
    raise db.DatabaseError(f"Cadangan tidak dapat dibuat: {asal} terus berubah selama disalin. Coba lagi.")


def pulihkan(cadangan: Path, tujuan: Path) -> Ringkasan:
    """Put a verified backup in place of `tujuan`; the replaced file is kept beside it."""
    if not cadangan.exists():
        raise db.DatabaseError(f"Cadangan {cadangan} tidak ditemukan.")
    with tempfile.TemporaryDirectory(dir=tujuan.parent if tujuan.parent.exists() else None) as folder:
        sementara = Path(folder) / "pulih.duckdb"
        shutil.copyfile(cadangan, sementara)
        if Path(f"{cadangan}.wal").exists():
            shutil.copyfile(Path(f"{cadangan}.wal"), Path(f"{sementara}.wal"))
        try:
            hasil = periksa(sementara)
        except duckdb.Error as exc:
            raise db.BasisDataRusak(
                f"Cadangan {cadangan} rusak atau tidak utuh ({db.ringkas(exc)}); tidak ada yang diubah "
                "pada basis data. Pakai cadangan lain."
            ) from exc
        _tolak_lebih_baru(cadangan, hasil.versi)
        _pastikan_tidak_dipakai(tujuan)
        tujuan.parent.mkdir(parents=True, exist_ok=True)
        if tujuan.exists():
            os.replace(tujuan, Path(f"{tujuan}.sebelum_restore"))
        Path(f"{tujuan}.wal").unlink(missing_ok=True)
        shutil.move(sementara, tujuan)
    return hasil


def _tolak_lebih_baru(cadangan: Path, versi: int) -> None:
    dikenal = db.versi_terbaru()
    if versi > dikenal:
        raise db.BasisDataLebihBaru(
            f"Cadangan {cadangan} dibuat oleh Pantau KUBE yang lebih baru (skema versi {versi}; versi ini "
            f"hanya mengenal sampai {dikenal}). Perbarui Pantau KUBE; tidak ada yang diubah."
        )


def _pastikan_tidak_dipakai(tujuan: Path) -> None:
    """The dashboard or an import holding the target would be cut off mid-work: refuse."""
    if not tujuan.exists():
        return
    try:
        duckdb.connect(str(tujuan), config={"autoload_known_extensions": False}).close()
    except duckdb.Error as exc:
        galat = db.galat_basis_data(exc, tujuan)
        if isinstance(galat, db.DatabaseLockedError):
            raise db.DatabaseLockedError(
                f"Basis data {tujuan} sedang dipakai (dasbor atau impor). Hentikan dasbor dulu, lalu "
                "jalankan restore lagi; tidak ada yang diubah."
            ) from exc
        # a damaged target is exactly what a restore is for
