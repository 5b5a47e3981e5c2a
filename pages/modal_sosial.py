"""Modal Sosial: the three dimensions of the focal group against its peers, their trend, and what
each proxy contributed."""

import streamlit as st

from kube_metrics import modal_sosial, polos
from kube_metrics.charts import modal_sosial as grafik
from ui import filters, halaman, layout
from ui.bahasa import kini, t
from ui.data import muat

s = halaman.saringan()
lang = kini()
profil = halaman.profil_fokus(t("nav.modal_sosial"))
kode = str(profil["kode_kube"])
sebaya = filters.sebaya()
st.header(polos.md(f"{profil['nama']} ({kode})"))
st.caption(
    t(
        "modal_sosial.keterangan",
        periode=s.uraian_periode(lang),
        sebaya=t("saringan.sebaya_ket", sebaya=filters.label_sebaya(sebaya).lower()),
        **{d: grafik.arti(d, lang) for d in modal_sosial.DIMENSI},
    )
)

nilai = muat(modal_sosial.modal_sosial_sebaya, kode_kube=kode, sebaya=sebaya, **s.periode())
layout.kartu(grafik.kartu_dimensi(nilai, lang), per_baris=3)
layout.grafik(grafik.modal_sosial_sebaya(nilai, profil["nama"], lang), key="ms_sebaya")

st.subheader(t("modal_sosial.dari_mana"))
st.markdown(grafik.penjelasan_jangkar(lang))
rincian = muat(modal_sosial.modal_sosial_rincian, kode_kube=kode, **s.periode())
for dimensi in modal_sosial.DIMENSI:
    st.markdown("- " + grafik.uraian_dimensi(rincian, dimensi, lang))
layout.grafik(grafik.kontribusi_proksi(rincian, lang), key="ms_kontribusi")
layout.tabel(grafik.rincian_tabel(rincian, lang), f"rincian_modal_sosial_{kode}", key="ms_rincian")

st.subheader(t("modal_sosial.tren"))
st.caption(t("modal_sosial.tren_ket"))
tren = muat(modal_sosial.modal_sosial_tren, kode_kube=kode, **s.periode())
layout.grafik(grafik.modal_sosial_tren(tren, lang), key="ms_tren")

st.subheader(t("modal_sosial.sebaya"))
layout.tabel(grafik.sebaya_tabel(nilai, lang), f"modal_sosial_sebaya_{kode}", key="ms_tabel_sebaya")
