"""Ringkasan's league table on the demo database: every cell coloured green/amber/red shows its
status word after the figure, in the page's language (issue 11: nothing carried by colour alone).

Read from what the page sends the browser: the Styler's display texts and its cell CSS."""

from __future__ import annotations

import re

import pandas as pd
import pyarrow as pa
import pytest

from kube_metrics.charts import theme
from tests.test_app import _buka
from tests.test_banner_contoh import salinan  # noqa: F401  (a private copy of the demo database)

KATA = {
    "id": {"hijau": "baik", "kuning": "waspada", "merah": "perlu tindakan"},
    "en": {"hijau": "good", "kuning": "watch", "merah": "needs action"},
}


def _liga(lang: str) -> tuple[pd.DataFrame, dict[tuple[int, int], str]]:
    """The league table as shown (text per cell) and each coloured cell's RAG colour name."""
    query = {"dari": "2025-01", "sampai": "2025-12", **({"lang": lang} if lang != "id" else {})}
    at = _buka("pages/ringkasan.py", query)
    assert not at.exception
    gaya = at.dataframe[-1].proto.arrow_data.styler
    tampil = pa.ipc.open_stream(gaya.display_values).read_all().to_pandas()
    warna: dict[tuple[int, int], str] = {}
    nama_warna = {kode.lower(): nama for nama, kode in theme.RAG.items()}
    for pemilih, isi in re.findall(r"([^{}]+)\{([^}]*)\}", gaya.styles):
        latar = re.search(r"background-color:\s*(#[0-9a-f]{6})33", isi)
        if not latar:
            continue
        for baris, kolom in re.findall(r"_row(\d+)_col(\d+)", pemilih):
            warna[(int(baris), int(kolom))] = nama_warna[latar.group(1)]
    return tampil, warna


@pytest.mark.usefixtures("salinan")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_setiap_sel_berwarna_bertulisan_statusnya(lang: str) -> None:
    tampil, warna = _liga(lang)
    assert len(warna) > 50  # the demo has many judged figures in 2025
    kata = KATA[lang]
    for (baris, kolom), w in warna.items():
        teks = str(tampil.iat[baris, kolom])
        assert teks.endswith(f" · {kata[w]}"), (baris, tampil.columns[kolom], teks, w)
    # and no word without its colour: every other cell but the overall Status column has none
    for baris in range(len(tampil)):
        for kolom in range(1, tampil.shape[1]):
            if (baris, kolom) not in warna:
                assert " · " not in str(tampil.iat[baris, kolom]), (baris, tampil.columns[kolom])


@pytest.mark.usefixtures("salinan")
def test_baris_sejahtera_2_dihitung_tangan() -> None:
    """TGR-002 in 2025 against kube_metrics/ambang.py: attendance 52,7% < 60% red; 3,2 meetings a
    month >= 2 green; revenue +9,9% >= 0 green; 3 months without a report > 2 red; 25 open
    obstacles > 3 red; 0 visits a quarter < 0,5 red."""
    tampil, _ = _liga("id")
    baris = tampil[tampil["Kode"] == "TGR-002"].iloc[0]
    assert baris["Kehadiran"] == "52,7% · perlu tindakan"
    assert baris["Pertemuan/bulan"] == "3,2 · baik"
    assert baris["Perubahan omzet"] == "+9,9% · baik"
    assert baris["Bulan tanpa laporan"] == "3 · perlu tindakan"
    assert baris["Hambatan terbuka"] == "25 · perlu tindakan"
    assert baris["Kunjungan/triwulan"] == "0,0 · perlu tindakan"
    assert baris["Omzet"] == "Rp149.326.000"  # not judged: no colour, no word
