"""Issue 13: "not recorded" is not "none". Three hand-built groups with the same meetings and
reports read differently: ties and agreements recorded (K-ADA), checked and none found (K-CEK),
nothing recorded (K-KOSONG).

Each group: formed 2024-01-01, 10 members (ketua, sekretaris, bendahara + 7), one rutin meeting a
month Jan-Dec 2024 (the 10th) with all 10 hadir and the finances read out, a monthly report each
month (omzet 2 000 000, biaya 1 000 000, modal rising, tabungan, IKS, cash book up to date), a
visit on 2024-12-15, declared mandiri on 2025-01-10 (read at the end of December 2024).
Reading at the end of December 2024, 12-month window:
- kepercayaan: 12 meetings / 12 months = 1 -> 25; attendance 100 %; finances 100 %; musyawarah 0;
  no survey: (25*.20 + 100*.25 + 100*.20 + 0*.15) / .80 = 62.5
- disiplin: 5 of 5 every month -> 100; tahap: 12 good months < 24 -> tumbuh (0), certain
- K-ADA: ties bank, pemasok, pembeli_tetap since 2024-01-15 -> 3 active, 3 kinds, 3 lasting
  (>= 6 months) -> jaringan 100; one agreement 2024-01-01 with a sanction, in force ->
  kesepakatan 1/3 -> 33.33*.25 = 8.333, lifetime 365 days -> 100*.20 = 20, with sanction 1/2 ->
  50*.15 = 7.5, alpa 0 -> 100*.20 = 20: 55.833 / .80 = 69.7917;
  readiness .15*62.5 + .20*100 + .20*69.7917 + .25*100 + .20*0 = 68.3333 (ready)
- K-CEK: checked 2024-06-01 for both kinds, none: jaringan 0 (a reading, not missing);
  norma: kesepakatan 0, lifetime none (left out), sanction 0, alpa 100*.20: 20 / .60 = 33.333;
  readiness 9.375 + 0 + 6.6667 + 25 + 0 = 41.0417 (complete, not ready -> mandiri_belum_siap)
- K-KOSONG: jaringan and norma "belum ada data" (null, not 0); readiness from the parts that exist:
  (.15*62.5 + .25*100 + .20*0) / .60 = 57.2917, incomplete -> no mandiri_belum_siap but
  data_belum_lengkap (jaringan, kesepakatan)
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import pytest

from kube_metrics.kesiapan import kesiapan_mandiri, kesiapan_saat_mandiri
from kube_metrics.modal_sosial import modal_sosial, modal_sosial_rincian
from kube_metrics.pembacaan import ringkasan_pembacaan
from kube_metrics.peringatan import jenis_kurang, peringatan_aktif, tulis_pesan
from kube_metrics.rollup import refresh_rollups

DES = dt.date(2024, 12, 1)
JAN = dt.date(2025, 1, 1)
KELOMPOK = ("K-ADA", "K-CEK", "K-KOSONG")
PERAN = ["ketua", "sekretaris", "bendahara"] + ["anggota"] * 7


def _kelompok(con: duckdb.DuckDBPyConnection, kode: str) -> None:
    con.execute(
        "INSERT INTO kelompok (kode_kube, nama, kelurahan, kecamatan, kota, jenis_usaha, tanggal_bentuk,"
        " tanggal_mandiri) VALUES (?, 'KUBE ' || ?, 'K', 'K', 'Kota Uji', 'konveksi', DATE '2024-01-01',"
        " DATE '2025-01-10')",
        [kode, kode],
    )
    for i, peran in enumerate(PERAN):
        con.execute(
            "INSERT INTO anggota (kode_kube, kode_anggota, nama, peran, tanggal_masuk)"
            " VALUES (?, ?, 'X', ?, DATE '2024-01-01')",
            [kode, f"a{i}", peran],
        )
    for bulan in range(1, 13):
        p = f"P{bulan:02d}"
        con.execute(
            "INSERT INTO pertemuan (kode_kube, kode_pertemuan, tanggal, jenis, laporan_keuangan)"
            " VALUES (?, ?, ?, 'rutin', true)",
            [kode, p, dt.date(2024, bulan, 10)],
        )
        for i in range(10):
            con.execute(
                (
                    "INSERT INTO kehadiran (kode_kube, kode_pertemuan, kode_anggota, status)"
                    " VALUES (?, ?, ?, 'hadir')"
                ),
                [kode, p, f"a{i}"],
            )
        con.execute(
            "INSERT INTO keuangan (kode_kube, bulan, omzet, biaya, modal, tabungan, iks, buku_kas_terkini)"
            " VALUES (?, ?, 2000000, 1000000, ?, 50000, 10000, true)",
            [kode, dt.date(2024, bulan, 1), 10_000_000 + bulan * 100_000],
        )
    con.execute(
        "INSERT INTO kunjungan (kode_kube, tanggal, pihak, kegiatan)"
        " VALUES (?, DATE '2024-12-15', 'pendamping', 'monitoring')",
        [kode],
    )


@pytest.fixture
def con(empty_db):
    for kode in KELOMPOK:
        _kelompok(empty_db, kode)
    for mitra, jenis in (("BPR Uji", "bank"), ("UD Kain", "pemasok"), ("Toko Baju", "pembeli_tetap")):
        empty_db.execute(
            (
                "INSERT INTO jaringan (kode_kube, mitra, jenis_mitra, tanggal_mulai, tanggal_selesai)"
                " VALUES ('K-ADA', ?, ?, DATE '2024-01-15', NULL)"
            ),
            [mitra, jenis],
        )
    empty_db.execute(
        "INSERT INTO kesepakatan (kode_kube, kode_kesepakatan, tanggal, isi, ada_sanksi, tanggal_berakhir)"
        " VALUES ('K-ADA', 's1', DATE '2024-01-01', 'Denda absen', true, NULL)"
    )
    for jenis in ("jaringan", "kesepakatan"):
        empty_db.execute(
            (
                "INSERT INTO pemeriksaan (kode_kube, jenis_data, tanggal, catatan)"
                " VALUES ('K-CEK', ?, DATE '2024-06-01', 'diperiksa, tidak ada')"
            ),
            [jenis],
        )
    refresh_rollups(empty_db)
    return empty_db


def test_modal_sosial_tiga_pembacaan(con):
    frame = modal_sosial(con, dari=dt.date(2024, 1, 1), sampai=DES).set_index("kode_kube")
    assert frame.loc[list(KELOMPOK), "kepercayaan"].tolist() == pytest.approx([62.5] * 3)
    assert frame.loc["K-ADA", "jaringan"] == pytest.approx(100)
    assert frame.loc["K-ADA", "norma"] == pytest.approx(55.833333 / 0.8)
    assert frame.loc["K-CEK", "jaringan"] == 0  # checked, none: a reading of zero
    assert frame.loc["K-CEK", "norma"] == pytest.approx(20 / 0.6)
    assert frame.loc["K-KOSONG", ["jaringan", "norma"]].isna().all()  # belum ada data, not 0


def test_rincian_menandai_jenis_yang_belum_ada(con):
    rincian = modal_sosial_rincian(con, kode_kube="K-KOSONG", dari=dt.date(2024, 1, 1), sampai=DES)
    kosong = rincian[rincian["belum_ada_data"] != ""]
    assert set(kosong["dimensi"]) == {"jaringan", "norma"}
    assert set(kosong.loc[kosong["dimensi"] == "norma", "belum_ada_data"]) == {"kesepakatan"}
    assert kosong["kontribusi"].isna().all()  # nothing is added up for a missing dimension
    mitra = rincian[rincian["proksi"] == "Mitra luar aktif"].iloc[0]
    assert pd.isna(mitra["nilai"])  # no value, never a count of 0


def test_kesiapan_tiga_pembacaan(con):
    frame = kesiapan_mandiri(con, titik_dari=DES, titik_sampai=DES).set_index("kode_kube")
    assert frame["tahap"].tolist() == ["tumbuh"] * 3 and frame["tahap_pasti"].all()
    assert frame.loc["K-ADA", "kesiapan_mandiri"] == pytest.approx(68.333333)
    assert frame.loc["K-CEK", "kesiapan_mandiri"] == pytest.approx(41.041667)
    assert frame.loc["K-KOSONG", "kesiapan_mandiri"] == pytest.approx(34.375 / 0.6)  # 57.29
    assert frame["lengkap"].tolist() == [True, True, False]
    assert frame["siap"].tolist() == [True, False, False]
    # the missing parts carry no points; the others are re-scaled to sum to the reading
    kosong = frame.loc["K-KOSONG"]
    assert kosong["bagian_jaringan"] != kosong["bagian_jaringan"]
    assert kosong["bagian_kepercayaan"] == pytest.approx(0.15 * 62.5 / 0.6)


def test_peringatan_tidak_menuduh_tanpa_bukti(con):
    frame = peringatan_aktif(con, sampai=JAN)
    kode = {k: sorted(frame.loc[frame["kode_kube"] == k, "kode"]) for k in KELOMPOK}
    assert kode == {
        "K-ADA": [],
        "K-CEK": ["mandiri_belum_siap"],  # checked and none: evidence enough
        "K-KOSONG": ["data_belum_lengkap"],  # never recorded: said, not accused
    }
    baris = frame[frame["kode"] == "data_belum_lengkap"].iloc[0]
    assert baris["tingkat"] == "sedang" and jenis_kurang(baris["nilai"]) == ["jaringan", "kesepakatan"]
    assert baris["pesan"].startswith(
        "Belum ada data jaringan (mitra luar kelompok) dan kesepakatan kelompok: belum pernah dicatat"
    )
    assert tulis_pesan("data_belum_lengkap", baris, "en").startswith(
        "No data on ties (outside partners) and group agreements yet: never recorded"
    )


def test_kesiapan_saat_mandiri_ditandai_belum_lengkap(con):
    frame = kesiapan_saat_mandiri(con).set_index("kode_kube")
    assert frame["lengkap"].to_dict() == {"K-ADA": True, "K-CEK": True, "K-KOSONG": False}


def test_pemeriksaan_berlaku_sejak_tanggalnya(con):
    # a check counts from its date on: before it, the kind is still missing
    con.execute("UPDATE pemeriksaan SET tanggal = DATE '2025-01-05' WHERE kode_kube = 'K-CEK'")
    desember = modal_sosial(con, dari=DES, sampai=DES, kode_kube="K-CEK").iloc[0]
    januari = modal_sosial(con, dari=JAN, sampai=JAN, kode_kube="K-CEK").iloc[0]
    assert desember["jaringan"] != desember["jaringan"] and januari["jaringan"] == 0


def test_satu_jenis_saja_yang_belum_ada(con):
    # ties checked, agreements never: only norms is missing, only kesepakatan is listed
    con.execute("DELETE FROM pemeriksaan WHERE kode_kube = 'K-CEK' AND jenis_data = 'kesepakatan'")
    hasil = ringkasan_pembacaan(con, kode_kube="K-CEK", dari=dt.date(2024, 1, 1), sampai=DES)
    assert hasil["data_belum_lengkap"] == ["kesepakatan"]
    assert hasil["modal_sosial"]["jaringan"] == 0 and hasil["modal_sosial"]["norma"] is None
    assert hasil["kesiapan_lengkap"] is False


@pytest.mark.parametrize(
    ("kode", "kurang", "peringatan"),
    [
        ("K-ADA", [], []),
        ("K-CEK", [], ["mandiri_belum_siap"]),
        ("K-KOSONG", ["jaringan", "kesepakatan"], ["data_belum_lengkap"]),
    ],
)
def test_summary_json_data_belum_lengkap(con, kode, kurang, peringatan):
    hasil = ringkasan_pembacaan(con, kode_kube=kode, dari=dt.date(2024, 1, 1), sampai=JAN)
    assert hasil["data_belum_lengkap"] == kurang
    assert hasil["peringatan"] == peringatan
    assert hasil["kesiapan_lengkap"] is (not kurang)


def _slide(cerita, kunci: str):
    return next(s for s in cerita.slides if s.kunci == kunci)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_cerita_menyebut_belum_ada_data(con, lang):
    # the Presentasi narrative (and the PDF/PPTX built from the same slides) for K-KOSONG
    from kube_metrics.laporan.cerita import susun_cerita

    cerita = susun_cerita(con, kode_kube="K-KOSONG", dari=dt.date(2024, 1, 1), sampai=DES, lang=lang)
    slide = _slide(cerita, "modal_sosial")
    kalimat = " ".join(slide.kalimat)
    angka = dict(slide.angka)
    if lang == "id":
        assert "jaringan belum ada data, norma belum ada data" in kalimat
        assert "belum lengkap karena belum ada data jaringan (mitra luar kelompok) dan kesepakatan" in kalimat
        assert "Belum ada data jaringan (mitra luar kelompok) dan kesepakatan kelompok: catat" in kalimat
        assert "0 mitra" not in kalimat  # never counted as none
        assert angka["Jaringan"] == "belum ada data" and angka["Kesiapan mandiri"].endswith("(belum lengkap)")
    else:
        assert "no data on ties (outside partners) and group agreements yet" in kalimat
        assert "(incomplete)" in " ".join(v for _, v in slide.angka)
    semua = " ".join(k for s in cerita.slides for k in s.kalimat)
    langkah = "Catat mitra luar" if lang == "id" else "Record the outside partners"
    assert langkah in semua


def test_cerita_kelompok_diperiksa_membaca_nol(con):
    from kube_metrics.laporan.cerita import susun_cerita

    cerita = susun_cerita(con, kode_kube="K-CEK", dari=dt.date(2024, 1, 1), sampai=DES)
    kalimat = " ".join(_slide(cerita, "modal_sosial").kalimat)
    assert "belum ada data" not in kalimat and "jaringan 0" in kalimat


def test_grafik_kesiapan_menandai_bulan_belum_lengkap(con):
    # K-CEK was checked on 2024-06-01: May reads incomplete (open marker), June complete
    from kube_metrics.charts.kemandirian import kesiapan_tren as grafik_tren
    from kube_metrics.kesiapan import kesiapan_tren

    tren = kesiapan_tren(con, kode_kube="K-CEK", dari=dt.date(2024, 5, 1), sampai=dt.date(2024, 6, 1))
    assert tren["lengkap"].tolist() == [False, True]
    garis = grafik_tren(tren, None).data[0]
    assert list(garis.marker.symbol) == ["circle-open", "circle"]
    assert garis.customdata[0][1].endswith("(belum lengkap)") and garis.customdata[1][1] == "tumbuh"
