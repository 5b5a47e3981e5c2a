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
def berkas_templat() -> tuple[bytes, bytes]:
    """(the xlsx workbook, the zip of CSV files)."""
    return templat.xlsx_bytes(), templat.zip_csv()
