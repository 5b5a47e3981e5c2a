"""One message catalogue for every language: `teks(key, lang, **values)`, plus numbers and dates.

The catalogue is `kube_metrics/katalog/<lang>.toml` (Bahasa Indonesia `id`, English `en`);
nested TOML tables become dotted keys (`[presentasi] judul = ...` -> `presentasi.judul`).
Values are `str.format` templates: `teks("narasi.anggota", "id", n=12)`.
A key missing in the requested language is an error, never a silent fallback: a test keeps
both files holding the same keys.

Numbers and dates follow the language through Babel: Indonesian `Rp1.500.000`, `85,3%`,
`Maret 2024`; English (en_GB) `IDR 1,500,000`, `85.3%`, `March 2024`. Indonesian output is the
same as `kube_metrics.format`, which the pages already use.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import NumberPattern, parse_pattern

BAHASA = ("id", "en")
BAWAAN = "id"
LOCALE = {"id": "id_ID", "en": "en_GB"}
# Short month names on axes and cards: "Sep", not en_GB's "Sept".
LOCALE_PENDEK = {"en": "en_US"}
KOSONG = "–"


def bahasa(value: str | None) -> str:
    """A language code from user input (query parameter, CLI): 'en' or the default 'id'."""
    return value if value in BAHASA else BAWAAN


@cache
def katalog(lang: str) -> dict[str, str]:
    """Every key of one language, flattened to dotted keys."""
    if lang not in BAHASA:
        raise KeyError(f"bahasa tidak dikenal: {lang}")
    folder = resources.files("kube_metrics") / "katalog"
    flat = _ratakan(tomllib.loads((folder / f"{lang}.toml").read_text(encoding="utf-8")))
    # Features may keep their texts in katalog/<lang>/<feature>.toml; a key defined twice is an
    # error rather than a silent override, so two features cannot fight over one text.
    for part in _bagian(folder / lang):
        extra = _ratakan(tomllib.loads(part.read_text(encoding="utf-8")))
        dup = sorted(set(extra) & set(flat))
        if dup:
            raise KeyError(f"kunci katalog ganda di {part.name}: {', '.join(dup[:5])}")
        flat.update(extra)
    return flat


def _bagian(sub: Any) -> list[Any]:
    """The feature files of one language folder, in name order (none when there is no folder)."""
    if not sub.is_dir():
        return []
    return sorted((f for f in sub.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)


def _ratakan(table: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(_ratakan(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = str(value)
    return flat


def teks(key: str, lang: str = BAWAAN, **values: Any) -> str:
    """The message `key` in `lang`, with `{name}` fields filled from `values`."""
    template = katalog(lang)[key]
    return template.format(**values) if values else template


def ada(key: str, lang: str = BAWAAN) -> bool:
    """Whether the catalogue holds `key` (for optional labels such as category names)."""
    return key in katalog(lang)


def hitung(kunci: str, n: int | None, lang: str = BAWAAN) -> str:
    """A counted noun from `hitung.<kunci>`: '1 agreement in force', '3 agreements in force', 'once'."""
    varian = f"hitung.{kunci}_1" if n == 1 else f"hitung.{kunci}"
    return teks(varian, lang, n=angka(n, lang))


# --- numbers and dates ----------------------------------------------------------------------


def _kosong(value: float | int | None) -> bool:
    return value is None or value != value  # NaN check without numpy


@cache
def _pola(digits: int) -> NumberPattern:
    return parse_pattern("#,##0" + ("." + "0" * digits if digits else ""))


@cache
def _lokal(lang: str) -> Locale:
    return Locale.parse(LOCALE[lang])


def angka(value: float | int | None, lang: str = BAWAAN, digits: int = 0) -> str:
    """1234.5 -> '1.234,5' (id) or '1,234.5' (en).

    Babel's format_decimal with its own defaults, its locale and pattern parsed once (it parsed
    both on every call: a page's tables format thousands of cells per run; issue 10)."""
    if value is None or _kosong(value):
        return KOSONG
    return _pola(digits).apply(
        value, _lokal(lang), decimal_quantization=True, group_separator=True, numbering_system="latn"
    )


def rupiah(value: float | int | None, lang: str = BAWAAN) -> str:
    """1500000 -> 'Rp1.500.000' (id) or 'IDR 1,500,000' (en); negatives keep a leading '-'."""
    if _kosong(value):
        return KOSONG
    assert value is not None
    amount = angka(abs(round(value)), lang)
    sign = "-" if value < 0 else ""
    return f"{sign}Rp{amount}" if lang == "id" else f"{sign}IDR {amount}"


def persen(fraction: float | None, lang: str = BAWAAN, digits: int = 0) -> str:
    """A rate 0..1 as percent: 0.853 -> '85%'."""
    if _kosong(fraction):
        return KOSONG
    assert fraction is not None
    return f"{angka(fraction * 100, lang, digits)}%"


def bulan(day: dt.date, lang: str = BAWAAN) -> str:
    """'Maret 2024' / 'March 2024'."""
    return format_date(day, format="LLLL y", locale=LOCALE[lang])


def bulan_pendek(day: dt.date, lang: str = BAWAAN) -> str:
    """Axis ticks: 'Mar 2024', 'Sep 2025' (en_GB's CLDR data abbreviates September as 'Sept')."""
    return format_date(day, format="LLL y", locale=LOCALE_PENDEK.get(lang, LOCALE[lang]))


def tanggal(day: dt.date, lang: str = BAWAAN) -> str:
    """'17 Maret 2024' / '17 March 2024'."""
    return format_date(day, format="d MMMM y", locale=LOCALE[lang])
