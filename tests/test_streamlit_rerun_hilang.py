"""Issue 9 §6, the candidate cause of the old blank first page (docs/streamlit-first-run.md):
what Streamlit 1.67 does when a browser message reaches a session while its script is about to
call st.rerun, driven deterministically through Streamlit's own AppSession and ScriptRunner.

The old code (ui/halaman.keluar_mode_folder, before c5bb642) drew nothing in the server's first
run and asked for a second run with st.rerun. The script below has that shape: its first run
stops at a gate just before st.rerun, the test delivers the browser message there, then opens
the gate. Every run after the first draws a title. What reaches the browser is read from the
session's queue, as the websocket handler would flush it.

These tests pin Streamlit's behaviour, not our code (which asks for no rerun any more,
ui/halaman.lewat_dashboard): if an upgrade changes it, the doc's account must be read again."""

from __future__ import annotations

import asyncio
import sys
import threading
import types
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import MagicMock

import pytest
from streamlit import config
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime import Runtime
from streamlit.runtime.app_session import AppSession
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.script_data import ScriptData
from streamlit.runtime.scriptrunner import ScriptRunner
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.runtime.scriptrunner_utils.script_requests import ScriptRequests

GERBANG = "_gerbang_rerun_s17"  # the module the script imports to meet the test

SKRIP = f"""
import streamlit as st
import {GERBANG} as g

g.mulai.append(1)
if len(g.mulai) == 1:  # the first run draws nothing and asks for another (the old code's shape)
    g.siap.set()
    g.lanjut.wait(30)
    st.rerun()
st.title("Halaman")
"""


@pytest.fixture
def gerbang(monkeypatch: pytest.MonkeyPatch) -> Iterator[types.SimpleNamespace]:
    """The gate between script and test, and a record of what st.rerun's request_rerun returned."""
    g = types.SimpleNamespace(mulai=[], siap=threading.Event(), lanjut=threading.Event(), hasil=[])
    monkeypatch.setitem(sys.modules, GERBANG, g)
    asli = ScriptRequests.request_rerun

    def catat(self: ScriptRequests, data: object) -> bool:
        hasil = asli(self, data)  # type: ignore[arg-type]
        g.hasil.append(hasil)
        return hasil

    # called by a new ScriptRunner for its first run, and by st.rerun (AppSession under fastReruns
    # only stops the old runner and makes a new one)
    monkeypatch.setattr(ScriptRequests, "request_rerun", catat)
    # the process's Runtime, as AppTest stands it in: only its media manager is used here
    runtime = MagicMock(spec=Runtime)
    runtime.media_file_mgr = MediaFileManager(MemoryMediaFileStorage("/mock/media"))
    monkeypatch.setattr(Runtime, "_instance", runtime)
    # what a session's runs change for the whole process, put back afterwards
    monkeypatch.setattr(PagesManager, "uses_pages_directory", None)
    monkeypatch.setitem(sys.modules, "__main__", sys.modules["__main__"])
    lama = config.get_option("server.fileWatcherType")
    config.set_option("server.fileWatcherType", "none")
    yield g
    g.lanjut.set()
    config.set_option("server.fileWatcherType", lama)


def _jalankan(tmp_path: Path, g: types.SimpleNamespace, pesan: str | None) -> list[ForwardMsg]:
    """A session's first run; at the gate the browser sends `pesan` ("rerun", "stop" or None);
    then everything the browser would receive until the session is idle."""
    skrip = tmp_path / "app.py"
    skrip.write_text(SKRIP, encoding="utf-8")

    async def utama() -> list[ForwardMsg]:
        sesi = AppSession(
            ScriptData(str(skrip), is_hello=False), MemoryUploadedFileManager("/_stcore/upload_file"),
            ScriptCache(), None, {}, session_id_override="s17u",
        )  # fmt: skip
        try:
            sesi.request_rerun(ClientState())  # the browser's first rerun_script: run A
            assert await asyncio.to_thread(g.siap.wait, 30)
            pertama = sesi._scriptrunner
            if pesan == "rerun":  # a second rerun_script (a reconnect, a click, key R)
                sesi.request_rerun(ClientState())
            elif pesan == "stop":
                sesi.handle_backmsg(BackMsg(stop_script=True))
            g.lanjut.set()
            assert isinstance(pertama, ScriptRunner)
            await asyncio.to_thread(pertama._script_thread.join, 30)  # type: ignore[union-attr]
            return await _sampai_diam(sesi)
        finally:
            sesi.shutdown()

    return asyncio.run(utama())


async def _sampai_diam(sesi: AppSession) -> list[ForwardMsg]:
    """Flush the session's queue until no script runs and no message comes for 1 s."""
    pesan: list[ForwardMsg] = []
    diam = 0
    for _ in range(300):
        await asyncio.sleep(0.1)
        baru = sesi.flush_browser_queue()
        pesan += baru
        berjalan = sesi._scriptrunner is not None and sesi._scriptrunner._script_thread.is_alive()  # type: ignore[union-attr]
        diam = diam + 1 if not baru and not berjalan else 0
        if diam >= 10:
            return pesan
    raise AssertionError("the session never went idle")


def _ringkas(pesan: list[ForwardMsg]) -> tuple[int, list[str], int]:
    """(new_session messages, script_finished statuses, title deltas) as the browser sees them."""
    mulai = sum(m.WhichOneof("type") == "new_session" for m in pesan)
    selesai = [
        ForwardMsg.ScriptFinishedStatus.Name(m.script_finished)
        for m in pesan
        if m.HasField("script_finished")
    ]
    judul = sum(m.HasField("delta") and m.delta.new_element.HasField("heading") for m in pesan)
    return mulai, selesai, judul


def test_tanpa_gangguan_rerun_yang_diminta_menggambar_halaman(
    tmp_path: Path, gerbang: types.SimpleNamespace
) -> None:
    """Control: nothing comes between; st.rerun is accepted and the second run draws the title."""
    ringkas = _ringkas(_jalankan(tmp_path, gerbang, None))
    assert gerbang.hasil == [True, True] and len(gerbang.mulai) == 2  # A's start, A's st.rerun
    assert ringkas == (2, ["FINISHED_EARLY_FOR_RERUN", "FINISHED_SUCCESSFULLY"], 1), ringkas


def test_rerun_dari_browser_membatalkan_st_rerun_tetapi_halaman_tetap_digambar(
    tmp_path: Path, gerbang: types.SimpleNamespace
) -> None:
    """The candidate: under runner.fastReruns the browser's rerun stops run A, so A's st.rerun is
    refused (request_rerun returns False, ignored) and that rerun never runs. But the session has
    already started a new runner for the browser's request, and it draws the page: this
    interleaving alone cannot leave the page blank."""
    assert config.get_option("runner.fastReruns") is True
    ringkas = _ringkas(_jalankan(tmp_path, gerbang, "rerun"))
    assert gerbang.hasil == [True, True, False]  # A's start, B's start, A's st.rerun: refused
    assert len(gerbang.mulai) == 2  # A, and B for the browser; never A's own rerun
    # the browser sees B start and draw the page (A's events after the stop are not sent)
    assert ringkas == (2, ["FINISHED_SUCCESSFULLY"], 1), ringkas


def test_stop_dari_browser_membatalkan_st_rerun_dan_halaman_kosong(
    tmp_path: Path, gerbang: types.SimpleNamespace
) -> None:
    """The same drop with a stop_script message instead (the browser's Stop): no runner follows,
    and the browser is told the run finished, with nothing drawn: a blank page."""
    ringkas = _ringkas(_jalankan(tmp_path, gerbang, "stop"))
    assert gerbang.hasil == [True, False] and len(gerbang.mulai) == 1  # A's st.rerun refused
    # one run started, reported finished successfully, nothing drawn, and no run follows
    assert ringkas == (1, ["FINISHED_SUCCESSFULLY"], 0), ringkas
