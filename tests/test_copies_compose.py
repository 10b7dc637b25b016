"""Composing over many copies of one sentence (issue 13, eleventh session): the 10M archive holds
~22 copies of every passage, and an answer entry gathers them all. The faster helpers must give
exactly what the code they replace gave; the old code is kept here as the reference."""
from __future__ import annotations

import copy
import random

from retrieval import answer as A
from retrieval.answer import AnswerClaim, Source, TEXT_SIMILARITY, _closest_member, _distinct_members, _jaccard
from retrieval.claims import same_speaker
from retrieval.syndication import outlet_names


# ------------------------------------------------------------------ the code before (main at 9bd2fbb)
def old_order_sources(claim: AnswerClaim) -> None:
    names = outlet_names()
    origin_key = names.key(claim.origin)
    order = {s.article_id: i for i, s in reversed(list(enumerate(claim.sources)))}
    claim.sources.sort(key=lambda s: (names.key(s.outlet) != origin_key, s.rehosted_by is not None,
                                      s.published or "9999", order[s.article_id]))
    lead_of: dict[object, str] = {}
    for s in claim.sources:
        story = s.story if s.story is not None else ("article", s.article_id)
        if s.role == "origin" or names.key(s.outlet) == names.key(s.origin):
            lead_of.setdefault(story, s.article_id)
        s.role = "origin" if lead_of.get(story) == s.article_id else "copy"


def old_merge_into(groups, group_terms, entry, terms, same_claim, *, may_open=True,  # noqa: ANN001, ANN201
                   speaker_across_outlets=False, story_figures=False):
    src = entry.sources[0]
    for g, gt in zip(groups, group_terms):
        gsrc = g.sources[0]
        copied = False
        if src.story is not None and any(s.story == src.story for s in g.sources):
            best = max(g.member_terms or [gt], key=lambda t: _jaccard(terms, t))
            if _jaccard(terms, best) >= TEXT_SIMILARITY:
                copied, gt = True, best
            elif story_figures and same_claim(entry, g, terms, gt):
                copied = True
        if src.outlet != gsrc.outlet and not copied and not (
                speaker_across_outlets and same_speaker(entry.speaker, g.speaker)):
            continue
        speakers_ok = (copied or same_speaker(entry.speaker, g.speaker)
                       or (entry.speaker is None and g.speaker is None)
                       or ((entry.speaker is None or g.speaker is None) and src.article_id == gsrc.article_id))
        if not speakers_ok:
            continue
        if not same_claim(entry, g, terms, gt):
            continue
        if all(s.passage_id != src.passage_id for s in g.sources):
            g.sources.append(src)
            g.member_terms.append(terms)
            old_absorb_copies(groups, group_terms, g, src, terms, same_claim)
            old_order_sources(g)
        if entry.speaker and entry.speaker not in g.speakers:
            g.speakers.append(entry.speaker)
        if g.speaker is None and entry.speaker:
            g.speaker = entry.speaker
        g.cited_from = g.cited_from or entry.cited_from
        return
    if not may_open:
        return
    entry.origin = entry.origin or src.origin or src.outlet
    entry.member_terms = [terms]
    old_order_sources(entry)
    groups.append(entry)
    group_terms.append(terms)


def old_absorb_copies(groups, group_terms, g, src, terms, same_claim) -> None:  # noqa: ANN001
    if src.story is None:
        return
    for i in range(len(groups) - 1, -1, -1):
        h, ht = groups[i], group_terms[i]
        if h is g or all(s.story != src.story for s in h.sources):
            continue
        if max(_jaccard(terms, t) for t in h.member_terms or [ht]) < TEXT_SIMILARITY or not same_claim(h, g, ht, terms):
            continue
        seen = {s.passage_id for s in g.sources}
        g.sources += [s for s in h.sources if s.passage_id not in seen]
        g.member_terms += h.member_terms or [ht]
        g.speakers += [sp for sp in h.speakers if sp not in g.speakers]
        g.speaker = g.speaker or h.speaker
        g.cited_from = g.cited_from or h.cited_from
        g.score = max(g.score, h.score)
        del groups[i], group_terms[i]


# ------------------------------------------------------------------ random copies of a few sentences
OUTLETS = ["Kompas", "kompas.com", "KOMPAS.com", "Tempo", "tempo.co", "Antara", "detikcom", None]
WORDS = "harga beras naik persen kata menteri perdagangan jakarta pasar induk stok bulog ton".split()


def random_source(rng: random.Random, pid: int, by_article: bool = False) -> Source:
    """A source of one of 12 articles; `by_article`: its outlet, credit, date, story and origin
    are its article's (as _source builds them from one article row), else drawn apart."""
    art = rng.randrange(12)
    pick = random.Random(art) if by_article else rng
    outlet = pick.choice(OUTLETS[:-1])
    published = pick.choice([None, "2019-05-01", "2019-05-02"])
    rehosted = pick.choice([None, None, "example.com"])
    story = pick.choice([None, 1, 2, 3])
    origin = pick.choice(OUTLETS)
    names = outlet_names()
    role = ("origin" if names.key(origin or outlet) == names.key(outlet) else "copy") if by_article \
        else rng.choice(["origin", "copy"])
    return Source(outlet=outlet, article_id=f"a{art}", title=None, published=published, url=None, passage_id=pid,
                  role=role, rehosted_by=rehosted, story=story, origin=origin or outlet,
                  speaker=rng.choice([None, "Budi", "Susi"]))


def random_terms(rng: random.Random, bases: list[set[str]]) -> set[str]:
    base = rng.choice(bases)
    if rng.random() < 0.6:
        return set(base)   # an exact copy: a new set of the same content
    return {w for w in base if rng.random() < 0.8} | {rng.choice(WORDS)}


def test_order_sources_is_the_old_order_and_roles() -> None:
    """Sources appended one by one (and several at once), ordered after each: the same order and
    roles as the old code, on outlets spelled differently, unknown origins and shared stories."""
    rng = random.Random(3)
    kept = 0
    for trial in range(800):
        by_article = trial % 2 == 0
        first = random_source(rng, 0, by_article)
        a = AnswerClaim("t", [], None, None, [first], 1.0, origin=rng.choice(OUTLETS))
        b = copy.deepcopy(a)
        for pid in range(1, rng.randrange(2, 30)):
            if trial % 7 == 0 and pid == 5:
                a.origin = b.origin = rng.choice(OUTLETS)   # the claim's origin changes between calls
            kept += "_ordered" in a.__dict__   # the keys kept: the next single append is inserted
            extra = [random_source(rng, pid * 10 + k, by_article) for k in range(1 if rng.random() < 0.8 else 3)]
            a.sources += extra
            b.sources += copy.deepcopy(extra)
            A._order_sources(a)
            old_order_sources(b)
            assert [(s.article_id, s.passage_id, s.role) for s in a.sources] == \
                   [(s.article_id, s.passage_id, s.role) for s in b.sources]
    assert kept > 2000   # the insertion path was taken (sources of one article alike)


def test_closest_member_is_max_of_all_members() -> None:
    """The first member with the highest Jaccard, as max(key=...) gives, from each content once."""
    rng = random.Random(5)
    bases = [set(rng.sample(WORDS, 6)) for _ in range(3)]
    for _ in range(2000):
        g = AnswerClaim("t", [], None, None, [], 1.0)
        g.member_terms = [random_terms(rng, bases) for _ in range(rng.randrange(1, 25))]
        terms = random_terms(rng, bases) if rng.random() < 0.9 else set()
        best = max(g.member_terms, key=lambda t: _jaccard(terms, t))
        got, sim = _closest_member(terms, _distinct_members(g))
        assert got == best and sim == _jaccard(terms, best)
        # the first of that content in the list, as max returns
        assert [t for t in g.member_terms if t == got][0] is got


def test_distinct_members_follows_the_growing_list() -> None:
    """Kept on the entry: members appended, extended, or a new list put in its place."""
    g = AnswerClaim("t", [], None, None, [], 1.0)
    g.member_terms = [{"a", "b"}, {"a", "b"}]
    assert _distinct_members(g) == [{"a", "b"}]
    g.member_terms.append({"a", "c"})
    g.member_terms += [{"a", "b"}, {"c"}]
    assert _distinct_members(g) == [{"a", "b"}, {"a", "c"}, {"c"}]
    g.member_terms = [{"x"}]
    assert _distinct_members(g) == [{"x"}]
    g.member_terms = []
    assert _distinct_members(g) == []


def test_merge_into_is_the_old_merge_on_many_copies() -> None:
    """Whole compositions: entries that are copies of a few sentences in several outlets and
    stories, merged by the old code and by answer._merge_into: the same groups, sources (order,
    roles), speakers."""
    rng = random.Random(11)
    for trial in range(300):
        bases = [set(rng.sample(WORDS, rng.randrange(3, 8))) for _ in range(rng.randrange(1, 5))]
        entries = []
        for pid in range(rng.randrange(1, 60)):
            src = random_source(rng, pid, by_article=trial % 3 != 0)
            entries.append((AnswerClaim("t", [], src.speaker, None, [src], rng.random(),
                                        speakers=[src.speaker] if src.speaker else []),
                            random_terms(rng, bases)))
        limit = rng.randrange(1, 8)
        same = (lambda _a, _b, ta, tb: _jaccard(ta, tb) >= TEXT_SIMILARITY)
        results = []
        for merge in (old_merge_into, A._merge_into):
            groups: list[AnswerClaim] = []
            group_terms: list[set[str]] = []
            unions: dict = {}
            for entry, terms in copy.deepcopy(entries):
                if merge is A._merge_into and len(groups) >= limit and not A._may_join(groups, group_terms, terms,
                                                                                        unions):
                    continue
                merge(groups, group_terms, entry, terms, same, may_open=len(groups) < limit,
                      speaker_across_outlets=trial % 2 == 0)
            results.append([(g.speaker, g.speakers, g.origin, [(s.passage_id, s.role) for s in g.sources],
                             [sorted(t) for t in g.member_terms]) for g in groups])
        assert results[0] == results[1]


def test_held_follows_the_sources() -> None:
    """The stories and passage ids of an entry's sources, after appends, extends and sorts."""
    rng = random.Random(2)
    g = AnswerClaim("t", [], None, None, [random_source(rng, 0)], 1.0, origin="Kompas")
    for pid in range(1, 40):
        if pid % 3:
            g.sources.append(random_source(rng, pid))
        else:
            g.sources += [random_source(rng, pid * 100 + k) for k in range(2)]
        if pid % 4 == 0:
            A._order_sources(g)
        held = A._held(g)
        assert held[2] == {s.story for s in g.sources} and held[3] == {s.passage_id for s in g.sources}
    g.sources = [random_source(rng, 999)]
    assert A._held(g)[3] == {999}


def test_same_speaker_kept_is_claims_same_speaker() -> None:
    """_merge_into's kept speaker test gives claims.same_speaker's answer, asked again too."""
    names = [None, "", "Budi", "Menlu AS Blinken", "Blinken", "juru bicara Pentagon Sabrina Singh", "Pentagon",
             "Kepala BNPB", "BNPB", "Susi Pudjiastuti", "susi"]
    for _ in range(2):
        for a in names:
            for b in names:
                assert A._same_speaker(a, b) == same_speaker(a, b)
