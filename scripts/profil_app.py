"""The entry script of scripts/profil_halaman.py: one page (PROFIL_HALAMAN, a pages/ stem) the
way dashboard.py runs it (st.navigation + halaman.kerangka), the whole script run under cProfile
with a process-CPU timer (DuckDB's own threads count too). Each run's stats go to
PROFIL_KELUAR/<n>.prof."""

import cProfile
import os
import time
from pathlib import Path

import streamlit as st

from ui import halaman

_profil = cProfile.Profile(time.process_time)
if os.environ.get("PROFIL_AKTIF") == "1":
    _profil.enable()
try:
    halaman.konfigurasi()
    _file = Path(__file__).resolve().parent.parent / "pages" / f"{os.environ['PROFIL_HALAMAN']}.py"
    _pilihan = st.navigation([st.Page(str(_file), title=_file.stem, default=True)])
    with halaman.kerangka(_pilihan) as _siap:
        if _siap:
            _pilihan.run()
finally:
    _profil.disable()
    _keluar = Path(os.environ["PROFIL_KELUAR"])
    _profil.dump_stats(str(_keluar / f"{len(list(_keluar.glob('*.prof')))}.prof"))
