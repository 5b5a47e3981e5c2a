"""The demo accounts' published passwords, and when they may still open a database.

The sign-in screen and the README print these passwords so that `make run` works in two
commands. They are safe only while the database holds nothing but the generator's synthetic
rows: once real data is written into a demo database (mixed, or every demo row replaced), the
same published password would open real households' data to anyone who read the README. So a
sign-in with a published password is refused unless the database is demo data alone; the
account itself stays usable once an admin gives it a new password (`user password`).
"""

from __future__ import annotations

import duckdb

from kube_metrics.db import load_sql

# name -> (role, password): one demo account per role (kube_metrics/demo/akun_contoh.py).
AKUN_CONTOH: dict[str, tuple[str, str]] = {
    "admin": ("admin", "admin-demo"),
    "dinas": ("dinas", "dinas-demo"),
    "pendamping": ("pendamping", "pendamping-demo"),
    "tamu": ("tamu", "tamu-demo"),
}


def sandi_terbuka(nama: str, sandi: str) -> bool:
    """Whether `sandi` is the password published for the demo account `nama`."""
    return nama in AKUN_CONTOH and AKUN_CONTOH[nama][1] == sandi


def data_contoh_saja(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the database holds the demo generator's rows alone (no imported or entered data)."""
    baris = con.execute(load_sql("data_contoh_saja")).fetchone()
    return bool(baris and baris[0])
