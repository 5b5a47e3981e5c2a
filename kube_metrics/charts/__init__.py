"""Plotly chart and table builders, one module per area, one look (`theme.py`).

A builder takes the frame a metric returns (same name as the metric) and returns a figure or a
`tabel.Tabel`; it does the reshaping a page may not do. Nothing here imports streamlit.
"""
