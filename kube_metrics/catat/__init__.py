"""Entry in the app (the Catat page): one record at a time, through the importer's own checks.

`periksa_entri` builds the typed form as import rows (`impor.periksa_lembar`) and adds the rules
of a form (a key or a meeting already stored); `simpan_entri` writes it all-or-nothing
through the import's transaction (`impor.tulis.transaksi`: rollups refreshed in the same
transaction); `hapus` deletes a record the same way. Every write says what it touched
(`Rincian`), which becomes its audit row.
"""

from kube_metrics.catat.entri import FORMULIR, Entri, periksa_entri
from kube_metrics.catat.hapus import Hapus, dampak_hapus, hapus, periksa_hapus
from kube_metrics.catat.tulis import simpan_entri

__all__ = [
    "FORMULIR",
    "Entri",
    "Hapus",
    "dampak_hapus",
    "hapus",
    "periksa_entri",
    "periksa_hapus",
    "simpan_entri",
]
