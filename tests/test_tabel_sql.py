"""Tables sorted, counted and paged in SQL (issue 10 part B, kube_metrics/tabel_sql.py): every
sort the user may pick gives a hand-checked order, a page is one slice of that order with the
whole table's count, and anything outside the whitelist is refused before reaching SQL.

The league figures are those of tests/fixtures/ringkasan, worked out by hand in
tests/test_ringkasan_liga.py (LIGA_P); each expected order below is read off those figures.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from kube_metrics import hambatan, peringatan_tersimpan, ringkasan, tabel_sql

JUL, SEP = dt.date(2026, 7, 1), dt.date(2026, 9, 1)
P = {"dari": JUL, "sampai": SEP}


@pytest.fixture
def con(fixture_rollup):
    return fixture_rollup("ringkasan")


# key, direction -> expected kode_kube order (NULLs last, ties by kode_kube)
LIGA = {
    # red*10 + amber: BCR-001/002/003 31, BNR-001 14, KTR-001 11, TGR-003 11, TGR-002 5,
    # BNR-002 1, TGR-001 0
    ("status", "turun"): "BCR-001 BCR-002 BCR-003 BNR-001 KTR-001 TGR-003 TGR-002 BNR-002 TGR-001",
    ("status", "naik"): "TGR-001 BNR-002 TGR-002 KTR-001 TGR-003 BNR-001 BCR-001 BCR-002 BCR-003",
    # KUBE Baciro Jaya / Lestari / Mandiri, Bener Baru / Makmur, Kotabaru Sehat, Sejahtera 1-3
    ("nama", "naik"): "BCR-001 BCR-003 BCR-002 BNR-002 BNR-001 KTR-001 TGR-001 TGR-002 TGR-003",
    ("kode_kube", "turun"): "TGR-003 TGR-002 TGR-001 KTR-001 BNR-002 BNR-001 BCR-003 BCR-002 BCR-001",
    # Baciro, Bener, Kotabaru, Tegalrejo
    ("kelurahan", "turun"): "TGR-001 TGR-002 TGR-003 KTR-001 BNR-001 BNR-002 BCR-001 BCR-002 BCR-003",
    # Gondokusuman (BCR-*, KTR-001), Tegalrejo (BNR-*, TGR-*)
    ("kecamatan", "naik"): "BCR-001 BCR-002 BCR-003 KTR-001 BNR-001 BNR-002 TGR-001 TGR-002 TGR-003",
    # jasa, kerajinan, konveksi, kuliner x3, laundry, ternak, warung_sembako
    ("jenis_usaha", "naik"): "BNR-002 BNR-001 BCR-003 BCR-001 TGR-001 TGR-002 KTR-001 BCR-002 TGR-003",
    # 4/4, 10/12, 16/20, 18/24, 11/15, 9/15, 7/12; no meetings (BCR-002, TGR-003) last
    ("tingkat_kehadiran", "turun"): "BCR-003 KTR-001 BNR-002 TGR-001 TGR-002 BNR-001 BCR-001 BCR-002 TGR-003",
    ("tingkat_kehadiran", "naik"): "BCR-001 BNR-001 TGR-002 TGR-001 BNR-002 KTR-001 BCR-003 BCR-002 TGR-003",
    # 0 (BCR-002, TGR-003), 1/2, 2/3, 1 (KTR-001, TGR-002), 5/3, 2 (BNR-002, TGR-001)
    ("pertemuan_per_bulan", "naik"): (
        "BCR-002 TGR-003 BCR-003 BCR-001 KTR-001 TGR-002 BNR-001 BNR-002 TGR-001"
    ),
    # 3.8, 3.0, 2.7, 2.4, 1.0 (BCR-003, BNR-002), 0.799999 million; no report: KTR-001, TGR-003
    ("omzet", "turun"): "TGR-002 TGR-001 BNR-001 BCR-001 BCR-003 BNR-002 BCR-002 KTR-001 TGR-003",
    # -200 000, 299 999, 400 000, 600 000, 800 000, 900 000, 1 200 000
    ("laba", "naik"): "BCR-003 BCR-002 BNR-002 BCR-001 TGR-002 TGR-001 BNR-001 KTR-001 TGR-003",
    # -50%, -20.0001%, -20% (0.8 - 1 in floats), -10%, -5%, 0; undefined last
    ("omzet_perubahan", "naik"): "BCR-003 BCR-002 BCR-001 BNR-001 TGR-002 TGR-001 BNR-002 KTR-001 TGR-003",
    # 3, 2, 1 (BCR-003, TGR-002, TGR-003), 0
    ("bulan_tanpa_laporan", "turun"): (
        "KTR-001 BCR-002 BCR-003 TGR-002 TGR-003 BCR-001 BNR-001 BNR-002 TGR-001"
    ),
    # 4 (BCR-001, BCR-003), 3, 2 (BNR-002, TGR-002), 1, 0
    ("hambatan_terbuka", "turun"): "BCR-001 BCR-003 BNR-001 BNR-002 TGR-002 TGR-001 BCR-002 KTR-001 TGR-003",
    # visits * 3 / months: 0 (BCR-002, BCR-003, BNR-001, TGR-003), 1 (KTR-001, TGR-001), 1.5, 2, 3
    ("kunjungan_per_triwulan", "naik"): (
        "BCR-002 BCR-003 BNR-001 TGR-003 KTR-001 TGR-001 BNR-002 BCR-001 TGR-002"
    ),
}  # fmt: skip


def _liga(con, **cara):
    return ringkasan.liga_kelompok_halaman(con, **P, **cara)


@pytest.mark.parametrize(("urut", "arah"), list(LIGA))
def test_liga_setiap_urutan(con, urut, arah):
    hasil = _liga(con, urut=urut, arah=arah)
    assert list(hasil["kode_kube"]) == LIGA[(urut, arah)].split()
    assert set(hasil["jumlah_baris"]) == {9}


def test_setiap_urutan_liga_diuji():
    assert {u for u, _ in LIGA} == set(ringkasan.URUT_LIGA.kolom)


def test_liga_satu_halaman_dan_jumlah(con):
    # the default order (status, red first), rows 4..6 of 9
    hasil = _liga(con, batas=3, lewati=3)
    assert list(hasil["kode_kube"]) == ["BNR-001", "KTR-001", "TGR-003"]
    assert list(hasil["jumlah_baris"]) == [9, 9, 9]
    assert hasil.loc[0, "status_kunjungan"] == "merah"  # BNR-001: 0 visits (LIGA_P)
    # the statuses of a page are those of the whole table
    semua = ringkasan.liga_kelompok(con, **P).set_index("kode_kube")
    kuning = hasil.set_index("kode_kube")["jumlah_kuning"].to_dict()
    assert kuning == {"BNR-001": 4, "KTR-001": 1, "TGR-003": 1}
    assert semua.loc["BNR-001", "jumlah_kuning"] == 4
    # a filter counts only its rows: Bener has BNR-001 and BNR-002
    bener = _liga(con, batas=1, kelurahan="Bener")
    assert list(bener["kode_kube"]) == ["BNR-001"] and list(bener["jumlah_baris"]) == [2]


@pytest.mark.parametrize(
    ("urut", "arah"),
    [("nama; DROP TABLE kelompok", "naik"), ("nama", "naik; --"), ("jumlah_baris", "naik")],
)
def test_urutan_di_luar_daftar_ditolak(con, urut, arah):
    with pytest.raises(ValueError):
        _liga(con, urut=urut, arah=arah)


def test_batas_dan_lewati_diperiksa(con):
    with pytest.raises(ValueError):
        _liga(con, batas=0)
    with pytest.raises(ValueError):
        _liga(con, lewati=-1)


# (kode_kube, kode_alasan, tingkat) in each order; the rows of test_perlu_perhatian
PERHATIAN = {
    ("tingkat", "naik"): [
        ("BCR-001", "hambatan_menumpuk", "merah"), ("BCR-002", "omzet_turun", "merah"),
        ("BNR-001", "kehadiran_turun", "merah"), ("BCR-001", "kehadiran_turun", "kuning"),
        ("BCR-001", "omzet_turun", "kuning"), ("BNR-001", "omzet_turun", "kuning"),
        ("BNR-002", "hambatan_menumpuk", "kuning"), ("TGR-001", "kehadiran_turun", "kuning"),
        ("TGR-002", "hambatan_menumpuk", "kuning"),
    ],
    ("tingkat", "turun"): [
        ("BCR-001", "kehadiran_turun", "kuning"), ("BCR-001", "omzet_turun", "kuning"),
        ("BNR-001", "omzet_turun", "kuning"), ("BNR-002", "hambatan_menumpuk", "kuning"),
        ("TGR-001", "kehadiran_turun", "kuning"), ("TGR-002", "hambatan_menumpuk", "kuning"),
        ("BCR-001", "hambatan_menumpuk", "merah"), ("BCR-002", "omzet_turun", "merah"),
        ("BNR-001", "kehadiran_turun", "merah"),
    ],
    # Baciro Jaya, Baciro Mandiri, Bener Baru, Bener Makmur, Sejahtera 1, Sejahtera 2
    ("nama", "naik"): [
        ("BCR-001", "kehadiran_turun", "kuning"), ("BCR-001", "omzet_turun", "kuning"),
        ("BCR-001", "hambatan_menumpuk", "merah"), ("BCR-002", "omzet_turun", "merah"),
        ("BNR-002", "hambatan_menumpuk", "kuning"), ("BNR-001", "kehadiran_turun", "merah"),
        ("BNR-001", "omzet_turun", "kuning"), ("TGR-001", "kehadiran_turun", "kuning"),
        ("TGR-002", "hambatan_menumpuk", "kuning"),
    ],
    # the reasons in their documented order: attendance, revenue, obstacles
    ("alasan", "naik"): [
        ("BCR-001", "kehadiran_turun", "kuning"), ("BNR-001", "kehadiran_turun", "merah"),
        ("TGR-001", "kehadiran_turun", "kuning"), ("BCR-001", "omzet_turun", "kuning"),
        ("BCR-002", "omzet_turun", "merah"), ("BNR-001", "omzet_turun", "kuning"),
        ("BCR-001", "hambatan_menumpuk", "merah"), ("BNR-002", "hambatan_menumpuk", "kuning"),
        ("TGR-002", "hambatan_menumpuk", "kuning"),
    ],
    ("kode_kube", "turun"): [
        ("TGR-002", "hambatan_menumpuk", "kuning"), ("TGR-001", "kehadiran_turun", "kuning"),
        ("BNR-002", "hambatan_menumpuk", "kuning"), ("BNR-001", "kehadiran_turun", "merah"),
        ("BNR-001", "omzet_turun", "kuning"), ("BCR-002", "omzet_turun", "merah"),
        ("BCR-001", "kehadiran_turun", "kuning"), ("BCR-001", "omzet_turun", "kuning"),
        ("BCR-001", "hambatan_menumpuk", "merah"),
    ],
    # Baciro (BCR-*), Bener (BNR-*), Tegalrejo (TGR-*)
    ("kelurahan", "naik"): [
        ("BCR-001", "kehadiran_turun", "kuning"), ("BCR-001", "omzet_turun", "kuning"),
        ("BCR-001", "hambatan_menumpuk", "merah"), ("BCR-002", "omzet_turun", "merah"),
        ("BNR-001", "kehadiran_turun", "merah"), ("BNR-001", "omzet_turun", "kuning"),
        ("BNR-002", "hambatan_menumpuk", "kuning"), ("TGR-001", "kehadiran_turun", "kuning"),
        ("TGR-002", "hambatan_menumpuk", "kuning"),
    ],
    # Gondokusuman (BCR-*), Tegalrejo (BNR-*, TGR-*)
    ("kecamatan", "turun"): [
        ("BNR-001", "kehadiran_turun", "merah"), ("BNR-001", "omzet_turun", "kuning"),
        ("BNR-002", "hambatan_menumpuk", "kuning"), ("TGR-001", "kehadiran_turun", "kuning"),
        ("TGR-002", "hambatan_menumpuk", "kuning"), ("BCR-001", "kehadiran_turun", "kuning"),
        ("BCR-001", "omzet_turun", "kuning"), ("BCR-001", "hambatan_menumpuk", "merah"),
        ("BCR-002", "omzet_turun", "merah"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("urut", "arah"), list(PERHATIAN))
def test_perlu_perhatian_setiap_urutan(con, urut, arah):
    hasil = ringkasan.perlu_perhatian_halaman(con, **P, urut=urut, arah=arah)
    assert (
        list(hasil[["kode_kube", "kode_alasan", "tingkat"]].itertuples(index=False, name=None))
        == (PERHATIAN[(urut, arah)])
    )
    assert {u for u, _ in PERHATIAN} == set(ringkasan.URUT_PERHATIAN.kolom)


def test_perlu_perhatian_alasan_hanya_untuk_halaman(con, monkeypatch):
    ditulis = []
    asli = ringkasan.tulis_alasan
    monkeypatch.setattr(ringkasan, "tulis_alasan", lambda *a: ditulis.append(a) or asli(*a))
    hasil = ringkasan.perlu_perhatian_halaman(con, **P, urut="alasan", batas=2, lewati=1)
    # rows 2 and 3 in reason order: BNR-001 attendance .80 -> .60, TGR-001 .85 -> .75
    assert list(hasil["alasan"]) == [
        "Tingkat kehadiran turun 20,0 poin persen (dari 80,0% menjadi 60,0%)",
        "Tingkat kehadiran turun 10,0 poin persen (dari 85,0% menjadi 75,0%)",
    ]
    assert len(ditulis) == 2 and list(hasil["jumlah_baris"]) == [9, 9]


# Stored warnings written by hand into peringatan_tersimpan (what the write path stores), so
# that the lookup's orders can be read off: (kode_kube, kode, tingkat, urut = code order)
TERSIMPAN = [
    ("TGR-002", "tanpa_kunjungan", "sedang", 6),
    ("BNR-001", "absen_beruntun", "tinggi", 1),
    ("BNR-001", "kehadiran_turun", "sedang", 2),
    ("BCR-001", "hambatan_lama", "sedang", 5),
    ("TGR-001", "mandiri_belum_siap", "tinggi", 0),
    ("BCR-001", "absen_beruntun", "tinggi", 1),
]
PERINGATAN = {
    # severe first, then code order, then group
    ("tingkat", "naik"): "TGR-001/mandiri_belum_siap BCR-001/absen_beruntun BNR-001/absen_beruntun "
    "BNR-001/kehadiran_turun BCR-001/hambatan_lama TGR-002/tanpa_kunjungan",
    ("peringatan", "turun"): "TGR-002/tanpa_kunjungan BCR-001/hambatan_lama BNR-001/kehadiran_turun "
    "BCR-001/absen_beruntun BNR-001/absen_beruntun TGR-001/mandiri_belum_siap",
    # KUBE Baciro Jaya, Bener Makmur, Sejahtera 1, Sejahtera 2; a group's warnings in code order
    ("nama", "naik"): "BCR-001/absen_beruntun BCR-001/hambatan_lama BNR-001/absen_beruntun "
    "BNR-001/kehadiran_turun TGR-001/mandiri_belum_siap TGR-002/tanpa_kunjungan",
    ("kode_kube", "turun"): "TGR-002/tanpa_kunjungan TGR-001/mandiri_belum_siap BNR-001/absen_beruntun "
    "BNR-001/kehadiran_turun BCR-001/absen_beruntun BCR-001/hambatan_lama",
}


@pytest.fixture
def con_tersimpan(con):
    con.execute("DELETE FROM peringatan_tersimpan")
    for kode_kube, kode, tingkat, urut in TERSIMPAN:
        con.execute(
            "INSERT INTO peringatan_tersimpan (bulan, kode_kube, kode, tingkat, nilai, urut)"
            " VALUES (?, ?, ?, ?, 1, ?)",
            [SEP, kode_kube, kode, tingkat, urut],
        )
    con.execute("UPDATE peringatan_tersimpan_bulan SET bulan = ?", [SEP])
    return con


@pytest.mark.parametrize(("urut", "arah"), list(PERINGATAN))
def test_peringatan_setiap_urutan(con_tersimpan, urut, arah):
    hasil = peringatan_tersimpan.peringatan_halaman(con_tersimpan, sampai=SEP, urut=urut, arah=arah)
    assert [f"{k}/{c}" for k, c in zip(hasil["kode_kube"], hasil["kode"], strict=True)] == (
        PERINGATAN[(urut, arah)].split()
    )
    assert {u for u, _ in PERINGATAN} == set(peringatan_tersimpan.URUT_PERINGATAN.kolom)


def test_peringatan_halaman_dan_jumlah_per_kode(con_tersimpan):
    hasil = peringatan_tersimpan.peringatan_halaman(con_tersimpan, sampai=SEP, batas=2, lewati=2)
    assert list(hasil["kode_kube"]) == ["BNR-001", "BNR-001"] and list(hasil["jumlah_baris"]) == [6, 6]
    assert hasil["pesan"].isna().all()  # written by the table builder for the rows shown
    tegalrejo = peringatan_tersimpan.peringatan_halaman(con_tersimpan, sampai=SEP, kecamatan="Tegalrejo")
    assert sorted(tegalrejo["kode_kube"]) == ["BNR-001", "BNR-001", "TGR-001", "TGR-002"]
    per_kode = peringatan_tersimpan.jumlah_per_kode(con_tersimpan, sampai=SEP)
    assert dict(zip(per_kode["kode"], per_kode["jumlah"], strict=True)) == {
        "absen_beruntun": 2, "hambatan_lama": 1, "kehadiran_turun": 1, "mandiri_belum_siap": 1,
        "tanpa_kunjungan": 1,
    }  # fmt: skip


def test_peringatan_bulan_lain_dihitung_lalu_dipaging(con_tersimpan):
    # another month than the stored one runs the rule code; paging and counts still come back
    agu = dt.date(2026, 8, 1)
    semua = peringatan_tersimpan.peringatan_aktif(con_tersimpan, sampai=agu, teks=False)
    hasil = peringatan_tersimpan.peringatan_halaman(con_tersimpan, sampai=agu, batas=1)
    assert len(hasil) == min(1, len(semua)) and tabel_sql.jumlah(hasil) == len(semua)
    per_kode = peringatan_tersimpan.jumlah_per_kode(con_tersimpan, sampai=agu)
    assert int(per_kode["jumlah"].sum()) == len(semua)


def test_sisip_tanpa_penanda_ditolak(con):
    with pytest.raises(ValueError):
        urutan = ringkasan.URUT_LIGA
        tabel_sql.halaman(con, "rentang_bulan", {}, urutan, urut=None, arah=None, batas=1, lewati=0)


def test_jumlah_halaman_kosong():
    assert tabel_sql.jumlah(pd.DataFrame({"jumlah_baris": []})) == 0


# Obstacle tables on tests/fixtures/kecil (figures worked out in tests/test_metrics_hambatan.py)
PER_KATEGORI = {
    # Maju Bersama (TGR-005), Melati (WRB-003), Sejahtera 2 (TGR-002): the metric's own order
    ("nama", "naik"): "TGR-005/bahan_baku TGR-005/modal WRB-003/konflik TGR-002/kepercayaan "
    "TGR-002/konflik TGR-002/modal TGR-002/pemasaran",
    # every row has 1 new: ties by group, kelompok_kategori, kategori
    ("baru", "turun"): "TGR-002/kepercayaan TGR-002/konflik TGR-002/modal TGR-002/pemasaran "
    "TGR-005/bahan_baku TGR-005/modal WRB-003/konflik",
    # open at the end: G01 (TGR-005 bahan_baku), H02 (pemasaran), N01 (WRB-003 konflik)
    ("terbuka_akhir", "turun"): "TGR-002/pemasaran TGR-005/bahan_baku WRB-003/konflik "
    "TGR-002/kepercayaan TGR-002/konflik TGR-002/modal TGR-005/modal",
    ("kategori", "naik"): "TGR-005/bahan_baku TGR-002/kepercayaan TGR-002/konflik WRB-003/konflik "
    "TGR-002/modal TGR-005/modal TGR-002/pemasaran",
    ("kode_kube", "turun"): "WRB-003/konflik TGR-005/bahan_baku TGR-005/modal TGR-002/kepercayaan "
    "TGR-002/konflik TGR-002/modal TGR-002/pemasaran",
}
HARI = {
    # resolved 10 Feb (H01), 25 Mar (G02), H04 (same day as reported), 10 Apr (H03)
    ("tanggal_selesai", "naik"): "H01 G02 H04 H03",
    ("hari", "turun"): "H03 H01 G02 H04",  # 40, 21, 20, 0 days
    ("hari", "naik"): "H04 G02 H01 H03",
    ("nama", "naik"): "G02 H01 H03 H04",  # Maju Bersama, then Sejahtera 2 by obstacle code
    ("kode_kube", "turun"): "G02 H01 H03 H04",
    ("kategori", "naik"): "H03 H04 H01 G02",  # kepercayaan, konflik, modal (TGR-002, TGR-005)
}
JAN_APR = {"dari": dt.date(2024, 1, 1), "sampai": dt.date(2024, 4, 1)}


@pytest.mark.parametrize(("urut", "arah"), list(PER_KATEGORI))
def test_hambatan_per_kategori_setiap_urutan(con_kecil, urut, arah):
    hasil = hambatan.hambatan_per_kategori_halaman(con_kecil, **JAN_APR, urut=urut, arah=arah)
    got = [f"{k}/{c}" for k, c in zip(hasil["kode_kube"], hasil["kategori"], strict=True)]
    assert got == PER_KATEGORI[(urut, arah)].split()
    assert {u for u, _ in PER_KATEGORI} == set(hambatan.URUT_PER_KATEGORI.kolom)
    dua = hambatan.hambatan_per_kategori_halaman(
        con_kecil, **JAN_APR, urut=urut, arah=arah, batas=2, lewati=5
    )
    assert [f"{k}/{c}" for k, c in zip(dua["kode_kube"], dua["kategori"], strict=True)] == got[5:7]
    assert list(dua["jumlah_baris"]) == [7, 7]


@pytest.mark.parametrize(("urut", "arah"), list(HARI))
def test_hari_penyelesaian_setiap_urutan(con_kecil, urut, arah):
    hasil = hambatan.hari_penyelesaian_halaman(
        con_kecil, **JAN_APR, kecamatan="Tegalrejo", urut=urut, arah=arah
    )
    assert list(hasil["kode_hambatan"]) == HARI[(urut, arah)].split()
    assert {u for u, _ in HARI} == set(hambatan.URUT_HARI.kolom)


def test_peta_hambatan_dipotong_di_sql(con_kecil):
    from kube_metrics.charts import hambatan as ch

    # new obstacles Jan-Apr per group: Sejahtera 2 (TGR-002) 4, Maju Bersama (TGR-005) 2,
    # Melati (WRB-003) 1; the map of the top 1 keeps every category any group has (bahan_baku
    # only at TGR-005: a column of 0), as the map built from every row did
    peta = hambatan.peta_hambatan(con_kecil, **JAN_APR, maks=1)
    assert set(peta["nama"].dropna()) == {"KUBE Sejahtera 2"}
    m = ch.matriks_hambatan(peta)
    assert list(m.columns) == ["bahan_baku", "kepercayaan", "konflik", "modal", "pemasaran"]
    assert m.loc["KUBE Sejahtera 2"].tolist() == [0, 1, 1, 1, 1]
    penuh = hambatan.hambatan_per_kategori(con_kecil, **JAN_APR)
    pd.testing.assert_frame_equal(m, ch.matriks_hambatan(penuh, maks=1))
    dua = ch.matriks_hambatan(hambatan.peta_hambatan(con_kecil, **JAN_APR, maks=2))
    assert list(dua.index) == ["KUBE Sejahtera 2", "KUBE Maju Bersama"]
    assert ch.daftar_ponsel(peta) == ["KUBE Sejahtera 2 — 4: Kepercayaan 1, Konflik 1, Modal 1, Pemasaran 1"]


# The page computes the league figures once (ringkasan.liga_angka) and hands them to both tables
# (issue 10): every page, count, value and column type must be those of the tables computing
# the figures themselves, which the hand-checked orders above pin.
@pytest.mark.parametrize("saring", [{}, {"kecamatan": "Tegalrejo"}, {"jenis_usaha": "kuliner"}])
def test_angka_sekali_sama_dengan_dihitung_sendiri(con, saring):
    angka = ringkasan.liga_angka(con, **P, **saring)
    for urut, arah in LIGA:
        for halaman in ({}, {"batas": 3, "lewati": 2}):
            cara = {"urut": urut, "arah": arah, **halaman, **saring}
            sendiri = ringkasan.liga_kelompok_halaman(con, **P, **cara)
            pd.testing.assert_frame_equal(
                ringkasan.liga_kelompok_halaman(con, **P, _angka=angka, **cara), sendiri
            )
    for urut, arah in PERHATIAN:
        cara = {"urut": urut, "arah": arah, **saring}
        sendiri = ringkasan.perlu_perhatian_halaman(con, **P, **cara)
        pd.testing.assert_frame_equal(
            ringkasan.perlu_perhatian_halaman(con, **P, _angka=angka, **cara), sendiri
        )
    assert ringkasan.ANGKA_LIGA not in set(con.execute("SHOW TABLES").df()["name"])  # not left behind
