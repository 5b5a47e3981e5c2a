"""polos.md / polos.html / polos.label: user text keeps no markup power (the rendering itself is
checked in a real browser by tests/test_polos_halaman.py)."""

from __future__ import annotations

import re

from kube_metrics import polos

NAMA_JAHAT = "KUBE Baris**tebal** $y^3$ [klik](https://example.org) ![x](http://127.0.0.1:9/b.png)"


def test_md_meluputkan_semua_tanda() -> None:
    hasil = polos.md(NAMA_JAHAT)
    # every ASCII punctuation character is backslash-escaped: no Markdown/LaTeX construct is left
    tanpa_luput = re.sub(r"\\[!-/:-@\[-`{-~]", "", hasil)
    assert not re.search(r"[!-/:-@\[-`{-~]", tanpa_luput), tanpa_luput
    assert "\\*\\*tebal\\*\\*" in hasil and "\\$y\\^3\\$" in hasil


def test_md_baris_kosong_tidak_lolos() -> None:
    assert "\n" not in polos.md("nama\n\n# judul\r\n\r\n    kode")
    assert polos.md("a\n\nb") == "a b"
    assert polos.md("    kode").startswith("\u00a0" * 4)  # never an indented code block


def test_md_titik_dua_tidak_jadi_emoji_atau_ikon() -> None:
    hasil = polos.md(":smile: :material/home: :red[x]")
    assert not re.search(r":[a-z/_]+:", hasil.replace("\\", "").replace("\u2060", "X"))


def test_html_satu_baris_tanpa_tag() -> None:
    hasil = polos.html("<img src=x>\n\n**b** $x$")
    assert "<" not in hasil and "\n" not in hasil and "$" not in hasil and "*" not in hasil
    assert hasil.startswith("&lt;img src&#61;x&gt;")


def test_label_plotly() -> None:
    assert polos.label("<b>x</b><br><a href='h'>") == "&lt;b&gt;x&lt;/b&gt;&lt;br&gt;&lt;a href='h'&gt;"
    assert polos.label("A &amp; B") == "A &amp;amp; B"
    assert polos.label("%{x} $a$") == "&#37;{x} &#36;a&#36;"
    assert polos.label(None) == "" and polos.labels(["<i>", 3]) == ["&lt;i&gt;", "3"]
