"""The seeded demo generator: determinism, realistic ranges and the KUBE Sejahtera 2 story.

Most checks read the session-wide demo database (`demo_db_path`, seed 2021, scale demo) with
plain SQL on the raw tables, so they test the data itself, not the metrics built on it.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from kube_metrics import db
from kube_metrics.cli import main
from kube_metrics.demo import build_demo

STUDI = "TGR-002"
AKHIR = "DATE '2025-12-31'"


@pytest.fixture(scope="module")
def con(demo_db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = duckdb.connect(str(demo_db_path), read_only=True)
    yield c
    c.close()


def nilai(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    row = con.execute(sql, params or []).fetchone()
    assert row is not None
    return row[0]


def _tabel_data(con: duckdb.DuckDBPyConnection, schema: str) -> list[str]:
    # schema_version holds the time each migration ran: bookkeeping, not demo content.
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_catalog = ? AND table_schema = 'main' "
        "AND table_type = 'BASE TABLE' AND table_name <> 'schema_version' ORDER BY 1",
        [schema],
    ).fetchall()
    return [r[0] for r in rows]


def _beda(a: Path, b: Path) -> dict[str, int]:
    """Rows that are in one database and not the other, per table (EXCEPT ALL both ways)."""
    c = duckdb.connect()
    c.execute(f"ATTACH '{a}' AS a (READ_ONLY)")
    c.execute(f"ATTACH '{b}' AS b (READ_ONLY)")
    tabel = _tabel_data(c, "a")
    assert tabel == _tabel_data(c, "b")
    beda = {}
    for t in tabel:
        kiri = nilai(c, f"SELECT count(*) FROM (SELECT * FROM a.{t} EXCEPT ALL SELECT * FROM b.{t})")
        kanan = nilai(c, f"SELECT count(*) FROM (SELECT * FROM b.{t} EXCEPT ALL SELECT * FROM a.{t})")
        beda[t] = kiri + kanan
    c.close()
    return beda


# --- determinism ----------------------------------------------------------------------------


def test_same_seed_gives_identical_tables(demo_db_path: Path, tmp_path: Path) -> None:
    lagi = tmp_path / "lagi.duckdb"
    build_demo(lagi, seed=2021, scale="demo")
    beda = _beda(demo_db_path, lagi)
    assert "kehadiran" in beda and "rollup_bulanan" in beda
    assert beda == {t: 0 for t in beda}


def test_other_seed_gives_other_data(demo_db_path: Path, tmp_path: Path) -> None:
    lain = tmp_path / "lain.duckdb"
    build_demo(lain, seed=7, scale="demo")
    beda = _beda(demo_db_path, lain)
    for t in ("kelompok", "anggota", "keuangan", "pertemuan", "kehadiran", "hambatan", "info_basis_data"):
        assert beda[t] > 0, t


def test_info_rows(con) -> None:
    rows = dict(con.execute("SELECT kunci, nilai FROM info_basis_data").fetchall())
    assert rows == {"sumber": "demo", "seed": "2021", "skala": "demo"}


# --- realism --------------------------------------------------------------------------------


def test_about_forty_groups_in_kota_yogyakarta(con) -> None:
    assert nilai(con, "SELECT count(*) FROM kelompok") == 40
    assert nilai(con, "SELECT count(DISTINCT kota) FROM kelompok") == 1
    tegalrejo = con.execute(
        "SELECT DISTINCT kelurahan FROM kelompok WHERE kecamatan = 'Tegalrejo' ORDER BY 1"
    ).fetchall()
    assert [r[0] for r in tegalrejo] == ["Bener", "Karangwaru", "Kricak", "Tegalrejo"]
    assert nilai(con, "SELECT count(DISTINCT kecamatan) FROM kelompok") >= 10


def test_grant_is_two_million_per_founding_member(con) -> None:
    rows = con.execute(
        """SELECT k.kode_kube, k.nilai_bantuan, count(a.kode_anggota) AS pendiri
           FROM kelompok k JOIN anggota a ON a.kode_kube = k.kode_kube AND a.tanggal_masuk = k.tanggal_bentuk
           GROUP BY ALL"""
    ).fetchall()
    assert len(rows) == 40
    for kode, bantuan, pendiri in rows:
        assert 10_000_000 <= bantuan <= 30_000_000, kode
        assert bantuan == 2_000_000 * pendiri, kode


def test_members_per_group_mostly_five_to_twenty(con) -> None:
    aktif = con.execute(
        f"""SELECT k.kode_kube, count(a.kode_anggota) FILTER (
                WHERE a.tanggal_masuk <= {AKHIR} AND (a.tanggal_keluar IS NULL OR a.tanggal_keluar > {AKHIR}))
            FROM kelompok k JOIN anggota a USING (kode_kube) WHERE k.tanggal_bubar IS NULL GROUP BY ALL"""
    ).fetchall()
    dalam = [n for _, n in aktif if 5 <= n <= 20]
    assert len(dalam) >= 0.85 * len(aktif)
    assert nilai(con, "SELECT max(n) FROM (SELECT count(*) AS n FROM anggota GROUP BY kode_kube)") <= 20
    # someone left and someone joined later, somewhere
    assert nilai(con, "SELECT count(*) FROM anggota WHERE tanggal_keluar IS NOT NULL") > 0
    assert (
        nilai(
            con,
            "SELECT count(*) FROM anggota a JOIN kelompok k USING (kode_kube) "
            "WHERE a.tanggal_masuk > k.tanggal_bentuk",
        )
        > 0
    )


@pytest.mark.parametrize(
    ("tabel", "kolom"),
    [
        ("pertemuan", "tanggal"),
        ("kunjungan", "tanggal"),
        ("hambatan", "tanggal_lapor"),
        ("kesepakatan", "tanggal"),
    ],
)
def test_dates_use_every_day_of_the_month(con, tabel: str, kolom: str) -> None:
    # records on days 29-31 and on a month's last day keep the month-end edge of every period
    # exercised by the demo too (issue 14: no demo visit fell on a month's last day)
    hari = nilai(con, f"SELECT count(DISTINCT day({kolom})) FROM {tabel}")
    akhir = nilai(con, f"SELECT count(*) FROM {tabel} WHERE {kolom} = last_day({kolom})")
    assert (hari, akhir > 0) == (31, True), tabel


def test_no_date_after_2025(con) -> None:
    kolom = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE data_type = 'DATE' AND table_name NOT LIKE 'rollup%'"
    ).fetchall()
    assert len(kolom) >= 15
    for tabel, nama in kolom:
        assert nilai(con, f"SELECT count(*) FROM {tabel} WHERE {nama} > {AKHIR}") == 0, (tabel, nama)


def test_attendance_rows_only_for_active_members_of_existing_meetings(con) -> None:
    salah = nilai(
        con,
        """SELECT count(*) FROM kehadiran h
           LEFT JOIN pertemuan p USING (kode_kube, kode_pertemuan)
           LEFT JOIN anggota a USING (kode_kube, kode_anggota)
           WHERE p.tanggal IS NULL OR a.tanggal_masuk IS NULL OR a.tanggal_masuk > p.tanggal
              OR a.tanggal_keluar <= p.tanggal""",
    )
    assert salah == 0
    tanpa_baris = nilai(
        con,
        "SELECT count(*) FROM pertemuan p WHERE NOT EXISTS (SELECT 1 FROM kehadiran h "
        "WHERE h.kode_kube = p.kode_kube AND h.kode_pertemuan = p.kode_pertemuan)",
    )
    assert tanpa_baris == 0
    status = {r[0] for r in con.execute("SELECT DISTINCT status FROM kehadiran").fetchall()}
    assert status == {"hadir", "diwakili", "izin", "sakit", "alpa"}
    # some absences have no row at all (counted alpa): fewer rows than active members at meetings
    aktif = nilai(
        con,
        """SELECT count(*) FROM pertemuan p JOIN anggota a ON a.kode_kube = p.kode_kube
           AND a.tanggal_masuk <= p.tanggal AND (a.tanggal_keluar IS NULL OR p.tanggal < a.tanggal_keluar)""",
    )
    assert 0.9 * aktif < nilai(con, "SELECT count(*) FROM kehadiran") < aktif


def test_meetings_one_to_four_a_month(con) -> None:
    per_bulan = con.execute(
        "SELECT count(*) FROM pertemuan GROUP BY kode_kube, date_trunc('month', tanggal)"
    ).fetchall()
    assert {n for (n,) in per_bulan} <= {1, 2, 3, 4}
    jenis = {r[0] for r in con.execute("SELECT DISTINCT jenis FROM pertemuan").fetchall()}
    assert jenis == {"rutin", "musyawarah", "pelatihan", "pembinaan"}


def test_every_obstacle_category_and_consistent_status(con) -> None:
    assert nilai(con, "SELECT count(DISTINCT kategori) FROM hambatan") == 17
    assert (
        nilai(
            con,
            "SELECT count(*) FROM hambatan WHERE (status = 'selesai') <> (tanggal_selesai IS NOT NULL) "
            "OR tanggal_selesai < tanggal_lapor",
        )
        == 0
    )
    assert {r[0] for r in con.execute("SELECT DISTINCT status FROM hambatan").fetchall()} == {
        "terbuka",
        "ditangani",
        "selesai",
    }


def test_lebaran_bump_and_missing_months(con) -> None:
    # trade and food groups sell clearly more in the month of Idul Fitri than in other months
    lebaran, biasa = con.execute(
        """SELECT avg(omzet) FILTER (WHERE bulan IN ('2018-06-01', '2019-06-01', '2022-05-01', '2023-04-01',
                                                      '2024-04-01', '2025-03-01')),
                  avg(omzet) FILTER (WHERE year(bulan) IN (2018, 2019, 2022, 2023, 2024, 2025))
           FROM keuangan JOIN kelompok USING (kode_kube)
           WHERE jenis_usaha IN ('kuliner', 'warung_sembako')"""
    ).fetchone()
    assert lebaran > 1.3 * biasa
    # some monthly reports are missing: fewer reports than months between first and last
    hilang = nilai(
        con,
        """SELECT sum(date_diff('month', awal, akhir) + 1 - n) FROM (
               SELECT kode_kube, min(bulan) AS awal, max(bulan) AS akhir, count(*) AS n
               FROM keuangan GROUP BY kode_kube)""",
    )
    assert hilang > 0


def test_dissolved_groups_have_no_records_after_dissolution(con) -> None:
    assert nilai(con, "SELECT count(*) FROM kelompok WHERE tanggal_bubar IS NOT NULL") >= 1
    sesudah = nilai(
        con,
        """SELECT count(*) FROM kelompok k JOIN (
               SELECT kode_kube, bulan AS t FROM keuangan UNION ALL SELECT kode_kube, tanggal FROM pertemuan
               UNION ALL SELECT kode_kube, tanggal FROM kunjungan
               UNION ALL SELECT kode_kube, tanggal_lapor FROM hambatan
               UNION ALL SELECT kode_kube, tanggal_selesai FROM hambatan
               UNION ALL SELECT kode_kube, tanggal FROM kesepakatan
               UNION ALL SELECT kode_kube, tanggal FROM survei) r USING (kode_kube)
           WHERE r.t > k.tanggal_bubar""",
    )
    assert sesudah == 0


def test_thriving_groups_with_lasting_outside_ties(con) -> None:
    berjaringan = nilai(
        con,
        f"""SELECT count(*) FROM (SELECT kode_kube FROM jaringan
            WHERE tanggal_selesai IS NULL OR tanggal_selesai > {AKHIR}
            GROUP BY kode_kube HAVING count(*) >= 2)""",
    )
    assert berjaringan >= 5
    abadi = nilai(con, "SELECT count(DISTINCT kode_kube) FROM kesepakatan WHERE tanggal_berakhir IS NULL")
    assert abadi >= 5


# --- the study's story: KUBE Sejahtera 2 ----------------------------------------------------


def test_study_group_identity(con) -> None:
    row = con.execute(
        "SELECT nama, kelurahan, kecamatan, kota, nilai_bantuan, tanggal_mandiri FROM kelompok "
        "WHERE kode_kube = ?",
        [STUDI],
    ).fetchone()
    assert row is not None
    assert row[:4] == ("KUBE Sejahtera 2", "Tegalrejo", "Tegalrejo", "Kota Yogyakarta")
    assert row[4] == 20_000_000  # 10 founding members x Rp2.000.000
    assert row[5].year == 2019


def _per_kelompok(con, sql: str) -> dict[str, float]:
    return {k: float(v) for k, v in con.execute(sql).fetchall()}


def _median(values) -> float:
    urut = sorted(values)
    tengah = len(urut) // 2
    return urut[tengah] if len(urut) % 2 else (urut[tengah - 1] + urut[tengah]) / 2


def test_study_group_meets_often_and_reads_out_finances(con) -> None:
    laporan = _per_kelompok(con, "SELECT kode_kube, avg(laporan_keuangan::INTEGER) FROM pertemuan GROUP BY 1")
    assert laporan[STUDI] >= 0.8
    assert laporan[STUDI] > _median(laporan.values())
    musyawarah = _per_kelompok(
        con,
        """SELECT kode_kube, count(*) FILTER (WHERE jenis = 'musyawarah')
                  / count(DISTINCT date_trunc('month', tanggal)) FROM pertemuan GROUP BY 1""",
    )
    assert musyawarah[STUDI] >= 1.5
    assert musyawarah[STUDI] == max(musyawarah.values())


def test_study_group_networks_internal_only(con) -> None:
    assert nilai(con, "SELECT count(*) FROM jaringan WHERE kode_kube = ?", [STUDI]) == 0


def test_study_group_agreements_lapse_within_four_months(con) -> None:
    rows = con.execute(
        "SELECT tanggal, tanggal_berakhir FROM kesepakatan WHERE kode_kube = ?", [STUDI]
    ).fetchall()
    assert len(rows) >= 8
    for tanggal, berakhir in rows:
        assert berakhir is not None
        assert (berakhir - tanggal).days <= 120


def test_study_group_gets_few_visits(con) -> None:
    per_tahun = _per_kelompok(
        con,
        """SELECT k.kode_kube, count(v.tanggal) * 12.0
                  / (date_diff('month', k.tanggal_bentuk, coalesce(k.tanggal_bubar, DATE '2025-12-31')) + 1)
           FROM kelompok k LEFT JOIN kunjungan v USING (kode_kube)
           GROUP BY k.kode_kube, k.tanggal_bentuk, k.tanggal_bubar""",
    )
    assert per_tahun[STUDI] < 0.5 * _median(per_tahun.values())


def _tingkat_kehadiran(con, dari: str, sampai: str) -> float:
    """Present (hadir or diwakili) over members active at each meeting, meetings in [dari, sampai)."""
    hadir, aktif = con.execute(
        """SELECT (SELECT count(*) FROM kehadiran h JOIN pertemuan p USING (kode_kube, kode_pertemuan)
                   WHERE p.kode_kube = $k AND p.tanggal >= $dari AND p.tanggal < $sampai
                     AND h.status IN ('hadir', 'diwakili')),
                  (SELECT count(*) FROM pertemuan p JOIN anggota a ON a.kode_kube = p.kode_kube
                     AND a.tanggal_masuk <= p.tanggal
                     AND (a.tanggal_keluar IS NULL OR p.tanggal < a.tanggal_keluar)
                   WHERE p.kode_kube = $k AND p.tanggal >= $dari AND p.tanggal < $sampai)""",
        {"k": STUDI, "dari": dari, "sampai": sampai},
    ).fetchone()
    return hadir / aktif


def test_study_group_attendance_falls_after_mandiri(con) -> None:
    # declared mandiri on 2019-07-01
    sebelum = _tingkat_kehadiran(con, "2018-07-01", "2019-07-01")
    sesudah = _tingkat_kehadiran(con, "2019-07-01", "2020-07-01")
    akhir = _tingkat_kehadiran(con, "2024-01-01", "2026-01-01")
    assert sebelum >= 0.8
    assert sesudah < sebelum - 0.05
    assert akhir < 0.65


def test_study_group_revenue_flat_after_mandiri(con) -> None:
    (awal,) = con.execute(
        "SELECT avg(omzet) FROM keuangan WHERE kode_kube = ? AND year(bulan) = 2022", [STUDI]
    ).fetchone()
    (akhir,) = con.execute(
        "SELECT avg(omzet) FROM keuangan WHERE kode_kube = ? AND year(bulan) = 2025", [STUDI]
    ).fetchone()
    assert 0.85 < akhir / awal < 1.15


def test_study_group_obstacles_pile_up(con) -> None:
    terbuka = _per_kelompok(
        con,
        f"""SELECT k.kode_kube, count(h.kode_hambatan) FILTER (
                WHERE h.tanggal_selesai IS NULL OR h.tanggal_selesai > {AKHIR})
            FROM kelompok k LEFT JOIN hambatan h USING (kode_kube)
            WHERE k.tanggal_bubar IS NULL GROUP BY ALL""",
    )
    assert terbuka[STUDI] > 2 * _median(terbuka.values())
    kategori = {
        r[0]
        for r in con.execute(
            "SELECT DISTINCT kategori FROM hambatan WHERE kode_kube = ? AND tanggal_lapor >= '2019-07-01'",
            [STUDI],
        ).fetchall()
    }
    assert {"jaringan", "norma", "pendampingan"} <= kategori


def test_study_group_survey_high_trust_low_ties_and_norms(con) -> None:
    skor = _per_kelompok(con, f"SELECT dimensi, avg(skor) FROM survei WHERE kode_kube = '{STUDI}' GROUP BY 1")
    assert skor["kepercayaan"] >= 4.0
    assert skor["jaringan"] <= 2.5
    assert skor["norma"] <= 2.5


# --- the build itself ----------------------------------------------------------------------


def _sidik(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_failed_build_leaves_target_untouched(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "kube.duckdb"
    target.write_bytes(b"isi lama")

    def gagal(con, **_progress) -> None:
        raise RuntimeError("putus di tengah")

    monkeypatch.setattr("kube_metrics.demo.build.refresh_rollups", gagal)
    with pytest.raises(RuntimeError):
        build_demo(target)
    assert target.read_bytes() == b"isi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kube.duckdb"]


def test_locked_target_raises_and_is_kept(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "kube.duckdb"
    target.write_bytes(demo_db_path.read_bytes())
    sidik = _sidik(target)
    pemegang = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
            "print('siap', flush=True); time.sleep(60)",
            str(target),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert pemegang.stdout is not None and pemegang.stdout.readline().strip() == "siap"
        with pytest.raises(db.DatabaseLockedError):
            build_demo(target, seed=5)
        # the command line turns it into a message and exit code 1
        assert main(["demo", "--db", str(target)]) == 1
        assert "sedang dipakai proses lain" in capsys.readouterr().err
    finally:
        pemegang.kill()
        pemegang.wait()
    assert _sidik(target) == sidik


def test_leftovers_of_killed_builds_are_removed(tmp_path: Path) -> None:
    # pid 4194304 is above Linux's pid_max limit, so no process can have it
    sisa = tmp_path / ".kube.duckdb.demo-4194304.tmp"
    sisa.write_bytes(b"setengah jadi")
    Path(f"{sisa}.wal").write_bytes(b"")
    build_demo(tmp_path / "kube.duckdb")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kube.duckdb"]


def test_unknown_scale_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        build_demo(tmp_path / "x.duckdb", scale="dunia")
    assert not (tmp_path / "x.duckdb").exists()


def test_cli_builds_and_reports_progress(tmp_path: Path, capsys) -> None:
    target = tmp_path / "cli.duckdb"
    assert main(["demo", "--db", str(target), "--seed", "3"]) == 0
    err = capsys.readouterr().err
    assert "kehadiran" in err and "100.0%" in err
    c = duckdb.connect(str(target), read_only=True)
    assert nilai(c, "SELECT nilai FROM info_basis_data WHERE kunci = 'seed'") == "3"
    c.close()


def test_cli_rejects_unknown_scale(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["demo", "--db", str(tmp_path / "x.duckdb"), "--scale", "dunia"])
    assert exc.value.code == 2
