"""The reasons of the watch list (ringkasan.perlu_perhatian) written from their figures, in
either language, from the catalogue's teks_perhatian.<kode_alasan>.

Each reason row carries nilai_lalu (start / previous period), nilai_kini (end / this period)
and perubahan (the fall: fraction points of attendance, fraction of revenue, or more obstacles).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from kube_metrics import i18n

KOLOM_ANGKA = ["nilai_lalu", "nilai_kini", "perubahan"]


@functools.lru_cache(maxsize=8192)
def _satu_desimal(nilai: float, lang: str) -> str:
    """'12,5' / '12.5'; cached because Babel costs ~10 µs a call and values repeat (0.0..100.0)."""
    return i18n.angka(nilai, lang, 1)


def _poin(fraksi: Any, lang: str) -> str:
    """A fraction as percent with one decimal, without the sign: 0.125 -> '12,5'."""
    return _satu_desimal(round(float(fraksi) * 100, 1), lang)


def _bulat(nilai: Any, lang: str) -> str:
    return str(int(nilai))


# kode_alasan -> formatter of (lalu, kini, perubahan)
_FORMAT: dict[str, tuple[Callable[[Any, str], str], ...]] = {
    "kehadiran_turun": (_poin, _poin, _poin),
    "omzet_turun": (i18n.rupiah, i18n.rupiah, _poin),
    "hambatan_menumpuk": (_bulat, _bulat, _bulat),
}


def tulis_alasan(kode_alasan: str, lalu: Any, kini: Any, perubahan: Any, lang: str = i18n.BAWAAN) -> str:
    """'Tingkat kehadiran turun 20,0 poin persen (dari 80,0% menjadi 60,0%)' and its English."""
    f_lalu, f_kini, f_ubah = _FORMAT[kode_alasan]
    return i18n.teks(
        f"teks_perhatian.{kode_alasan}",
        lang,
        lalu=f_lalu(lalu, lang),
        kini=f_kini(kini, lang),
        turun=f_ubah(perubahan, lang),
    )
