"""The message catalogue: both languages hold the same keys and fields; numbers and dates per language."""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path

import pytest

from kube_metrics import ambang_modal_sosial as A
from kube_metrics import i18n, peringatan
from kube_metrics.ambang_modal_sosial import TAHAP_URUTAN
from kube_metrics.charts.presentasi import DIMENSI, KATEGORI
from kube_metrics.disiplin import BUTIR
from kube_metrics.laporan.slide import URUTAN
from kube_metrics.pertumbuhan import SEBAYA
from kube_metrics.ringkasan import ALASAN, INDIKATOR
from kube_metrics.tahap import KRITERIA

ROOT = Path(__file__).resolve().parents[1]
JENIS_USAHA = (
    "kuliner", "warung_sembako", "kerajinan", "konveksi", "ternak", "pertanian",
    "perikanan", "laundry", "jasa", "simpan_pinjam", "lainnya",
)  # fmt: skip


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_kunci_sama_di_kedua_bahasa():
    id_, en = i18n.katalog("id"), i18n.katalog("en")
    assert sorted(set(id_) - set(en)) == [], "kunci tanpa terjemahan Inggris"
    assert sorted(set(en) - set(id_)) == [], "kunci tanpa teks Indonesia"


def test_isian_sama_di_kedua_bahasa():
    id_, en = i18n.katalog("id"), i18n.katalog("en")
    beda = {k: (_fields(id_[k]), _fields(en[k])) for k in id_ if _fields(id_[k]) != _fields(en[k])}
    # a count of exactly one may leave the number out ("once"); no template may ask for more
    tunggal = {k for k in beda if k.startswith("hitung.") and k.endswith("_1")}
    assert {k: beda[k] for k in beda if k not in tunggal} == {}
    assert all(_fields(en[k]) <= {"n"} and _fields(id_[k]) <= {"n"} for k in tunggal)


def _kunci_literal() -> set[str]:
    """Every `teks("...")` / `t("...")` key written literally in the project's Python files, and
    every `_t("...")` key of a chart module whose `_t` prefixes its own table (`grafik_x.`)."""
    pola = re.compile(r"""\b(?:teks|t)\(\s*["']([a-z_]+(?:\.[a-z_]+)+)["']""")
    awalan = re.compile(r"""i18n\.teks\(f["']([a-z_]+)\.\{kunci\}["']""")
    pendek = re.compile(r"""\b_t\(\s*["']([a-z_]+)["']""")
    found: set[str] = set()
    for path in [
        ROOT / "dashboard.py",
        *(p for d in ("kube_metrics", "pages", "ui") for p in (ROOT / d).rglob("*.py")),
    ]:
        isi = path.read_text(encoding="utf-8")
        found |= set(pola.findall(isi))
        for tabel in awalan.findall(isi):
            found |= {f"{tabel}.{k}" for k in pendek.findall(isi)}
    return found


def _kode_skema() -> set[str]:
    """Every code the schema allows in a CHECK (... IN (...)) list: category, party, activity, ..."""
    skema = (ROOT / "kube_metrics" / "schema" / "0001_awal.sql").read_text(encoding="utf-8")
    daftar = re.findall(r"IN \(([^)]*)\)", skema)
    kode = {k for d in daftar for k in re.findall(r"'([a-z_]+)'", d)}
    return kode - {
        "hadir",
        "diwakili",
        "izin",
        "sakit",
        "alpa",
        "ketua",
        "sekretaris",
        "bendahara",
        "anggota",
    }


def _kunci_keluarga() -> set[str]:
    """Keys built from codes at run time (f-strings): every code of each family."""
    keluarga = {
        "slide": list(URUTAN) + ["sampul"],
        "jenis_usaha": JENIS_USAHA,
        "kategori": KATEGORI,
        "tahap": TAHAP_URUTAN,
        "peringatan": list(peringatan.KODE),
        "langkah": list(peringatan.KODE),
        "angka": DIMENSI,
        "sebaya": list(SEBAYA),
        "hitung": ["kali", "kali_1", "mitra", "mitra_1", "kesepakatan", "kesepakatan_1"],
        # the dashboard pages (ui/, pages/, kube_metrics/charts/)
        "nav": [p.stem for p in (ROOT / "pages").glob("*.py")],
        "saringan": [f"sebaya_{k}" for k in SEBAYA],
        "judul_peringatan": list(peringatan.KODE),
        "alasan_perhatian": list(ALASAN),
        "teks_perhatian": list(ALASAN),
        "pesan_peringatan": list(peringatan.KODE),
        "kpi": [k for k, *_ in INDIKATOR],
        "label": [*JENIS_USAHA, *KATEGORI, *TAHAP_URUTAN, *DIMENSI, *_kode_skema()],
        "proksi": [p.kolom for daftar in A.DIMENSI.values() for p in daftar],
        "modal_sosial": [f"arti_{d}" for d in DIMENSI],
        "grafik_kemandirian": [f"bagian_{b}" for b in A.KESIAPAN_BOBOT]
        + [f"butir_{b}" for b in BUTIR]
        + [f"kriteria_{k}" for k in KRITERIA],
    }
    return {f"{awal}.{kode}" for awal, kodes in keluarga.items() for kode in kodes}


@pytest.mark.parametrize("lang", i18n.BAHASA)
def test_isian_teks_dengan_angka(lang):
    """The figure-bearing warnings and reasons ask for exactly the figures their code supplies."""
    kat = i18n.katalog(lang)
    isian = {k: _fields(kat[f"pesan_peringatan.{k}"]) for k in peringatan.KODE}
    assert isian == {k: set(v) for k, v in peringatan.ISIAN.items()}
    # the obstacle count states the start and the end only, not their difference
    assert {k: _fields(kat[f"teks_perhatian.{k}"]) for k in ALASAN} == {
        "kehadiran_turun": {"lalu", "kini", "turun"},
        "omzet_turun": {"lalu", "kini", "turun"},
        "hambatan_menumpuk": {"lalu", "kini"},
    }


@pytest.mark.parametrize("lang", i18n.BAHASA)
def test_setiap_kunci_yang_dipakai_ada(lang):
    dipakai = _kunci_literal() | _kunci_keluarga()
    assert len(dipakai) > 100
    assert sorted(k for k in dipakai if not i18n.ada(k, lang)) == []


def test_kunci_hilang_adalah_galat():
    with pytest.raises(KeyError):
        i18n.teks("tidak.ada", "id")
    with pytest.raises(KeyError):
        i18n.katalog("fr")


def test_bahasa_dari_masukan():
    assert i18n.bahasa("en") == "en"
    assert i18n.bahasa(None) == "id"
    assert i18n.bahasa("fr") == "id"


def test_teks_diisi():
    assert i18n.teks("presentasi.posisi", "id", ke=2, dari=8) == "Layar 2 dari 8"
    assert i18n.teks("presentasi.posisi", "en", ke=2, dari=8) == "Screen 2 of 8"


def test_angka_dan_uang_per_bahasa():
    assert i18n.rupiah(1_500_000, "id") == "Rp1.500.000"
    assert i18n.rupiah(1_500_000, "en") == "IDR 1,500,000"
    assert i18n.rupiah(-250_000, "id") == "-Rp250.000"
    assert i18n.rupiah(None, "en") == "–"
    assert i18n.angka(1234.5, "id", 1) == "1.234,5"
    assert i18n.angka(1234.5, "en", 1) == "1,234.5"
    assert i18n.persen(0.853, "id", 1) == "85,3%"
    assert i18n.persen(0.853, "en", 1) == "85.3%"
    assert i18n.persen(float("nan"), "id") == "–"


def test_tanggal_per_bahasa():
    assert i18n.bulan(dt.date(2024, 3, 1), "id") == "Maret 2024"
    assert i18n.bulan(dt.date(2024, 3, 1), "en") == "March 2024"
    assert i18n.bulan_pendek(dt.date(2024, 8, 1), "id") == "Agu 2024"
    assert i18n.bulan_pendek(dt.date(2024, 8, 1), "en") == "Aug 2024"
    assert i18n.tanggal(dt.date(2024, 3, 17), "id") == "17 Maret 2024"
    assert i18n.tanggal(dt.date(2024, 3, 17), "en") == "17 March 2024"


def test_bahasa_indonesia_sama_dengan_format():
    from kube_metrics import format as fmt

    for nilai in (0, 999, 1_500_000, 123_456_789):
        assert i18n.rupiah(nilai, "id") == fmt.rupiah(nilai)
    assert i18n.persen(0.625, "id", 1) == fmt.persen(0.625, 1)
    assert i18n.bulan(dt.date(2025, 12, 1), "id") == fmt.bulan(dt.date(2025, 12, 1))


@pytest.mark.parametrize("lang", i18n.BAHASA)
def test_setiap_kolom_tabel_punya_judul(lang):
    """Every source column of the chart modules' table maps ("kode_kube": ("Kode", None)) has its
    header in the catalogue: `kolom.<source>`, or `grafik_<module>.kolom_<source>` where the module
    keeps its own headers. A table only shown now and then would otherwise fail in English only."""
    pola = re.compile(r"""["']([a-z_]+)["']:\s*\(["']""")
    hilang = []
    for path in (ROOT / "kube_metrics" / "charts").glob("*.py"):
        if path.stem in ("tabel", "theme"):  # the helpers themselves build no table
            continue
        for sumber in pola.findall(path.read_text(encoding="utf-8")):
            sendiri = f"grafik_{path.stem}.kolom_{sumber}"
            if not (i18n.ada(f"kolom.{sumber}", lang) or i18n.ada(sendiri, lang)):
                hilang.append(f"{path.stem}: {sumber}")
    assert hilang == []


def test_feature_catalogue_files_merge_and_refuse_duplicates(tmp_path, monkeypatch):
    """katalog/<lang>/<feature>.toml adds keys; a key already defined is an error, not an override."""
    from importlib import resources

    (tmp_path / "id").mkdir()
    (tmp_path / "id.toml").write_text('[a]\nb = "satu"\n', encoding="utf-8")
    (tmp_path / "id" / "fitur.toml").write_text('[c]\nd = "dua"\n', encoding="utf-8")
    asli = resources.files

    def palsu(pkg):
        return tmp_path.parent / "pkg" if pkg == "kube_metrics" else asli(pkg)

    (tmp_path.parent / "pkg").mkdir(exist_ok=True)
    (tmp_path.parent / "pkg" / "katalog").symlink_to(tmp_path)
    monkeypatch.setattr(resources, "files", palsu)
    i18n.katalog.cache_clear()
    try:
        assert i18n.katalog("id") == {"a.b": "satu", "c.d": "dua"}
        (tmp_path / "id" / "lagi.toml").write_text('[a]\nb = "tiga"\n', encoding="utf-8")
        i18n.katalog.cache_clear()
        with pytest.raises(KeyError, match="ganda"):
            i18n.katalog("id")
    finally:
        monkeypatch.undo()
        i18n.katalog.cache_clear()


# i18n.angka keeps Babel's parsed locale and pattern (issue 10): the same text as format_decimal
# with the pattern it was given before, for every kind of value, both languages, 0-3 decimals.
def test_angka_sama_dengan_format_decimal() -> None:
    from decimal import Decimal

    from babel.numbers import format_decimal

    nilai = [0, 1, -1, 7, 999, 1000, -1234, 1234567, 10**15, -(10**12), 0.5, 1.5, 2.5, -2.5, 0.125,
             1234.5, 1234.4999, 99.995, -0.004, 85.3, 1 / 3, 2 / 3, 1e-9, 123456789.987654,
             float(2**53), Decimal("1234.565"), Decimal("-0.005")]  # fmt: skip
    for lang in i18n.BAHASA:
        for digits in range(4):
            pola = "#,##0" + ("." + "0" * digits if digits else "")
            for v in nilai:
                assert i18n.angka(v, lang, digits) == format_decimal(v, format=pola, locale=i18n.LOCALE[lang])
    assert i18n.angka(1234567.891, "id", 2) == "1.234.567,89"
    assert i18n.angka(1234567.891, "en", 1) == "1,234,567.9"
    assert i18n.angka(float("nan")) == i18n.angka(None) == i18n.KOSONG
