"""Cached calls of kube_metrics functions, keyed on their parameters and the database version."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import streamlit as st

from ui import connection


def muat(fungsi: Callable[..., Any], **params: Any) -> Any:
    """`fungsi(cursor, **params)`, cached until the parameters or the database change."""
    return _muat(fungsi.__module__, fungsi.__name__, connection.versi_data(), **params)


@st.cache_data(show_spinner=False, max_entries=512)
def _muat(modul: str, nama: str, versi: tuple[Any, ...], **params: Any) -> Any:
    # `versi` is only part of the cache key: a changed database means a new entry.
    fungsi = getattr(importlib.import_module(modul), nama)
    with connection.kursor() as cur:
        return fungsi(cur, **params)
