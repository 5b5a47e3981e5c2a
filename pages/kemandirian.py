"""Kemandirian: was the group ready to be left on its own? Readiness over time with the mandiri
date, the discipline strip, the before/after-mandiri panel and the groups declared too early."""

import pandas as pd
import streamlit as st

from kube_metrics import ambang_modal_sosial as A
from kube_metrics import disiplin, kelompok, kesiapan, peringatan
from kube_metrics import format as fmt
from kube_metrics.charts import kemandirian as grafik
from ui import filters, halaman, layout
from ui.data import muat

s = halaman.saringan()
kode = filters.kelompok_fokus(s)
st.title("Kemandirian")
if kode is None:
    layout.tidak_ada_data("Belum ada kelompok di basis data ini.")
    st.stop()

profil = muat(kelompok.cari_kelompok, kode_atau_nama=kode).iloc[0].to_dict()
mandiri = None if pd.isna(profil["tanggal_mandiri"]) else pd.Timestamp(profil["tanggal_mandiri"]).date()
awal = pd.Timestamp(profil["tanggal_bentuk"]).date().replace(day=1)
st.header(f"{profil['nama']} ({kode})")
st.caption(grafik.penjelasan_kesiapan())

tren = muat(kesiapan.kesiapan_tren, kode_kube=kode, dari=awal, sampai=s.sampai)
saat_mandiri = muat(kesiapan.kesiapan_saat_mandiri, kode_kube=kode)
if tren.empty:
    layout.tidak_ada_data("Kelompok ini belum berdiri pada periode ini.")
    st.stop()
akhir = tren.iloc[-1]
layout.kartu(grafik.kartu_kesiapan(akhir, saat_mandiri), per_baris=2)
st.caption(
    "Grafik di bawah menampilkan seluruh umur kelompok sampai akhir periode, agar tanggal mandiri terlihat."
)
layout.grafik(grafik.kesiapan_tren(tren, mandiri), key="km_tren")

kiri, kanan = st.columns(2)
with kiri:
    st.subheader("Rincian kesiapan")
    layout.tabel(grafik.rincian_kesiapan(akhir), f"rincian_kesiapan_{kode}", key="km_rincian")
with kanan:
    st.subheader(f"Tahap: {akhir['tahap']}")
    layout.tabel(grafik.kriteria_tahap(akhir), f"kriteria_tahap_{kode}", key="km_tahap")
    st.caption(
        "Berkembang: minimal 24 bulan catatan baik, pengurus lengkap dan rapat rutin, laba dibagi ke "
        "tabungan dan IKS. Maju: berkembang, modal bertambah, dan minimal 2 mitra luar aktif."
    )

st.subheader("Disiplin bulanan")
st.caption(
    "Satu poin untuk tiap butir yang terpenuhi dalam sebulan: pertemuan diadakan, kehadiran minimal 75%, "
    "tabungan dikumpulkan, IKS disisihkan, buku kas terkini (pola Panchasutra kelompok swadaya)."
)
strip = muat(disiplin.disiplin, kode_kube=kode, **s.periode())
layout.grafik(grafik.disiplin_strip(strip), key="km_disiplin")

if mandiri is not None:
    st.subheader(f"12 bulan sebelum dan sesudah mandiri ({fmt.tanggal(mandiri)})")
    banding = muat(kesiapan.banding_mandiri, kode_kube=kode)
    layout.tabel(grafik.banding_mandiri(banding), f"banding_mandiri_{kode}", key="km_banding")
    st.caption("Sebelum: 12 bulan sebelum bulan mandiri. Sesudah: bulan mandiri dan 11 bulan berikutnya.")

st.subheader("Peringatan dini kelompok ini")
aktif = muat(peringatan.peringatan_aktif, kode_kube=kode, sampai=s.sampai)
if aktif.empty:
    st.success("Tidak ada peringatan pada akhir periode.", icon="✅")
else:
    layout.tabel(grafik.peringatan_tabel(aktif), f"peringatan_{kode}", key="km_peringatan")

st.subheader("Kelompok yang dimandirikan sebelum siap")
st.caption(
    "Semua kelompok (sesuai saringan wilayah) yang kesiapannya di bawah "
    f"{A.KESIAPAN_AMBANG:.0f} saat dimandirikan."
)
semua = muat(kesiapan.kesiapan_saat_mandiri, **s.wilayah())
layout.tabel(grafik.belum_siap_tabel(semua), "dimandirikan_sebelum_siap", key="km_belum_siap")
