"""Profil Kelompok: one group over time, with markers for the grant, mandiri and visits."""

import streamlit as st

from kube_metrics import format as fmt
from kube_metrics import hambatan, kehadiran, kelompok, kunjungan, peringatan, pertumbuhan
from kube_metrics.charts import hambatan as grafik_hambatan
from kube_metrics.charts import kelompok as grafik_kelompok
from kube_metrics.charts import peringatan as grafik_peringatan
from ui import filters, halaman, layout
from ui.data import muat

s = halaman.saringan()
kode = filters.kelompok_fokus(s)
st.title("Profil Kelompok")
if kode is None:
    layout.tidak_ada_data("Belum ada kelompok di basis data ini.")
    st.stop()

profil = muat(kelompok.cari_kelompok, kode_atau_nama=kode).iloc[0].to_dict()
st.header(f"{profil['nama']} ({kode})")
st.caption(grafik_kelompok.uraian_profil(profil) + f" — {s.uraian_periode()}")
aktif = muat(peringatan.peringatan_aktif, kode_kube=kode, sampai=s.sampai)
if aktif.empty:
    st.success(f"Tidak ada peringatan dini pada akhir {fmt.bulan(s.sampai)}.", icon=":material/check_circle:")
else:
    st.markdown(f"**Peringatan dini pada akhir {fmt.bulan(s.sampai)}**")
    layout.peringatan(grafik_peringatan.pesan_kelompok(aktif))
layout.kartu(grafik_kelompok.kartu_profil(profil))

periode = {"kode_kube": kode, **s.periode()}
penanda = grafik_kelompok.penanda_kelompok(profil)
kunjungan_kelompok = muat(kunjungan.daftar_kunjungan, **periode)
keuangan = muat(pertumbuhan.keuangan_bulanan, **periode)
layout.grafik(
    grafik_kelompok.keuangan_bulanan(keuangan, penanda=penanda, kunjungan=kunjungan_kelompok), key="keuangan"
)
hadir = muat(kehadiran.kehadiran_per_pertemuan, **periode)
layout.grafik(
    grafik_kelompok.kehadiran_per_pertemuan(hadir, penanda=penanda, kunjungan=kunjungan_kelompok),
    key="kehadiran",
)

kiri, kanan = st.columns(2)
with kiri:
    layout.grafik(
        grafik_kelompok.kunjungan_per_pihak(muat(kunjungan.kunjungan_per_pihak, **periode)), key="kunjungan"
    )
with kanan:
    layout.grafik(
        grafik_hambatan.hambatan_bulanan(muat(hambatan.hambatan_bulanan, **periode)), key="hambatan"
    )

st.subheader("Pertumbuhan per tahun")
tahunan = muat(pertumbuhan.pertumbuhan_tahunan, kode_kube=kode)
layout.tabel(grafik_kelompok.pertumbuhan_tahunan(tahunan), f"pertumbuhan_tahunan_{kode}", key="tahunan")

kiri, kanan = st.columns(2)
with kiri:
    st.subheader("Kunjungan")
    layout.tabel(
        grafik_kelompok.daftar_kunjungan(kunjungan_kelompok), f"kunjungan_{kode}", key="daftar_kunjungan"
    )
with kanan:
    st.subheader("Anggota absen 3 pertemuan terakhir")
    absen = muat(kehadiran.absen_beruntun, kode_kube=kode, sampai=s.sampai)
    if absen.empty:
        st.success(
            "Tidak ada anggota yang absen tiga pertemuan berturut-turut.", icon=":material/check_circle:"
        )
    else:
        layout.tabel(grafik_kelompok.absen_beruntun(absen), f"absen_beruntun_{kode}", key="absen")
