"""kelompok.py on tests/fixtures/kecil."""

from __future__ import annotations

import pytest

from kube_metrics.kelompok import cari_kelompok, daftar_kelompok, pilihan_wilayah, rentang_bulan
from tests.bantu_metrik import rekam


@pytest.fixture
def con(con_kecil):
    return con_kecil


def test_daftar_kelompok_ordered_by_nama(con):
    got = daftar_kelompok(con)
    assert list(got.columns[:12]) == [
        "kode_kube", "nama", "kelurahan", "kecamatan", "kota", "jenis_usaha", "tanggal_bentuk",
        "tanggal_bantuan", "nilai_bantuan", "pendamping", "tanggal_mandiri", "tanggal_bubar",
    ]  # fmt: skip
    # alphabetical: Maju Bersama, Makmur, Mawar, Melati, Sejahtera 2 ("Maj" < "Mak")
    assert list(got["kode_kube"]) == ["TGR-005", "SLM-001", "WRB-001", "WRB-003", "TGR-002"]
    assert rekam(got[got["kode_kube"] == "WRB-003"], "nilai_bantuan", "tanggal_bubar") == [
        (None, "2024-03-20")
    ]


def test_daftar_kelompok_filters(con):
    assert list(daftar_kelompok(con, kecamatan="Tegalrejo")["kode_kube"]) == ["TGR-005", "TGR-002"]
    assert list(daftar_kelompok(con, kelurahan="Pakuncen")["kode_kube"]) == ["WRB-001"]
    kuliner_wrb = daftar_kelompok(con, kecamatan="Wirobrajan", jenis_usaha="kuliner")
    assert list(kuliner_wrb["kode_kube"]) == ["WRB-001", "WRB-003"]
    assert daftar_kelompok(con, jenis_usaha="ternak").empty


def test_pilihan_wilayah(con):
    assert rekam(pilihan_wilayah(con), "kota", "kecamatan", "kelurahan") == [
        ("Kabupaten Sleman", "Depok", "Caturtunggal"),
        ("Kota Yogyakarta", "Tegalrejo", "Bener"),
        ("Kota Yogyakarta", "Tegalrejo", "Tegalrejo"),
        ("Kota Yogyakarta", "Wirobrajan", "Pakuncen"),
        ("Kota Yogyakarta", "Wirobrajan", "Patangpuluhan"),
    ]


def test_rentang_bulan(con):
    # WRB-001 formed Dec 2023; the last record is April 2024
    assert rekam(rentang_bulan(con), "bulan_awal", "bulan_akhir") == [("2023-12-01", "2024-04-01")]


def test_cari_kelompok(con):
    assert list(cari_kelompok(con, kode_atau_nama="tgr-002")["nama"]) == ["KUBE Sejahtera 2"]
    assert list(cari_kelompok(con, kode_atau_nama=" KUBE MAWAR ")["kode_kube"]) == ["WRB-001"]
    assert cari_kelompok(con, kode_atau_nama="KUBE").empty
    assert list(cari_kelompok(con, kode_atau_nama="WRB-003").columns) == list(daftar_kelompok(con).columns)


def test_cari_kelompok_shared_name_needs_the_code(con):
    con.execute(
        "INSERT INTO kelompok (kode_kube, nama, kelurahan, kecamatan, kota, jenis_usaha, tanggal_bentuk) "
        "VALUES ('TGR-009', 'KUBE Mawar', 'Tegalrejo', 'Tegalrejo', 'Kota Yogyakarta', 'jasa', "
        "DATE '2024-01-01')"
    )
    assert cari_kelompok(con, kode_atau_nama="KUBE Mawar").empty
    assert list(cari_kelompok(con, kode_atau_nama="TGR-009")["nama"]) == ["KUBE Mawar"]


def test_info_basis_data_reads_the_facts(empty_db):
    from kube_metrics.kelompok import info_basis_data

    assert info_basis_data(empty_db) == {}
    empty_db.execute("INSERT INTO info_basis_data VALUES ('sumber', 'demo'), ('seed', '7')")
    assert info_basis_data(empty_db) == {"seed": "7", "sumber": "demo"}


def test_pastikan_rollups_builds_missing_rollups_once(empty_db):
    from kube_metrics.rollup import pastikan_rollups

    pastikan_rollups(empty_db)
    assert empty_db.execute("SELECT count(*) FROM rollup_bulanan").fetchone() == (0,)
    empty_db.execute("INSERT INTO rollup_bulanan (kode_kube) VALUES ('X')")
    pastikan_rollups(empty_db)  # exists already: left alone
    assert empty_db.execute("SELECT count(*) FROM rollup_bulanan").fetchone() == (1,)


def test_tanggal_profil_reads_one_date_column():
    import datetime as dt

    import pandas as pd

    from kube_metrics.kelompok import tanggal_profil

    profil = {"tanggal_mandiri": pd.Timestamp("2019-07-15"), "tanggal_bubar": pd.NaT, "tanggal_bantuan": None}
    assert tanggal_profil(profil, "tanggal_mandiri") == dt.date(2019, 7, 15)
    assert tanggal_profil(profil, "tanggal_mandiri", awal_bulan=True) == dt.date(2019, 7, 1)
    assert tanggal_profil(profil, "tanggal_bubar") is None
    assert tanggal_profil(profil, "tanggal_bantuan") is None
