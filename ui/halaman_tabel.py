"""Big tables a page at a time, sorted, filtered and paged in SQL (issue 10: at 100 000 groups
the whole league table would be 45 MB per view).

`tabel_sql` asks a paged metric (kube_metrics/tabel_sql.py: `urut`, `arah`, `batas`, `lewati`
and the filter) for the first PER_HALAMAN rows in the order the user picked, shows them with the
whole table's count, adds PER_HALAMAN rows per click on "more", and makes the CSV of every row
(from SQL, through csv_aman) only when the download button is clicked. `bangun` is the chart
builder that turns metric rows into a Tabel (or a plain frame): it formats only the rows shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from kube_metrics import csv_aman, i18n
from kube_metrics import tabel_sql as ts
from kube_metrics.akses import Akun
from kube_metrics.charts.tabel import Tabel
from kube_metrics.tabel_sql import Urutan
from ui import bahasa, connection
from ui.data import muat
from ui.layout import BATAS_GAYA, _nama_berkas, boleh

PER_HALAMAN = 200  # rows shown at first and added per click (a demo table fits in one page)
Bangun = Callable[[pd.DataFrame], Tabel | pd.DataFrame]


def tabel_sql(
    metrik: Callable[..., pd.DataFrame],
    params: dict[str, Any],
    bangun: Bangun,
    nama_berkas: str,
    *,
    key: str,
    urutan: Urutan,
    kosong: Callable[[], None] | None = None,
    tinggi: int | None = None,
    column_config: dict[str, Any] | None = None,
) -> int:
    """Show the first rows of `metrik(**params)` in the chosen order; return the table's count.
    An empty table calls `kosong` (when given) instead of showing sort controls and headers."""
    kunci = _kunci(key)
    urut = st.session_state.get(f"urut_{kunci}", urutan.bawaan)
    arah = st.session_state.get(f"arah_{kunci}") or urutan.arah_bawaan
    batas = int(st.session_state.get(f"_batas_{key}", PER_HALAMAN))
    halaman = muat(metrik, urut=urut, arah=arah, batas=batas, lewati=0, **params)
    total = ts.jumlah(halaman)
    if total == 0 and kosong is not None:
        kosong()
        return 0
    if total > 1 and len(urutan.kolom) > 1:
        _pilih_urutan(urutan, key, kunci)
    _tampilkan(bangun(halaman), key, tinggi, column_config)
    if total > len(halaman):
        _lagi(key, len(halaman), total)
    if boleh("unduh"):  # tamu: the rows on screen, never the whole table as a file
        _unduh(metrik, params, bangun, nama_berkas, key, (urut, arah, connection.akun_sesi()))
    return total


def _kunci(key: str) -> str:
    """The sort widgets' key: per language, as their options' labels are (a switch of language
    starts from the table's default order)."""
    return f"{key}_{bahasa.kini()}"


def _pilih_urutan(urutan: Urutan, key: str, kunci: str) -> None:
    """Sort column and direction; a new choice starts again from the first page. The labels are
    written now (not inside format_func, which may run outside this script run)."""
    label = {k: bahasa.t(f"urut_tabel.kolom.{k}") for k in urutan.kolom}
    label |= {a: bahasa.t(f"urut_tabel.{a}") for a in ts.ARAH}
    kiri, kanan = st.columns([3, 2])
    kiri.selectbox(
        bahasa.t("urut_tabel.urut"),
        list(urutan.kolom),
        format_func=label.__getitem__,
        key=f"urut_{kunci}",
        on_change=_ulang,
        args=(key,),
    )
    kanan.segmented_control(
        bahasa.t("urut_tabel.arah"),
        list(ts.ARAH),
        format_func=label.__getitem__,
        default=urutan.arah_bawaan,
        key=f"arah_{kunci}",
        on_change=_ulang,
        args=(key,),
    )


def _tampilkan(
    tampil: Tabel | pd.DataFrame, key: str, tinggi: int | None, config: dict[str, Any] | None
) -> None:
    if isinstance(tampil, Tabel):
        isi: Any = tampil.data if len(tampil.data) > BATAS_GAYA else tampil.gaya
    else:
        isi = tampil
    tinggi_: Any = tinggi if tinggi else "auto"
    st.dataframe(isi, hide_index=True, height=tinggi_, key=f"tabel_{key}", column_config=config)


def _lagi(key: str, n: int, total: int) -> None:
    lang = bahasa.kini()
    st.caption(bahasa.t("tabel.sebagian", n=i18n.angka(n, lang), total=i18n.angka(total, lang)))
    st.button(
        bahasa.t("tabel.lagi", n=i18n.angka(PER_HALAMAN, lang)),
        key=f"lagi_{key}",
        on_click=_tambah,
        args=(key, n),
        icon=":material/expand_more:",
    )


def _unduh(
    metrik: Callable[..., pd.DataFrame],
    params: dict[str, Any],
    bangun: Bangun,
    nama_berkas: str,
    key: str,
    cara: tuple[str, str, Akun | None],
) -> None:
    st.download_button(
        bahasa.t("app.unduh_csv"),
        lambda: csv_semua(metrik, params, bangun, cara),  # made on click, not on every run
        file_name=f"{_nama_berkas(nama_berkas)}.csv",
        mime="text/csv",
        key=f"unduh_{key}",
        on_click="ignore",
        icon=":material/download:",
    )


def csv_semua(
    metrik: Callable[..., pd.DataFrame],
    params: dict[str, Any],
    bangun: Bangun,
    cara: tuple[str, str, Akun | None],
) -> bytes:
    """Every row of the table in the order shown, as a formula-safe CSV. Runs on Streamlit's
    download thread: its own cursor, narrowed to the account captured when the page ran."""
    urut, arah, akun = cara
    with connection.kursor(akun) as cur:
        semua = metrik(cur, urut=urut, arah=arah, batas=None, lewati=0, **params)
    tampil = bangun(semua)
    return csv_aman.isi(tampil.data if isinstance(tampil, Tabel) else tampil, bom=True)


def _tambah(key: str, n: int) -> None:
    st.session_state[f"_batas_{key}"] = n + PER_HALAMAN


def _ulang(key: str) -> None:
    st.session_state.pop(f"_batas_{key}", None)
