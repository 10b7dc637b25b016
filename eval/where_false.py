"""Each false entry the answers list on the topic sets: the must_not figure it matches, the gold
set's "why", and the sentence the answer gives for it. A developer's map of which rule to write
next, as eval/where_lost.py is for the missing figures; not a measurement (eval/claims_eval.py).

    .venv/bin/python eval/where_false.py [--db PATH] [--set NAME ...] [--prefix ID_PREFIX ...]
                                         [--skip-batch HELDOUT_SET ...]

--db defaults to the newest database in claims_eval's cache directory. --skip-batch leaves out the
sets of the named held-out batches (`heldout_set`), so a session can list the readable sets' errors
without reading a batch it keeps unread. Output: a line per question with false entries (id,
question), then per entry its text, outlets and why, and the sentence it was read in.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from claims_eval import load_sets, newest_corpus_db, same_figure  # noqa: E402
from retrieval.engine import Engine  # noqa: E402


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--set", nargs="*", default=None)
    ap.add_argument("--prefix", nargs="*", default=None)
    ap.add_argument("--skip-batch", nargs="*", default=[], help="held-out batches (heldout_set) not to read")
    args = ap.parse_args()
    db = args.db or newest_corpus_db()
    if db is None:
        print("no corpus database: run `make eval-claims` first", file=sys.stderr)
        return 1
    engine = await Engine.open(db, seeds_dir=None)
    shown = 0
    try:
        for s in load_sets():
            if s.get("corpus") != "corpus" or (args.set and s["set"] not in args.set) \
                    or str(s.get("heldout_set", "")) in set(args.skip_batch):
                continue
            for g in s["questions"]:
                if args.prefix and not any(g["id"].startswith(p) for p in args.prefix):
                    continue
                if not g.get("must_not"):
                    continue
                claims = (await engine.ask(g["q"], count=False)).to_dict()["claims"]
                lines = []
                for c in claims:
                    bad = next((m for m in g["must_not"] if same_figure(c.get("figure"), m)), None)
                    if bad is None or any(same_figure(c.get("figure"), m) for m in g["must"] + g.get("may", [])):
                        continue
                    outlets = ", ".join(src.get("outlet") or "?" for src in c.get("sources", []))
                    lines.append(f"  FALSE {(c.get('figure') or {}).get('text')} [{outlets}] | {bad.get('why', '')}")
                    lines.append(f"        {(c.get('text') or '')[:300]}")
                if lines:
                    shown += len(lines) // 2
                    print(f"{g['id']}\t{g['q']}")
                    print("\n".join(lines))
        print(f"false entries listed: {shown}")
    finally:
        await engine.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
