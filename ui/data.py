"""Cached calls of kube_metrics functions, keyed on their parameters, the database version and
the signed-in account (its role and area decide what the cursor may see)."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import Any

import streamlit as st

from kube_metrics.akses import Akun
from ui import connection


def muat(fungsi: Callable[..., Any], **params: Any) -> Any:
    """`fungsi(cursor, **params)`, cached until the parameters or the database change."""
    versi = connection.versi_data()
    return _muat(fungsi.__module__, fungsi.__name__, versi, connection.akun_sesi(), False, **params)


def muat_penuh(fungsi: Callable[..., Any], **params: Any) -> Any:
    """`muat` over only the groups the account sees in full (exports: no anonymised peer)."""
    versi = connection.versi_data()
    return _muat(fungsi.__module__, fungsi.__name__, versi, connection.akun_sesi(), True, **params)


@st.cache_data(show_spinner=False, max_entries=512)
def _muat(
    modul: str, nama: str, versi: tuple[Any, ...], akun_: Akun | None, penuh_: bool, **params: Any
) -> Any:
    # `versi` and the account are only part of the cache key (no leading underscore: Streamlit
    # leaves such parameters out of the key), so one account never gets another's result.
    fungsi = getattr(importlib.import_module(modul), nama)
    with connection.kursor(akun_, hanya_penuh=penuh_) as cur:
        return fungsi(cur, **params)


def sekali(fungsi: Callable[..., Any], **params: Any) -> Callable[[], Any]:
    """`fungsi(cursor, **params)` computed at most once, when first asked for, and kept only as
    long as the caller holds it (not in the cache): rows two cached metrics of a page share,
    handed to them as a leading-underscore parameter (outside their cache key), so a run whose
    metrics are all cached never computes them. The account is taken now: a download button may
    call it later on another thread."""
    akun_ = connection.akun_sesi()

    @functools.cache
    def hasil() -> Any:
        with connection.kursor(akun_) as cur:
            return fungsi(cur, **params)

    return hasil
