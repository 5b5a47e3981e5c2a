"""Pantau KUBE: the Streamlit entry point (`streamlit run dashboard.py`, or `make run`).

Every page is one line in HALAMAN. This script draws what all pages share (the sign-in gate,
the demo banner and the sidebar filters, see ui/halaman.py and ui/sesi.py), then runs the
chosen page if the signed-in role may open it (kube_metrics/akses.py).
"""

import streamlit as st

from ui import bahasa, halaman

halaman.konfigurasi()
# Page titles in the chosen language (`?lang=en`; the switch itself is in the sidebar).

HALAMAN = [
    st.Page("pages/ringkasan.py", title=bahasa.t("nav.ringkasan"), icon=":material/dashboard:", default=True),
    st.Page("pages/profil_kelompok.py", title=bahasa.t("nav.profil_kelompok"), icon=":material/groups:"),
    st.Page("pages/bandingkan.py", title=bahasa.t("nav.bandingkan"), icon=":material/compare_arrows:"),
    st.Page("pages/hambatan.py", title=bahasa.t("nav.hambatan"), icon=":material/report_problem:"),
    st.Page("pages/modal_sosial.py", title=bahasa.t("nav.modal_sosial"), icon=":material/handshake:"),
    st.Page("pages/kemandirian.py", title=bahasa.t("nav.kemandirian"), icon=":material/explore:"),
    st.Page("pages/presentasi.py", title=bahasa.t("nav.presentasi"), icon=":material/co_present:"),
    st.Page("pages/catat.py", title=bahasa.t("nav.catat"), icon=":material/edit_note:"),
    st.Page("pages/kelola_data.py", title=bahasa.t("nav.kelola_data"), icon=":material/upload_file:"),
    st.Page("pages/audit.py", title=bahasa.t("nav.audit"), icon=":material/history:"),
]

pilihan = halaman.navigasi(HALAMAN)  # the signed-in role's menu; also ends the pages-folder mode
with halaman.kerangka(pilihan) as siap:
    if siap:
        pilihan.run()
