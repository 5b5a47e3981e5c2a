"""Anonymisation for anything shown to an audience (presentation page, PDF, PowerPoint).

Three rules (issue 5):
- only the focal group is named; every other group is 'KUBE A', 'KUBE B', … in the order given
  (e.g. by rank), so a peer's name or code never reaches the slide;
- member names never appear: the story is built from counts and rates only, and no free text
  a pendamping typed (obstacle descriptions, notes, agreements, partner names) is shown;
- a figure about fewer than 3 members is suppressed (`tekan`). Zero is shown: "no one" singles
  nobody out. When one part of a split is suppressed its complement is too (`tekan_pecahan`),
  otherwise the total would give it away.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

import pandas as pd

MIN_ANGGOTA = 3

T = TypeVar("T")


def cukup(n_anggota: int | float | None) -> bool:
    """Whether a figure about `n_anggota` members may be shown (0 or at least 3)."""
    if n_anggota is None or n_anggota != n_anggota:
        return False
    return n_anggota == 0 or n_anggota >= MIN_ANGGOTA


def tekan(nilai: T, n_anggota: int | float | None) -> T | None:
    """`nilai` when it is about enough members, else None (shown as 'hidden')."""
    return nilai if cukup(n_anggota) else None


def tekan_pecahan(bagian: Sequence[int]) -> list[int | None]:
    """A split of members (e.g. by sex): all parts or, if any part is 1 or 2, none of them."""
    if all(cukup(n) for n in bagian):
        return list(bagian)
    return [None] * len(bagian)


def huruf(urutan: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA' (spreadsheet-style letters)."""
    letters = string.ascii_uppercase
    text = ""
    n = urutan + 1
    while n:
        n, sisa = divmod(n - 1, 26)
        text = letters[sisa] + text
    return text


def label_sebaya(urutan: int, pola: str = "KUBE {huruf}") -> str:
    """The name a peer goes by on a slide: 'KUBE A' for the first."""
    return pola.format(huruf=huruf(urutan))


def samarkan_sebaya(
    df: pd.DataFrame, *, kode_fokus: str, nama_fokus: str, pola: str = "KUBE {huruf}"
) -> pd.DataFrame:
    """Replace kode_kube/nama by a `label` column: the focal group keeps its name, peers get letters.

    Letters follow the frame's row order; the columns kode_kube and nama are dropped so no peer
    identity can leak further. A `fokus` boolean column marks the focal group.
    """
    fokus = (df["kode_kube"] == kode_fokus).to_numpy()
    label: list[str] = []
    urutan = 0
    for is_fokus in fokus:
        if is_fokus:
            label.append(nama_fokus)
        else:
            label.append(label_sebaya(urutan, pola))
            urutan += 1
    out = df.drop(columns=[c for c in ("kode_kube", "nama") if c in df.columns]).copy()
    out["label"] = label
    out["fokus"] = fokus
    return out


def nama_bocor(teks: str, terlarang: Iterable[str]) -> list[str]:
    """The forbidden names (member names, other groups' names) found in `teks`, case-insensitive."""
    lower = teks.casefold()
    return sorted({n for n in terlarang if n and n.casefold() in lower})


def bersihkan(nilai: dict[str, Any], kunci_anggota: Iterable[str], n_anggota: int | None) -> dict[str, Any]:
    """A copy of a figure dict with the member-based keys suppressed when the group is too small."""
    out = dict(nilai)
    if not cukup(n_anggota):
        for kunci in kunci_anggota:
            if kunci in out:
                out[kunci] = None
    return out
