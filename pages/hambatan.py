"""Hambatan: obstacles across groups, by category, over time, and how long they take to resolve."""

import streamlit as st

from kube_metrics import hambatan
from kube_metrics.charts import hambatan as grafik_hambatan
from ui import halaman, layout
from ui.data import muat

s = halaman.saringan()
st.title("Hambatan")
st.caption(s.uraian())

per_kategori = muat(hambatan.hambatan_per_kategori, **s.semua())
layout.grafik(grafik_hambatan.hambatan_per_kategori(per_kategori), key="peta_hambatan")
kiri, kanan = st.columns(2)
with kiri:
    layout.grafik(
        grafik_hambatan.hambatan_bulanan(muat(hambatan.hambatan_bulanan, **s.semua())), key="bulanan"
    )
with kanan:
    hari = muat(hambatan.hari_penyelesaian, **s.semua())
    layout.grafik(grafik_hambatan.hari_penyelesaian(hari), key="hari")

st.subheader("Hambatan per kelompok dan kategori")
layout.tabel(
    grafik_hambatan.hambatan_per_kategori_tabel(per_kategori), "hambatan_per_kategori", key="per_kategori"
)
st.subheader("Hambatan yang selesai pada periode ini")
layout.tabel(grafik_hambatan.hari_penyelesaian_tabel(hari), "hari_penyelesaian", key="hari_penyelesaian")
