"""AppTest of dashboard.py and every page on the demo database (and on missing/locked/empty ones).

Streamlit quirk (see ui/halaman.py): with a `pages/` folder beside the entry script, AppTest
starts every run in the old pages-folder mode, as a fresh server does on its very first run; the
page then runs dashboard.py within that same run (which leaves the mode). The `jalur` parameter runs each page
both ways: 'langsung' (that first-run path) and 'navigasi' (the mode a running server is in from
its second run on, through st.navigation only).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from kube_metrics import db
from tests.bantu_jahat import tampak
from tests.bantu_masuk import WAKTU_UJI, buka_halaman, masuk

ROOT = Path(__file__).resolve().parent.parent
BANNER = "Data contoh (sintetis)"
# page file -> (title, headers it must show, this many Plotly charts)
HALAMAN = {
    "pages/ringkasan.py": ("Ringkasan", ["Perlu perhatian", "Peringatan dini", "Liga kelompok"], 2),
    "pages/profil_kelompok.py": ("Profil Kelompok", ["KUBE Sejahtera 2 (TGR-002)"], 4),
    "pages/bandingkan.py": ("Bandingkan", ["KUBE Sejahtera 2: peringkat"], 4),
    "pages/hambatan.py": ("Hambatan", [], 3),
}


def _halaman_terdaftar() -> list[str]:
    """Every page file listed in dashboard.py's HALAMAN, so a page added there is tested here too."""
    return re.findall(
        r'st\.Page\(\s*"(pages/[a-z_]+\.py)"', (ROOT / "dashboard.py").read_text(encoding="utf-8")
    )


def _bersihkan_cache() -> None:
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture(scope="module")
def salinan_demo(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy: the app opens its database read-write and keeps it open."""
    path = tmp_path_factory.mktemp("app") / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    return path


@pytest.fixture
def pakai_db(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Point the app at a database file (KUBE_DB) with clean caches before and after."""

    def _pakai(path: Path) -> None:
        monkeypatch.setenv("KUBE_DB", str(path))
        _bersihkan_cache()

    yield _pakai
    _bersihkan_cache()


@pytest.fixture(params=["langsung", "navigasi"])
def jalur(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "navigasi":
        asli = PagesManager.__init__

        def init(self: PagesManager, *args: Any, **kwargs: Any) -> None:
            asli(self, *args, **kwargs)
            PagesManager.uses_pages_directory = False  # what st.navigation leaves behind

        monkeypatch.setattr(PagesManager, "__init__", init)
    return str(request.param)


def _app(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=WAKTU_UJI)
    at.query_params.update(query or {})
    return masuk(at, "admin")


def _buka(halaman: str, query: dict[str, str] | None = None) -> AppTest:
    return buka_halaman(_app(query), halaman)


def _grafik(at: AppTest) -> list[dict[str, Any]]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def _larik(nilai: Any) -> list[Any]:
    """A Plotly JSON array: a plain list, or a typed array {'dtype': 'i1', 'bdata': base64}."""
    if isinstance(nilai, dict) and "bdata" in nilai:
        return np.frombuffer(base64.b64decode(nilai["bdata"]), dtype=nilai["dtype"]).tolist()
    return list(nilai)


def _kehadiran_mentah(path: Path, kecamatan: str) -> list[tuple[str, int, int]]:
    """(kode, present, active seats) per group of a kecamatan alive in 2025, best first, from
    the raw pertemuan/anggota/kehadiran tables: an independent count for the page's rank."""
    con = db.open_database(path)  # the app's own configuration
    try:
        return con.execute(
            """
            WITH rapat AS (SELECT * FROM pertemuan WHERE year(tanggal) = 2025),
            kursi AS (
                SELECT r.kode_kube, h.status FROM rapat r
                JOIN anggota a ON a.kode_kube = r.kode_kube AND a.tanggal_masuk <= r.tanggal
                     AND (a.tanggal_keluar IS NULL OR r.tanggal < a.tanggal_keluar)
                LEFT JOIN kehadiran h ON h.kode_kube = r.kode_kube
                     AND h.kode_pertemuan = r.kode_pertemuan AND h.kode_anggota = a.kode_anggota)
            SELECT kode_kube, count(*) FILTER (WHERE status IN ('hadir', 'diwakili')) AS hadir,
                   count(*) AS aktif
            FROM kursi JOIN kelompok USING (kode_kube)
            WHERE kecamatan = ? AND (tanggal_bubar IS NULL OR tanggal_bubar >= DATE '2025-01-01')
            GROUP BY kode_kube ORDER BY hadir / aktif DESC""",
            [kecamatan],
        ).fetchall()
    finally:
        con.close()


def _tetap_indonesia(at: AppTest) -> None:
    """Without ?lang= a page stays in Bahasa Indonesia (the counterpart of tests/test_app_bahasa.py):
    the banner, no lang in the link, the filters' words, ',.' separators on every chart."""
    assert BANNER in " ".join(str(w.value) for w in at.warning)
    assert "lang" not in at.query_params
    kecamatan = at.sidebar.selectbox(key="saring_kecamatan")
    assert (kecamatan.label, kecamatan.options[0]) == ("Kecamatan", "Semua")
    # one look: our template (Indonesian separators) on every chart, Streamlit's theme off
    assert all(g["layout"]["template"]["layout"]["separators"] == ",." for g in _grafik(at))


def _teks(at: AppTest) -> str:
    return " ".join(str(e.value) for kind in ("warning", "error", "info", "success") for e in at.get(kind))


@pytest.mark.parametrize("halaman", list(HALAMAN))
def test_setiap_halaman_tampil_tanpa_galat(
    pakai_db: Any, salinan_demo: Path, jalur: str, halaman: str
) -> None:
    pakai_db(salinan_demo)
    at = _buka(halaman)
    judul, kepala, min_grafik = HALAMAN[halaman]
    assert not at.exception, [e.value for e in at.exception]
    assert [t.value for t in at.title] == [judul]
    assert BANNER in _teks(at)
    heads = [tampak(h.value) for h in at.header]  # names are escaped Markdown (polos.md)
    for teks in kepala:
        assert any(h.startswith(teks) for h in heads), heads
    assert len(_grafik(at)) == min_grafik
    _tetap_indonesia(at)
    assert {s.key for s in at.sidebar.selectbox} >= {"saring_dari", "saring_sampai", "saring_kecamatan"}


# the other registered pages, as an admin sees them by default on the demo (Sejahtera 2, 2025):
# (title, Plotly charts, tables). The four of HALAMAN are walked by the test above.
LAIN = {
    "pages/modal_sosial.py": ("Modal Sosial", 3, 2),  # breakdown and peers tables
    "pages/kemandirian.py": ("Kemandirian", 2, 5),
    "pages/presentasi.py": ("Presentasi", 0, 0),  # the slides start on request
    "pages/catat.py": ("Catat", 0, 0),
    "pages/kelola_data.py": ("Kelola Data", 0, 3),  # the data-quality tables
    "pages/audit.py": ("Jejak audit", 0, 0),
}


def test_setiap_halaman_terdaftar_diuji() -> None:
    # a page added to dashboard.py must get a line here or in HALAMAN
    assert sorted(_halaman_terdaftar()) == sorted([*HALAMAN, *LAIN])


@pytest.mark.parametrize("halaman", [h for h in _halaman_terdaftar() if h not in HALAMAN])
def test_setiap_halaman_terdaftar_tanpa_galat(pakai_db: Any, salinan_demo: Path, halaman: str) -> None:
    pakai_db(salinan_demo)
    at = _buka(halaman)
    assert not at.exception, [e.value for e in at.exception]
    _tetap_indonesia(at)
    judul, grafik, tabel = LAIN[halaman]
    assert ([t.value for t in at.title], len(_grafik(at)), len(at.dataframe)) == ([judul], grafik, tabel)


def test_halaman_inti_terdaftar() -> None:
    assert set(HALAMAN) <= set(_halaman_terdaftar())


def test_saringan_dari_url_diterapkan(pakai_db: Any, salinan_demo: Path) -> None:
    pakai_db(salinan_demo)
    query = {
        "kecamatan": "Tegalrejo",
        "jenis_usaha": "warung_sembako",
        "dari": "2025-01",
        "sampai": "2025-06",
    }
    at = _buka("pages/ringkasan.py", query)
    assert not at.exception
    nilai = {s.key: s.value for s in at.sidebar.selectbox}
    assert nilai["saring_kecamatan"] == "Tegalrejo"
    assert nilai["saring_jenis_usaha"] == "warung_sembako"
    assert (nilai["saring_dari"], nilai["saring_sampai"]) == (dt.date(2025, 1, 1), dt.date(2025, 6, 1))
    liga = at.dataframe[-1].value
    # Demo groups in kecamatan Tegalrejo with jenis_usaha warung_sembako alive in Jan-Jun 2025:
    # TGR-002, TGR-004, TGR-007, TGR-008, TGR-010 (TGR-006 is dissolved before 2025).
    assert sorted(liga["Kode"]) == ["TGR-002", "TGR-004", "TGR-007", "TGR-008", "TGR-010"]
    assert set(liga["Kecamatan"]) == {"Tegalrejo"}
    # the first KPI card counts the same five groups, all active at the end of June 2025
    kartu = {m.label: m.value for m in at.metric}
    assert len(kartu) == 8 and kartu["Kelompok aktif"] == "5"
    assert at.query_params["kecamatan"] == "Tegalrejo" and at.query_params["dari"] == "2025-01"


def test_perubahan_saringan_ditulis_ke_url(pakai_db: Any, salinan_demo: Path) -> None:
    pakai_db(salinan_demo)
    at = _app().run()
    assert "kecamatan" not in at.query_params  # 'Semua' stays out of the URL
    at.sidebar.selectbox(key="saring_kecamatan").set_value("Jetis").run()
    assert at.query_params["kecamatan"] == "Jetis"
    kelurahan = at.sidebar.selectbox(key="saring_kelurahan")
    assert kelurahan.options == ["Semua", "Bumijo", "Cokrodiningratan", "Gowongan"]
    kelurahan.set_value("Gowongan").run()
    assert at.query_params["kelurahan"] == "Gowongan"
    # another kecamatan: the kelurahan no longer fits and falls back to Semua
    at.sidebar.selectbox(key="saring_kecamatan").set_value("Kraton").run()
    assert at.sidebar.selectbox(key="saring_kelurahan").value == "Semua"
    assert "kelurahan" not in at.query_params
    assert not at.exception


def test_saringan_tetap_saat_pindah_halaman(pakai_db: Any, salinan_demo: Path) -> None:
    pakai_db(salinan_demo)
    at = _app({"dari": "2024-03", "sampai": "2024-08", "kecamatan": "Jetis"}).run()
    for halaman in ("pages/hambatan.py", "pages/profil_kelompok.py", "pages/ringkasan.py"):
        at.switch_page(halaman).run()
        nilai = {s.key: s.value for s in at.sidebar.selectbox}
        assert nilai["saring_dari"] == dt.date(2024, 3, 1), halaman
        assert nilai["saring_kecamatan"] == "Jetis", halaman


def test_nilai_url_tidak_sah_kembali_ke_bawaan(pakai_db: Any, salinan_demo: Path) -> None:
    pakai_db(salinan_demo)
    query = {"dari": "2099-13", "kecamatan": "Atlantis", "kube": "TIDAK-ADA", "sebaya": "planet"}
    at = _buka("pages/bandingkan.py", query)
    assert not at.exception
    nilai = {s.key: s.value for s in at.sidebar.selectbox}
    assert nilai["saring_kecamatan"] == "Semua"
    assert nilai["saring_kube"] == "TGR-002"
    assert nilai["saring_sebaya"] == "kota"
    # the default period: the last 12 months of the demo data (its last month is Desember 2025)
    assert (nilai["saring_dari"], nilai["saring_sampai"]) == (dt.date(2025, 1, 1), dt.date(2025, 12, 1))


def test_kelompok_fokus_dari_url(pakai_db: Any, salinan_demo: Path) -> None:
    pakai_db(salinan_demo)
    at = _buka("pages/profil_kelompok.py", {"kube": "TGR-005"})
    assert tampak(at.header[0].value) == "KUBE Tunas Harapan (TGR-005)"
    assert at.query_params["kube"] == "TGR-005"


def test_bandingkan_judul_peringkat(pakai_db: Any, salinan_demo: Path) -> None:
    pakai_db(salinan_demo)
    at = _buka("pages/bandingkan.py", {"dari": "2025-01", "sampai": "2025-12", "sebaya": "kecamatan"})
    # Kecamatan Tegalrejo in 2025, attendance counted straight from the raw tables (members
    # present / members active on each meeting's date; not through the rollups or
    # perbandingan_sebaya): TGR-008 190/242 = .785, TGR-010 79/111 = .712, TGR-009 88/144 = .611,
    # TGR-003 84/154 = .545, TGR-002 185/351 = .527, TGR-004 22/48 = .458, TGR-005 45/110 = .409,
    # TGR-007 23/72 = .319 -> KUBE Sejahtera 2 is 5th of 8 (_kehadiran_mentah checks these)
    assert _kehadiran_mentah(salinan_demo, "Tegalrejo")[4] == ("TGR-002", 185, 351)
    assert tampak(at.header[0].value) == (
        "KUBE Sejahtera 2: peringkat 5 dari 8 untuk kehadiran di Kecamatan Tegalrejo"
    )
    # the rank chart: one marker per indicator with a percentile, in the focal colour
    peringkat_grafik = _grafik(at)[0]
    assert peringkat_grafik["layout"]["title"]["text"] == "Posisi di antara kelompok sebaya"
    assert len(peringkat_grafik["data"][0]["y"]) == 7


# Demo data (seed 2021), groups alive on 31 Dec 2025. hambatan_lama and tanpa_kunjungan are
# counted again below straight from the raw tables; the other figures are pinned demo values.
_HIDUP_2025 = (
    "tanggal_bentuk <= DATE '2025-12-31' AND (tanggal_bubar IS NULL OR tanggal_bubar > DATE '2025-12-31')"
)
_SQL_HAMBATAN_LAMA = f"""SELECT count(DISTINCT h.kode_kube) FROM hambatan h JOIN kelompok k USING (kode_kube)
    WHERE {_HIDUP_2025} AND h.tanggal_lapor < DATE '2025-12-31' - 90
      AND (h.tanggal_selesai IS NULL OR h.tanggal_selesai > DATE '2025-12-31')"""
_SQL_TANPA_KUNJUNGAN = f"""SELECT count(*) FROM kelompok k WHERE {_HIDUP_2025}
      AND tanggal_bentuk <= DATE '2025-07-01' AND NOT EXISTS (SELECT 1 FROM kunjungan v
      WHERE v.kode_kube = k.kode_kube AND v.tanggal BETWEEN DATE '2025-07-01' AND DATE '2025-12-31')"""


def test_ringkasan_peringatan_dini(pakai_db: Any, salinan_demo: Path) -> None:
    pakai_db(salinan_demo)
    at = _buka("pages/ringkasan.py", {"dari": "2025-01", "sampai": "2025-12"})
    assert not at.exception
    con = db.open_database(salinan_demo)
    try:
        # an obstacle open more than 90 days on 31 Dec 2025; no visit at all Jul-Dec 2025
        mentah = [con.execute(q).fetchone()[0] for q in (_SQL_HAMBATAN_LAMA, _SQL_TANPA_KUNJUNGAN)]
    finally:
        con.close()
    assert mentah == [26, 6]
    # the bars count the groups per code, all seven codes in their documented order
    (batang,) = [g for g in _grafik(at) if g["layout"]["title"]["text"] == "Kelompok per jenis peringatan"]
    jumlah = dict(zip(_larik(batang["data"][0]["y"]), _larik(batang["data"][0]["x"]), strict=True))
    assert jumlah == {
        "Dimandirikan sebelum siap": 13,
        "Banyak anggota absen beruntun": 1,
        "Kehadiran turun": 0,
        "Omzet turun": 0,
        "Laporan bulanan terlambat": 0,
        "Hambatan lama belum selesai": 26,
        "Tanpa kunjungan": 6,
        "Data belum lengkap": 6,  # issue 13
    }
    # the table holds every active warning (13 + 1 + 26 + 6 + 6 = 52), severe ones first
    (tabel,) = [d.value for d in at.dataframe if "Kode peringatan" in d.value.columns]
    assert len(tabel) == 52
    sejahtera = tabel[tabel["Kode"] == "TGR-002"]
    assert sorted(sejahtera["Kode peringatan"]) == ["hambatan_lama", "mandiri_belum_siap", "tanpa_kunjungan"]
    assert tabel["Tingkat"].iloc[0] == "🔴 tinggi"  # severe first


def test_profil_menampilkan_peringatan_kelompok(pakai_db: Any, salinan_demo: Path) -> None:
    """KUBE Sejahtera 2 was declared mandiri on 1 July 2019 (the demo story) before it was ready."""
    pakai_db(salinan_demo)
    at = _buka("pages/profil_kelompok.py", {"dari": "2025-01", "sampai": "2025-12", "kube": "TGR-002"})
    assert not at.exception
    merah = [tampak(e.value) for e in at.error]
    # readiness 50 at the end of June 2019 (the demo story, docs/demo.md), under the threshold 60
    assert merah == [
        "**Serius: Dimandirikan sebelum siap.** Dimandirikan 1 Juli 2019 dengan kesiapan 50 dari 100"
        " (ambang siap: 60)."
    ]
    kuning = " ".join(tampak(e.value) for e in at.warning)
    # its oldest obstacle still open was reported 7 May 2020: 2 064 days before 31 Dec 2025
    lama = "**Perlu diawasi: Hambatan lama belum selesai.** Hambatan tertua masih terbuka setelah 2.064 hari"
    assert lama in kuning
    # TGR-001 has no warning at the end of 2025 (not in the 52 of test_ringkasan_peringatan_dini)
    at = _buka("pages/profil_kelompok.py", {"dari": "2025-01", "sampai": "2025-12", "kube": "TGR-001"})
    assert not at.error
    assert any("Tidak ada peringatan dini pada akhir Desember 2025" in e.value for e in at.success)


def test_bandingkan_pertumbuhan_sejak_bantuan(pakai_db: Any, salinan_demo: Path) -> None:
    """The growth chart runs from the grant month, whatever the period: KUBE Sejahtera 2 got its grant
    on 16 May 2017, so Mei 2017 is bulan ke-0 and Desember 2025 is (2025-2017)*12 + (12-5) = 103."""
    pakai_db(salinan_demo)
    at = _buka("pages/bandingkan.py", {"dari": "2025-01", "sampai": "2025-12", "kube": "TGR-002"})
    assert not at.exception
    (tumbuh,) = [g for g in _grafik(at) if g["layout"]["title"]["text"].startswith("Pertumbuhan modal")]
    assert (
        tumbuh["layout"]["title"]["subtitle"]["text"]
        == "Mei 2017 (bulan ke-0) – Desember 2025 (bulan ke-103)"
    )
    bulan_ke = _larik(tumbuh["data"][-1]["x"])
    assert bulan_ke[0] == 0 and bulan_ke[-1] == 103
    # the chosen period Jan-Dec 2025 = bulan ke-92..103 is shaded
    (arsir,) = [b for b in tumbuh["layout"]["shapes"] if b["type"] == "rect"]
    assert (arsir["x0"], arsir["x1"]) == (91.5, 103.5)


def test_bandingkan_tanpa_tanggal_bantuan(pakai_db: Any, salinan_demo: Path, tmp_path: Path) -> None:
    path = tmp_path / "tanpa_bantuan.duckdb"
    shutil.copy(salinan_demo, path)
    con = db.open_database(path)
    con.execute("UPDATE kelompok SET tanggal_bantuan = NULL WHERE kode_kube = 'TGR-002'")
    con.close()
    pakai_db(path)
    at = _buka("pages/bandingkan.py")
    assert not at.exception
    tanpa = (
        "Tanggal bantuan kelompok ini tidak tercatat, jadi pertumbuhan sejak bantuan tidak dapat ditampilkan."
    )
    assert tanpa in [tampak(e.value) for e in at.info]
    # the other three of Bandingkan's four charts (HALAMAN) are still drawn; the growth one is not
    judul = [g["layout"]["title"]["text"] for g in _grafik(at)]
    assert len(judul) == 3 and not [j for j in judul if j.startswith("Pertumbuhan modal")], judul


def test_data_berubah_tampil_setelah_tulis(pakai_db: Any, salinan_demo: Path, tmp_path: Path) -> None:
    """A write to the database (as an import does) shows up on the next run despite the cache."""
    path = tmp_path / "ubah.duckdb"
    shutil.copy(salinan_demo, path)
    pakai_db(path)
    at = _buka("pages/profil_kelompok.py")
    assert tampak(at.header[0].value) == "KUBE Sejahtera 2 (TGR-002)"
    con = db.open_database(path)  # the same in-process DuckDB instance the app holds
    con.execute("UPDATE kelompok SET nama = 'KUBE Sejahtera Dua' WHERE kode_kube = 'TGR-002'")
    time.sleep(0.01)
    at.run()
    assert tampak(at.header[0].value) == "KUBE Sejahtera Dua (TGR-002)"


def test_basis_data_tidak_ada(pakai_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "tidak_ada.duckdb"
    pakai_db(path)
    at = _app().run()
    assert not at.exception
    pesan = " ".join(e.value for e in at.error)
    assert "tidak ditemukan" in pesan and "python -m kube_metrics demo" in pesan
    assert not path.exists()  # the app does not create an empty database by accident
    at.switch_page("pages/bandingkan.py").run()
    assert not at.exception and at.error


def test_basis_data_kosong_dibuat_atas_permintaan(pakai_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "baru.duckdb"
    pakai_db(path)
    at = _app().run()
    at.button[0].click().run()  # "Buat basis data kosong"
    assert path.exists() and not at.exception and not at.error
    # the new file is migrated and empty: every contract table there, no group
    _bersihkan_cache()  # release the app's instance before opening the file here
    con = db.open_database(path, read_only=True)
    try:
        tabel = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert {"kelompok", "anggota", "keuangan", "pertemuan", "kehadiran", "kunjungan"} <= tabel
        assert con.execute("SELECT count(*) FROM kelompok").fetchone() == (0,)
    finally:
        con.close()
    at.switch_page("pages/kelola_data.py").run()
    assert not at.exception and not at.error


def test_basis_data_terkunci(pakai_db: Any, salinan_demo: Path, tmp_path: Path) -> None:
    path = tmp_path / "kunci.duckdb"
    shutil.copy(salinan_demo, path)
    kode = (
        "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('siap', flush=True); time.sleep(60)"
    )
    pemegang = subprocess.Popen([sys.executable, "-c", kode, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert pemegang.stdout is not None and pemegang.stdout.readline().strip() == "siap"
        pakai_db(path)
        at = _app().run()
        assert not at.exception
        pesan = " ".join(e.value for e in at.error)
        assert "sedang dipakai proses lain" in pesan and "dikunci" in pesan
    finally:
        pemegang.kill()
        pemegang.wait()


@pytest.mark.parametrize("halaman", list(HALAMAN))
def test_basis_data_kosong_tanpa_banner(pakai_db: Any, tmp_path: Path, halaman: str) -> None:
    """A real (non-demo) database without data yet: no demo banner, no crash."""
    path = tmp_path / "kosong.duckdb"
    db.open_database(path).close()
    pakai_db(path)
    at = _buka(halaman)
    assert not at.exception, [e.value for e in at.exception]
    assert BANNER not in _teks(at)
