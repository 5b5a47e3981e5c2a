"""One group against its peers: same kota (default), or same kecamatan, or same jenis_usaha
within the kota; never the group itself, never groups dissolved before the period's start
(the kelompok_sebaya macro, kube_metrics/schema/0003_makro_kelompok.sql).

Every function takes kode_kube, dari, sampai and optionally sebaya ('kota') as keywords
(`pertumbuhan.Fokus`)."""

from __future__ import annotations

from typing import Unpack

import duckdb
import pandas as pd

from kube_metrics.db import query
from kube_metrics.pertumbuhan import Fokus, params_sebaya

# Peer sets smaller than this get n_kecil = True: their median says little.
N_KECIL = 5


def perbandingan_sebaya(con: duckdb.DuckDBPyConnection, **fokus: Unpack[Fokus]) -> pd.DataFrame:
    """indikator, nilai, peringkat, n, persentil, median, q1, q3, n_kecil (+ n_sebaya);
    one row per indicator, see kube_metrics/sql/perbandingan_sebaya.sql and docs/metrics.md."""
    return query(con, "perbandingan_sebaya", params_sebaya(**fokus) | {"n_kecil": N_KECIL})


def kehadiran_vs_sebaya(con: duckdb.DuckDBPyConnection, **fokus: Unpack[Fokus]) -> pd.DataFrame:
    """bulan, fokus, median_sebaya, q1_sebaya, q3_sebaya, n_sebaya (monthly attendance rates)."""
    return query(con, "kehadiran_vs_sebaya", params_sebaya(**fokus))


def hambatan_vs_sebaya(con: duckdb.DuckDBPyConnection, **fokus: Unpack[Fokus]) -> pd.DataFrame:
    """kategori, kelompok_kategori, fokus (new obstacles of the group), rata_sebaya (per peer group)."""
    return query(con, "hambatan_vs_sebaya", params_sebaya(**fokus))
