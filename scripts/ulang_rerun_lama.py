"""Issue 9 §6: the OLD first-page code (before c5bb642) driven through Streamlit's own AppSession,
deep link first, with a browser message delivered exactly when the script is about to call
st.rerun (docs/streamlit-first-run.md; the model-script version is
tests/test_streamlit_rerun_hilang.py).

    .venv/bin/python scripts/ulang_rerun_lama.py [halaman] [--peramban]

Extracts the old tree (git archive c5bb642^) and builds its demo database in a temporary
folder, then runs each case in a fresh process (PagesManager.uses_pages_directory is
process-wide): no message, a second rerun_script, a stop_script; the last two also at the first
run's first message (`_awal`, before the page file leaves pages-folder mode). Prints, per case, what the
browser would receive and what every request_rerun returned (per thread).

With --peramban: the old code on a real server in Chromium behind tests/bantu_putus.py's proxy,
the websocket cut where tests/test_browser_putus.py cuts it (between the first run's
FINISHED_EARLY_FOR_RERUN and its rerun; at the first run's first message), and a control."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
KOMIT_LAMA = "c5bb642^"


def _runtime_tiruan() -> None:
    """The process's Runtime, stood in as AppTest does it."""
    from unittest.mock import MagicMock

    from streamlit.runtime import Runtime
    from streamlit.runtime.caching.storage.dummy_cache_storage import MemoryCacheStorageManager
    from streamlit.runtime.media_file_manager import MediaFileManager
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    rt = MagicMock(spec=Runtime)
    rt.media_file_mgr = MediaFileManager(MemoryMediaFileStorage("/mock/media"))
    rt.cache_storage_manager = MemoryCacheStorageManager()
    Runtime._instance = rt


def _gerbang(awal: bool) -> tuple[threading.Event, threading.Event, list[tuple[str, bool]]]:
    """Hold the first run at its first st.rerun (request_rerun on a script thread), or with
    `awal` at its first message (the navigation _mpa_v1 sends, before the page file runs and
    sets PagesManager.uses_pages_directory = False), until released."""
    from streamlit.runtime.scriptrunner_utils.script_requests import RerunData, ScriptRequests
    from streamlit.runtime.scriptrunner_utils.script_run_context import ScriptRunContext

    siap, lanjut, hasil = threading.Event(), threading.Event(), []

    def tahan() -> None:
        if threading.current_thread().name.startswith("ScriptRunner") and not siap.is_set():
            siap.set()
            lanjut.wait(120)

    asli_rerun, asli_kirim = ScriptRequests.request_rerun, ScriptRunContext.enqueue

    def rerun(self: ScriptRequests, data: RerunData) -> bool:
        tahan()
        r = asli_rerun(self, data)
        hasil.append((threading.current_thread().name, r))
        return r

    def kirim(self: ScriptRunContext, msg: Any) -> None:
        tahan()
        asli_kirim(self, msg)

    ScriptRequests.request_rerun = rerun  # type: ignore[method-assign]
    if awal:
        ScriptRunContext.enqueue = kirim  # type: ignore[method-assign]
    return siap, lanjut, hasil


async def _satu(kasus: str, halaman: str) -> None:
    from streamlit import config
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ClientState_pb2 import ClientState
    from streamlit.runtime.app_session import AppSession
    from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.runtime.script_data import ScriptData
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache

    config.set_option("server.fileWatcherType", "none")
    _runtime_tiruan()
    siap, lanjut, hasil = _gerbang(kasus.endswith("_awal"))
    skrip = ScriptData(os.path.abspath("dashboard.py"), is_hello=False)
    sesi = AppSession(skrip, MemoryUploadedFileManager("/_stcore/upload_file"), ScriptCache(), None, {})
    sesi.request_rerun(ClientState(page_name=halaman))  # the deep link's first rerun_script
    sampai = await asyncio.to_thread(siap.wait, 300)
    print(kasus, "gate reached:", sampai, "pages-folder mode:", PagesManager.uses_pages_directory)
    if kasus.startswith("rerun"):
        sesi.request_rerun(ClientState(page_name=halaman))
    elif kasus.startswith("stop"):
        sesi.handle_backmsg(BackMsg(stop_script=True))
    lanjut.set()
    pesan = await _sampai_diam(sesi)
    sesi.shutdown()
    print(kasus, _ringkas(pesan), "request_rerun:", hasil)


async def _sampai_diam(sesi: Any) -> list[Any]:
    pesan: list[Any] = []
    diam = 0
    while diam < 20:  # 2 s without a message and without a running script
        await asyncio.sleep(0.1)
        baru = sesi.flush_browser_queue()
        pesan += baru
        sr = sesi._scriptrunner
        jalan = sr is not None and sr._script_thread is not None and sr._script_thread.is_alive()
        diam = diam + 1 if not baru and not jalan else 0
    return pesan


def _ringkas(pesan: list[Any]) -> dict[str, Any]:
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    delta = [m.delta.new_element for m in pesan if m.HasField("delta")]
    selesai = [m.script_finished for m in pesan if m.HasField("script_finished")]
    return {
        "new_session": sum(m.WhichOneof("type") == "new_session" for m in pesan),
        "finished": [ForwardMsg.ScriptFinishedStatus.Name(s) for s in selesai],
        "elements": len(delta),
        "headings": [e.heading.body for e in delta if e.HasField("heading")][:2],
    }


def _pohon_lama(tmp: str) -> dict[str, str]:
    """The old tree in `tmp` with its demo database; the environment to run it with."""
    arsip = subprocess.run(["git", "archive", KOMIT_LAMA], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", tmp], input=arsip.stdout, check=True)
    db = Path(tmp) / "demo.duckdb"
    env = {**os.environ, "PYTHONPATH": tmp, "KUBE_DB": str(db)}
    buat = f"from kube_metrics.demo import build_demo; build_demo({str(db)!r}, seed=2021, scale='demo')"
    subprocess.run([sys.executable, "-c", buat], cwd=tmp, env=env, check=True)
    return env


def _peramban(tmp: str, env: dict[str, str], halaman: str) -> None:
    """The old code on a real server in Chromium, deep link first; the websocket cut (or not)
    where tests/test_browser_putus.py cuts it; the page's state 20 s after the gate opens."""
    sys.path.insert(0, str(ROOT))
    from tests.bantu_browser import chromium
    from tests.bantu_putus import KEADAAN, buka_sampai_gerbang, putus_lalu_lepas, server_bergerbang

    for titik, putus in (("antara", False), ("antara", True), ("pertama", True)):
        folder = Path(tempfile.mkdtemp(dir=tmp))
        skrip = Path(tmp) / "dashboard.py"
        with server_bergerbang(skrip, folder, titik, env) as (proksi, url), chromium() as peramban:
            page = peramban.new_page()
            buka_sampai_gerbang(page, f"{url}/{halaman}", folder)
            if putus:
                putus_lalu_lepas(page, proksi, folder)
            else:
                (folder / "lepas").write_text("1")
            time.sleep(20)
            judul = page.locator("h1").all_inner_texts()
            print(f"RESULT gate {titik}, cut {putus}: {page.evaluate(KEADAAN)}, h1 {judul}")


def main() -> None:
    argumen = [a for a in sys.argv[1:] if a != "--peramban"]
    halaman = argumen[0] if argumen else "bandingkan"
    with tempfile.TemporaryDirectory() as tmp:
        env = _pohon_lama(tmp)
        if "--peramban" in sys.argv:
            _peramban(tmp, env, halaman)
            return
        for kasus in ("none", "rerun", "stop", "rerun_awal", "stop_awal"):
            subprocess.run([sys.executable, __file__, "--satu", kasus, halaman], cwd=tmp, env=env, check=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--satu"]:
        asyncio.run(_satu(sys.argv[2], sys.argv[3]))
    else:
        main()
