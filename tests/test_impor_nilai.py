"""The value parsers of the data contract, example by example and property by property."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kube_metrics.impor import nilai
from kube_metrics.impor.nilai import NilaiSalah

HARI = dt.date(2026, 11, 27)
BULAN = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
         "oktober", "november", "desember"]  # fmt: skip


@pytest.mark.parametrize(
    ("teks", "harapan"),
    [("1500000", 1500000), ("1.500.000", 1500000), ("Rp 1.500.000", 1500000),
     ("Rp1.500.000,00", 1500000), ("rp. 2.000", 2000), ("0", 0), ("Rp5.000,0", 5000)],
)  # fmt: skip
def test_rupiah_accepted(teks: str, harapan: int) -> None:
    assert nilai.rupiah(teks) == harapan


@pytest.mark.parametrize(
    ("teks", "alasan"),
    [("-1500000", "negatif"), ("Rp -5.000", "negatif"), ("1,5 juta", "juta"),
     ("1.500.000,50", ",00"), ("15.00.000", "bukan jumlah"), ("1500.5", "bukan jumlah"), ("abc", "bukan")],
)  # fmt: skip
def test_rupiah_rejected(teks: str, alasan: str) -> None:
    with pytest.raises(NilaiSalah, match=alasan):
        nilai.rupiah(teks)


@given(st.integers(min_value=0, max_value=10**15))
def test_rupiah_every_form_of_a_number_parses_to_it(n: int) -> None:
    titik = f"{n:,}".replace(",", ".")
    for teks in (str(n), titik, f"Rp {titik}", f"Rp{titik},00"):
        assert nilai.rupiah(teks) == n


@given(st.integers(min_value=1, max_value=10**12))
def test_rupiah_negatives_always_rejected(n: int) -> None:
    with pytest.raises(NilaiSalah):
        nilai.rupiah(f"-{n}")


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=HARI))
def test_tanggal_three_forms_agree(d: dt.date) -> None:
    for teks in (d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y")):
        assert nilai.tanggal(teks, HARI) == d


@given(st.dates(min_value=HARI + dt.timedelta(days=1), max_value=dt.date(9999, 12, 31)))
def test_tanggal_future_rejected(d: dt.date) -> None:
    with pytest.raises(NilaiSalah, match="belum terjadi"):
        nilai.tanggal(d.isoformat(), HARI)


@pytest.mark.parametrize("teks", ["2024-02-30", "03/17/2024", "31/04/2024", "17.03.2024", "2024/03/17", ""])
def test_tanggal_rejected(teks: str) -> None:
    with pytest.raises(NilaiSalah):
        nilai.tanggal(teks, HARI)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=HARI), st.booleans())
def test_bulan_forms_agree(d: dt.date, huruf_besar: bool) -> None:
    nama = BULAN[d.month - 1]
    nama = nama.upper() if huruf_besar else nama.capitalize()
    awal = d.replace(day=1)
    for teks in (d.strftime("%Y-%m"), d.strftime("%m/%Y"), f"{nama} {d.year}"):
        assert nilai.bulan(teks, HARI) == awal


@pytest.mark.parametrize("teks", ["2024-13", "13/2024", "2024-00", "Maretan 2024", "2024-03-01", "2099-01"])
def test_bulan_rejected(teks: str) -> None:
    with pytest.raises(NilaiSalah):
        nilai.bulan(teks, HARI)


@given(st.sampled_from(["ya", "y", "1", "true", "tidak", "t", "0", "false"]), st.booleans())
def test_ya_tidak(teks: str, besar: bool) -> None:
    assert nilai.ya_tidak(teks.upper() if besar else teks) is (teks in ("ya", "y", "1", "true"))


@given(st.text(min_size=1).filter(lambda t: t.lower() not in nilai._YA))
def test_ya_tidak_anything_else_rejected(teks: str) -> None:
    with pytest.raises(NilaiSalah):
        nilai.ya_tidak(teks)


@given(st.from_regex(r"[A-Za-z0-9._-]{1,40}", fullmatch=True))
def test_kode_valid_kept(teks: str) -> None:
    assert nilai.kode(teks) == teks


@given(
    st.text(min_size=1, max_size=40).filter(
        lambda t: any(not (c.isascii() and (c.isalnum() or c in "._-")) for c in t)
    )
)
def test_kode_other_characters_rejected(teks: str) -> None:
    with pytest.raises(NilaiSalah):
        nilai.kode(teks)


def test_kode_41_chars_rejected() -> None:
    with pytest.raises(NilaiSalah, match="terlalu panjang"):
        nilai.kode("A" * 41)


@given(st.text(max_size=2000))
def test_teks_kept_verbatim_even_formula_like(teks: str) -> None:
    assert nilai.teks_bebas(teks) == teks
    assert nilai.teks_bebas("=" + teks[:1999]) == "=" + teks[:1999]


def test_teks_2001_rejected() -> None:
    with pytest.raises(NilaiSalah, match="2001 karakter"):
        nilai.teks_bebas("x" * 2001)


def test_pilihan_case_insensitive_canonical() -> None:
    assert nilai.pilihan("l", ("L", "P")) == "L"
    assert nilai.pilihan("Hadir", ("hadir", "alpa")) == "hadir"
    with pytest.raises(NilaiSalah, match="hadir, alpa"):
        nilai.pilihan("datang", ("hadir", "alpa"))


@pytest.mark.parametrize(
    ("teks", "ok"), [("1", 1), ("5", 5), ("4.0", 4), ("0", None), ("6", None), ("3,5", None)]
)
def test_skor(teks: str, ok: int | None) -> None:
    if ok is None:
        with pytest.raises(NilaiSalah):
            nilai.skor(teks)
    else:
        assert nilai.skor(teks) == ok


def test_tanggal_dan_bulan_hari_ini_diterima_besok_ditolak():
    # the edge itself: today is not in the future (a `>=` would refuse it); tomorrow is
    assert nilai.tanggal("2026-11-27", HARI) == HARI
    assert nilai.tanggal("27/11/2026", HARI) == HARI
    assert nilai.bulan("2026-11", HARI) == dt.date(2026, 11, 1)
    with pytest.raises(NilaiSalah, match="belum terjadi"):
        nilai.tanggal("2026-11-28", HARI)
    with pytest.raises(NilaiSalah, match="belum terjadi"):
        nilai.bulan("2026-12", HARI)
