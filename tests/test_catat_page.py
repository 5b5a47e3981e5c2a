"""The Catat page in AppTest on a private copy of the demo database (KUBE Sejahtera 2, TGR-002).

The demo's last TGR-002 meetings: P202512-1 (2 Dec 2025, rutin) and P202512-2 (15 Dec 2025,
musyawarah); 9 members active in December 2025; last monthly report December 2025.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.bantu_masuk import WAKTU_UJI, buka_halaman, masuk

ROOT = Path(__file__).resolve().parent.parent
AWAL = "catat.TGR-002"
TANGGAL = dt.date(2025, 12, 20)


@pytest.fixture
def salinan(demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A writable copy per test, clean caches before and after (the app keeps one instance)."""
    path = tmp_path / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    monkeypatch.setenv("KUBE_DB", str(path))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield path
    st.cache_data.clear()
    st.cache_resource.clear()


def buka(
    jenis: str = "pertemuan", query: dict[str, str] | None = None, *, peran: str = "admin", **akun: Any
) -> AppTest:
    at = masuk(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=WAKTU_UJI), peran, **akun)
    at.query_params.update(query or {})
    buka_halaman(at, "pages/catat.py")
    if jenis != "pertemuan":
        at.segmented_control(key="catat.jenis").set_value(jenis).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def simpan(at: AppTest, awalan: str) -> AppTest:
    at.button(key=f"{awalan}.simpan").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def galat(at: AppTest) -> str:
    return " ".join(str(e.value) for e in at.error).replace("\\", "")


def sukses(at: AppTest) -> str:
    return " ".join(str(e.value) for e in at.success).replace("\\", "")


def kueri(path: Path, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    """Read through the app's own instance (it holds the file's write lock)."""
    from ui import connection

    with connection.kursor() as cur:
        return cur.execute(sql, params or []).fetchall()


def test_a_meeting_recorded_on_the_form_shows_on_profil_kelompok(salinan: Path) -> None:
    at = buka()
    p = f"{AWAL}.pertemuan.baru"
    at.date_input(key=f"{p}.tanggal").set_value(TANGGAL).run()
    anggota = [s.key.rsplit(".", 1)[1] for s in at.segmented_control if s.key.startswith(f"{p}.hadir.")]
    assert len(anggota) == 9
    assert all(at.segmented_control(key=f"{p}.hadir.{k}").value == "hadir" for k in anggota)  # default
    at.segmented_control(key=f"{p}.hadir.{anggota[1]}").set_value("izin").run()
    at.segmented_control(key=f"{p}.hadir.{anggota[2]}").set_value("alpa").run()
    assert "7 hadir dari 9 anggota aktif" in " ".join(c.value for c in at.caption)
    simpan(at, p)
    assert "Tersimpan: pertemuan 2025-12-20" in sukses(at)
    jejak = kueri(salinan, "SELECT pengguna, aksi, rincian FROM audit WHERE aksi = 'entry'")
    assert [(p, a) for p, a, _ in jejak] == [("admin", "entry")]
    assert json.loads(jejak[0][2])["jenis"]["kehadiran"]["ditambah"] == 9
    # the row names its group, so only accounts whose area holds TGR-002 read it (batas_akun.py)
    assert kueri(salinan, "SELECT k.kode_kube FROM audit a JOIN audit_kelompok k ON k.audit_id = a.id "
                 "WHERE a.aksi = 'entry'") == [("TGR-002",)]  # fmt: skip
    assert kueri(salinan, "SELECT hadir, aktif FROM rollup_pertemuan WHERE kode_kube = 'TGR-002' "
                 "AND tanggal = DATE '2025-12-20'") == [(7, 9)]  # fmt: skip
    at.switch_page("pages/profil_kelompok.py").run()
    assert not at.exception
    grafik = [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
    titik = [
        d for g in grafik for tr in g["data"] for d in (tr.get("customdata") or []) if isinstance(d, str)
    ]
    assert "20 Desember 2025 · 7 dari 9 hadir" in titik


def test_pilihan_berbahasa_inggris(salinan: Path) -> None:
    """Issue 11 walk: in English the meeting types and visit fields were the Indonesian codes."""
    at = buka(query={"lang": "en"})
    jenis = at.segmented_control(key=f"{AWAL}.pertemuan.baru.jenis")
    assert jenis.options == ["Routine", "Deliberation", "Training", "Coaching"]
    assert buka().segmented_control(key=f"{AWAL}.pertemuan.baru.jenis").options == [
        "rutin", "musyawarah", "pelatihan", "pembinaan",
    ]  # fmt: skip


def test_a_refused_meeting_keeps_what_was_typed(salinan: Path) -> None:
    at = buka()
    p = f"{AWAL}.pertemuan.baru"
    at.date_input(key=f"{p}.tanggal").set_value(dt.date(2025, 12, 16)).run()
    at.segmented_control(key=f"{p}.jenis").set_value("musyawarah").run()
    at.text_area(key=f"{p}.catatan").set_value("Iuran naik").run()
    simpan(at, p)
    assert "sudah tercatat (kode P202512-2)" in galat(at)
    assert at.text_area(key=f"{p}.catatan").value == "Iuran naik"
    assert at.segmented_control(key=f"{p}.jenis").value == "musyawarah"
    assert kueri(salinan, "SELECT count(*) FROM pertemuan WHERE kode_kube = 'TGR-002' "
                 "AND tanggal = DATE '2025-12-16'") == [(1,)]  # fmt: skip


def test_the_draft_survives_leaving_the_form(salinan: Path) -> None:
    at = buka()
    p = f"{AWAL}.pertemuan.baru"
    at.text_area(key=f"{p}.catatan").set_value("Belum selesai diketik").run()
    at.segmented_control(key="catat.jenis").set_value("kunjungan").run()
    at.segmented_control(key="catat.jenis").set_value("pertemuan").run()
    assert at.text_area(key=f"{p}.catatan").value == "Belum selesai diketik"
    assert any("Draf belum tersimpan" in str(i.value) for i in at.info)
    assert kueri(salinan, "SELECT count(*) FROM pertemuan WHERE catatan = 'Belum selesai diketik'") == [(0,)]


def test_a_report_warns_but_saves(salinan: Path) -> None:
    at = buka("keuangan")
    p = f"{AWAL}.keuangan.baru"
    assert at.text_input(key=f"{p}.bulan").value == (
        dt.date.today().replace(day=1) - dt.timedelta(days=1)
    ).strftime("%Y-%m")
    isi = {"bulan": "Januari 2026", "omzet": "Rp150.000.000", "biaya": "13.000.000", "modal": "9000000"}
    for kolom, nilai in isi.items():
        at.text_input(key=f"{p}.{kolom}").set_value(nilai).run()
    keterangan = " ".join(c.value for c in at.caption)
    assert "Laporan sebelumnya (Desember 2025): Rp15.142.000" in keterangan  # omzet of Dec 2025
    peringatan = " ".join(w.value for w in at.warning)
    assert "lebih dari 5 kali median" in peringatan and "turun lebih dari separuh" in peringatan
    simpan(at, p)
    assert "Tersimpan: laporan Januari 2026" in sukses(at)
    assert kueri(salinan, "SELECT omzet, modal FROM keuangan WHERE kode_kube = 'TGR-002' "
                 "AND bulan = DATE '2026-01-01'") == [(150000000, 9000000)]  # fmt: skip


def _jadi_tidak_aktif(salinan: Path) -> None:
    """Meanwhile a colleague records that A10 left on 1 Dec 2025 (before the meeting)."""
    kueri(salinan, "UPDATE anggota SET tanggal_keluar = DATE '2025-12-01' "
          "WHERE kode_kube = 'TGR-002' AND kode_anggota = 'A10'")  # fmt: skip


# Every importer rule, once, through the form: (kind, mode, fields, before saving, the reason).
LAPORAN = {"bulan": "2026-01", "omzet": "1", "biaya": "1", "modal": "1"}
HAMBATAN = {"kategori": "modal", "uraian": "Stok habis", "status": "selesai"}
ATURAN = {
    "tanggal_masa_depan": ("pertemuan", "baru", {"tanggal": dt.date.today() + dt.timedelta(days=30)}, None,
                           "belum terjadi (sesudah hari ini)"),
    "pertemuan_ganda": ("pertemuan", "baru", {"tanggal": dt.date(2025, 12, 2), "jenis": "rutin"}, None,
                        "pertemuan rutin tanggal 2025-12-02 sudah tercatat"),
    "anggota_tidak_aktif": ("pertemuan", "baru", {"tanggal": TANGGAL}, _jadi_tidak_aktif,
                            "anggota tidak aktif pada tanggal pertemuan 2025-12-20"),
    "teks_terlalu_panjang": ("kunjungan", "baru", {"catatan": "x" * 2001}, None,
                             "teks terlalu panjang (2001 karakter, paling banyak 2000)"),
    "kunjungan_ganda": ("kunjungan", "baru", {"tanggal": dt.date(2022, 8, 12), "pihak": "pendamping",
                                              "kegiatan": "monitoring"}, None, "sudah tercatat"),
    "rupiah_juta": ("keuangan", "baru", {**LAPORAN, "omzet": "1,5 juta"}, None, "bukan '1,5 juta'"),
    "rupiah_pecahan": ("keuangan", "baru", {**LAPORAN, "omzet": "1.500,50"}, None, "rupiah harus bulat"),
    "rupiah_negatif": ("keuangan", "baru", {**LAPORAN, "omzet": "-5"}, None, "tidak boleh negatif"),
    "bulan_masa_depan": ("keuangan", "baru", {**LAPORAN, "bulan": "2099-01"}, None,
                         "belum terjadi (sesudah bulan ini)"),
    "bulan_tidak_ada": ("keuangan", "baru", {**LAPORAN, "bulan": "2025-13"}, None, "bulan 13 tidak ada"),
    "laporan_ganda": ("keuangan", "baru", {**LAPORAN, "bulan": "Desember 2025"}, None, "sudah tercatat"),
    "wajib_diisi": ("keuangan", "baru", {**LAPORAN, "modal": ""}, None, "wajib diisi"),
    "kode_spasi": ("anggota", "baru", {"kode_anggota": "A 11", "nama": "Sri"}, None,
                   "kode hanya boleh berisi huruf, angka"),
    "nama_kosong": ("anggota", "baru", {"nama": ""}, None, "Nama: wajib diisi"),
    "keluar_sebelum_masuk": ("anggota", "keluar", {"tanggal_keluar": dt.date(2010, 1, 1)}, None,
                             "harus sesudah tanggal_masuk"),
    "keluar_meninggalkan_kehadiran": ("anggota", "keluar", {"tanggal_keluar": dt.date(2025, 1, 1)}, None,
                                      "catatan kehadiran tersimpan"),
    "selesai_tanpa_tanggal": ("hambatan", "baru", HAMBATAN, None, "wajib diisi karena status = selesai"),
    "selesai_sebelum_lapor": ("hambatan", "selesaikan", {"tanggal_selesai": dt.date(2010, 1, 1)}, None,
                              "harus sama dengan atau sesudah tanggal_lapor"),
}  # fmt: skip


def _isi(at: AppTest, p: str, kolom: str, nilai: Any) -> None:
    kunci = f"{p}.{kolom}"
    for jenis in ("date_input", "text_input", "text_area", "segmented_control", "selectbox"):
        cocok = [w for w in at.get(jenis) if w.key == kunci]
        if cocok:
            cocok[0].set_value(nilai).run()
            return
    raise AssertionError(f"tidak ada isian {kunci}")


@pytest.mark.parametrize("aturan", list(ATURAN))
def test_every_import_rule_through_the_form(salinan: Path, aturan: str) -> None:
    jenis, mode, isian, sebelum, alasan = ATURAN[aturan]
    at = buka(jenis)
    if mode != "baru":
        at.segmented_control(key=f"catat.{jenis}.mode").set_value(mode).run()
    p = f"{AWAL}.{jenis}.{mode}"
    for kolom, nilai in isian.items():
        _isi(at, p, kolom, nilai)
    if sebelum:
        sebelum(salinan)
    simpan(at, p)
    assert alasan in galat(at), galat(at)
    assert "Belum disimpan" in galat(at)
    assert not sukses(at)
    for kolom, nilai in isian.items():  # what was typed stays
        kunci = f"{p}.{kolom}"
        nilai_kini = next(w.value for k in ("date_input", "text_input", "text_area", "segmented_control",
                                            "selectbox") for w in at.get(k) if w.key == kunci)  # fmt: skip
        assert nilai_kini == nilai


def test_correction_and_deletion_change_the_figures(salinan: Path) -> None:
    at = buka("koreksi")
    k = f"{AWAL}.koreksi"
    pilihan = at.selectbox(key=f"{k}.pertemuan")
    assert pilihan.value == 0 and "16/12/2025 · musyawarah · P202512-2" in pilihan.format_func(0)
    r = f"{k}.pertemuan.TGR-002_P202512-2"
    sebelum = kueri(salinan, "SELECT hadir FROM rollup_pertemuan WHERE kode_pertemuan = 'P202512-2' "
                    "AND kode_kube = 'TGR-002'")[0][0]  # fmt: skip
    ganti = [s.key for s in at.segmented_control if s.key.startswith(f"{r}.hadir.") and s.value == "hadir"][0]
    at.segmented_control(key=ganti).set_value("sakit").run()
    simpan(at, r)
    assert "alasan koreksi" in galat(at).lower()  # a correction needs a reason
    at.text_area(key=f"{r}.alasan").set_value("salah centang").run()
    simpan(at, r)
    assert "Tersimpan" in sukses(at), galat(at)
    assert kueri(salinan, "SELECT hadir FROM rollup_pertemuan WHERE kode_pertemuan = 'P202512-2' "
                 "AND kode_kube = 'TGR-002'")[0][0] == sebelum - 1  # fmt: skip
    at.segmented_control(key=f"{k}.aksi").set_value("hapus").run()
    assert "9 baris kehadiran" in " ".join(w.value for w in at.warning)  # 8 stored + the alpa row added
    at.text_area(key=f"{r}.alasan").set_value("tercatat dua kali").run()
    at.button(key=f"{r}.hapus").click().run()
    assert "Dihapus" in sukses(at), galat(at)
    assert kueri(salinan, "SELECT count(*) FROM kehadiran WHERE kode_kube = 'TGR-002' "
                 "AND kode_pertemuan = 'P202512-2'") == [(0,)]  # fmt: skip
    assert kueri(salinan, "SELECT count(*) FROM rollup_pertemuan WHERE kode_kube = 'TGR-002' "
                 "AND kode_pertemuan = 'P202512-2'") == [(0,)]  # fmt: skip
    jejak = kueri(salinan, "SELECT pengguna, aksi, rincian FROM audit WHERE aksi IN ('correction', 'delete') "
                  "ORDER BY id")  # fmt: skip
    rincian = [json.loads(r) for _, _, r in jejak]
    assert [(p, a) for p, a, _ in jejak] == [("admin", "correction"), ("admin", "delete")]
    assert kueri(salinan, "SELECT a.aksi, k.kode_kube FROM audit a JOIN audit_kelompok k "
                 "ON k.audit_id = a.id WHERE a.aksi IN ('correction', 'delete') ORDER BY a.id") == [
        ("correction", "TGR-002"), ("delete", "TGR-002")]  # fmt: skip
    assert [r["alasan"] for r in rincian] == ["salah centang", "tercatat dua kali"]
    assert rincian[0]["jenis"]["kehadiran"] == {
        "ditambah": 1,
        "diganti": 8,
        "dihapus": 0,
    }  # the alpa row added
    assert rincian[1]["jenis"] == {"pertemuan": {"ditambah": 0, "diganti": 0, "dihapus": 1},
                                   "kehadiran": {"ditambah": 0, "diganti": 0, "dihapus": 9}}  # fmt: skip


def test_deleting_a_member_offers_history_or_attendance(salinan: Path) -> None:
    at = buka("koreksi")
    k = f"{AWAL}.koreksi"
    at.segmented_control(key=f"{k}.jenis").set_value("anggota").run()
    pilihan = at.selectbox(key=f"{k}.anggota")
    indeks = next(i for i in range(len(pilihan.options)) if "· A10 ·" in pilihan.format_func(i))
    pilihan.set_value(indeks).run()
    at.segmented_control(key=f"{k}.aksi").set_value("hapus").run()
    r = f"{k}.anggota.TGR-002_A10"
    n = kueri(salinan, "SELECT count(*) FROM kehadiran WHERE kode_kube = 'TGR-002' AND kode_anggota = 'A10'")[
        0
    ][0]
    radio = at.radio(key=f"{r}.pilihan")
    teks = radio.options  # as shown
    assert f"{n} catatan kehadirannya tetap" in teks[0] and f"{n} baris kehadiran dihapus" in teks[1]
    at.text_area(key=f"{r}.alasan").set_value("salah kelompok").run()
    at.radio(key=f"{r}.pilihan").set_value("hapus_kehadiran").run()
    at.button(key=f"{r}.hapus").click().run()
    assert "Dihapus" in sukses(at), galat(at)
    assert kueri(salinan, "SELECT count(*) FROM kehadiran WHERE kode_kube = 'TGR-002' "
                 "AND kode_anggota = 'A10'") == [(0,)]  # fmt: skip


def test_a_pendamping_cannot_open_another_groups_form_by_url(salinan: Path) -> None:
    # Since areas narrow every read (issue 8, kube_metrics/batas_akun.py), another group is not even
    # offered as the focal group: the link is explained and only the account's own group's form
    # is shown, never one for TGR-002.
    at = buka(query={"kube": "TGR-002"}, peran="pendamping", nama="pend_uji", kelompok=("TGR-005",))
    assert any("TGR" in i.value and "tidak ada di wilayah akun Anda" in i.value for i in at.info)  # not its
    assert not [b for b in at.button if b.key and "TGR-002" in b.key]  # no form of another group
    sendiri = buka(query={"kube": "TGR-005"}, peran="pendamping", nama="pend_uji", kelompok=("TGR-005",))
    assert not galat(sendiri)
    assert [b.key for b in sendiri.button if b.key and b.key.endswith(".simpan")] == [
        "catat.TGR-005.pertemuan.baru.simpan"
    ]


def test_a_guest_is_refused_the_page(salinan: Path) -> None:
    at = masuk(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=WAKTU_UJI), "tamu")
    at.query_params.update({"kube": "TGR-002"})
    buka_halaman(at, "pages/catat.py")
    assert not [b for b in at.button if b.key and b.key.endswith(".simpan")]
    # the gate's refusal for a role without the page, word for word (not just "some error")
    assert [e.value for e in at.error] == [
        "Halaman ini tidak tersedia untuk peran tamu. Pilih halaman lain di menu samping."
    ]
    assert not at.title and not at.get("text_input") and not at.get("number_input")
