"""Audit: who changed what, when and from where (admin and dinas; docs/access.md).

Read-only: nothing here can change the trail. Filters by period, account and action; the table
shows the newest rows, the CSV download holds every row of the filter."""

import datetime as dt

import pandas as pd
import streamlit as st

from kube_metrics import audit, csv_aman
from ui import halaman, layout
from ui.bahasa import t
from ui.data import muat

BATAS_LAYAR = 500

halaman.saringan()  # the shared frame (sign-in gate, role check) ran: see ui/halaman.py
st.title(t("nav.audit"))
st.caption(t("audit.pengantar"))
pilihan = muat(audit.pilihan)
kiri, tengah, kanan = st.columns(3)
hari_ini = dt.datetime.now(dt.UTC).date()
rentang = kiri.date_input(
    t("audit.periode"), (hari_ini - dt.timedelta(days=30), hari_ini), key="audit_periode"
)
pengguna = tengah.selectbox(
    t("audit.pengguna"),
    [None, *pilihan["pengguna"]],
    key="audit_pengguna",
    format_func=lambda v: t("audit.semua") if v is None else str(v),
)
aksi = kanan.selectbox(
    t("audit.aksi"),
    [None, *pilihan["aksi"]],
    key="audit_aksi",
    format_func=lambda v: t("audit.semua") if v is None else str(v),
)
dari, sampai = (rentang[0], rentang[-1]) if isinstance(rentang, tuple) and rentang else (None, None)
saring = {
    "dari": dari,
    "sampai": sampai + dt.timedelta(days=1) if sampai else None,
    "pengguna": pengguna,
    "aksi": aksi,
}
baris = muat(audit.daftar, **saring)
if baris.empty:
    layout.tidak_ada_data(t("audit.kosong"))
    st.stop()
kolom = {k: t(f"audit.kolom_{k}") for k in ("waktu", "pengguna", "asal", "aksi", "rincian")}
tampil = baris[list(kolom)].rename(columns=kolom)
st.caption(t("audit.jumlah", n=len(baris), tampil=min(len(baris), BATAS_LAYAR)))
st.dataframe(tampil.head(BATAS_LAYAR), hide_index=True, key="audit_tabel")
if layout.boleh("unduh"):
    st.download_button(
        t("app.unduh_csv"),
        csv_aman.isi(pd.DataFrame(tampil), bom=True),
        "audit.csv",
        mime="text/csv",
        key="audit_unduh",
        on_click="ignore",
        icon=":material/download:",
    )
