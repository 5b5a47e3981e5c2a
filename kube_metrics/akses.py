"""Who may do what: the four roles, an account (`Akun`) and the permission rules as data.

The rules are one table, role -> page -> actions (`IZIN`), read by one function (`boleh`).
Pages and the command line ask `boleh(peran, halaman, aksi)`; nothing else decides. What a
role may *see* inside a page (which groups, member names, free text) is the area's business:
`Akun.lihat_nama_anggota`, `Akun.lihat_teks_bebas` and the narrowing in kube_metrics/batas_akun.py.
See docs/access.md.
"""

from __future__ import annotations

from dataclasses import dataclass

PERAN = ("admin", "dinas", "pendamping", "tamu")

# Every page of the app (the file stem in pages/) and the actions that exist on it.
# lihat: open the page; unduh: a table's CSV download; laporan: the PDF/PPTX report;
# impor: upload files; ekspor: the full data export; catat/koreksi/hapus: entry in the app.
AKSI_HALAMAN: dict[str, frozenset[str]] = {
    "ringkasan": frozenset({"lihat", "unduh"}),
    "profil_kelompok": frozenset({"lihat", "unduh"}),
    "bandingkan": frozenset({"lihat", "unduh"}),
    "hambatan": frozenset({"lihat", "unduh"}),
    "modal_sosial": frozenset({"lihat", "unduh"}),
    "kemandirian": frozenset({"lihat", "unduh"}),
    "presentasi": frozenset({"lihat", "laporan"}),
    "kelola_data": frozenset({"lihat", "unduh", "impor", "ekspor"}),
    "catat": frozenset({"lihat", "catat", "koreksi", "hapus"}),
    "audit": frozenset({"lihat", "unduh"}),
}
HALAMAN = tuple(AKSI_HALAMAN)
AKSI = tuple(sorted(set().union(*AKSI_HALAMAN.values())))

_ANALISIS = ("ringkasan", "profil_kelompok", "bandingkan", "hambatan", "modal_sosial", "kemandirian")


def _semua(*halaman: str) -> dict[str, frozenset[str]]:
    return {h: AKSI_HALAMAN[h] for h in halaman}


# The rules. An action not listed is refused. Areas narrow all of it (docs/access.md).
IZIN: dict[str, dict[str, frozenset[str]]] = {
    "admin": _semua(*HALAMAN),
    # dinas: everything within its area, the audit trail included; accounts only on the CLI.
    "dinas": _semua(*HALAMAN),
    # pendamping: its own groups in full (import and entry too), others as anonymised peers.
    "pendamping": _semua(*_ANALISIS, "presentasi", "kelola_data", "catat"),
    # tamu: a public meeting's view. Pages, yes; table downloads (raw rows), uploads, entry,
    # the export and the audit trail, no. The Presentasi reports are anonymised, so allowed.
    "tamu": {h: frozenset({"lihat"}) for h in _ANALISIS} | {"presentasi": frozenset({"lihat", "laporan"})},
}


def boleh(peran: str, halaman: str, aksi: str = "lihat") -> bool:
    """Whether `peran` may do `aksi` on `halaman`. Unknown role, page or action: no."""
    return aksi in IZIN.get(peran, {}).get(halaman, frozenset())


@dataclass(frozen=True)
class Akun:
    """A signed-in account: its role and its area.

    kota / provinsi: the area (both empty = the whole database); kelompok: a pendamping's own
    groups (kode_kube)."""

    nama: str
    peran: str
    kota: tuple[str, ...] = ()
    provinsi: tuple[str, ...] = ()
    kelompok: tuple[str, ...] = ()
    email: str | None = None

    def boleh(self, halaman: str, aksi: str = "lihat") -> bool:
        return boleh(self.peran, halaman, aksi)

    @property
    def seluruh_wilayah(self) -> bool:
        """True when no kota/provinsi narrows this account (a pendamping is narrowed by groups)."""
        return not (self.kota or self.provinsi) and self.peran != "pendamping"

    @property
    def lihat_nama_anggota(self) -> bool:
        """Member names: never for tamu (a pendamping sees them only for its own groups)."""
        return self.peran != "tamu"

    @property
    def lihat_teks_bebas(self) -> bool:
        """Notes, obstacle descriptions, partner names: never for tamu."""
        return self.peran != "tamu"
