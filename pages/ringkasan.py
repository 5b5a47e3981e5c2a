"""Ringkasan: the whole programme at a glance, for Dinas Sosial."""

import streamlit as st

from kube_metrics import format as fmt
from kube_metrics import peringatan, ringkasan
from kube_metrics.charts import peringatan as grafik_peringatan
from kube_metrics.charts import ringkasan as grafik_ringkasan
from ui import halaman, layout
from ui.data import muat

s = halaman.saringan()
st.title("Ringkasan")
lalu_dari, lalu_sampai = ringkasan.periode_sebelumnya(s.dari, s.sampai)
st.caption(
    f"{s.uraian()} — perubahan dibanding {fmt.bulan(lalu_dari)} – {fmt.bulan(lalu_sampai)} "
    "(periode sebelumnya dengan jumlah bulan yang sama)"
)

layout.kartu(grafik_ringkasan.kpi_ringkasan(muat(ringkasan.kpi_ringkasan, **s.semua())))
layout.grafik(grafik_ringkasan.tren_kelompok(muat(ringkasan.tren_kelompok, **s.semua())), key="tren_kelompok")

st.header("Perlu perhatian")
st.caption(
    "Kelompok yang kehadiran atau omzetnya turun, atau hambatannya menumpuk, dibanding periode sebelumnya."
)
perhatian = muat(ringkasan.perlu_perhatian, **s.semua())
if perhatian.empty:
    st.success(
        "Tidak ada kelompok yang perlu perhatian khusus pada periode ini.", icon=":material/check_circle:"
    )
else:
    layout.tabel(grafik_ringkasan.perlu_perhatian(perhatian), "perlu_perhatian", key="perlu_perhatian")

st.header("Peringatan dini")
st.caption(
    f"Peringatan yang aktif pada akhir {fmt.bulan(s.sampai)}: 🔴 tinggi perlu tindakan segera, "
    "🟡 sedang perlu diperhatikan. Rinciannya per kelompok ada di Profil Kelompok dan Kemandirian."
)
aktif = muat(peringatan.peringatan_aktif, sampai=s.sampai, **s.wilayah())
if aktif.empty:
    st.success("Tidak ada peringatan aktif untuk saringan ini.", icon=":material/check_circle:")
else:
    layout.grafik(grafik_peringatan.peringatan_per_kode(aktif), key="peringatan_per_kode")
    layout.tabel(grafik_peringatan.peringatan_tabel(aktif), "peringatan_dini", key="peringatan_dini")

st.header("Liga kelompok")
st.caption(
    "Setiap kelompok dengan status 🟢 baik · 🟡 waspada · 🔴 perlu tindakan per angka; ⚪ belum cukup data."
)
with st.expander("Ambang status 🟢🟡🔴"):
    st.markdown(grafik_ringkasan.keterangan_ambang())
liga = muat(ringkasan.liga_kelompok, **s.semua())
if liga.empty:
    layout.tidak_ada_data()
else:
    layout.tabel(grafik_ringkasan.liga_kelompok(liga), "liga_kelompok", key="liga_kelompok", tinggi=600)
