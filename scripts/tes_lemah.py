"""List the tests whose assertions could all pass on wrong code: the review aid of issue 14.

`.venv/bin/python scripts/tes_lemah.py [tests/...]` reads every test function (no test is run)
and prints those in which no assertion compares with a value: only "no exception"
(`not at.exception`), truthiness, `isinstance`/`any`/`all`, `is not None`, counts (`len(...)`),
inequalities against a constant, or membership (`in`). It also prints tests that call one of the
functions other tests have used to compute their *expected* value (the code compared with
itself). Tests using `pytest.raises` are left out (the raise is the check). What each listed test
now checks, or why it stays as it is, is kept in tests/README.md ("Test review").
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# functions that computed expected values in tests of *other* code (issue 14) -> the test files
# that test the function itself (there, calling it is the point)
ZELF = {
    "perbandingan_sebaya": ("test_metrics_sebaya.py", "test_tampilan.py", "test_charts.py"),
    "peringatan_aktif": ("test_peringatan.py", "test_peringatan_teks.py", "test_kelengkapan.py"),
    "ringkasan_pembacaan": ("test_peringatan.py", "test_kelengkapan.py"),
    "kesiapan_saat_mandiri": ("test_kesiapan.py", "test_kelengkapan.py", "test_kasus_juara.py"),
}


def _lemah(a: ast.Assert) -> bool:
    """True when the assertion checks no value: see the module's docstring."""
    t = a.test
    if isinstance(t, ast.UnaryOp) and isinstance(t.op, ast.Not):
        return True
    if isinstance(t, ast.Compare):
        kiri, op = ast.unparse(t.left), t.ops[0]
        konstan = all(isinstance(c, ast.Constant) for c in t.comparators)
        ketimpangan = isinstance(op, (ast.Gt, ast.GtE, ast.Lt, ast.LtE)) and konstan
        return kiri.startswith("len(") or ketimpangan or isinstance(op, (ast.IsNot, ast.In, ast.NotIn))
    return isinstance(t, (ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.BoolOp))


def _temuan(berkas: Path) -> list[str]:
    hasil = []
    for node in ast.walk(ast.parse(berkas.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.FunctionDef) and node.name.startswith("test")):
            continue
        teks = ast.unparse(node)
        asserts = [n for n in ast.walk(node) if isinstance(n, ast.Assert)]
        zelf = sorted(z for z, rumah in ZELF.items() if f"{z}(" in teks and berkas.name not in rumah)
        if "pytest.raises" not in teks and asserts and all(_lemah(a) for a in asserts):
            hasil.append(f"{berkas.name}::{node.name} (line {node.lineno}): no value compared")
        if zelf:
            hasil.append(f"{berkas.name}::{node.name} (line {node.lineno}): calls {', '.join(zelf)}")
    return hasil


def main(argv: list[str]) -> int:
    berkas = [Path(a) for a in argv] or sorted((ROOT / "tests").glob("test_*.py"))
    temuan = [t for b in berkas for t in _temuan(b)]
    print("\n".join(temuan))
    print(f"{len(temuan)} to review")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
