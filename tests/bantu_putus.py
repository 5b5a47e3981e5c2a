"""A websocket cut at a chosen moment of a script run (issue 9 §6, docs/streamlit-first-run.md).

`Proksi`: a TCP proxy between Chromium and a Streamlit server whose connections can all be cut
at once, as a stalled network or proxy would; the browser then reconnects through it by itself.

Run as a script (`python tests/bantu_putus.py run app.py ...`) it starts Streamlit with a gate:
the script thread waits at GERBANG_TITIK until the file GERBANG_DIR/lepas exists, having written
GERBANG_DIR/sampai. Points: `antara` (a run has just reported FINISHED_EARLY_FOR_RERUN, its rerun
not yet started), `pertama` (the first message a script sends). Every finished run's event is
appended to GERBANG_DIR/catatan. The gate patches Streamlit's private ScriptRunner: test-only."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_SINI = Path(__file__).resolve()


class Proksi:
    def __init__(self, port_tujuan: int) -> None:
        self._tujuan = port_tujuan
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._server.getsockname()[1])
        self._soket: list[socket.socket] = []
        self._kunci = threading.Lock()
        threading.Thread(target=self._terima, daemon=True).start()

    def _terima(self) -> None:
        while True:
            try:
                klien, _ = self._server.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self._tujuan))
            with self._kunci:
                self._soket += [klien, server]
            for a, b in ((klien, server), (server, klien)):
                threading.Thread(target=_salur, args=(a, b), daemon=True).start()

    def putus(self) -> None:
        """Cut every open connection (both sides see it closed abnormally)."""
        with self._kunci:
            soket, self._soket = self._soket, []
        for s in soket:
            _tutup(s)

    def close(self) -> None:
        self._server.close()
        self.putus()


def _salur(a: socket.socket, b: socket.socket) -> None:
    try:
        while data := a.recv(65536):
            b.sendall(data)
    except OSError:
        pass
    finally:
        _tutup(a)
        _tutup(b)


def _tutup(s: socket.socket) -> None:
    with contextlib.suppress(OSError):
        s.shutdown(socket.SHUT_RDWR)
    s.close()


KEADAAN = """() => { const a = document.querySelector('[data-testid=stApp]');
  return [a?.getAttribute('data-test-connection-state'), a?.getAttribute('data-test-script-state'),
          document.querySelectorAll('[data-testid=stElementContainer]').length]; }"""


@contextlib.contextmanager
def server_bergerbang(
    skrip: Path, folder: Path, titik: str, env: dict[str, str]
) -> Iterator[tuple[Proksi, str]]:
    """Streamlit with the gate at `titik`, behind a proxy; yields (proxy, the proxy's URL).
    `skrip` runs from its own folder (cwd), with PYTHONPATH as `env` or os.environ gives it."""
    # imported here: run as the server's launcher, this file needs only streamlit
    from tests.bantu_browser import butuh_chromium, port_bebas, tunggu_sehat

    butuh_chromium()
    port = port_bebas()
    perintah = [
        sys.executable, str(_SINI), "run", str(skrip),
        "--server.headless", "true", "--server.port", str(port), "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    env = {
        **os.environ,
        "PYTHONPATH": str(_SINI.parent.parent),
        "GERBANG_DIR": str(folder),
        "GERBANG_TITIK": titik,
        **env,
    }
    with (folder / "server.log").open("wb") as log:
        proses = subprocess.Popen(perintah, cwd=skrip.parent, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            tunggu_sehat(f"http://127.0.0.1:{port}", proses)
            proksi = Proksi(port)
            try:
                yield proksi, f"http://127.0.0.1:{proksi.port}"
            finally:
                proksi.close()
        finally:
            proses.terminate()
            proses.wait(timeout=20)
            print((folder / "server.log").read_text(errors="replace")[-3000:])


def _tunggu(syarat: Any, batas: float, pesan: str) -> None:
    akhir = time.monotonic() + batas
    while not syarat():
        if time.monotonic() > akhir:
            raise AssertionError(pesan)
        time.sleep(0.1)


def buka_sampai_gerbang(page: Any, url: str, folder: Path) -> None:
    page.goto(url)
    _tunggu((folder / "sampai").exists, 180, "the gate was never reached")


def putus_lalu_lepas(page: Any, proksi: Proksi, folder: Path) -> None:
    """Cut the websocket at the gate, wait until the browser has reconnected (so the server has
    handled the disconnect), then let the script go on."""
    page.evaluate("window.__putus = false")
    page.evaluate(
        """() => { const k = 'data-test-connection-state';
             new MutationObserver(() => {
               if (document.querySelector('[data-testid=stApp]')?.getAttribute(k) !== 'CONNECTED') {
                 window.__putus = true; }
             }).observe(document.body, {attributes: true, subtree: true, attributeFilter: [k]}); }"""
    )
    proksi.putus()
    _tunggu(lambda: page.evaluate("window.__putus"), 60, "the browser never saw the cut")
    _tunggu(lambda: page.evaluate(KEADAAN)[0] == "CONNECTED", 120, "the browser never reconnected")
    time.sleep(1)
    (folder / "lepas").write_text("1")


def _pasang_gerbang(folder: Path, titik: str) -> None:
    from streamlit.runtime.scriptrunner import script_runner as sr
    from streamlit.runtime.scriptrunner_utils.script_run_context import ScriptRunContext

    sudah = threading.Event()

    def tahan(apa: str) -> None:
        if titik != apa or sudah.is_set():
            return
        sudah.set()
        (folder / "sampai").write_text(apa)
        while not (folder / "lepas").exists():
            time.sleep(0.05)

    selesai_asli, kirim_asli = sr.ScriptRunner._on_script_finished, ScriptRunContext.enqueue

    def selesai(self: Any, ctx: Any, event: Any, *args: Any) -> None:
        selesai_asli(self, ctx, event, *args)
        with (folder / "catatan").open("a") as f:
            f.write(f"{event.name}\n")
        if event == sr.ScriptRunnerEvent.SCRIPT_STOPPED_FOR_RERUN:
            tahan("antara")

    def kirim(self: Any, msg: Any) -> None:
        tahan("pertama")
        kirim_asli(self, msg)

    sr.ScriptRunner._on_script_finished = selesai  # type: ignore[method-assign]
    ScriptRunContext.enqueue = kirim  # type: ignore[method-assign]


if __name__ == "__main__":
    _pasang_gerbang(Path(os.environ["GERBANG_DIR"]), os.environ.get("GERBANG_TITIK", ""))
    from streamlit.web.cli import main

    sys.argv = ["streamlit", *sys.argv[1:]]
    main()
