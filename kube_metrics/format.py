"""Indonesian number, money and month formats (Babel), shared by pages, charts and the CLI."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "id_ID"


def rupiah(value: float | int | None) -> str:
    """1500000 -> 'Rp1.500.000'; negatives as '-Rp1.500.000'; None -> '–'."""
    if value is None or value != value:  # NaN check without numpy
        return "–"
    amount = format_decimal(abs(round(value)), format="#,##0", locale=LOCALE)
    return f"{'-' if value < 0 else ''}Rp{amount}"


def angka(value: float | int | None, digits: int = 0) -> str:
    """Thousands with '.', decimals with ',' (1234.5 -> '1.234,5')."""
    if value is None or value != value:
        return "–"
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def persen(fraction: float | None, digits: int = 0) -> str:
    """A rate 0..1 as percent: 0.853 -> '85%' (digits=1: '85,3%')."""
    if fraction is None or fraction != fraction:
        return "–"
    return f"{angka(fraction * 100, digits)}%"


def bulan(day: dt.date) -> str:
    """The month of a date in Indonesian: 'Maret 2024'."""
    return format_date(day, format="LLLL y", locale=LOCALE)


def bulan_pendek(day: dt.date) -> str:
    """Short month for axis ticks: 'Mar 2024'."""
    return format_date(day, format="LLL y", locale=LOCALE)


def tanggal(day: dt.date) -> str:
    """A date in Indonesian: '17 Maret 2024'."""
    return format_date(day, format="d MMMM y", locale=LOCALE)
