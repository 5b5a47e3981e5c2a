"""One problem found in an import batch, and the table of them shown to the user."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pandas as pd

KOLOM_LAPORAN = {
    "berkas": "Berkas",
    "lembar": "Lembar",
    "baris": "Baris",
    "kolom": "Kolom",
    "nilai": "Nilai",
    "alasan": "Alasan",
}
SISA = "… dan "  # how a line that counts the errors not listed begins
NILAI_MAKS = 80  # long cells are cut in the report; the row number finds the rest


@dataclass(frozen=True)
class GalatImpor:
    """File, sheet (xlsx only), row as the user sees it (header = 1), column, value, reason."""

    berkas: str
    lembar: str
    baris: int | None
    kolom: str
    nilai: str
    alasan: str

    def dengan(self, **ubah: object) -> GalatImpor:
        return dataclasses.replace(self, **ubah)  # type: ignore[arg-type]

    def teks(self) -> str:
        """One line for the command line: where, then what."""
        tempat = self.berkas + (f" lembar {self.lembar}" if self.lembar else "")
        if self.baris is not None:
            tempat += f" baris {self.baris}"
        if self.kolom:
            tempat += f" kolom {self.kolom}"
        nilai = f" [{_pendek(self.nilai)}]" if self.nilai else ""
        return f"{tempat}{nilai}: {self.alasan}"


def batasi(galat: list[GalatImpor], maks: int, berkas: str) -> list[GalatImpor]:
    """At most `maks` error lines, then one that says how many were left out; the lines that
    already count a rule's or a column's rest ('… dan N ...') are kept after it."""
    hitungan = [g for g in galat if g.alasan.startswith(SISA)]
    biasa = [g for g in galat if not g.alasan.startswith(SISA)]
    if len(biasa) <= maks:
        return galat
    lain = f"{SISA}{len(biasa) - maks} galat lain tidak ditampilkan (laporan dibatasi {maks} baris)"
    return [*biasa[:maks], GalatImpor(berkas, "", None, "", "", lain), *hitungan]


def _pendek(nilai: str) -> str:
    return nilai if len(nilai) <= NILAI_MAKS else nilai[: NILAI_MAKS - 1] + "…"


def tabel_galat(galat: list[GalatImpor]) -> pd.DataFrame:
    """The report as a frame with Indonesian headers (for the page and its download)."""
    baris = [{**dataclasses.asdict(g), "nilai": _pendek(g.nilai), "baris": g.baris} for g in galat]
    df = pd.DataFrame(baris, columns=list(KOLOM_LAPORAN))
    df["baris"] = df["baris"].astype("Int64")
    return df.rename(columns=KOLOM_LAPORAN)
