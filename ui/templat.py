"""The import templates' bytes, built once per server process (issue 10 item 5).

Streamlit executes a page file afresh on every run, so a functools.cache defined inside
pages/kelola_data.py was a new, empty cache on every run and the workbook was rebuilt on every
Kelola Data visit (about 3 s of CPU, at every scale). A module imported normally keeps its cache
for the life of the process. The bytes are constant (the contract's columns and examples), so
st.cache_data, which would hash its arguments and the function's source, is not needed.
"""

from __future__ import annotations

import functools

from kube_metrics import templat


@functools.cache
def templat_xlsx() -> bytes:
    """The xlsx workbook. Handed to st.download_button as a callable: made on the first click,
    not on the first visit (about 5 s of CPU at load 12, which made Kelola Data's first visit
    the slowest page run at nasional)."""
    return templat.xlsx_bytes()


@functools.cache
def templat_zip() -> bytes:
    """The zip of CSV files (also made on the first click)."""
    return templat.zip_csv()
