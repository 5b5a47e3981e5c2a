"""Profil Kelompok: one group over time, with markers for the grant, mandiri and visits."""

import streamlit as st

from kube_metrics import hambatan, i18n, kehadiran, kunjungan, peringatan_tersimpan, pertumbuhan, polos
from kube_metrics.charts import hambatan as grafik_hambatan
from kube_metrics.charts import kelompok as grafik_kelompok
from kube_metrics.charts import peringatan as grafik_peringatan
from ui import filters, halaman, layout
from ui.bahasa import kini, t
from ui.data import muat
from ui.kartu import tombol_kartu

s = halaman.saringan()
lang = kini()
profil = halaman.profil_fokus(t("nav.profil_kelompok"))
kode = str(profil["kode_kube"])
st.header(polos.md(f"{profil['nama']} ({kode})"))
st.caption(grafik_kelompok.uraian_profil(polos.md_isian(profil), lang) + f" — {s.uraian_periode(lang)}")
aktif = muat(peringatan_tersimpan.peringatan_aktif, kode_kube=kode, sampai=s.sampai)
akhir = i18n.bulan(s.sampai, lang)
if aktif.empty:
    st.success(t("profil.peringatan_nol", bulan=akhir), icon=":material/check_circle:")
else:
    st.markdown(f"**{t('profil.peringatan_judul', bulan=akhir)}**")
    layout.peringatan(grafik_peringatan.pesan_kelompok(aktif, lang))
layout.kartu(grafik_kelompok.kartu_profil(profil, lang))
tombol_kartu(kode, s.sampai, filters.sebaya())

periode = {"kode_kube": kode, **s.periode()}
penanda = grafik_kelompok.penanda_kelompok(profil, lang)
kunjungan_kelompok = muat(kunjungan.daftar_kunjungan, **periode)
keuangan = muat(pertumbuhan.keuangan_bulanan, **periode)
layout.grafik(
    grafik_kelompok.keuangan_bulanan(keuangan, penanda=penanda, kunjungan=kunjungan_kelompok, lang=lang),
    key="keuangan",
)
hadir = muat(kehadiran.kehadiran_per_pertemuan, **periode)
layout.grafik(
    grafik_kelompok.kehadiran_per_pertemuan(hadir, penanda=penanda, kunjungan=kunjungan_kelompok, lang=lang),
    key="kehadiran",
)

kiri, kanan = st.columns(2)
with kiri:
    per_pihak = muat(kunjungan.kunjungan_per_pihak, **periode)
    layout.grafik(grafik_kelompok.kunjungan_per_pihak(per_pihak, lang), key="kunjungan")
with kanan:
    bulanan = muat(hambatan.hambatan_bulanan, **periode)
    layout.grafik(grafik_hambatan.hambatan_bulanan(bulanan, lang), key="hambatan")

st.subheader(t("profil.pertumbuhan_tahunan"))
tahunan = muat(pertumbuhan.pertumbuhan_tahunan, kode_kube=kode)
layout.tabel(grafik_kelompok.pertumbuhan_tahunan(tahunan, lang), f"pertumbuhan_tahunan_{kode}", key="tahunan")

kiri, kanan = st.columns(2)
with kiri:
    st.subheader(t("profil.kunjungan"))
    layout.tabel(
        grafik_kelompok.daftar_kunjungan(kunjungan_kelompok, lang),
        f"kunjungan_{kode}",
        key="daftar_kunjungan",
    )
with kanan:
    st.subheader(t("profil.absen"))
    absen = muat(kehadiran.absen_beruntun, kode_kube=kode, sampai=s.sampai)
    if absen.empty:
        st.success(t("profil.absen_nol"), icon=":material/check_circle:")
    else:
        layout.tabel(grafik_kelompok.absen_beruntun(absen, lang), f"absen_beruntun_{kode}", key="absen")
