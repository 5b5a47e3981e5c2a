"""The permission rules, every role x page x action, against a table written out by hand."""

from __future__ import annotations

import itertools

import pytest

from kube_metrics import akses
from kube_metrics.akses import Akun

ANALISIS = ["ringkasan", "profil_kelompok", "bandingkan", "hambatan", "modal_sosial", "kemandirian"]

# The expected answer for every (role, page) as the set of allowed actions, spelled out here
# independently of kube_metrics/akses.py (docs/access.md, the table "what each role may do").
DIHARAPKAN: dict[tuple[str, str], set[str]] = {}
for _h in ANALISIS:
    DIHARAPKAN |= {
        ("admin", _h): {"lihat", "unduh"},
        ("dinas", _h): {"lihat", "unduh"},
        ("pendamping", _h): {"lihat", "unduh"},
        ("tamu", _h): {"lihat"},
    }
DIHARAPKAN |= {
    ("admin", "presentasi"): {"lihat", "laporan"},
    ("dinas", "presentasi"): {"lihat", "laporan"},
    ("pendamping", "presentasi"): {"lihat", "laporan"},
    ("tamu", "presentasi"): {"lihat", "laporan"},
    ("admin", "kelola_data"): {"lihat", "unduh", "impor", "ekspor"},
    ("dinas", "kelola_data"): {"lihat", "unduh", "impor", "ekspor"},
    ("pendamping", "kelola_data"): {"lihat", "unduh", "impor", "ekspor"},
    ("tamu", "kelola_data"): set(),
    ("admin", "catat"): {"lihat", "catat", "koreksi", "hapus"},
    ("dinas", "catat"): {"lihat", "catat", "koreksi", "hapus"},
    ("pendamping", "catat"): {"lihat", "catat", "koreksi", "hapus"},
    ("tamu", "catat"): set(),
    ("admin", "audit"): {"lihat", "unduh"},
    ("dinas", "audit"): {"lihat", "unduh"},
    ("pendamping", "audit"): set(),
    ("tamu", "audit"): set(),
}
SEMUA_AKSI = ["lihat", "unduh", "laporan", "impor", "ekspor", "catat", "koreksi", "hapus"]


def test_daftar_peran_halaman_aksi() -> None:
    assert akses.PERAN == ("admin", "dinas", "pendamping", "tamu")
    assert set(akses.HALAMAN) == set(ANALISIS) | {"presentasi", "kelola_data", "catat", "audit"}
    assert sorted(akses.AKSI) == sorted(SEMUA_AKSI)
    assert set(DIHARAPKAN) == set(itertools.product(akses.PERAN, akses.HALAMAN))


@pytest.mark.parametrize(
    ("peran", "halaman", "aksi"), list(itertools.product(akses.PERAN, akses.HALAMAN, SEMUA_AKSI))
)
def test_setiap_peran_halaman_aksi(peran: str, halaman: str, aksi: str) -> None:
    diharapkan = aksi in DIHARAPKAN[(peran, halaman)]
    assert akses.boleh(peran, halaman, aksi) is diharapkan
    assert Akun("x", peran).boleh(halaman, aksi) is diharapkan


@pytest.mark.parametrize(
    ("peran", "halaman", "aksi"),
    [
        ("raja", "ringkasan", "lihat"),
        ("admin", "rahasia", "lihat"),
        ("admin", "ringkasan", "hapus_semua"),
        ("", "", ""),
    ],
)
def test_yang_tidak_dikenal_selalu_ditolak(peran: str, halaman: str, aksi: str) -> None:
    assert akses.boleh(peran, halaman, aksi) is False


def test_tamu_tanpa_nama_anggota_dan_teks_bebas() -> None:
    assert not Akun("t", "tamu").lihat_nama_anggota and not Akun("t", "tamu").lihat_teks_bebas
    for peran in ("admin", "dinas", "pendamping"):
        assert Akun("x", peran).lihat_nama_anggota and Akun("x", peran).lihat_teks_bebas


def test_seluruh_wilayah() -> None:
    assert Akun("a", "admin").seluruh_wilayah
    assert Akun("d", "dinas").seluruh_wilayah
    assert not Akun("d", "dinas", kota=("Kota A",)).seluruh_wilayah
    assert not Akun("p", "pendamping", kelompok=("A-1",)).seluruh_wilayah


def test_akun_tidak_bisa_diubah() -> None:
    a = Akun("d", "dinas", kota=("Kota A",))
    with pytest.raises(AttributeError):
        a.peran = "admin"  # type: ignore[misc]
