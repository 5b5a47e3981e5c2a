"""The area/business filter every metric over many groups takes (None = all groups).

Metrics declare the filter once as `**saring: Unpack[Saringan]` (or `SaringanKelompok`, which
adds kode_kube) and bind it with `saringan(**saring)` / `saringan_kelompok(**saring)`: these
fill a missing filter with None, as the SQL expects (`$kecamatan IS NULL OR ...`), and reject
an unknown name with TypeError, exactly as a spelled-out signature would.
"""

from __future__ import annotations

from typing import TypedDict, Unpack


class Saringan(TypedDict, total=False):
    kecamatan: str | None
    kelurahan: str | None
    jenis_usaha: str | None


class SaringanKelompok(Saringan, total=False):
    kode_kube: str | None


def saringan(
    *, kecamatan: str | None = None, kelurahan: str | None = None, jenis_usaha: str | None = None
) -> dict[str, str | None]:
    """The three filters as bound parameters."""
    return {"kecamatan": kecamatan, "kelurahan": kelurahan, "jenis_usaha": jenis_usaha}


def saringan_kelompok(*, kode_kube: str | None = None, **saring: Unpack[Saringan]) -> dict[str, str | None]:
    """The three filters and kode_kube (None = every group) as bound parameters."""
    return {"kode_kube": kode_kube} | saringan(**saring)
