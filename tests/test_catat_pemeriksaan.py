"""The Catat page's "checked, none" form (issue 13) in AppTest on a private copy of the demo:
GDM-002 has no tie on file, so its networks read "belum ada data"; once the pendamping records
that they checked and found none, networks read 0 from that date on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_catat_page import _isi, buka, kueri, salinan, simpan, sukses  # noqa: F401

AWALAN = "catat.GDM-002.pemeriksaan.baru"


def test_sudah_diperiksa_tidak_ada_lewat_formulir(salinan: Path) -> None:  # noqa: F811
    at = buka("pemeriksaan", {"kube": "GDM-002"})
    assert "Tanpa catatan ini" in " ".join(c.value for c in at.caption)
    _isi(at, AWALAN, "jenis_data", "jaringan")
    _isi(at, AWALAN, "tanggal", dt.date(2025, 12, 20))
    _isi(at, AWALAN, "catatan", "Tidak ada mitra di luar kelompok")
    simpan(at, AWALAN)
    assert "pemeriksaan tanggal 2025-12-20" in sukses(at), sukses(at)
    baris = kueri(salinan, "SELECT jenis_data, tanggal, catatan FROM pemeriksaan WHERE kode_kube = 'GDM-002'")
    assert baris == [("jaringan", dt.date(2025, 12, 20), "Tidak ada mitra di luar kelompok")]
    at.switch_page("pages/modal_sosial.py").run()
    metrik = {m.label: m.value for m in at.metric}
    assert metrik["Jaringan"] == "0"  # checked, none: a reading, no longer "belum ada data"
