"""kube_metrics.saringan: the one binding of the area/business filter."""

from __future__ import annotations

import datetime as dt

import pytest

from kube_metrics.hambatan import hambatan_bulanan
from kube_metrics.saringan import saringan, saringan_kelompok


def test_saringan_yang_tidak_diberikan_menjadi_none():
    assert saringan(kelurahan="Bener") == {
        "provinsi": None,
        "kota": None,
        "kecamatan": None,
        "kelurahan": "Bener",
        "jenis_usaha": None,
    }
    assert saringan_kelompok(kode_kube="TGR-002", jenis_usaha="kuliner") == {
        "kode_kube": "TGR-002",
        "provinsi": None,
        "kota": None,
        "kecamatan": None,
        "kelurahan": None,
        "jenis_usaha": "kuliner",
    }


def test_nama_saringan_yang_salah_ditolak_seperti_tanda_tangan_biasa(empty_db):
    with pytest.raises(TypeError):
        saringan(kabupaten="Kabupaten Sleman")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        # a misspelt filter (kecamtan) must not silently mean "all groups"
        hambatan_bulanan(empty_db, dari=dt.date(2024, 1, 1), sampai=dt.date(2024, 1, 1), kecamtan="X")
