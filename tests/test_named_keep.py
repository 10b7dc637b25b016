"""The names filter judging a list at once (engine._NamedKeep.each, engine._kept) keeps exactly
the candidates it keeps judging each alone, as Engine._answer did for the leads, the timed
candidates and the closest few (one article_holds pass for the list instead of one a candidate)."""
from __future__ import annotations

import random
from types import SimpleNamespace

from retrieval.engine import Engine, _kept, _NamedKeep

TERMS = [f"t{k}" for k in range(8)]


class FakeIndex:
    """article_holds as BM25Index answers it: per passage, which of the terms its article holds;
    None when any passage asked is not in the snapshot."""

    def __init__(self, holds: dict[int, frozenset[str]]) -> None:
        self.holds = holds
        self.calls = 0

    def article_holds(self, pids: list[int], terms: list[str]) -> list[frozenset[str]] | None:
        self.calls += 1
        if any(p not in self.holds for p in pids):
            return None
        return [frozenset(t for t in terms if t in self.holds[p]) for p in pids]


def _cand(pid: int) -> SimpleNamespace:
    return SimpleNamespace(passage=SimpleNamespace(id=pid))


def _name(rng: random.Random) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(rng.sample(TERMS, rng.randint(1, 2))) for _ in range(rng.randint(1, 2)))


def _case(rng: random.Random) -> None:
    known = list(range(40))
    holds = {p: frozenset(rng.sample(TERMS, rng.randint(0, 6))) for p in known}
    names = tuple(_name(rng) for _ in range(rng.randint(0, 3)))
    located = tuple(_name(rng) for _ in range(rng.randint(0, 1)))
    if not names and not located:
        names = (_name(rng),)
    pool = known + [100, 101]   # two passages not in the snapshot

    def pick(n: int) -> list[SimpleNamespace]:
        return [_cand(p) for p in rng.sample(pool, n)]

    first = pick(rng.randint(0, 12))
    lists = [pick(rng.randint(0, 15)) for _ in range(3)]
    odd = rng.random() < 0.5
    outer = (lambda c: c.passage.id % 3 != 0) if odd else None
    one_by_one = FakeIndex(holds)
    together = FakeIndex(holds)
    alone_filter = Engine._named_filter(one_by_one, names, located)
    list_filter = Engine._named_filter(together, names, located)
    assert [c.passage.id for c in alone_filter(first)] == [c.passage.id for c in list_filter(first)]
    alone, at_once = _NamedKeep(outer, alone_filter), _NamedKeep(outer, list_filter)
    for xs in lists:
        want = [c.passage.id for c in xs if alone(c)]
        assert [c.passage.id for c in _kept(at_once, xs)] == want


def test_each_keeps_what_each_alone_keeps() -> None:
    rng = random.Random(13)
    for _ in range(3000):
        _case(rng)


def test_one_pass_for_a_list() -> None:
    holds = {p: frozenset({"a", "b"} if p % 2 else {"a"}) for p in range(10)}
    index = FakeIndex(holds)
    keep_named = Engine._named_filter(index, ((("a",),), (("b",),)), ())
    keep_named([_cand(p) for p in range(4)])   # fixes how many names an article must give
    index.calls = 0
    kept = _kept(_NamedKeep(None, keep_named), [_cand(p) for p in range(10)])
    assert [c.passage.id for c in kept] == [1, 3, 5, 7, 9]
    assert index.calls == 1


def test_kept_without_keep_or_each() -> None:
    xs = [_cand(p) for p in range(5)]
    assert _kept(None, xs) == xs
    assert [c.passage.id for c in _kept(lambda c: c.passage.id > 2, xs)] == [3, 4]
