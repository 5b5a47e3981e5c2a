"""Bandingkan: a focal group (default KUBE Sejahtera 2) against its peers."""

import streamlit as st

from kube_metrics import kelompok, pertumbuhan, sebaya
from kube_metrics.charts import pertumbuhan as grafik_pertumbuhan
from kube_metrics.charts import sebaya as grafik_sebaya
from ui import filters, halaman, layout
from ui.data import muat

s = halaman.saringan()
kode = filters.kelompok_fokus(s)
pilihan_sebaya = filters.sebaya()
st.title("Bandingkan")
if kode is None:
    layout.tidak_ada_data("Belum ada kelompok di basis data ini.")
    st.stop()

profil = muat(kelompok.cari_kelompok, kode_atau_nama=kode).iloc[0].to_dict()
param = {"kode_kube": kode, "sebaya": pilihan_sebaya, **s.periode()}
banding = muat(sebaya.perbandingan_sebaya, **param)
konteks = grafik_sebaya.konteks_sebaya(pilihan_sebaya, profil)
st.header(grafik_sebaya.judul_peringkat(banding, str(profil["nama"]), konteks))
st.caption(f"{s.uraian_periode()} · sebaya: {filters.SEBAYA[pilihan_sebaya].lower()}")
if grafik_sebaya.sebaya_sedikit(banding):
    st.warning(
        f"Kelompok sebaya kurang dari {grafik_sebaya.SEBAYA_MIN}: median dan peringkat hanya petunjuk kasar. "
        "Pilih kelompok sebaya yang lebih luas di samping.",
        icon=":material/warning:",
    )

layout.grafik(grafik_sebaya.perbandingan_sebaya(banding), key="peringkat")

bantuan = grafik_pertumbuhan.bulan_bantuan(profil)
if bantuan is None:
    layout.tidak_ada_data(
        "Tanggal bantuan kelompok ini tidak tercatat, jadi pertumbuhan sejak bantuan tidak dapat ditampilkan."
    )
else:
    st.caption(grafik_pertumbuhan.keterangan_pertumbuhan(s.sampai))
    tumbuh = muat(pertumbuhan.pertumbuhan_sejak_bantuan, **(param | {"dari": bantuan}))
    layout.grafik(
        grafik_pertumbuhan.pertumbuhan_sejak_bantuan(tumbuh, sorot=(s.dari, s.sampai)), key="pertumbuhan"
    )
kiri, kanan = st.columns(2)
with kiri:
    layout.grafik(
        grafik_sebaya.kehadiran_vs_sebaya(muat(sebaya.kehadiran_vs_sebaya, **param)), key="kehadiran"
    )
with kanan:
    layout.grafik(grafik_sebaya.hambatan_vs_sebaya(muat(sebaya.hambatan_vs_sebaya, **param)), key="hambatan")

st.subheader("Angka di balik peringkat")
layout.tabel(grafik_sebaya.tabel_perbandingan(banding), f"perbandingan_sebaya_{kode}", key="perbandingan")
