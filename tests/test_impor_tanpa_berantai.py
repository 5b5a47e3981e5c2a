"""One bad header, one error (issue 13 item 4): rows of other files that name the groups of a
kelompok sheet refused for its header are reported once as not checked, not one by one."""

from __future__ import annotations

from pathlib import Path

from kube_metrics.impor import Berkas, periksa
from tests.impor_bantu import BAD_BATCHES, HARI_INI

KASUS = BAD_BATCHES / "46_kelompok_judul_salah_tanpa_berantai"


def _periksa(con, *paths: Path):
    return periksa(con, [Berkas(p.name, p) for p in paths], hari_ini=HARI_INI)


def test_satu_judul_salah_satu_galat_plus_satu_catatan(empty_db) -> None:
    hasil = _periksa(empty_db, *sorted(KASUS.glob("*.csv")))
    alasan = [g.alasan for g in hasil.galat]
    assert len(alasan) == 2, alasan
    assert alasan[0].startswith("kolom tidak dikenal")
    rincian = "(anggota.csv: 10, keuangan.csv: 2, pertemuan.csv: 2)"
    assert alasan[1].startswith(f"14 baris di berkas lain {rincian}")
    assert not any("belum terdaftar" in a for a in alasan)


def test_kube_di_luar_berkas_yang_ditolak_tetap_diperiksa(empty_db, tmp_path: Path) -> None:
    # a row naming a group that is neither in the refused kelompok.csv nor in the database is
    # still an error of its own; the refused file's groups get the one note
    (tmp_path / "kunjungan.csv").write_text(
        "kode_kube,tanggal,pihak,kegiatan,catatan\n"
        "BRU-001,2024-03-01,pendamping,monitoring,\n"
        "XYZ-009,2024-03-01,pendamping,monitoring,\n",
        encoding="utf-8",
    )
    hasil = _periksa(empty_db, KASUS / "kelompok.csv", tmp_path / "kunjungan.csv")
    alasan = [g.alasan for g in hasil.galat]
    assert len(alasan) == 3, alasan
    assert "1 baris di berkas lain (kunjungan.csv: 1)" in alasan[1]
    assert alasan[2] == "KUBE XYZ-009 belum terdaftar (tidak ada di data kelompok maupun di basis data)"
    assert hasil.galat[2].baris == 3


def test_kelompok_tanpa_kolom_kode_menunda_semua_rujukan(empty_db, tmp_path: Path) -> None:
    # without a kode_kube column the refused file's groups are unknown: no row is blamed
    (tmp_path / "kelompok.csv").write_text("kode,nama\nBRU-001,KUBE Baru\n", encoding="utf-8")
    hasil = _periksa(empty_db, tmp_path / "kelompok.csv", KASUS / "anggota.csv")
    alasan = [g.alasan for g in hasil.galat]
    assert not any("belum terdaftar" in a for a in alasan)
    assert sum("belum diperiksa terhadap kelompoknya" in a for a in alasan) == 1
