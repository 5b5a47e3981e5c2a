"""Issue 11's smaller parts: 'belum cukup data' instead of a rank on a few months, status
words beside every status colour, catalogue text instead of raw codes, charts that fit a phone."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from test_narasi import bangun_kota_uji

from kube_metrics.charts import sebaya as grafik_sebaya
from kube_metrics.charts import theme
from kube_metrics.sebaya import perbandingan_sebaya


@pytest.fixture
def kota_uji(empty_db):
    return bangun_kota_uji(empty_db)


def test_omzet_beberapa_bulan_belum_cukup_data(kota_uji):
    """October 2023 .. April 2024 is 7 months of FOK-1's life; it reported Jan-Mar 2024 only (3):
    under half, so its omzet and laba sums are not ranked. Attendance (a rate) still is."""
    df = perbandingan_sebaya(
        kota_uji, kode_kube="FOK-1", sebaya="kota", dari=dt.date(2023, 10, 1), sampai=dt.date(2024, 4, 1)
    ).set_index("indikator")
    assert not df.loc["omzet", "cukup_data"] and not df.loc["laba", "cukup_data"]
    assert pd.isna(df.loc["omzet", "peringkat"]) and pd.isna(df.loc["omzet", "persentil"])
    assert df.loc["omzet", "nilai"] == 5_500_000  # the figure itself is still shown
    assert df.loc["tingkat_kehadiran", "cukup_data"] and df.loc["tingkat_kehadiran", "peringkat"] == 2
    fig = grafik_sebaya.perbandingan_sebaya(df.reset_index(), "id")
    teks = dict(zip(fig.data[0].y, fig.data[0].text, strict=True))
    assert teks["Omzet"] == "belum cukup data" and teks["Laba"] == "belum cukup data"
    # January .. April 2024: 3 reports in 4 months is enough
    cukup = perbandingan_sebaya(
        kota_uji, kode_kube="FOK-1", sebaya="kota", dari=dt.date(2024, 1, 1), sampai=dt.date(2024, 4, 1)
    ).set_index("indikator")
    assert cukup.loc["omzet", "cukup_data"] and cukup.loc["omzet", "peringkat"] == 1


def test_judul_panjang_dibungkus():
    judul = "Pertumbuhan modal sejak bantuan (nilai bantuan = 100), dibanding kelompok sebaya"
    baris = theme.bungkus_judul(judul).split("<br>")
    assert len(baris) == 3 and all(len(b) <= theme.JUDUL_BARIS for b in baris)
    assert " ".join(baris) == judul
    assert theme.bungkus_judul("Omzet dan laba per bulan") == "Omzet dan laba per bulan"


def test_tabel_peringatan_kemandirian_tanpa_kode_mentah():
    """Kemandirian's warnings table: the warning's name and the severity word from the catalogue
    in both languages, never the raw code (mandiri_belum_siap) or the raw level (tinggi)."""
    from kube_metrics.charts import kemandirian as ck
    from kube_metrics.peringatan import KOLOM, KOLOM_ANGKA

    frame = pd.DataFrame(
        [
            [
                "MS-A",
                "KUBE A",
                "mandiri_belum_siap",
                "x",
                "tinggi",
                33.0,
                None,
                60.0,
                None,
                None,
                None,
                "2023-07-01",
            ]
        ],
        columns=KOLOM + KOLOM_ANGKA,
    )
    for lang, nama, tingkat in (("id", "Dimandirikan sebelum siap", "🔴 tinggi"), ("en", None, "🔴 high")):
        data = ck.peringatan_tabel(frame, lang).data
        sel = " ".join(data.astype(str).to_numpy().ravel())
        assert "mandiri_belum_siap" not in sel and "_" not in sel
        assert tingkat in sel
        if nama:
            assert nama in sel


def test_impor_ke_basis_data_demo_ditandai_campuran(empty_db):
    """Rows imported into a demo database: the banner must say the data is mixed (campuran)."""
    from impor_bantu import impor_fixture

    impor_fixture(empty_db)  # into an empty database: source impor, nothing mixed
    info = dict(empty_db.execute("SELECT kunci, nilai FROM info_basis_data").fetchall())
    assert info.get("sumber") == "impor" and "campuran" not in info
    empty_db.execute("UPDATE info_basis_data SET nilai = 'demo' WHERE kunci = 'sumber'")
    # a demo row the fixture does not replace (a demo database holds the generator's rows)
    empty_db.execute(
        "INSERT INTO kelompok BY NAME "
        "SELECT * REPLACE ('DEMO-001' AS kode_kube, TRUE AS contoh) FROM kelompok LIMIT 1"
    )
    impor_fixture(empty_db)
    info = dict(empty_db.execute("SELECT kunci, nilai FROM info_basis_data").fetchall())
    assert info == {**info, "sumber": "demo", "campuran": "ya"}
    # issue 11: once the demo rows are gone the database holds imported data alone
    empty_db.execute("DELETE FROM kelompok WHERE contoh")
    impor_fixture(empty_db)
    info = dict(empty_db.execute("SELECT kunci, nilai FROM info_basis_data").fetchall())
    assert info.get("sumber") == "impor" and "campuran" not in info
