"""Each role on every page, in AppTest and in Chromium, on a demo copy with two kota: the groups
DNR-* moved to Kabupaten Sleman, so the demo `dinas` account (Kota Yogyakarta) is a one-kota
dinas. Checks what is on screen: no other kota's group for dinas, no member name or free text
for tamu, a pendamping's own groups as focal groups, no upload and no download for tamu."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
import streamlit as st
from argon2 import PasswordHasher
from streamlit.testing.v1 import AppTest

from kube_metrics import akun, db
from tests.bantu_browser import CHROMIUM, CHROMIUM_ARGS, butuh_chromium, masuk_browser, server_streamlit
from tests.bantu_masuk import WAKTU_UJI, buka_halaman, masuk

ROOT = Path(__file__).resolve().parent.parent
HALAMAN = re.findall(
    r'st\.Page\(\s*"(pages/[a-z_]+\.py)"', (ROOT / "dashboard.py").read_text(encoding="utf-8")
)
ANALISIS = [
    "pages/ringkasan.py",
    "pages/profil_kelompok.py",
    "pages/bandingkan.py",
    "pages/hambatan.py",
    "pages/modal_sosial.py",
    "pages/kemandirian.py",
]
# each page's title, written out (the catalogue's nav names); a refused page shows TOLAK instead
JUDUL = {
    "pages/ringkasan.py": "Ringkasan",
    "pages/profil_kelompok.py": "Profil Kelompok",
    "pages/bandingkan.py": "Bandingkan",
    "pages/hambatan.py": "Hambatan",
    "pages/modal_sosial.py": "Modal Sosial",
    "pages/kemandirian.py": "Kemandirian",
    "pages/presentasi.py": "Presentasi",
    "pages/catat.py": "Catat",
    "pages/kelola_data.py": "Kelola Data",
    "pages/audit.py": "Jejak audit",
}
SEJAHTERA_2 = "KUBE Sejahtera 2 \\(TGR\\-002\\)"  # as polos.md escapes it in a message
TOLAK = "Halaman ini tidak tersedia untuk peran {}. Pilih halaman lain di menu samping."


def siapkan(path: Path) -> dict[str, list[str]]:
    """Move DNR-* to Kabupaten Sleman; return the texts that must not show per role."""
    con = duckdb.connect(str(path))
    try:
        con.execute("UPDATE kelompok SET kota = 'Kabupaten Sleman' WHERE kode_kube LIKE 'DNR-%'")
        pendamping = {r[0] for r in con.execute("SELECT pendamping FROM kelompok").fetchall()}
        anggota = [
            r[0]
            for r in con.execute("SELECT DISTINCT nama FROM anggota").fetchall()
            if r[0] not in pendamping
        ]
        uraian = [r[0] for r in con.execute("SELECT DISTINCT uraian FROM hambatan").fetchall()]
        sleman = [
            r[0] for r in con.execute("SELECT nama FROM kelompok WHERE kode_kube LIKE 'DNR-%'").fetchall()
        ]
    finally:
        con.close()
    return {"tamu": anggota + uraian, "dinas": sleman + ["DNR-0", "Kabupaten Sleman"]}


@pytest.fixture(scope="module")
def dua_kota(
    demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, list[str]]]:
    path = tmp_path_factory.mktemp("wilayah") / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    return path, siapkan(path)


@pytest.fixture
def app(dua_kota, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[str]]]:
    path, terlarang = dua_kota
    monkeypatch.setenv("KUBE_DB", str(path))
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(akun, "_HASHER", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield terlarang
    st.cache_data.clear()
    st.cache_resource.clear()


def _buka(peran: str, halaman: str, query: dict[str, str] | None = None) -> AppTest:
    at = masuk(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=WAKTU_UJI), peran)
    at.query_params.update(query or {})
    buka_halaman(at, halaman)
    assert not at.exception, [e.value for e in at.exception]
    return at


def _akun_kelompok(path: Path) -> list[str]:
    """The demo pendamping's groups, read from its account rows (not from the page's filters)."""
    con = db.open_database(path)  # the same in-process instance the app holds
    try:
        rows = con.execute("SELECT kode_kube FROM akun_kelompok WHERE nama = 'pendamping' ORDER BY 1")
        return [r[0] for r in rows.fetchall()]
    finally:
        con.close()


def _layar(at: AppTest) -> str:
    """Every text on screen: elements, table cells, chart JSON and the sidebar's options."""
    bagian = [
        str(e.value)
        for jenis in (
            "title",
            "header",
            "subheader",
            "markdown",
            "caption",
            "text",
            "info",
            "warning",
            "error",
            "success",
            "metric",
        )
        for e in at.get(jenis)
    ]
    bagian += [d.value.to_csv() for d in at.dataframe]
    bagian += [el.proto.spec for el in at.get("plotly_chart")]
    bagian += [" ".join(map(str, s.options)) for s in at.sidebar.selectbox]
    return "\n".join(bagian)


@pytest.mark.parametrize("halaman", ANALISIS + ["pages/presentasi.py"])
def test_tamu_tanpa_nama_anggota_teks_bebas_dan_unduhan(app, halaman: str) -> None:
    at = _buka("tamu", halaman, {"kube": "TGR-002"})
    assert [t.value for t in at.title] == [JUDUL[halaman]]  # opened, not refused
    layar = _layar(at)
    bocor = [n for n in app["tamu"] if n in layar]
    assert bocor == [], bocor[:5]
    assert not at.get("download_button") or halaman == "pages/presentasi.py"
    assert not at.get("file_uploader")


@pytest.mark.parametrize("halaman", ANALISIS)
def test_dinas_satu_kota_tanpa_kelompok_kota_lain(app, halaman: str) -> None:
    at = _buka("dinas", halaman)
    assert [t.value for t in at.title] == [JUDUL[halaman]]  # opened, not refused
    layar = _layar(at)
    bocor = [n for n in app["dinas"] if n in layar]
    assert bocor == [], bocor[:5]
    assert "KUBE Sejahtera 2" in layar  # its own kota's groups are there


def test_dinas_tautan_ke_kelompok_kota_lain_dijelaskan(app) -> None:
    at = _buka("dinas", "pages/profil_kelompok.py", {"kube": "DNR-001"})
    (pesan,) = [i.value for i in at.info if "DNR" in i.value]  # outside the area: akses.kelompok_luar
    assert pesan.startswith("Kelompok dengan kode «DNR\\-001» dari tautan tidak ada di wilayah akun Anda")
    assert "(atau tidak ada sama sekali); yang ditampilkan: KUBE" in pesan
    assert "DNR-001" not in " ".join(h.value for h in at.header)
    # a code that exists nowhere reads the same: the message does not tell which codes exist
    at = _buka("dinas", "pages/profil_kelompok.py", {"kube": "ZZZ-999"})
    (pesan,) = [i.value for i in at.info if "ZZZ" in i.value]
    assert pesan.startswith("Kelompok dengan kode «ZZZ\\-999» dari tautan tidak ada di wilayah akun Anda")
    # an account over the whole database is told the code is unknown (tangguh.kube_tidak_dikenal)
    at = _buka("admin", "pages/profil_kelompok.py", {"kube": "ZZZ-999"})
    assert any(
        i.value.startswith("Kelompok dengan kode «ZZZ\\-999» dari tautan tidak dikenal") for i in at.info
    )


def test_pendamping_hanya_kelompoknya_sebagai_fokus(app, dua_kota) -> None:
    at = _buka("pendamping", "pages/bandingkan.py", {"kube": "TGR-002"})
    (pilih,) = [s for s in at.sidebar.selectbox if s.key and "kube" in s.key]
    # exactly the account's groups (akun_kelompok of the demo pendamping: TGR-001..010 and
    # MGS-001/002), none of the anonymised peers
    kode = sorted(re.sub(r".*\((.+)\)$", r"\1", o) for o in pilih.options)
    assert kode == _akun_kelompok(dua_kota[0]) and len(kode) == 12, pilih.options
    at = _buka("pendamping", "pages/profil_kelompok.py", {"kube": "KTG-001"})  # not one of its groups
    assert [i.value for i in at.info if "tautan" in i.value] == [
        "Kelompok dengan kode «KTG\\-001» dari tautan tidak ada di wilayah akun Anda (atau tidak ada sama"
        f" sekali); yang ditampilkan: {SEJAHTERA_2}."
    ]  # not its group: akses.kelompok_luar word for word


@pytest.mark.parametrize(
    ("peran", "boleh"), [("admin", True), ("dinas", True), ("pendamping", False), ("tamu", False)]
)
def test_halaman_audit_menurut_peran(app, dua_kota, peran: str, boleh: bool) -> None:
    con = db.open_database(dua_kota[0])  # the same in-process instance the app holds
    for nama in ("tamu", "pendamping"):  # one audit row each
        akun.masuk(con, nama, "salah-sandinya", asal="halaman 10.1.2.3")
    con.close()
    at = _buka(peran, "pages/audit.py")
    if boleh:
        assert [t.value for t in at.title] == ["Jejak audit"]
        (tabel,) = [d.value for d in at.dataframe]
        baris = tabel[tabel["Asal"] == "halaman 10.1.2.3"]
        assert set(baris["Aksi"]) == {"login_failed"}
        # the demo pendamping's groups lie in the dinas's kota; the demo tamu covers the whole
        # database, so a one-kota dinas does not read its sign-ins (docs/access.md, "Audit trail")
        akun_ = {"tamu", "pendamping"} if peran == "admin" else {"pendamping"}
        assert set(baris["Akun"]) == akun_
        assert at.get("download_button")
    else:
        assert [e.value for e in at.error] == [
            f"Halaman ini tidak tersedia untuk peran {peran}. Pilih halaman lain di menu samping."
        ]


# (role, page) -> opens (its title) or refused (TOLAK), from docs/access.md's table. Walked here:
# what no other test of this file opens (tamu and dinas on ANALISIS, Audit for every role are).
BUKA = {
    ("dinas", "pages/presentasi.py"): True,
    ("dinas", "pages/catat.py"): True,
    ("dinas", "pages/kelola_data.py"): True,
    **{("pendamping", h): True for h in [*ANALISIS, "pages/presentasi.py", "pages/catat.py"]},
    ("pendamping", "pages/kelola_data.py"): True,
    ("tamu", "pages/catat.py"): False,
    ("tamu", "pages/kelola_data.py"): False,
}


def test_setiap_peran_dan_halaman_diuji() -> None:
    # every (role, page) but admin's is walked by one test of this file
    diuji = {("tamu", h) for h in [*ANALISIS, "pages/presentasi.py"]} | {("dinas", h) for h in ANALISIS}
    diuji |= {(p, "pages/audit.py") for p in ("dinas", "pendamping", "tamu")} | set(BUKA)
    assert diuji == {(p, h) for p in ("dinas", "pendamping", "tamu") for h in HALAMAN}


@pytest.mark.parametrize(("peran", "halaman"), list(BUKA))
def test_semua_halaman_terdaftar_untuk_setiap_peran(app, peran: str, halaman: str) -> None:
    """Every page of dashboard.py opens without an exception for every role, or says no."""
    at = _buka(peran, halaman, {"kube": "TGR-002"})
    if BUKA[(peran, halaman)]:  # (Profil's warning boxes are st.error too: not a refusal)
        assert [t.value for t in at.title] == [JUDUL[halaman]]
        assert TOLAK.format(peran) not in [e.value for e in at.error]
    else:
        assert ([t.value for t in at.title], [e.value for e in at.error]) == ([], [TOLAK.format(peran)])


# --- the real browser ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(dua_kota) -> Iterator[str]:
    butuh_chromium()
    path, _ = dua_kota
    salinan = path.parent / "browser.duckdb"
    shutil.copy(path, salinan)
    with server_streamlit("dashboard.py", salinan, path.parent / "streamlit.log") as (url, _):
        yield url


@pytest.mark.browser
@pytest.mark.xdist_group("wilayah_browser")
def test_browser_setiap_peran(server: str, dua_kota) -> None:
    from playwright.sync_api import sync_playwright

    _, terlarang = dua_kota
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        hasil: dict[str, Any] = {}
        for nama, jalur in (("tamu", "profil_kelompok?kube=TGR-002"), ("dinas", ""), ("tamu", "kelola_data")):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            masuk_browser(page, f"{server}/{jalur}", nama)
            page.wait_for_timeout(1500)
            teks = page.inner_text("body")
            hasil[f"{nama}/{jalur}"] = (teks, page.locator('input[type="file"]').count())
            assert page.locator('[data-testid="stException"]').count() == 0
            page.close()
        browser.close()
    teks, _ = hasil["tamu/profil_kelompok?kube=TGR-002"]
    assert "KUBE Sejahtera 2" in teks and [n for n in terlarang["tamu"] if n in teks] == []
    teks, _ = hasil["dinas/"]
    assert "Masuk sebagai: dinas" in teks and [n for n in terlarang["dinas"] if n in teks] == []
    teks, unggah = hasil["tamu/kelola_data"]
    assert "tidak tersedia untuk peran tamu" in teks and unggah == 0
