"""`sumber ingest` on a newsroom's archive as a user runs it: a subprocess, real files in every
format (.jsonl.gz, .zip, folders, stdin), interrupted and resumed, output read as a user reads it."""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest

from retrieval.index import BM25Index, DiskBuild
from retrieval.ingest import iter_units

PLACES = ["Bekasi", "Bogor", "Depok", "Cirebon", "Garut", "Sukabumi", "Karawang", "Subang"]


def record(i: int) -> dict:
    """A short news item in Indonesian; every one different."""
    place = PLACES[i % len(PLACES)]
    return {"id": f"art-{i}", "outlet": "Kabar Kota", "date": "2026-11-20", "title": f"Banjir rendam {i} rumah di {place}",
            "text": f"Banjir merendam {i + 10} rumah warga di {place} pada Senin malam, kata Kepala BPBD {place}. "
                    f"Sebanyak {i % 90 + 5} keluarga mengungsi ke balai desa. Ketinggian air mencapai {i % 70 + 20} sentimeter. "
                    "Petugas masih mendata kerugian akibat banjir tersebut."}


def run(args: list[str], db: Path, stdin: bytes | None = None, **env: str) -> subprocess.CompletedProcess:
    e = dict(os.environ, SUMBER_DB=str(db), **env)
    return subprocess.run([sys.executable, "-m", "retrieval.cli", *args], input=stdin, capture_output=True,
                          env=e, timeout=300)


def article_count(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return con.execute("SELECT count(*) FROM articles WHERE id LIKE 'art-%'").fetchone()[0]
    finally:
        con.close()


def write_gz(path: Path, records: list[dict], bad_lines: dict[int, str] | None = None) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for n, rec in enumerate(records, 1):
            f.write((bad_lines or {}).get(n, json.dumps(rec, ensure_ascii=False)) + "\n")


def test_jsonl_gz_reports_bad_line_and_keeps_the_rest_non_tty_format(tmp_path):
    src = tmp_path / "export.jsonl.gz"
    write_gz(src, [record(i) for i in range(30)], bad_lines={7: "{not json", 12: json.dumps({"id": "x", "text": ""})})
    out = run(["ingest", str(src)], tmp_path / "s.db")
    assert out.returncode == 0, out.stderr
    stdout, stderr = out.stdout.decode(), out.stderr.decode()
    # stdout: exactly one summary line; no per-article lines without -v
    assert stdout.count("\n") == 1 and "added art-" not in stdout
    assert re.match(r"^28 added, 2 problem\(s\); [\d,]+ passages in [\d.]+ s$", stdout.strip()), stdout
    # stderr: each bad line named with its file and line number, nothing else (no bar off a terminal)
    assert f"{src}: line 7:" in stderr and f"{src}: line 12:" in stderr
    assert len(stderr.strip().splitlines()) == 2, stderr
    assert article_count(tmp_path / "s.db") == 28


def test_verbose_lists_articles_and_json_summary(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text("\n".join(json.dumps(record(i)) for i in range(3)), encoding="utf-8")
    verbose = run(["ingest", "-v", str(src)], tmp_path / "s.db")
    lines = verbose.stdout.decode().strip().splitlines()
    assert [ln.split(":")[0] for ln in lines[:3]] == ["added art-0", "added art-1", "added art-2"]
    assert lines[3].startswith("3 added")
    again = run(["ingest", "--json", str(src)], tmp_path / "s.db")
    summary = json.loads(again.stdout)
    assert summary["added"] == 0 and summary["already_present"] == 3 and summary["skipped_unchanged"] == 3
    assert {"replaced", "problems", "seconds", "passages"} <= set(summary)


def test_zip_with_a_bad_member(tmp_path):
    z = tmp_path / "archive.zip"
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as g:
        g.write("\n".join(json.dumps(record(i)) for i in range(10, 14)).encode())
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("2026/records.jsonl", "\n".join(json.dumps(record(i)) for i in range(5)) + "\n{broken\n")
        zf.writestr("2026/more.jsonl.gz", buf.getvalue())
        zf.writestr("2026/scan.pdf", b"%PDF-1.4 binary")
        zf.writestr("2026/page.txt", "Harga Cabai Naik Tajam\n\nHarga cabai rawit naik menjadi Rp 90.000 per kilogram "
                                     "di Pasar Kramat Jati, kata pedagang.")
        zf.writestr("2026/empty.txt", "   ")
    out = run(["ingest", "--json", str(z)], tmp_path / "s.db")
    summary = json.loads(out.stdout)
    stderr = out.stderr.decode()
    assert summary["added"] == 10 and summary["problems"] == 3, (summary, stderr)
    assert f"{z}:2026/records.jsonl: line 6:" in stderr
    assert f"{z}:2026/scan.pdf: unsupported file type .pdf" in stderr
    assert "empty.txt" in stderr
    assert article_count(tmp_path / "s.db") == 9   # 5 + 4 records; the page has its own id


def test_folder_recursively(tmp_path):
    root = tmp_path / "arsip"
    (root / "2025" / "html").mkdir(parents=True)
    (root / "2025" / "banjir.txt").write_text(
        "Banjir Rendam Pesisir Utara\n\nBanjir rob merendam 300 rumah warga di pesisir utara, kata Kepala BPBD.",
        encoding="utf-8")
    (root / "2025" / "banjir.meta.json").write_text(json.dumps({"outlet": "Kabar Kota", "id": "rob-1"}), encoding="utf-8")
    (root / "2025" / "html" / "gempa.html").write_text(
        "<html><head><title>Gempa Guncang Garut</title></head><body><article><h1>Gempa Guncang Garut</h1>"
        "<p>Gempa bermagnitudo 5,1 mengguncang Garut pada Selasa pagi, kata BMKG. Sebanyak 12 rumah rusak.</p>"
        "</article></body></html>", encoding="utf-8")
    write_gz(root / "records.jsonl.gz", [record(i) for i in range(4)])
    (root / "foto.png").write_bytes(b"\x89PNG\x00\x00")     # not an article format: left alone
    out = run(["ingest", "--json", str(root)], tmp_path / "s.db")
    summary = json.loads(out.stdout)
    assert summary["added"] == 6 and summary["problems"] == 0, (summary, out.stderr)
    con = sqlite3.connect(tmp_path / "s.db")
    assert con.execute("SELECT outlet FROM articles WHERE id = 'rob-1'").fetchone() == ("Kabar Kota",)
    assert con.execute("SELECT count(*) FROM articles WHERE id = 'gempa'").fetchone() == (1,)


def test_stdin_plain_and_gzipped(tmp_path):
    db = tmp_path / "s.db"
    plain = "\n".join(json.dumps(record(i)) for i in range(3)).encode()
    out = run(["ingest", "--json", "-"], db, stdin=plain)
    assert json.loads(out.stdout)["added"] == 3, out.stderr
    gz = gzip.compress("\n".join(json.dumps(record(i)) for i in range(3, 6)).encode())
    out = run(["ingest", "--json", "-"], db, stdin=gz)
    assert json.loads(out.stdout)["added"] == 3, out.stderr
    bad = run(["ingest", "-"], db, stdin=b"{oops\n")
    assert bad.returncode != 0 and b"stdin: line 1:" in bad.stderr


def test_killed_import_resumes_without_losing_or_recleaning(tmp_path):
    db = tmp_path / "s.db"
    total = 4000
    src = tmp_path / "big.jsonl.gz"
    write_gz(src, [record(i) for i in range(total)])
    env = dict(os.environ, SUMBER_DB=str(db), SUMBER_INGEST_WORKERS="2")
    proc = subprocess.Popen([sys.executable, "-m", "retrieval.cli", "ingest", str(src)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    stored = 0
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            stored = article_count(db)
        except sqlite3.Error:
            stored = 0
        if stored >= 400:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)   # the parent and its worker processes, mid-import
    proc.wait()
    before = article_count(db)
    assert 0 < before < total, "the import was not interrupted mid-way"
    out = run(["ingest", "--json", str(src)], db)
    summary = json.loads(out.stdout)
    assert summary["skipped_unchanged"] == before          # everything stored was skipped, uncleaned
    assert summary["added"] == total - before and summary["problems"] == 0
    assert article_count(db) == total                       # nothing lost, nothing twice
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles WHERE id LIKE 'art-%' AND raw_hash IS NULL").fetchone() == (0,)


def test_copies_of_stored_texts_under_new_ids_are_already_present(tmp_path):
    """Worker processes find a record whose cleaned text is stored (workers._stored_copy): it is
    counted as already present, exactly as the writer counts it, and nothing is stored for it;
    a copy whose twin is only in the same import is found by the writer as before."""
    db = tmp_path / "s.db"
    first = tmp_path / "first.jsonl.gz"
    write_gz(first, [record(i) for i in range(300)])
    out = run(["ingest", "--json", str(first)], db, SUMBER_INGEST_WORKERS="2")
    assert json.loads(out.stdout)["added"] == 300
    con = sqlite3.connect(db)
    passages = con.execute("SELECT count(*) FROM passages").fetchone()[0]
    con.close()
    copies = tmp_path / "copies.jsonl.gz"
    # 300 stored texts under new ids, then 150 new articles each given twice
    recs = [dict(record(i), id=f"copy-{i}") for i in range(300)]
    recs += [record(i) for i in range(300, 450)] + [dict(record(i), id=f"twin-{i}") for i in range(300, 450)]
    write_gz(copies, recs)
    summary = json.loads(run(["ingest", "--json", str(copies)], db, SUMBER_INGEST_WORKERS="2").stdout)
    assert summary["added"] == 150 and summary["already_present"] == 450 and summary["problems"] == 0
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles WHERE id LIKE 'copy-%' OR id LIKE 'twin-%'").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM articles WHERE body = ''").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM passages").fetchone()[0] == passages + summary["passages"] >= passages + 150 * 4


def test_a_changed_record_is_replaced_not_skipped(tmp_path):
    db = tmp_path / "s.db"
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps(record(1)), encoding="utf-8")
    run(["ingest", str(src)], db)
    changed = dict(record(1), text=record(1)["text"].replace("Senin malam", "Selasa pagi"))
    src.write_text(json.dumps(changed), encoding="utf-8")
    summary = json.loads(run(["ingest", "--json", str(src)], db).stdout)
    assert summary["replaced"] == 1 and summary["skipped_unchanged"] == 0


def test_progress_bar_on_a_terminal(tmp_path):
    pty = pytest.importorskip("pty")
    src = tmp_path / "a.jsonl.gz"
    write_gz(src, [record(i) for i in range(250)])
    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))   # a terminal 120 columns wide
    env = dict(os.environ, SUMBER_DB=str(tmp_path / "s.db"), SUMBER_INGEST_WORKERS="1")
    proc = subprocess.run([sys.executable, "-m", "retrieval.cli", "ingest", str(src)], env=env, stdout=subprocess.PIPE,
                          stderr=slave, timeout=300)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    bar = b"".join(chunks).decode(errors="replace")
    assert "250 articles" in bar and "passages/s" in bar and "import" in bar, bar
    assert proc.stdout.decode().startswith("250 added")


def test_reader_holds_one_record_at_a_time(tmp_path):
    """iter_units is a generator over the file: taking the first record reads only the start."""
    src = tmp_path / "big.jsonl.gz"
    write_gz(src, [record(i) for i in range(20000)])
    from retrieval.ingest import Progress

    progress = Progress()
    units = iter_units([src], progress)
    first = next(units)
    assert first[2]["id"] == "art-0"
    assert 0 < progress.read < progress.total / 2


def test_disk_build_writes_what_build_and_save_write(tmp_path):
    rng = np.random.default_rng(5)
    vocab = [f"w{i}" for i in range(300)]
    rows = []
    pid = 10
    for art in range(400):
        for pos in range(int(rng.integers(1, 6))):
            pid += int(rng.integers(1, 3))
            terms = [vocab[int(z) % 300] for z in rng.zipf(1.3, size=int(rng.integers(0, 25)))]
            rows.append((pid, terms, f"a{art}", pos == 0))
    build = DiskBuild(tmp_path / "disk", generation=3)
    for i in range(0, len(rows), 97):
        build.add(rows[i : i + 97])
    disk = build.finish()
    BM25Index.build(rows, generation=3).save(tmp_path / "mem")
    for name in ("indptr", "docs", "tfs", "doc_len", "passage_ids", "art_start", "art_title", "most"):
        a, b = np.load(tmp_path / "disk" / f"{name}.npy"), np.load(tmp_path / "mem" / f"{name}.npy")
        assert a.dtype == b.dtype and np.array_equal(a, b), name
    for f in ("vocab.txt", "meta.json"):
        assert (tmp_path / "disk" / f).read_text() == (tmp_path / "mem" / f).read_text()
    assert disk.top(["w1", "w2"], 5) == BM25Index.load(tmp_path / "mem").top(["w1", "w2"], 5)
    assert not list(tmp_path.glob("disk.pairs-*")), "scratch file left behind"


def _rows_of_articles(seed: int, articles: int) -> list[tuple]:
    """Passages of articles (a title first), Zipf-distributed terms, some passages without any."""
    rng = np.random.default_rng(seed)
    vocab = [f"w{i}" for i in range(300)]
    rows, pid = [], 10
    for art in range(articles):
        for pos in range(int(rng.integers(1, 6))):
            pid += int(rng.integers(1, 3))
            terms = [vocab[int(z) % 300] for z in rng.zipf(1.3, size=int(rng.integers(0, 25)))]
            rows.append((pid, terms, f"a{art}", pos == 0))
    return rows


@pytest.mark.parametrize("pass_postings,read_chunk,batch", [
    (1, 64, 97),        # a term a pass (the most common term's postings alone exceed it), tiny reads
    (50, 64, 1),        # a passage a batch
    (777, 192, 250),    # passes of several terms, reads across term and block boundaries
    (None, None, 5000),  # the defaults: one pass, one batch
])
def test_disk_build_files_are_byte_identical_in_any_number_of_passes(tmp_path, pass_postings, read_chunk, batch):
    """Every file DiskBuild publishes (but the stamp, which holds file times) is byte for byte
    what BM25Index.build + save write, however the postings are split into passes and batches
    and the bounds read back in chunks; and no scratch file is left behind."""
    rows = _rows_of_articles(7, 300)
    build = DiskBuild(tmp_path / "disk", generation=2, pass_postings=pass_postings, read_chunk=read_chunk)
    for i in range(0, len(rows), batch):
        build.add(rows[i : i + batch])
    disk = build.finish()
    BM25Index.build(rows, generation=2).save(tmp_path / "mem")
    names = sorted(p.name for p in (tmp_path / "mem").iterdir() if p.name != "checked.json")
    assert names == sorted(p.name for p in (tmp_path / "disk").iterdir() if p.name != "checked.json")
    for name in names:
        assert (tmp_path / "disk" / name).read_bytes() == (tmp_path / "mem" / name).read_bytes(), name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["disk", "mem"], "scratch files left behind"
    assert disk.top(["w1", "w2"], 5) == BM25Index.load(tmp_path / "mem").top(["w1", "w2"], 5)


def test_disk_build_of_nothing_is_what_save_writes(tmp_path):
    DiskBuild(tmp_path / "disk", pass_postings=1).finish()
    BM25Index.build([]).save(tmp_path / "mem")
    for p in (tmp_path / "mem").iterdir():
        if p.name != "checked.json":
            assert (tmp_path / "disk" / p.name).read_bytes() == p.read_bytes(), p.name
