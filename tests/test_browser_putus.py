"""Issue 9 §6: a blank page from a websocket cut between a run that asked for st.rerun and that
rerun (docs/streamlit-first-run.md, "The blank page reproduced").

Streamlit 1.67 (the behaviour pinned here): a run that calls st.rerun reports
FINISHED_EARLY_FOR_RERUN and "not running" to the browser, then starts its rerun. When the
websocket drops in between, the server stops the session's script (disconnect_session ->
request_script_stop), so the rerun never starts; the browser reconnects to the same session and
asks for a run only if it last saw one going. It last saw "not running": nobody asks, and the page
stays as the first run left it. The old first page (keluar_mode_folder) drew nothing and then
called st.rerun: blank until reloaded. Our first run asks for no rerun (ui/halaman.lewat_dashboard).

The moment is held by a gate in the server (tests/bantu_putus.py) and the cut is made by a TCP
proxy between Chromium and the server, so every case is deterministic."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from tests.bantu_browser import ROOT, chromium
from tests.bantu_putus import KEADAAN, buka_sampai_gerbang, putus_lalu_lepas, server_bergerbang

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# the old first page's shape: the first run draws nothing and asks for a rerun
MODEL = """import streamlit as st

if not st.session_state.get("sudah"):
    st.session_state["sudah"] = True
    st.rerun()
st.title("Halaman")
"""


def _model(tmp_path: Path) -> Path:
    skrip = tmp_path / "model.py"
    skrip.write_text(MODEL, encoding="utf-8")
    return skrip


def test_tanpa_putus_rerun_menggambar_halaman(tmp_path: Path) -> None:
    """Control: the gate alone (held, then let go) changes nothing; the rerun draws the title."""
    with server_bergerbang(_model(tmp_path), tmp_path, "antara", {}) as (_, url), chromium() as peramban:
        page = peramban.new_page()
        buka_sampai_gerbang(page, url, tmp_path)
        (tmp_path / "lepas").write_text("1")
        page.get_by_role("heading", name="Halaman").wait_for(timeout=60_000)


def test_putus_sebelum_rerun_halaman_kosong(tmp_path: Path) -> None:
    """The cut between FINISHED_EARLY_FOR_RERUN and the rerun: connected, not running, nothing
    drawn, and it stays so (15 s here; the issue saw 95-300 s until a reload)."""
    with server_bergerbang(_model(tmp_path), tmp_path, "antara", {}) as (proksi, url), chromium() as peramban:
        page = peramban.new_page()
        buka_sampai_gerbang(page, url, tmp_path)
        assert page.evaluate(KEADAAN)[1] == "notRunning"  # what the browser last saw
        putus_lalu_lepas(page, proksi, tmp_path)
        for _ in range(15):
            time.sleep(1)
            assert page.evaluate(KEADAAN) == ["CONNECTED", "notRunning", 0]
        assert page.get_by_role("heading", name="Halaman").count() == 0
    # the session's script was stopped at the disconnect: the rerun ended at its first element,
    # before sending it, and no run came after
    catatan = (tmp_path / "catatan").read_text().split()
    assert catatan == ["SCRIPT_STOPPED_FOR_RERUN", "SCRIPT_STOPPED_WITH_SUCCESS"]


def test_halaman_pertama_kita_tanpa_rerun_tahan_putus(demo_db_path: Path, tmp_path: Path) -> None:
    """Our first run asks for no rerun, so there is no such moment in it: a deep link's first run
    reports only FINISHED_SUCCESSFULLY, and a cut in the middle of it (the browser last saw a run
    going) makes the browser ask again, which draws the sign-in form."""
    salinan = tmp_path / "kube.duckdb"
    shutil.copy(demo_db_path, salinan)
    skrip = ROOT / "dashboard.py"
    with (
        server_bergerbang(skrip, tmp_path, "pertama", {"KUBE_DB": str(salinan)}) as (proksi, url),
        chromium() as peramban,
    ):
        page = peramban.new_page()
        buka_sampai_gerbang(page, f"{url}/bandingkan", tmp_path)
        assert page.evaluate(KEADAAN)[1] == "running"
        putus_lalu_lepas(page, proksi, tmp_path)
        page.get_by_label("Nama pengguna").wait_for(timeout=120_000)
    assert "SCRIPT_STOPPED_FOR_RERUN" not in (tmp_path / "catatan").read_text().split()
