"""The WhatsApp summary card (issue 11): its figures worked out by hand on Kota Uji
(tests/test_narasi.py), its texts, its size, the demo band, the public rules and the CLI."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image
from test_narasi import bangun_kota_uji, nama_terlarang

from kube_metrics.cli import main
from kube_metrics.kartu import bulan_sebelum, fakta_kartu
from kube_metrics.laporan.kartu import LATAR_DEMO, gambar_kartu, isi_kartu, teks_kartu

MARET = dt.date(2024, 3, 1)
HARI_INI = dt.date(2024, 5, 2)


@pytest.fixture
def kota_uji(empty_db):
    return bangun_kota_uji(empty_db)


def _angka(fakta):
    return {a.kunci: a for a in fakta["angka"]}


def test_angka_kartu_fok1_maret_2024(kota_uji):
    fakta = fakta_kartu(kota_uji, kode_kube="KUBE Fokus", bulan=MARET)
    a = _angka(fakta)
    # attendance March: P3 hadir, diwakili (counts as present), sakit, alpa = 2/4; February P2 4/4
    assert (a["kehadiran"].nilai, a["kehadiran"].lalu) == (0.5, 1.0)
    # peers with a meeting in March: PER-1 (P2: 4 of 5 = 80 %) above FOK-1 -> 2nd of 2
    assert (a["kehadiran"].peringkat, a["kehadiran"].dari) == (2, 2)
    # keuangan rows: Feb 2 500 000 / 1 800 000 / modal 11 000 000; Mar 1 000 000 / 1 200 000 / 10 800 000
    assert (a["omzet"].nilai, a["omzet"].lalu) == (1_000_000, 2_500_000)
    assert (a["laba"].nilai, a["laba"].lalu) == (-200_000, 700_000)
    assert (a["modal"].nilai, a["modal"].lalu) == (10_800_000, 11_000_000)
    # no peer has a report in March: nobody to rank against, so no rank ("1 of 1" says nothing)
    assert a["omzet"].peringkat is None and a["laba"].peringkat is None
    assert fakta["kelompok"]["kelurahan"] == "Satu" and fakta["demo"] is False


def test_teks_kartu_fok1_maret_2024(kota_uji):
    fakta = fakta_kartu(kota_uji, kode_kube="FOK-1", bulan=MARET)
    isi = isi_kartu(fakta, "id", HARI_INI)
    ubin = {u["label"]: u for u in isi["ubin"]}
    assert ubin["Kehadiran rapat"] == {
        "label": "Kehadiran rapat",
        "nilai": "50%",
        "perubahan": "turun 50 poin dari Februari 2024",
        "peringkat": "peringkat 2 dari 2 (sekota)",
    }
    assert ubin["Omzet"]["nilai"] == "Rp1.000.000"
    assert ubin["Omzet"]["perubahan"] == "turun Rp1.500.000 dari Februari 2024"
    assert ubin["Laba"]["nilai"] == "-Rp200.000"
    assert ubin["Laba"]["perubahan"] == "turun Rp900.000 dari Februari 2024"
    assert ubin["Modal akhir"]["perubahan"] == "turun Rp200.000 dari Februari 2024"
    assert isi["bulan"] == "Ringkasan Maret 2024" and isi["tempat"] == "Kel. Satu, Kec. Timur, Kota Uji"
    assert isi["peringatan"] == [("#2e8b57", "Baik: tidak ada peringatan aktif")]  # the word, not only green
    assert isi["demo"] is None
    en = isi_kartu(fakta, "en", HARI_INI)
    assert en["ubin"][0]["perubahan"] == "down 50 points from February 2024"
    assert en["ubin"][2]["nilai"] == "-IDR 200,000"


def test_bulan_tanpa_laporan_belum_ada_data(kota_uji):
    """April 2024 has a meeting but no monthly report: money 'belum ada data', never Rp0, with
    March's figure beside it."""
    fakta = fakta_kartu(kota_uji, kode_kube="FOK-1", bulan=dt.date(2024, 4, 1))
    a = _angka(fakta)
    assert a["omzet"].nilai is None and a["modal"].nilai is None
    ubin = isi_kartu(fakta, "id", HARI_INI)["ubin"]
    assert ubin[1]["nilai"] == "belum ada data"
    assert ubin[1]["perubahan"] == "Maret 2024: Rp1.000.000" and ubin[1]["peringkat"] == ""
    # attendance April: P4 hadir, hadir, izin, no row (alpa) = 2/4, as in March
    assert ubin[0]["perubahan"] == "sama dengan Maret 2024"


def test_kelompok_kecil_kehadiran_disembunyikan(kota_uji):
    fakta = fakta_kartu(kota_uji, kode_kube="PER-2", bulan=dt.date(2024, 2, 1))  # 2 members, 1 present
    ubin = isi_kartu(fakta, "id", HARI_INI)["ubin"]
    assert ubin[0]["nilai"] == "disembunyikan (< 3 anggota)"
    assert "50%" not in teks_kartu(isi_kartu(fakta, "id", HARI_INI))


def test_gambar_kartu_ukuran_dan_tanpa_nama(kota_uji):
    fakta = fakta_kartu(kota_uji, kode_kube="FOK-1", bulan=MARET)
    png = gambar_kartu(fakta, "id", HARI_INI)
    with Image.open(io.BytesIO(png)) as img:
        assert img.format == "PNG" and img.size == (1080, 1350)
        assert img.convert("RGB").getpixel((540, 5)) == (255, 255, 255)  # not demo data: no band
    teks = teks_kartu(isi_kartu(fakta, "id", HARI_INI))
    # member names, other groups' names and the obstacle descriptions (free text) are nowhere
    terlarang = nama_terlarang(kota_uji, "FOK-1") + ["Selisih paham", "Kas dipegang", "Iuran"]
    assert [n for n in terlarang if n.casefold() in teks.casefold()] == []


def test_kartu_demo_berpita_data_contoh(demo):
    fakta = fakta_kartu(demo, kode_kube="TGR-002")
    assert fakta["bulan"] == dt.date(2025, 12, 1) and bulan_sebelum(fakta["bulan"]) == dt.date(2025, 11, 1)
    isi = isi_kartu(fakta, "id", HARI_INI)
    assert isi["demo"] == "Data contoh (sintetis)"
    with Image.open(io.BytesIO(gambar_kartu(fakta, "id", HARI_INI))) as img:
        warna = img.convert("RGB").getpixel((540, 5))
    assert "#{:02x}{:02x}{:02x}".format(*warna) == LATAR_DEMO
    teks = teks_kartu(isi)
    assert [n for n in nama_terlarang(demo, "TGR-002") if n.casefold() in teks.casefold()] == []
    # every warning line carries its severity word beside the colour
    assert all(t.split(":")[0] in ("Serius", "Perlu diawasi") for _, t in isi["peringatan"])


def test_perintah_card(demo_db_path, tmp_path, capsys):
    keluar = tmp_path / "kartu.png"
    args = ["card", "--db", str(demo_db_path), "--group", "KUBE Sejahtera 2", "--month", "2025-07"]
    assert main([*args, "--lang", "en", "--out", str(keluar)]) == 0
    with Image.open(keluar) as img:
        assert img.size == (1080, 1350)
    folder = tmp_path / "semua"
    assert (
        main(["card", "--db", str(demo_db_path), "--all", "--kelurahan", "Tegalrejo", "--out", str(folder)])
        == 0
    )
    berkas = sorted(p.name for p in folder.iterdir())
    assert berkas and all(p.startswith("TGR-") and p.endswith(".png") for p in berkas)
    assert f"{len(berkas)} kartu ditulis" in capsys.readouterr().out
    assert (
        main(["card", "--db", str(demo_db_path), "--group", "TIDAK-ADA", "--out", str(tmp_path / "x.png")])
        == 1
    )
    assert "tidak ditemukan" in capsys.readouterr().err and not (tmp_path / "x.png").exists()
    assert (
        main(["card", "--db", str(demo_db_path), "--all", "--kelurahan", "Atlantis", "--out", str(folder)])
        == 1
    )
