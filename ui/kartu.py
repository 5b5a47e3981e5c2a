"""The "Bagikan kartu" button (Profil Kelompok, Presentasi): the WhatsApp summary card of the
focal group and month, made when asked, shown small, downloaded as PNG, and handed to the
phone's share sheet where the browser offers one (navigator.share with a file: Android Chrome,
iOS Safari; desktop browsers mostly do not, and there the download button is the way). When the
share sheet refuses the file, the same PNG is downloaded instead (tests/test_browser_bagikan.py
tries both in Chromium with phone emulation and a stubbed navigator.share)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re

import streamlit as st

from kube_metrics import i18n
from ui.bahasa import kini, t
from ui.data import muat

# Our own script only: the data in it is the PNG (base64) and a file name of [A-Za-z0-9_.-].
_BAGIKAN = """
<button id="{id}" type="button" style="display:none; padding:0.4rem 0.9rem; border-radius:0.5rem;
  border:1px solid #c0392b; background:#c0392b; color:white; font:inherit; cursor:pointer">{label}</button>
<script>
(() => {{
  const tombol = document.getElementById({id_js});
  const isi = Uint8Array.from(atob({b64}), c => c.charCodeAt(0));
  const berkas = new File([isi], {nama}, {{type: "image/png"}});
  if (!tombol || !navigator.share || !navigator.canShare || !navigator.canShare({{files: [berkas]}})) return;
  tombol.style.display = "inline-block";
  // The share sheet refused the file (not allowed, no target app): download it instead. A user
  // who closes the sheet (AbortError) chose not to share, so nothing more happens.
  const unduh = () => {{
    const a = document.createElement("a");
    a.href = URL.createObjectURL(berkas); a.download = berkas.name; document.body.appendChild(a);
    a.click(); setTimeout(() => {{ URL.revokeObjectURL(a.href); a.remove(); }}, 5000);
  }};
  tombol.onclick = () => navigator.share({{files: [berkas], title: {judul}}})
    .catch(e => {{ if (!e || e.name !== "AbortError") unduh(); }});
}})();
</script>
"""


def tombol_kartu(kode: str, bulan: dt.date, sebaya: str) -> None:
    """The button, and after it is pressed the card with its download and share buttons."""
    lang = kini()
    kunci = f"kartu_{kode}_{bulan:%Y-%m}_{sebaya}_{lang}"
    # a callback: it runs before the script, so a rerun of the page cannot lose the press
    st.button(
        t("kartu.tombol"), key="bagikan_kartu", icon=":material/share:", on_click=_buat,
        args=(kunci, kode, bulan, sebaya, lang),
    )  # fmt: skip
    hasil = st.session_state.get(kunci)
    if hasil is None:
        return
    png, bulan_kartu = hasil
    nama = f"kartu_{re.sub(r'[^A-Za-z0-9_.-]+', '_', kode)}_{bulan_kartu:%Y-%m}_{lang}.png"
    st.image(png, width=270, caption=t("kartu.bagikan_ket", bulan=i18n.bulan(bulan_kartu, lang)))
    st.download_button(
        t("kartu.unduh"), png, file_name=nama, mime="image/png", key="unduh_kartu",
        on_click="ignore", icon=":material/download:", type="primary",
    )  # fmt: skip
    _bagikan(png, nama)


def _buat(kunci: str, kode: str, bulan: dt.date, sebaya: str, lang: str) -> None:
    # imported on the press: the card's drawing code (Pillow's fonts) cost every first visit of
    # the page ~0.1 s CPU (issue 10)
    from kube_metrics.laporan.kartu import kartu_png

    st.session_state[kunci] = muat(
        kartu_png, kode_kube=kode, bulan=bulan, sebaya=sebaya, lang=lang, hari_ini=dt.date.today()
    )


def _bagikan(png: bytes, nama: str) -> None:
    id_tombol = f"bagikan-{re.sub(r'[^a-z0-9]+', '-', nama.lower())}"
    html = _BAGIKAN.format(
        id=id_tombol,
        id_js=json.dumps(id_tombol),
        label=t("kartu.bagikan"),
        b64=json.dumps(base64.b64encode(png).decode("ascii")),
        nama=json.dumps(nama),
        judul=json.dumps(t("kartu.tombol")),
    )
    st.html(html, unsafe_allow_javascript=True)
