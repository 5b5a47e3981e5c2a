"""The language switch across the whole app (AppTest on the demo database).

Every page registered in dashboard.py is opened with `?lang=en` and without it. In English it
must show its English title and the English demo banner, and no text the app draws itself
(titles, headings, captions, widget labels, table headers, chart titles, axis titles, legend
names) may carry an Indonesian word; the Indonesian run still shows the Indonesian texts.
Texts that are data stay as they are: group and place names (and the import checker's messages,
Bahasa Indonesia only, see README; not shown without an upload).
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from kube_metrics import db, i18n, peringatan
from kube_metrics.ringkasan import ALASAN
from tests.bantu_masuk import WAKTU_UJI, buka_halaman, masuk

ROOT = Path(__file__).resolve().parent.parent
# Words that only Indonesian text has (place names 'Kelurahan'/'Kecamatan'/'Kota' are proper
# nouns in English too, so they are not listed).
KATA_INDONESIA = {
    "dan", "yang", "tidak", "untuk", "dari", "bulan", "kelompok", "periode", "hambatan",
    "kehadiran", "omzet", "laba", "sebaya", "belum", "tahap", "kesiapan", "peringatan", "jumlah",
    "unduh", "pertemuan", "kunjungan", "anggota", "disiplin", "bantuan", "sejak", "semua",
    "saringan", "sampai", "rata", "skor", "ukuran", "bobot", "poin", "tanggal", "baris",
    "mei", "agu", "okt", "des", "agustus", "oktober", "desember", "januari", "juni", "juli",
}  # fmt: skip


def _halaman_terdaftar() -> list[str]:
    teks = (ROOT / "dashboard.py").read_text(encoding="utf-8")
    return re.findall(r'st\.Page\(\s*"(pages/[a-z_]+\.py)"', teks)


@pytest.fixture(scope="module")
def salinan_demo(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("app_bahasa") / "kube.duckdb"
    shutil.copy(demo_db_path, path)
    yield path
    st.cache_resource.clear()


@pytest.fixture
def app_demo(salinan_demo: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("KUBE_DB", str(salinan_demo))
    st.cache_data.clear()
    yield
    st.cache_data.clear()


def _buka(halaman: str, lang: str | None) -> AppTest:
    at = masuk(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=WAKTU_UJI), "admin")
    if lang:
        at.query_params["lang"] = lang
    buka_halaman(at, halaman)
    assert not at.exception, [e.value for e in at.exception]
    return at


def _grafik_teks(spec: dict[str, Any]) -> list[str]:
    """Title, subtitle, axis titles, legend names and annotations of one Plotly figure."""
    layout = spec["layout"]
    titel = layout.get("title", {})
    teks = [titel.get("text", ""), titel.get("subtitle", {}).get("text", "")]
    for kunci, nilai in layout.items():
        if kunci.startswith(("xaxis", "yaxis")) and isinstance(nilai, dict):
            teks.append(nilai.get("title", {}).get("text", ""))
            teks += list(nilai.get("ticktext", []))  # month ticks
    teks += [a.get("text", "") for a in layout.get("annotations", [])]
    teks += [d.get("name", "") for d in spec["data"] if d.get("showlegend", True) is not False]
    return [t for t in teks if t]


def teks_aplikasi(at: AppTest) -> list[str]:
    """Every text the app itself draws, message boxes included."""
    jenis = ("title", "header", "subheader", "caption", "markdown")
    teks = [str(e.value) for kind in jenis for e in at.get(kind)]
    teks += [str(e.value) for kind in ("success", "info", "warning", "error") for e in at.get(kind)]
    teks += [w.label for kind in ("selectbox", "button", "button_group", "tab") for w in at.get(kind)]
    teks += [el.proto.label for el in at.get("download_button")]
    teks += [m.label for m in at.metric]
    teks += [str(k) for d in at.dataframe for k in d.value.columns]
    for el in at.get("plotly_chart"):
        teks += _grafik_teks(json.loads(el.proto.spec))
    return teks


def kata_indonesia(teks: str) -> set[str]:
    return {k for k in re.findall(r"[a-z]+", teks.lower()) if k in KATA_INDONESIA}


def _judul_halaman(halaman: str, lang: str) -> str:
    nama = Path(halaman).stem
    return i18n.teks("presentasi.judul_halaman" if nama == "presentasi" else f"nav.{nama}", lang)


@pytest.mark.parametrize("halaman", _halaman_terdaftar())
def test_halaman_dalam_bahasa_inggris(app_demo: None, halaman: str) -> None:
    at = _buka(halaman, "en")
    assert [t.value for t in at.title] == [_judul_halaman(halaman, "en")]
    peringatan = " ".join(str(w.value) for w in at.warning)
    assert "Sample data (synthetic)" in peringatan and "Data contoh" not in peringatan
    assert at.query_params["lang"] in ("en", ["en"])
    kecamatan = at.sidebar.selectbox(key="saring_kecamatan")
    assert kecamatan.label == "District (kecamatan)" and kecamatan.options[0] == "All"
    # numbers follow the language on every chart: '.' decimal mark, ',' thousands
    assert all(json.loads(g.proto.spec)["layout"]["separators"] == ".," for g in at.get("plotly_chart"))
    sisa = {t: kata_indonesia(t) for t in teks_aplikasi(at) if kata_indonesia(t)}
    assert sisa == {}


# The same pages without ?lang= stay in Bahasa Indonesia (title, banner, no lang in the link, the
# kecamatan filter's words, ',.' on every chart): checked in tests/test_app.py's walks of every
# page (_tetap_indonesia), which open the same pages in the same state.


def test_penanda_kata_indonesia_bekerja() -> None:
    """The scan above must catch an Indonesian-only text and pass its English counterpart."""
    assert kata_indonesia(i18n.teks("ringkasan.perlu_perhatian_ket", "id"))
    assert kata_indonesia(i18n.teks("grafik_hambatan.bulanan_judul", "id")) == {"hambatan", "dan", "bulan"}
    assert not kata_indonesia(i18n.teks("grafik_hambatan.bulanan_judul", "en"))


def test_ganti_bahasa_di_samping_berlaku_untuk_semua_halaman(app_demo: None) -> None:
    """The sidebar switch changes the language, writes ?lang=en and keeps it across pages."""
    at = _buka("pages/ringkasan.py", None)
    at.button_group(key="bahasa").set_value("en").run()
    assert at.query_params["lang"] in ("en", ["en"])
    assert [t.value for t in at.title] == ["Overview"]
    at.switch_page("pages/hambatan.py").run()
    assert [t.value for t in at.title] == ["Obstacles"]
    # number and month formats follow: the period caption names English months
    assert re.search(r"(January|February|March|April|May|June|July|August|September|October|November|"
                     r"December) \d{4}", at.caption[0].value)  # fmt: skip
    at.button_group(key="bahasa").set_value("id").run()
    assert [t.value for t in at.title] == ["Hambatan"]
    assert "lang" not in at.query_params


def test_ringkasan_alasan_dan_peringatan_berbahasa_inggris(app_demo: None, salinan_demo: Path) -> None:
    """The cells that the metrics write in Bahasa Indonesia (reasons, warning explanations) come from
    the catalogue in English, with the group's figures; codes stay codes."""
    at = _buka("pages/ringkasan.py", "en")
    tabel = {tuple(d.value.columns): d.value for d in at.dataframe}
    (perhatian,) = [t for k, t in tabel.items() if "Reason" in k]
    awal = tuple(i18n.teks(f"teks_perhatian.{k}", "en").split("{")[0] for k in ALASAN)
    assert all(r.startswith(awal) and re.search(r"\d", r) for r in perhatian["Reason"])
    # the watch list of 2025 by code: 10 needing action, then 7 to watch
    assert perhatian["Code"].tolist() == [
        "GDK-002", "GDM-002", "GDT-001", "KRT-002", "MJN-001", "TGR-002", "TGR-004", "TGR-005",
        "UMB-001", "WBJ-002", "GDM-001", "GDM-002", "JTS-002", "TGR-003", "TGR-007", "TGR-009", "TGR-010",
    ]  # fmt: skip
    alasan = dict(zip(perhatian["Code"], perhatian["Reason"], strict=False))
    # Sejahtera 2's obstacles open on 1 January 2025 and on 31 December 2025, counted from the raw
    # hambatan rows (_hambatan_terbuka): 21 and 25, and the sentence carries both
    assert _hambatan_terbuka(salinan_demo) == (21, 25)
    assert alasan["TGR-002"] == "Open obstacles piled up: 25 at the end of the period (21 at the start)"
    assert alasan["TGR-009"] == "Attendance rate fell 15.1 percentage points (from 76.2% to 61.1%)"
    (aktif,) = [t for k, t in tabel.items() if "Warning code" in k]
    # the 52 warnings of the Indonesian page (tests/test_app.py::test_ringkasan_peringatan_dini)
    assert aktif["Warning code"].value_counts().to_dict() == {
        "hambatan_lama": 26,
        "mandiri_belum_siap": 13,
        "data_belum_lengkap": 6,
        "tanpa_kunjungan": 6,
        "absen_beruntun": 1,
    }
    assert set(aktif["Warning"]) <= {i18n.teks(f"judul_peringatan.{k}", "en") for k in peringatan.KODE}
    assert set(aktif["Level"]) <= {"🔴 high", "🟡 medium"}
    assert not {k for d in aktif["Details"] for k in kata_indonesia(d)}


def _hambatan_terbuka(path: Path) -> tuple[int, int]:
    """KUBE Sejahtera 2's obstacles open at the start and at the end of 2025, from the raw rows."""
    con = db.open_database(path)
    try:
        return con.execute(
            "SELECT count(*) FILTER (WHERE tanggal_lapor < DATE '2025-01-01' AND (tanggal_selesai IS NULL"
            " OR tanggal_selesai >= DATE '2025-01-01')), count(*) FILTER (WHERE tanggal_lapor <= DATE"
            " '2025-12-31' AND (tanggal_selesai IS NULL OR tanggal_selesai > DATE '2025-12-31'))"
            " FROM hambatan WHERE kode_kube = 'TGR-002'"
        ).fetchone()
    finally:
        con.close()


def test_peringatan_sejahtera_2_dengan_angka_berbahasa_inggris(app_demo: None, salinan_demo: Path) -> None:
    """Ringkasan's warning table and Profil Kelompok's red message state the group's readiness."""
    # the demo story's figure (docs/demo.md: "a readiness of 50 out of 100", 49.8 at the end of
    # June 2019), written here, not computed by kesiapan_saat_mandiri
    kalimat = "Made independent on 1 July 2019 with readiness 50 out of 100 (ready threshold: 60)."
    periode = {"lang": "en", "dari": "2025-01", "sampai": "2025-12", "kube": "TGR-002"}
    at = masuk(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=WAKTU_UJI), "admin")
    at.query_params.update(periode)
    at.run()
    (aktif,) = [d.value for d in at.dataframe if "Warning code" in d.value.columns]
    baris = aktif[(aktif["Code"] == "TGR-002") & (aktif["Warning code"] == "mandiri_belum_siap")]
    assert baris["Details"].tolist() == [kalimat]
    at.switch_page("pages/profil_kelompok.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert f"**Severe: Made independent too early.** {kalimat}" in [e.value for e in at.error]
