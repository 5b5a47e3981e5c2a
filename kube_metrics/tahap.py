"""Stage of a group: tumbuh, berkembang or maju (Kemensos typology, issue 4 item 3).

Rules (thresholds in ambang_modal_sosial.py):
- berkembang: at least 24 months of good records (a monthly report and a meeting) up to the
  month, AND the board runs the group (ketua, sekretaris, bendahara in place; meetings in at
  least 9 of the last 12 months), AND profit is split (profit, savings and IKS all > 0 over
  the last 12 months);
- maju: berkembang AND capital growing (last report's modal above the first in the 12 months)
  AND at least 2 active outside partners; with ties never recorded nor checked (issue 13) that
  last criterion is unknown, so such a group reads berkembang with `tahap_pasti` False;
- tumbuh: otherwise.
"""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from kube_metrics import ambang_modal_sosial as A
from kube_metrics.db import query
from kube_metrics.modal_sosial import titik_params

KRITERIA = {
    "riwayat_cukup": "Minimal 24 bulan catatan baik",
    "pengurus_berjalan": "Pengurus lengkap dan rapat rutin",
    "laba_dibagi": "Laba dibagi ke tabungan dan IKS",
    "modal_tumbuh": "Modal bertambah dalam 12 bulan",
    "bermitra": "Minimal 2 mitra luar aktif",
}


def tahap_ukuran(con: duckdb.DuckDBPyConnection, **titik: Any) -> pd.DataFrame:
    """Raw measures per evaluation point; keyword arguments as `modal_sosial.titik_params`."""
    params = titik_params(**titik)
    params["kehadiran_min"] = A.DISIPLIN_KEHADIRAN_MIN
    return query(con, "tahap", params)


def tahap_dari(ukuran: pd.DataFrame) -> pd.DataFrame:
    """Add the five criteria (booleans) and `tahap` to a frame of `tahap_ukuran`."""
    out = ukuran.copy()
    out["riwayat_cukup"] = out["bulan_tercatat"] >= A.TAHAP_BULAN_TERCATAT_MIN
    out["pengurus_berjalan"] = (out["peran_pengurus"] >= len(A.TAHAP_PENGURUS)) & (
        out["bulan_rapat"] >= A.TAHAP_BULAN_RAPAT_MIN
    )
    out["laba_dibagi"] = (out["laba"] > 0) & (out["iks"] > 0) & (out["tabungan"] > 0)
    out["modal_tumbuh"] = (out["modal_akhir"] > out["modal_awal"]).fillna(False).astype(bool)
    ada_mitra = out["ada_jaringan"].astype(bool)
    out["bermitra"] = (out["mitra_aktif"] >= A.TAHAP_MITRA_MAJU_MIN) & ada_mitra
    berkembang = out["riwayat_cukup"] & out["pengurus_berjalan"] & out["laba_dibagi"]
    maju = berkembang & out["modal_tumbuh"] & out["bermitra"]
    out["tahap"] = "tumbuh"
    out.loc[berkembang, "tahap"] = "berkembang"
    out.loc[maju, "tahap"] = "maju"
    # without any record of ties `bermitra` is unknown (issue 13): the stage reads berkembang,
    # but is not certain when the ties alone decide between berkembang and maju
    out["tahap_pasti"] = ~(berkembang & out["modal_tumbuh"] & ~ada_mitra)
    return out


def tahap(con: duckdb.DuckDBPyConnection, **titik: Any) -> pd.DataFrame:
    """Stage per evaluation point (see the module rules); arguments as `titik_params`."""
    return tahap_dari(tahap_ukuran(con, **titik))
