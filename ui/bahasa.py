"""The one language switch of the app: Bahasa Indonesia by default, English with `?lang=en`.

dashboard.py reads the language before `st.navigation` (page titles), so the current language
comes from the session mirror (set by the widget's on_change, which runs before the script),
else the URL. The sidebar control (`pilih()`) is drawn once per run by ui/halaman.py and writes
the choice back to the URL, left out for the default, so a shared link keeps its language.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from kube_metrics import i18n

KUNCI = "bahasa"  # the widget key (tests press it: at.button_group(key="bahasa"))
_CERMIN = "_cermin_bahasa"


def kini() -> str:
    """The language of this run: the session's choice, else `?lang=`, else Bahasa Indonesia."""
    cermin = st.session_state.get(_CERMIN)
    if cermin in i18n.BAHASA:
        return str(cermin)
    return i18n.bahasa(st.query_params.get("lang"))


def t(kunci: str, **nilai: Any) -> str:
    """`i18n.teks` in the language of this run."""
    return i18n.teks(kunci, kini(), **nilai)


def _salin() -> None:
    st.session_state[_CERMIN] = i18n.bahasa(st.session_state.get(KUNCI))


def pilih() -> str:
    """The sidebar control 'Bahasa: Indonesia / English', synced with `?lang=`."""
    lang = kini()
    st.session_state[KUNCI] = lang  # written on every run, as ui/filters.py does for its widgets
    st.sidebar.segmented_control(
        i18n.teks("umum.bahasa", lang),
        list(i18n.BAHASA),
        key=KUNCI,
        required=True,  # clicking the chosen language again must not leave none chosen
        format_func=lambda k: i18n.teks("umum.nama_bahasa", k),
        on_change=_salin,
    )
    st.session_state[_CERMIN] = lang
    if lang == i18n.BAWAAN:
        st.query_params.pop("lang", None)
    elif st.query_params.get("lang") != lang:
        st.query_params["lang"] = lang
    return lang
