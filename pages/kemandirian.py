"""Kemandirian: was the group ready to be left on its own? Readiness over time with the mandiri
date, the discipline strip, the before/after-mandiri panel and the groups declared too early."""

import streamlit as st

from kube_metrics import ambang_modal_sosial as A
from kube_metrics import disiplin, i18n, kelompok, kesiapan, peringatan_tersimpan, polos
from kube_metrics.charts import kemandirian as grafik
from kube_metrics.charts import theme
from ui import halaman, layout
from ui.bahasa import kini, t
from ui.data import muat
from ui.halaman_tabel import PER_HALAMAN

s = halaman.saringan()
lang = kini()
profil = halaman.profil_fokus(t("nav.kemandirian"))
kode = str(profil["kode_kube"])
mandiri = kelompok.tanggal_profil(profil, "tanggal_mandiri")
awal = kelompok.tanggal_profil(profil, "tanggal_bentuk", awal_bulan=True)
st.header(polos.md(f"{profil['nama']} ({kode})"))
st.caption(grafik.penjelasan_kesiapan(lang))

tren = muat(kesiapan.kesiapan_tren, kode_kube=kode, dari=awal, sampai=s.sampai)
saat_mandiri = muat(kesiapan.kesiapan_saat_mandiri, kode_kube=kode)
if tren.empty:
    layout.tidak_ada_data(t("kemandirian.belum_berdiri"))
    st.stop()
akhir = tren.iloc[-1]
layout.kartu(grafik.kartu_kesiapan(akhir, saat_mandiri, lang), per_baris=2)
if not bool(akhir["lengkap"]) or not saat_mandiri["lengkap"].all():
    st.info(t("kelengkapan.kesiapan_lengkap_ket"), icon=":material/info:")  # issue 13
st.caption(t("kemandirian.grafik_ket"))
layout.grafik(grafik.kesiapan_tren(tren, mandiri, lang), key="km_tren")

kiri, kanan = st.columns(2)
with kiri:
    st.subheader(t("kemandirian.rincian"))
    layout.tabel(grafik.rincian_kesiapan(akhir, lang), f"rincian_kesiapan_{kode}", key="km_rincian")
with kanan:
    st.subheader(t("kemandirian.tahap", tahap=theme.label(akhir["tahap"], lang).lower()))
    layout.tabel(grafik.kriteria_tahap(akhir, lang), f"kriteria_tahap_{kode}", key="km_tahap")
    if not bool(akhir["tahap_pasti"]):
        st.caption(t("kelengkapan.tahap_belum_pasti"))
    st.caption(t("kemandirian.tahap_ket"))

st.subheader(t("kemandirian.disiplin"))
st.caption(t("kemandirian.disiplin_ket"))
strip = muat(disiplin.disiplin, kode_kube=kode, **s.periode())
layout.grafik(grafik.disiplin_strip(strip, lang), key="km_disiplin")

if mandiri is not None:
    st.subheader(t("kemandirian.banding", tanggal=i18n.tanggal(mandiri, lang)))
    banding = muat(kesiapan.banding_mandiri, kode_kube=kode)
    layout.tabel(grafik.banding_mandiri(banding, lang), f"banding_mandiri_{kode}", key="km_banding")
    st.caption(t("kemandirian.banding_ket"))

st.subheader(t("kemandirian.peringatan"))
aktif = muat(peringatan_tersimpan.peringatan_aktif, kode_kube=kode, sampai=s.sampai)
if aktif.empty:
    st.success(t("kemandirian.peringatan_nol"), icon="✅")
else:
    layout.tabel(grafik.peringatan_tabel(aktif, lang), f"peringatan_{kode}", key="km_peringatan")

st.subheader(t("kemandirian.belum_siap"))
st.caption(t("kemandirian.belum_siap_ket", ambang=i18n.angka(A.KESIAPAN_AMBANG, lang)))
semua = muat(kesiapan.kesiapan_saat_mandiri, **s.wilayah())
# every group of the filter declared mandiri: the least ready first, a page of them on screen
layout.tabel(
    grafik.belum_siap_tabel(semua, lang),
    "dimandirikan_sebelum_siap",
    key="km_belum_siap",
    batas=PER_HALAMAN,
)
