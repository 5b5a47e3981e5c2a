"""Every third-party package the app imports is pinned in requirements.txt by its own line, at the
version installed (issue 11: Pillow came in only through fpdf2, so an fpdf2 release could move it)."""

from __future__ import annotations

import ast
import importlib.metadata as md
import sys
from pathlib import Path

RAIZ = Path(__file__).resolve().parent.parent
KODE = [RAIZ / "dashboard.py", *(RAIZ / d for d in ("kube_metrics", "ui", "pages"))]


def _modul_atas() -> set[str]:
    """Top-level names of every module imported by the app's code (not its tests or scripts)."""
    nama: set[str] = set()
    for akar in KODE:
        for berkas in [akar] if akar.is_file() else akar.rglob("*.py"):
            for simpul in ast.walk(ast.parse(berkas.read_text(encoding="utf-8"))):
                if isinstance(simpul, ast.Import):
                    nama |= {a.name.split(".")[0] for a in simpul.names}
                elif isinstance(simpul, ast.ImportFrom) and simpul.module and not simpul.level:
                    nama.add(simpul.module.split(".")[0])
    return nama - set(sys.stdlib_module_names) - {"kube_metrics", "ui", "pages", "dashboard"}


def _disematkan() -> dict[str, str]:
    baris = (RAIZ / "requirements.txt").read_text(encoding="utf-8").splitlines()
    pasang = (b.split("#")[0].strip().split("==") for b in baris if b.split("#")[0].strip())
    return {nama.lower().replace("_", "-"): versi for nama, versi in pasang}


def test_setiap_paket_yang_diimpor_disematkan_pada_versi_terpasang():
    distribusi = md.packages_distributions()
    pin = _disematkan()
    modul = _modul_atas()
    assert "PIL" in modul  # the card is drawn with Pillow (laporan/kartu.py)
    for m in sorted(modul):
        for dist in distribusi[m]:
            kunci = dist.lower().replace("_", "-")
            assert kunci in pin, f"{m} ({dist}) is imported but not pinned in requirements.txt"
            terpasang = md.version(dist)
            assert pin[kunci] == terpasang, f"{dist}: pinned {pin[kunci]}, installed {terpasang}"
