"""The "checked, none" rule (issue 13): a `pemeriksaan` row says that on its date the group had
no tie (or agreement) in force. A tie or agreement of the batch or the database in force on that
date contradicts it: a warning, not an error (the tie counts in every reading; the check stays as
the record of what was seen), naming the row, the date and the tie."""

from __future__ import annotations

import duckdb
import pandas as pd

from kube_metrics.db import query
from kube_metrics.impor.baca import BARIS
from kube_metrics.impor.galat import GalatImpor
from kube_metrics.impor.urai import BERKAS, LEMBAR

KOLOM = ["kode_kube", "jenis_data", "nama", "mulai", "selesai"]
_BATCH = {  # kind -> its name, start and end columns
    "jaringan": ("mitra", "tanggal_mulai", "tanggal_selesai"),
    "kesepakatan": ("kode_kesepakatan", "tanggal", "tanggal_berakhir"),
}


def _periode_batch(data: dict[str, pd.DataFrame]) -> list[pd.DataFrame]:
    out = []
    for jenis, (nama, mulai, selesai) in _BATCH.items():
        if jenis in data:
            df = data[jenis].dropna(subset=["kode_kube", nama, mulai])
            out.append(pd.DataFrame({"kode_kube": df["kode_kube"], "jenis_data": jenis, "nama": df[nama],
                                     "mulai": df[mulai], "selesai": df[selesai]}))  # fmt: skip
    return out


def bertentangan(con: duckdb.DuckDBPyConnection, data: dict[str, pd.DataFrame]) -> list[GalatImpor]:
    """A warning per check of the batch made on a day a tie or agreement was in force."""
    if "pemeriksaan" not in data:
        return []
    cek = data["pemeriksaan"].dropna(subset=["kode_kube", "jenis_data", "tanggal"])
    kode = sorted(set(cek["kode_kube"]))
    tersimpan = query(con, "impor_periode_opsional_db", {"kode_kube": kode})
    periode = pd.concat([*_periode_batch(data), tersimpan[KOLOM]], ignore_index=True)
    periode["mulai"] = pd.to_datetime(periode["mulai"])
    periode["selesai"] = pd.to_datetime(periode["selesai"])
    m = cek.merge(periode, on=["kode_kube", "jenis_data"])
    aktif = m[(m["mulai"] <= m["tanggal"]) & ~(m["selesai"] <= m["tanggal"]).fillna(False)]
    aktif = aktif.drop_duplicates(subset=[BERKAS, LEMBAR, BARIS])
    return [
        GalatImpor(b[BERKAS], b[LEMBAR], int(b[BARIS]), "tanggal", f"{b['tanggal']:%Y-%m-%d}", _alasan(b))
        for _, b in aktif.iterrows()
    ]


def _alasan(b: pd.Series) -> str:
    apa = "mitra" if b["jenis_data"] == "jaringan" else "kesepakatan"
    return (
        f"pemeriksaan menyatakan tidak ada {b['jenis_data']} yang berlaku pada tanggal ini, tetapi "
        f"{apa} {b['nama']} (mulai {b['mulai']:%Y-%m-%d}) berlaku pada tanggal itu; periksa tanggalnya. "
        f"Data tetap disimpan; {apa} itu tetap dihitung."
    )
