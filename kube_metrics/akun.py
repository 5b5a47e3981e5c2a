"""Accounts: adding, listing, disabling, passwords, and signing in with a lockout.

Passwords are kept only as argon2id hashes (argon2-cffi, its RFC 9106 low-memory profile):
slow and salted, with the parameters inside the hash so they can be raised later (a sign-in
rehashes an older hash). Five wrong passwords in a row lock the account for 15 minutes.
Every change and every failed sign-in writes an audit row in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

import duckdb
from argon2 import PasswordHasher, Type, low_level
from argon2.exceptions import InvalidHashError, VerificationError

from kube_metrics import audit, sandi_umum
from kube_metrics.akses import PERAN, Akun
from kube_metrics.db import load_sql

BATAS_GAGAL = 5
LAMA_KUNCI = dt.timedelta(minutes=15)
_HASHER = PasswordHasher()
# Verified when the name is unknown, so an unknown name takes as long as a wrong password.
_HASH_SEMU = _HASHER.hash("bukan-sandi-siapa-pun")


class AkunGalat(ValueError):
    """Bad input for an account (unknown role, area that does not exist...), worded for the user."""


@dataclass(frozen=True)
class HasilMasuk:
    """The outcome of a sign-in: status is ok, salah, terkunci, nonaktif or sandi_contoh (a
    published demo password on a database that holds real data, kube_metrics/sandi_umum.py)."""

    status: str
    akun: Akun | None = None
    terkunci_sampai: dt.datetime | None = None


def hash_sandi(sandi: str) -> str:
    return _HASHER.hash(sandi)


def hash_sandi_contoh(sandi: str, garam: str) -> str:
    """A cheap, reproducible argon2id hash for the demo accounts only, whose passwords are
    printed on the sign-in screen anyway: the same seed must give the same demo database."""
    salt = hashlib.sha256(garam.encode()).digest()[:16]
    raw = low_level.hash_secret(
        sandi.encode(), salt, time_cost=1, memory_cost=8192, parallelism=1, hash_len=32, type=Type.ID
    )
    return raw.decode()


def _cocok(hash_: str, sandi: str) -> bool:
    try:
        return _HASHER.verify(hash_, sandi)
    except (VerificationError, InvalidHashError):
        return False


def _jalankan(con: duckdb.DuckDBPyConnection, nama: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    return con.execute(load_sql(nama), params).fetchall()


def _rekaman(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    kolom = [d[0] for d in cur.description or []]
    return [dict(zip(kolom, row, strict=True)) for row in cur.fetchall()]


def _baris(
    con: duckdb.DuckDBPyConnection, *, nama: str | None = None, email: str | None = None
) -> dict[str, Any] | None:
    rows = _rekaman(con.execute(load_sql("akun_cari"), {"nama": nama, "email": email}))
    return rows[0] if rows else None


def muat(con: duckdb.DuckDBPyConnection, nama: str) -> Akun | None:
    """The active account `nama` with its area, or None (unknown or disabled)."""
    row = _baris(con, nama=nama)
    return _akun(con, row) if row and row["aktif"] else None


def muat_email(con: duckdb.DuckDBPyConnection, email: str) -> Akun | None:
    """The active account whose e-mail is `email` (single sign-on through st.login), or None."""
    row = _baris(con, email=email.strip()) if email and email.strip() else None
    return _akun(con, row) if row and row["aktif"] else None


def _akun(con: duckdb.DuckDBPyConnection, row: dict[str, Any]) -> Akun:
    kota, provinsi, kelompok = con.execute(
        load_sql("akun_area"), {"nama": row["nama"], "peran": row["peran"]}
    ).fetchone() or (None, None, None)
    email = row["email"] if isinstance(row["email"], str) else None
    return Akun(
        row["nama"], row["peran"], tuple(kota or ()), tuple(provinsi or ()), tuple(kelompok or ()), email
    )


def ada_akun(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(_jalankan(con, "akun_ada", {})[0][0])


def daftar(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every account with role, e-mail, state and area (never a password hash)."""
    rows = _rekaman(con.execute(load_sql("akun_daftar")))
    return [{k: v.isoformat() if isinstance(v, dt.datetime) else v for k, v in r.items()} for r in rows]


# --- changes (each one transaction with its audit row) ---------------------------------------


@dataclass(frozen=True)
class Pelaku:
    """Who makes a change and from where, for the audit row."""

    pengguna: str
    asal: str


def _transaksi(con: duckdb.DuckDBPyConnection, langkah: Any) -> Any:
    con.execute("BEGIN TRANSACTION")
    try:
        hasil = langkah()
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return hasil


def tambah(
    con: duckdb.DuckDBPyConnection,
    akun: Akun,
    *,
    sandi: str | None = None,
    hash_: str | None = None,
    pelaku: Pelaku,
) -> None:
    """Add an account (its area as given in `akun`); AkunGalat on bad input, nothing written."""
    if hash_ is None:
        _periksa_sandi(sandi or "")
    _periksa_baru(con, akun)
    hash_final = hash_ or hash_sandi(sandi or "")

    def langkah() -> None:
        params = {"nama": akun.nama, "peran": akun.peran, "email": akun.email, "hash_sandi": hash_final}
        _jalankan(con, "akun_tambah", params | {"waktu": audit.sekarang_utc()})
        for jenis, nilai in (("kota", akun.kota), ("provinsi", akun.provinsi)):
            for n in nilai:
                _jalankan(con, "akun_wilayah_tambah", {"nama": akun.nama, "jenis": jenis, "nilai": n})
        for kode in akun.kelompok:
            _jalankan(con, "akun_kelompok_tambah", {"nama": akun.nama, "kode_kube": kode})
        rincian: dict[str, Any] = {"nama": akun.nama, "peran": akun.peran, "kota": list(akun.kota)}
        rincian |= {"provinsi": list(akun.provinsi), "kelompok": list(akun.kelompok), "email": akun.email}
        audit.catat(
            con, pengguna=pelaku.pengguna, asal=pelaku.asal, aksi="user_add", rincian=rincian, akun=akun.nama
        )

    _transaksi(con, langkah)


def _periksa_sandi(sandi: str) -> None:
    if len(sandi) < 8:
        raise AkunGalat("Kata sandi minimal 8 karakter.")


def _periksa_baru(con: duckdb.DuckDBPyConnection, akun: Akun) -> None:
    if (
        not akun.nama.strip()
        or akun.nama != akun.nama.strip()
        or not akun.nama.isprintable()
        or len(akun.nama) > 64
    ):
        raise AkunGalat("Nama pengguna harus 1–64 karakter yang terlihat, tanpa spasi di awal atau akhir.")
    if akun.peran not in PERAN:
        raise AkunGalat(f"Peran {akun.peran!r} tidak dikenal (pilih {', '.join(PERAN)}).")
    if _baris(con, nama=akun.nama):
        raise AkunGalat(f"Nama pengguna {akun.nama!r} sudah dipakai.")
    if akun.email and _baris(con, email=akun.email):
        raise AkunGalat(f"E-mail {akun.email!r} sudah dipakai akun lain.")
    _periksa_wilayah(con, akun)


def _periksa_wilayah(con: duckdb.DuckDBPyConnection, akun: Akun) -> None:
    if akun.peran in ("admin", "pendamping") and (akun.kota or akun.provinsi):
        raise AkunGalat(f"Peran {akun.peran} tidak memakai --kota/--provinsi.")
    if akun.peran != "pendamping" and akun.kelompok:
        raise AkunGalat("--groups hanya untuk peran pendamping.")
    kota, kelompok = con.execute(
        load_sql("akun_wilayah_hilang"), {"kota": list(akun.kota), "kelompok": list(akun.kelompok)}
    ).fetchone() or (None, None)
    if kota:
        raise AkunGalat(f"Kota tidak ada di data: {', '.join(kota)}.")
    if kelompok:
        raise AkunGalat(f"Kelompok tidak ada di data: {', '.join(kelompok)}.")
    if akun.provinsi:
        _periksa_provinsi(con, akun.provinsi)
    if akun.peran == "pendamping" and not akun.kelompok and not _punya_kelompok(con, akun.nama):
        raise AkunGalat(
            f"Pendamping {akun.nama!r} butuh --groups, atau kelompok yang kolom pendampingnya {akun.nama!r}."
        )


def _periksa_provinsi(con: duckdb.DuckDBPyConnection, provinsi: tuple[str, ...]) -> None:
    try:
        row = con.execute(load_sql("akun_provinsi_hilang"), {"provinsi": list(provinsi)}).fetchone()
    except duckdb.BinderException as exc:
        raise AkunGalat("Data ini belum punya kolom provinsi; pakai --kota.") from exc
    if row and row[0]:
        raise AkunGalat(f"Provinsi tidak ada di data: {', '.join(row[0])}.")


def _punya_kelompok(con: duckdb.DuckDBPyConnection, nama: str) -> bool:
    row = con.execute(load_sql("akun_area"), {"nama": nama, "peran": "pendamping"}).fetchone()
    return bool(row and row[2])


def nonaktifkan(con: duckdb.DuckDBPyConnection, nama: str, *, pelaku: Pelaku) -> None:
    """Disable an account (it can no longer sign in; its sessions end on their next step)."""
    _ubah_akun(con, nama, "akun_aktif", {"aktif": False}, aksi="user_disable", pelaku=pelaku)


def ganti_sandi(con: duckdb.DuckDBPyConnection, nama: str, sandi: str, *, pelaku: Pelaku) -> None:
    """Set a new password (and lift a lock). The audit row never holds the password."""
    _periksa_sandi(sandi)
    baru = hash_sandi(sandi)
    _ubah_akun(con, nama, "akun_sandi", {"hash_sandi": baru}, aksi="user_password", pelaku=pelaku)


def _ubah_akun(
    con: duckdb.DuckDBPyConnection, nama: str, sql: str, nilai: dict, *, aksi: str, pelaku: Pelaku
) -> None:
    """One change to an existing account and its audit row (only the name), in one transaction."""

    def langkah() -> None:
        if not _jalankan(con, sql, {"nama": nama, **nilai}):
            raise AkunGalat(f"Akun {nama!r} tidak ada.")
        rincian = {"nama": nama}
        audit.catat(con, pengguna=pelaku.pengguna, asal=pelaku.asal, aksi=aksi, rincian=rincian, akun=nama)

    _transaksi(con, langkah)


# --- signing in -------------------------------------------------------------------------------


def masuk(con: duckdb.DuckDBPyConnection, nama: str, sandi: str, *, asal: str) -> HasilMasuk:
    """Check a name and password. Failures are audited; the fifth in a row locks the account."""
    row = _baris(con, nama=nama) if nama else None
    if row is None:
        _cocok(_HASH_SEMU, sandi)  # same time as a wrong password: names cannot be probed
        return _gagal(con, nama, asal, "salah", {"alasan": "nama_tidak_dikenal"})
    if not row["aktif"]:
        return _gagal(con, nama, asal, "nonaktif", {"alasan": "akun_nonaktif"})
    kunci = row["terkunci_sampai"]
    if kunci is not None and kunci > audit.sekarang_utc():
        return _gagal(con, nama, asal, "terkunci", {"alasan": "terkunci"}, kunci)
    if not _cocok(row["hash_sandi"], sandi):
        return _sandi_salah(con, nama, asal)
    if sandi_umum.sandi_terbuka(nama, sandi) and not sandi_umum.data_contoh_saja(con):
        return _gagal(con, nama, asal, "sandi_contoh", {"alasan": "sandi_contoh_pada_data_nyata"})
    return _berhasil(con, row, sandi, asal)


def _gagal(
    con: duckdb.DuckDBPyConnection,
    nama: str,
    asal: str,
    status: str,
    rincian: dict[str, Any],
    kunci: dt.datetime | None = None,
) -> HasilMasuk:
    # an unknown name concerns no account: only accounts over the whole database read the row
    dikenal = nama if rincian.get("alasan") != "nama_tidak_dikenal" else None
    audit.catat_sendiri(
        con, pengguna=nama or "?", asal=asal, aksi="login_failed", rincian=rincian, akun=dikenal
    )
    return HasilMasuk(status, terkunci_sampai=kunci)


def _sandi_salah(con: duckdb.DuckDBPyConnection, nama: str, asal: str) -> HasilMasuk:
    sampai = audit.sekarang_utc() + LAMA_KUNCI

    def langkah() -> bool:
        gagal = _jalankan(con, "akun_gagal", {"nama": nama})[0][0]
        terkunci = gagal >= BATAS_GAGAL
        rincian = {"alasan": "sandi_salah", "gagal_beruntun": gagal}
        audit.catat(con, pengguna=nama, asal=asal, aksi="login_failed", rincian=rincian, akun=nama)
        if terkunci:
            _jalankan(con, "akun_kunci", {"nama": nama, "sampai": sampai})
            rincian_kunci = {"sampai": sampai}
            audit.catat(con, pengguna=nama, asal=asal, aksi="user_locked", rincian=rincian_kunci, akun=nama)
        return bool(terkunci)

    terkunci = _transaksi(con, langkah)
    return HasilMasuk("terkunci", terkunci_sampai=sampai) if terkunci else HasilMasuk("salah")


def _berhasil(con: duckdb.DuckDBPyConnection, row: dict[str, Any], sandi: str, asal: str) -> HasilMasuk:
    nama = row["nama"]

    def langkah() -> None:
        _jalankan(con, "akun_berhasil", {"nama": nama})
        if _HASHER.check_needs_rehash(row["hash_sandi"]):  # e.g. a cheap demo hash, or older parameters
            _jalankan(con, "akun_sandi", {"nama": nama, "hash_sandi": hash_sandi(sandi)})
        audit.catat(con, pengguna=nama, asal=asal, aksi="login", rincian={}, akun=nama)

    _transaksi(con, langkah)
    return HasilMasuk("ok", akun=muat(con, nama))
