"""AppTest of the Modal Sosial and Kemandirian pages on (a copy of) the demo database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.bantu_jahat import tampak
from tests.bantu_masuk import WAKTU_UJI, buka_halaman, masuk

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def salinan_demo(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    # A copy: the app keeps its database instance open (st.cache_resource) for the whole process,
    # which must not clash with other tests opening demo_db_path read-only.
    path = tmp_path_factory.mktemp("demo_halaman") / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    yield path
    st.cache_resource.clear()


def _jalankan(
    halaman: str, db_path: Path, monkeypatch: pytest.MonkeyPatch, query: dict[str, str] | None = None
) -> AppTest:
    """Run the page the way users reach it: dashboard.py (st.navigation) at the page's link."""
    monkeypatch.setenv("KUBE_DB", str(db_path))
    monkeypatch.chdir(ROOT)
    at = masuk(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=WAKTU_UJI), "admin")
    at.query_params.update(query or {})
    buka_halaman(at, f"pages/{halaman}")
    assert not at.exception, [e.value for e in at.exception]
    return at


def _teks(at: AppTest) -> str:
    bagian = [m.value for m in at.markdown] + [c.value for c in at.caption]
    return tampak("\n".join(bagian + [h.value for h in at.header] + [h.value for h in at.subheader]))


def _pertemuan_2025(con: duckdb.DuckDBPyConnection) -> tuple[int, ...]:
    """KUBE Sejahtera 2's meetings in 2025, those with the finances read out, the musyawarah, and
    its ties: counted from the raw tables of the demo (the page's copy), not by the metric code."""
    rapat = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE laporan_keuangan), count(*) FILTER (WHERE jenis ="
        " 'musyawarah') FROM pertemuan WHERE kode_kube = 'TGR-002' AND year(tanggal) = 2025"
    ).fetchone()
    (mitra,) = con.execute("SELECT count(*) FROM jaringan WHERE kode_kube = 'TGR-002'").fetchone()
    return (*rapat, mitra)


def test_halaman_modal_sosial(salinan_demo, monkeypatch, demo):
    at = _jalankan("modal_sosial.py", salinan_demo, monkeypatch)
    assert at.title[0].value == "Modal Sosial"
    assert "KUBE Sejahtera 2 (TGR-002)" in _teks(at)  # the focal group by default
    metrik = {m.label: m.value for m in at.metric}
    # the demo story's last year (2025): 69 / 4 / 11 (issue 4's closing figures). Jaringan by hand:
    # no tie at all (0 mitra -> 0 on the three tie proxies), the jaringan survey at 1,8 on 1-5 ->
    # (1,8 - 1) / 4 = 19,4 x weight .20 = 3,9 -> "4"
    assert metrik == {"Kepercayaan": "69", "Jaringan": "4", "Norma": "11"}
    teks = _teks(at)
    # every score is added up on screen, proxy by proxy
    assert "**Kepercayaan" in teks and "(Pertemuan per bulan)" in teks and "(Mitra luar aktif)" in teks
    rincian, sebaya = (d.value for d in at.dataframe)  # breakdown and peers, each with a CSV download
    nilai = dict(zip(rincian["Ukuran"], rincian["Nilai"], strict=False))
    # counted from the raw tables (_pertemuan_2025): 39 meetings in 2025 = 3,25 a month, shown
    # "3,2"; finances read out at 37 of 39 = 94,9 %; musyawarah 28 of 39 = 71,8 %; no tie
    assert _pertemuan_2025(demo) == (39, 37, 28, 0)
    assert (nilai["Pertemuan per bulan"], nilai["Laporan keuangan dibacakan"]) == ("3,2 per bulan", "94,9%")
    assert (nilai["Porsi pertemuan musyawarah"], nilai["Mitra luar aktif"]) == ("71,8%", "0 mitra")
    # 3,25 / 4 = 81,25 x .20 = 16,25 points; 94,9 x .20 = 18,97; musyawarah over the 50 % anchor: 15
    sumbangan = dict(zip(rincian["Ukuran"], rincian["Sumbangan (poin)"], strict=False))
    assert sumbangan["Pertemuan per bulan"] == pytest.approx(16.25)
    assert sumbangan["Laporan keuangan dibacakan"] == pytest.approx(37 / 39 * 20)
    assert sumbangan["Porsi pertemuan musyawarah"] == pytest.approx(15)
    # the peers table marks the focal group
    assert sebaya.loc[sebaya["Kode"] == "TGR-002"].iloc[0, -1] == "kelompok ini"


def test_halaman_kemandirian(salinan_demo, monkeypatch):
    at = _jalankan("kemandirian.py", salinan_demo, monkeypatch)
    assert at.title[0].value == "Kemandirian"
    metrik = {m.label: m.value for m in at.metric}
    assert metrik["Dimandirikan"] == "1 Juli 2019"
    # readiness 49.8 at the end of June 2019 (the demo story: "50 out of 100")
    assert metrik["Kesiapan saat dimandirikan"] == "50 / 100"
    tabel = [d.value for d in at.dataframe]
    # the list of groups declared mandiri before they were ready with complete records: 13 (the
    # 13 'mandiri_belum_siap' of tests/test_app.py; issue 13 holds back the one whose records
    # were incomplete), Sejahtera 2 among them
    belum_siap = tabel[-1]
    # pinned by code, not counted: the 13 demo groups declared mandiri at a readiness under 60
    # with complete records (GDM-002, 33.8 but without ties recorded, is held back)
    assert sorted(belum_siap["Kode"]) == [
        "DNR-002", "GDK-003", "GDT-001", "GDT-002", "MGS-002", "MJN-002", "TGR-002",
        "TGR-003", "TGR-008", "TGR-009", "TGR-010", "WBJ-001", "WBJ-002",
    ]  # fmt: skip
    peringatan = [t for t in tabel if "Peringatan" in t.columns][0]
    # the warning's name from the catalogue, never its raw code (issue 11)
    assert "Dimandirikan sebelum siap" in set(peringatan["Peringatan"])
    assert not any("_" in str(v) for v in peringatan["Peringatan"])
    assert "12 bulan sebelum dan sesudah mandiri (1 Juli 2019)" in _teks(at)


@pytest.mark.parametrize("kode", ["JTS-002", "GDK-002"])
def test_halaman_kelompok_lain(salinan_demo, monkeypatch, kode):
    # a thriving peer declared mandiri when ready, and a group never declared mandiri
    for halaman in ("modal_sosial.py", "kemandirian.py"):
        at = _jalankan(halaman, salinan_demo, monkeypatch, {"kube": kode})
        assert f"({kode})" in _teks(at)
        metrik = {m.label: m.value for m in at.metric}
        if halaman == "kemandirian.py" and kode == "JTS-002":
            # declared 27 October 2023 at stage maju, read at the end of September 2023: 86.2,
            # over the threshold of 60 (tests/test_kesiapan.py pins the demo's readings)
            dimandirikan = (metrik["Dimandirikan"], metrik["Kesiapan saat dimandirikan"])
            assert dimandirikan == ("27 Oktober 2023", "86 / 100")
            assert metrik["Tahap"] == "Maju"
        if halaman == "kemandirian.py" and kode == "GDK-002":
            assert metrik["Mandiri"] == "belum dimandirikan"


def test_belum_ada_data_bukan_nol(salinan_demo, monkeypatch):
    # issue 13: GDM-002 (declared mandiri 25 July 2022) has agreements but no tie and no
    # "checked, none": networks say "belum ada data" and what to record; readiness is incomplete
    # and the group is not among those declared mandiri before they were ready
    at = _jalankan("modal_sosial.py", salinan_demo, monkeypatch, {"kube": "GDM-002"})
    metrik = {m.label: m.value for m in at.metric}
    assert metrik["Jaringan"] == "belum ada data"
    assert metrik["Norma"] != "belum ada data" and metrik["Kepercayaan"] != "belum ada data"
    teks = _teks(at)
    assert "**Jaringan: belum ada data.**" in teks and "berkas pemeriksaan" in teks
    at = _jalankan("kemandirian.py", salinan_demo, monkeypatch, {"kube": "GDM-002"})
    teks = _teks(at) + "\n".join(i.value for i in at.info)
    assert "tidak diberikan pada pembacaan yang belum lengkap" in teks
    assert any("belum lengkap: dibaca tanpa" in str(m.proto.delta) for m in at.metric)
    assert "GDM-002" not in set(at.dataframe[-1].value["Kode"])
    rincian = next(d.value for d in at.dataframe if "Bagian" in d.value.columns)
    assert "belum ada data" in set(rincian["Keterangan"])
