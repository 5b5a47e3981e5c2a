"""Whose forms an account may open on the Catat page (access contract: a pendamping only its own
groups, a dinas account only the groups of its area, tamu nothing)."""

from __future__ import annotations

from typing import Any

from kube_metrics.akses import Akun


def alasan_tolak(akun: Akun, kelompok: dict[str, Any], aksi: str = "catat") -> str | None:
    """None when `akun` may do `aksi` (catat / koreksi / hapus) for the group (its kelompok row);
    else the catalogue key of the refusal (catat.tidak_boleh / bukan_kelompok / di_luar_wilayah)."""
    if not akun.boleh("catat", aksi):
        return "catat.tidak_boleh"
    if akun.peran == "pendamping":
        return None if str(kelompok["kode_kube"]) in akun.kelompok else "catat.bukan_kelompok"
    # The area is every kota and provinsi listed (none: the whole database).
    wilayah = not (akun.kota or akun.provinsi)
    wilayah = wilayah or kelompok.get("kota") in akun.kota or kelompok.get("provinsi") in akun.provinsi
    return None if wilayah else "catat.di_luar_wilayah"
