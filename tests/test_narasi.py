"""The narrative: every sentence checked against the figures it states, worked out by hand.

The small town below ("Kota Uji", months 2024-01..2024-04) is built in SQL here so that each
figure can be followed from the rows to the sentence. tests/test_anonim.py and
tests/test_laporan.py reuse it (`bangun_kota_uji`).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from kube_metrics import narasi
from kube_metrics.laporan.cerita import kumpulkan_fakta, susun_cerita, tren_kehadiran
from kube_metrics.rollup import refresh_rollups

DARI, SAMPAI = dt.date(2024, 1, 1), dt.date(2024, 4, 1)

KELOMPOK = """
INSERT INTO kelompok (kode_kube, nama, kelurahan, kecamatan, kota, jenis_usaha, tanggal_bentuk,
                      tanggal_bantuan, nilai_bantuan) VALUES
 ('FOK-1', 'KUBE Fokus',   'Satu',  'Timur', 'Kota Uji',  'kuliner',   '2023-06-10', '2023-07-01', 10000000),
 ('PER-1', 'KUBE Mawar',   'Dua',   'Barat', 'Kota Uji',  'kerajinan', '2023-01-05', NULL, NULL),
 ('PER-2', 'KUBE Melati',  'Dua',   'Barat', 'Kota Uji',  'kerajinan', '2023-01-05', NULL, NULL),
 ('PER-3', 'KUBE Anggrek', 'Tiga',  'Timur', 'Kota Uji',  'jasa',      '2023-01-05', NULL, NULL),
 ('LAI-1', 'KUBE Kenanga', 'Empat', 'Utara', 'Kota Lain', 'kuliner',   '2023-01-05', NULL, NULL)
"""

# FOK-1: 4 members; PER-1: 5; PER-2: 2 (too small to show); PER-3: 3; LAI-1: 5 (another kota).
ANGGOTA = {
    "FOK-1": ["Siti Rahayu", "Budi Santoso", "Wati Lestari", "Joko Purnomo"],
    "PER-1": ["Ani Mawarni", "Bambang Irawan", "Citra Dewi", "Dedi Kurnia", "Eko Prasetyo"],
    "PER-2": ["Fajar Nugroho", "Gita Savitri"],
    "PER-3": ["Hadi Wibowo", "Indah Permata", "Jumadi Saleh"],
    "LAI-1": ["Kartini Ayu", "Lukman Hakim", "Maya Sari", "Nur Aini", "Oki Setiawan"],
}

# (kode_kube, kode_pertemuan, tanggal, laporan_keuangan, statuses of members 1.. in order; None = no row)
PERTEMUAN = [
    # FOK-1: Jan 4/4, Feb 4/4 (one diwakili), Mar 2/4, Apr 2/4 (one row missing = alpa); finances
    # read at 3 of 4 meetings.
    ("FOK-1", "P1", "2024-01-15", True, ["hadir", "hadir", "hadir", "hadir"]),
    ("FOK-1", "P2", "2024-02-15", True, ["hadir", "diwakili", "hadir", "hadir"]),
    ("FOK-1", "P3", "2024-03-15", True, ["hadir", "diwakili", "sakit", "alpa"]),
    ("FOK-1", "P4", "2024-04-15", False, ["hadir", "hadir", "izin", None]),
    # PER-1: Jan 5/5, Mar 4/5 -> 9/10 = 90 %
    ("PER-1", "P1", "2024-01-10", True, ["hadir"] * 5),
    ("PER-1", "P2", "2024-03-10", True, ["hadir"] * 4 + ["alpa"]),
    # PER-2: 1/2 = 50 %
    ("PER-2", "P1", "2024-02-12", True, ["hadir", "alpa"]),
    # PER-3: 2/3 = 66.7 %
    ("PER-3", "P1", "2024-01-20", True, ["hadir", "hadir", "izin"]),
    # LAI-1 (other kota): 1/5
    ("LAI-1", "P1", "2024-04-02", True, ["hadir"] + ["alpa"] * 4),
]

LAINNYA = """
INSERT INTO keuangan (kode_kube, bulan, omzet, biaya, modal, tabungan, iks) VALUES
 ('FOK-1', '2024-01-01', 2000000, 1500000, 10500000, 100000, 50000),
 ('FOK-1', '2024-02-01', 2500000, 1800000, 11000000, 100000, 50000),
 ('FOK-1', '2024-03-01', 1000000, 1200000, 10800000, NULL, NULL);
INSERT INTO kunjungan (kode_kube, tanggal, pihak, kegiatan) VALUES
 ('FOK-1', '2024-02-10', 'pendamping', 'monitoring'),
 ('FOK-1', '2024-03-20', 'dinsos', 'evaluasi');
INSERT INTO hambatan (kode_kube, kode_hambatan, tanggal_lapor, kategori, tingkat, uraian, status,
                      tanggal_selesai) VALUES
 ('FOK-1', 'H1', '2024-01-20', 'pemasaran', 'sedang', 'Bu Siti Rahayu sakit', 'selesai', '2024-02-19'),
 ('FOK-1', 'H2', '2024-03-05', 'kepercayaan', 'tinggi', 'Kas dipegang Budi Santoso sendiri', 'terbuka', NULL),
 ('FOK-1', 'H3', '2024-04-01', 'konflik', 'rendah', 'Selisih paham', 'terbuka', NULL);
INSERT INTO jaringan (kode_kube, mitra, jenis_mitra, tanggal_mulai) VALUES
 ('FOK-1', 'KUBE Mawar', 'kube_lain', '2023-08-01');
INSERT INTO kesepakatan (kode_kube, kode_kesepakatan, tanggal, isi, ada_sanksi) VALUES
 ('FOK-1', 'K1', '2023-07-01', 'Iuran Rp5.000 per pertemuan', true);
"""


def bangun_kota_uji(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    con.execute(KELOMPOK)
    for kode, nama in ANGGOTA.items():
        for i, orang in enumerate(nama, start=1):
            con.execute(
                "INSERT INTO anggota (kode_kube, kode_anggota, nama, peran, tanggal_masuk) "
                "VALUES (?, ?, ?, ?, DATE '2023-01-05')",
                [kode, f"A{i}", orang, "ketua" if i == 1 else "anggota"],
            )
    for kode, rapat, tanggal, laporan, status in PERTEMUAN:
        con.execute(
            "INSERT INTO pertemuan (kode_kube, kode_pertemuan, tanggal, jenis, laporan_keuangan) "
            "VALUES (?, ?, ?, 'rutin', ?)",
            [kode, rapat, tanggal, laporan],
        )
        for i, st in enumerate(status, start=1):
            if st is not None:
                con.execute(
                    (
                        "INSERT INTO kehadiran (kode_kube, kode_pertemuan, kode_anggota, status)"
                        " VALUES (?, ?, ?, ?)"
                    ),
                    [kode, rapat, f"A{i}", st],
                )
    con.execute(LAINNYA)
    refresh_rollups(con)
    return con


def nama_terlarang(con: duckdb.DuckDBPyConnection, kode_fokus: str) -> list[str]:
    """Every member name, and every other group's name and code that is not part of the focal
    group's name or code: none of them may reach an audience (issue 5; codes: issue 14)."""
    fokus = con.execute("SELECT nama FROM kelompok WHERE kode_kube = ?", [kode_fokus]).fetchone()[0]
    anggota = [r[0] for r in con.execute("SELECT DISTINCT nama FROM anggota").fetchall()]
    lain = con.execute("SELECT nama, kode_kube FROM kelompok WHERE kode_kube <> ?", [kode_fokus]).fetchall()
    nama = [r[0] for r in lain if r[0].casefold() not in fokus.casefold()]
    kode = [r[1] for r in lain if r[1].casefold() not in kode_fokus.casefold()]
    return anggota + nama + kode


@pytest.fixture
def kota_uji(empty_db):
    return bangun_kota_uji(empty_db)


@pytest.fixture
def fakta(kota_uji):
    hasil = kumpulkan_fakta(kota_uji, kode_kube="FOK-1", dari=DARI, sampai=SAMPAI)
    assert hasil is not None
    return hasil[0]


def test_angka_kota_uji_dari_summary(fakta):
    s = fakta["summary"]
    assert s["anggota_aktif"] == 4
    assert s["pertemuan"] == 4
    # hadir incl. diwakili: 4 + 4 + 2 + 2 = 12 of 4 x 4 = 16 active seats
    assert s["tingkat_kehadiran"] == pytest.approx(12 / 16)
    assert s["omzet"] == 5_500_000  # 2 000 000 + 2 500 000 + 1 000 000
    assert s["peringkat_kehadiran"] == [2, 4]  # PER-1 90 %, FOK-1 75 %, PER-3 66.7 %, PER-2 50 %


def test_tren_kehadiran_dua_bulan_terakhir_lawan_dua_sebelumnya(fakta):
    # 4 months -> windows of 2: Jan+Feb 8/8 = 100 %, Mar+Apr 4/8 = 50 %, since March 2024
    assert fakta["tren_kehadiran"] == {"awal": 1.0, "akhir": 0.5, "sejak": dt.date(2024, 3, 1)}


def test_tren_kehadiran_butuh_dua_bulan():
    import pandas as pd

    satu = pd.DataFrame({"bulan": [DARI], "hadir": [3], "aktif_pertemuan": [4]})
    assert tren_kehadiran(satu) is None
    tanpa_rapat = pd.DataFrame({"bulan": [DARI, SAMPAI], "hadir": [0, 3], "aktif_pertemuan": [0, 4]})
    assert tren_kehadiran(tanpa_rapat) is None


def test_kalimat_anggota(fakta):
    assert narasi.kalimat_anggota(fakta, "id") == [
        "KUBE Fokus di Kelurahan Satu, Kota Uji, berdiri sejak Juni 2023 dan menjalankan usaha kuliner.",
        "Pada akhir April 2024 kelompok ini beranggotakan 4 anggota aktif.",
        "Bantuan UEP sebesar Rp10.000.000 diterima pada 1 Juli 2023.",
        # 4 meetings / 4 months = 1.0
        "Selama periode ini kelompok bertemu 4 kali, rata-rata 1,0 kali sebulan.",
        "Pendamping berkunjung 1 kali; Dinas Sosial dan kelurahan 1 kali.",
    ]


def test_kalimat_uang(fakta):
    assert narasi.kalimat_uang(fakta, "id") == [
        # biaya 1 500 000 + 1 800 000 + 1 200 000 = 4 500 000; laba 5 500 000 - 4 500 000
        "Omzet kelompok Rp5.500.000 dengan biaya Rp4.500.000, sehingga laba Rp1.000.000.",
        # modal of the latest report (March) 10 800 000 / 10 000 000 - 1 = +8 %
        "Modal di akhir periode Rp10.800.000, naik 8% dari bantuan awal.",
        # savings 100 000 + 100 000 (March empty = 0); IKS 50 000 + 50 000
        "Anggota menabung Rp200.000 dan menyisihkan IKS Rp100.000.",
    ]
    assert narasi.kalimat_uang(fakta, "en")[0] == (
        "The group's revenue was IDR 5,500,000 with costs of IDR 4,500,000, a profit of IDR 1,000,000."
    )


def test_kalimat_kehadiran(fakta):
    assert narasi.kalimat_kehadiran(fakta, "id") == [
        "Kehadiran rapat turun dari 100% menjadi 50% sejak Maret 2024; peringkat 2 dari 4 di Kota Uji.",
        "Laporan keuangan dibacakan di 75% pertemuan.",  # 3 of 4 meetings
    ]
    assert narasi.kalimat_kehadiran(fakta, "en")[0] == (
        "Meeting attendance fell from 100% to 50% since March 2024; rank 2 of 4 in Kota Uji."
    )


def test_kalimat_hambatan(fakta):
    assert narasi.kalimat_hambatan(fakta, "id") == [
        # H1, H2, H3 reported in the period; H2 and H3 still open on 30 April 2024
        "Tercatat 3 hambatan baru; 2 hambatan masih terbuka di akhir periode.",
        "Hambatan yang selesai rata-rata (median) tertangani dalam 30 hari.",  # 20 Jan -> 19 Feb
        # kepercayaan + konflik are both modal_sosial (2), pemasaran is usaha (1)
        "Hambatan terbanyak ada pada kelompok modal sosial (2).",
    ]


def test_kalimat_mitra_dan_kesepakatan(fakta):
    kalimat = narasi.kalimat_modal_sosial(fakta, "id")
    assert kalimat[-1] == "Kelompok punya 1 mitra luar aktif dan 1 kesepakatan yang berlaku."


def _fakta_buatan(**ubah):
    summary = {
        "anggota_aktif": 12, "pertemuan": 24, "pertemuan_per_bulan": 2.0, "tingkat_kehadiran": 0.62,
        "transparansi_keuangan": 0.5, "omzet": None, "biaya": None, "laba": None, "tabungan": None,
        "iks": None, "modal_akhir": None, "pertumbuhan_modal": None, "kunjungan_pendamping": 0,
        "kunjungan_pemerintah": 0, "hambatan_baru": 0, "hambatan_terbuka": 0,
        "hari_penyelesaian_median": None, "mitra_eksternal_aktif": 2, "kesepakatan_aktif": 1,
        "peringkat_kehadiran": [7, 12],
    }  # fmt: skip
    fakta = {
        "kelompok": {"nama": "KUBE Sejahtera 2", "kota": "Kota Yogyakarta"},
        "dari": dt.date(2023, 1, 1),
        "sampai": dt.date(2024, 12, 1),
        "summary": summary,
        "anggota_disembunyikan": False,
        "tren_kehadiran": {"awal": 0.85, "akhir": 0.62, "sejak": dt.date(2024, 3, 1)},
        "peringatan": [],
    }
    fakta.update(ubah)
    return fakta


def test_kalimat_contoh_dari_isu():
    assert narasi.kalimat_kehadiran(_fakta_buatan(), "id")[0] == (
        "Kehadiran rapat turun dari 85% menjadi 62% sejak Maret 2024; peringkat 7 dari 12 di Kota Yogyakarta."
    )


def test_kehadiran_naik_stabil_dan_disembunyikan():
    naik = _fakta_buatan(tren_kehadiran={"awal": 0.6, "akhir": 0.7, "sejak": dt.date(2024, 7, 1)})
    assert narasi.kalimat_kehadiran(naik, "id")[0].startswith(
        "Kehadiran rapat naik dari 60% menjadi 70% sejak Juli 2024"
    )
    # a move of 4 points is under KEHADIRAN_BERUBAH (5 points)
    stabil = _fakta_buatan(tren_kehadiran={"awal": 0.66, "akhir": 0.62, "sejak": dt.date(2024, 7, 1)})
    assert narasi.kalimat_kehadiran(stabil, "en")[0].startswith(
        "Meeting attendance stayed around 62% since July 2024"
    )
    kecil = _fakta_buatan(anggota_disembunyikan=True)
    assert narasi.kalimat_kehadiran(kecil, "id") == [
        "Angka kehadiran tidak ditampilkan karena kelompok beranggota kurang dari 3 orang."
    ]


def test_uang_tanpa_laporan():
    assert narasi.kalimat_uang(_fakta_buatan(), "id") == [
        "Tidak ada laporan keuangan bulanan dalam periode ini."
    ]


def test_peringatan_dan_langkah():
    fakta = _fakta_buatan(peringatan=["absen_beruntun", "laporan_terlambat"])
    assert narasi.kalimat_peringatan(fakta, "id") == [
        "Ada 2 peringatan aktif di akhir Desember 2024.",
        "Banyak anggota absen beruntun: 30% atau lebih anggota aktif absen pada 3 pertemuan terakhir.",
        "Laporan bulanan terlambat: tidak ada laporan keuangan 2 bulan terakhir.",
    ]
    # one step per warning, then transparansi 50 % < 90 %; 2 meetings a month, 2 partners and
    # 1 agreement meet their levels
    assert narasi.langkah_berikutnya(fakta, "id") == [
        "Kunjungi anggota yang absen beruntun dan tanyakan kendalanya.",
        "Lengkapi laporan keuangan bulanan yang tertinggal.",
        "Bacakan laporan keuangan di setiap pertemuan.",
    ]
    sehat = _fakta_buatan(summary={**_fakta_buatan()["summary"], "transparansi_keuangan": 1.0})
    assert narasi.kalimat_peringatan(sehat, "en") == ["No warning is active at the end of December 2024."]
    assert narasi.langkah_berikutnya(sehat, "en") == [
        "Keep the good habits: regular meetings, open finances and savings."
    ]


def test_cerita_kota_uji_tanpa_nama_terlarang(kota_uji):
    terlarang = nama_terlarang(kota_uji, "FOK-1")
    for lang in ("id", "en"):
        cerita = susun_cerita(kota_uji, kode_kube="FOK-1", dari=DARI, sampai=SAMPAI, lang=lang)
        assert cerita is not None and len(cerita.slides) == 7
        teks = cerita.teks_semua()
        assert "KUBE Fokus" in teks
        assert [n for n in terlarang if n.casefold() in teks.casefold()] == []
        assert "Data impor pengguna" in teks or "Imported user data" in teks


def test_bentuk_tunggal_dalam_bahasa_inggris(kota_uji):
    fakta, _ = kumpulkan_fakta(kota_uji, kode_kube="FOK-1", dari=DARI, sampai=DARI)
    kalimat = narasi.kalimat_anggota(fakta, "en")
    # January 2024 alone: one meeting (P1), no visit yet (the first is on 10 February)
    assert kalimat[3] == "During this period the group met once, on average 1.0 times a month."
    assert kalimat[4] == "The facilitator visited 0 times; Dinas Sosial and the kelurahan 0 times."
    assert (
        narasi.kalimat_modal_sosial(fakta, "en")[-1]
        == "The group has 1 active outside partner and 1 agreement in force."
    )
    # one month: no trend, the plain rate (4/4) and the rank among FOK-1, PER-1 (5/5), PER-3 (2/3)
    assert narasi.kalimat_kehadiran(fakta, "en")[0] == "Meeting attendance was 100%; rank 1 of 3 in Kota Uji."


def test_periode_tanpa_rapat_dan_tanpa_sebaya(kota_uji):
    april = dt.date(2024, 4, 1)
    fakta, frames = kumpulkan_fakta(kota_uji, kode_kube="PER-1", dari=april, sampai=april)
    assert narasi.kalimat_kehadiran(fakta, "id") == [
        "Tidak ada pertemuan dengan data kehadiran dalam periode ini."
    ]
    assert narasi.kalimat_uang(fakta, "id") == ["Tidak ada laporan keuangan bulanan dalam periode ini."]
    # in April only FOK-1 met in Kota Uji (2/4): it is the one compared group, unnamed
    # (issue 11: the ranking frame also carries the peers' median row, label "")
    assert list(frames["peringkat"].loc[~frames["peringkat"]["median"], "label"]) == ["KUBE A"]
    sebelum = kumpulkan_fakta(
        kota_uji, kode_kube="FOK-1", dari=dt.date(2022, 1, 1), sampai=dt.date(2022, 6, 1)
    )
    assert sebelum is not None and sebelum[1]["peringkat"].empty
    assert (
        narasi.kalimat_modal_sosial(sebelum[0], "id")[0]
        == "Pembacaan modal sosial tidak tersedia untuk periode ini."
    )
