"""Answers as users see them, for a byte-for-byte check before and after a speed change.

Writes one JSON line per question: the answer object (`Answer.to_dict`, what `sumber ask --json`
prints) and the rendered text (what the bot and `sumber ask` print). Run it with the code before
a change and after it, on the same database copy, and compare the two files with `cmp`.

    python bench/same_answers.py DB QUESTIONS_FILE OUT [--no-count] [--floor exhaustive]

--floor exhaustive: the relevance floor's exhaustive pass in place of the MaxScore one (see
bench/probe.py), to check both give the same answers within one checkout.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from retrieval.answer import render_text  # noqa: E402
from retrieval.engine import Engine  # noqa: E402
from retrieval.ingest import InputError  # noqa: E402


async def run(db: Path, questions: list[str], out: Path, seeds: bool, floor: str = "top") -> int:
    kwargs = {} if seeds else {"seeds_dir": None}
    engine = await Engine.open(db, **kwargs)
    if floor == "exhaustive":
        from probe import exhaustive_floor   # bench/ is on sys.path when this runs as a script
        exhaustive_floor(engine.index)
    try:
        with out.open("w", encoding="utf-8") as f:
            for q in questions:
                try:
                    answer = await engine.ask(q, count=False)
                    row = {"q": q, "answer": answer.to_dict(), "text": render_text(answer)}
                except InputError as exc:
                    row = {"q": q, "error": str(exc)}
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    finally:
        await engine.close()
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db", type=Path)
    ap.add_argument("questions", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seeds", action="store_true", help="ingest the built-in seeds into an empty database first")
    ap.add_argument("--floor", choices=("top", "exhaustive"), default="top",
                    help="the relevance floor's pass: MaxScore (what the engine calls) or the exhaustive one")
    args = ap.parse_args()
    questions = [q for q in args.questions.read_text(encoding="utf-8").splitlines() if q.strip()]
    return asyncio.run(run(args.db, questions, args.out, args.seeds, args.floor))


if __name__ == "__main__":
    sys.exit(main())
