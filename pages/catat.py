"""Catat: record one meeting, monthly report, visit, obstacle or member of the focal group, or
correct or delete one, through the importer's checks (ui/catat*.py, kube_metrics/catat)."""

import streamlit as st

from kube_metrics import polos
from ui import catat, catat_koreksi, catat_pemeriksaan, halaman
from ui import catat_formulir as umum
from ui import catat_hambatan_anggota as berubah
from ui.bahasa import t

# One function per form (kode_kube, awalan, awal=None, asal=None): a new kind is one more line.
FORMULIR = {
    "pertemuan": umum.pertemuan,
    "keuangan": umum.keuangan,
    "kunjungan": umum.kunjungan,
    "hambatan": berubah.hambatan,
    "anggota": berubah.anggota,
    "pemeriksaan": catat_pemeriksaan.pemeriksaan,  # "checked, none" (issue 13)
}
# Forms that change a stored record's state instead of adding one (kode_kube, awalan).
PERUBAHAN = {"hambatan": berubah.hambatan_selesai, "anggota": berubah.anggota_keluar}
MODE = {"hambatan": ("baru", "selesaikan"), "anggota": ("baru", "keluar")}

profil = halaman.profil_fokus(t("catat.judul"))
kode = str(profil["kode_kube"])
if not catat.boleh(profil):  # e.g. a pendamping who opened another group's ?kube= by URL
    st.stop()
st.caption(
    t("catat.pengantar", nama=polos.md(profil["nama"]), kode=polos.md(kode)) + " " + t("catat.ganti_kelompok")
)
catat.gaya()
catat.pesan()
jenis = st.segmented_control(
    t("catat.apa"),
    (*FORMULIR, "koreksi") if catat.boleh(profil, "koreksi") else tuple(FORMULIR),
    key="catat.jenis",
    required=True,
    default="pertemuan",
    format_func=lambda j: t(f"catat.jenis.{j}"),
)
catatan_draf = st.empty()
with st.container(key="catat_formulir"):
    if jenis == "koreksi":
        catat_koreksi.koreksi(kode, f"catat.{kode}.koreksi", FORMULIR, hapus=catat.boleh(profil, "hapus"))
    else:
        mode = "baru"
        if jenis in MODE:
            mode = st.segmented_control(
                t(f"catat.{jenis}.mode"),
                MODE[jenis],
                key=f"catat.{jenis}.mode",
                required=True,
                default="baru",
                format_func=lambda m, j=jenis: t(f"catat.{j}.{m}"),
            )
        awalan = f"catat.{kode}.{jenis}.{mode}"
        catat.ringkasan_galat(awalan)
        if mode == "baru":
            FORMULIR[str(jenis)](kode, awalan)
        else:
            PERUBAHAN[str(jenis)](kode, awalan)
if catat.dipulihkan():
    catatan_draf.info(t("catat.draf"), icon=":material/edit_note:")
