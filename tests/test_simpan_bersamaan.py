"""Issue 9 §5: two saves at once. The session that loses is told the data changed meanwhile and
to check and save again (not that the database is unusable); the winner's data stays, nothing
of the loser's batch is written, and saving again then works."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st

from kube_metrics import db
from tests.impor_bantu import FIXTURE_IMPOR
from tests.test_kelola_data_page import KEU_APRIL, _baca, _jalankan, db_fixture  # noqa: F401


def test_simpan_kalah_diberi_tahu_data_berubah(db_fixture: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    at = _jalankan(db_fixture, monkeypatch)
    kelompok = (FIXTURE_IMPOR / "kelompok.csv").read_bytes()
    berkas = [("keuangan.csv", KEU_APRIL, "text/csv"), ("kelompok.csv", kelompok, "text/csv")]
    at.file_uploader[0].set_value(berkas).run()
    # Another session is saving the same group right now: its transaction is open, not committed.
    lain = db.open_database(db_fixture)  # the same in-process instance the app holds
    cur = lain.cursor()
    cur.execute("BEGIN TRANSACTION")
    cur.execute("UPDATE kelompok SET pendamping = 'Sesi Lain' WHERE kode_kube = 'TGR-002'")
    at.button(key="impor_simpan").click().run()
    cur.execute("COMMIT")
    cur.close()
    lain.close()
    assert not at.exception, [e.value for e in at.exception]
    peringatan = " ".join(w.value for w in at.warning)
    assert "Data berubah sementara Anda menyimpan" in peringatan and "simpan lagi" in peringatan.lower()
    assert not any("tidak dapat dipakai" in e.value for e in at.error), [e.value for e in at.error]
    assert not any("KUBE_DB" in e.value for e in at.error)
    # nothing of the loser's batch, the winner's change kept
    assert _baca(db_fixture, "SELECT count(*) FROM keuangan WHERE bulan = '2024-04-01'") == [(0,)]
    assert _baca(db_fixture, "SELECT pendamping FROM kelompok WHERE kode_kube = 'TGR-002'") == [
        ("Sesi Lain",)
    ]
    # the batch is still there, checked again: saving again now works (same session)
    at.run()
    at.button(key="impor_simpan").click().run()
    assert any("Impor berhasil: 3 baris" in s.value for s in at.success), [e.value for e in at.error]
    st.cache_data.clear()
