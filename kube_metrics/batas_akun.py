"""The one place where an account's area narrows what it reads (docs/access.md, "Areas").

`pasang(cur, akun)` shadows, on that cursor only, every data table that has a kode_kube column
with a TEMP VIEW of the same name holding only what the account may see. DuckDB resolves the
temp schema first, and table macros bind their tables when called, so every query on the
cursor (the shared macros kelompok_terpilih and kelompok_sebaya, filter lists, downloads,
exports, reports) sees the narrowed data without knowing it. A cursor is a connection of its
own: other sessions' cursors are untouched, and a cursor without `pasang` sees everything.

- admin, and a dinas without kota/provinsi: nothing is shadowed.
- dinas with kota/provinsi: only the groups of its area.
- pendamping: its own groups in full; the other groups of the kota its groups are in only as
  anonymised peers: code and name become "KUBE A", "KUBE B" ..., and member names and free text
  (notes, obstacle descriptions, agreements, partner names, survey respondents) are hidden.
- tamu: its area (or everything), never a member name or free text.
- the audit trail and the import history: only the rows of the area (sql/batas_jejak.sql).

The views are read-only: writes (import, entry) take a cursor without `pasang`, after the
permission check (`boleh_tulis`).
"""

from __future__ import annotations

import duckdb

from kube_metrics.akses import Akun
from kube_metrics.db import load_sql

DISEMBUNYIKAN = "(disembunyikan)"
# Columns that hold a person's name or text somebody typed: hidden for tamu, and for a
# pendamping outside its own groups. anggota.nama becomes "Anggota <kode_anggota>".
TEKS_BEBAS = {
    "anggota": ("nama",),
    "kunjungan": ("catatan",),
    "hambatan": ("uraian",),
    "jaringan": ("mitra",),
    "kesepakatan": ("isi",),
    "survei": ("responden",),
}
# Not group data: accounts, and the trail's own tables (narrowed by `_jejak` instead).
_BUKAN_DATA = (
    "akun",
    "akun_wilayah",
    "akun_kelompok",
    "audit",
    "riwayat_impor",
    "audit_kelompok",
    "riwayat_impor_kelompok",
)
_PETA = "_akses_peta"


def dibatasi(akun: Akun | None) -> bool:
    """Whether `akun` reads narrowed or redacted data (None: the machine's operator, no)."""
    return akun is not None and (not akun.seluruh_wilayah or not akun.lihat_teks_bebas)


def pasang(cur: duckdb.DuckDBPyConnection, akun: Akun | None, *, hanya_penuh: bool = False) -> None:
    """Narrow this cursor to what `akun` may see (nothing to do for full access).

    hanya_penuh: only the groups seen in full (a pendamping's export holds no anonymised peer)."""
    if not dibatasi(akun):
        return
    assert akun is not None
    _peta(cur, akun, hanya_penuh)
    basis = cur.execute("SELECT current_database()").fetchone()
    nama_db = str(basis[0]) if basis else "main"
    semua = _kolom(cur)
    for tabel, kolom in _tabel_data(semua):
        cur.execute(_view(nama_db, tabel, kolom, akun))
    _jejak(cur, nama_db, {t for t, _ in semua})


def _jejak(cur: duckdb.DuckDBPyConnection, nama_db: str, ada: set[str]) -> None:
    """The audit trail and the import history narrowed to the area (sql/batas_jejak.sql).

    A database from before schema 7 does not say which area a row concerns: then none is read."""
    if not {"audit", "riwayat_impor"} <= ada:
        return
    if {"audit_kelompok", "riwayat_impor_kelompok"} <= ada:
        for nama in ("batas_akun_wilayah", "batas_jejak"):
            cur.execute(load_sql(nama).replace("_DB_", _q(nama_db)))
        return
    for tabel in ("audit", "riwayat_impor"):
        cur.execute(
            f"CREATE OR REPLACE TEMP VIEW {tabel} AS SELECT * FROM {_q(nama_db)}.main.{tabel} WHERE false"
        )


def _peta(cur: duckdb.DuckDBPyConnection, akun: Akun, hanya_penuh: bool) -> None:
    """Temp table: every visible group, its shown code and name, and whether it is in full."""
    params = {
        "hanya_penuh": hanya_penuh,
        "peran": akun.peran,
        "kota": list(akun.kota),
        "provinsi": list(akun.provinsi),
        "kelompok": list(akun.kelompok),
        "ada_provinsi": _ada_provinsi(cur),
    }
    cur.execute(f"CREATE OR REPLACE TEMP TABLE {_PETA} AS " + load_sql("wilayah_peta"), params)
    # who reads: its own audit rows and import attempts are always its own (sql/batas_jejak.sql)
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE _akses_diri AS SELECT $nama::VARCHAR AS nama", {"nama": akun.nama}
    )


def _ada_provinsi(cur: duckdb.DuckDBPyConnection) -> bool:
    return any(k == "provinsi" for _, k in _kolom(cur, "kelompok"))


def _kolom(cur: duckdb.DuckDBPyConnection, tabel: str | None = None) -> list[tuple[str, str]]:
    rows = cur.execute(load_sql("wilayah_kolom"), {"tabel": tabel}).fetchall()
    return [(str(t), str(k)) for t, k in rows]


def _tabel_data(semua: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """(table, its columns) for every main table that has a kode_kube column."""
    per_tabel: dict[str, list[str]] = {}
    for tabel, kolom in semua:
        per_tabel.setdefault(tabel, []).append(kolom)
    return [(t, k) for t, k in per_tabel.items() if "kode_kube" in k and t not in _BUKAN_DATA]


def _view(nama_db: str, tabel: str, kolom: list[str], akun: Akun) -> str:
    """CREATE TEMP VIEW <tabel>: the visible rows, the shown code, hidden names and texts.

    Identifiers come from the catalogue (information_schema), quoted; no value is formatted in."""
    ganti = ["p.kode AS kode_kube"]
    if tabel == "kelompok":
        ganti.append("p.nama AS nama")
    for k in TEKS_BEBAS.get(tabel, ()):
        if k in kolom:
            ganti.append(f"{_sembunyi(tabel, k, akun)} AS {_q(k)}")
    sumber = f"{_q(nama_db)}.main.{_q(tabel)}"
    return (
        f"CREATE OR REPLACE TEMP VIEW {_q(tabel)} AS SELECT t.* REPLACE ({', '.join(ganti)}) "
        f"FROM {sumber} t JOIN {_PETA} p ON t.kode_kube = p.kode_asli"
    )


def _sembunyi(tabel: str, kolom: str, akun: Akun) -> str:
    """The SQL expression shown instead of a name or free text (kept for groups seen in full)."""
    pengganti = "'Anggota ' || t.kode_anggota" if tabel == "anggota" else f"'{DISEMBUNYIKAN}'"
    if not akun.lihat_teks_bebas:
        return pengganti
    return f"CASE WHEN p.penuh THEN t.{_q(kolom)} ELSE {pengganti} END"


def _q(nama: str) -> str:
    return '"' + nama.replace('"', '""') + '"'


def terlihat_penuh(cur: duckdb.DuckDBPyConnection, akun: Akun | None, kode_kube: str) -> bool:
    """Whether this cursor (after `pasang(cur, akun)`) shows group `kode_kube` in full."""
    if not dibatasi(akun):
        return True
    row = cur.execute(
        f"SELECT count(*) FROM {_PETA} WHERE kode_asli = $k AND penuh", {"k": kode_kube}
    ).fetchone()
    return bool(row and row[0])
