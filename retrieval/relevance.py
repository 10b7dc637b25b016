"""What counts as an answer, in one place: the coverage floors, the candidate features, the
learned second-stage ranker, and the rule that decides between a strong answer, the few closest
passages ("partial") and nothing.

BM25 over the question's own terms keeps rank_bm25's exact scores (index.py); everything here only
orders and filters the passages it found. The ranker's weights are learned on FacQA train by
`make train-ranker` (eval/train_ranker.py) and shipped as retrieval/data/ranker.json; without that
file a hand-set linear order (adjacency and idf coverage, the earlier default) is used.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Container, Iterable, Sequence

from pathlib import Path

import numpy as np

from .claims import TEENS_WORDS, UNITS_WORDS, find_quantities, speaker_key
from .clean import MONTH_RE
from .frame import others_by_place_fits, times_fits, speed_fits, added_fits, region_fits, numbered_name_fits, asked_sectors, question_sectors, per_item_fits, subgroup_named_fits, compared_with_fits, memory_variant_fits, camera_side_fits, acronym_fits, age_fits, age_time_frame, worldwide_fits, lead_dates, required_fits, named_age, averaged_list_fits, destination_fits, model_fits, ranked_place_fits, CLASSIFIERS, QuestionFrame, before_comparison, daily_price_asked, forecaster_fits, owner_named_fits, priced_thing_fits, ordinal_fits, minute_scorer_fits, moved_to_fits, relative_holder_fits, purpose_fits, plan_fits, allocation_fits, capacity_fits, proposer_fits, share_fits, share_part_fits, total_part_fits, role_fits, penalty_fits, phase_fits, respectively_fits, held_country_fits, measure_country_fits, besides_fits, habitual_fits, held_list_fits, place_list_fits, kind_fits, worth_fits, money_list_fits, per_unit_fits, body_fits, body_keyed_fits, fragment_fits, list_item_fits, contrasted_pair_fits, subgroup_clause_fits, baseline_fits, switched_subject_fits, scope_fits, related_party_fits, method_fits, one_each_fits, polarity_fits, stage_fits, class_said_of_another, context_fits, held_party_fits, party_attribution, stated_total, asked_place_part, count_fits, holder_fits, party_fits, label_fits, money_fits, currency_fits, part_fits, drawn_from_fits, origin_fits, time_fits, figure_fits as frame_figure_fits, measure_fits, question_frame
from .frame import lexicon as frame_lexicon, currency_family, located_places, ministry_ways, ministry_words, published_when_reported
from .text import TextPipeline, _data_lines, figure_at
from .grades import (promo_price_fits, head_keyed_fits, for_keyed_fits, noun_kind_fits, others_besides_fits, before_change_fits, area_fits, average_fits, confirmed_fits, country_held_fits, bound_fits, short_rate_fits, sub_item_fits, listed_parts_fits, trial_fits, one_country_fits, buyback_fits, domain_fits, event_order_fits, grade_fits, graded_part, margin_fits,
                     matchup_fits, remainder_fits, aim_fits, all_parties_fits, progress_fits,
                     basis_fits, contribution_fits, distance_from_fits, norm_fits, hypothetical_fits, vehicle_code_fits, case_fits, whole_count_fits, counted_whole_fits, first_in_list_fits, start_price_fits, route_fits, keyed_list_fits, name_keyed_fits, company_fits, opponent_fits, magnitude_fits, round_fits,
                     breakdown_fits, negated_label_fits, set_aside_fits, exchange_rate_fits, kind_keyed_fits, restated_share_fits)
from .items import lead_item_fits, measure_kind_fits, money_kind_fits
from .scores import is_scoreline, match_fits, scoreline_fits
from .periods import before_after_fits, countdown_fits, span_fits, start_state_fits, interim_fits, preview_fits, state_fits, stretch_fits, year_part_fits

STRONG_FLOOR = 0.6            # share of the question a passage (with its title) must hold: strong match
QUANTITY_STRONG_FLOOR = 0.5   # figures are listed exhaustively, the counted noun filters further
CANDIDATE_FLOOR = 0.2         # below this share a passage is not even a partial match
RELATIVE_FLOOR = 0.35         # strong non-quantity claims: BM25 relative to the best strong passage
MAX_CLAIMS = 12               # non-quantity answers show the best dozen
MAX_PARTIAL = 5               # "yang paling dekat": at most this many
SHOWN_AT_LEAST = 10           # a short strong answer (not a figure list) is followed by the closest few
CLOSEST_AFTER_STRONG = 0.3    # probability a passage needs to follow a strong answer (FacQA train)
PAIR_WEIGHT = 0.5             # hand-set order (no learned weights): adjacency ...
COVERAGE_WEIGHT = 1.0         # ... and idf coverage bonuses, relative to the best BM25 score
UNKNOWN_IDF = 8.0

FEATURES = ("bm25_rel", "bm25_log", "coverage", "idf_share", "adjacent", "title_share", "asked_kind",
            "length_log", "rank_inv", "expansion", "rarest")

_CAPITALISED = re.compile(r"\b[A-Z][\w\-']+(?:\s+[A-Z][\w\-']+)*")
_DIGIT = re.compile(r"\d")
_DATE = re.compile(
    r"\b\d{1,2}\s*/\s*\d{1,2}\b|\b(?:19|20)\d{2}\b|\b(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|"
    r"Oktober|November|Desember|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|pekan|bulan|tahun)\b", re.I)
_PLACE = re.compile(r"\b(?:di|ke|dari|kota|kabupaten|provinsi|pulau|negara)\s+[A-Z]")


def coverage_weights(query_terms: list[str], idf: dict[str, float], max_idf: float) -> dict[str, float]:
    """Each distinct question term's share of the question: the mean of its share of the terms and
    its share of the idf mass (unknown terms weigh the most). Counting alone lets two common words
    pass; idf alone is noisy on a small archive where every word is rare. Shares sum to 1."""
    uniq = list(dict.fromkeys(query_terms))
    if not uniq:
        return {}
    idf_w = {t: max(idf.get(t, max_idf), 1e-6) for t in uniq}
    total = sum(idf_w.values())
    return {t: (w / total + 1 / len(uniq)) / 2 for t, w in idf_w.items()}


def max_idf_for(n_docs: int) -> float:
    return math.log(n_docs + 0.5) - math.log(0.5) if n_docs else 1.0


def strong_floor(intent: str) -> float:
    return QUANTITY_STRONG_FLOOR if intent == "quantity" else STRONG_FLOOR


def holds_asked_kind(intent: str, text: str, question_words: frozenset[str]) -> float:
    """Whether the sentence holds the kind of thing asked for: a name for siapa, a date for kapan,
    a place for di mana, a figure for berapa (words the question already has do not count)."""
    if intent == "quantity":
        return 1.0 if _DIGIT.search(text) else 0.0
    if intent == "when":
        return 1.0 if _DATE.search(text) else 0.0
    if intent in ("who", "where"):
        for m in _CAPITALISED.finditer(text):
            if m.start() == 0 and " " not in m.group():
                continue  # the sentence's first word is capitalised anyway
            if not set(m.group().lower().split()) <= question_words:
                return 1.0 if intent == "who" or _PLACE.search(text) else 0.5
        return 0.0
    return 0.5


@dataclass
class Ranker:
    """Logistic regression over FEATURES (standardised); `threshold` is the probability the best
    passage needs for a partial answer when nothing matches strongly."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float

    @classmethod
    def load(cls) -> "Ranker | None":
        try:
            raw = resources.files("retrieval.data").joinpath("ranker.json").read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        d = json.loads(raw)
        if tuple(d["features"]) != FEATURES:
            return None  # trained for another feature set: the hand-set order is safer than a wrong one
        return cls(np.array(d["mean"]), np.array(d["scale"]), np.array(d["coef"]), float(d["intercept"]),
                   float(d["threshold"]))

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        z = ((rows - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))


def features(query_terms: Sequence[str], intent: str, question_words: frozenset[str],
             hits: list[tuple[int, float, float]], passage_terms: dict[int, Sequence[str]],
             title_terms: dict[int, Sequence[str]], texts: dict[int, str],
             idf: Callable[[str], float | None], expansion: dict[int, float] | None = None,
             only: Container[int] | None = None) -> np.ndarray:
    """One row of FEATURES per hit (passage id, BM25, coverage share), in the hits' order.
    `only`: the passages whose rows are wanted; the others' rows stay zero (their passages need
    not be read). Each row depends on its own passage, its rank and the best BM25 only, and a
    row's probability (Ranker) on its own values, its position and the number of rows: the
    wanted rows score exactly as in the full matrix."""
    uniq = list(dict.fromkeys(query_terms))
    pairs = {(a, b) for a, b in zip(uniq, uniq[1:])}
    weights = {t: (idf(t) or UNKNOWN_IDF) for t in uniq}
    total = sum(weights.values()) or 1.0
    # the question's most distinctive word (a word the archive lacks counts as the most distinctive:
    # then no passage holds it): "kota Incheon" is about Incheon
    rarest = max(uniq, key=lambda t: idf(t) or math.inf) if uniq else None
    top = max((s for _, s, _ in hits), default=1.0) or 1.0
    # (the same arithmetic in the same order as one row at a time: sums over `weights` in its
    # order; rows built as lists and made one array, the unwanted ones zero)
    witems = list(weights.items())
    n_pairs = len(pairs)
    expansion = expansion or {}
    zero = [0.0] * len(FEATURES)
    out: list[list[float]] = []
    for i, (pid, score, cov) in enumerate(hits):
        if only is not None and pid not in only:
            out.append(zero)
            continue
        terms = passage_terms.get(pid) or []
        present = set(terms)
        title = title_terms.get(pid) or ()
        if not isinstance(title, (set, frozenset)):
            title = set(title)
        # the distinct question pairs the passage holds adjacent (one C-level intersection)
        adjacent = (len(pairs.intersection(zip(terms, terms[1:]))) / n_pairs) if n_pairs else 0.0
        out.append([score / top, math.log1p(score), cov,
                    sum([w for t, w in witems if t in present]) / total, adjacent,
                    sum([w for t, w in witems if t in title]) / total,
                    holds_asked_kind(intent, texts.get(pid, ""), question_words),
                    math.log1p(len(terms)), 1.0 / (1 + i), expansion.get(pid, 0.0),
                    1.0 if rarest in present or rarest in title else 0.0])
    return np.array(out, dtype=float) if out else np.zeros((0, len(FEATURES)))


def order(hits: list[tuple[int, float, float]], rows: np.ndarray, ranker: Ranker | None) -> list[tuple[int, float]]:
    """(passage id, ranking score) best first: the learned probability, or the hand-set bonuses."""
    if not hits:
        return []
    if ranker is not None:
        scores = ranker.probabilities(rows)
    else:
        top = hits[0][1] or 1.0
        scores = np.array([s for _, s, _ in hits]) + top * (PAIR_WEIGHT * rows[:, 4] + COVERAGE_WEIGHT * rows[:, 3])
    ranked = sorted(zip((pid for pid, _, _ in hits), scores.tolist()), key=lambda x: -x[1])
    return ranked


_RAREST = FEATURES.index("rarest")


def holds_distinctive(row: np.ndarray) -> bool:
    return bool(row[_RAREST])


def close_enough(probability: float, threshold: float, distinctive: bool, after_strong: bool) -> bool:
    """One of the closest few: the learned probability reaches the threshold; or, when nothing
    matched strongly, the passage holds the question's most distinctive word ("kota Incheon":
    a passage naming Incheon), which a question about something the archive lacks never has."""
    return probability >= threshold or (not after_strong and distinctive)


def room_for_closest(intent: str, n_strong: int) -> int:
    """How many of the closest passages may follow the strong claims: all of MAX_PARTIAL when
    there is no strong claim; for a short strong answer (not a list of figures, which is meant to
    be exhaustive and exact) as many as bring it to SHOWN_AT_LEAST."""
    if n_strong == 0:
        return MAX_PARTIAL
    if intent == "quantity":
        return 0
    return max(0, min(MAX_PARTIAL, SHOWN_AT_LEAST - n_strong))


def partial_threshold(ranker: Ranker | None, *, after_strong: bool = False) -> float:
    """The probability a passage needs to be shown as one of the closest: the learned threshold
    when nothing is strong; a stricter one after strong claims, which already answer. Without
    learned weights there is no calibrated probability to reach (only the distinctive-word rule
    of close_enough remains)."""
    if ranker is None:
        return math.inf
    return max(ranker.threshold, CLOSEST_AFTER_STRONG) if after_strong else ranker.threshold


def rerank(query_terms: Sequence[str], hits: list[tuple[int, float]],
           passage_terms: dict[int, Sequence[str]],
           idf: Callable[[str], float | None]) -> list[tuple[int, float]]:
    """The hand-set order on plain (passage id, BM25) hits, for the retrieval-only evaluation."""
    if not hits or not query_terms:
        return hits
    triples = [(pid, s, 0.0) for pid, s in hits]
    rows = features(query_terms, "other", frozenset(), triples, passage_terms, {}, {}, idf)
    return order(triples, rows, None)


# ---------------------------------------------------------------- questions about the claims
def _claim_question_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    kinds: dict[str, frozenset[str]] = {}
    for ln in _data_lines("claim_question_words.txt"):
        kind, _, words = ln.partition("\t")
        kinds[kind.strip()] = frozenset(words.split("|"))
    return kinds["say"] | kinds["say_then_name"], kinds["say_then_name"], kinds["filler"], kinds["say_noun"]


SAY_WORDS, NAME_FOLLOWS, FILLER_WORDS, _NOUN_SAY_WORDS = _claim_question_words()
_WORD = re.compile(r"[\w\-.]+")


@dataclass
class ClaimFocus:
    """A question that names what it wants from the claims: a figure ("siapa yang bilang 12.000
    tentara?"), a speaker ("apa kata Pentagon ...") or an outlet ("apa kata Kompas ...")."""

    figures: frozenset[float]
    words: list[str]          # the question's words, lower-cased, attribution words left out
    name_span: frozenset[str] = frozenset()  # where a speaker or outlet would be named
    proper_names: frozenset[str] = frozenset()  # capitalised words of that span ("Putin")
    speaker_words: frozenset[str] = frozenset()
    outlet_words: frozenset[str] = frozenset()

    cased: list[str] = field(default_factory=list)  # ``words`` as the question wrote them

    def search_text(self, *, without_span: bool = False) -> str:
        """What to search for: the topic, without the words that name the speaker or the outlet;
        as written, so the question's frame still reads its names ("harta kekayaan Imam Nahrawi
        menurut LHKPN" is about Imam Nahrawi's wealth, not anyone's)."""
        drop = self.name_span if without_span else self.speaker_words | self.outlet_words
        shown = self.cased if len(self.cased) == len(self.words) else self.words
        return " ".join(c for w, c in zip(self.words, shown) if w not in drop)

    @property
    def narrows(self) -> bool:
        """Whether the claims are narrowed at all (else the question is an ordinary one)."""
        return bool(self.figures or self.speaker_words or self.outlet_words)

    def unknown_names(self) -> frozenset[str]:
        """Names the question asks about that no claim's speaker or outlet carries."""
        return self.proper_names - self.speaker_words - self.outlet_words


def claim_focus(question: str, not_names: frozenset[str] = frozenset()) -> ClaimFocus | None:
    """A question about who said what, or where, or which figure; None for an ordinary question.
    `not_names`: question words and stopwords, which never name a speaker."""
    written = [w.strip(".") for w in _WORD.findall(question)]
    words = [w.lower() for w in written]
    # a figure with its counted noun ("12.000 tentara"), not a date or a bare number; a question
    # asking a figure ("berapa batas gaji … fasilitas PPh 21 … menurut Menkeu") names none back
    figures = frozenset(q.value for q in find_quantities(question) if not q.vague and q.unit) \
        if "berapa" not in words else frozenset()
    saying = [_says_at(words, written, i) for i in range(len(words))]
    which_media = "media" in words or "outlet" in words
    if not (any(saying) or which_media):
        return None
    kept = [(w, c) for w, c, said in zip(words, _bracketed(question), saying) if not said and w not in FILLER_WORDS]
    span = _name_span(words, written, saying) - not_names
    capitalised = {w.strip(".").lower() for w in _WORD.findall(question) if w[:1].isupper()}
    return ClaimFocus(figures, [w for w, _ in kept], span, frozenset(span & capitalised),
                      cased=[c for _, c in kept])


def _bracketed(question: str) -> list[str]:
    """The question's words as written, with a bracket opening or closing at them kept: the topic
    keeps a gloss ("nilai merek (brand value) Gojek") as the question's frame reads it."""
    return [("(" if m.start() and question[m.start() - 1] == "(" else "") + m.group().strip(".")
            + (")" if question[m.end():m.end() + 1] == ")" else "") for m in _WORD.finditer(question)]


_NOT_NAMES = frozenset("siapa yang apa mana media outlet berapa kapan dimana bagaimana sih dong ya".split())
_PURPOSE_WORDS = frozenset({"untuk", "agar", "supaya", "guna"})


def _says_at(words: list[str], written: list[str], i: int) -> bool:
    """Is words[i] a word of saying, not a noun the topic asks about ("nilai klaim yang dibayar"):
    a saying noun (`_NOUN_SAY_WORDS`) says only before a name or after another saying word."""
    if words[i] not in SAY_WORDS:
        return False
    if i and words[i - 1] in _PURPOSE_WORDS:
        return False   # "waktu … untuk menanggapi draf": what the time is for, no one's word
    if words[i] not in _NOUN_SAY_WORDS or (i and words[i - 1] in SAY_WORDS):   # "menurut klaim serikat pekerja"
        return True
    return i + 1 < len(written) and written[i + 1][:1].isupper()


def _name_span(words: list[str], written: list[str] | None = None, saying: list[bool] | None = None) -> frozenset[str]:
    """The words that can name the speaker or outlet: after the saying word up to the topic
    ("apa kata Pentagon soal ..."), or before it ("Zelensky bilang apa ..."); "siapa yang bilang"
    names nobody. A name written in capitals ends with them: "yang menurut Korea Utara telah
    disiapkan …" names Korea Utara, "menurut data BPS" data BPS (`written`: the words as typed)."""
    said = saying if saying is not None else [w in SAY_WORDS for w in words]
    at = next((i for i, ok in enumerate(said) if ok), None)
    if at is None:
        return frozenset()
    if words[at] in NAME_FOLLOWS:
        span = []
        capitals = False
        for k, w in enumerate(words[at + 1:], at + 1):
            if w in FILLER_WORDS or said[k] or w in _NOT_NAMES or w[:1].isdigit():
                break
            upper = bool(written) and written[k][:1].isupper()
            if capitals and not upper and w not in _NAME_JOINS:
                break
            capitals = capitals or upper
            span.append(w)
    else:
        span = []
        for w in reversed(words[:at]):
            if w in _NOT_NAMES or w in FILLER_WORDS:
                break
            span.append(w)
    return frozenset(span)


def _outlet_tokens(outlet: str | None) -> frozenset[str]:
    """'Kompas.com' -> {kompas.com, kompas}; 'Medcom.id' -> {medcom.id, medcom}."""
    if not outlet:
        return frozenset()
    low = outlet.lower()
    return frozenset({low, low.split(".")[0], *low.replace(".", " ").split()[:1]})


@lru_cache(maxsize=2048)
def _speaker_words(speaker: str | None) -> frozenset[str]:
    """A speaker's name words, and every way bodies.txt writes a ministry it names: "Menag" speaks
    for "Kemenag" and "Kementerian Agama"."""
    words = speaker_key(speaker)
    return words | frozenset(ministry_words(speaker)) if speaker and words else words


@lru_cache(maxsize=2048)
def _title_bodies(title: str) -> frozenset[str]:
    """The ways of writing the ministries a headline names ("Menag Beberkan …": kemenag, agama …)."""
    return frozenset(ministry_words(title))


def name_words(focus: ClaimFocus, speakers: list[str | None], outlets: list[str | None]) -> ClaimFocus:
    """Which of the question's words name a speaker or an outlet found among the candidates."""
    asked = focus.name_span
    spk = frozenset(w for s in speakers for w in _speaker_words(s) if w in asked)
    out = frozenset(w for o in outlets for w in _outlet_tokens(o) if w in asked)
    return ClaimFocus(focus.figures, focus.words, focus.name_span, focus.proper_names, spk - out, out, focus.cased)


def speaker_fits(focus: ClaimFocus, speaker: str | None, title: str | None = None, sentence: str = "") -> bool:
    """The claim is the named speaker's: said by them, or, said by no one named, under a headline
    naming them ("Survei Poltracking: 78,1% Publik Puas" for "menurut survei Poltracking") or
    naming them itself after a word of saying ("Dari data terakhir yang disebut Menteri … Wiranto,
    sudah sekitar 830 mahasiswa Papua kembali") or before one ("Pria yang akrab disapa Fernanda ini
    menyatakan …")."""
    if not focus.speaker_words or _speaker_words(speaker) & focus.speaker_words:
        return True
    if speaker:
        return bool(title) and _official_under_headline(focus, speaker, title, sentence)
    if title and ({t.lower() for t in re.findall(r"\w+", title)} | _title_bodies(title)) & focus.speaker_words \
            and not _cites_another(focus, sentence):
        return True   # ("Menag Beberkan Capaian …" for "menurut Kemenag")
    return any({t.lower() for t in re.findall(r"\w+", said)} & focus.speaker_words for said in said_by(sentence)) \
        or any({m.group(1).lower(), (m.group(2) or "").lower()} & focus.speaker_words for m in _SAYS_AFTER_RE.finditer(sentence))


# a post in a ministry that a speaker's name gives without the ministry ("Dirjen PSP Sarwo Edhy",
# "Kepala Biro Humas …"); not a post any body has ("Sekretaris Umum APNI …", "Direktur …")
_MINISTRY_POST_RE = re.compile(r"(?:dirjen|sekjen|deputi|kabiro|karo|stafsus|direktur\s+jenderal|"
                               r"sekretaris\s+jenderal|inspektur\s+jenderal|kepala\s+(?:biro|pusat|badan)|staf\s+khusus)\b", re.I)


def _official_under_headline(focus: ClaimFocus, speaker: str, title: str, sentence: str) -> bool:
    """An official named by post and unit alone speaks for the ministry the headline names:
    "Dirjen PSP Sarwo Edhy menjelaskan, … tahun 2019 mencapai 8,6 juta ton" under "Kementan
    Siapkan Rencana Strategi Pupuk Bersubsidi" is Kementerian Pertanian's figure. Not when the
    speaker names a ministry of their own ("Dirjen Pajak Kemenkeu") or the sentence cites another."""
    return (_MINISTRY_POST_RE.match(speaker) is not None and not ministry_words(speaker)
            and bool(_title_bodies(title) & focus.speaker_words) and not _cites_another(focus, sentence))


_CITES_RE = re.compile(r"\bmenurut\s+((?:\w+\s+){0,3}\w+)", re.I)


def _cites_another(focus: ClaimFocus, sentence: str) -> bool:
    """The sentence gives its own source, not the one asked: "menurut dokumen resmi agen pengadaan,
    harga di pasaran internasional sekitar Rp 115 ribu" under a headline naming Fitra is the
    document's figure, not Fitra's."""
    return any(not {t.lower() for t in m.group(1).split()} & focus.speaker_words for m in _CITES_RE.finditer(sentence))


# a name and then its word of saying: "Pria yang akrab disapa Fernanda ini menyatakan …" (no speaker read);
# its short form in brackets may stand between: "Kementerian Perdagangan ( Kemendag ) mencatat …"
_SAYS_AFTER_RE = re.compile(r"\b([A-Z][\w.-]+)\s+(?:\(\s*([\w.-]+)\s*\)\s+)?(?:(?:ini|itu|pun|juga|lalu|kemudian)\s+)?(?:menyatakan|mengatakan|menyebut|"
                            r"menyebutkan|menjelaskan|mengungkapkan|menuturkan|menegaskan|memaparkan|menambahkan|"
                            # a figure told as one's own reckoning or record ("Kementerian Pekerjaan Umum
                            # menaksir kerugian …", "Finance Asia menuliskan, valuasi …")
                            r"menaksir|memperkirakan|mencatat|melaporkan|menghitung|merilis|menuliskan|menulis|"
                            r"mengklaim|memprediksi|memproyeksikan)\b")


def said_by(sentence: str) -> list[str]:
    """The words after each word of saying in a sentence: who it says said it, when no speaker was
    read ("yang disebut Menteri Koordinator … Wiranto")."""
    return [m.group(1) for m in _SAID_BY_RE.finditer(sentence)]


# a word of saying and the words after it that name who said it ("yang disebut Menko Polhukam Wiranto")
# (and the source a figure is read from: "Berdasarkan hitung cepat Voxpol Center, Anies - Sandiaga memperoleh
# 59,4 persen", "dilansir Reuters")
_SAID_BY_RE = re.compile(r"\b(?:menurut|disebut|disebutkan|dikatakan|diungkapkan|disampaikan|dipaparkan|kata|ujar|"
                         r"ungkap|jelas|tutur|ucap|papar|berdasarkan|dilansir|mengutip|dikutip\s+dari)"
                         r"\s+((?:[\w.-]+,?\s+){0,10}[\w.-]+)", re.I)


def outlet_fits(focus: ClaimFocus, outlet: str | None) -> bool:
    return not focus.outlet_words or bool(_outlet_tokens(outlet) & focus.outlet_words)


def figure_fits(focus: ClaimFocus, quantities: list[dict]) -> bool:
    return not focus.figures or any(q.get("value") in focus.figures or q.get("high") in focus.figures
                                    for q in quantities)


# ---------------------------------------------------------------- figures that answer the question
def figure_answers(frame: QuestionFrame, quantity: dict, sentence: str, title: str | None,
                   published: str | None = None, siblings: list[dict] | None = None,
                   memo: dict | None = None) -> bool:   # memo: see _context_fits_once
    """A figure answers only when its owner and what it counts fit the question's (frame.py:
    Korut's soldiers, not Russia's; the sent, not the dead) and the question's place, event and
    year hold for its sentence or, failing that, its article's title, then the nearest earlier
    sentence naming a place (stored with the figure), then the article's date. A measure must
    measure what is asked (the excise rate, not the retail price named beside it); a held count
    must be the asked person's, an amount of money the asked amount, a numbered kind the asked
    one, a part not its whole, a count no rate over time nor a part of a breakdown, and the asked
    day or month must hold, and no other figure of the sentence may be the one said to be of the
    asked class (frame.py, docs/frames.md)."""
    if named_age(frame, quantity):
        # "Bunga Kirana Larasati (9) yang lolos ke final …": the asked person's age, whatever the
        # sentence tells of them; only its time must hold (an age grows)
        return time_fits(age_time_frame(frame, quantity), sentence, title, published, lead_dates(frame, quantity),
                         quantity.get("text"))
    # a comparison after the figure tells of what it is compared with ("… dibandingkan TPS saat
    # Pemilihan Presiden 2014"): its event and places are not the figure's
    compared_apart = before_comparison(sentence, quantity.get("text"))
    # every test is a pure function of its arguments, so their order changes no verdict: the two
    # that most often set a figure aside come first (495 bench and FacQA questions: 217 -> 189 µs a figure)
    return (scoreline_fits(frame.noun, frame.question_text, quantity)
            and match_fits(frame.question_text, frame.places, quantity, sentence, title)
            and money_fits(frame, quantity, sentence, title) and currency_fits(frame, quantity, sentence)
            and time_fits(age_time_frame(frame, quantity), sentence, title, published, lead_dates(frame, quantity),
                          quantity.get("text"))
            and ordinal_fits(frame, quantity) and minute_scorer_fits(frame, quantity, sentence) and required_fits(frame, quantity, sentence) and moved_to_fits(frame, quantity, sentence) and relative_holder_fits(frame, quantity, sentence) and age_fits(frame, quantity, sentence, title) and frame_figure_fits(quantity, frame)
            and not class_said_of_another(quantity, frame, siblings or [], sentence)
            and measure_fits(frame, quantity, sentence)
            and (is_scoreline(quantity) or holder_fits(frame, quantity, sentence))   # a scoreline's side: scores.asked_side
            and label_fits(frame, quantity, sentence, title) and part_fits(frame, quantity, sentence)
            and drawn_from_fits(frame, quantity, sentence)
            and count_fits(frame, quantity, sentence, siblings or []) and party_fits(frame, quantity, sentence, title) and held_party_fits(frame, quantity, sentence, title)
            and held_country_fits(frame, quantity, sentence) and measure_country_fits(frame, quantity, sentence)
            and destination_fits(frame, quantity, sentence)
            and averaged_list_fits(frame, quantity, sentence)
            # a match's sides are named as places ("Spanyol … Argentina"): scores.match_fits reads them, not
            # where the match was played ("di Beijing")
            and (is_scoreline(quantity) or (context_fits(frame, compared_apart, title, quantity.get("context")) if memo is None
                 else _context_fits_once(memo, frame, compared_apart, title, quantity.get("context"))))
            and method_fits(frame, sentence) and stage_fits(frame, quantity, sentence) and phase_fits(frame, quantity, sentence)
            and polarity_fits(frame, quantity, sentence) and fragment_fits(quantity, sentence) and one_each_fits(quantity, sentence)
            and numbered_name_fits(quantity, sentence) and region_fits(frame, quantity, sentence)
            and added_fits(frame, quantity, sentence) and speed_fits(frame, quantity, sentence)
            and times_fits(frame, quantity, sentence) and others_by_place_fits(frame, quantity, sentence)
            and per_item_fits(frame, quantity, sentence)
            and besides_fits(frame, quantity, sentence) and allocation_fits(frame, quantity, sentence)
            and habitual_fits(frame, quantity, sentence) and money_list_fits(frame, quantity, sentence)
            and lead_item_fits(frame, quantity, sentence, siblings or []) and money_kind_fits(frame, quantity, sentence)
            and measure_kind_fits(frame, quantity, sentence)
            and per_unit_fits(frame, quantity, sentence) and priced_thing_fits(frame, quantity, sentence)
            and kind_fits(frame, quantity, sentence) and subgroup_named_fits(frame, quantity, sentence)
            and model_fits(frame, quantity, sentence)
            and memory_variant_fits(frame, quantity, sentence) and camera_side_fits(frame, quantity, sentence)
            and worth_fits(frame, quantity, sentence) and held_list_fits(frame, quantity, sentence)
            and list_item_fits(frame, quantity, sentence) and body_fits(frame, sentence) and body_keyed_fits(frame, quantity, sentence) and forecaster_fits(frame, sentence)
            and contrasted_pair_fits(frame, quantity, sentence, siblings or []) and subgroup_clause_fits(frame, quantity, sentence, siblings or []) and baseline_fits(frame, quantity, sentence)
            and compared_with_fits(frame, quantity, sentence)
            and switched_subject_fits(frame, quantity, sentence) and scope_fits(frame, quantity, sentence)
            and origin_fits(frame, quantity, sentence) and worldwide_fits(frame, quantity, sentence)
            and related_party_fits(frame, quantity, sentence)
            and place_list_fits(frame, quantity, sentence) and ranked_place_fits(frame, quantity, sentence)
            and owner_named_fits(frame, sentence)
            and stretch_fits(frame.question_text, quantity, sentence) and countdown_fits(frame.question_text, quantity, sentence)
            and span_fits(frame.question_text, quantity, sentence)
            and capacity_fits(frame, quantity, sentence)
            and year_part_fits(frame.question_text, sentence, quantity.get("text")) and respectively_fits(frame, quantity, sentence)
            and proposer_fits(frame, quantity, sentence) and share_fits(frame, quantity, sentence) and share_part_fits(frame, quantity, sentence)
            and counted_whole_fits(frame, quantity, sentence)
            and total_part_fits(frame, quantity, sentence)
            and role_fits(frame, quantity, sentence)
            and penalty_fits(frame, quantity, sentence) and before_after_fits(frame.question_text, sentence)
            and state_fits(frame.question_text, quantity, sentence, frame.pipeline.stem if frame.pipeline else None)
            and grade_fits(frame.question_text, quantity, sentence) and average_fits(frame.question_text, quantity, sentence)
            and domain_fits(frame.question_text, quantity, sentence) and area_fits(frame.question_text, quantity, sentence)
            and confirmed_fits(frame.question_text, quantity, sentence) and buyback_fits(frame.question_text, quantity, sentence)
            and interim_fits(frame.question_text, quantity, sentence) and margin_fits(frame.question_text, quantity, sentence)
            and event_order_fits(frame.question_text, sentence) and matchup_fits(frame.question_text, sentence, title)
            and purpose_fits(frame, quantity, sentence) and remainder_fits(frame.question_text, quantity, sentence)
            and aim_fits(frame.question_text, quantity, sentence) and all_parties_fits(frame.question_text, quantity, sentence)
            and progress_fits(frame.question_text, quantity, sentence, frame.pipeline.stem if frame.pipeline else None)
            and basis_fits(frame.question_text, quantity, sentence) and promo_price_fits(frame.question_text, quantity, sentence) and contribution_fits(frame.question_text, quantity, sentence)
            and distance_from_fits(frame.question_text, quantity, sentence) and vehicle_code_fits(frame.question_text, sentence)
            and case_fits(frame.question_text, sentence) and whole_count_fits(frame.question_text, sentence, quantity)
            and norm_fits(frame.question_text, quantity, sentence) and hypothetical_fits(frame.question_text, quantity, sentence)
            and breakdown_fits(frame.question_text, quantity, sentence, siblings or [], frame.pipeline.stem if frame.pipeline else None)
            and negated_label_fits(frame.question_text, quantity, sentence, frame.pipeline.stem if frame.pipeline else None)
            and set_aside_fits(frame.question_text, quantity, sentence, frame.pipeline.stem if frame.pipeline else None)
            and exchange_rate_fits(frame.question_text, quantity, sentence) and restated_share_fits(frame.question_text, frame.money, quantity, sentence)
            and kind_keyed_fits(frame.question_text, quantity, sentence, frame.pipeline.stem if frame.pipeline else None)
            and first_in_list_fits(frame.question_text, quantity, sentence, siblings or [])
            and start_price_fits(frame.question_text, quantity, sentence, siblings or [])
            and route_fits(frame.question_text, quantity, sentence)
            and keyed_list_fits(frame.question_text, quantity, sentence) and name_keyed_fits(frame.question_text, quantity, sentence)
            and head_keyed_fits(frame.question_text, quantity, sentence) and for_keyed_fits(frame.question_text, quantity, sentence)
            and noun_kind_fits(frame.question_text, frame.noun, quantity, sentence)
            and others_besides_fits(frame.question_text, quantity, sentence) and before_change_fits(frame.question_text, quantity, sentence)
            and company_fits(frame.question_text, quantity, sentence)
            and opponent_fits(frame.question_text, sentence) and magnitude_fits(frame.question_text, sentence)
            and round_fits(frame.question_text, quantity, sentence)
            and bound_fits(frame.question_text, quantity, sentence) and short_rate_fits(frame.question_text, quantity, sentence)
            and start_state_fits(frame.question_text, quantity, sentence)
            and sub_item_fits(frame.question_text, quantity, sentence, frame.pipeline.known_word if frame.pipeline else None)
            and listed_parts_fits(frame.question_text, quantity, sentence, frame.pipeline.known_word if frame.pipeline else None)
            and acronym_fits(frame.question_text, sentence, title) and preview_fits(frame.question_text, title)
            and trial_fits(frame.question_text, sentence, title)
            and one_country_fits(frame.entities, frame.question_text, quantity, sentence)
            and country_held_fits(frame.entities, frame.places, frame.question_text, quantity, sentence)
            and plan_fits(frame, quantity, sentence)
            and converted_fits(frame, quantity, sentence, title, published, siblings, memo))


def converted_fits(frame: QuestionFrame, quantity: dict, sentence: str, title: str | None,
                   published: str | None, siblings: list[dict] | None, memo: dict | None) -> bool:
    """An amount converted ("$ 3 juta ( 40 miliar rupiah )", "US$395,3 miliar atau setara Rp5.545
    triliun") is the amount it converts: it answers only when that one does."""
    source = converted_from(frame.question_text, quantity, sentence, siblings or [])
    return source is None or figure_answers(frame, source, sentence, title, published, siblings, memo)


# between an amount and its conversion: "( ", "atau setara dengan", ", atau sekitar", "senilai"
_CONVERSION_BETWEEN_RE = re.compile(r"^\s*\)?\s*(?:\(|,?\s*(?:atau|setara|senilai|alias)\b)\s*(?:(?:sekitar|sekira|kurang|lebih|"
                                    r"setara|dengan)\s+)*(?:rp\.?|us\$|usd|idr|\$|€)?\s*$", re.I)
_CONVERSION_ASKED_RE = re.compile(r"\b(?:rupiah|dolar|dollar|usd|euro|setara|kurs|dirupiahkan|konversi)\b", re.I)


def converted_from(question: str, q: dict, sentence: str, siblings: list[dict]) -> dict | None:
    """The amount of another currency a money figure converts, written right before it ("$ 3 juta
    ( 40 miliar rupiah )"); None for any other figure, or when the question asks a currency."""
    mine = currency_family(q, sentence)
    if mine is None or _CONVERSION_ASKED_RE.search(question):
        return None
    at = figure_at(sentence, q.get("text") or "")
    if at <= 0:
        return None
    best = None
    for o in siblings:
        if o is q:
            continue
        start = figure_at(sentence, o.get("text") or "")
        end = start + len(o.get("text") or "")
        if 0 <= start and end <= at and (best is None or end > best[0]):
            best = (end, o)
    if best is None or not _CONVERSION_BETWEEN_RE.match(sentence[best[0]:at]):
        return None
    theirs = currency_family(best[1], sentence)
    return best[1] if theirs is not None and theirs != mine else None


def closest_fits(frame: QuestionFrame, sentence: str, title: str | None, published: str | None) -> bool:
    """One of the closest few shown when nothing answers: not a passage whose year the question
    rules out, nor, when the question says where ("gempa Poso", "di Cianjur"), whose place or event
    it rules out (context_fits: a 2019 quake in Palu for "gempa Poso tahun 2017"). Only the year of
    the time asked: a passage may tell of the asked day without its date; the place only when asked
    as where: "atlet AS" may compete in Paris."""
    years_only = replace(frame, dates=(), months=())
    return time_fits(years_only, sentence, title, published) and (
        not located_places(frame.question_text) or context_fits(frame, sentence, title, None))


def _context_fits_once(memo: dict, frame: QuestionFrame, sentence: str, title: str | None,
                       places: list[str] | None) -> bool:
    """context_fits, read once per (sentence, title, context places) for one frame: a figure
    list weighs each sentence once per figure and each title once per sentence (~4 times fewer
    tests). `memo` is a dict the caller keeps for one frame only (one answer)."""
    key = ("context", sentence, title, None if places is None else tuple(places))
    fits = memo.get(key)
    if fits is None:
        fits = memo[key] = context_fits(frame, sentence, title, places)
    return fits


_GOVERNMENT_OF_RE = re.compile(r"\bpemerintah\s+(?=[A-Z])")


def article_choices(frame: QuestionFrame, answering: list[tuple[Any, dict]]) -> list[tuple[Any, dict]]:
    """Figures that answer, less those the articles set aside. A total asked ("berapa total uang
    suap …"): an article stating one gives its total, not its parts, and any amount under half of
    a stated total is a part. An amount asked of a party ("dikembalikan Wilmar Group"): an article
    giving that party's amount sets aside its amounts naming no one ("Uang Rp 13,2 triliun itu
    disita dari 3 perusahaan …")."""
    if _NOW_ASKED_RE.search(frame.question_text) and not (frame.dates or frame.months or frame.years) and answering \
            and daily_price_asked(frame):
        # "harga emas Antam hari ini": a price quoted day by day is the newest report's, not every
        # day's the archive holds (a count or a rate "saat ini" keeps its history: the timeline)
        newest = max((c.article.published or "")[:10] for c, _q in answering)
        answering = [(c, q) for c, q in answering if (c.article.published or "")[:10] == newest]
    # each figure judged once: (stated total, whose amount the sentence says it is)
    judged = [(c, q, frame.total and stated_total(q, c.claim.text), party_attribution(frame, q, c.claim.text))
              for c, q in answering]
    with_total = {c.article.id for c, _q, total, _who in judged if total}
    totals = {q.get("value") or 0 for _c, q, total, _who in judged if total}
    largest = max(totals, default=0)
    attributed = {c.article.id for c, _q, _total, who in judged if who}
    summing = _parts_of_totals(judged, totals) if frame.total else set()
    parts = set() if frame.labels else _parts_in_articles(judged)   # "RT 005 ada 28 rumah" asked: a part is the answer
    graded = {id(q): graded_part(frame.question_text, q, c.claim.text) for c, q, _t, _w in judged}
    with_whole = {c.article.id for c, q, _t, _w in judged if graded[id(q)] is False}   # "44 rumah mengalami kerusakan"
    place_parts = _asked_place_parts(frame, answering)
    # ("laporan pemerintah India": a country's government reports, it holds no sector)
    sectors = question_sectors(_GOVERNMENT_OF_RE.sub(" ", frame.question_text))
    named_sector = {id(q) for c, q in answering if asked_sectors(c.claim.text) & sectors} if sectors else set()
    kinds = {id(q): _kind_after(c.claim.text, q) for c, q in answering}
    # an article giving the asked noun plainly ("2,2 Juta Kendaraan … Tunggak Pajak") gives its kinds as parts
    # (of the same noun: kinds of "kendaraan" are no parts of "pelanggar")
    plain = {(c.article.id, _unit_of(q)) for c, q in answering if kinds[id(q)] is None}
    asked_low = frame.question_text.lower()
    # and one giving the kind asked ("788.000 kendaraan roda empat") gives its plain figure as their whole
    of_kind = {(c.article.id, _unit_of(q)) for c, q in answering if kinds[id(q)] and kinds[id(q)] in asked_low}
    return [(c, q) for c, q, total, who in judged
            if not (kinds[id(q)] and kinds[id(q)] not in asked_low and (c.article.id, _unit_of(q)) in plain)
            if not (kinds[id(q)] is None and (c.article.id, _unit_of(q)) in of_kind)
            # a sector asked ("ULN swasta"): when some figures are said of it, one whose sentence
            # names no sector asked ("ULN Indonesia … 395,3 miliar") is the whole, not the part
            if not named_sector or id(q) in named_sector
            if total or not (c.article.id in with_total or (q.get("value") or 0) < largest / 2)
            if not (who is None and c.article.id in attributed)
            if q.get("value") not in summing and (c.article.id, q.get("value")) not in parts
            if not (graded[id(q)] and c.article.id in with_whole)
            if not _whole_of_place_part(c.article.id, q, place_parts)]


# a kind written right after a counted noun: "788.000 kendaraan roda empat", "500 motor jenis matic"
_KIND_AFTER_RE = re.compile(r"\s*(?:roda\s+(?:dua|tiga|empat|enam|\d+)|(?:jenis|tipe|golongan)\s+[a-z]+)\b", re.I)


def _unit_of(q: dict) -> str:
    return (q.get("unit") or "").lower()


def _kind_after(sentence: str, q: dict) -> str | None:
    """The kind a figure's counted noun is narrowed to right after it ("kendaraan roda empat"), lower
    case, or None."""
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    m = _KIND_AFTER_RE.match(sentence, at + len(text)) if at >= 0 and q.get("unit") else None
    return " ".join(m.group(0).lower().split()) if m else None


def _asked_place_parts(frame: QuestionFrame, answering: list[tuple[Any, dict]]) -> dict[str, list[dict]]:
    """Per article, its figures that are the asked place's part of a list by place."""
    out: dict[str, list[dict]] = {}
    if frame.places:
        for c, q in answering:
            if asked_place_part(frame, q, c.claim.text):
                out.setdefault(c.article.id, []).append(q)
    return out


def _whole_of_place_part(article: str, q: dict, place_parts: dict[str, list[dict]]) -> bool:
    """A larger figure of the unit in an article that lists the asked place's part by place is the
    whole of the places ("17 rumah sakit Columbia Asia" beside "… tiga rumah sakit di Indonesia")."""
    unit = (q.get("unit") or "").lower()
    return any(p is not q and (p.get("unit") or "").lower() == unit and (q.get("value") or 0) > (p.get("value") or 0)
               for p in place_parts.get(article, ()))


PART_MIN = 10   # parts this small add up to another figure by chance ("2 + 3 = 5")
_NOW_ASKED_RE = re.compile(r"\b(?:hari ini|saat ini|sekarang|terkini|terbaru|kini)\b", re.I)


def _parts_in_articles(judged: list[tuple[Any, dict, bool, Any]]) -> set[tuple[str, float]]:
    """(article, value) of figures that add up, two by two, to another answering figure of their
    article stated in other sentences: "Total sepeda motor ditilang 84.750" and "Sedangkan mobil
    29.923" are the parts of "114.673 kendaraan bermotor ditilang" a sentence before. A breakdown
    inside the total's own sentence ("total penindakan 167.928, rinciannya … ditilang 114.673 dan
    … teguran 53.255") is read by the sentence's own rules: its parts may be what is asked."""
    exact = [(c, float(q["value"])) for c, q, _t, _w in judged    # said about ("sekitar 4.000") is never summed
             if q.get("value") and q.get("high") is None and not q.get("qualifier") and not q.get("vague")]
    by_article: dict[str, dict[float, set[str]]] = {}
    for c, value in exact:
        by_article.setdefault(c.article.id, {}).setdefault(value, set()).add(c.claim.text)
    out: set[tuple[str, float]] = set()
    for art, where in by_article.items():
        if len(where) < 3:
            continue
        ordered = sorted(where)
        for t in ordered:
            for a in ordered:
                if 2 * a > t:
                    break
                if a < PART_MIN:
                    continue
                lo = bisect_left(ordered, t - a - SUM_SLACK * a)
                hi = bisect_right(ordered, t - a + SUM_SLACK * a)
                for b in ordered[lo:hi]:
                    if a < b < t and not (where[t] & (where[a] | where[b])):
                        out |= {(art, a), (art, b)}
    # three parts in three sentences ("BRI Unit Nita … Rp 1.151.809.771", "… Kewapante … Rp
    # 1.376.471.078", "… Paga … Rp 1.164.839.894") under a total written short ("mencapai Rp 3,6 miliar")
    for art, where in by_article.items():
        if not 4 <= len(where) <= TRIPLE_MAX:
            continue
        ordered = [v for v in sorted(where) if v >= PART_MIN]
        for t in ordered:
            slack = _written_slack(t)
            for i, a in enumerate(ordered):
                if 3 * a > t + slack:
                    break
                for j in range(i + 1, len(ordered)):
                    b = ordered[j]
                    if a + 2 * b > t + slack:
                        break
                    rest = t - a - b
                    for c in ordered[j + 1:]:
                        if c >= t or c - rest > slack:
                            break
                        if abs(c - rest) <= max(slack, SUM_SLACK * a) and not (
                                where[t] & (where[a] | where[b] | where[c])) and len(where[a] | where[b] | where[c]) == 3:
                            out |= {(art, a), (art, b), (art, c)}
    # a list in one sentence adding up to a figure of another ("26 rumah di Kecamatan Seunuddon, 6
    # rumah …, 16 rumah … dan satu rumah" under "Puting Beliung Rusak 49 Rumah")
    by_sentence: dict[tuple[str, str], list[float]] = {}
    for c, value in exact:
        by_sentence.setdefault((c.article.id, c.claim.text), []).append(value)
    for (art, text), vals in by_sentence.items():
        vals = list(dict.fromkeys(vals))
        if len(vals) < 3:
            continue
        total = sum(vals)
        if any(abs(total - t) <= SUM_SLACK * min(vals) and text not in sentences
               for t, sentences in by_article.get(art, {}).items()):
            out |= {(art, v) for v in vals}
    return out


TRIPLE_MAX = 40     # values of one article tried three by three (a few thousand sums at most)


def _written_slack(total: float) -> float:
    """How far a total written short may be from the exact sum of its parts: one unit of its last
    written digit ("Rp 3,6 miliar" for 3.693.120.743: 0,1 miliar), when it has at least two
    significant digits, and never over 3% of it."""
    if total <= 0:
        return 0.0
    unit = 1.0
    while total % (unit * 10) == 0:
        unit *= 10
    return min(unit, 0.03 * total) if total >= 10 * unit else 0.0


SUM_SLACK = 0.01    # rounding between parts and the total they add up to, of the smaller part ("14,7 + 11,8 = 26,5 miliar")


def _parts_of_totals(judged: list[tuple[Any, dict, bool, Any]], totals: set[float]) -> set[float]:
    """Values that add up, two by two, to a larger total stated anywhere in the answer: "Rp 14,7
    miliar" (one article) and "Rp 11,8 miliar" (another, even "dengan total Rp 11,8 miliar" for its
    own years) are the parts of "total Rp 26,5 miliar", not totals asked."""
    values = sorted({float(q["value"]) for _c, q, _t, _w in judged if q.get("value")})
    out: set[float] = set()
    for t in totals:
        for a in values:
            if 2 * a > t:
                break
            # the other part b = t - a, within the rounding of the smaller part a
            lo, hi = bisect_left(values, t - a - SUM_SLACK * a), bisect_right(values, t - a + SUM_SLACK * a)
            partners = [b for b in values[lo:hi] if a < b < t]
            if partners:
                out |= {a, *partners}
    return out


# ---------------------------------------------------------------- the question's own names
_NAME_WORD = re.compile(r"[A-Za-z][\w\-']*")


_NAME_JOINS = {"", ",", "&", "dan", "atau", "serta", "maupun"}   # between capitalised words: one name, or alternatives
NAME_WORDS_FILE = Path(__file__).resolve().parent / "data" / "name_words.txt"


@lru_cache(maxsize=1)
def learned_name_words() -> frozenset[str]:
    """Dictionary words the archive writes as names ("Aulia", "Siti", "Hadi"), learned by
    tools/build_name_words.py; a missing file means none."""
    try:
        return frozenset(ln.strip() for ln in _data_lines("name_words.txt"))
    except FileNotFoundError:
        return frozenset()


PLURAL_NAME_MIN = 6   # letters: "Champions" may be "Champion", "Paris" is no plural


def asked_names(question: str, pipeline: TextPipeline) -> tuple[tuple[str, ...], ...]:
    """Index terms of the names a question gives that no list knows: a ship ("KM Santika
    Nusantara"), a person, a company, a pollster, a place the gazetteer lacks ("di Las Vegas"),
    one tuple per name. Capitalised words past the first that are no Indonesian word, no acronym
    (an article may spell it out) nor compound ("TNI-Polri"), and no gazetteer, organisation or
    alias name (those have their own rules, and an alias is written otherwise in the article).
    Capitalised words written next to each other are one name ("Bendahara Umum KONI Johnny E
    Awuy": an article may give any of its words), and so are names joined by "dan", "atau" or a
    comma (alternatives: "Malindo Air dan Thai Lion Air"). A dictionary word the archive writes as
    a name ("Aulia", learned_name_words) is a name."""
    lex = frame_lexicon()
    found = list(_NAME_WORD.finditer(question))
    words = [m.group() for m in found]
    low = [w.lower() for w in words]
    out: list[list[str]] = []
    run_open = False          # the capitalised words before may go on with this one
    group: int | None = None  # the name (index in out) of the current run of capitalised words
    for i, w in enumerate(words):
        gap = question[found[i - 1].end():found[i].start()].strip() if i else "?"
        if not w[0].isupper():
            run_open = run_open and low[i] in _NAME_JOINS and gap in _NAME_JOINS
            continue
        if not (run_open and gap in _NAME_JOINS):
            group = None
        run_open = True
        ticker = bool(i and _TICKER_RE.fullmatch(w) and low[i - 1] in _TICKER_BEFORE)
        if (not i or len(w) < 3 or (w.isupper() and not ticker) or "-" in w
                or (pipeline.known_word(low[i]) and low[i] not in learned_name_words())
                or lex.names.at(low, i) or lex.names.ending_at(low, i) or low[i] in lex.stopwords
                or low[i] in lex.words["not_names"] or _unit_before_name(words, low, i, pipeline)):
            continue
        terms = [t for t in pipeline.terms(w) if not any(t in g for g in out)]
        if not terms:
            continue
        # a foreign plural is often written singular: "Liga Champions" / "Liga Champion"
        terms += [t[:-1] for t in terms if len(t) >= PLURAL_NAME_MIN and t.endswith("s") and not t.endswith("ss")]
        if group is None:
            out.append([])
            group = len(out) - 1
        out[group] += terms
    return tuple(tuple(g) for g in out)


_LOCATED_NAME_RE = re.compile(r"\b(?=(?:di|kota|harga|tarif|gempa|tsunami|banjir|longsor|topan|badai|taifun|siklon|hurikan|erupsi|"
                              r"letusan|kebakaran|tragedi)\s+([A-Z][\w\-']*))", re.I)   # (a lookahead: "gempa di Palu" gives both)


def _unit_before_name(words: list[str], low: list[str], i: int, pipeline: TextPipeline) -> bool:
    """A police unit's word before a name or place of its own ("Polsek Tebet", "Polres Malang Kota",
    "Polres Metro Jakarta Barat"): the name tells the unit, and articles write the word out
    ("Kepolisian Sektor Tebet", "Kapolres", "Polrestro"). "Polda Metro Jaya", of dictionary words
    only, stays a name."""
    lex = frame_lexicon()
    if low[i] not in lex.words["police_units"]:
        return False
    k = i + 1
    while k < len(words) and words[k][0].isupper():
        if not pipeline.known_word(low[k]) or lex.names.at(low, k):
            return True
        k += 1
    return False


def located_names(question: str, names: Sequence[Name], pipeline: TextPipeline) -> tuple[Name, ...]:
    """Of the question's own names, those it gives as where ("serangan teror di Barcelona") or as
    a disaster's name ("Topan Hagibis", "kebakaran Grenfell Tower"): an article naming no such
    place or storm tells of another event, even when no article names it (then nothing answers; a
    person's or a ship's name may be written otherwise, a city's or a storm's is not). What such a
    word names is a place only when the gazetteer knows it or the word is a name, no Indonesian word:
    "voting di Majelis Umum PBB", "di Sidang Kabinet", "di Festival Cempaka Putih" name a body or an
    event, which articles may name otherwise ("Sidang Umum PBB")."""
    found = [(m.group(1), n.group(1) if (n := _NEXT_WORD_RE.match(question, m.end(1))) else "")
             for m in _LOCATED_NAME_RE.finditer(question)]
    if not found:
        return ()
    heads = frame_lexicon().words["place_heads"]
    where = {t for w, _ in found for t in pipeline.terms(w)}
    named = {t for w, after in found if not pipeline.known_word(w.lower()) or (after[:1].isupper() and w.lower() in heads)
             for t in pipeline.terms(w)}
    places = {way for name in asked_place_names(question, pipeline) for way in name}
    return tuple(name for name in names
                 if any(t in (where if places.intersection(name) else named) for way in name for t in way))


# a stock ticker ("BBRI", "TLKM", "HMSP"): four capitals an article writes as they are, unlike an
# acronym it may spell out ("KPK")
_TICKER_RE = re.compile(r"[A-Z]{4}")
_TICKER_BEFORE = frozenset({"saham", "emiten", "kode"})   # "harga saham BBRI": a ticker, not "sistem PLTS"

Name = tuple[tuple[str, ...], ...]   # a name's ways of being written, each the index terms all given

TITLE_CASE_SHARE = 0.5   # a question with more of its words capitalised is written in title case: no names read


def asked_name_phrases(question: str, pipeline: TextPipeline) -> tuple[Name, ...]:
    """Names made of Indonesian words ("Operasi Patuh Jaya", "Polda Metro Jaya"): two or more
    capitalised words written together past the first, no list's name, each run one name an
    article must give whole (every word: "Operasi Patuh Toba" is another operation) or by its
    initials ("PIN" for "Pekan Imunisasi Nasional"). Acronyms inside the run are left to the
    article ("Tim SAR Gabungan": tim, gabungan)."""
    lex = frame_lexicon()
    found = list(_NAME_WORD.finditer(question))
    words = [m.group() for m in found]
    if len(words) < 3 or (words[0][0].isupper() and sum(w[0].isupper() for w in words[1:]) > TITLE_CASE_SHARE * (len(words) - 1)):
        return ()   # "Berapa Korban Tewas Gempa Cianjur?": title case, every word capitalised
    low = [w.lower() for w in words]
    bodies = {t for name in asked_body_names(question, pipeline) for way in name for t in way}   # "Kementerian Perhubungan": Kemenhub too
    out: list[Name] = []
    run: list[int] = []
    for i in range(1, len(words) + 1):
        joined = i < len(words) and words[i][0].isupper() and (
            not run or not question[found[i - 1].end():found[i].start()].strip())
        if joined:
            run.append(i)
            continue
        known = [k for k in run if not words[k].isupper() and pipeline.known_word(low[k]) and low[k] not in lex.stopwords]
        listed = any(lex.names.at(low, k) or lex.names.ending_at(low, k) for k in run)
        if len(known) >= 2 and len(known) == len([k for k in run if not words[k].isupper()]) and not listed:
            terms = tuple(dict.fromkeys(t for k in known for t in pipeline.terms(words[k])))
            if len(terms) >= 2 and not bodies & set(terms):
                # or its initials: "Pekan Imunisasi Nasional" is "PIN" in the article
                initials = tuple(pipeline.terms("".join(words[k][0] for k in known).upper())) if len(known) >= 3 else ()
                out.append((terms, initials) if initials else (terms,))
        run = [i] if i < len(words) and words[i][0].isupper() else []
    return tuple(out)


@lru_cache(maxsize=256)   # read by the engine's names and by located_names, once per question
def asked_place_names(question: str, pipeline: TextPipeline) -> tuple[Name, ...]:
    """The places a quantity question asks about or of (frame.py's gazetteer) as one name: every
    way an article may name one of them, a place within it ("Jawa Timur": "jatim", "surabaya",
    "malang" …) or a region it lies in ("Kabul": "Afghanistan"; not Indonesia). Several places
    asked are alternatives ("di Charikar dan di Kabul", "dari Merak ke Bakauheni"). Indonesia itself
    is left out: a national figure is often given without naming the country."""
    lex = frame_lexicon()
    phrases, children = _gazetteer_tree()
    frame = question_frame(question, pipeline)
    ways: dict[tuple[str, ...], None] = {}
    for key in dict.fromkeys(frame.places + frame.entities):     # where, and whose ("warga Jawa Timur")
        place = lex.places.get(key)
        if place is None or place.kind not in ("country", "province", "city") or key == "indonesia":
            continue
        keys = [key, *sorted(lex.ancestors(key) - {"indonesia"})]   # the regions and the foreign country it lies in
        todo, seen = [key], set()
        while todo:                          # the places within it
            k = todo.pop()
            if k not in seen:
                seen.add(k)
                keys.append(k)
                todo += children.get(k, ())
        for k in dict.fromkeys(keys):
            for phrase in phrases.get(k, ()):
                terms = tuple(pipeline.terms(" ".join(phrase)))
                if terms:
                    ways[terms] = None
    return (tuple(ways),) if ways else ()


def asked_body_names(question: str, pipeline: TextPipeline) -> tuple[Name, ...]:
    """The ministries a question names, each a name of every way it is written (frame.ministry_ways):
    "anggaran Kementerian PUPR" takes nothing from an article that names the ministry nowhere (an
    insurer's "premi … Rp 54,7 triliun")."""
    return tuple(tuple(dict.fromkeys(t for t in (tuple(pipeline.terms(w)) for w in ways) if t))
                 for ways in ministry_ways(question))


_GENERIC_OWNER_WORDS = frozenset({"bank", "perusahaan", "perseroan", "partai", "klub", "tim"})


def asked_owner_names(question: str, pipeline: TextPipeline) -> tuple[Name, ...]:
    """Whose amount of money the question asks, when that is no place (frame.entities: "laba bersih
    Bank BRI"): an article that names the owner nowhere gives another company's or party's amount
    with no owner said in its sentence ("Laba bersih perusahaan naik 11 persen").
    A listed organisation is any of the ways the list writes it; another owner any of its own words
    that are no word of the language ("Bank BRI": bri)."""
    lex = frame_lexicon()
    frame = question_frame(question, pipeline)
    generic = lex.words["company_words"] | _GENERIC_OWNER_WORDS
    people = (frame.noun or "").lower() in lex.words["person_nouns"] | lex.words["people_nouns"]
    if frame.held_by or not (frame.money or people):
        # "kursi DPR yang diraih Partai Golkar": the holder is asked (held_party_fits), not the body; a
        # count's owner is often said once in its story ("102 anggota DPR", then "102 anggota"): the
        # figure rules read it (frame.figure_fits)
        return ()
    out: list[tuple[str, ...]] = []
    for key in frame.entities:
        place = lex.places.get(key)
        if place is not None and place.kind != "org":
            continue   # a country, province or city: the place rules judge it
        if place is not None:
            ways = tuple(dict.fromkeys(t for t in (tuple(pipeline.terms(" ".join(ph))) for ph, k in lex.names.map.items()
                                                  if k == key) if t))
        else:   # any of its own words: an article may give one of them ("Sekjen KONI Ending Fuad Hamidy": Hamidy)
            words = [w for part in key.split("_") for w in part.split("-") if w not in generic]
            if all(pipeline.known_word(w) for w in words):
                continue   # "harga jual eceran": words of the language, no one's name
            ways = tuple((t,) for w in words for t in pipeline.terms(w) if not pipeline.known_word(w))
        out += [w for w in ways if w]
    if out:   # the question's own short form is another way ("BLT Sementara (BLTS)": an article may say BLTS only)
        out += [tuple(pipeline.terms(m.group(1))) for m in _BRACKETED_SHORT_RE.finditer(question) if pipeline.terms(m.group(1))]
    # owners named together are alternatives ("data penumpang Malindo Air dan Thai Lion Air"): one name
    return (tuple(dict.fromkeys(out)),) if out else ()


_BRACKETED_SHORT_RE = re.compile(r"\(\s*([A-Z][A-Za-z0-9-]{1,11})\s*\)")


# events.txt kinds an article must name; a crash is told in many ways (jatuh, terguling, menabrak …),
# an election too (pemungutan suara, hasil penghitungan …): not those
NAMED_EVENT_KINDS = frozenset({"disaster", "disease"})
UNNAMED_EVENTS = frozenset({"kecelakaan"})


def asked_event_names(question: str, pipeline: TextPipeline) -> tuple[Name, ...]:
    """The disasters and diseases a quantity question asks about (events.txt), each a
    name of every way the list writes it: "meninggal akibat demam berdarah" takes nothing from an
    article that never names the disease (a fire's or a crash's dead)."""
    lex = frame_lexicon()
    frame = question_frame(question, pipeline)
    out: list[Name] = []
    for key in frame.events:
        if lex.event_kind.get(key) not in NAMED_EVENT_KINDS or key in UNNAMED_EVENTS:
            continue
        ways = tuple(dict.fromkeys(t for t in (tuple(pipeline.terms(" ".join(ph))) for ph, k in lex.events.map.items() if k == key) if t))
        if ways:
            out.append(ways)
    return tuple(out)


_CASE_RE = re.compile(r"\b(?:kasus|perkara|skandal)\s+(?:(?:dugaan|tindak|pidana|korupsi|suap|gratifikasi|pencucian|uang)\s+)*"
                      r"([A-Za-z][\w\-]*)", re.I)


# a protest asked by what it opposes ("demo tolak RKUHP", "aksi menolak revisi UU KPK"): the bill's
# or the measure's own name, past the words that say it is a bill
_PROTEST_RE = re.compile(r"\b(?:demo|demonstrasi|aksi|unjuk\s+rasa|protes)\s+(?:(?:massa|mahasiswa|buruh|warga)\s+)?"
                         r"(?:tolak|menolak|penolakan|anti)\s+(?:(?:revisi|ruu|uu|rancangan|undang-undang|kenaikan|"
                         r"harga|tarif|iuran)\s+)*([A-Za-z][\w\-]*)", re.I)


def asked_protest_names(question: str, pipeline: TextPipeline) -> tuple[Name, ...]:
    """What a protest asked opposes ("demo tolak RKUHP", "aksi menolak revisi UU KPK"): an article
    that never names it tells of another protest's injured or arrested, even when no article names
    it. A bill is named by its acronym (aliases.txt spells it out: "RUU KUHP" is rkuhp)."""
    lex = frame_lexicon()
    out: list[Name] = []
    for m in _PROTEST_RE.finditer(question):
        low = m.group(1).lower()
        # the last term of the whole phrase: "RUU KUHP" is one term (rkuhp), as in the articles
        if low not in lex.stopwords and not pipeline.known_word(low) and (terms := pipeline.terms(m.group(0))):
            out.append(((terms[-1],),))
    return tuple(out)


def asked_case_names(question: str, pipeline: TextPipeline) -> tuple[Name, ...]:
    """The case a question names by its own word ("kerugian negara dalam kasus korupsi e-KTP",
    "kasus Jiwasraya"): an article that never names it tells of another case's loss, bribe or
    suspects. A word of the language ("kasus korupsi pengadaan") names no case, and an acronym
    ("kasus CPO") may be spelled out in the article."""
    lex = frame_lexicon()
    out: list[Name] = []
    for m in _CASE_RE.finditer(question):
        word = m.group(1)
        low = word.lower()
        if low in lex.stopwords or (pipeline.known_word(low) and "-" not in low) or word.isupper():
            continue
        terms = tuple(pipeline.terms(word))
        if terms:
            ways = {terms, *(((low.replace("-", ""),),) if "-" in low else ())}
            out.append(tuple(sorted(ways)))
    return tuple(out)


@lru_cache(maxsize=1)
def _gazetteer_tree() -> tuple[dict[str, list[tuple[str, ...]]], dict[str, list[str]]]:
    """Each gazetteer key's written forms, and each place's places within it."""
    lex = frame_lexicon()
    phrases: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase, key in lex.names.map.items():
        phrases[key].append(phrase)
    children: dict[str, list[str]] = defaultdict(list)
    for key, place in lex.places.items():
        if place.parent:
            children[place.parent].append(key)
    return dict(phrases), dict(children)


def names_named(names: Sequence[Name], held: frozenset[str]) -> int:
    """How many of the question's names an article names somewhere (`held`: which of the names'
    terms it holds; a name is named when every term of one of its ways is held)."""
    return sum(any(all(t in held for t in way) for way in name) for name in names)


def names_needed(names: Sequence[Name], named: Iterable[int]) -> int:
    """How many names an article must give to answer: every one ("korban tewas kebakaran KM
    Santika Nusantara" takes no death toll from an article on a motorway crash; "survei Index
    Politica … Presiden Prabowo" none from another pollster's article that names Prabowo too;
    "warga Jawa Timur" none from a national poll's article that names no place of the province),
    unless no candidate article gives them all: then as many as the best candidates give (a
    question naming more than its story's articles say, or a name written otherwise). `named`:
    names_named of the first candidates read. Names the archive never holds (a typo, a name no
    article uses) are left out by the caller: they are no test."""
    return min(len(names), max(named, default=len(names)))


# ---------------------------------------------------------------- reading the best articles whole
ARTICLES_READ_WHOLE = 3   # the best strong candidates' articles whose every figure is looked at


def articles_to_read(candidates: Sequence) -> list[str]:
    """The articles of the best few strong candidates. News names the event once, at the top, and
    then counts without repeating it ("Kebakaran itu juga mengakibatkan korban luka-luka mencapai
    46 orang"): such a sentence never reaches the strong floor on its own words."""
    return first_articles(c.article.id for c in candidates)


def first_articles(article_ids: Iterable[str]) -> list[str]:
    """articles_to_read from the candidates' article ids, in their order."""
    out: list[str] = []
    for a in article_ids:
        if a not in out:
            out.append(a)
            if len(out) == ARTICLES_READ_WHOLE:
                break
    return out


LEAD_POSITIONS = 2        # a title and the first sentence: where news names its story
LEAD_CANDIDATES = 40      # the best partial matches looked at for leads
LEADS_READ_WHOLE = 3      # articles whose lead is among them, read whole


def lead_articles(near_ids: Sequence[int], leads: dict[int, str], read: Iterable[str]) -> list[str]:
    """When no strong candidate gives a figure that answers: the articles whose title or first
    sentence is among the best partial matches, best first. The lead names the story ("KUBA –
    Karnaval kembang api di malam Natal di Kuba berujung tragedi"); the next sentence counts
    ("Sebuah ledakan terjadi dan melukai 22 orang") without naming it again, so it never reaches
    the strong floor on its own words. Articles already read whole (`read`) are not read again."""
    done = set(read)
    return first_articles(a for pid in near_ids[:LEAD_CANDIDATES]
                          if (a := leads.get(pid)) is not None and a not in done)[:LEADS_READ_WHOLE]


COVER_CANDIDATES = 40    # the best partial matches whose articles are weighed whole
ARTICLE_FLOOR = 0.85     # share of the question an article's passages and title hold together
COVERED_READ_WHOLE = 3   # such articles read whole


def article_shares(held: Sequence[frozenset[str]], weights: dict[str, float]) -> list[float]:
    """Each partial match's article's share of the question: the weights of the question's terms
    any of its passages or its title holds (`held`, from index.article_holds)."""
    return [sum(weights.get(t, 0.0) for t in terms) for terms in held]


def covered_passages(near_ids: Sequence[int], shares: Sequence[float]) -> list[int]:
    """When neither the strong candidates nor the leads give a figure that answers: the best
    partial matches whose articles hold most of the question between their passages and title
    (their article_shares), the most first. A long question names the event, the place and the
    day ("… Kejuaraan Dunia Angkat Besi 2019 di Pattaya, Thailand"), each said once somewhere in
    the report; the sentence that counts ("Terdapat tujuh lifter yang akan mewakili Indonesia")
    repeats none of them."""
    ranked = sorted(zip(near_ids, shares), key=lambda x: -x[1])
    return [pid for pid, share in ranked if share >= ARTICLE_FLOOR]


def covered_articles(covered: Sequence[int], owners: dict[int, str], read: Iterable[str]) -> list[str]:
    """The articles of covered_passages to read whole, but those already `read` (as lead_articles)."""
    done = set(read)
    return first_articles(a for pid in covered if (a := owners.get(pid)) is not None and a not in done)[:COVERED_READ_WHOLE]


ARTICLE_BLEND = 0.25     # of what the rest of its article holds of the question, the part a passage is credited


def with_article_share(near: Sequence[tuple[int, float, float]], shares: Sequence[float],
                       floor: float) -> list[tuple[int, float, float]]:
    """The partial matches (passage id, BM25, share) whose share reaches the floor when a quarter
    of what the rest of their article holds of the question (their article_shares) counts toward
    it: a report names its place and day once ("… di Pattaya, Thailand, Kamis (19/9)") and counts
    in another sentence. Only a quarter: a passage holding little of the question in an article
    holding all of it is still mostly about something else (on the topic sets, a half let in a
    false figure for each one found)."""
    return [m for m, whole in zip(near, shares)
            if m[2] + ARTICLE_BLEND * max(0.0, whole - m[2]) >= floor * (1 - 1e-9)]


COUNTED_BLEND = 0.5      # the part credited a partial match that counts the asked noun itself


def with_counted_share(near: Sequence[tuple[int, float, float]], shares: Sequence[float],
                       floor: float) -> list[tuple[int, float, float]]:
    """The partial matches that reach the floor with half of what the rest of their article holds,
    but not with a quarter (with_article_share): taken only when their figure counts the asked noun
    ("terdapat 1.628 kamera pengawas" for "berapa jumlah kamera pengawas … Bandara Soekarno-Hatta"),
    the answer's own sign, so the wider credit lets in the sentence that counts and no other."""
    return [m for m, whole in zip(near, shares)
            if m[2] + ARTICLE_BLEND * max(0.0, whole - m[2]) < floor * (1 - 1e-9)
            <= m[2] + COUNTED_BLEND * max(0.0, whole - m[2])]


def counted_noun(noun: str) -> bool:
    """A noun of things or people counted by name ("kamera", "rumah"), not a measure, an amount, a
    span of time or a classifier ("persen", "ton", "orang", "unit"): only its count is the answer's sign."""
    w = frame_lexicon().words
    low = noun.lower()
    return not (low in w["measure_nouns"] or low in w["money_units"] or low in w["time_words"]
                or low in w["generic_nouns"] or low in w["count_classifiers"] or low in w["money_heads"])


def counts_asked_noun(claim_quantities: Sequence[dict], noun_key: str, pipeline: TextPipeline) -> bool:
    """A figure of the claim is counted in the asked noun itself ("1.628 kamera")."""
    return any(pipeline.noun_key(q.get("unit") or "") == noun_key for q in claim_quantities if q.get("unit"))


SAME_FIGURE_READ = 4     # the best few partial matches holding a listed figure judged (on the topic sets 3 suffice)
SAME_FIGURE_WIDE = 50     # passages deeper than the partial matches holding a listed figure's number, the best by BM25
SAME_FIGURE_ARTICLES = 10  # the best partial matches whose articles' other sentences holding a listed figure join too (5: -14 pairs; 20: -1 figure)


def figure_numbers(figures: Iterable[dict], terms_of: Callable[[str], list[str]],
                   question_terms: Container[str]) -> frozenset[str]:
    """The number terms of the figures an answer lists, those the question has aside: what finds
    other outlets' reports of them among the partial matches. An outlet rewriting a press release
    words the story its own way ("Kivlan menerima setoran total Rp 151,5 juta dari politikus PPP,
    Habil Marati"): its sentence holds too little of the question to be a strong match, though its
    figure is one already listed. Such a sentence may add an outlet to a listed figure, never a
    figure of its own (Engine._same_figures keeps only the listed values, the figure rules judge
    them as any candidate's, and answer._compose_quantity drops an entry made of them alone)."""
    out: set[str] = set()
    for f in figures:
        out.update(t for t in terms_of(f.get("text") or "") if _DIGIT.search(t) or t in _SPELLED_VALUES)
        # a small count is written either way: "enam orang" listed, "mengamankan 6 orang" elsewhere
        if (value := f.get("value")) in _SPELLINGS and not f.get("high"):
            out.update(_SPELLINGS[value])
        if isinstance(value, (int, float)) and value > 0:
            out |= _value_terms(float(value))   # "Rp500 miliar" listed (one term, "rp500"), "Rp 500 miliar" elsewhere
    return frozenset(t for t in out if t not in question_terms)


_SCALE_STEPS = (1.0, 1e3, 1e6, 1e9, 1e12)   # ribu, juta, miliar, triliun


def _value_terms(value: float) -> set[str]:
    """The number terms a value is written with before its scale word, either decimal mark:
    5e11 -> "500" (miliar); 1.5e12 -> "1,5", "1.5" (triliun); 1280 -> "1280", "1.280"."""
    out: set[str] = set()
    for scale in _SCALE_STEPS:
        m = value / scale
        if m < 1 or (scale > 1 and m >= 1000):
            continue
        if abs(m - round(m)) < 1e-9:
            n = int(round(m))
            out |= {str(n), f"{n:,}".replace(",", ".")}
        elif abs(m * 100 - round(m * 100)) < 1e-6:
            written = f"{m:.2f}".rstrip("0")
            out |= {written, written.replace(".", ",")}
    return out


# the number words of small counts, and each value's two spellings ("enam", "6")
_SPELLED_VALUES = {w: v for w, v in {**UNITS_WORDS, **TEENS_WORDS}.items() if len(w) > 2}
_SPELLINGS = {v: (w, str(v)) for w, v in _SPELLED_VALUES.items()}


READ_WHOLE_SHARED_TERMS = 2  # question terms a sentence of an article read whole must hold


def says_what_is_asked(frame: QuestionFrame, quantity: dict, asked_noun: str | None,
                       noun_key: Callable[[str], str], shared_terms: int, sentence: str = "",
                       clause_noun: bool = False) -> bool:
    """A figure from elsewhere in an article read whole must itself say what is asked, more than
    a figure of a matching sentence: its sentence holds two of the question's terms, and the
    figure states the asked predicate class ("luka-luka" for a question about the wounded), a
    casualty for "korban", or, when neither is asked, has the asked noun itself as its unit (not
    a classifier such as "orang"). A comparison with another story ("87 juta data pengguna" of
    Facebook in an article on Lion Air's leak) holds the noun alone."""
    if shared_terms < READ_WHOLE_SHARED_TERMS:
        return False
    if len(frame.durations) == 1 and not quantity.get("unit") and sentence \
            and _word_after(sentence, quantity.get("text") or "") in frame.durations:
        return True   # "berapa menit waktu yang dibutuhkan …": "… dalam waktu 29 menit" (a span has no unit)
    classes = set(quantity.get("predicates") or [])
    if frame.predicates and not set(frame.predicates) <= frame_lexicon().words["thing_classes"]:
        return bool(classes & set(frame.predicates))   # (goods seized need not say "disita": figure_fits)
    if frame.casualty:
        return bool(quantity.get("casualty"))
    unit = (quantity.get("unit") or "").lower()
    if asked_noun is not None and unit in CLASSIFIERS and sentence:
        # "jumlah kendaraan yang menyeberang, yakni sebanyak 67.287 unit": the noun comes first;
        # people are counted in orang/jiwa, things not ("satu kampung nelayan diisi 5.000 orang")
        words = frame_lexicon().words
        if unit in ("orang", "jiwa") and (frame.noun or "").lower() not in (
                words["people_nouns"] | words["person_nouns"] | words["resident_nouns"]):
            return False
        return any(noun_key(w) == asked_noun for w in clause_before(sentence, quantity.get("text") or ""))
    if bool(unit) and asked_noun is not None and unit not in CLASSIFIERS and noun_key(unit) == asked_noun:
        return True
    if bool(unit) and asked_noun is not None and sentence \
            and noun_key(_word_after(sentence, quantity.get("text") or "")) == asked_noun:
        return True   # "dari 1.637 bangunan rumah yang bakal terkena penggusuran": its unit counts the asked noun
    # (when nothing else answers: a specific noun, "uang" says no more than that it is money)
    return (clause_noun and asked_noun is not None and bool(sentence)
            and (frame.noun or "").lower() not in frame_lexicon().words["money_generic"]
            and any(noun_key(w) == asked_noun for w in clause_before(sentence, quantity.get("text") or "")))


def _word_after(sentence: str, figure_text: str) -> str:
    """The word right after a figure, lower-cased ("29 menit" -> "menit"), or ""."""
    at = figure_at(sentence, figure_text) if figure_text else -1
    m = _NEXT_WORD_RE.match(sentence, at + len(figure_text)) if at >= 0 else None
    return m.group(1).lower() if m else ""


_NEXT_WORD_RE = re.compile(r"\s+([^\W\d_]+)")
CLAUSE_REACH = 8   # words read back from a figure for the noun it counts


def clause_before(sentence: str, figure_text: str, reach: int = CLAUSE_REACH) -> list[str]:
    """The words of a figure's clause before it, back to a full stop, a semicolon, a bracket or an
    earlier figure (a year is no figure: "pada Pemilu 2019, yakni 206.621"; nor a rate, "perlambatan
    0,9% menjadi 598.029 orang", nor a name's number, "jumlah penonton Warkop DKI Reborn Part 2 …
    2 juta 55 ribu orang"), at most `reach`."""
    at = figure_at(sentence, figure_text) if figure_text else -1
    if at < 0:
        return []
    clause = re.split(r"[;:!?()\"]|\.(?!\d)", sentence[:at])[-1]
    figures = [m.end() for m in _NUMBER_RE.finditer(clause) if not _YEAR_RE.fullmatch(m.group())
               and not _RATE_AFTER_RE.match(clause, m.end()) and not _NAME_BEFORE_RE.search(clause, 0, m.start())]
    if figures:
        clause = clause[figures[-1]:]
    return re.findall(r"[^\W\d_][\w\-]*", clause)[-reach:] if reach else []


_NUMBER_RE = re.compile(r"\d(?:[\d.,]*\d)?")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_RATE_AFTER_RE = re.compile(r"\s*(?:%|persen\b)", re.I)
_NAME_BEFORE_RE = re.compile(r"\b[A-Z][a-zA-Z]+\s+$")   # "Part 2", "Note 10" (not "pada 2 Juni")


# ---------------------------------------------------------------- the time a question names
TIME_WINDOW_BEFORE = 3     # days: a report of the day before the asked one (a match's preview)
TIME_WINDOW_AFTER = 14     # days: reports of the asked day come out within two weeks
_MONTH_WORD_RE = re.compile(rf"\b({MONTH_RE})\b")
_DAY_OF_MONTH_RE = re.compile(rf"\b(\d{{1,2}})\s+(?:{MONTH_RE})\b")


def undated_weights(question: str, terms: Sequence[str], weights: dict[str, float]) -> dict[str, float] | None:
    """The coverage shares without the words of the time the question names ("5 September 2019"):
    a report of that day seldom repeats its date, its article's date says it (near_asked_time).
    None when the question names no time or nothing else is left."""
    low = question.lower()
    said = set(_MONTH_WORD_RE.findall(low)) | set(_DAY_OF_MONTH_RE.findall(low)) | set(_YEAR_RE.findall(low))
    timed = {t for t in weights if t in said}
    if not timed or len(timed) == len(weights):
        return None
    rest = sum(w for t, w in weights.items() if t not in timed)
    return {t: (0.0 if t in timed else w / rest) for t, w in weights.items()}


def near_asked_time(frame: QuestionFrame, published: str | None) -> bool:
    """The article came out when the question's day, month or year was news."""
    if not published:
        return False
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    if frame.dates:
        return any(dt.date.fromisoformat(d) - dt.timedelta(days=TIME_WINDOW_BEFORE) <= day
                   <= dt.date.fromisoformat(d) + dt.timedelta(days=TIME_WINDOW_AFTER) for d in frame.dates)
    if frame.months:   # a month's figures come out in it or the month after ("inflasi Agustus": 2 September)
        before = day.replace(day=1) - dt.timedelta(days=1)
        return any((day.month == m and (not frame.years or day.year in frame.years))
                   or (before.month == m and (not frame.years or before.year in frame.years)) for m in frame.months)
    if frame.reported:
        return published_when_reported(frame.reported, published)
    return bool(frame.years) and day.year in frame.years
