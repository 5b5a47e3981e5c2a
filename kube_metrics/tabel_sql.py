"""Big tables a page at a time, sorted, filtered, counted and paged in SQL (issue 10 item 3).

A paged metric's SQL file ends with `ORDER BY /*URUT*/ LIMIT $batas OFFSET $lewati` and carries
`count(*) OVER () AS jumlah_baris` (the rows of the whole filtered table, counted before the
LIMIT). The sort the user picks is a key of the table's `Urutan`: each key maps to a constant
SQL expression written here in the package, never to text from the user, and every order ends
with the table's tie-break so that pages never overlap. Values stay bound ($name).
`batas=None` gives every row in the same order: the CSV, made only when downloaded.
A file may include another as a subquery with `/*SISIP <name>*/` (kube_metrics.db.load_sql).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd

from kube_metrics.db import load_sql

ARAH = {"naik": "ASC", "turun": "DESC"}  # direction key -> SQL
PENANDA = "/*URUT*/"
JUMLAH = "jumlah_baris"


@dataclass(frozen=True)
class Urutan:
    """The sorts a table allows: key -> SQL expression over its output columns."""

    kolom: Mapping[str, str]
    ikat: str  # tie-break appended to every order (a unique key of the table)
    bawaan: str  # the default key
    arah_bawaan: str = "naik"

    def sql(self, urut: str, arah: str) -> str:
        """The ORDER BY text of a whitelisted key and direction; anything else is refused."""
        if urut not in self.kolom:
            raise ValueError(f"urutan tidak dikenal: {urut!r}")
        if arah not in ARAH:
            raise ValueError(f"arah urutan tidak dikenal: {arah!r}")
        return f"{self.kolom[urut]} {ARAH[arah]} NULLS LAST, {self.ikat}"


def halaman(
    con: duckdb.DuckDBPyConnection,
    nama: str,
    params: Mapping[str, Any],
    urutan: Urutan,
    *,
    urut: str | None,
    arah: str | None,
    batas: int | None,
    lewati: int,
    ganti: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Rows lewati+1 .. lewati+batas of kube_metrics/sql/<nama>.sql in the chosen order (every
    row when batas is None), with jumlah_baris = the rows of the whole table. `ganti`: included
    files replaced by fixed SQL (kube_metrics.db.load_sql)."""
    if batas is not None and batas < 1 or lewati < 0:
        raise ValueError("batas harus >= 1 (atau None) dan lewati >= 0")
    teks = load_sql(nama, ganti)
    if teks.count(PENANDA) != 1:
        raise ValueError(f"{nama}.sql harus memuat tepat satu {PENANDA}")
    urutan_sql = urutan.sql(urut or urutan.bawaan, arah or urutan.arah_bawaan)
    nilai = {**params, "batas": batas, "lewati": lewati}
    return con.execute(teks.replace(PENANDA, urutan_sql), nilai).df()


def jumlah(df: pd.DataFrame) -> int:
    """The whole table's row count carried by a page (0 for an empty table)."""
    return int(df[JUMLAH].iloc[0]) if len(df) else 0
