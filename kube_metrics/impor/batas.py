"""Limits checked before a file is expanded, so a small hostile file cannot exhaust the machine.

- size of the file itself (BATAS_MB, the same figure the upload widget uses);
- an .xlsx is a zip: the uncompressed size of its parts, from the zip directory and then by
  streaming every worksheet once (a directory may lie) while counting its rows, all before the
  workbook is parsed;
- columns per file (read from the header line alone) and rows per kind;
- error lines in one report (MAKS_GALAT; a rule that fails on every row stops listing early).

Each check returns the reason in Bahasa Indonesia, or None.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterator
from typing import IO

from kube_metrics.impor.kolom import JENIS

BATAS_MB = 50
BATAS_UKURAN = BATAS_MB * 1024 * 1024  # bytes per file; bigger uploads are refused before reading
# What the server accepts per uploaded file (server.maxUploadSize, enforced while the request
# streams in) and the uploader lets through: twice the import limit. A file between the two is
# uploaded (held in memory, still bounded) and refused by the checks here in Bahasa Indonesia,
# naming the file, its size and the limit. Only a file over this bound meets Streamlit's own
# refusal, which its frontend writes in English («File must be 100.0MB or smaller.») with no
# public way to translate it; CSS shows the catalogue's words in its place (ui/layout.py
# GAYA_GALAT_UNGGAH, tangguh.unggah_ditolak).
BATAS_UNGGAH_MB = 2 * BATAS_MB
BATAS_TERURAI_MB = 100  # uncompressed parts of one workbook
MAKS_KOLOM = 200  # the widest kind has 12 columns; a header is read before anything else
MAKS_BARIS = 500_000  # data rows per kind in one batch (a 200 000-row attendance file is fine)
MAKS_GALAT = 1000  # error lines in one report; one more line says how many were left out
_POTONG = 1024 * 1024
_LEMBAR = re.compile(rb'<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"')
_REL2 = re.compile(rb'<Relationship\b[^>]*?Target="([^"]*)"[^>]*?Id="([^"]*)"')


def _mb(n: int) -> str:
    # one decimal rounded up, Indonesian comma: a file just over the limit reads "50,1 MB", never
    # "50 MB; paling besar 50 MB"
    return f"{math.ceil(n * 10 / 1024 / 1024) / 10:.1f} MB".replace(".", ",")


def ukuran_berkas(ukuran: int) -> str | None:
    if ukuran > BATAS_UKURAN:
        return (
            f"berkas terlalu besar ({_mb(ukuran)}; paling besar {BATAS_MB} MB): pecah menjadi beberapa berkas"
        )
    return None


def kolom_csv(jumlah: int, terpotong: bool = False) -> str | None:
    """`terpotong`: the header line did not end within the part read, so `jumlah` is a minimum."""
    if jumlah > MAKS_KOLOM:
        n = f"lebih dari {jumlah}" if terpotong else str(jumlah)
        return (
            f"terlalu banyak kolom ({n}; paling banyak {MAKS_KOLOM}): baris pertama harus berisi "
            "nama kolom templat; periksa pemisah , atau ;"
        )
    return None


def baris(jumlah: int, jenis: str) -> str | None:
    if jumlah > MAKS_BARIS:
        return (
            f"terlalu banyak baris {jenis} ({jumlah}; paling banyak {MAKS_BARIS} per jenis data dalam "
            "satu impor): pecah menjadi beberapa impor"
        )
    return None


def baris_csv(isi: IO[bytes]) -> int:
    """Line count of a CSV (an upper bound of its rows: a quoted line break counts too)."""
    return sum(potong.count(b"\n") for potong in iter(lambda: isi.read(_POTONG), b""))


def _peta_lembar(z: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part name -> sheet title, from xl/workbook.xml and its relationships."""
    try:
        buku = z.read("xl/workbook.xml")
        rels = z.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    target = {i: t for i, t in _REL.findall(rels)} | {i: t for t, i in _REL2.findall(rels)}
    hasil = {}
    for nama, rid in _LEMBAR.findall(buku):
        t = target.get(rid, b"").decode("utf-8", "replace").lstrip("/")
        hasil[t if t.startswith("xl/") else f"xl/{t}"] = nama.decode("utf-8", "replace")
    return hasil


def _potongan(z: zipfile.ZipFile, info: zipfile.ZipInfo, sisa: int) -> Iterator[bytes]:
    """The member's uncompressed bytes, chunk by chunk; stops past `sisa` bytes."""
    with z.open(info) as f:
        while potong := f.read(_POTONG):
            yield potong
            sisa -= len(potong)
            if sisa < 0:
                return


def _hitung_baris(potongan: Iterator[bytes]) -> tuple[int, int]:
    """(bytes, rows) of a worksheet's XML, counting '<row' across chunk borders."""
    n_byte = n_baris = 0
    ekor = b""
    for potong in potongan:
        n_byte += len(potong)
        data = ekor + potong
        n_baris += data.count(b"<row ") + data.count(b"<row>") - ekor.count(b"<row ") - ekor.count(b"<row>")
        ekor = data[-5:]
    return n_byte, n_baris


def xlsx(sumber: IO[bytes]) -> list[tuple[str, str]]:
    """Problems of a workbook found from its zip alone: [(sheet or '', reason)], [] when fine.

    A damaged zip gives [] here: the reader then reports the damage in its own words."""
    try:
        z = zipfile.ZipFile(sumber)
    except (zipfile.BadZipFile, OSError):
        return []
    with z:
        batas = BATAS_TERURAI_MB * 1024 * 1024
        total = sum(i.file_size for i in z.infolist())
        if total > batas:
            return [("", _terurai(total))]
        return _periksa_lembar(z, batas)


def _terurai(n: int) -> str:
    return (
        f"isi berkas .xlsx terlalu besar setelah dibuka ({_mb(n)}; paling besar {BATAS_TERURAI_MB} MB): "
        "pecah menjadi beberapa berkas"
    )


def _periksa_lembar(z: zipfile.ZipFile, batas: int) -> list[tuple[str, str]]:
    peta = _peta_lembar(z)
    dipakai = 0
    hasil = []
    for info in z.infolist():
        if not info.filename.startswith("xl/worksheets/"):
            continue
        try:
            n_byte, n_baris = _hitung_baris(_potongan(z, info, batas - dipakai))
        except (zipfile.BadZipFile, OSError, EOFError):
            return []  # damaged: the reader says so
        dipakai += n_byte
        if dipakai > batas:
            return [("", _terurai(dipakai))]
        judul = peta.get(info.filename, "")
        jenis = judul.strip().lower()
        if jenis in JENIS and (alasan := baris(n_baris - 1, jenis)):
            hasil.append((judul, alasan))
    return hasil
