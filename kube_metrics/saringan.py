"""The area/business filter every metric over many groups takes (None = all groups).

The area goes provinsi -> kota/kabupaten -> kecamatan -> kelurahan (the kelompok_terpilih
macro, schema/0005_provinsi.sql); provinsi TANPA_PROVINSI ("") selects the groups whose
provinsi is blank. Metrics declare the filter once as `**saring: Unpack[Saringan]` (or
`SaringanKelompok`, which adds kode_kube) and bind it with `saringan(**saring)` /
`saringan_kelompok(**saring)`: these fill a missing filter with None, as the SQL expects
(`$kecamatan IS NULL OR ...`), and reject an unknown name with TypeError, exactly as a
spelled-out signature would.
"""

from __future__ import annotations

from typing import TypedDict, Unpack

TANPA_PROVINSI = ""  # the provinsi filter value of the groups whose provinsi is blank
TINGKAT = ("provinsi", "kota", "kecamatan", "kelurahan")  # the area levels, widest first


class Saringan(TypedDict, total=False):
    provinsi: str | None
    kota: str | None
    kecamatan: str | None
    kelurahan: str | None
    jenis_usaha: str | None


class SaringanKelompok(Saringan, total=False):
    kode_kube: str | None


def saringan(
    *,
    provinsi: str | None = None,
    kota: str | None = None,
    kecamatan: str | None = None,
    kelurahan: str | None = None,
    jenis_usaha: str | None = None,
) -> dict[str, str | None]:
    """The area and business filters as bound parameters."""
    wilayah = {"provinsi": provinsi, "kota": kota, "kecamatan": kecamatan, "kelurahan": kelurahan}
    return wilayah | {"jenis_usaha": jenis_usaha}


def saringan_kelompok(*, kode_kube: str | None = None, **saring: Unpack[Saringan]) -> dict[str, str | None]:
    """The area and business filters and kode_kube (None = every group) as bound parameters."""
    return {"kode_kube": kode_kube} | saringan(**saring)
