"""Bandingkan: a focal group (default KUBE Sejahtera 2) against its peers."""

import streamlit as st

from kube_metrics import pertumbuhan, polos, sebaya
from kube_metrics.charts import pertumbuhan as grafik_pertumbuhan
from kube_metrics.charts import sebaya as grafik_sebaya
from ui import filters, halaman, layout
from ui.bahasa import kini, t
from ui.data import muat

s = halaman.saringan()
lang = kini()
profil = halaman.profil_fokus(t("nav.bandingkan"))
kode = str(profil["kode_kube"])
pilihan_sebaya = filters.sebaya()
param = {"kode_kube": kode, "sebaya": pilihan_sebaya, **s.periode()}
banding = muat(sebaya.perbandingan_sebaya, **param)
# Markdown header: the name and the places are escaped (polos.md_isian), the wording is ours.
konteks = grafik_sebaya.konteks_sebaya(pilihan_sebaya, polos.md_isian(profil), lang)
st.header(grafik_sebaya.judul_peringkat(banding, polos.md(profil["nama"]), konteks, lang=lang))
sebaya_ket = t("saringan.sebaya_ket", sebaya=filters.label_sebaya(pilihan_sebaya).lower())
st.caption(f"{s.uraian_periode(lang)} · {sebaya_ket}")
if grafik_sebaya.sebaya_sedikit(banding):
    st.warning(t("bandingkan.sebaya_sedikit", n=grafik_sebaya.SEBAYA_MIN), icon=":material/warning:")

layout.grafik(grafik_sebaya.perbandingan_sebaya(banding, lang), key="peringkat")

bantuan = grafik_pertumbuhan.bulan_bantuan(profil)
if bantuan is None:
    layout.tidak_ada_data(t("bandingkan.tanpa_bantuan"))
else:
    st.caption(grafik_pertumbuhan.keterangan_pertumbuhan(s.sampai, lang))
    tumbuh = muat(pertumbuhan.pertumbuhan_sejak_bantuan, **(param | {"dari": bantuan}))
    layout.grafik(
        grafik_pertumbuhan.pertumbuhan_sejak_bantuan(tumbuh, sorot=(s.dari, s.sampai), lang=lang),
        key="pertumbuhan",
    )
kiri, kanan = st.columns(2)
with kiri:
    hadir = muat(sebaya.kehadiran_vs_sebaya, **param)
    layout.grafik(grafik_sebaya.kehadiran_vs_sebaya(hadir, lang), key="kehadiran")
with kanan:
    hambatan = muat(sebaya.hambatan_vs_sebaya, **param)
    layout.grafik(grafik_sebaya.hambatan_vs_sebaya(hambatan, lang), key="hambatan")

st.subheader(t("bandingkan.angka"))
layout.tabel(
    grafik_sebaya.tabel_perbandingan(banding, lang), f"perbandingan_sebaya_{kode}", key="perbandingan"
)
