"""What a user sees on FacQA, end to end: every question through the same Engine.ask that
`sumber ask --json` prints, over an archive made of FacQA's own passages.

A shown claim counts as right when it is a sentence of the question's own passage (texts compared
with spaces and punctuation removed: FacQA passages are tokenised). Reported per split:
share of empty answers, share answered only by the partial ("yang paling dekat") fallback,
R@1, R@10, MRR over the claims in the order shown, and A@1: the first claim holds a gold answer
string (another passage can state the same fact); exact match and token F1 of the first claim's
answer phrase (`answer_span`) against the gold answers.

Usage: python eval/answers.py [--split valid|train|both] [--show-misses N] [--db PATH]
Tune on train, report valid (docs/quality.md).
"""
from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from eval.span_eval import score as span_score  # noqa: E402
from retrieval.engine import Engine  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "facqa" / "facqa-dev.jsonl.gz"
_NON_WORD = re.compile(r"[\W_]+")


def squash(text: str) -> str:
    """Lower case without spaces and punctuation: FacQA's tokenised text meets the cleaned claim."""
    return _NON_WORD.sub("", text.lower())


@dataclass
class Item:
    qid: str
    split: str
    question: str
    passage_no: int
    answers: list[str]


def load(path: Path) -> tuple[list[str], list[Item]]:
    passages: dict[str, int] = {}
    items = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            no = passages.setdefault(rec["passage"], len(passages))
            items.append(Item(rec["id"], rec["split"], rec["question"], no, rec.get("answers") or []))
    return list(passages), items


async def build_archive(engine: Engine, passages: list[str]) -> int:
    """Each distinct FacQA passage becomes one article (id facqa-N); returns how many were kept.
    An empty passage is left out (the half archive of --unanswerable)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "facqa.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for no, text in enumerate(passages):
                if not text:
                    continue
                f.write(json.dumps({"id": f"facqa-{no}", "outlet": "facqa", "text": text}, ensure_ascii=False) + "\n")
        report = await engine.ingest_paths([path])
    return len(report.added) + len(report.replaced) + len(report.duplicates)


@dataclass
class Tally:
    n: int = 0
    empty: int = 0
    partial: int = 0
    r1: int = 0
    r10: int = 0
    rr: float = 0.0
    a1: int = 0
    span_em: float = 0.0   # the first claim's answer phrase against the gold answers
    span_f1: float = 0.0
    misses: list[tuple[Item, list[str]]] = field(default_factory=list)

    def row(self, name: str) -> str:
        n = self.n or 1
        return (f"{name:28} {self.n:5d} {self.empty / n:7.1%} {self.partial / n:8.1%} {self.r1 / n:6.3f}"
                f" {self.r10 / n:6.3f} {self.rr / n:6.3f} {self.a1 / n:6.3f} {self.span_em / n:7.3f} {self.span_f1 / n:7.3f}")


def rank_of_gold(claim_texts: list[str], gold_passage: str) -> int | None:
    """1-based position of the first shown claim that is a sentence of the gold passage."""
    gold = squash(gold_passage)
    for i, text in enumerate(claim_texts, 1):
        s = squash(text)
        if s and s in gold:
            return i
    return None


async def run(engine: Engine, passages: list[str], items: list[Item]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for it in items:
        answer = (await engine.ask(it.question, count=False)).to_dict()
        texts = [c["text"] for c in answer["claims"]]
        t = tallies.setdefault(it.split, Tally())
        t.n += 1
        if not texts:
            t.empty += 1
        if answer.get("match") == "partial":
            t.partial += 1
        rank = rank_of_gold(texts, passages[it.passage_no])
        if rank == 1:
            t.r1 += 1
        if rank is not None and rank <= 10:
            t.r10 += 1
        if rank is not None:
            t.rr += 1 / rank
        if texts and any(squash(a) and squash(a) in squash(texts[0]) for a in it.answers):
            t.a1 += 1
        span = answer["claims"][0]["answer_span"] if texts else None
        em, f1 = span_score(span["text"] if span else None, it.answers)
        t.span_em += em
        t.span_f1 += f1
        if rank != 1:
            t.misses.append((it, texts[:3]))
    return tallies


async def main_async(args: argparse.Namespace) -> int:
    if not args.data.exists():
        print(f"FacQA file not found: {args.data}", file=sys.stderr)
        return 1
    passages, items = load(args.data)
    if args.split != "both":
        items = [it for it in items if it.split == args.split]
    if args.unanswerable:
        # an archive of the even-numbered passages; a question whose passage is odd is (mostly)
        # one the archive cannot answer: what share of those still get claims, and how many
        passages = [p if no % 2 == 0 else "" for no, p in enumerate(passages)]
        items = [it for it in items if it.passage_no % 2 == 1]
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "facqa.db"
        engine = await Engine.open(db, seeds_dir=None)
        try:
            t0 = time.perf_counter()
            if (await engine.store.counts())["articles"] == 0:
                kept = await build_archive(engine, passages)
                print(f"archive: {kept} of {len(passages)} FacQA passages ingested as articles "
                      f"({time.perf_counter() - t0:.1f}s)")
            t0 = time.perf_counter()
            tallies = await run(engine, passages, items)
            elapsed = time.perf_counter() - t0
        finally:
            await engine.close()
    print(f"end to end (what `sumber ask` shows), {len(items)} questions in {elapsed:.1f}s"
          + (" — questions the archive does not hold: 'empty' is the right answer" if args.unanswerable else ""))
    print(f"{'split':28} {'n':>5} {'empty':>7} {'partial':>8} {'R@1':>6} {'R@10':>6} {'MRR':>6} {'A@1':>6} {'span EM':>7} {'span F1':>7}")
    for split in ("train", "valid"):
        if split in tallies:
            print(tallies[split].row(split))
    if args.show_misses:
        for split, t in tallies.items():
            print(f"\n-- {split}: first {args.show_misses} questions whose first claim is not from their passage")
            for it, texts in t.misses[: args.show_misses]:
                print(f"Q {it.qid}: {it.question}  [gold: {' | '.join(it.answers)}]")
                for s in texts:
                    print(f"   shown: {s[:160]}")
                if not texts:
                    print("   (empty)")
    if args.json:
        out = {s: {k: getattr(t, k) for k in ("n", "empty", "partial", "r1", "r10", "rr", "a1", "span_em", "span_f1")} for s, t in tallies.items()}
        args.json.write_text(json.dumps(out, indent=2))
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    p.add_argument("--split", choices=("train", "valid", "both"), default="both")
    p.add_argument("--show-misses", type=int, default=0, metavar="N")
    p.add_argument("--db", type=Path, default=None, help="reuse an archive database (built when empty)")
    p.add_argument("--json", type=Path, default=None, help="also write the figures here")
    p.add_argument("--unanswerable", action="store_true",
                   help="archive of half the passages, questions on the other half: how often they still get claims")
    return asyncio.run(main_async(p.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
