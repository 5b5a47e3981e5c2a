"""User text shown as plain text: names, notes, file names and error values are hostile.

Two places interpret markup:

- Streamlit's Markdown (st.title, st.header, st.markdown, st.caption, st.info, st.error, ...):
  Markdown, LaTeX between $ signs, :colour[...] and :material/...: directives, emoji shortcodes
  and, with unsafe_allow_html, HTML. `md()` makes any text render as exactly its characters.
- Plotly's text (titles, axis and tick labels, legend, hover, annotations): a small HTML subset
  (<b>, <i>, <br>, <a href>, <span style>, ...), HTML entities and, in templates, %{...}.
  `label()` makes any text render as exactly its characters there.

Use `html()` for text placed inside our own HTML given to st.markdown(unsafe_allow_html=True).
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Iterable

# Every ASCII punctuation character may be backslash-escaped in CommonMark and then means
# itself; escaping all of them (not a hand-picked few) leaves no syntax to slip through.
_MD_TANDA = re.compile(r"([!-/:-@\[-`{-~])")
# Line breaks end a paragraph or an HTML block in Markdown (a blank line would let the rest be
# read as Markdown again), so any run of whitespace holding a line break becomes one space.
_BARIS = re.compile(r"\s*[\r\n\u2028\u2029\x0b\x0c\x85]+\s*")
# A colon between word characters starts an emoji shortcode (:smile:) or a directive
# (:blue[...], :material/x:) even when escaped: a word joiner after it breaks the pattern.
_TITIK_DUA = "\\:\u2060"
# Markdown/LaTeX/directive characters written as entities by html() (not & # ; of the entities).
_HTML_TANDA = frozenset("*_$:[]()!`~|\\{}^<>=+-@")


def _satu_baris(teks: object) -> str:
    return _BARIS.sub(" ", "" if teks is None else str(teks))


def md(teks: object) -> str:
    """`teks` escaped for any Streamlit call that renders Markdown: shown as written."""
    aman = _MD_TANDA.sub(r"\\\1", _satu_baris(teks))
    # Leading spaces would make an indented code block; non-breaking ones keep the look.
    aman = re.sub(r"^ +", lambda m: "\u00a0" * len(m[0]), aman)
    return aman.replace("\\:", _TITIK_DUA)


def html(teks: object) -> str:
    """`teks` escaped for our own HTML inside st.markdown(unsafe_allow_html=True).

    HTML entities stop tags. Markdown is not parsed inside an HTML block as long as no blank
    line ends it, hence one line; Markdown and LaTeX characters become entities too, in case the
    text lands in a Markdown span after all."""
    aman = _html.escape(_satu_baris(teks), quote=True)
    return "".join(f"&#{ord(c)};" if c in _HTML_TANDA else c for c in aman)


def md_isian(baris, kolom: Iterable[str] = ("nama", "kelurahan", "kecamatan", "kota", "pendamping")) -> dict:
    """A copy of a row (a group's profile) with its free-text fields escaped by `md()`, for text
    builders whose result goes to Markdown. Coded fields (jenis_usaha, dates) stay as they are."""
    hasil = dict(baris)
    for k in kolom:
        if isinstance(hasil.get(k), str):
            hasil[k] = md(hasil[k])
    return hasil


def label(teks: object) -> str:
    """`teks` escaped for Plotly text: titles, axis, tick and legend labels, hover, annotations."""
    aman = _html.escape(_satu_baris(teks), quote=False)
    # %{...} is a template in hovertemplate/texttemplate; a $...$ string is LaTeX to Plotly.
    return aman.replace("%", "&#37;").replace("$", "&#36;")


def labels(daftar: Iterable[object]) -> list[str]:
    """`label()` for every item of a sequence (tick texts, category names)."""
    return [label(t) for t in daftar]
