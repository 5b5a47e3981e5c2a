"""Per-query process CPU and wall for scripts/profil_halaman.py --sql: a stand-in for the app's
database instance that times every execute()/sql() of its cursors, by SQL file name."""

from __future__ import annotations

import collections
import resource
import time
from typing import Any

from kube_metrics import db

_nama: dict[str, str] = {}
catatan: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0, 0.0])
_load_sql = db.load_sql


def _load(name: str, ganti: Any = None) -> str:
    teks = _load_sql(name, ganti)
    _nama[teks] = name
    return teks


db.load_sql = _load  # db.query looks it up at call time: every metric's SQL gets its name


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _catat(sql: str, mulai: tuple[float, float]) -> None:
    baris = catatan[_nama.get(sql) or " ".join(sql.split())[:40]]
    baris[0] += 1
    baris[1] += cpu() - mulai[0]
    baris[2] += time.perf_counter() - mulai[1]


class _Relasi:
    """con.sql(...) runs lazily: timed where it is read."""

    def __init__(self, rel: Any, sql: str) -> None:
        self._rel, self._sql = rel, sql

    def __getattr__(self, nama: str) -> Any:
        asli = getattr(self._rel, nama)
        if not callable(asli):
            return asli

        def f(*a: Any, **k: Any) -> Any:
            mulai = cpu(), time.perf_counter()
            try:
                return asli(*a, **k)
            finally:
                _catat(self._sql, mulai)

        return f


class Terukur:
    """A connection or cursor whose execute() and sql() are timed."""

    def __init__(self, con: Any) -> None:
        self._con = con

    def cursor(self) -> Terukur:
        return Terukur(self._con.cursor())

    def execute(self, sql: str, *a: Any, **k: Any) -> Any:
        mulai = cpu(), time.perf_counter()
        hasil = self._con.execute(sql, *a, **k)
        _catat(sql, mulai)
        return Terukur(hasil)

    def df(self) -> Any:  # the frame is built after execute: its cost counts with it
        mulai = cpu(), time.perf_counter()
        try:
            return self._con.df()
        finally:
            _catat("(.df())", mulai)

    def sql(self, sql: str, *a: Any, **k: Any) -> Any:
        return _Relasi(self._con.sql(sql, *a, **k), sql)

    def __getattr__(self, nama: str) -> Any:
        return getattr(self._con, nama)


def cetak() -> None:
    for nama, (n, c, w) in sorted(catatan.items(), key=lambda x: -x[1][1]):
        print(f"   {nama:<42} n={n:<3} cpu {c:6.3f}  wall {w:6.3f}")
    catatan.clear()
