"""Stored rows byte-identical across a change of the write path: the same records imported by two
versions of the code into fresh databases, every stored table dumped and compared.

    .venv/bin/python bench/import_check.py make WORK [--n 2000]
    PYTHONPATH=/path/to/other/checkout .venv/bin/python bench/import_check.py run WORK/old.db WORK
    .venv/bin/python bench/import_check.py run WORK/new.db WORK
    .venv/bin/python bench/import_check.py compare WORK/old.db WORK/new.db

`make` writes three .jsonl.gz files from ../shared/corpus (never into the repository): real
articles; copies of them under new ids (sentences dropped or added, a credit dateline or a
"dikutip dari" put in front, exact copies, which are already present) so that stories form, merge
and change origin; and the same ids again with new text (replaced articles leave and re-join
stories). `run` imports them in order through `sumber ingest` (the streaming path, worker
processes) in a subprocess of the interpreter it is given. `compare` dumps articles (but
`ingested_at`), passages, claims, stories, story_docs' first columns and story_bands, row by row
in key order, and says where two databases first differ.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
FILES = ("a_real.jsonl.gz", "b_copies.jsonl.gz", "c_replaced.jsonl.gz")
CREDITS = ("Jakarta, CNN Indonesia -- ", "KOMPAS.com - ", "Jakarta (ANTARA) - ", "Liputan6.com, Jakarta - ")
TABLES = {
    "articles": "SELECT id, content_hash, outlet, outlet_domain, title, author, published, url, source, body, story,"
                " credit, cites, raw_hash FROM articles ORDER BY id",
    "passages": "SELECT * FROM passages ORDER BY id",
    "claims": "SELECT * FROM claims ORDER BY id",
    "stories": "SELECT * FROM stories ORDER BY id",
    "story_docs": "SELECT doc, article_id, sig FROM story_docs ORDER BY doc",
    "story_bands": "SELECT key, doc FROM story_bands ORDER BY key, doc",
}


def make(work: Path, n: int) -> None:
    work.mkdir(parents=True, exist_ok=True)
    records = []
    for f in sorted(CORPUS.glob("*/articles.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            records += [json.loads(line) for line in fh]
    rng = random.Random(13)
    real = rng.sample(records, n)
    with gzip.open(work / FILES[0], "wt", encoding="utf-8") as fh:
        for rec in real:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with gzip.open(work / FILES[1], "wt", encoding="utf-8") as fh:
        for i, rec in enumerate(real[: n // 2]):
            for c in range(rng.choice((1, 1, 2, 3))):
                text = rec.get("text") or ""
                sents = SENTENCE_END.split(text)
                kind = rng.randrange(5)
                if kind == 0 and len(sents) > 3:
                    sents = [s for s in sents if rng.random() > 0.15]
                elif kind == 1:
                    sents.insert(rng.randrange(len(sents) + 1), "Kalimat ini ditambahkan oleh redaksi.")
                elif kind == 2:
                    sents[0] = rng.choice(CREDITS) + sents[0]
                elif kind == 3:
                    sents.append(f"Berita ini dikutip dari {rng.choice(('Kompas.com', 'Antara', 'Detik.com'))}.")
                out = dict(rec, id=f"{rec.get('id')}~k{c}", text=" ".join(sents))
                if rng.random() < 0.3:
                    out["outlet"] = rng.choice(("Tribunnews", "Okezone", "SINDOnews", "Suara.com"))
                if rng.random() < 0.3 and out.get("date"):
                    out["date"] = str(out["date"])[:4] + "-01-01"
                fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    with gzip.open(work / FILES[2], "wt", encoding="utf-8") as fh:
        for rec in real[n // 2 : n // 2 + n // 20]:
            sents = SENTENCE_END.split(rec.get("text") or "")
            fh.write(json.dumps(dict(rec, text=" ".join(sents[:-1]) + " Diperbarui."), ensure_ascii=False) + "\n")
        for rec in real[: n // 20]:      # members of stories replaced: the story loses a copy
            fh.write(json.dumps(dict(rec, text=(rec.get("text") or "") + " Ralat: judul diperbaiki."),
                                ensure_ascii=False) + "\n")
    print(f"wrote {', '.join(FILES)} into {work}")


def run(db: Path, work: Path, first: int = 0, last: int = len(FILES)) -> None:
    """Import FILES[first:last] (a fresh database when first is 0: another version of the code may
    import the rest into the same one, so its migrations run on a database the first one wrote)."""
    if first == 0:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    env = dict(os.environ, SUMBER_INGEST_WORKERS=os.environ.get("SUMBER_INGEST_WORKERS", "2"))
    for name in FILES[first:last]:
        out = subprocess.run([sys.executable, "-m", "retrieval.cli", "--db", str(db), "ingest", str(work / name), "--json"],
                             env=env, capture_output=True, text=True, check=True)
        print(name, out.stdout.strip()[:300])


def dump(db: Path) -> dict[str, str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out = {}
    for table, sql in TABLES.items():
        h = hashlib.sha256()
        rows = 0
        for row in con.execute(sql):
            h.update(repr(row).encode())
            rows += 1
        out[table] = f"{rows} rows {h.hexdigest()[:16]}"
    return out


def consistent(db: Path) -> bool:
    """Where story_docs keeps copies of an article's fields (migration 6), they equal the article's."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    cols = {r[1] for r in con.execute("PRAGMA table_info(story_docs)")}
    if "story" not in cols:
        return True
    fields = ("story", "outlet", "outlet_domain", "url", "published", "credit", "cites")
    where = " OR ".join(f"d.{f} IS NOT a.{f}" for f in fields)
    n = con.execute(f"SELECT count(*) FROM story_docs d JOIN articles a ON a.id = d.article_id WHERE {where}").fetchone()[0]
    print(f"{db.name}: story_docs rows whose copied fields differ from their article's: {n}")
    return n == 0


def compare(a: Path, b: Path) -> int:
    da, db_ = dump(a), dump(b)
    bad = 0
    for table in TABLES:
        same = da[table] == db_[table]
        bad += not same
        print(f"{table:12} {'same' if same else 'DIFFERENT'}  {da[table]}  {db_[table]}")
    if bad:
        ca = sqlite3.connect(f"file:{a}?mode=ro", uri=True)
        cb = sqlite3.connect(f"file:{b}?mode=ro", uri=True)
        for table, sql in TABLES.items():
            if da[table] != db_[table]:
                for ra, rb in zip(ca.execute(sql), cb.execute(sql)):
                    if ra != rb:
                        print(f"first difference in {table}:\n  {str(ra)[:400]}\n  {str(rb)[:400]}")
                        break
    for path in (a, b):
        bad += not consistent(path)
    print("IDENTICAL" if not bad else f"{bad} tables differ or are inconsistent")
    return 1 if bad else 0


def main() -> int:
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("work", type=Path)
    m.add_argument("--n", type=int, default=2000)
    r = sub.add_parser("run")
    r.add_argument("db", type=Path)
    r.add_argument("work", type=Path)
    r.add_argument("--first", type=int, default=0)
    r.add_argument("--last", type=int, default=len(FILES))
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = p.parse_args()
    if args.cmd == "make":
        make(args.work, args.n)
    elif args.cmd == "run":
        run(args.db, args.work, args.first, args.last)
    else:
        return compare(args.a, args.b)
    return 0


if __name__ == "__main__":
    sys.exit(main())
