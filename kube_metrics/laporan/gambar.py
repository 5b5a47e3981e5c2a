"""Static chart images (PNG) for the PDF and PowerPoint reports, through Kaleido.

Kaleido 1.x drives a Chromium. It must never download one: we point it at Debian's
`/usr/bin/chromium` through `BROWSER_PATH` (unless the caller set another) and render every
chart of a report in one browser session (`plotly.io.write_images`), a few seconds in all.
Without a usable browser the report is still written, without its charts (`None` images),
and says so; the narrative and figures never depend on the images.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

CHROMIUM = "/usr/bin/chromium"
LEBAR, TINGGI = 1200, 640  # 15:8, fills a 16:9 slide under its title
SKALA = 1.5  # sharp enough for print at A4 width

_log = logging.getLogger(__name__)
# progress: (fraction done 0..1, step name 'grafik' | 'grafik_selesai' | 'berkas')
Kemajuan = Callable[[float, str], None]


def siapkan_browser() -> str | None:
    """Point Kaleido at the system Chromium; the path in use, or None when there is none."""
    if not os.environ.get("BROWSER_PATH") and Path(CHROMIUM).exists():
        os.environ["BROWSER_PATH"] = CHROMIUM
    path = os.environ.get("BROWSER_PATH")
    return path if path and Path(path).exists() else None


def lapor(kemajuan: Kemajuan | None, bagian: float, langkah: str) -> None:
    """Tell the caller (the page's progress bar) how far a report has got."""
    if kemajuan is not None:
        kemajuan(bagian, langkah)


def png_semua(
    figs: Sequence[go.Figure],
    *,
    lebar: int = LEBAR,
    tinggi: int = TINGGI,
    kemajuan: Kemajuan | None = None,
) -> list[bytes | None]:
    """Each figure as PNG bytes, in order; all None when no browser can render them.

    The charts are drawn in one browser session (the slow part, seconds): `kemajuan` hears
    'grafik' before and 'grafik_selesai' after it."""
    if not figs:
        return []
    lapor(kemajuan, 0.05, "grafik")
    if siapkan_browser() is None:
        _log.warning("Chromium tidak ditemukan: laporan dibuat tanpa grafik.")
        return [None] * len(figs)
    with tempfile.TemporaryDirectory(prefix="kube_gambar_") as folder:
        paths = [Path(folder) / f"grafik_{i}.png" for i in range(len(figs))]
        try:
            tinggi_semua = [max(tinggi, int(f.layout.height or 0)) for f in figs]
            pio.write_images(list(figs), paths, format="png", scale=SKALA, width=lebar, height=tinggi_semua)
        except Exception as exc:  # the browser failed to start or crashed: report without charts
            _log.warning("Grafik tidak dapat digambar (%s): laporan dibuat tanpa grafik.", exc)
            return [None] * len(figs)
        lapor(kemajuan, 0.85, "grafik_selesai")
        return [p.read_bytes() for p in paths]
