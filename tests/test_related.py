"""Related terms learned from the archive (retrieval/data/related.tsv): a question's words reach
answers written with other words, without drifting to other parties or to the question's own words."""
from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rank_bm25 import BM25Okapi

from retrieval.index import BM25Index
from retrieval.related import EXPANSION_WEIGHT, RelatedTerms
from retrieval.text import TextPipeline


@pytest.fixture(scope="module")
def related() -> RelatedTerms:
    return RelatedTerms.load()


@pytest.fixture(scope="module")
def pipe() -> TextPipeline:
    return TextPipeline()


def expansions_of(related: RelatedTerms, pipe: TextPipeline, word: str) -> dict[str, float]:
    return related.expand(pipe.terms(word))


def test_shipped_file_loads_many_terms(related):
    assert len(related) > 5000
    assert all(nbrs for nbrs in related.table.values())
    sims = [s for nbrs in related.table.values() for _, s in nbrs]
    assert 0 < min(sims) and max(sims) <= 1.0


@pytest.mark.parametrize("word, some_of", [
    ("tewas", {"bunuh", "jenazah", "nyawa", "jasad", "mati"}),
    ("meninggal", {"bunuh", "jenazah", "nyawa", "jasad", "mati"}),   # one term with tewas (synonyms.txt)
    ("ditangkap", {"ringkus", "ciduk", "bekuk"}),
    ("gempa", {"magnitudo", "gempabumi", "guncang"}),
    ("senjata", {"senpi", "senapan", "pistol", "laras"}),
    ("uang", {"duit"}),
    ("naik", {"lonjak", "kerek"}),
    ("turun", {"merosot", "anjlok", "susut"}),
])
def test_common_words_expand_to_sensible_neighbours(related, pipe, word, some_of):
    got = expansions_of(related, pipe, word)
    assert got, word
    assert set(got) & some_of, (word, got)


def test_query_terms_never_expand_to_themselves(related):
    # a word and its best neighbour asked together: neither is an expansion of the other
    for term, nbrs in list(related.table.items())[:2000]:
        both = [term, nbrs[0][0]]
        out = related.expand(both, k=10, min_similarity=0.0)
        assert not set(out) & set(both), both


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_expansion_weights_are_in_unit_interval_and_exclude_the_query(related, data):
    keys = sorted(related.table)
    terms = data.draw(st.lists(st.sampled_from(keys), min_size=1, max_size=6))
    k = data.draw(st.integers(1, 10))
    min_sim = data.draw(st.floats(0.0, 0.95))
    out = related.expand(terms, k=k, min_similarity=min_sim)
    assert not set(out) & set(terms)
    assert all(0.0 < w <= 1.0 for w in out.values())
    assert len(out) <= k * len(set(terms))


def test_unknown_words_numbers_and_named_entities_expand_to_nothing(related, pipe):
    assert related.expand(["qwzxv"]) == {}
    assert related.expand([]) == {}
    for text in ("2024", "10.000", "Korea Utara", "Amerika Serikat", "Jakarta", "Rusia", "Ukraina"):
        assert related.expand(pipe.terms(text), k=10, min_similarity=0.0) == {}, text
    # nor does anything expand *to* them: other parties are not other words for the same thing
    neighbours = {n for nbrs in related.table.values() for n, _ in nbrs}
    assert not {"korea_utara", "amerika_serikat", "rusia", "ukraina", "jakarta"} & neighbours
    assert not any(ch.isdigit() or ch == "_" for n in neighbours for ch in n)


@pytest.mark.parametrize("a, b", [
    ("naik", "turun"), ("menang", "kalah"), ("ekspor", "impor"), ("beli", "jual"), ("murah", "mahal"),
    ("tinggi", "rendah"), ("masuk", "keluar"), ("tewas", "luka"), ("gempa", "tsunami"),
    ("banjir", "longsor"), ("siswa", "guru"), ("polisi", "tentara"),
])
def test_opposites_and_siblings_never_expand_to_each_other(related, pipe, a, b):
    """Word vectors put "naik" next to "turun"; the archive writes "naik atau turun", so the pair
    is left out, and so are the words on the other side ("merosot" is nearer "turun")."""
    ta, tb = pipe.terms(a)[0], pipe.terms(b)[0]
    assert tb not in related.expand([ta], k=10, min_similarity=0.0)
    assert ta not in related.expand([tb], k=10, min_similarity=0.0)


def test_no_crossing_to_the_other_side(related):
    up, down = {"naik", "lonjak", "kerek"}, {"turun", "merosot", "anjlok", "susut"}
    assert not set(related.expand(["naik"], k=10, min_similarity=0.0)) & down
    assert not set(related.expand(["turun"], k=10, min_similarity=0.0)) & up


def test_missing_file_means_no_expansion(tmp_path):
    rel = RelatedTerms.load(tmp_path / "absent.tsv")
    assert len(rel) == 0 and rel.expand(["tewas"]) == {}


def test_load_reads_its_own_format(tmp_path):
    path = tmp_path / "r.tsv"
    path.write_text("# comment\ntewas\tbunuh:0.800\tkorban:0.650\tluka:0.500\n", encoding="utf-8")
    rel = RelatedTerms.load(path)
    assert rel.neighbours("tewas") == [("bunuh", 0.8), ("korban", 0.65), ("luka", 0.5)]
    out = rel.expand(["tewas"], k=2, min_similarity=0.6)
    assert set(out) == {"bunuh", "korban"} and out["bunuh"] > out["korban"]


# ---------------------------------------------------------------- scoring with the expansions
def corpus(seed: int = 5, n: int = 300) -> list[list[str]]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(200)]
    weights = [1 / (i + 1) for i in range(200)]
    return [rng.choices(vocab, weights, k=rng.randint(0, 25)) for _ in range(n)]


def test_weighted_scores_are_weighted_rank_bm25_term_scores():
    docs = corpus()
    ref = BM25Okapi(docs)
    idx = BM25Index.build(list(enumerate(docs)))
    weights = {"w3": 0.5, "w40": 1.0, "w150": 0.25, "absent": 1.0}
    rows, scores = idx.weighted_scores(weights)
    dense = np.zeros(len(docs))
    dense[rows] = scores
    expected = sum(w * ref.get_scores([t]) for t, w in weights.items())
    assert np.allclose(dense, expected, rtol=1e-12, atol=1e-12)
    assert list(rows) == sorted(set(rows.tolist()))


def test_top_expanded_adds_to_the_exact_query_scores():
    docs = corpus()
    idx = BM25Index.build([(100 + i, d) for i, d in enumerate(docs)])
    q = ["w5", "w17"]
    assert idx.top_expanded(q, {}, EXPANSION_WEIGHT, 50) == idx.top(q, 50)          # no expansion: unchanged
    assert idx.top_expanded(q, {"w60": 1.0}, 0.0, 50) == idx.top(q, 50)
    ref = BM25Okapi(docs)
    combined = ref.get_scores(q) + 0.3 * 0.7 * ref.get_scores(["w60"])
    got = dict(idx.top_expanded(q, {"w60": 0.7}, 0.3, len(docs)))
    for i, s in enumerate(combined):
        assert got.get(100 + i, 0.0) == pytest.approx(s, abs=1e-12)


@pytest.mark.parametrize("question, answer", [
    ("Siapa yang ditangkap?", "Polisi meringkus dua pemuda di Bekasi, Jumat malam."),
    ("Senjata apa yang dipakai?", "Pelaku membawa senpi rakitan saat beraksi."),
    ("Berapa kekuatan gempa itu?", "Guncangan bermagnitudo 5,6 terasa hingga Malang."),
])
def test_an_answer_in_other_words_is_found(related, pipe, question, answer):
    """The answering sentence shares no term with the question: only the expansions reach it."""
    sentences = [
        answer,
        "Harga beras di pasar induk naik tajam pekan ini.",
        "Gubernur meresmikan jembatan baru di kota itu.",
        "Tim nasional menang dua gol tanpa balas.",
    ]
    idx = BM25Index.build([(i, pipe.terms(s)) for i, s in enumerate(sentences)])
    q = pipe.parse_query(question).terms
    assert idx.top(q, 3) == []                                   # the question's words alone find nothing
    extra = related.expand(q)
    hits = idx.top_expanded(q, extra, EXPANSION_WEIGHT, 3)
    assert hits and hits[0][0] == 0, (q, extra, hits)


def test_related_scores_match_weighted_scores_and_rank_best_first():
    """The engine's one pass over related terms gives, for chosen passages, exactly what
    weighted_scores gives, and its best k in descending order."""
    from retrieval.index import BM25Index

    docs = [["tewas", "gempa"], ["jenazah", "gempa"], ["nyawa", "jenazah"], ["banjir"], ["jenazah"]]
    index = BM25Index.build([(10 + i, d) for i, d in enumerate(docs)])
    weights = {"jenazah": 0.8, "nyawa": 0.6}
    rows, scores = index.weighted_scores(weights)
    expected = {int(index.passage_ids[r]): float(s) for r, s in zip(rows, scores)}
    for_pids, best = index.related_scores(weights, [10, 11, 12, 14, 99], 2)
    assert for_pids == {p: expected[p] for p in (11, 12, 14)}
    assert [p for p, _ in best] == sorted(expected, key=lambda p: -expected[p])[:2]
