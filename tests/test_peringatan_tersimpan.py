"""Warnings stored at write time (issue 10 item 4): the lookup gives exactly what the rule code
gives, the other months still run the rules, and every write refreshes them."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pandas as pd

from kube_metrics import db, peringatan
from kube_metrics import peringatan_tersimpan as pt
from kube_metrics.rollup import refresh_rollups

AKHIR = dt.date(2025, 12, 1)  # the demo data's last month


def _sama(a: pd.DataFrame, b: pd.DataFrame) -> None:
    """Equal frames; a missing figure may be None on one side and NaN on the other."""
    kosong = {"check_dtype": False}
    pd.testing.assert_frame_equal(
        a.astype(object).where(a.notna(), None), b.astype(object).where(b.notna(), None), **kosong
    )


def test_demo_menyimpan_peringatan_bulan_terakhir(demo) -> None:
    assert pt.bulan_tersimpan(demo) == AKHIR
    for saring in ({}, {"kecamatan": "Tegalrejo"}, {"kode_kube": "TGR-002"}, {"jenis_usaha": "kuliner"}):
        simpan = pt.peringatan_aktif(demo, sampai=AKHIR, **saring)
        hitung = peringatan.peringatan_aktif(demo, sampai=AKHIR, **saring)
        assert len(simpan) > 0 or saring
        _sama(simpan, hitung)
    tanpa_teks = pt.peringatan_aktif(demo, sampai=AKHIR, teks=False)
    assert tanpa_teks["pesan"].isna().all()
    assert (
        peringatan.tulis_pesan_baris(tanpa_teks) == pt.peringatan_aktif(demo, sampai=AKHIR)["pesan"].tolist()
    )


def test_bulan_lain_tetap_dihitung(demo) -> None:
    lain = dt.date(2024, 6, 1)
    _sama(pt.peringatan_aktif(demo, sampai=lain), peringatan.peringatan_aktif(demo, sampai=lain))


def test_setiap_tulis_menyegarkan_dan_basis_data_lama_tetap_jalan(demo_db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    con = db.open_database(path)
    try:
        sebelum = pt.peringatan_aktif(con, sampai=AKHIR, kode_kube="TGR-002")
        # a visit by the pendamping in December clears tanpa_kunjungan once the data is rewritten
        con.execute("BEGIN TRANSACTION")
        con.execute(
            "INSERT INTO kunjungan (kode_kube, tanggal, pihak, kegiatan, catatan)"
            " VALUES ('TGR-002', DATE '2025-12-10', 'pendamping', 'monitoring', NULL)"
        )
        refresh_rollups(con)
        con.execute("COMMIT")
        sesudah = pt.peringatan_aktif(con, sampai=AKHIR, kode_kube="TGR-002")
        assert "tanpa_kunjungan" in set(sebelum["kode"]) and "tanpa_kunjungan" not in set(sesudah["kode"])
        _sama(sesudah, peringatan.peringatan_aktif(con, sampai=AKHIR, kode_kube="TGR-002"))
        # a database written before this code has no stored warnings: the rules run live
        con.execute("DROP TABLE peringatan_tersimpan_bulan")
        assert pt.bulan_tersimpan(con) is None
        _sama(pt.peringatan_aktif(con, sampai=AKHIR, kode_kube="TGR-002"), sesudah)
    finally:
        con.close()
