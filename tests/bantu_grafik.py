"""The text a Plotly chart draws: every string in its figure spec (titles, axis titles, tick and
category labels, legend names, bar and hover texts, annotations), for leak scans and checks."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

# spec parts that hold no drawn text (fonts, colours, the shared template's defaults)
_LEWATI = {"template", "font", "colorway", "marker", "line", "fillcolor", "bgcolor", "bordercolor"}


def _string(nilai: Any) -> list[str]:
    if isinstance(nilai, str):
        return [nilai]
    if isinstance(nilai, dict):
        if "bdata" in nilai:  # a typed numeric array: no text
            return []
        return [s for k, v in nilai.items() if k not in _LEWATI for s in _string(v)]
    if isinstance(nilai, list | tuple):
        return [s for v in nilai for s in _string(v)]
    if isinstance(nilai, np.ndarray | pd.Index | pd.Series):
        return _string(nilai.tolist())
    return []


def teks_grafik(fig: go.Figure | dict[str, Any]) -> str:
    """Every string of the figure, one per line (a go.Figure or its JSON spec)."""
    spec = fig.to_plotly_json() if isinstance(fig, go.Figure) else fig
    return "\n".join(_string({k: v for k, v in spec.items() if k in ("data", "layout")}))
