"""Ringkasan: the whole programme at a glance, for Dinas Sosial."""

import streamlit as st

from kube_metrics import ambang_modal_sosial as A
from kube_metrics import i18n, peringatan_tersimpan, ringkasan, wilayah
from kube_metrics.charts import peringatan as grafik_peringatan
from kube_metrics.charts import ringkasan as grafik_ringkasan
from kube_metrics.charts import wilayah as grafik_wilayah
from ui import halaman, layout
from ui.bahasa import kini, t
from ui.data import muat
from ui.halaman_tabel import tabel_sql

s = halaman.saringan()
lang = kini()
st.title(t("nav.ringkasan"))
lalu_dari, lalu_sampai = ringkasan.periode_sebelumnya(s.dari, s.sampai)
st.caption(
    t(
        "ringkasan.keterangan",
        uraian=s.uraian(lang),
        dari=i18n.bulan(lalu_dari, lang),
        sampai=i18n.bulan(lalu_sampai, lang),
    )
)

layout.kartu(grafik_ringkasan.kpi_ringkasan(muat(ringkasan.kpi_ringkasan, **s.semua()), lang))
tren = muat(ringkasan.tren_kelompok, **s.semua())
layout.grafik(grafik_ringkasan.tren_kelompok(tren, lang), key="tren_kelompok")

banding = muat(wilayah.banding_wilayah, **s.semua())  # areas one level below the filter
if len(banding) > 1:
    st.header(grafik_wilayah.judul(banding, lang))
    st.caption(t("banding.keterangan"))
    layout.tabel(grafik_wilayah.banding_wilayah(banding, lang), "banding_wilayah", key="banding_wilayah")

# the league figures once per filter, shared by the watch list and the league table (issue 10)
angka = s.semua() | {"_angka": muat(ringkasan.liga_angka, **s.semua())}

st.header(t("ringkasan.perlu_perhatian"))
st.caption(t("ringkasan.perlu_perhatian_ket"))
# sorted and paged in SQL; the reasons are written for the rows shown
tabel_sql(
    ringkasan.perlu_perhatian_halaman,
    angka,
    lambda d: grafik_ringkasan.perlu_perhatian(d, lang),
    "perlu_perhatian",
    key="perlu_perhatian",
    urutan=ringkasan.URUT_PERHATIAN,
    kosong=lambda: st.success(t("ringkasan.perlu_perhatian_nol"), icon=":material/check_circle:"),
)

st.header(t("ringkasan.peringatan_dini"))
st.caption(t("ringkasan.peringatan_dini_ket", bulan=i18n.bulan(s.sampai, lang)))
# the two lists use different rules, so they can disagree: say why (issue 11)
st.caption(
    t("ringkasan.beda_perhatian", n=A.KEHADIRAN_TURUN_BULAN, poin=i18n.angka(A.KEHADIRAN_TURUN_POIN, lang))
)
# a lookup for the last month (stored at write time): counts and one page from SQL; the text
# is written for the rows shown
per_kode = muat(peringatan_tersimpan.jumlah_per_kode, sampai=s.sampai, **s.wilayah())
if per_kode["jumlah"].sum() == 0:
    st.success(t("ringkasan.peringatan_nol"), icon=":material/check_circle:")
else:
    layout.grafik(grafik_peringatan.peringatan_per_kode_hitung(per_kode, lang), key="peringatan_per_kode")
    tabel_sql(
        peringatan_tersimpan.peringatan_halaman,
        {"sampai": s.sampai, **s.wilayah()},
        lambda d: grafik_peringatan.peringatan_tabel(d, lang, urutkan=False),
        "peringatan_dini",
        key="peringatan_dini",
        urutan=peringatan_tersimpan.URUT_PERINGATAN,
    )

st.header(t("ringkasan.liga"))
st.caption(t("ringkasan.liga_ket"))
with st.expander(t("ringkasan.ambang")):
    st.markdown(grafik_ringkasan.keterangan_ambang(lang))
tabel_sql(
    ringkasan.liga_kelompok_halaman,
    angka,
    lambda d: grafik_ringkasan.liga_kelompok(d, lang),
    "liga_kelompok",
    key="liga_kelompok",
    urutan=ringkasan.URUT_LIGA,
    kosong=layout.tidak_ada_data,
    tinggi=600,
)
