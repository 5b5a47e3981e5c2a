"""Hambatan: obstacles across groups, by category, over time, and how long they take to resolve."""

import streamlit as st

from kube_metrics import hambatan
from kube_metrics.charts import hambatan as grafik_hambatan
from ui import halaman, layout
from ui.bahasa import kini, t
from ui.data import muat, sekali
from ui.halaman_tabel import tabel_sql

s = halaman.saringan()
lang = kini()
st.title(t("nav.hambatan"))
st.caption(s.uraian(lang))

# the rows per group and category, computed at most once per run for the map and the table
# below (only when one of them is not cached; issue 10)
dasar = {"_dasar": sekali(hambatan.per_kategori_dasar, **s.semua())}
# only the groups the map shows, ranked and cut in SQL (not one row per group and category)
peta = muat(hambatan.peta_hambatan, maks=grafik_hambatan.MAKS_KELOMPOK, **s.semua(), **dasar)
with st.container(key="hanya_lebar_peta"):  # the heat map on a wide screen, a list on a phone
    layout.grafik(grafik_hambatan.hambatan_per_kategori(peta, lang=lang), key="peta_hambatan")
with st.container(key="hanya_ponsel_peta"):
    layout.daftar(t("hambatan.daftar_ponsel"), grafik_hambatan.daftar_ponsel(peta, lang=lang))
kiri, kanan = st.columns(2)
with kiri:
    bulanan = muat(hambatan.hambatan_bulanan, **s.semua())
    layout.grafik(grafik_hambatan.hambatan_bulanan(bulanan, lang), key="bulanan")
with kanan:
    sebaran = muat(hambatan.hari_penyelesaian_sebaran, **s.semua())  # quartiles from SQL
    layout.grafik(grafik_hambatan.hari_penyelesaian(sebaran, lang), key="hari")

st.subheader(t("hambatan.per_kelompok"))
tabel_sql(
    hambatan.hambatan_per_kategori_halaman,
    s.semua() | dasar,
    lambda d: grafik_hambatan.hambatan_per_kategori_tabel(d, lang),
    "hambatan_per_kategori",
    key="per_kategori",
    urutan=hambatan.URUT_PER_KATEGORI,
)
st.subheader(t("hambatan.selesai"))
tabel_sql(
    hambatan.hari_penyelesaian_halaman,
    s.semua(),
    lambda d: grafik_hambatan.hari_penyelesaian_tabel(d, lang),
    "hari_penyelesaian",
    key="hari_penyelesaian",
    urutan=hambatan.URUT_HARI,
)
