"""Big tables a page at a time: the first rows on screen, more on request, the full CSV made
only when downloaded (issue 10: at 100 000 groups the whole table would be 45 MB per view).

`bangun` is the chart builder (kube_metrics/charts) that turns metric rows into a Tabel: it
formats only the rows shown; the CSV button calls it on every row when clicked.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from kube_metrics import csv_aman, i18n
from kube_metrics.charts.tabel import Tabel
from ui import bahasa
from ui.layout import BATAS_GAYA, _nama_berkas, boleh

PER_HALAMAN = 200  # rows shown at first and added per click (a demo table fits in one page)


def tabel_halaman(
    data: pd.DataFrame,
    bangun: Callable[[pd.DataFrame], Tabel],
    nama_berkas: str,
    *,
    key: str,
    tinggi: int | None = None,
) -> None:
    """The first PER_HALAMAN rows of `data` (in its order), a 'more' button, a CSV of every row."""
    kunci = f"_batas_{key}"
    batas = int(st.session_state.get(kunci, PER_HALAMAN))
    tampil = bangun(data.head(batas))
    isi = tampil.data if len(tampil.data) > BATAS_GAYA else tampil.gaya
    st.dataframe(isi, hide_index=True, height=tinggi if tinggi else "auto", key=f"tabel_{key}")
    if len(data) > batas:
        lang = bahasa.kini()
        n, total = i18n.angka(batas, lang), i18n.angka(len(data), lang)
        st.caption(bahasa.t("tabel.sebagian", n=n, total=total))
        st.button(
            bahasa.t("tabel.lagi", n=i18n.angka(PER_HALAMAN, lang)),
            key=f"lagi_{key}",
            on_click=_tambah,
            args=(kunci, batas),
            icon=":material/expand_more:",
        )
    if not boleh("unduh"):
        return  # tamu: the rows on screen, never the whole table as a file (as ui.layout.tabel)
    st.download_button(
        bahasa.t("app.unduh_csv"),
        lambda: csv_aman.isi(bangun(data).data, bom=True),  # made on click, not on every run
        file_name=f"{_nama_berkas(nama_berkas)}.csv",
        mime="text/csv",
        key=f"unduh_{key}",
        on_click="ignore",
        icon=":material/download:",
    )


def _tambah(kunci: str, batas: int) -> None:
    st.session_state[kunci] = batas + PER_HALAMAN
