"""Claim-level quality on hand-built topic gold sets (issue 14): are the right figures listed,
with the outlets that published them, and are wrong ones kept out?

Not a test: it prints a measurement and exits 0 even when targets are missed.

Each gold file under eval/topics/*.json holds questions a journalist would ask, the figures that
MUST appear (each with the outlets, as corpus `outlet` domains, that published it), figures that
MAY appear (correct but optional) and figures that must NOT appear (another party's, predicate's,
place's or event's figure sharing words with the question). Sets with `"corpus": "corpus"` run
on a database built once from ../shared/corpus (cached, see `cache_dir`); `"corpus": "seeds"`
runs on a database of the built-in seeds only.

    .venv/bin/python eval/claims_eval.py [--set NAME] [--json] [--split tune|heldout] [--verbose]

Counted per question (and summed per set and overall):
- must figures found: a shown entry has the figure's value (and high, for ranges) and one of its
  outlets among the entry's sources; must pairs: (figure, outlet) pairs found among all listed;
- must_not shown: entries whose figure is listed as must-not (false figures); fvals: distinct
  must-not values shown per question (one false value in several entries counts once);
- other shown: entries whose figure is in none of must/may/must_not (unjudged extras);
- entries: number of claims shown; dups: figure values shown in more than one entry (dups/o:
  of these, repeats of a value from an outlet already listed with it).
"""
from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import json
import logging
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from retrieval.clean import outlet_display  # noqa: E402
from retrieval.engine import DEFAULT_SEEDS, Engine  # noqa: E402

TOPICS = ROOT / "eval" / "topics"
CORPUS = ROOT.parent / "shared" / "corpus"
CHUNK = 5_000            # corpus records handed to the engine per call
REL_TOL = 1e-6


def cache_dir() -> Path:
    """Outside the repository: $SUMBER_EVAL_CACHE, else ~/.cache/sumber-eval."""
    env = os.environ.get("SUMBER_EVAL_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "sumber-eval"


def newest_corpus_db() -> Path | None:
    """The newest finished corpus database of the cache (the developer tools' default), or None."""
    return max((p for p in cache_dir().glob("corpus-*.db") if p.with_name(p.name + ".done").exists()),
               key=lambda p: p.stat().st_mtime, default=None)


# ------------------------------------------------------------------ gold files
def load_sets(directory: Path = TOPICS) -> list[dict[str, Any]]:
    sets = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["_file"] = path.name
        sets.append(data)
    return sets


# ------------------------------------------------------------------ databases
def code_version() -> str:
    """Hash of the engine's code and word lists: a change means a fresh database."""
    h = hashlib.sha256()
    for p in sorted((ROOT / "retrieval").rglob("*")):
        if p.is_file() and p.suffix in (".py", ".pyx", ".txt", ".tsv", ".json"):
            h.update(p.relative_to(ROOT).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*/articles.jsonl.gz"))


def corpus_key(corpus: Path, code: str) -> str:
    h = hashlib.sha256(code.encode())
    for f in corpus_files(corpus):
        st = f.stat()
        h.update(f"{f}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:12]


def iter_records(files: list[Path]) -> Iterator[tuple[str, dict]]:
    """(label, record) pairs as `sumber ingest` reads a .jsonl file, streamed from gzip."""
    for f in files:
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    yield f"{f.parent.name}: line {lineno}", json.loads(line)


def _drop(db: Path) -> None:
    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"), db.with_name(db.name + ".done")):
        p.unlink(missing_ok=True)
    shutil.rmtree(db.with_name(db.name + ".index"), ignore_errors=True)


async def build_corpus_db(db: Path, corpus: Path) -> None:
    _drop(db)
    db.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    engine = await Engine.open(db, seeds_dir=None)
    added = problems = 0
    try:
        batch: list[tuple[str, dict]] = []
        for item in iter_records(corpus_files(corpus)):
            batch.append(item)
            if len(batch) >= CHUNK:
                rep = await engine.ingest_items(batch, source="corpus", rebuild=False)
                added += len(rep.added)
                problems += len(rep.problems)
                batch = []
                print(f"  ingested {added:,} articles ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
        if batch:
            rep = await engine.ingest_items(batch, source="corpus", rebuild=False)
            added += len(rep.added)
            problems += len(rep.problems)
        await engine.rebuild_index()
        stats = await engine.stats()
    finally:
        await engine.close()
    db.with_name(db.name + ".done").write_text(json.dumps({"added": added, "problems": problems, "stats": stats},
                                                          default=str))
    print(f"  corpus database built in {time.perf_counter() - t0:.0f} s: {added:,} articles, "
          f"{problems} problems", file=sys.stderr)


async def open_db(kind: str, corpus: Path, rebuild: bool = False, reuse: bool = False) -> Engine:
    """The cached database for `kind` ("corpus" or "seeds"), built when missing or stale. `reuse`:
    the newest one built, whatever code built it (for changes on the answering side only: what
    ingest stored stays the old code's)."""
    code = code_version()
    base = cache_dir()
    if reuse:
        built = sorted((p.with_name(p.name[: -len(".done")]) for p in base.glob(f"{kind}-*.db.done")),
                       key=lambda p: p.with_name(p.name + ".done").stat().st_mtime)
        if built:
            print(f"reusing {built[-1]} (--reuse)", file=sys.stderr)
            return await Engine.open(built[-1], seeds_dir=None)
    if kind == "seeds":
        db = base / f"seeds-{code}.db"
        if rebuild or not db.with_name(db.name + ".done").exists():
            _drop(db)
            base.mkdir(parents=True, exist_ok=True)
            engine = await Engine.open(db, seeds_dir=DEFAULT_SEEDS)
            await engine.close()
            db.with_name(db.name + ".done").write_text("{}")
    else:
        if not corpus_files(corpus):
            raise SystemExit(f"no corpus under {corpus} (*/articles.jsonl.gz)")
        db = base / f"corpus-{corpus_key(corpus, code)}.db"
        if rebuild or not db.with_name(db.name + ".done").exists():
            print(f"building the corpus database at {db} (once per corpus/code version) ...", file=sys.stderr)
            await build_corpus_db(db, corpus)
    for old in base.glob(f"{kind}-*.db"):  # keep only the current version of each kind,
        # unless another checkout used it within the hour (it may be reading or building it now)
        done = old.with_name(old.name + ".done")
        recent = max((f.stat().st_mtime for f in (old, done) if f.exists()), default=0) > time.time() - 3600
        if old != db and not recent:
            _drop(old)
    return await Engine.open(db, seeds_dir=None)


# ------------------------------------------------------------------ matching
def outlet_key(name: str | None) -> str:
    """'kompas.com', 'Kompas.com' and 'KOMPAS.com' are one outlet; unknown names compare lowercased."""
    display, domain = outlet_display(name)
    return (domain or display or "").lower()


def same_figure(fig: dict[str, Any] | None, gold: dict[str, Any]) -> bool:
    """Value equal (relative tolerance); a gold `high` (range) must match the shown high too. A span
    of time shown in two units ("satu tahun enam bulan") matches its first unit's value (1) or the
    whole (1,5): gold sets were written both ways."""
    if not fig or fig.get("value") is None:
        return False
    v, g = float(fig["value"]), float(gold["value"])
    whole = fig.get("duration_value")
    if abs(v - g) > REL_TOL * max(1.0, abs(g)) and (whole is None or abs(float(whole) - g) > REL_TOL * max(1.0, abs(g))):
        return False
    if gold.get("high") is not None:
        h = fig.get("high")
        return h is not None and abs(float(h) - float(gold["high"])) <= REL_TOL * max(1.0, abs(float(gold["high"])))
    return True


@dataclass
class QResult:
    set: str
    id: str
    question: str
    split: str
    entries: int = 0
    must: int = 0
    must_found: int = 0
    pairs: int = 0
    pairs_found: int = 0
    may_found: int = 0
    must_not_shown: int = 0
    false_values: int = 0   # distinct must-not values shown (entries joined or not: comparable across designs)
    other_shown: int = 0
    dups: int = 0
    dups_same_outlet: int = 0
    missing: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    ms: float = 0.0
    closest: bool = False   # the answer is the closest sentences' figures (nothing counted the asked thing)


def judge(gold_q: dict[str, Any], answer: dict[str, Any], set_name: str) -> QResult:
    res = QResult(set_name, gold_q["id"], gold_q["q"], gold_q.get("split", "tune"))
    shown = [c for c in answer["claims"] if c.get("figure")]
    res.entries = len(answer["claims"])
    res.closest = bool(answer.get("message") and answer["claims"])
    values: dict[tuple, int] = {}
    for c in shown:
        key = (round(float(c["figure"]["value"]), 6), c["figure"].get("high"))
        values[key] = values.get(key, 0) + 1
    res.dups = sum(n - 1 for n in values.values() if n > 1)
    seen: set[tuple] = set()
    for c in shown:   # the same value again from an outlet already listed for it: a true repeat
        key = (round(float(c["figure"]["value"]), 6), c["figure"].get("high"))
        outlets = {outlet_key(s["outlet"]) for s in c["sources"]}
        if any((key, o) in seen for o in outlets):
            res.dups_same_outlet += 1
        seen |= {(key, o) for o in outlets}
    for g in gold_q.get("must", []):
        res.must += 1
        wanted = {outlet_key(o) for o in g["outlets"]}
        got = set()
        for c in shown:
            if same_figure(c["figure"], g):
                # a page crediting another outlet ("Merdeka.com, dimuat ulang oleh liputan6.com") is
                # found under either: gold sets name the site the page was read on
                got |= {outlet_key(o) for s in c["sources"] for o in (s["outlet"], s.get("rehosted_by")) if o} & wanted
        res.pairs += len(wanted)
        res.pairs_found += len(got)
        if got:
            res.must_found += 1
        else:
            res.missing.append(g.get("text") or str(g["value"]))
    res.may_found = sum(1 for g in gold_q.get("may", []) if any(same_figure(c["figure"], g) for c in shown))
    judged = gold_q.get("must", []) + gold_q.get("may", [])
    false_keys: set[tuple] = set()
    for c in shown:
        label = f"{c['figure'].get('text') or c['figure']['value']} [{', '.join(s['outlet'] or '?' for s in c['sources'][:3])}]"
        if any(same_figure(c["figure"], g) for g in gold_q.get("must_not", [])) and \
                not any(same_figure(c["figure"], g) for g in judged):
            res.must_not_shown += 1
            res.false.append(label)
            false_keys.add((round(float(c["figure"]["value"]), 6), c["figure"].get("high")))
        elif not any(same_figure(c["figure"], g) for g in judged + gold_q.get("must_not", [])):
            res.other_shown += 1
            res.other.append(label)
    res.false_values = len(false_keys)
    return res


async def run_set(engine: Engine, gold: dict[str, Any], split: str | None) -> list[QResult]:
    out = []
    for q in gold["questions"]:
        if split and q.get("split", "tune") != split:
            continue
        t0 = time.perf_counter()
        ans = (await engine.ask(q["q"], count=False)).to_dict()
        r = judge(q, ans, gold["set"])
        r.ms = (time.perf_counter() - t0) * 1000
        out.append(r)
    return out


# ------------------------------------------------------------------ report
COLS = ("must", "must_found", "pairs", "pairs_found", "may_found", "must_not_shown", "false_values", "other_shown",
        "entries", "dups", "dups_same_outlet")


def totals(rows: list[QResult]) -> dict[str, Any]:
    t: dict[str, Any] = {k: sum(getattr(r, k) for r in rows) for k in COLS}
    t["questions"] = len(rows)
    t["closest"] = sum(1 for r in rows if r.closest)
    t["false_in_closest"] = sum(r.must_not_shown for r in rows if r.closest)
    t["figure_recall"] = round(t["must_found"] / t["must"], 3) if t["must"] else None
    t["pair_recall"] = round(t["pairs_found"] / t["pairs"], 3) if t["pairs"] else None
    t["entries_per_q"] = round(t["entries"] / len(rows), 2) if rows else None
    t["false_per_q"] = round(t["must_not_shown"] / len(rows), 2) if rows else None
    return t


def _row(name: str, t: dict[str, Any]) -> str:
    return (f"{name:<24}{t['questions']:>4}{t['must_found']:>5}/{t['must']:<4}{t['pairs_found']:>5}/{t['pairs']:<4}"
            f"{t['may_found']:>5}{t['must_not_shown']:>6}{t['false_values']:>6}{t['other_shown']:>6}"
            f"{t['entries_per_q']:>7}{t['dups']:>5}{t['dups_same_outlet']:>7}")


def print_table(by_set: dict[str, list[QResult]], verbose: bool) -> None:
    """false: entries showing a must-not figure; fvals: distinct must-not values per question (the
    same false value in several entries counts once)."""
    head = (f"{'set':<24}{'qs':>4}{'must':>10}{'pairs':>10}{'may':>5}{'false':>6}{'fvals':>6}{'other':>6}{'ent/q':>7}"
            f"{'dups':>5}{'dups/o':>7}")
    print(head)
    print("-" * len(head))
    everything: list[QResult] = []
    for name, rows in by_set.items():
        everything += rows
        print(_row(name, totals(rows)))
    print("-" * len(head))
    for split in ("tune", "heldout"):
        rows = [r for r in everything if r.split == split]
        if rows and len(rows) != len(everything):
            print(_row(f"({split})", totals(rows)))
    t = totals(everything)
    print(_row("ALL", t))
    print(f"\nfigure recall {t['figure_recall']}, (figure, outlet) recall {t['pair_recall']}, "
          f"false figures {t['must_not_shown']} ({t['false_per_q']}/question; {t['false_values']} distinct values), "
          f"unjudged figures {t['other_shown']}, entries/question {t['entries_per_q']}, duplicate values {t['dups']} "
          f"(same outlet {t['dups_same_outlet']}); {t['closest']} answers were the closest sentences' figures "
          f"(nothing counted the asked thing), holding {t['false_in_closest']} of the false figures")
    if verbose:
        print()
        for r in everything:
            flag = ("" if not (r.missing or r.false) else "  <--") + ("  (closest sentences)" if r.closest else "")
            print(f"[{r.split[0]}] {r.id:<14} {r.question}{flag}")
            print(f"     must {r.must_found}/{r.must}, pairs {r.pairs_found}/{r.pairs}, false {r.must_not_shown}, "
                  f"other {r.other_shown}, entries {r.entries}, dups {r.dups} (same outlet {r.dups_same_outlet}), {r.ms:.0f} ms")
            for m in r.missing:
                print(f"     missing: {m}")
            for f in r.false:
                print(f"     FALSE:   {f}")
            for o in r.other:
                print(f"     other:   {o}")


async def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", action="append", help="only this set (repeatable)")
    ap.add_argument("--split", choices=("tune", "heldout"), help="only questions of this split")
    ap.add_argument("--json", action="store_true", help="one JSON object: per question, per set, overall")
    ap.add_argument("--verbose", "-v", action="store_true", help="per question: missing, false and other figures")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--rebuild", action="store_true", help="build the cached databases again")
    ap.add_argument("--reuse", action="store_true",
                    help="use the newest built databases even if the code changed (answer-side changes only)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    sets = load_sets()
    if args.set:
        unknown = set(args.set) - {s["set"] for s in sets}
        if unknown:
            raise SystemExit(f"unknown set(s): {', '.join(sorted(unknown))}; have: {', '.join(s['set'] for s in sets)}")
        sets = [s for s in sets if s["set"] in args.set]
    by_set: dict[str, list[QResult]] = {}
    for kind in ("seeds", "corpus"):
        mine = [s for s in sets if s.get("corpus", "corpus") == kind]
        if not mine:
            continue
        engine = await open_db(kind, args.corpus, args.rebuild, args.reuse)
        try:
            for s in mine:
                by_set[s["set"]] = await run_set(engine, s, args.split)
        finally:
            await engine.close()
    if args.json:
        every = [r for rows in by_set.values() for r in rows]
        print(json.dumps({"questions": [vars(r) for r in every],
                          "sets": {k: totals(v) for k, v in by_set.items()},
                          "overall": totals(every)}, ensure_ascii=False, indent=1))
    else:
        print_table(by_set, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
