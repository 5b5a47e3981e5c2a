"""The "Salin tautan" button: copies the address of the current view (page, filters, focal
group and language live in the URL, ui/filters.py) to the clipboard, to paste into a message.

Our own script only (st.html runs it in the page, not in an iframe, so it sees the real address
and the clipboard); its texts come from the catalogue. Without the Clipboard API (plain http on
a LAN address) it falls back to a hidden text field and document.execCommand('copy')."""

from __future__ import annotations

import json

import streamlit as st

from ui.bahasa import t

_SKRIP = """
<div style="margin: 0.25rem 0 0.5rem 0">
<button id="salin-tautan" type="button" style="padding:0.35rem 0.8rem; border-radius:0.5rem;
  border:1px solid rgba(49,51,63,0.2); background:white; font:inherit; cursor:pointer">{label}</button>
<div id="salin-tautan-pesan" role="status" style="font-size:0.85rem; color:#2e8b57; margin-top:0.3rem"></div>
</div>
<script>
(() => {{
  const tombol = document.getElementById("salin-tautan");
  const pesan = document.getElementById("salin-tautan-pesan");
  if (!tombol) return;
  const cadangan = (teks) => {{
    const isian = document.createElement("textarea");
    isian.value = teks; isian.style.position = "fixed"; isian.style.opacity = "0";
    document.body.appendChild(isian); isian.select();
    const ok = document.execCommand("copy"); isian.remove(); return ok;
  }};
  tombol.onclick = async () => {{
    const alamat = window.location.href;
    let ok = false;
    try {{ await navigator.clipboard.writeText(alamat); ok = true; }} catch (e) {{ ok = cadangan(alamat); }}
    pesan.textContent = ok ? {berhasil} : {gagal};
    pesan.style.color = ok ? "#2e8b57" : "#c0392b";
  }};
}})();
</script>
"""


def tombol_salin_tautan() -> None:
    """In the sidebar, under the filters."""
    st.sidebar.html(
        _SKRIP.format(
            label=t("saringan.salin_tautan"),
            berhasil=json.dumps(t("saringan.tautan_disalin")),
            gagal=json.dumps(t("saringan.tautan_gagal")),
        ),
        unsafe_allow_javascript=True,
    )
