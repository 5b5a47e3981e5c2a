"""Pantau KUBE: the Streamlit entry point (`streamlit run dashboard.py`, or `make run`).

Every page is one line in HALAMAN. This script draws what all pages share (the demo banner and
the sidebar filters, see ui/halaman.py), then runs the chosen page.
"""

import streamlit as st

from ui import halaman

halaman.konfigurasi()
mode_folder = halaman.mode_folder()  # Streamlit's first-run quirk, see ui/halaman.py

HALAMAN = [
    st.Page("pages/ringkasan.py", title="Ringkasan", icon=":material/dashboard:", default=True),
    st.Page("pages/profil_kelompok.py", title="Profil Kelompok", icon=":material/groups:"),
    st.Page("pages/bandingkan.py", title="Bandingkan", icon=":material/compare_arrows:"),
    st.Page("pages/hambatan.py", title="Hambatan", icon=":material/report_problem:"),
    st.Page("pages/modal_sosial.py", title="Modal Sosial", icon=":material/handshake:"),
    st.Page("pages/kemandirian.py", title="Kemandirian", icon=":material/explore:"),
    st.Page("pages/presentasi.py", title="Presentasi", icon=":material/co_present:"),
    st.Page("pages/kelola_data.py", title="Kelola Data", icon=":material/upload_file:"),
]

pilihan = st.navigation(HALAMAN)
if mode_folder:
    halaman.keluar_mode_folder()
with halaman.kerangka() as siap:
    if siap:
        pilihan.run()
