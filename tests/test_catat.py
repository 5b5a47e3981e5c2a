"""The entry engine (kube_metrics/catat) on tests/fixtures/kecil: every figure worked out by hand.

TGR-002 before any change (tests/test_summary.py): attendance 21/31 over P01..P06
(present 3+4+3+4+2+5, active 5+5+5+6+5+5), omzet 12 000 000, biaya 7 500 000.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kube_metrics.catat import (
    Entri,
    Hapus,
    baca,
    dampak_hapus,
    hapus,
    periksa_entri,
    periksa_hapus,
    simpan_entri,
)
from kube_metrics.catat.keuangan import banding_keuangan, peringatan_keuangan
from kube_metrics.summary import summary

HARI_INI = dt.date(2026, 11, 27)
DARI, SAMPAI = dt.date(2024, 1, 1), dt.date(2024, 4, 1)


class Pencatat:
    """Stands in for kube_metrics.audit.catat: what each write would audit, in order."""

    def __init__(self) -> None:
        self.baris: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, con, aksi: str, rincian: dict[str, Any]) -> None:
        self.baris.append((aksi, rincian))


@pytest.fixture
def con(con_kecil):
    return con_kecil


def _ringkas(con) -> dict[str, Any]:
    return summary(con, kode_kube="TGR-002", dari=DARI, sampai=SAMPAI)


def _simpan(con, entri: Entri, pencatat: Pencatat) -> dict[str, Any]:
    hasil = periksa_entri(con, entri, hari_ini=HARI_INI)
    assert [g.teks() for g in hasil.galat] == []
    return simpan_entri(con, entri, hasil, pencatat=pencatat)


def _pertemuan(kode: str, tanggal: str, **ubah: str) -> dict[str, str]:
    return {"kode_kube": "TGR-002", "kode_pertemuan": kode, "tanggal": tanggal, "jenis": "rutin",
            "laporan_keuangan": "ya", "hadir_pendamping": "tidak", "catatan": "", **ubah}  # fmt: skip


def test_a_new_meeting_lists_active_members_and_counts(con):
    # On 19 Apr: A01 A02 A03 A05 A06 (A04 left 1 Mar).
    aktif = baca.anggota_aktif(con, kode_kube="TGR-002", tanggal=dt.date(2024, 4, 19))
    assert list(aktif["kode_anggota"]) == ["A01", "A02", "A03", "A06", "A05"]  # ketua, sekr., bend., by name
    kode = baca.kode_baru(con, jenis="pertemuan", kode_kube="TGR-002", tanggal=dt.date(2024, 4, 19))
    assert kode == "P202404-1"
    status = {"A01": "hadir", "A02": "hadir", "A03": "izin", "A05": "sakit", "A06": "hadir"}
    pencatat = Pencatat()
    rincian = _simpan(con, Entri("pertemuan", _pertemuan(kode, "19/04/2024"), status), pencatat)
    assert rincian["jenis"] == {"pertemuan": {"ditambah": 1, "diganti": 0, "dihapus": 0},
                                "kehadiran": {"ditambah": 5, "diganti": 0, "dihapus": 0}}  # fmt: skip
    assert pencatat.baris == [("entry", rincian)]
    r = _ringkas(con)
    assert r["pertemuan"] == 7
    assert r["tingkat_kehadiran"] == pytest.approx((21 + 3) / (31 + 5))


def test_correction_and_deletion_change_the_figures_and_carry_the_reason(con):
    pencatat = Pencatat()
    # P05 (8 Mar): A02 was 'izin', now 'hadir'; A06 had no row (alpa) and gets one.
    lama = baca.kehadiran_pertemuan(con, kode_kube="TGR-002", kode_pertemuan="P05")
    assert lama == {"A01": "hadir", "A02": "izin", "A03": "hadir", "A05": "alpa"}
    isian = baca.rekaman(con, "pertemuan", {"kode_kube": "TGR-002", "kode_pertemuan": "P05"})
    assert isian is not None and isian["tanggal"] == "2024-03-08"
    status = {**lama, "A02": "hadir", "A06": "alpa"}
    kunci = {"kode_kube": "TGR-002", "kode_pertemuan": "P05"}
    entri = Entri("pertemuan", isian, status, asal=kunci, aksi="correction", alasan="A02 ternyata hadir")
    rincian = _simpan(con, entri, pencatat)
    assert rincian["jenis"]["kehadiran"] == {"ditambah": 1, "diganti": 4, "dihapus": 0}
    assert _ringkas(con)["tingkat_kehadiran"] == pytest.approx(22 / 31)
    # Deleting P02 (26 Jan: 4 present of 5 active, 5 attendance rows) removes it from both sums.
    assert (
        dampak_hapus(con, "pertemuan", {"kode_kube": "TGR-002", "kode_pertemuan": "P02"})["hapus"][
            "kehadiran"
        ]["dihapus"]
        == 5
    )
    hapus(con, Hapus("pertemuan", {"kode_kube": "TGR-002", "kode_pertemuan": "P02"}, "tercatat dua kali"),
          pencatat=pencatat, hari_ini=HARI_INI)  # fmt: skip
    r = _ringkas(con)
    assert r["pertemuan"] == 5
    assert r["tingkat_kehadiran"] == pytest.approx(18 / 26)
    assert [(a, r["alasan"]) for a, r in pencatat.baris] == [
        ("correction", "A02 ternyata hadir"), ("delete", "tercatat dua kali"),
    ]  # fmt: skip
    assert pencatat.baris[1][1]["jenis"]["kehadiran"]["dihapus"] == 5
    assert con.execute("SELECT count(*) FROM kehadiran WHERE kode_pertemuan = 'P02'").fetchone() == (0,)


def test_a_corrected_report_changes_revenue_and_profit(con):
    isian = baca.rekaman(con, "keuangan", {"kode_kube": "TGR-002", "bulan": "2024-02-01"})
    assert isian is not None and isian["omzet"] == "4000000" and isian["bulan"] == "2024-02"
    kunci = baca.kunci_dari("keuangan", isian)
    entri = Entri("keuangan", {**isian, "omzet": "Rp4.500.000,00"}, asal=kunci, aksi="correction",
                  alasan="salah baca nota")  # fmt: skip
    _simpan(con, entri, Pencatat())
    r = _ringkas(con)
    assert (r["omzet"], r["laba"]) == (12500000, 5000000)  # 3.0 + 4.5 + 5.0 million; minus 7.5 million


def test_a_correction_needs_a_reason_and_a_new_record_a_new_key(con):
    isian = baca.rekaman(con, "keuangan", {"kode_kube": "TGR-002", "bulan": "2024-02-01"})
    assert isian is not None
    tanpa = periksa_entri(con, Entri("keuangan", isian, asal=baca.kunci_dari("keuangan", isian),
                                     aksi="correction"), hari_ini=HARI_INI)  # fmt: skip
    assert [g.kolom for g in tanpa.galat] == ["alasan"]
    baru = periksa_entri(con, Entri("keuangan", isian), hari_ini=HARI_INI)
    assert [g.kolom for g in baru.galat] == ["bulan"]
    assert "sudah tercatat" in baru.galat[0].alasan


def test_deleting_a_member_with_attendance_offers_two_choices_with_their_rows(con):
    # A05: rows at P02 P03 P04 P05 P06 (5), the last on 5 Apr.
    kunci = {"kode_kube": "TGR-002", "kode_anggota": "A05"}
    dampak = dampak_hapus(con, "anggota", kunci)
    assert dampak["riwayat"] == {"anggota": {"ditambah": 0, "diganti": 1, "dihapus": 0},
                                 "kehadiran": {"ditambah": 0, "diganti": 0, "dihapus": 0}}  # fmt: skip
    assert dampak["hapus_kehadiran"]["kehadiran"]["dihapus"] == 5
    assert dampak["terakhir"] == dt.date(2024, 4, 5)
    tanpa_pilihan = periksa_hapus(con, Hapus("anggota", kunci, "salah kelompok"), hari_ini=HARI_INI)
    assert [g.kolom for g in tanpa_pilihan] == ["pilihan"]
    terlalu_awal = Hapus("anggota", kunci, "salah kelompok", "riwayat", "2024-03-01")
    assert [g.kolom for g in periksa_hapus(con, terlalu_awal, hari_ini=HARI_INI)] == ["tanggal_keluar"]


def test_member_kept_as_history_or_deleted_with_attendance(con):
    kunci = {"kode_kube": "TGR-002", "kode_anggota": "A05"}
    pencatat = Pencatat()
    hapus(
        con, Hapus("anggota", kunci, "keluar", "riwayat", "2024-04-06"), pencatat=pencatat, hari_ini=HARI_INI
    )
    assert (baca.rekaman(con, "anggota", kunci) or {})["tanggal_keluar"] == "2024-04-06"
    assert _ringkas(con)["tingkat_kehadiran"] == pytest.approx(21 / 31)  # history kept
    assert _ringkas(con)["anggota_aktif"] == 4
    hapus(con, Hapus("anggota", kunci, "salah kelompok", "hapus_kehadiran"), pencatat=pencatat,
          hari_ini=HARI_INI)  # fmt: skip
    assert baca.rekaman(con, "anggota", kunci) is None
    # Without A05: present 3+3+3+4+2+4 = 19 of active 4+4+4+5+4+4 = 25.
    assert _ringkas(con)["tingkat_kehadiran"] == pytest.approx(19 / 25)
    assert [a for a, _ in pencatat.baris] == ["delete", "delete"]
    assert pencatat.baris[1][1]["jenis"]["kehadiran"]["dihapus"] == 5


def test_a_failing_audit_leaves_nothing_written(con):
    def gagal(*_: object) -> None:
        raise RuntimeError("audit gagal")

    with pytest.raises(RuntimeError):
        hapus(con, Hapus("pertemuan", {"kode_kube": "TGR-002", "kode_pertemuan": "P02"}, "uji"),
              pencatat=gagal, hari_ini=HARI_INI)  # fmt: skip
    assert con.execute("SELECT count(*) FROM kehadiran WHERE kode_pertemuan = 'P02'").fetchone() == (5,)
    assert _ringkas(con)["tingkat_kehadiran"] == pytest.approx(21 / 31)


def test_report_form_neighbours_and_warnings(con):
    # TGR-002 reports: Jan (3.0 M omzet, 20 M modal), Feb (4.0 M, 21 M), Apr (5.0 M, 22 M).
    b = banding_keuangan(con, kode_kube="TGR-002", bulan=dt.date(2024, 3, 1))
    assert b.bulan_sebelumnya == dt.date(2024, 2, 1)
    assert b.sebelumnya["omzet"] == 4000000 and b.sebelumnya["kas"] is None  # Feb kas not recorded
    assert b.median["omzet"] == 4000000
    # Just over 5x the median warns, exactly 5x does not; capital under half of 21 M warns.
    assert peringatan_keuangan(b, {"omzet": 20000000, "modal": 10500000}) == []
    hasil = peringatan_keuangan(b, {"omzet": 20000001, "modal": 10499999})
    assert [(p.kolom, p.jenis) for p in hasil] == [("omzet", "median"), ("modal", "modal_turun")]


def test_deleting_needs_a_reason_and_an_existing_record(con):
    kunci = {"kode_kube": "TGR-002", "kode_pertemuan": "P99"}
    galat = periksa_hapus(con, Hapus("pertemuan", kunci, "  "), hari_ini=HARI_INI)
    assert [g.kolom for g in galat] == ["alasan", ""]


def test_audit_rows_carry_the_action_the_rows_and_the_reason(con):
    """Through kube_metrics.audit.catat, as the page writes them: one row per save."""
    import json

    from kube_metrics import audit

    def pencatat(cur, aksi: str, rincian: dict[str, Any]) -> None:
        audit.catat(cur, pengguna="pendamping_uji", asal="halaman 127.0.0.1", aksi=aksi, rincian=rincian)

    isian = baca.rekaman(con, "keuangan", {"kode_kube": "TGR-002", "bulan": "2024-02-01"})
    assert isian is not None
    entri = Entri("keuangan", {**isian, "biaya": "3000000"}, asal=baca.kunci_dari("keuangan", isian),
                  aksi="correction", alasan="nota biaya terlewat")  # fmt: skip
    _simpan(con, entri, pencatat)  # type: ignore[arg-type]
    kunci = {"kode_kube": "TGR-002", "kode_pertemuan": "P02"}
    hapus(con, Hapus("pertemuan", kunci, "tercatat dua kali"), pencatat=pencatat, hari_ini=HARI_INI)
    jejak = con.execute("SELECT pengguna, aksi, rincian FROM audit ORDER BY id").fetchall()
    baris = [(p, a, json.loads(r)) for p, a, r in jejak]
    assert [(p, a) for p, a, _ in baris][-2:] == [
        ("pendamping_uji", "correction"),
        ("pendamping_uji", "delete"),
    ]
    koreksi, hapusan = baris[-2][2], baris[-1][2]
    assert koreksi["alasan"] == "nota biaya terlewat"
    assert koreksi["jenis"] == {"keuangan": {"ditambah": 0, "diganti": 1, "dihapus": 0}}
    assert hapusan["alasan"] == "tercatat dua kali"
    assert hapusan["jenis"]["kehadiran"]["dihapus"] == 5 and hapusan["kunci"] == kunci
    r = _ringkas(con)  # biaya 2.0 + 3.0 + 3.0 million; laba 12.0 - 8.0; P02 gone: 17/26
    assert (r["biaya"], r["laba"]) == (8000000, 4000000)
    assert r["tingkat_kehadiran"] == pytest.approx(17 / 26)


def test_who_may_record_for_which_group():
    from kube_metrics.akses import Akun, boleh
    from kube_metrics.catat.izin import alasan_tolak

    assert [p for p in ("admin", "dinas", "pendamping", "tamu") if boleh(p, "catat")] == [
        "admin", "dinas", "pendamping",
    ]  # fmt: skip
    g = {"kode_kube": "TGR-002", "kota": "Kota Yogyakarta", "provinsi": "DI Yogyakarta"}
    assert alasan_tolak(Akun("a", "admin"), g) is None
    assert alasan_tolak(Akun("p", "pendamping", kelompok=("TGR-005",)), g) == "catat.bukan_kelompok"
    assert alasan_tolak(Akun("p", "pendamping", kelompok=("TGR-002",)), g, "hapus") is None
    assert alasan_tolak(Akun("d", "dinas", kota=("Kabupaten Sleman",)), g) == "catat.di_luar_wilayah"
    assert (
        alasan_tolak(Akun("d", "dinas", kota=("Kabupaten Sleman",), provinsi=("DI Yogyakarta",)), g) is None
    )
    assert alasan_tolak(Akun("d", "dinas"), g) is None  # the whole database
    assert alasan_tolak(Akun("t", "tamu"), g) == "catat.tidak_boleh"


def test_a_new_member_is_not_blocked_by_older_attendance_mismatches(con):
    # A05 recorded as leaving on 1 Feb (by an import), yet stored attendance until 5 Apr: the
    # importer warns. A new member has no attendance: the form saves, with that same warning.
    con.execute("UPDATE anggota SET tanggal_keluar = DATE '2024-02-01' WHERE kode_anggota = 'A05'")
    isian = {"kode_kube": "TGR-002", "kode_anggota": "A07", "nama": "Sri", "peran": "anggota",
             "tanggal_masuk": "2024-04-01"}  # fmt: skip
    hasil = periksa_entri(con, Entri("anggota", isian), hari_ini=HARI_INI)
    assert hasil.galat == []
    assert [p.alasan[:40] for p in hasil.peringatan] == ["4 catatan kehadiran tersimpan di KUBE TG"]
    kunci = {"kode_kube": "TGR-002", "kode_anggota": "A06"}
    keluar = Entri("anggota", {**(baca.rekaman(con, "anggota", kunci) or {}), "tanggal_keluar": "2024-04-01"},
                   asal=kunci)  # fmt: skip
    assert [g.kolom for g in periksa_entri(con, keluar, hari_ini=HARI_INI).galat] == ["tanggal_keluar"]
