"""Value parsers for one cell of an import file (data contract §1, "accepted value forms").

Each parser takes the cell text (already stripped, never empty) and returns the stored value,
or raises `NilaiSalah` whose message is the reason shown to the user, in Bahasa Indonesia.
"""

from __future__ import annotations

import datetime as dt
import re

TEKS_MAKS = 2000
KODE_MAKS = 40
# BIGINT holds far more, but a figure above a quadrillion rupiah is a typo, not a KUBE.
RUPIAH_MAKS = 10**15
TAHUN_MIN = 1900

NAMA_BULAN = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "agust": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12,
}  # fmt: skip

_KODE = re.compile(r"[A-Za-z0-9._-]{1,40}")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_HARI_DULU = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})")
_BULAN_ISO = re.compile(r"(\d{4})-(\d{1,2})")
_BULAN_GARING = re.compile(r"(\d{1,2})/(\d{4})")
_BULAN_NAMA = re.compile(r"([A-Za-z]+)\.?\s+(\d{4})")
_RUPIAH = re.compile(r"(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(,0{1,2})?", re.IGNORECASE)
_YA = {"ya": True, "y": True, "1": True, "true": True, "tidak": False, "t": False, "0": False, "false": False}


class NilaiSalah(ValueError):
    """A cell that does not fit its type; the message is the reason for the user."""


def kode(teks: str) -> str:
    if len(teks) > KODE_MAKS:
        raise NilaiSalah(f"kode terlalu panjang ({len(teks)} karakter, paling banyak {KODE_MAKS})")
    if not _KODE.fullmatch(teks):
        raise NilaiSalah("kode hanya boleh berisi huruf, angka, '-', '_' atau '.', tanpa spasi")
    return teks


def teks_bebas(teks: str) -> str:
    # A leading = + - @ stays plain text: nothing here ever evaluates it.
    if len(teks) > TEKS_MAKS:
        raise NilaiSalah(f"teks terlalu panjang ({len(teks)} karakter, paling banyak {TEKS_MAKS})")
    return teks


def _buat_tanggal(tahun: int, bulan: int, hari: int) -> dt.date:
    if not 1 <= bulan <= 12:
        raise NilaiSalah(f"bulan {bulan} tidak ada; tulis tanggal sebagai TTTT-BB-HH atau HH/BB/TTTT")
    if tahun < TAHUN_MIN:
        raise NilaiSalah(f"tahun {tahun} tidak masuk akal")
    try:
        return dt.date(tahun, bulan, hari)
    except ValueError:
        raise NilaiSalah(f"tanggal {hari} tidak ada di bulan {bulan} tahun {tahun}") from None


def tanggal(teks: str, hari_ini: dt.date) -> dt.date:
    """`2024-03-17`, `17/03/2024`, `17-03-2024` (day first); never after today."""
    if m := _ISO.fullmatch(teks):
        hasil = _buat_tanggal(int(m[1]), int(m[2]), int(m[3]))
    elif m := _HARI_DULU.fullmatch(teks):
        hasil = _buat_tanggal(int(m[3]), int(m[2]), int(m[1]))
    else:
        raise NilaiSalah("bukan tanggal; tulis sebagai TTTT-BB-HH, misalnya 2024-03-17")
    if hasil > hari_ini:
        raise NilaiSalah(f"tanggal {hasil.isoformat()} belum terjadi (sesudah hari ini)")
    return hasil


def bulan(teks: str, hari_ini: dt.date) -> dt.date:
    """`2024-03`, `03/2024`, `Maret 2024` -> the first day of the month; never a future month."""
    if m := _BULAN_ISO.fullmatch(teks):
        tahun, nomor = int(m[1]), int(m[2])
    elif m := _BULAN_GARING.fullmatch(teks):
        tahun, nomor = int(m[2]), int(m[1])
    elif (m := _BULAN_NAMA.fullmatch(teks)) and m[1].lower() in NAMA_BULAN:
        tahun, nomor = int(m[2]), NAMA_BULAN[m[1].lower()]
    else:
        raise NilaiSalah("bukan bulan; tulis sebagai TTTT-BB, misalnya 2024-03")
    if not 1 <= nomor <= 12:
        raise NilaiSalah(f"bulan {nomor} tidak ada (hanya 1 sampai 12)")
    hasil = _buat_tanggal(tahun, nomor, 1)
    if hasil > hari_ini:
        raise NilaiSalah(f"bulan {teks} belum terjadi (sesudah bulan ini)")
    return hasil


def rupiah(teks: str) -> int:
    """`1500000`, `1.500.000`, `Rp 1.500.000`, `Rp1.500.000,00` -> 1500000."""
    if teks.lstrip().startswith("-") or "-" in teks[:4]:
        raise NilaiSalah("jumlah rupiah tidak boleh negatif")
    m = _RUPIAH.fullmatch(teks)
    if not m:
        if re.search(r"juta|ribu|rb|jt|miliar", teks, re.IGNORECASE):
            raise NilaiSalah("tulis jumlah lengkap dengan angka, misalnya 1500000, bukan '1,5 juta'")
        if re.search(r",\d", teks):
            raise NilaiSalah("rupiah harus bulat; hanya ',00' yang boleh di belakang koma")
        raise NilaiSalah("bukan jumlah rupiah; tulis angka bulat, misalnya 1500000 atau Rp1.500.000")
    hasil = int(m[1].replace(".", ""))
    if hasil > RUPIAH_MAKS:
        raise NilaiSalah("jumlah rupiah terlalu besar")
    return hasil


def ya_tidak(teks: str) -> bool:
    """ya/tidak, y/t, 1/0, true/false (any case)."""
    try:
        return _YA[teks.lower()]
    except KeyError:
        raise NilaiSalah("isi dengan 'ya' atau 'tidak'") from None


def pilihan(teks: str, pilihan_sah: tuple[str, ...]) -> str:
    """One of a fixed list, any case; stored in the list's own spelling."""
    for sah in pilihan_sah:
        if teks.lower() == sah.lower():
            return sah
    raise NilaiSalah(f"bukan pilihan yang sah; pilih salah satu: {', '.join(pilihan_sah)}")


def skor(teks: str) -> int:
    """A whole number 1..5 (Excel may hand over '4.0')."""
    bersih = teks[:-2] if teks.endswith(".0") else teks
    if not bersih.isdigit() or not 1 <= int(bersih) <= 5:
        raise NilaiSalah("skor harus bilangan bulat 1 sampai 5")
    return int(bersih)
