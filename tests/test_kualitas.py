"""Data quality on the import fixture plus a few extra rows, every figure worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from kube_metrics import kualitas
from kube_metrics.impor import Berkas, periksa, simpan
from tests.impor_bantu import HARI_INI, impor_fixture

TAMBAHAN = {
    # GDN-001 reports: Jan 700 000 (fixture), Feb 600 000, Mar 5 000 000 -> median 700 000;
    # 5 000 000 > 5 x 700 000 = 3 500 000 -> flagged, 5 000 000 / 700 000 = 7.14 -> 7.1.
    "keuangan.csv": "kode_kube,bulan,omzet,biaya,modal\nGDN-001,2024-02,600000,300000,5000000\n"
    "GDN-001,2024-03,5000000,300000,5000000\n",
    # B05 leaves on 2024-03-10: GDN-001 keeps B01..B04 = 4 active members from March on.
    "anggota.csv": "kode_kube,kode_anggota,nama,peran,tanggal_masuk,tanggal_keluar\n"
    "GDN-001,B05,Heru Prasetyo,anggota,2024-02-01,2024-03-10\n",
}
PERIODE = {"dari": dt.date(2024, 1, 1), "sampai": dt.date(2024, 6, 1)}


@pytest.fixture
def con(empty_db):  # type: ignore[no-untyped-def]
    impor_fixture(empty_db)
    berkas = [Berkas(n, t.encode()) for n, t in TAMBAHAN.items()]
    hasil = periksa(empty_db, berkas, hari_ini=HARI_INI)
    assert hasil.galat == []
    simpan(empty_db, hasil, sumber="cli")
    return empty_db


def test_grid_of_missing_reports_and_meetings(con) -> None:  # type: ignore[no-untyped-def]
    kisi = kualitas.kisi_kelengkapan(kualitas.kualitas_kelengkapan(con, **PERIODE))
    bulan = [b.strftime("%Y-%m") for b in kisi.columns]
    assert bulan == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
    # TGR-002: Jan report+P01, Feb report+P02, Mar report no meeting (P), Apr-Jun nothing (LP).
    # GDN-001: Jan report+Q01, Feb and Mar reports without meetings (P), Apr-Jun nothing (LP).
    # Both have 4 incomplete months; the stable sort keeps the pivot order (by kode_kube).
    assert kisi.loc[("TGR-002", "KUBE Sejahtera 2")].tolist() == ["", "", "P", "LP", "LP", "LP"]
    assert kisi.loc[("GDN-001", "KUBE Makmur 1")].tolist() == ["", "P", "P", "LP", "LP", "LP"]
    assert list(kisi.index.get_level_values(0)) == ["GDN-001", "TGR-002"]


def test_grid_filters_by_area(con) -> None:  # type: ignore[no-untyped-def]
    panjang = kualitas.kualitas_kelengkapan(con, **PERIODE, kecamatan="Tegalrejo")
    assert set(panjang["kode_kube"]) == {"TGR-002"} and len(panjang) == 6


def test_revenue_jump(con) -> None:  # type: ignore[no-untyped-def]
    lonjak = kualitas.kualitas_omzet_melonjak(con, **PERIODE)
    assert lonjak[["kode_kube", "omzet", "median_omzet", "kali_median"]].values.tolist() == [
        ["GDN-001", 5000000, 700000, 7.1]
    ]
    # TGR-002: 1.5 / 1.8 / 2.0 million, median 1.8 million: nothing above 9 million.
    assert kualitas.kualitas_omzet_melonjak(con, **PERIODE, kecamatan="Tegalrejo").empty


def test_members_outside_5_to_20(con) -> None:  # type: ignore[no-untyped-def]
    luar = kualitas.kualitas_anggota_di_luar_batas(con, **PERIODE)
    # At the end of June 2024: GDN-001 has B01..B04 = 4; TGR-002 has A01..A05 = 5 (A06 left in June).
    assert luar[["kode_kube", "anggota_aktif_akhir"]].values.tolist() == [["GDN-001", 4]]
    assert luar["bulan"].iloc[0].strftime("%Y-%m") == "2024-06"
    # In February both groups were inside the range (GDN-001: 5, TGR-002: 6).
    feb = {"dari": dt.date(2024, 2, 1), "sampai": dt.date(2024, 2, 1)}
    assert kualitas.kualitas_anggota_di_luar_batas(con, **feb).empty


def test_grid_keeps_only_the_worst_groups(con) -> None:  # type: ignore[no-untyped-def]
    # Both groups have 4 incomplete months in Jan-Jun 2024; the tie goes to the lower kode_kube.
    panjang = kualitas.kualitas_kelengkapan(con, **PERIODE, batas=1)
    assert set(panjang["kode_kube"]) == {"GDN-001"}
