"""Where each missing must figure of the topic sets is lost: never offered to the answer rules,
not counting the asked noun in its words, or set aside by named rules of
`relevance.figure_answers`.

Not a test and not a measurement of quality (that is eval/claims_eval.py): a developer's map of
which stage to work on. It asks every question on a corpus database `claims_eval.py` built and
watches the two tests a figure meets in answer composition.

    .venv/bin/python eval/where_lost.py [--db PATH] [--set NAME ...] [--prefix ID_PREFIX ...] [--each] [--pairs]

--db defaults to the newest database in claims_eval's cache directory. Output, one line per
missing figure: question id, stage (unseen / noun / rules: names), value, question; then the
sentence it was read in, when it was offered. With --pairs, also each figure listed without some
of the outlets that carry it: every sentence of that value offered, with its failing rules.
"""
from __future__ import annotations

import argparse
import ast
import asyncio
import inspect
import json
import sqlite3
import sys
from collections import Counter
import textwrap
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from claims_eval import judge, load_sets, newest_corpus_db, outlet_key, same_figure  # noqa: E402
from retrieval import answer, relevance  # noqa: E402
from retrieval.engine import Engine  # noqa: E402

# the rules figure_answers joins with `and`, as expressions to evaluate one by one
_RULES = [ast.unparse(p) for p in next(n for n in ast.walk(ast.parse(textwrap.dedent(
    inspect.getsource(relevance.figure_answers)))) if isinstance(n, ast.Return)).value.values]


def failing_rules(frame, q, sentence, title, published, siblings) -> list[str]:  # noqa: ANN001
    env = dict(vars(relevance))
    env.update(frame=frame, quantity=q, sentence=sentence, title=title, published=published,
               siblings=siblings, memo=None, compared_apart=relevance.before_comparison(sentence, q.get("text")))
    out = []
    for rule in _RULES:
        try:
            ok = eval(rule, env)  # noqa: S307 - the module's own source
        except Exception as exc:  # noqa: BLE001
            ok = f"error {exc}"
        if ok is not True:
            out.append(_rule_name(rule))
    return out


def _rule_name(rule: str) -> str:
    """The rule an `or` term guards ("is_scoreline(q) or holder_fits(…)" fails through holder_fits)."""
    called = [n.func.id for n in ast.walk(ast.parse(rule)) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    fits = [name for name in called if name.endswith("_fits")]
    return (fits or called or [rule])[0].removeprefix("not ")


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--set", nargs="*", default=None)
    ap.add_argument("--prefix", nargs="*", default=None)
    ap.add_argument("--each", action="store_true", help="every sentence offered, with its date and failing rules")
    ap.add_argument("--pairs", action="store_true", help="also figures listed without every outlet that carries them")
    args = ap.parse_args()
    db = args.db or newest_corpus_db()
    if db is None:
        print("no corpus database: run `make eval-claims` first", file=sys.stderr)
        return 1
    offered: list[tuple] = []
    tally: Counter = Counter()   # (--pairs) where the sentences of missing outlets were lost
    counted: list[tuple] = []
    matches, answers = answer._quantity_matches, answer.figure_answers

    def watch_matches(q, targets, pipeline, sentence="", units_only=frozenset(), weighed=None):  # noqa: ANN001, ANN202
        ok = matches(q, targets, pipeline, sentence, units_only, weighed)
        counted.append((q, ok))
        return ok

    def watch_answers(frame, q, sentence, title, published=None, siblings=None, memo=None):  # noqa: ANN001, ANN202
        ok = answers(frame, q, sentence, title, published, siblings, None)
        offered.append((frame, q, sentence, title, published, siblings, ok))
        return ok

    answer._quantity_matches, answer.figure_answers = watch_matches, watch_answers
    engine = await Engine.open(db, seeds_dir=None)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for s in load_sets():
            if s.get("corpus") != "corpus" or (args.set and s["set"] not in args.set):
                continue
            for g in s["questions"]:
                if args.prefix and not any(g["id"].startswith(p) for p in args.prefix):
                    continue
                offered.clear()
                counted.clear()
                shown = (await engine.ask(g["q"], count=False)).to_dict()
                reached: list[dict] = []

                def reach(q: str = g["q"], kept: list[dict] = reached) -> dict[int, tuple[int, float]]:
                    if not kept:   # (read once per question, and only when a sentence was never offered)
                        kept.append(reach_of(engine, q))
                    return kept[0]

                missing = set(judge(g, shown, s["set"]).missing)
                for must in g["must"]:
                    if (must.get("text") or str(must["value"])) not in missing:
                        if args.pairs:
                            _print_pairs_lost(g, must, shown, offered, con, reach, tally)
                        continue
                    mine = [o for o in offered if same_figure(o[1], must)]
                    if mine:
                        fails = sorted({r for o in mine if not o[-1] for r in failing_rules(*o[:-1])})
                        stage = "rules: " + ", ".join(fails) if fails else "answers, not listed"
                        where = f"[{mine[0][1].get('text')}] {mine[0][2]}"
                    elif any(same_figure(q, must) for q, _ in counted):
                        stage, where = "noun", next(q for q, _ in counted if same_figure(q, must))["text"]
                    else:
                        stage, where = "unseen", ""
                    print(f"{g['id']}\t{stage}\t{must['value']}\t{g['q']}")
                    if where:
                        print(f"    {where[:200]}")
                    for o in (mine if args.each else ()):
                        print(f"      {o[4]} [{o[1].get('text')}] {failing_rules(*o[:-1]) if not o[-1] else 'ok'} {o[2][:140]}")
        if args.pairs:   # the sentences of missing outlets, by where each was lost
            print("pairs lost, sentences: " + ", ".join(f"{k} {v}" for k, v in tally.most_common()))
    finally:
        con.close()
        await engine.close()
    return 0


def reach_of(engine: Engine, question: str) -> dict[int, tuple[int, float]]:
    """Every passage holding some of the question: its rank by BM25 and its share of the question
    (with its title), as the strong floor (relevance.QUANTITY_STRONG_FLOOR) reads it."""
    query = engine.pipeline.parse_query(question)
    index = engine.index
    idf = {t: v for t in set(query.terms) if (v := index.idf_of(t)) is not None}
    weights = relevance.coverage_weights(query.terms, idf, relevance.max_idf_for(index.n_docs))
    found, _ = index.matching(query.terms, weights, 0.01, index.n_docs)
    return {pid: (rank, share) for rank, (pid, _, share) in enumerate(sorted(found, key=lambda m: -m[1]))}


def _print_pairs_lost(g: dict, must: dict, shown: dict, offered: list[tuple], db: sqlite3.Connection,
                      reach: Callable[[], dict[int, tuple[int, float]]], tally: Counter) -> None:
    """A figure listed without some outlets that carry it: for each gold article of an outlet not
    listed, its sentences of that value and whether each was offered (with its failing rules);
    one never offered says where it stands (its BM25 rank and share of the question)."""
    wanted = {outlet_key(o) for o in must["outlets"]}
    got = {outlet_key(o) for c in shown["claims"] if c.get("figure") and same_figure(c["figure"], must)
           for src in c["sources"] for o in (src["outlet"], src.get("rehosted_by")) if o}
    if not wanted - got:
        return
    print(f"{g['id']}\tpairs {len(wanted & got)}/{len(wanted)}, not {sorted(wanted - got)}\t{must['value']}\t{g['q']}")
    stories = {src.get("story") for c in shown["claims"] if c.get("figure") and same_figure(c["figure"], must)
               for src in c["sources"]} - {None}
    for aid in must.get("articles", []):
        row = db.execute("SELECT outlet_domain, outlet, story FROM articles WHERE id = ?", (aid,)).fetchone()
        if row is None or outlet_key(row[0] or row[1]) not in wanted - got:
            continue
        said = [(t, pid) for t, qs, pid in db.execute(
                    "SELECT text, quantities, passage_id FROM claims WHERE article_id = ?", (aid,))
                if any(same_figure(q, must) for q in json.loads(qs))]
        for text, pid in said or [("(no sentence of this value read)", None)]:
            mine = [o for o in offered if o[2] == text and same_figure(o[1], must)]
            verdict = (failing_rules(*mine[0][:-1]) if not mine[0][-1] else "ok, not listed") if mine else "not offered"
            if mine:
                tally.update([f"set aside by {r}" for r in verdict] if isinstance(verdict, list) else [verdict])
            elif pid is None:
                tally["no sentence of the value read"] += 1
            else:
                rank, share = reach().get(pid, (None, 0.0))
                verdict += f" (share {share:.2f}, BM25 rank {rank})"
                low = share < relevance.QUANTITY_STRONG_FLOOR * (1 - 1e-9)
                tally["never offered, " + ("under the strong floor" if low else "at or over the strong floor")] += 1
            copy = " (a copy of a listed page's story)" if row[2] is not None and row[2] in stories else ""
            print(f"      {outlet_key(row[0] or row[1])} {aid}: {verdict}{copy} | {text[:140]}")


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
