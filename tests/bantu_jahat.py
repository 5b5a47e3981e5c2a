"""A database whose every free-text field is hostile markup (issue 9): for the page walks."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from kube_metrics import db
from kube_metrics.rollup import refresh_rollups

# The group name of the issue, plus the Plotly HTML subset, an emoji shortcode and a template.
NAMA_JAHAT = (
    "KUBE Baris**tebal** $y^3$ [klik](https://example.org) ![x](http://127.0.0.1:9/b.png) "
    "<b>tebal2</b> <i>miring</i> <a href='https://example.org/a'>tautan</a> :smile: %{y}"
)
# Raw forms that must never reach a renderer unescaped (Markdown / Plotly).
MENTAH_MD = ("**tebal**", "$y^3$", "[klik](", "![x](", ":smile:", "<b>tebal2")
MENTAH_PLOTLY = ("<b>tebal2", "<i>miring", "<a href", "$y^3$")
# Presentasi's slide is HTML inside Markdown: a blank line used to end the HTML block there.
BARIS_KOSONG = "\n\n**tebal3** [klik3](https://example.org) $z^2$"

_TEKS = {
    "kelompok": ("nama", "kelurahan", "kecamatan", "kota", "pendamping"),
    "anggota": ("nama",),
    "pertemuan": ("catatan",),
    "kunjungan": ("catatan",),
    "hambatan": ("uraian",),
    "jaringan": ("mitra",),
    "kesepakatan": ("isi",),
}


def db_jahat(asal: Path, tujuan: Path) -> Path:
    """A copy of `asal` whose free-text fields all carry NAMA_JAHAT (group names: + BARIS_KOSONG)."""
    shutil.copy(asal, tujuan)
    con = db.open_database(tujuan)
    try:
        for tabel, kolom in _TEKS.items():
            for k in kolom:
                # keep values distinct per row where they were (names of places group the filters)
                con.execute(
                    f"UPDATE {tabel} SET {k} = $j || ' ' || {k} WHERE {k} IS NOT NULL", {"j": NAMA_JAHAT}
                )
        con.execute("UPDATE kelompok SET nama = nama || $b", {"b": BARIS_KOSONG})
        refresh_rollups(con)
    finally:
        con.close()
    return tujuan


def tampak(teks: str) -> str:
    """What a Markdown text escaped by polos.md shows: the escapes and word joiners taken off."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", teks).replace("\u2060", "")
