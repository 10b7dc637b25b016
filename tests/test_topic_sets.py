"""The topic gold sets (eval/topics/*.json) are read by eval/claims_eval.py: a malformed file
would silently measure nothing, so their schema is checked here (no corpus needed)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOPICS = ROOT / "eval" / "topics"
sys.path.insert(0, str(ROOT / "eval"))
import claims_eval  # noqa: E402

FILES = sorted(TOPICS.glob("*.json"))
SET_KEYS = {"set", "topic", "year", "corpus", "note", "questions"}
Q_KEYS = {"id", "q", "split", "must", "may", "must_not"}
SPLITS = {"tune", "heldout"}


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def check_figure(fig: object, where: str, need_outlets: bool) -> None:
    assert isinstance(fig, dict), f"{where}: not an object"
    assert isinstance(fig.get("value"), (int, float)) and not isinstance(fig["value"], bool), f"{where}: numeric value"
    if fig.get("high") is not None:
        assert isinstance(fig["high"], (int, float)) and fig["high"] > fig["value"], f"{where}: high must exceed value"
    assert isinstance(fig.get("text"), str) and fig["text"].strip(), f"{where}: text identifies the figure"
    if need_outlets:
        outlets = fig.get("outlets")
        assert isinstance(outlets, list) and outlets, f"{where}: outlets (corpus domains) required"
        assert all(isinstance(o, str) and "." in o and o == o.lower() for o in outlets), f"{where}: outlets are domains"
        assert len(set(outlets)) == len(outlets), f"{where}: an outlet listed twice"
    else:
        assert isinstance(fig.get("why"), str) and fig["why"].strip(), f"{where}: must_not says why"
    for a in fig.get("articles", []):
        assert isinstance(a, str) and a, f"{where}: article ids are strings"


def test_there_are_enough_sets() -> None:
    sets = [load(p) for p in FILES]
    corpus_sets = [s for s in sets if s["corpus"] == "corpus"]
    assert len(corpus_sets) >= 5
    assert len({s["year"] for s in corpus_sets}) >= 3, "sets span several years"
    assert any(s["corpus"] == "seeds" for s in sets)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_gold_file_schema(path: Path) -> None:
    data = load(path)
    missing = SET_KEYS - data.keys()
    assert not missing, f"{path.name}: missing {missing}"
    assert data["set"] == path.stem, "the set name is the file name"
    assert data["corpus"] in ("corpus", "seeds")
    assert isinstance(data["year"], int)
    assert data["questions"], "a set has questions"
    for q in data["questions"]:
        where = f"{path.name}:{q.get('id')}"
        missing = Q_KEYS - q.keys()
        assert not missing, f"{where}: missing {missing}"
        assert q["split"] in SPLITS, f"{where}: split"
        assert isinstance(q["q"], str) and q["q"].strip().endswith("?"), f"{where}: a question"
        assert q["must"], f"{where}: at least one figure must appear"
        for kind in ("must", "may"):
            for i, fig in enumerate(q[kind]):
                check_figure(fig, f"{where} {kind}[{i}]", need_outlets=True)
        for i, fig in enumerate(q["must_not"]):
            check_figure(fig, f"{where} must_not[{i}]", need_outlets=False)
        # a figure cannot be both required/optional and forbidden: it would count both ways
        allowed = [f for f in q["must"] + q["may"]]
        for bad in q["must_not"]:
            assert not any(claims_eval.same_figure(bad, ok) or claims_eval.same_figure(ok, bad) for ok in allowed), \
                f"{where}: {bad['text']} is in must_not and in must/may"
    splits = [q["split"] for q in data["questions"]]
    if len(splits) >= 3 and not data.get("heldout_set"):  # a whole set may be a fresh held-out one
        assert "heldout" in splits and "tune" in splits, f"{path.name}: some questions held out, some for tuning"
    if data.get("heldout_set"):
        assert set(splits) == {"heldout"}, f"{path.name}: a held-out set holds held-out questions only"


def test_ids_unique_across_sets() -> None:
    seen: dict[str, str] = {}
    names: set[str] = set()
    for path in FILES:
        data = load(path)
        assert data["set"] not in names, f"duplicate set {data['set']}"
        names.add(data["set"])
        for q in data["questions"]:
            assert q["id"] not in seen, f"question id {q['id']} in {path.name} and {seen.get(q['id'])}"
            seen[q["id"]] = path.name


def test_judge_counts_found_false_and_duplicates() -> None:
    """The scorer itself: a must figure found under the right outlet, a must-not shown, a repeat."""
    gold = {"id": "x", "q": "berapa?", "split": "tune",
            "must": [{"value": 50, "text": "50", "outlets": ["okezone.com", "sindonews.com"]}],
            "may": [], "must_not": [{"value": 2500, "text": "2.500", "why": "missing"}]}
    answer = {"claims": [
        {"figure": {"value": 50.0, "high": None, "text": "sedikitnya 50 orang"}, "sources": [{"outlet": "Okezone"}]},
        {"figure": {"value": 50.0, "high": None, "text": "50 jiwa"}, "sources": [{"outlet": "Okezone"}]},
        {"figure": {"value": 2500.0, "high": None, "text": "2.500 orang"}, "sources": [{"outlet": "SINDOnews"}]},
        {"figure": {"value": 7.0, "high": None, "text": "7 orang"}, "sources": [{"outlet": "Kompas.com"}]},
    ]}
    r = claims_eval.judge(gold, answer, "t")
    assert (r.must_found, r.pairs_found, r.pairs) == (1, 1, 2)
    assert (r.must_not_shown, r.other_shown) == (1, 1)
    assert (r.dups, r.dups_same_outlet, r.entries) == (1, 1, 4)


def test_ranges_need_the_same_high() -> None:
    gold = {"value": 6000, "high": 7000, "text": "6.000 hingga 7.000"}
    assert claims_eval.same_figure({"value": 6000.0, "high": 7000.0}, gold)
    assert not claims_eval.same_figure({"value": 6000.0, "high": None}, gold)
    assert claims_eval.same_figure({"value": 5700000.0}, {"value": 5_700_000, "text": "5,7 juta"})
