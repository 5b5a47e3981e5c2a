"""Monthly discipline score 0-5 after the self-help-group 'Panchasutra' (issue 4, item 2)."""

from __future__ import annotations

import datetime as dt
from typing import Unpack

import duckdb
import pandas as pd

from kube_metrics import ambang_modal_sosial as A
from kube_metrics.db import query
from kube_metrics.saringan import SaringanKelompok, saringan_kelompok

BUTIR = {
    "ada_pertemuan": "Pertemuan diadakan",
    "hadir_cukup": "Kehadiran minimal 75%",
    "ada_tabungan": "Tabungan anggota dikumpulkan",
    "ada_iks": "IKS disisihkan",
    "buku_terkini": "Buku kas terkini",
}


def disiplin(
    con: duckdb.DuckDBPyConnection, *, dari: dt.date, sampai: dt.date, **saring: Unpack[SaringanKelompok]
) -> pd.DataFrame:
    """One row per group and month of its life in dari..sampai: the five points and `skor`."""
    params = {"dari": dari, "sampai": sampai, "kehadiran_min": A.DISIPLIN_KEHADIRAN_MIN}
    frame = query(con, "disiplin", params | saringan_kelompok(**saring))
    frame["skor"] = frame[list(BUTIR)].astype("int64").sum(axis=1)
    return frame


def disiplin_rerata(frame: pd.DataFrame, jendela: int = A.JENDELA_BULAN) -> pd.DataFrame:
    """Mean score over the `jendela` months up to each month.

    rollup_bulanan has a row for every month of a group's life, so `jendela` rows are
    `jendela` months; months before the group was formed simply do not count.
    """
    out = frame[["kode_kube", "bulan", "skor"]].sort_values(["kode_kube", "bulan"], ignore_index=True)
    rolling = out.groupby("kode_kube", sort=False)["skor"].rolling(jendela, min_periods=1).mean()
    out["disiplin_rerata"] = rolling.reset_index(level=0, drop=True)
    return out
