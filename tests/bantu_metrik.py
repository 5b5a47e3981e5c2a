"""Helpers shared by the metric tests on tests/fixtures/kecil (the `con_kecil` fixture)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

JAN, FEB, MAR, APR = (dt.date(2024, m, 1) for m in (1, 2, 3, 4))


def _polos(v):
    if v is None or v is pd.NA or (isinstance(v, float) and v != v) or v is pd.NaT:
        return None
    if isinstance(v, pd.Timestamp | dt.date):
        return v.strftime("%Y-%m-%d")
    if isinstance(v, float):
        return round(v, 9)
    return v.item() if hasattr(v, "item") else v


def rekam(df, *cols):
    """Rows as tuples of plain values: dates as YYYY-MM-DD, floats rounded to 9 places, NA as None."""
    return [tuple(_polos(v) for v in row) for row in df[list(cols)].itertuples(index=False)]


def r(x):
    return round(x, 9)
