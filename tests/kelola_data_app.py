"""A one-page entry script for testing pages/kelola_data.py the way dashboard.py runs pages
(st.navigation + halaman.kerangka), independent of which pages dashboard.py lists."""

from pathlib import Path

import streamlit as st

from ui import halaman

halaman.konfigurasi()
HALAMAN = Path(__file__).resolve().parent.parent / "pages" / "kelola_data.py"
pilihan = st.navigation([st.Page(str(HALAMAN), title="Kelola Data", default=True)])
with halaman.kerangka(pilihan) as siap:
    if siap:
        pilihan.run()
