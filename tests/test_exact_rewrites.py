"""Speed rewrites that must give exactly what the code they replace gave (issue 13, tenth session).

Each test compares the fast path with the reference it short-cuts, on texts chosen to hit the
short cut's edges (capitals, non-ASCII letters that case-fold to ASCII, nouns inside other words).
"""
from __future__ import annotations

import itertools

from retrieval.frame import _several_events, _several_events_re

SEVERAL_TEXTS = [
    "Dua serangan terpisah menewaskan 48 orang di Kabul.",
    "DUA SERANGAN terpisah menewaskan 48 orang.",
    "Tiga   ledakan terdengar di pusat kota.",
    "Serangkaian bom meledak pada Minggu pagi.",
    "Sebanyak 12 kecelakaan terjadi di Tol Cipularang sepanjang 2019.",
    "Ada 3 insiden, kata polisi.",
    "Transaksi saham naik 5 persen; reaksi pasar positif.",       # "aksi" inside words, no count before
    "Dua aksi unjuk rasa digelar hari ini.",
    "Gempa bermagnitudo 5,6 mengguncang Cianjur.",                # a noun, no count word before it
    "Korban tewas dalam kecelakaan itu mencapai 27 orang.",
    "1 serangan",                                                 # one is not several
    "dua\tserangan",                                              # any white space between
    "dua\x1cserangan",                                            # white space only Unicode calls so
    "dua ſerangan",                                               # long s: case-folds to s under re.I
    "DUA SERANGAN di Café Kabul",                                 # non-ASCII elsewhere in the text
    "tiga \u212aecelakaan",                                       # Kelvin sign: case-folds to k
    "Empat Kejadian kebakaran dilaporkan.",
    "sepuluh tabrakanberuntun",                                   # no word end after the noun
    "",
]


def test_several_events_is_the_regex_on_any_text() -> None:
    """_several_events skips the regex on ASCII text holding no incident noun: it must still say
    exactly what the regex says, also on mixed case, other white space and non-ASCII text."""
    texts = list(SEVERAL_TEXTS)
    # the texts again with every word's case flipped and with words joined differently
    texts += [t.swapcase() for t in SEVERAL_TEXTS] + [t.title() for t in SEVERAL_TEXTS]
    texts += [" ".join(p) for p in itertools.permutations(["dua", "Serangan", "di", "5"], 3)]
    matched = 0
    for text in texts:
        expected = bool(text) and _several_events_re().search(text) is not None
        assert _several_events(text) == expected, text
        matched += expected
    assert matched >= 10   # the set exercises both answers


# ---------------------------------------------------------------- one answer's figure tests, once
def test_context_memo_keeps_sentence_title_and_places_apart() -> None:
    """relevance._context_fits_once reads each (sentence, title, context places) once for a frame:
    the same sentence under another title or other context places gets its own verdict (a memo
    keyed by the sentence alone would give the first title's verdict to the second)."""
    from retrieval.frame import context_fits, question_frame
    from retrieval.relevance import _context_fits_once
    from retrieval.text import TextPipeline

    frame = question_frame("berapa warga Riau terserang ISPA?", TextPipeline())
    sentence = "Sebanyak 500 warga terserang ISPA."
    cases = [(sentence, "Kabut Asap Selimuti Riau", None), (sentence, "Kabut Asap Selimuti Kalimantan Tengah", None),
             (sentence, None, ["riau"]), (sentence, None, ["jambi"]), (sentence, None, None),
             ("Di Jambi, 1.200 warga terserang ISPA.", "Kabut Asap Selimuti Riau", None)]
    memo: dict = {}
    verdicts = []
    for _ in range(2):   # the second round reads the memo
        for s, title, places in cases:
            got = _context_fits_once(memo, frame, s, title, places)
            assert got == context_fits(frame, s, title, places), (s, title, places)
            verdicts.append(got)
    assert True in verdicts and False in verdicts


def test_figure_memo_is_per_candidate_and_figure() -> None:
    """answer._figure_answers_once keys a verdict by the candidate and the figure: the same figure
    dict under two articles (two titles) is judged for each."""
    from retrieval.answer import Candidate, _figure_answers_once
    from retrieval.frame import question_frame
    from retrieval.relevance import figure_answers
    from retrieval.store import ArticleRow, ClaimRow, PassageRow
    from retrieval.text import TextPipeline
    import dataclasses

    frame = question_frame("berapa rumah terendam banjir di Bekasi?", TextPipeline())
    sentence = "Banjir merendam sedikitnya 900 rumah."
    figure = {"value": 900.0, "text": "sedikitnya 900 rumah", "qualifier": "sedikitnya", "unit": "rumah"}

    def candidate(title: str) -> Candidate:
        passage = PassageRow(*[None] * len(dataclasses.fields(PassageRow)))
        article = ArticleRow(*[None] * len(dataclasses.fields(ArticleRow)))
        article = dataclasses.replace(article, title=title)
        claim = ClaimRow(*[None] * len(dataclasses.fields(ClaimRow)))
        claim = dataclasses.replace(claim, text=sentence, quantities=[figure])
        return Candidate(passage, article, claim, 1.0, 1.0)

    memo: dict = {}
    cands = [candidate("Banjir Rendam Bogor"), candidate("Banjir Rendam Bekasi")]
    got = [_figure_answers_once(memo, frame, c, figure) for c in cands + cands]
    want = [figure_answers(frame, figure, sentence, c.article.title, None, [figure]) for c in cands + cands]
    assert got == want and want[:2] == [False, True]

    # copies of one claim (equal figures, same sentence, title and date) share a verdict; a copy
    # whose figure differs (the places of its article's earlier sentences) is judged for itself
    def copy(context: list[str] | None) -> tuple[Candidate, dict]:
        c = candidate("Banjir Rendam Ribuan Rumah")
        q = {**figure, "context": context}
        c.claim = dataclasses.replace(c.claim, quantities=[q])
        return c, q

    memo = {}
    pairs = [copy(["bekasi"]), copy(["bogor"]), copy(["bekasi"]), copy(None), copy(["bogor"])]
    got = [_figure_answers_once(memo, frame, c, q) for c, q in pairs]
    want = [figure_answers(frame, q, sentence, c.article.title, None, [q]) for c, q in pairs]
    assert got == want and want[:2] == [True, False]


def _jaccard_ref(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def test_may_join_is_any_jaccard_over_the_threshold() -> None:
    """answer._may_join (size ratio skip, Jaccard from the intersection alone) says exactly whether
    some group's first or merged sentence has a term Jaccard >= TEXT_SIMILARITY with `terms`."""
    import random

    from retrieval.answer import TEXT_SIMILARITY, AnswerClaim, _may_join

    rng = random.Random(13)
    unions: dict = {}
    vocab = [f"w{i}" for i in range(16)]   # small: many pairs at and around the threshold
    hits = 0
    for _ in range(3000):
        groups, group_terms = [], []
        for _ in range(rng.randint(0, 5)):
            first = set(rng.sample(vocab, rng.randint(0, 12)))
            g = AnswerClaim("", [], None, None, [], 0.0)
            g.member_terms = [first] + [set(rng.sample(vocab, rng.randint(0, 12))) for _ in range(rng.randint(0, 3))]
            groups.append(g)
            group_terms.append(first)
        for _ in range(3):   # the groups grow between calls: the merged terms must follow them
            terms = set(rng.sample(vocab, rng.randint(0, 12)))
            want = any(_jaccard_ref(terms, t) >= TEXT_SIMILARITY
                       for g, gt in zip(groups, group_terms) for t in (gt, *g.member_terms))
            assert _may_join(groups, group_terms, terms) == want
            # one dict kept across all rounds, as a composition keeps it while its groups change
            # (and a new group may take a dropped one's id)
            assert _may_join(groups, group_terms, terms, unions) == want
            hits += want
            if groups:
                rng.choice(groups).member_terms.append(set(rng.sample(vocab, rng.randint(1, 12))))
    assert 300 < hits < 8700


# ---------------------------------------------------------------- answer phrases: only allowed rules
SPAN_SENTENCES = [
    "Menteri Luar Negeri Retno Marsudi mengatakan , sebanyak 1.200 WNI dievakuasi dari Sudan pada 25 April 2023 .",
    "Jakarta , Kompas - Presiden Direktur PT Biotek Indonesia ( BI ) , Budi Santoso , menyebut pabrik di Kota Bogor .",
    "Sedikitnya 602 orang tewas dalam gempa Cianjur , Senin ( 21/11/2022 ) pukul 13.21 WIB , kata BNPB .",
    "Pesta olahraga mahasiswa dunia yaitu Universiade digelar di Kazan , Rusia , sejak 2013 hingga 2019 .",
    "Harga beras naik menjadi Rp 14.500 per kilogram di tingkat pengecer , lebih dari 10 persen .",
    "Abad XX ditandai Perang Dunia I dan II ; Liga Nasional untuk Demokrasi ( NLD ) menang 80 persen kursi .",
]


def test_candidates_of_allowed_types_are_the_filtered_full_list() -> None:
    """span._candidates with `allowed` runs only the rules that can make those types: the result
    must be the full list filtered to them, in the same order, for every answer kind."""
    from retrieval import span

    made: dict[str, int] = {}
    for sentence in SPAN_SENTENCES:
        for kind in span.KINDS:
            for head in (None, "presiden", "orang", "kota"):
                toks = span._tokens(sentence)
                for t in toks:   # mark some question words, as analyse does
                    t.q = t.low in {"menteri", "gempa", "harga", "pesta", "abad", "presiden"}
                allowed = span.ALLOWED.get(kind)
                full = [(c.i, c.j, c.type) for c in span._candidates(toks, kind, head)
                        if allowed is None or c.type in allowed]
                fast = [(c.i, c.j, c.type) for c in span._candidates(toks, kind, head, allowed)
                        if allowed is None or c.type in allowed]
                assert fast == full, (sentence, kind, head)
                made[kind] = made.get(kind, 0) + len(full)
    assert all(made[k] for k in span.KINDS), made   # every kind's rules ran on some sentence
