"""Modal Sosial: the three dimensions of the focal group against its peers, their trend, and what
each proxy contributed."""

import streamlit as st

from kube_metrics import kelompok, modal_sosial
from kube_metrics.charts import modal_sosial as grafik
from ui import filters, halaman, layout
from ui.data import muat

s = halaman.saringan()
kode = filters.kelompok_fokus(s)
sebaya = filters.sebaya()
st.title("Modal Sosial")
if kode is None:
    layout.tidak_ada_data("Belum ada kelompok di basis data ini.")
    st.stop()

profil = muat(kelompok.cari_kelompok, kode_atau_nama=kode).iloc[0].to_dict()
st.header(f"{profil['nama']} ({kode})")
st.caption(
    f"{s.uraian().split(' · ')[0]} · sebaya: {filters.SEBAYA[sebaya].lower()}. "
    "Modal sosial dibaca dari tiga dimensi: **kepercayaan** ("
    + grafik.ARTI["kepercayaan"]
    + "), **jaringan** ("
    + grafik.ARTI["jaringan"]
    + ") dan **norma** ("
    + grafik.ARTI["norma"]
    + "), ditambah jawaban survei bila ada."
)

nilai = muat(modal_sosial.modal_sosial_sebaya, kode_kube=kode, sebaya=sebaya, **s.periode())
layout.kartu(grafik.kartu_dimensi(nilai), per_baris=3)
layout.grafik(grafik.modal_sosial_sebaya(nilai, profil["nama"]), key="ms_sebaya")

st.subheader("Dari mana skor ini?")
st.markdown(grafik.penjelasan_jangkar())
rincian = muat(modal_sosial.modal_sosial_rincian, kode_kube=kode, **s.periode())
for dimensi in modal_sosial.DIMENSI:
    st.markdown("- " + grafik.uraian_dimensi(rincian, dimensi))
layout.grafik(grafik.kontribusi_proksi(rincian), key="ms_kontribusi")
layout.tabel(grafik.rincian_tabel(rincian), f"rincian_modal_sosial_{kode}", key="ms_rincian")

st.subheader("Tren")
st.caption(
    "Tiap titik dibaca dari 12 bulan yang berakhir di bulan itu, supaya satu bulan sepi tidak menyesatkan."
)
tren = muat(modal_sosial.modal_sosial_tren, kode_kube=kode, **s.periode())
layout.grafik(grafik.modal_sosial_tren(tren), key="ms_tren")

st.subheader("Kelompok sebaya")
layout.tabel(grafik.sebaya_tabel(nilai), f"modal_sosial_sebaya_{kode}", key="ms_tabel_sebaya")
