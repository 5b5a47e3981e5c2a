"""The area hierarchy (issue 10): provinsi -> kota -> kecamatan -> kelurahan, the blank provinsi,
and Ringkasan's comparison of areas, whose rows add up to the headline cards."""

from __future__ import annotations

import datetime as dt

import pytest

from kube_metrics import kelompok, ringkasan, wilayah
from kube_metrics.charts import wilayah as grafik_wilayah

DARI, SAMPAI = dt.date(2024, 1, 1), dt.date(2024, 4, 1)  # the rollups end in April 2024


@pytest.fixture
def con(con_kecil):
    # kecil: four groups in Kota Yogyakarta (provinsi left blank) and SLM-001 in Kabupaten Sleman
    con_kecil.execute("UPDATE kelompok SET provinsi = 'DI Yogyakarta' WHERE kode_kube = 'SLM-001'")
    return con_kecil


def _kode(con, **saring) -> list[str]:
    return sorted(kelompok.daftar_kelompok(con, **saring)["kode_kube"])


def test_saringan_provinsi_kota_dan_provinsi_kosong(con) -> None:
    assert _kode(con, provinsi="DI Yogyakarta") == ["SLM-001"]
    assert _kode(con, provinsi="") == ["TGR-002", "TGR-005", "WRB-001", "WRB-003"]  # tidak diisi
    assert _kode(con, kota="Kabupaten Sleman") == ["SLM-001"]
    assert _kode(con, provinsi="DI Yogyakarta", kota="Kota Yogyakarta") == []
    assert _kode(con, kota="Kota Yogyakarta", kecamatan="Wirobrajan") == ["WRB-001", "WRB-003"]
    pilihan = kelompok.pilihan_wilayah(con)
    assert sorted(pilihan["provinsi"].unique()) == ["", "DI Yogyakarta"]


def test_tingkat_banding_di_bawah_pilihan_terdalam() -> None:
    assert wilayah.tingkat_banding() == "provinsi"
    assert wilayah.tingkat_banding(provinsi="") == "kota"
    assert wilayah.tingkat_banding(kota="Kota Yogyakarta") == "kecamatan"
    assert wilayah.tingkat_banding(kota="X", kecamatan="Y") == "kelurahan"
    assert wilayah.tingkat_banding(kelurahan="Bener") is None


def test_banding_per_provinsi_berjumlah_sama_dengan_kartu(con) -> None:
    banding = wilayah.banding_wilayah(con, dari=DARI, sampai=SAMPAI)
    assert banding["tingkat"].tolist() == ["provinsi", "provinsi"]
    assert banding["wilayah"].tolist() == ["", "DI Yogyakarta"]
    # Active on 2024-04-30: TGR-002, TGR-005, WRB-001 (WRB-003 dissolved 2024-03-20) and SLM-001.
    assert banding["kelompok_aktif"].tolist() == [3, 1]
    # compared with the KPI cards on purpose (the issue: the rows add up to the cards); the
    # cards' own figures are hand-checked in tests/test_ringkasan.py
    kpi = ringkasan.kpi_ringkasan(con, dari=DARI, sampai=SAMPAI).set_index("indikator")["nilai"]
    for kolom in ("kelompok_aktif", "anggota_aktif", "omzet", "hambatan_terbuka", "kunjungan"):
        assert banding[kolom].sum() == kpi[kolom], kolom
    tabel = grafik_wilayah.banding_wilayah(banding, "id").data
    assert tabel["Provinsi"].tolist() == ["provinsi tidak diisi", "DI Yogyakarta"]


def test_banding_per_kota_di_bawah_provinsi_lalu_berhenti(con) -> None:
    # a provinsi chosen: its kota (one here: Kabupaten Sleman)
    banding = wilayah.banding_wilayah(con, dari=DARI, sampai=SAMPAI, provinsi="DI Yogyakarta")
    assert banding[["tingkat", "wilayah", "kelompok_aktif"]].values.tolist() == [
        ["kota", "Kabupaten Sleman", 1]
    ]
    # below a kota Ringkasan lists groups; asked explicitly, the kecamatan are compared
    assert wilayah.banding_wilayah(con, dari=DARI, sampai=SAMPAI, kota="Kota Yogyakarta").empty
    banding = wilayah.banding_wilayah(con, dari=DARI, sampai=SAMPAI, tingkat="kecamatan", provinsi="")
    assert banding["wilayah"].tolist() == ["Tegalrejo", "Wirobrajan"]
    assert banding["kelompok_aktif"].tolist() == [2, 1]  # WRB-003 dissolved in March
    with pytest.raises(ValueError):
        wilayah.banding_wilayah(con, dari=DARI, sampai=SAMPAI, tingkat="desa")


def test_satu_provinsi_dibandingkan_per_kota(con) -> None:
    con.execute("UPDATE kelompok SET provinsi = 'DI Yogyakarta'")
    banding = wilayah.banding_wilayah(con, dari=DARI, sampai=SAMPAI)
    assert banding[["tingkat", "wilayah", "kelompok_aktif"]].values.tolist() == [
        ["kota", "Kabupaten Sleman", 1],
        ["kota", "Kota Yogyakarta", 3],
    ]


def test_temukan_kelompok_dari_sebagian_nama_atau_kode(con) -> None:
    def cari(teks, batas=10, **saring):
        hasil = kelompok.temukan_kelompok(con, teks=teks, batas=batas, **saring)
        return hasil["kode_kube"].tolist(), (int(hasil["jumlah"].iloc[0]) if len(hasil) else 0)

    assert cari("  mAwAr ") == (["WRB-001"], 1)  # part of the name, any case, spaces trimmed
    assert cari("wrb-00") == (["WRB-001", "WRB-003"], 2)  # part of the code, ordered by name
    assert cari("slm-001") == (["SLM-001"], 1)
    # an exact code first, then by name; the limit cuts the list but not the count
    assert cari("KUBE", batas=2) == (["TGR-005", "SLM-001"], 5)  # Maju Bersama, Makmur
    assert cari(None, batas=1)[1] == 5
    assert cari("kube", provinsi="DI Yogyakarta") == (["SLM-001"], 1)  # within the area filter
    assert cari("tidak ada") == ([], 0)
