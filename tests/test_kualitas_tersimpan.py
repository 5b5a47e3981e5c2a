"""Revenue jumps against the stored median omzet (rollup_kelompok, kube_metrics/rollup.py): the
same rows as the median computed in the query, which a database without the table still gets;
pastikan_rollups builds the table alone."""

from __future__ import annotations

import pytest
from pandas.testing import assert_frame_equal

from kube_metrics import db, kualitas, rollup
from tests.test_kualitas import PERIODE, con  # noqa: F401  (the hand-checked fixture)


def test_median_tersimpan_dibaca(con, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    # GDN-001: Jan 700 000, Feb 600 000, Mar 5 000 000 -> 700 000 (tests/test_kualitas.py);
    # TGR-002: 1.5 / 1.8 / 2.0 million -> 1.8 million
    median = dict(con.execute("SELECT kode_kube, median_omzet FROM rollup_kelompok").fetchall())
    assert (median["GDN-001"], median["TGR-002"]) == (700_000, 1_800_000)
    con.execute("UPDATE rollup_kelompok SET median_omzet = 100000 WHERE kode_kube = 'TGR-002'")
    # a stored median is what the query uses: 1.5 million > 5 x 100 000 now flags TGR-002
    lonjak = kualitas.kualitas_omzet_melonjak(con, **PERIODE, kecamatan="Tegalrejo")
    assert lonjak["median_omzet"].unique().tolist() == [100_000] and len(lonjak) == 3


@pytest.mark.parametrize("saring", [{}, {"kecamatan": "Tegalrejo"}, {"urut": "nama", "arah": "naik"}])
def test_tanpa_tabel_sama_lalu_dibangun(con, saring) -> None:  # noqa: F811
    tersimpan = kualitas.kualitas_omzet_melonjak(con, **PERIODE, **saring)
    assert len(tersimpan) == (0 if "kecamatan" in saring else 1)  # GDN-001's March report
    con.execute("DROP TABLE rollup_kelompok")
    assert not db.ada_tabel(con, "rollup_kelompok")
    hidup = kualitas.kualitas_omzet_melonjak(con, **PERIODE, **saring)
    assert_frame_equal(hidup, tersimpan, check_exact=True)
    rollup.pastikan_rollups(con)
    assert db.ada_tabel(con, "rollup_kelompok")
    assert db.ada_tabel(con, *rollup.TERSIMPAN)
    lagi = kualitas.kualitas_omzet_melonjak(con, **PERIODE, **saring)
    assert_frame_equal(lagi, tersimpan, check_exact=True)
