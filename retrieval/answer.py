"""Answer composition: from ranked passages to attributed claims, grouped, with disagreements stated.

It never picks a "true" figure. For a quantity question it leads with each distinct figure, lists
who said it and where it was published, and says when sources disagree. The same claim carried by
two copies of a story (e.g. two translations in one outlet) is shown once with both sources.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any, Callable

from .asked_dates import answering_dates, question_dates
from .claims import CASUALTY_WORDS, CURRENCY_SIGN_RE, DATE_SPANS_RE, NON_UNITS, NUMBER_LABELS, currency_of, same_speaker, words_to_number
from .store import ArticleRow, ClaimRow, PassageRow
from .frame import (WORD_RE, amounts_answer, frame_word_groups, asks_age, said_age, entities_compatible, lexicon as frame_lexicon, located_places,
                    people_of_asked_class, places_conflict, scopes_conflict, CLASSIFIERS)
from .relevance import MAX_CLAIMS, MAX_PARTIAL, RELATIVE_FLOOR, QuestionFrame, article_choices, clause_before, figure_answers, question_frame
from .span import answer_span
from .scores import asked_side, is_scoreline
from .syndication import credited, outlet_names
from .text import Query, TextPipeline, _data_lines, figure_at

LEAD_TEXT_MAX = 400         # characters: a longer claim text is a scraper's page joined into one "sentence"
TEXT_SIMILARITY = 0.5       # Jaccard of index terms above which two sentences are the same claim
DATE_IN_TEXT_RE = re.compile(
    r"\(\d{1,2}/\d{1,2}/\d{4}\)|\b\d{1,2}\s+(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|"
    r"Oktober|November|Desember)\b|\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b|\btahun\s+\d{4}\b", re.I)
DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*")
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


@dataclass
class Source:
    outlet: str                      # the outlet credited: the one the page says it is the article of
    article_id: str
    title: str | None
    published: str | None
    url: str | None
    passage_id: int
    is_title: bool = False
    role: str = "origin"             # "origin": the story's origin outlet's copy; "copy": any other copy
    rehosted_by: str | None = None   # the site carrying another outlet's article ("dimuat ulang oleh")
    story: int | None = None         # story id: pages that are copies of one report share it
    origin: str | None = None        # the story's origin outlet
    speaker: str | None = None       # who this page says stated the claim (an entry may join several reports)

    @property
    def label(self) -> str:
        """'CNN Indonesia (dimuat ulang oleh example.com)'."""
        return f"{self.outlet} (dimuat ulang oleh {self.rehosted_by})" if self.rehosted_by else self.outlet

    def to_dict(self) -> dict[str, Any]:
        return {"outlet": self.outlet, "article_id": self.article_id, "title": self.title,
                "published": self.published, "url": self.url, "passage_id": self.passage_id,
                "in_title": self.is_title, "role": self.role, "rehosted_by": self.rehosted_by,
                "story": self.story, "speaker": self.speaker}


@dataclass
class AnswerClaim:
    text: str
    quantities: list[dict[str, Any]]
    speaker: str | None
    cited_from: str | None
    sources: list[Source]
    score: float
    figure: dict[str, Any] | None = None  # the quantity that answers a quantity question
    speakers: list[str] = field(default_factory=list)
    match: str = "strong"  # "partial": one of the closest few, shown after the strong claims
    answer_span: tuple[int, int] | None = None  # the answer phrase in `text` (name, date, place, figure)
    origin: str | None = None   # outlet the story comes from (set by _merge_into; sources lead with it)
    member_terms: list[set[str]] = field(default_factory=list, repr=False, compare=False)  # each merged sentence's terms
    joined: bool = False        # independent reports of the figure joined in (_join_agreeing): sources say whose

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "quantities": [{k: q.get(k) for k in ("value", "text", "qualifier", "unit", "high", "vague", "scope",
                                                  "of", "predicate", "predicates", "against")}
                           for q in self.quantities],
            "speaker": self.speaker,
            "cited_from": self.cited_from,
            "sources": [s.to_dict() for s in self.sources],
            "origin": self.origin or (self.sources[0].origin or self.sources[0].outlet if self.sources else None),
            "figure": self.figure,
            "other_speakers": [s for s in self.speakers if s != self.speaker],
            "match": self.match,
            "answer_span": ({"text": self.text[self.answer_span[0]:self.answer_span[1]],
                             "start": self.answer_span[0], "end": self.answer_span[1]}
                            if self.answer_span else None),
            "score": round(self.score, 4),
        }


@dataclass
class Answer:
    question: str
    intent: str
    claims: list[AnswerClaim]
    disagreement: str | None = None
    message: str | None = None
    match: str | None = None  # "strong", "partial" (the closest few, nothing matched fully) or None

    @property
    def found(self) -> bool:
        return bool(self.claims)

    def to_dict(self) -> dict[str, Any]:
        from .timeline import timeline_entries  # the timeline reads answers: imported here, not at the top

        return {"question": self.question, "intent": self.intent, "found": self.found,
                "match": self.match if self.claims else None,
                "claims": [c.to_dict() for c in self.claims], "disagreement": self.disagreement,
                "message": self.message, "timeline": [e.to_dict() for e in timeline_entries(self)]}


@dataclass
class Candidate:
    passage: PassageRow
    article: ArticleRow
    claim: ClaimRow | None
    score: float           # the ranking score (learned probability or hand-set order): higher is better
    coverage: float        # share of the question the passage (with its title) holds
    strong: bool = True    # reached the strong floor; else one of the closest few
    bm25: float = 0.0      # rank_bm25's score over the question's own terms
    distinctive: bool = False  # holds the question's most distinctive word (relevance.holds_distinctive)
    joins_only: bool = False   # another outlet's report of a listed figure: adds a source, never an entry
    # the sentence's every figure when `claim.quantities` holds only those offered (the figure rules
    # read a figure's siblings: a breakdown's other items, a list's other entries)
    siblings: list[dict[str, Any]] | None = None

    @property
    def sentence_figures(self) -> list[dict[str, Any]]:
        """Every figure of the candidate's sentence, offered or not: what the figure rules compare with."""
        return self.siblings if self.siblings is not None else self.claim.quantities if self.claim else []


def format_number(value: float) -> str:
    """10000 -> '10.000', 1500000.0 -> '1.500.000', 1.5 -> '1,5' (Indonesian style)."""
    if abs(value - round(value)) < 1e-6 * max(1.0, abs(value)):   # 33,45 juta is 33450000.000000004
        return f"{round(value):,}".replace(",", ".")
    return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", "_").replace(".", ",").replace("_", ".")


def format_date(iso: str | None) -> str | None:
    if not iso:
        return None
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTH_ABBR[int(m) - 1]} {y}"


def figure_label(q: dict[str, Any]) -> str:
    """'sekitar 10.000', 'lebih dari 10.000', '2.000–3.000', 'ribuan'."""
    if q.get("date"):   # a year or day asked, as written: "2006", "25 September 2019"
        return q["date"]
    if q.get("vague"):
        words = q["text"].split()
        if q.get("unit") and len(words) > 1 and words[-1].lower() == q["unit"].lower():
            words = words[:-1]
        return " ".join(words).lower()
    if q.get("duration"):   # "2 tahun 8 bulan" as written ("lebih dari 2 bulan": its qualifier once)
        qualifier, span = q.get("qualifier"), q["duration"]
        return f"{qualifier} {span}" if qualifier and not span.lower().startswith(qualifier.lower()) else span
    num = format_number(q["value"])
    if is_scoreline(q):   # the asked side's tally, and the scoreline as written: "75 (skor 95-75)"
        return f"{num} (skor {q['text']})"
    if q.get("ordinal"):   # a place in an order: "menit ke-64", "peringkat ke-167"
        if q.get("high") is not None:   # a band of places: "peringkat 601–800"
            return f"{q['unit'] or ''} {num}–{format_number(q['high'])}".strip()
        if q.get("unit") == "km":   # a point on a road: "KM 91,2"
            return f"KM {num}"
        return f"{q['unit']} ke-{num}" if q.get("unit") else f"ke-{num}"
    if q.get("currency"):   # "Rp 58,6 triliun" as written, not 58.600.000.000.000
        amount = q["text"]
        if q.get("qualifier") and amount.lower().startswith(q["qualifier"]):
            amount = amount[len(q["qualifier"]):].strip()
        if sign := CURRENCY_SIGN_RE.match(amount):   # "Rp80 ribu" as read from a glued amount
            amount = amount[sign.end():]
        num = f"{q['currency']} {num if DIGITS_RE.fullmatch(amount) else amount}"
        return f"{q['qualifier']} {num}" if q.get("qualifier") else num
    if q.get("high") is not None:
        num = f"{num}–{format_number(q['high'])}"
    if q.get("label_unit") and q.get("unit"):  # a figure of another unit than asked says what it counts
        num = f"{num} {q['unit']}"
    elif (q.get("unit") or "").lower() == "persen":   # "5,25%": a bare 5,25 reads as a count
        num = f"{num}%"
    elif (q.get("unit") or "").lower() in ("bps", "basis"):
        num = f"{num} bps"
    return f"{q['qualifier']} {num}" if q.get("qualifier") else num


def _source(c: Candidate) -> Source:
    a = c.article
    outlet, rehosted = credited(a.outlet, a.outlet_domain, a.url, a.credit) if a.credit else (a.outlet, None)
    outlet = outlet or "(outlet tidak diketahui)"
    origin = a.origin or outlet
    names = outlet_names()
    role = "origin" if origin == outlet or names.key(origin) == names.key(outlet) else "copy"
    return Source(outlet=outlet, article_id=a.id, title=a.title, published=a.published, url=a.url,
                  passage_id=c.passage.id, is_title=c.passage.kind == "title", role=role, rehosted_by=rehosted,
                  story=a.story, origin=origin, speaker=c.claim.speaker if c.claim else None)


def _order_sources(claim: AnswerClaim) -> None:
    """Origin first, copies after; one origin article per story. The origin is the outlet of the
    story the claim was first found in ("Jakarta, CNN Indonesia --" or the earliest copy); among
    the pages credited to it the outlet's own page leads, then the earliest.

    Called on every join (at 10M an entry gathers ~20 copies, one at a time), so the sort keys
    are kept on the entry: when one source was appended since the last call, it is put where the
    stable sort puts it, without sorting again. That holds while each article's sources share
    outlet, credit and date (they come from one article row): an article already listed keeps
    its place among equal keys and the new source goes after its sources; a new article comes
    after every equal key. Otherwise (or after any other change) the list is sorted whole."""
    names = outlet_names()
    sources = claim.sources
    held = claim.__dict__.pop("_ordered", None)
    if held is not None and held[0] is sources and held[1] == len(sources) - 1 and held[2] == claim.origin:
        _, n, _, key_of, keys, rank, head_of = held
        s = sources[-1]
        for name in (s.outlet, s.origin):
            if name not in key_of:
                key_of[name] = names.key(name)
        head = (key_of[s.outlet] != key_of[claim.origin], s.rehosted_by is not None, s.published or "9999")
        if head_of.setdefault(s.article_id, head) != head:
            held = None
        else:
            key = (*head, rank.setdefault(s.article_id, n))
            at = bisect_right(keys, key)
            sources.insert(at, sources.pop())
            keys.insert(at, key)
            claim.__dict__["_ordered"] = (sources, len(sources), claim.origin, key_of, keys, rank, head_of)
    else:
        held = None
    if held is None:
        key_of = {name: names.key(name) for name in {claim.origin, *(s.outlet for s in sources),
                                                     *(s.origin for s in sources)}}
        origin_key = key_of[claim.origin]
        order: dict[str, int] = {}
        for i, s in enumerate(sources):
            order.setdefault(s.article_id, i)
        sources.sort(key=lambda s: (key_of[s.outlet] != origin_key, s.rehosted_by is not None,
                                    s.published or "9999", order[s.article_id]))
        # each article's place as the next sort numbers it (its first index now): while each
        # article's sources share their key's head, the list is sorted by these keys too
        rank: dict[str, int] = {}
        head_of: dict[str, tuple] = {}
        keys = []
        for i, s in enumerate(sources):
            head = (key_of[s.outlet] != origin_key, s.rehosted_by is not None, s.published or "9999")
            keys.append((*head, rank.setdefault(s.article_id, i)))
            if head_of.setdefault(s.article_id, head) != head:
                break
        else:
            claim.__dict__["_ordered"] = (sources, len(sources), claim.origin, key_of, keys, rank, head_of)
    lead_of: dict[object, str] = {}
    for s in sources:
        story = s.story if s.story is not None else ("article", s.article_id)
        if s.role == "origin" or key_of[s.outlet] == key_of[s.origin]:
            lead_of.setdefault(story, s.article_id)
        s.role = "origin" if lead_of.get(story) == s.article_id else "copy"


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


# claims.same_speaker of two speaker strings, for _merge_into's test of every entry against every
# group (a figure list at 10M: the ~22 copies of each claim against ~15 groups, two name-word
# regexes a test); a pure function of its two strings
_same_speaker = lru_cache(maxsize=4096)(same_speaker)


def _distinct_members(g: AnswerClaim) -> list[set[str]]:
    """`g.member_terms` with each content once, in first-appearance order. An entry gathers the
    copies of one sentence (~20 equal term sets at 10M): Jaccard tests against its members need
    each content once. Kept on the entry and extended with the members added since (the list
    only grows: appended to, extended); rebuilt if it is another list or shorter."""
    members = g.member_terms
    held = g.__dict__.get("_distinct")
    if held is None or held[0] is not members or held[1] > len(members):
        held = g.__dict__["_distinct"] = [members, 0, []]
    distinct = held[2]
    for t in members[held[1]:]:
        if not any(len(d) == len(t) and d == t for d in distinct):
            distinct.append(t)
    held[1] = len(members)
    return distinct


def _held(g: AnswerClaim) -> tuple[list[Source], int, set[object], set[int]]:
    """The stories and passage ids among `g.sources`, for the membership tests of every entry
    against every group (at 10M a group holds ~20 copies). Kept on the entry and built again when
    the list changes length or is another list (sources are only appended, extended and sorted:
    a sort keeps the sets)."""
    sources = g.sources
    held = g.__dict__.get("_held")
    if held is None or held[0] is not sources or held[1] != len(sources):
        held = g.__dict__["_held"] = (sources, len(sources), {s.story for s in sources},
                                      {s.passage_id for s in sources})
    return held


def _closest_member(terms: set[str], members: list[set[str]]) -> tuple[set[str], float]:
    """The first of `members` with the highest Jaccard with `terms`, and that Jaccard
    (max(members, key=...) and its key: equal contents give equal Jaccards, so the first of
    each content is enough)."""
    best, sim = members[0], _jaccard(terms, members[0])
    for t in members[1:]:
        j = _jaccard(terms, t)
        if j > sim:
            best, sim = t, j
    return best, sim


def _counts_anything_asked(q: dict[str, Any], asked_words: frozenset[str], pipeline: TextPipeline) -> bool:
    """When no figure names the question's noun ("berapa timbulan sampah"), a figure of a thing the
    question never names ("tiga pendekatan", "12 kota") answers nothing; people, amounts, measures
    and plain numbers may (what a question's noun stands for is often written as one of them)."""
    unit = (q.get("unit") or "").lower()
    if not unit or unit in COUNT_WORDS or unit in CLASSIFIERS:
        return True
    w = frame_lexicon().words
    key = pipeline.noun_key(unit)
    return (key in asked_words or key in people_keys(pipeline) or unit in w["measure_nouns"]
            or unit in w["money_units"] or unit in w["weight_units"] or unit in w["time_words"])


def _quantity_matches(q: dict[str, Any], targets: set[str], pipeline: TextPipeline, sentence: str = "",
                      units_only: frozenset[str] = frozenset(), weighed: str | None = None) -> bool:
    """The figure counts the question's noun (what it counts and whose: relevance.figure_answers).
    `units_only`: targets that count only as the figure's own unit ("90 perunggu"), not as a word
    before it."""
    unit = (q.get("unit") or "").lower() or None  # "Topan Faxai Menewaskan 3 Orang": headlines capitalise
    if not targets or is_scoreline(q):   # a scoreline's goals or points: scores.scoreline_fits
        return True
    if unit and (pipeline.noun_key(unit) in targets or (unit in UNIT_SPELLINGS and pipeline.noun_key(UNIT_SPELLINGS[unit]) in targets)):
        return True   # "15 mile" answers "berapa mil", "14.200 feet" "berapa kaki"
    if unit and "-" in unit and _pair_halves(unit, pipeline) & (targets - units_only):
        return True   # "18 mahasiswa-mahasiswi" counts the asked "mahasiswa"
    if unit in UNIT_SENSES and pipeline.noun_key(UNIT_SENSES[unit]) in targets - units_only:
        return True   # "berapa poin Thailand": "mengoleksi empat angka" counts points
    if weighed and unit in frame_lexicon().words["weight_units"] and sentence and (at := figure_at(sentence, q["text"])) >= 0:
        # "berapa sabu yang disita" (`weighed`: the asked noun's key): an amount of it weighed,
        # "442 gram sabu", "sabu seberat 9,5 kilogram"
        written = WORD_RE.findall(sentence[:at])[-6:]
        k = len(written)
        while k and written[k - 1][:1].isupper():
            k -= 1
        if k < len(written) and k > 1 and written[k - 1].lower() in HELD_AT:
            written = written[:k - 1]   # "cadangan di Bulog sekitar 4 juta ton": who holds it stands between
        before = [w.lower() for w in written[-2:]]
        after = WORD_RE.findall(sentence[at + len(q["text"]):])[:1]
        if before and before[-1] in WEIGHT_LINKS:
            before = before[:-1]
        return any(pipeline.noun_key(w.lower()) == weighed for w in before[-1:] + after)
    if unit and unit not in COUNT_WORDS and sentence and unit in _people_units() \
            and _restated_noun(q, sentence, targets - units_only, pipeline, people=True) is not None:
        return True   # "Jumlah penumpang KRL … mencapai 1.034.210 pengguna": the people the total names
    if unit is None or unit in COUNT_WORDS:
        # "korban meninggal mencapai 162 orang", "Jumlah … TPS yang disiapkan adalah 68.511 unit": the noun comes first
        before = q.get("before", "").split()
        for k in range(len(before) - 1, -1, -1):  # "selusin rudal dan lebih dari 20": rudal is selusin's
            if before[k].lower() in ("dan", "serta", "atau") or before[k][:1].isdigit():
                rest = before[k + 1:]
                if before[k][:1].isdigit():   # "… sebanyak 500 ribu ton, Rp 1,3 triliun": "ton" is the figure before's unit
                    at = next((i for i, w in enumerate(rest) if w.lower() not in _FIGURE_WORDS), len(rest))
                    rest = rest[at + 1:] if at < len(rest) and rest[at].lower() in _units_said() else rest[at:]
                before = rest + _shared_noun_before(sentence, q["text"])
                break
        return (any(pipeline.noun_key(w) in targets - units_only for w in before)
                or _restated_noun(q, sentence, targets - units_only, pipeline, people=unit is not None) is not None)
    return False


@lru_cache(maxsize=1)
def _people_units() -> frozenset[str]:
    """Nouns of people a figure may count others by ("1.034.210 pengguna" for the passengers a
    "jumlah penumpang" names): a people's count restates the noun its clause names."""
    w = frame_lexicon().words
    return frozenset(w["person_nouns"] | w["people_nouns"] | {"pengguna", "pelanggan"})


@lru_cache(maxsize=1)
def _units_said() -> frozenset[str]:
    """Words a figure is measured in ("500 ribu ton", "Rp 11,3 triliun", "2 tahun"): after another
    figure they are its unit, not the noun a later figure counts ("Danur 3 ditonton" names a film)."""
    w = frame_lexicon().words
    return frozenset(w["per_units"] | w["weight_units"] | w["money_units"] | w["rate_units"] | w["duration_units"]
                     | set(UNIT_SPELLINGS) | set(UNIT_SPELLINGS.values()) | COUNT_WORDS)


HELD_AT = frozenset({"di", "milik"})   # "stok beras di Bulog", "cadangan milik Pertamina"
_FIGURE_WORDS = frozenset({"ribu", "juta", "miliar", "triliun", "rp", "us", "usd", "persen", "%", "$"})


def _shared_noun_before(sentence: str, text: str) -> list[str]:
    """The words before the figure coordinated with this one when that figure has no noun of its
    own: "rekor baru tercetak sebesar Rp 774.000 dan Rp 775.000" - both are the record's. A noun
    between them ("selusin rudal dan lebih dari 20") is the first figure's alone: nothing."""
    at = figure_at(sentence, text) if sentence else -1
    if at < 0:
        return []
    words = [w.lower() for w in WORD_RE.findall(sentence[:at])]
    while words and words[-1] in _FIGURE_WORDS:
        words.pop()
    if not words or words[-1] not in ("dan", "serta", "atau"):
        return []
    words.pop()
    if not words or not (words[-1][:1].isdigit() or words[-1] in _FIGURE_WORDS):
        return []
    while words and (words[-1][:1].isdigit() or words[-1] in _FIGURE_WORDS):
        words.pop()
    return words[-4:]


def _amount_named(q: dict[str, Any], sentence: str, noun_key: str, pipeline: TextPipeline) -> bool:
    """A figure in a unit of measure that the asked amount's noun names in its clause: "Kapasitas
    baterainya adalah 3.969 mAh" for "berapa kapasitas baterai"; not a count ("3 orang", "5 unit")."""
    unit = (q.get("unit") or "").lower()
    if not unit or unit in COUNT_WORDS or unit in frame_lexicon().words["person_nouns"] \
            or unit in frame_lexicon().words["people_nouns"]:
        return False
    return any(pipeline.noun_key(w) == noun_key for w in clause_before(sentence, q["text"], AMOUNT_REACH))


AMOUNT_REACH = 6   # words before a figure where the amount it measures is named


def unit_alternatives(noun: str | None, pipeline: TextPipeline) -> set[str]:
    """Units (noun keys) that measure what the question measures in another unit: any unit of the
    dimension asked ("berapa jarak" is said in meter, "berapa kilogram ganja" in gram, "berapa
    kilometer" in meter but not in sentimeter: frame_words dimension_units, unit_dimensions)."""
    low = (noun or "").lower()
    unit = next((u for d, u in _dimension_units() if d == low), low)
    return {pipeline.noun_key(u) for group in _unit_dimensions() if unit in group for u in group}


def question_acronyms(question: str, targets: set[str], pipeline: TextPipeline) -> frozenset[str]:
    """The initials of the question's runs of words that hold a target: "keluarga penerima
    manfaat" is written "35,04 juta KPM"."""
    words = [w.lower() for w in WORD_RE.findall(question)]
    runs = (words[i:i + size] for size in (2, 3, 4) for i in range(len(words) - size + 1))
    return frozenset("".join(w[0] for w in run) for run in runs
                     if all(w.isalpha() for w in run) and any(pipeline.noun_key(w) in targets for w in run))


def _written_acronym(q: dict[str, Any]) -> str | None:
    """The figure's unit when written in capitals ("35,04 juta KPM"), lower-cased."""
    last = q["text"].split()[-1] if q.get("unit") else ""
    return last.lower() if len(last) >= 2 and last.isalpha() and last.isupper() else None


@lru_cache(maxsize=1)
def _unit_dimensions() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(g.split()) for g in frame_word_groups("unit_dimensions"))


@lru_cache(maxsize=1)
def _dimension_units() -> tuple[tuple[str, str], ...]:
    return tuple((g.split()[0], g.split()[1]) for g in frame_word_groups("dimension_units"))


COUNT_WORDS = frozenset({"orang", "jiwa", "unit", "buah"})   # count words a noun before the figure names ("ekor" counts its own)


def unit_word(unit: str) -> str:
    """A unit as one word for comparing figures: "kg" is "kilogram", a tally's "angka" is "poin"."""
    low = unit.lower()
    return UNIT_SENSES.get(low) or UNIT_SPELLINGS.get(low) or unit


UNIT_SENSES = {"angka": "poin"}   # a word counting what the asked unit counts, in a tally ("empat angka")
UNIT_SPELLINGS = {"kg": "kilogram", "gr": "gram", "km": "kilometer", "ha": "hektare", "hektar": "hektare",   # "1 kg" is "1 kilogram"
                  "mile": "mil", "miles": "mil", "feet": "kaki", "ft": "kaki", "sortie": "sorti", "crew": "kru",
                  "bps": "basis", "dollar": "dolar", "flight": "penerbangan", "flights": "penerbangan"}   # English spellings
WEIGHT_LINKS = frozenset({"seberat", "sebanyak", "sejumlah", "sekitar", "sebesar"})
APPOSITION_WORDS = frozenset("yakni yaitu ialah adalah".split())
COUNT_LINKS = frozenset({"berjumlah"})   # "provinsi … berjumlah 17"
TOTAL_OPENERS = frozenset({"jumlah", "total"})   # "jumlah personel … 13 orang"
RESTATED_REACH = 10   # words read back from "yakni" for the noun the figure restates
# words read back for "jumlah": "jumlah korban meninggal dunia akibat banjir bandang di Kabupaten
# Garut , Jawa Barat , hingga Rabu malam , bertambah menjadi 23 orang" (the place and time between)
TOTAL_REACH = 20
REACHING_LINKS = frozenset({"mencapai", "berjumlah", "sebanyak", "sejumlah"})   # "… yang mencapai 40 orang"
RELATIVE_REACH = 4    # words before that "yang" where its noun stands


def _restated_noun(q: dict[str, Any], sentence: str, targets: set[str], pipeline: TextPipeline,
                   people: bool = False) -> str | None:
    """The asked noun a bare figure restates after "yakni"/"yaitu"/"berjumlah", named earlier in
    its clause: "Dedi Mulyadi adalah caleg DPR Golkar yang meraih suara tertinggi pada Pemilu 2019,
    yakni 206.621" counts suara; "provinsi yang akan menyelenggarakan Pilkada tahun depan berjumlah
    17" counts provinsi. A count of people ("13 orang", `people`) restates the noun a "jumlah" opens:
    "jumlah personel yang terlibat dari tim SAR gabungan 13 orang", or the noun its relative clause
    is of: "anggota dewan periode sebelumnya 2014-2018 yang mencapai 40 orang". Read back to the
    clause's start or an earlier figure, never past either."""
    before = q.get("before", "").split()
    if not before or not sentence or (not people and (after := _word_after(sentence, q["text"])) and after.isalpha()):
        return None   # "batas usia … adalah 35 tahun": a figure with a word of its own restates nothing
    link = before[-1].lower()
    if not people and link in APPOSITION_WORDS | COUNT_LINKS:
        words = clause_before(sentence, q["text"], RESTATED_REACH + 1)[:-1]   # not "yakni" itself
        return next((w.lower() for w in reversed(words) if pipeline.noun_key(w) in targets and not _verb_form(w)), None)
    words = [w.lower() for w in clause_before(sentence, q["text"], TOTAL_REACH)]
    opened = next((w for k, w in enumerate(words[1:], 1)
                   if words[k - 1] in TOTAL_OPENERS and pipeline.noun_key(w) in targets), None)
    if opened is not None or not people:
        return opened
    # "anggota dewan periode sebelumnya 2014-2018 yang mencapai 40 orang" (the link may be the
    # figure's own first word): the noun the relative clause is of, a few words before its "yang"
    first = q["text"].split()[0].lower()
    if words[-2:-1] == ["yang"] and words[-1] in REACHING_LINKS:
        words = words[:-1]
    elif words[-1:] and words[-1] in REACHING_LINKS | APPOSITION_WORDS and "yang" in words:
        # "Pekerja Kopkarpel yang mendaftar untuk ikut tes adalah sebanyak 1.318 orang": the count
        # is of the people the clause's "yang" describes (not "dua kabupaten yang komisionernya
        # berjumlah lima orang": a regency is no one)
        at = words.index("yang")
        people_words = frame_lexicon().words["person_nouns"] | frame_lexicon().words["people_nouns"]
        return next((w for w in reversed(words[max(0, at - RELATIVE_REACH):at])
                     if pipeline.noun_key(w) in targets and w in people_words), None)
    elif first not in REACHING_LINKS:
        return None
    if words[-1:] != ["yang"]:
        return None
    return next((w for w in reversed(words[-1 - RELATIVE_REACH:-1]) if pipeline.noun_key(w) in targets), None)


_VERB_PREFIX_RE = re.compile(r"(?:me|ber|di|ter)[a-z]", re.I)


def _verb_form(word: str) -> bool:
    """A verb of the noun's root ("mendaftar", "terdaftar" for "pendaftar"): no noun it restates."""
    return bool(_VERB_PREFIX_RE.match(word)) and len(word) > 5


PARTIAL_LABEL = "Tidak ada yang cocok penuh; yang paling dekat:"
NOT_FOUND = "Tidak ditemukan klaim yang menjawab pertanyaan ini di artikel yang diindeks."


def compose(query: Query, candidates: list[Candidate], pipeline: TextPipeline, *,
            asked_figures_answer: bool = False, spans: bool = True, memo: dict | None = None) -> Answer:
    """Turn scored candidates (best first) into the answer a journalist reads. A figure the
    question states is context ("lari 400 meter"), not its answer, unless the question asks who
    stated that figure (`asked_figures_answer`). `spans=False`: the answer phrases are left for
    `mark_answer_spans`, for a caller that composes several answers and returns one. `memo`: the
    figure tests of earlier compositions of the same question (a retry with more candidates weighs
    the first ones' figures again otherwise: 3 compositions of ~400 figures in "harga emas Antam …
    Senin 2 September 2019")."""
    answer = _compose(query, candidates, pipeline, asked_figures_answer, memo)
    if spans:
        mark_answer_spans(answer, query)
    return answer


def with_answering_figures(query: Query, candidates: list[Candidate], pipeline: TextPipeline,
                           memo: dict) -> list[Candidate]:
    """The candidates with a figure the figure rules let answer, their verdicts kept in `memo` for
    the composition that follows: more candidates are composed only when one of them may add."""
    frame = question_frame(query.topic or query.text, pipeline)
    return [c for c in candidates if c.claim is not None
            and any(_figure_answers_once(memo, frame, c, q) for q in c.claim.quantities)]


def claims_of(answer: Answer, fits: Callable[[Source], bool], pipeline: TextPipeline) -> Answer | None:
    """The strong entries of an answer with a page that `fits` (a named speaker's report of a figure
    joined to another outlet's entry), as an answer of their own; None when there is none."""
    return entries_where(answer, lambda c: any(fits(s) for s in c.sources), pipeline)


def entries_where(answer: Answer, keep: Callable[[AnswerClaim], bool], pipeline: TextPipeline) -> Answer | None:
    """The strong entries of an answer that `keep` takes, as an answer of their own (None: none)."""
    said = [c for c in answer.claims if c.match == "strong" and keep(c)]
    if not said:
        return None
    return Answer(answer.question, answer.intent, said, match="strong",
                  disagreement=_disagreement(said, pipeline) if answer.intent == "quantity" else None)


def with_pages_of(narrowed: Answer, wider: Answer) -> None:
    """Each figure of an answer narrowed to a named source takes the other pages the unnarrowed
    answer joined to its entry: "menurut Basuki" lists the 9.000 piles of the page quoting him and
    the outlets that carried the same report without naming him (one report, every outlet)."""
    for c in narrowed.claims:
        if not c.figure:
            continue
        pages = {s.passage_id for s in c.sources}
        entry = next((g for g in wider.claims if g.figure and _same_value(g.figure, c.figure)
                      and pages & {s.passage_id for s in g.sources}), None)
        if entry is None:
            continue
        added = [s for s in entry.sources if s.passage_id not in pages]
        if added:
            c.sources.extend(added)
            _order_sources(c)


def mark_answer_spans(answer: Answer, query: Query) -> None:
    """The phrase in each claim that answers the question (shown in bold), when there is one."""
    for c in answer.claims:
        if c.answer_span is None:
            c.answer_span = answer_span(query.text, query.intent, c.text, query_words=query.words,
                                        figure_text=c.figure["text"] if c.figure else None)


def _compose(query: Query, candidates: list[Candidate], pipeline: TextPipeline, asked_figures_answer: bool,
             memo: dict | None = None) -> Answer:
    if not query.terms:
        return Answer(query.text, query.intent, [], message="Pertanyaan tidak berisi kata kunci yang bisa dicari.")
    strong = [c for c in candidates if c.strong]
    if query.intent == "quantity":
        answer = _compose_quantity(query, strong, pipeline, set() if asked_figures_answer else _asked_digits(query.text), memo)
    else:
        answer = _compose_dates(query, strong, pipeline)
        if not answer.claims:   # no sentence gives the year or day asked: the sentences found, as for "kapan"
            answer = _compose_general(query, strong)
    if answer.claims:
        answer.match = "strong"
        return answer
    closest = _closest(query, [c for c in candidates if not c.strong][:MAX_PARTIAL], MAX_PARTIAL, pipeline)
    if closest:
        return Answer(query.text, query.intent, closest, message=PARTIAL_LABEL, match="partial")
    answer.message = NOT_FOUND
    return answer


CLOSEST_LABEL = "Tidak cocok penuh, tetapi dekat:"


def _closest(query: Query, candidates: list[Candidate], limit: int, pipeline: TextPipeline | None = None
             ) -> list[AnswerClaim]:
    """The closest few as claims marked partial (no relative floor: they are the best there is);
    with `pipeline`, for a year or day asked, those giving one when any does (the answer has
    nothing strong: after strong sentences the closest few are shown as found)."""
    claims = ((_compose_dates(query, candidates, pipeline, relative_floor=0.0).claims[:limit] if pipeline else [])
              or _compose_general(query, candidates, relative_floor=0.0, limit=limit).claims)
    for c in claims:
        c.match = "partial"
    return claims


def add_closest(answer: Answer, query: Query, closest: list[Candidate], limit: int, *, spans: bool = True) -> None:
    """Follow a short strong answer with the closest few other passages, marked as such; none after
    the years or days asked, which are meant to be exact as a list of figures is."""
    if any(c.figure and c.figure.get("date") for c in answer.claims):
        return
    extra = Answer(query.text, query.intent, _closest(query, closest, limit))
    if spans:
        mark_answer_spans(extra, query)
    answer.claims.extend(extra.claims)


def _merge_into(groups: list[AnswerClaim], group_terms: list[set[str]], entry: AnswerClaim, terms: set[str],
                same_claim, *, may_open: bool = True, speaker_across_outlets: bool = False,
                story_figures: bool = False) -> None:  # noqa: ANN001
    """Add a claim to an existing group when it is the same claim from the same outlet, or the same
    sentence (term Jaccard >= TEXT_SIMILARITY) in another copy of the same story: one report carried
    by many outlets is one entry listing every outlet, the origin first. Otherwise open a new
    group, unless the answer is full (`may_open` False: only copies still join).
    `speaker_across_outlets`: the same named speaker's same claim in another outlet joins too (one
    statement reported by several outlets is one entry listing them all).
    `story_figures`: in another copy of the same story the same figure is the same claim, however
    the copy words it (one copy's headline, another's sentence: "280 Ribu Batang")."""
    src = entry.sources[0]
    for g, gt in zip(groups, group_terms):
        gsrc = g.sources[0]
        copy = False
        if src.story is not None and src.story in _held(g)[2]:
            # the same sentence in another copy: compared with every sentence merged so far (the
            # group may lead with a headline that words it differently)
            best, sim = _closest_member(terms, _distinct_members(g) or [gt])
            if sim >= TEXT_SIMILARITY:
                copy, gt = True, best
            elif story_figures and same_claim(entry, g, terms, gt):
                copy = True
        if src.outlet != gsrc.outlet and not copy and not (
                speaker_across_outlets and _same_speaker(entry.speaker, g.speaker)):
            continue
        # copies of one sentence have one speaker, whatever each page's wording let the rules find
        speakers_ok = (copy or _same_speaker(entry.speaker, g.speaker)
                       or (entry.speaker is None and g.speaker is None)
                       or ((entry.speaker is None or g.speaker is None) and src.article_id == gsrc.article_id))
        if not speakers_ok:
            continue
        if not same_claim(entry, g, terms, gt):
            continue
        held = _held(g)
        if src.passage_id not in held[3]:
            g.sources.append(src)
            held[2].add(src.story)
            held[3].add(src.passage_id)
            g.__dict__["_held"] = (g.sources, len(g.sources), held[2], held[3])
            g.member_terms.append(terms)
            _absorb_copies(groups, group_terms, g, src, terms, same_claim)
            _order_sources(g)
        if entry.speaker and entry.speaker not in g.speakers:
            g.speakers.append(entry.speaker)
        if g.speaker is None and entry.speaker:
            g.speaker = entry.speaker
        g.cited_from = g.cited_from or entry.cited_from
        if entry.figure and g.figure:
            if not g.figure.get("qualifier") and entry.figure.get("qualifier"):
                g.figure = entry.figure
                g.text = entry.text
            if not g.figure.get("scope") and entry.figure.get("scope"):
                g.figure = {**g.figure, "scope": entry.figure["scope"]}
        return
    if not may_open:
        return
    entry.origin = entry.origin or src.origin or src.outlet
    entry.member_terms = [terms]
    _order_sources(entry)
    groups.append(entry)
    group_terms.append(terms)


def _absorb_copies(groups: list[AnswerClaim], group_terms: list[set[str]], g: AnswerClaim, src: Source,
                   terms: set[str], same_claim) -> None:  # noqa: ANN001
    """A sentence just joined ``g`` through its outlet may be the copy of a sentence that already
    leads another group (another outlet's copy of the story, met earlier): the two groups are one."""
    if src.story is None:
        return
    for i in range(len(groups) - 1, -1, -1):
        h, ht = groups[i], group_terms[i]
        if h is g or src.story not in _held(h)[2]:
            continue
        if (_closest_member(terms, _distinct_members(h) or [ht])[1] < TEXT_SIMILARITY
                or not same_claim(h, g, ht, terms)):
            continue
        seen = {s.passage_id for s in g.sources}
        g.sources += [s for s in h.sources if s.passage_id not in seen]
        g.member_terms += h.member_terms or [ht]
        g.speakers += [sp for sp in h.speakers if sp not in g.speakers]
        g.speaker = g.speaker or h.speaker
        g.cited_from = g.cited_from or h.cited_from
        g.score = max(g.score, h.score)
        del groups[i], group_terms[i]


def _coordinated_nouns(question: str, noun: str, pipeline: TextPipeline) -> set[str]:
    """The noun keys joined to the asked noun by "dan", "serta" or "atau" right after it
    ("pelajar dan mahasiswa", "guru serta tenaga kependidikan": the first word after the link)."""
    words = [w.lower() for w in WORD_RE.findall(question)]
    low = noun.lower()
    return {pipeline.noun_key(words[i + 2]) for i, w in enumerate(words[:-2])
            if w == low and words[i + 1] in ("dan", "serta", "atau") and words[i + 2].isalpha()}


_PLACED_RE = re.compile(r"\b(?:di|ke)\s+([^\W\d_]+)", re.I)


def _placed_words(question: str, noun: str | None, pipeline: TextPipeline) -> frozenset[str]:
    """The noun keys of the words a question names right after "di"/"ke" (where, not what is
    counted: "… pemegang IUP di pulau kecil"), less the asked noun itself."""
    asked = pipeline.noun_key(noun) if noun else None
    return frozenset(key for m in _PLACED_RE.finditer(question) if (key := pipeline.noun_key(m.group(1))) != asked)


def _counts_a_place_asked(q: dict[str, Any], placed: frozenset[str], pipeline: TextPipeline) -> bool:
    """The figure counts what the question names only as where ("43 pulau" for "berapa perusahaan
    tambang … di pulau kecil"): no count of what is asked."""
    unit = q.get("unit")
    return bool(placed) and bool(unit) and pipeline.noun_key(unit) in placed


def _targets_present(targets: set[str], candidates: list[Candidate], pipeline: TextPipeline) -> set[str]:
    """The question's nouns (noun keys) that some candidate figure's unit or a word before it
    names. Each distinct word's key is read once (at 10M ~22 copies of every claim carry the same
    words), and the reading stops once every target is found: a word's first key costs a stored
    stem's look-up."""
    found: set[str] = set()
    if not targets:
        return found
    seen: set[str] = set()
    for c in candidates:
        if not c.claim:
            continue
        for q in c.claim.quantities:
            unit = q.get("unit") or ""
            # "mengemas 69 angka" names the points a tally asks ("berapa poin Napoli")
            # and "18 mahasiswa-mahasiswi" either half of its pair
            for w in [unit, UNIT_SPELLINGS.get(unit.lower(), ""), UNIT_SENSES.get(unit.lower(), ""),
                      *(unit.split("-") if "-" in unit else ()), *q.get("before", "").split()]:
                if not w or w in seen:
                    continue
                seen.add(w)
                if (key := pipeline.noun_key(w)) in targets:
                    found.add(key)
                    if len(found) == len(targets):
                        return found
    # a noun named only by the phrase a figure restates ("Jumlah TPS yang disiapkan … adalah 68.400
    # unit", "provinsi … berjumlah 17"): read once no figure's own words name every target
    for c in candidates:
        if not c.claim:
            continue
        for q in c.claim.quantities:
            unit = (q.get("unit") or "").lower()
            if (not unit or unit in COUNT_WORDS or unit in _people_units()) and (
                    noun := _restated_noun(q, c.claim.text, targets - found, pipeline, people=bool(unit))):
                found.add(pipeline.noun_key(noun))
    return found


@lru_cache(maxsize=4)   # one pipeline an engine: read once, not once per composition
def people_keys(pipeline: TextPipeline) -> frozenset[str]:
    """The noun keys of units that count people, one kind for joining figures: "6 Tewas"; "lima
    tersangka" / "lima orang"; "4 penumpang" / "4 orang"; "Lima warga" / "lima orang"."""
    w = frame_lexicon().words
    return frozenset(pipeline.noun_key(x) for x in w["people_nouns"] | w["person_nouns"] | CASUALTY_WORDS | ACCUSED_NOUNS)


def _compose_quantity(query: Query, candidates: list[Candidate], pipeline: TextPipeline, asked: set[str],
                      memo: dict | None = None) -> Answer:
    frame = question_frame(query.topic or query.text, pipeline)
    halves = _pair_halves(frame.noun or "", pipeline)   # "berapa putra-putri": either half counts
    unnamed: frozenset[str] | None = None   # the question's words, when no figure names its noun
    if frame.units:  # "berapa suku bunga acuan BI?": a rate, given in persen or basis points
        targets = {pipeline.noun_key(u) for u in frame.units}
    elif frame.money or frame.durations:  # any amount of money (frame.money_fits) / span of time, named or not
        targets = set()
    elif (frame.noun or "").lower() == "persen":   # "berapa persen anggota …": a share, never a count of them
        targets = {pipeline.noun_key("persen")}
    else:   # "berapa jumlah korban gempa" has no counted noun in "gempa"
        targets = _targets_present({pipeline.noun_key(w) for w in query.words} | halves, candidates, pipeline)
        if not targets and frame.noun:
            unnamed = frozenset(pipeline.noun_key(w) for w in query.words)
    asked_noun = pipeline.noun_key(frame.noun) if frame.noun else None
    kind_units: frozenset[str] = frozenset()
    if asked_noun in targets or halves & targets:
        # "berapa barel ... serangan drone?" counts barrels, not drones; a casualty word stays a
        # target ("268 orang meninggal" answers "berapa korban meninggal")
        casualty_keys = {pipeline.noun_key(w) for w in CASUALTY_WORDS}
        kind = frozenset({pipeline.noun_key(frame.kind)} if frame.kind else ())   # "90 perunggu" counts medals
        # "berapa pelajar dan mahasiswa asal Papua": a figure of either noun counts the asked ones
        paired = targets & _coordinated_nouns(query.text, frame.noun or "", pipeline)
        targets = {asked_noun} | (targets & (casualty_keys | kind)) | paired | halves
        kind_units = kind - casualty_keys - {asked_noun}
    elif targets and (frame.noun or "").lower() in frame_lexicon().words["dimension_nouns"] and not asks_age(query.text):
        # "berapa kecepatan ambulans …" with no sentence naming "kecepatan": a figure in a unit of
        # its dimension may answer, a count of the things named never ("5 Orang")
        targets = unit_alternatives(frame.noun, pipeline)
    acronyms: frozenset[str] = frozenset()
    if targets:   # no target: every figure's noun passes already
        targets |= unit_alternatives(frame.noun, pipeline)
        acronyms = question_acronyms(query.text, targets, pipeline)
    groups: list[AnswerClaim] = []
    group_terms: list[set[str]] = []
    money_answers = amounts_answer(frame)
    fine_asked = bool(frame.durations) and bool(_FINE_ASKED_RE.search(query.text))
    # a substance asked by no unit ("berapa sabu"): figures weighing it answer
    weighed = (asked_noun if asked_noun and not frame.units and not frame.money
               and (frame.noun or "").lower() not in frame_lexicon().words["measure_nouns"] else None)
    people = people_keys(pipeline)
    if asked_noun == pipeline.noun_key("orang") and frame.kind is None and not frame.predicates and not frame.casualty:
        # "berapa orang yang berada di dalam pesawat": people of any kind ("tiga awak", "empat penumpang")
        targets |= {pipeline.noun_key(w) for w in frame_lexicon().words["person_nouns"]}

    things = {pipeline.noun_key(w) for w in THING_CLASSIFIERS}

    def same_unit(fa: dict, fb: dict) -> bool:
        ua, ub = (pipeline.noun_key(unit_word(f.get("unit") or "")) for f in (fa, fb))
        if ua == ub:
            return True
        # "8 orang" and "delapan korban" of one outlet are one figure, when what befell them agrees
        pa, pb = set(fa.get("predicates") or []), set(fb.get("predicates") or [])
        if ua in things or ub in things:
            # "mencapai 20 unit" and "sekitar 20 kendaraan": a classifier of things says what any
            # noun of things counts, never people
            return ua not in people and ub not in people and bool(ua) and bool(ub)
        return ua in people and ub in people and (pa == pb or not pa or not pb)

    def same_figure(a: AnswerClaim, b: AnswerClaim) -> bool:
        fa, fb = a.figure or {}, b.figure or {}
        return _same_value(fa, fb) and same_unit(fa, fb)

    # this question's figure tests (_figure_answers_once), shared with _other_figures
    memo = {} if memo is None else memo
    # "berapa kapasitas baterai …": an amount asked by what it measures, in whatever unit
    measured_amount = asked_noun if (frame.noun or "").lower() in frame_lexicon().words["amount_nouns"] else None
    age_asked = asks_age(query.text)
    times_over = bool(_TIMES_OVER_ASKED_RE.search(query.text))   # "naik berapa kali lipat"
    placed = _placed_words(query.text, frame.noun, pipeline)
    offered = [(c, q) for c in candidates if c.claim is not None for q in c.claim.quantities
               # an age in brackets ("Zaenal Abidin (43)") when an age is asked ("berapa usia sopir truk")
               if (_quantity_matches(q, targets, pipeline, c.claim.text, kind_units, weighed) or people_of_asked_class(q, frame)
                   or (measured_amount and _amount_named(q, c.claim.text, measured_amount, pipeline))
                   or (acronyms and _written_acronym(q) in acronyms)
                   or (age_asked and (q.get("age") or said_age(q, c.claim.text)))
                   or (times_over and _times_over(q, c.claim.text)))
               and not _restates(q, asked) and not _multiplies(q, c.claim.text, query.text)
               and not _counts_a_place_asked(q, placed, pipeline)
               and (unnamed is None or _counts_anything_asked(q, unnamed, pipeline))]
    answering = [(c, q) for c, q in offered if _figure_answers_once(memo, frame, c, q)]
    restated = _restated_elsewhere(frame, offered, answering, same_unit)
    restated_ids = {id(q) for _c, q in restated}
    # (page, figure) of the entries that may only join one others make (Engine._same_figures' pages,
    # restated figures), as their figures are listed
    joining: set[tuple[int, Any]] = set()
    for c, q in article_choices(frame, answering) + restated:
        joins_only = c.joins_only or id(q) in restated_ids
        # a quantity folded in from a continuation sentence ("Ini termasuk 500 perwira") is context,
        # unless it counts exactly what the question asks for ("berapa perwira ...")
        if q["text"] not in c.passage.text and pipeline.noun_key(q.get("unit") or "") != asked_noun:
            continue
        if is_scoreline(q):   # "menundukkan Argentina 95-75": the asked side's tally
            q = asked_side(query.text, q, c.claim.text)
        elif frame.durations:   # "berapa tahun hukuman …": only spans of time in the asked units answer
            span = _duration(q, c.claim.text, frame.durations)
            if span is None and fine_asked and not q.get("unit") and (currency := currency_of(c.claim.text, q["text"])):
                span = {**q, "currency": currency}   # "vonis penjara dan denda": the fine answers too
            if (q := span) is None:
                continue
        elif weighed and (q.get("unit") or "").lower() in frame_lexicon().words["weight_units"]:
            q = {**q, "label_unit": True}   # "9,5 kilogram": a weight says its unit
        elif not q.get("unit") and (noun := _restated_noun(q, c.claim.text, targets, pipeline)):
            q = {**q, "unit": noun, "label_unit": True}   # "… meraih suara tertinggi, yakni 206.621"
        elif not q.get("unit") and (currency := currency_of(c.claim.text, q["text"])):
            if not money_answers:
                continue   # "Cek Penerima BLT Rp 300 Ribu": an amount of money counts no recipients
            q = {**q, "currency": currency}
        elif not q.get("unit") and (measure := _word_after(c.claim.text, q["text"])):
            if measure.lower() in frame_lexicon().words["time_words"] and pipeline.noun_key(measure) != asked_noun \
                    and not age_asked:
                continue  # "kenaikan tertinggi dalam 30 tahun": a span of time, not the count asked
            q = {**q, "unit": measure, "label_unit": True}  # "49,07 detik": say what it measures
        if joins_only:
            joining.add((c.passage.id, q.get("value")))
        entry = AnswerClaim(text=c.claim.text, quantities=c.claim.quantities, speaker=c.claim.speaker,
                            cited_from=c.claim.cited_from, sources=[_source(c)], score=c.score, figure=q,
                            speakers=[c.claim.speaker] if c.claim.speaker else [])
        terms = set(c.passage.terms or [])
        _merge_into(groups, group_terms, entry, terms, lambda a, b, _ta, _tb: same_figure(a, b),
                    speaker_across_outlets=True, story_figures=True)
    groups.sort(key=lambda g: (bool(g.figure and g.figure.get("vague")),
                               min((s.published or "9999") for s in g.sources), -g.score))
    # the question pins the story down (its place, road, named event, person or party): equal
    # figures that answer it are one story's; else their pages must name something in common
    # (a measure or an amount asked is pinned by what it measures: "prevalensi perokok anak 9,1%")
    pinned = bool(frame.places or frame.typed or frame.named_events or frame.holders or frame.entities
                  or frame.owners or frame.measured or frame.money or _question_names(query.text, pipeline))

    # each entry's names and places, read once per size (entries are compared pairwise; joining grows them)
    names: dict[tuple[int, int], set[str]] = {}
    places: dict[tuple[int, int], list[str]] = {}

    def read(cache: dict, c: AnswerClaim, of: Callable[[AnswerClaim], Any]) -> Any:  # noqa: ANN401
        key = (id(c), len(c.sources))
        if key not in cache:
            cache[key] = of(c)
        return cache[key]

    def agree(a: AnswerClaim, b: AnswerClaim) -> bool:
        """Another outlet's report of the figure: "289" whose noun is unsaid agrees with "289 anggota".
        The cheap tests first: most pairs differ in value."""
        fa, fb = a.figure or {}, b.figure or {}
        if not _same_value(fa, fb):
            return False
        if not (same_unit(fa, fb) or not fa.get("unit") or not fb.get("unit") or _precise(fa)):
            return False   # (an exact "35.046.783" is one count, "keluarga" or "KPM")
        if not _near_in_time(a, b) and not (
                pinned and not fa.get("vague") and (fa.get("value") or 0) >= UNNAMED_SAME_FIGURE
                and _near_in_time(a, b, LONG_STORY_DAYS)):
            # a story the question pins down ("kerugian negara … proyek e-KTP") restates its figure
            # for months: "Rp 2,3 triliun" in March and in November is one claim, not two
            return False
        # where each entry's sentence says it happened (titles name too much): "20 siswa keracunan"
        # in Garut and in Bogor are two events
        if places_conflict(read(places, a, lambda c: located_places(c.text)),
                           read(places, b, lambda c: located_places(c.text))):
            return False
        if not pinned and not {s.article_id for s in a.sources} & {s.article_id for s in b.sources}:
            # "satu orang tewas" in two crashes of a "kecelakaan bus" question; one page's headline
            # and its body tell one story whatever they name. A headline naming nothing ("Ada 941
            # Pelanggaran di Hari Pertama …") cannot tell its story apart: an exact figure of many
            # in the same weeks ("… mencatat 941 pelanggaran …") is the same report's
            na, nb = read(names, a, lambda c: _names(c, pipeline)), read(names, b, lambda c: _names(c, pipeline))
            if not na & nb and not ((not na or not nb) and (fa.get("value") or 0) >= UNNAMED_SAME_FIGURE
                                    and not fa.get("vague")) \
                    and not (not fa.get("vague") and (fa.get("value") or 0) >= UNNAMED_SAME_FIGURE
                             and _told_alike(a.text, fa, b.text, fb, pipeline)):
                # ("216 kontainer yang masih dalam proses reekspor" and "sebanyak 216 kontainer, masih
                # dalam proses reekspor": what each sentence says around the figure is one report's)
                return False
        return _same_count(fa, fb, pipeline)

    groups = _join_agreeing(groups, agree)
    if joining:   # a report joining no entry of the others is no figure of its own
        groups = [g for g in groups if any((s.passage_id, (g.figure or {}).get("value")) not in joining
                                           for s in g.sources)]
    if not groups:
        return _other_figures(query, candidates, asked, frame, memo)
    return Answer(query.text, "quantity", groups, disagreement=_disagreement(groups, pipeline))


_FINE_ASKED_RE = re.compile(r"\bdenda\b", re.I)
RESTATED_JUDGED = 8   # figures restated in other words judged per answer, best candidates first


def _restated_elsewhere(frame: QuestionFrame, offered: list[tuple[Candidate, dict[str, Any]]],
                        answering: list[tuple[Candidate, dict[str, Any]]],
                        same_unit: Callable[[dict, dict], bool]) -> list[tuple[Candidate, dict[str, Any]]]:
    """Figures another page states worded its own way: equal in value, range and unit to one that
    answers, set aside only because what they measure is named otherwise ("Perokok usia anak dan
    remaja … dari 7,2% menjadi 9,1%" beside "prevalensi perokok anak … 9,1 persen"). They may join
    that figure's entry (the join's own tests decide), never make one: every other rule still holds."""
    if not frame.measured or not answering:
        return []
    taken = {id(q) for _c, q in answering}
    loose = replace(frame, measured=())
    out: list[tuple[Candidate, dict[str, Any]]] = []
    judged = 0
    for c, q in offered:
        if id(q) in taken or judged >= RESTATED_JUDGED:
            continue
        # (only a page of an outlet not yet listed with the figure adds anything)
        if not any(_same_value(q, a) and q.get("qualifier") == a.get("qualifier") and same_unit(q, a)
                   and (c.article.credit or c.article.outlet != ca.article.outlet) for ca, a in answering):
            continue
        judged += 1
        if figure_answers(loose, q, c.claim.text, c.article.title, c.article.published, c.sentence_figures):
            out.append((c, q))
    return out


def _same_value(fa: dict[str, Any], fb: dict[str, Any]) -> bool:
    """Equal value and range, and qualifiers that do not differ ("sekitar 15%" is not "hampir 15%";
    "sedikitnya 24" is "setidaknya 24": data/qualifiers.txt)."""
    qa, qb = fa.get("qualifier"), fb.get("qualifier")
    ka, kb = (_qualifier_kind(q) if q else None for q in (qa, qb))
    return (fa.get("value") == fb.get("value") and fa.get("high") == fb.get("high")
            and (not ka or not kb or ka == kb or NEUTRAL_QUALIFIER in (ka, kb)))


NEUTRAL_QUALIFIER = "reached"   # "mencapai 50 jiwa", "tercatat 941": the figure said plainly, as "50 orang"


@lru_cache(maxsize=1)
def _qualifier_kinds() -> dict[str, str]:
    kinds: dict[str, str] = {}
    for ln in _data_lines("qualifiers.txt"):
        kind, _, words = ln.partition("\t")
        kinds.update((w.strip(), kind.strip()) for w in words.split("|") if w.strip())
    return kinds


def _qualifier_kind(qualifier: str) -> str:
    return _qualifier_kinds().get(qualifier.lower(), qualifier.lower())


def _same_count(fa: dict[str, Any] | None, fb: dict[str, Any] | None, pipeline: TextPipeline) -> bool:
    """Two equal figures count the same thing: both vague ("puluhan juta") or neither ("ribuan" is
    not 1.000), the same party, places that do not conflict (8 in Bekasi and 8 in Bogor are two
    figures; "di Tol Jagorawi" and "ke RSUD Ciawi" one story's), and what befell them agrees
    (where both name it: one may name more, "hadir dan menandatangani" holds "menandatangani")."""
    if not fa or not fb or bool(fa.get("vague")) != bool(fb.get("vague")):
        return False
    oa, ob = (pipeline.noun_key(f.get("of") or "") for f in (fa, fb))
    if oa and ob and oa != ob and not entities_compatible(fa.get("of") or "", fb.get("of") or ""):
        return False   # "102 anggota DPR" and "102 anggota" (whose said once) may be one; "Komisi III DPR" is "Komisi III"
    sa, sb = (set((f.get("scope") or "").lower().split()) for f in (fa, fb))
    if fa.get("vague") and sa != sb or scopes_conflict(fa.get("scope"), fb.get("scope")):
        return False   # "ribuan di wilayah Kursk" and "ribuan" are two claims; 8 in Bekasi and 8 in Bogor too
    words = frame_lexicon().words
    if (fa.get("unit") or "").lower() in words["measure_nouns"] | words["money_units"]:
        return True   # "diamankan empat kilogram sabu", "menyita 4 kilogram sabu": a measure has no class (figure_fits)
    pa, pb = set(fa.get("predicates") or []), set(fb.get("predicates") or [])
    return pa <= pb or pb <= pa   # "289 yang hadir dan menandatangani" is the "289 yang menandatangani"


_NAME_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})*")


def _names(c: AnswerClaim, pipeline: TextPipeline) -> set[str]:
    """Names in a claim's sentence and its pages' titles, lower-cased: capitalised words that are no
    Indonesian word (headlines capitalise "Kecelakaan Maut") and no country or province (a dateline's
    "Jakarta" is in every story): what pins a report to its story ("Cipularang", "Purwakarta")."""
    lex = frame_lexicon()
    skip = lex.words["not_names"] | lex.stopwords
    texts = [c.text, *(s.title or "" for s in c.sources)]
    out = set()
    for t in texts:
        for m in _NAME_RE.finditer(t):
            for w in m.group().lower().split():
                place = lex.places.get(w)
                if w not in skip and not (place and place.kind in ("country", "province")) \
                        and not pipeline.known_word(w):
                    out.add(w)
    return out


TOLD_ALIKE_WORDS = 2   # content words two sentences share around an equal figure to be one report's wording
TOLD_ALIKE_REACH = 6   # words read on each side of the figure


def _told_alike(text_a: str, fa: dict[str, Any], text_b: str, fb: dict[str, Any], pipeline: TextPipeline) -> bool:
    """Two sentences say the same things around an equal figure: at least TOLD_ALIKE_WORDS content
    words (stems, no stopwords, no numbers) within TOLD_ALIKE_REACH words of it in both."""
    def around(text: str, f: dict[str, Any]) -> set[str]:
        at = text.find(f.get("text") or "\0")
        if at < 0:
            return set()
        before = WORD_RE.findall(text[:at])[-TOLD_ALIKE_REACH:]
        after = WORD_RE.findall(text[at + len(f.get("text") or ""):])[:TOLD_ALIKE_REACH]
        stop = frame_lexicon().stopwords
        return {pipeline.stem(t.lower()) for t in before + after
                if t[:1].isalpha() and t.lower() not in stop and pipeline.known_word(t.lower())}
    return len(around(text_a, fa) & around(text_b, fb)) >= TOLD_ALIKE_WORDS


def _question_names(question: str, pipeline: TextPipeline) -> bool:
    """The question names something: an acronym ("BPJS", "BI") or a capitalised word past the first
    that is no Indonesian word ("Aramco", "Nahrawi")."""
    words = re.findall(r"[A-Za-z][\w-]*", question)
    return any(len(w) > 1 and (w.isupper() or (i and w[0].isupper() and not pipeline.known_word(w.lower())))
               for i, w in enumerate(words))


THING_CLASSIFIERS = frozenset({"unit", "buah"})   # count words of things: "20 unit" of "kendaraan"
PRECISE_DIGITS = 5   # significant digits from which an equal figure names one count whatever its noun


def _precise(f: dict[str, Any]) -> bool:
    """An exact figure of many significant digits ("35.046.783"): two equal ones in the same weeks
    count one thing, however each page names it."""
    value = f.get("value")
    if value is None or f.get("vague") or f.get("high") is not None or value != int(value):
        return False
    return len(str(int(value)).strip("0")) >= PRECISE_DIGITS


UNNAMED_SAME_FIGURE = 20   # from here an equal exact figure of the same weeks is one report's, named or not
ACCUSED_NOUNS = frozenset({"tersangka", "terdakwa", "terpidana"})
LONG_STORY_DAYS = 365     # a pinned story's exact figure restated within a year is the same claim
REPORT_WINDOW_DAYS = 31   # independent reports of one figure are of one news period, not years apart


def _near_in_time(a: AnswerClaim, b: AnswerClaim, window: int = REPORT_WINDOW_DAYS) -> bool:
    """Some page of each was published within `window` days of the other's (or a date is unknown):
    "PDIP 20 kursi" of 2017 and of 2019 are two figures."""
    da = [date.fromisoformat(s.published[:10]) for s in a.sources if s.published]
    db = [date.fromisoformat(s.published[:10]) for s in b.sources if s.published]
    return not da or not db or any(abs((x - y).days) <= window for x in da for y in db)


def _join_agreeing(groups: list[AnswerClaim], agree: Callable[[AnswerClaim, AnswerClaim], bool]) -> list[AnswerClaim]:
    """Independent reports of one figure (several outlets' own stories, each its own speaker or
    none) become one entry listing every outlet with its speaker, led by the earliest: the answer
    shows each distinct figure once, so agreement and disagreement are both plain to see."""
    joined: list[AnswerClaim] = []
    for g in groups:
        into = next((h for h in joined if agree(h, g)), None)
        if into is None:
            joined.append(g)
            continue
        for claim in (into, g) if not into.joined else (g,):
            for src in claim.sources:   # copies of one report share its speaker, however each page words it
                src.speaker = claim.speaker
        into.joined = True
        seen = {s.passage_id for s in into.sources}
        into.sources += [s for s in g.sources if s.passage_id not in seen]
        into.member_terms += g.member_terms
        into.speakers += [sp for sp in g.speakers if sp not in into.speakers]
        into.score = max(into.score, g.score)
        if len(into.text) > LEAD_TEXT_MAX >= len(g.text):   # quote a sentence, not a whole page joined by commas
            into.text, into.quantities, into.figure = g.text, g.quantities, g.figure
            into.speaker, into.cited_from = g.speaker, g.cited_from   # the quote's own speaker, no other
        _order_sources(into)
    return joined


def _digits(text: str) -> set[str]:
    return set(DIGITS_RE.findall(text))


def _asked_digits(question: str) -> set[str]:
    """The numbers a question gives (a figure restating one is no answer to it), not its labels:
    "Warkop DKI Reborn Part 2" asks no 2; a number written in a word counts as its digits ("setelah
    dua kemenangan beruntun" gives 2), but for "satu" ("salah satu") and a name's ("Kelapa Lima")."""
    # a date's numbers are no figure asked: "15 jam" answers "… terbakar, 15-16 September 2019"
    dated = [m.span() for m in DATE_SPANS_RE.finditer(question)]
    digits = {m.group() for m in DIGITS_RE.finditer(question)
              if question[:m.start()].lower().rsplit(None, 1)[-1:] not in ([w] for w in NUMBER_LABELS)
              and not any(a <= m.start() < b for a, b in dated)}
    # (a capitalised number word after the first is a name's: "di Kelapa Lima, Kota Kupang")
    written = WORD_RE.findall(question)
    words = (words_to_number(w.lower()) if w.isalpha() and w.lower() in _NUMBER_WORDS and not (k and w[:1].isupper())
             else None for k, w in enumerate(written))
    return digits | {_WORD_KEY + str(int(v)) for v in words if v is not None and v >= 2 and v == int(v)}


_NUMBER_WORDS = frozenset({"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                           "sebelas", "seratus", "seribu"})


_WORD_KEY = "w:"   # a number the question writes in a word, as _asked_digits keeps it


def _restates(q: dict[str, Any], asked: set[str]) -> bool:
    """A figure giving a number the question gives: its digits, or the number the question writes
    in a word ("setelah dua laga" for "2 penyisihan" or "dua pertandingan"). A figure in words is
    not weighed against the question's digits, which are mostly labels' ("F2", "U-16", dates)."""
    digits = _digits(q["text"])
    if digits:
        return bool(digits & asked) or any(_WORD_KEY + d in asked for d in digits)
    value = q.get("value")
    return value is not None and value == int(value) and _WORD_KEY + str(int(value)) in asked


def _duration(q: dict[str, Any], text: str, units: tuple[str, ...]) -> dict[str, Any] | None:
    """A span of time in one of `units`, labelled as written in full ("2 tahun 8 bulan"); None for
    any other figure, and for the second part of such a span (its "8 bulan" is in the first's label)."""
    at = figure_at(text, q["text"])
    unit = (q.get("unit") or _word_after(text, q["text"]) or "").lower()
    span_re, tail_re = _span_patterns()
    if at < 0 or unit not in units:
        return None
    if (tail := tail_re.search(text[:at])) and tail.group("prev").lower() != unit:
        return None   # "2 tahun 8 bulan": the 8 is the first figure's part ("4 tahun dan maksimal 12 tahun" are two)
    span = span_re.match(text, at + len(q["text"]))
    out = {**q, "unit": unit, "label_unit": True, "duration": text[at:span.end()] if span else None}
    if span and span.group("part") and (whole := _whole_span(q.get("value"), unit, span)) is not None:
        out["duration_value"] = whole   # "satu tahun enam bulan": 1,5 tahun
    return out


_PARTS_PER = {("tahun", "bulan"): 12, ("jam", "menit"): 60, ("menit", "detik"): 60, ("hari", "jam"): 24}
_SMALL_NUMBER_WORDS = "satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas"


def _whole_span(value: float | None, unit: str, span: re.Match[str]) -> float | None:
    """The span in its first unit: 1 tahun + 6 bulan is 1,5 tahun; None for units not in _PARTS_PER."""
    per = _PARTS_PER.get((unit, span.group("part_unit").lower()))
    part = words_to_number(span.group("part")) if not span.group("part")[0].isdigit() else float(span.group("part"))
    return None if value is None or per is None or part is None else round(float(value) + part / per, 4)


@lru_cache(maxsize=1)
def _span_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(" tahun 8 bulan" after a figure, "2 tahun " before one) over frame_words' duration units;
    the second part in digits or a small number word ("satu tahun enam bulan")."""
    unit = "(?:" + "|".join(sorted(frame_lexicon().words["duration_units"])) + ")"
    number = rf"(?:\d+|{_SMALL_NUMBER_WORDS})"
    return (re.compile(rf"\s+{unit}(?:\s+(?:dan\s+)?(?P<part>{number})\s+(?P<part_unit>{unit}))?", re.I),
            re.compile(rf"(?:\d|\b(?:{_SMALL_NUMBER_WORDS}))\s+(?P<prev>{unit})\s+(?:dan\s+)?$", re.I))


_MULTIPLIER_RE = re.compile(r"\s*kali\s+lipat\b", re.I)
_MULTIPLIER_ASKED_RE = re.compile(r"\bberapa\s+kali\b", re.I)


_TIMES_OVER_ASKED_RE = re.compile(r"\bberapa\s+kali\s+lipat\b", re.I)


def _times_over(q: dict[str, Any], text: str) -> bool:
    """"meningkat sebesar 11 kali lipat": how many times over, for "naik berapa kali lipat" (the
    figure has no counted noun: "kali lipat" multiplies)."""
    at = figure_at(text, q["text"]) if "ipat" in text or "IPAT" in text else -1
    return at >= 0 and _MULTIPLIER_RE.match(text, at + len(q["text"])) is not None


def _multiplies(q: dict[str, Any], text: str, question: str) -> bool:
    """"Pasien Diabetes-Hipertensi RI Naik 2 Kali Lipat": a multiplier counts nothing, unless how
    many times over is asked."""
    if "ipat" not in text and "IPAT" not in text:   # most sentences multiply nothing: no search for the figure
        return False
    at = figure_at(text, q["text"])
    return (at >= 0 and _MULTIPLIER_RE.match(text, at + len(q["text"])) is not None
            and not _MULTIPLIER_ASKED_RE.search(question))


def _word_after(text: str, figure_text: str) -> str | None:
    """'49,07 detik': the measure word the claim extractor leaves out of counted nouns."""
    at = figure_at(text, figure_text)
    # (past the number spelled again in brackets: "paling lama 24 (dua puluh empat) bulan")
    m = re.match(r"\s*(?:\([^()\d]{1,40}\)\s*)?([^\W\d_][\w\-]*)", text[at + len(figure_text):]) if at >= 0 else None
    word = m.group(1).lower() if m else ""
    if not m or (word in NON_UNITS or word in frame_lexicon().stopwords) and word not in frame_lexicon().words["time_words"]:
        return None   # "42.000 per bulan", "Rp 20 miliar di APBD": a function word measures nothing
    return m.group(1)


def span_of_time(q: dict[str, Any], sentence: str, frame: QuestionFrame) -> bool:
    """A span of time no question about time asks ("mulai dari sepuluh hari sebelum Lebaran",
    "ambulans 24 jam", "selama dua pekan"): when or how long, not what the sentence counts. A
    question about a time ("catatan waktu", "berapa lama") takes it ("49,07 detik")."""
    if frame.durations or _TIME_ASKED_RE.search(frame.question_text):
        return False
    unit = (q.get("unit") or _word_after(sentence, q["text"]) or "").lower()
    return unit in frame_lexicon().words["duration_units"]


_TIME_ASKED_RE = re.compile(r"\b(?:waktu|lama|durasi|masa)\b", re.I)


def _asked_kind_of(frame: QuestionFrame, pipeline: TextPipeline) -> str | None:
    """What kind of figure a question asks, when plain from its noun: "people" ("berapa personel
    polisi"), "measure" ("berapa kecepatan ambulans"), else None."""
    noun = (frame.noun or "").lower()
    if not noun:
        return None
    words = frame_lexicon().words
    if noun in words["dimension_nouns"]:
        return "measure"
    # (the noun as written: "populasi ayam" shares "warga"'s key, and counts no people)
    people = noun in words["person_nouns"] | words["people_nouns"] or pipeline.noun_key(noun) == pipeline.noun_key("tentara")
    return "people" if people else None


_ANY_KIND_UNITS = frozenset({"kali", "kasus", "jumlah", "total"})   # "teguran sebanyak 53.255 kali" may count people


def _of_another_kind(q: dict[str, Any], asked_kind: str | None, pipeline: TextPipeline) -> bool:
    """A figure counting things where people are asked ("empat gol" for "berapa personel polisi"),
    or people or things where a measure is asked ("5 Orang" for "berapa kecepatan ambulans"): no
    closest figure of the question either. A figure with no unit may be either."""
    unit = (q.get("unit") or "").lower()
    if asked_kind is None or not unit or q.get("age"):
        return False
    if asked_kind == "people":
        return pipeline.noun_key(unit) not in people_keys(pipeline) and unit not in COUNT_WORDS \
            and unit not in _ANY_KIND_UNITS
    # a measure asked: only figures in a unit of measure ("8702 CW" is a plate, "tiga tetangganya" people)
    words = frame_lexicon().words
    return unit in COUNT_WORDS or (unit not in words["measure_nouns"] and unit not in _units_said()
                                   and not any(unit in group for group in _unit_dimensions()))


def _other_figures(query: Query, candidates: list[Candidate], asked: set[str], frame: QuestionFrame,
                   memo: dict | None = None) -> Answer:
    """No figure counts the question's noun ("catatan waktu" is measured in detik): the figures of
    the best-matching sentences, whatever they count, each labelled with its own unit."""
    groups: list[AnswerClaim] = []
    group_terms: list[set[str]] = []
    memo = {} if memo is None else memo
    unions: dict = {}   # _may_join's merged terms per group
    pipeline = frame.pipeline
    asked_kind = _asked_kind_of(frame, pipeline) if pipeline is not None else None
    for c in candidates:
        if c.claim is None:
            continue
        if len(groups) >= MAX_PARTIAL and not _may_join(groups, group_terms, set(c.passage.terms or []),
                                                        unions):
            continue   # the list is full and only copies of its sentences still join: this is none
        # the first figure shown is the entry's: the ones after it are not weighed (each test is
        # a pure function of its figure, and nothing after this reads the memo)
        first = next((q for q in c.claim.quantities if q["text"] in c.passage.text
                      and not _restates(q, asked) and not span_of_time(q, c.claim.text, frame)
                      and not _of_another_kind(q, asked_kind, pipeline)
                      and not _share_asked_of_count(frame, q) and not _question_states(q, query.text)
                      and _figure_answers_once(memo, frame, c, q)), None)
        if first is None:
            continue
        figure = {**first, "unit": first.get("unit") or _word_after(c.claim.text, first["text"]),
                  "label_unit": True}
        if not first.get("unit") and (currency := currency_of(c.claim.text, first["text"])):
            figure = {**first, "currency": currency}
        entry = AnswerClaim(text=c.claim.text, quantities=c.claim.quantities, speaker=c.claim.speaker,
                            cited_from=c.claim.cited_from, sources=[_source(c)], score=c.score,
                            figure=figure, speakers=[c.claim.speaker] if c.claim.speaker else [])
        # copies of the sentence (the same story elsewhere) join its entry
        _merge_into(groups, group_terms, entry, set(c.passage.terms or []),
                    lambda _a, _b, ta, tb: _jaccard(ta, tb) >= TEXT_SIMILARITY, may_open=len(groups) < MAX_PARTIAL)

    def same_report(a: AnswerClaim, b: AnswerClaim) -> bool:
        """The same exact figure of the same thing in the same weeks ("3 miliar batang" of three
        pages on one proposal): one entry, as in a figure list."""
        fa, fb = a.figure or {}, b.figure or {}
        if not fa.get("vague") and not fb.get("vague") and _same_value(fa, fb) \
                and {s.article_id for s in a.sources} & {s.article_id for s in b.sources} \
                and (unit_key(fa) == unit_key(fb) or not unit_key(fa) or not unit_key(fb)):
            return True   # one article restating its figure (headline, lead, a quote): one entry
        return (not fa.get("vague") and not fb.get("vague") and _same_value(fa, fb) and _near_in_time(a, b)
                and unit_key(fa) == unit_key(fb)
                # a small figure ("satu orang" of two crashes) joins only pages naming something in common
                and ((fa.get("value") or 0) >= UNNAMED_SAME_FIGURE
                     or (frame.pipeline is not None and bool(_names(a, frame.pipeline) & _names(b, frame.pipeline)))))

    def unit_key(f: dict[str, Any]) -> str:
        return unit_word(f.get("unit") or "").lower() or (f.get("currency") or "")

    groups = _join_agreeing(groups, same_report)
    return Answer(query.text, "quantity", groups,
                  message="Tidak ada angka yang menghitung hal yang ditanyakan; angka di kalimat yang paling cocok:"
                  if groups else None)


def _pair_halves(noun: str, pipeline: TextPipeline) -> set[str]:
    """A noun pair joined by a hyphen ("putra-putri", "siswa-siswi") counts either half: "lima putra
    putri terbaik" (a reduplication, "anak-anak", is its root's already)."""
    halves = noun.lower().split("-")
    if len(halves) != 2 or halves[0] == halves[1] or not all(h.isalpha() for h in halves):
        return set()
    return {pipeline.noun_key(h) for h in halves}


def _question_states(q: dict[str, Any], question: str) -> bool:
    """The question's own figure written in words ("… setelah dua laga" for "dua laga") is
    context, not its answer, as its digits are (_digits)."""
    unit, value = (q.get("unit") or "").lower(), q.get("value")
    if not unit or value is None:
        return False
    low = _question_words(question)
    return unit in low and any(words_to_number(w) == value for w in low[:low.index(unit)][-2:])


@lru_cache(maxsize=256)
def _question_words(question: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in WORD_RE.findall(question))


def _share_asked_of_count(frame: QuestionFrame, q: dict[str, Any]) -> bool:
    """A share asked ("berapa persen anggota DPRD …") is no count nor amount of the closest
    sentences ("sebanyak 50 orang", "3 menteri"): only a figure in percent may tell it."""
    asked = set(frame.units) | {(frame.noun or "").lower()}
    return "persen" in asked and (q.get("unit") or "").lower() not in ("persen", "%", "basis", "bps", "poin")


def _figure_answers_once(memo: dict, frame: QuestionFrame, c: Candidate, q: dict[str, Any]) -> bool:
    """relevance.figure_answers for a candidate's figure, once per answer (a figure list and the
    other figures after it weigh the same ones), and once for all copies of a claim (the same
    sentence, title, date and equal figures: what figure_answers reads). Keyed by identity:
    `memo` lives while the candidates and their figures are held, and for
    one frame (one question: the engine keeps it over a question's retries). Each entry holds its
    candidate and figure, so an id reused by a later object is never taken for theirs."""
    key = ("figure", id(c), id(q))
    held = memo.get(key)
    fits = held[2] if held is not None and held[0] is c and held[1] is q else None
    if fits is None:
        figures = c.sentence_figures
        at = next((k for k, x in enumerate(figures) if x is q), None)
        copies = memo.setdefault(("copies", c.claim.text, c.article.title, c.article.published, at), [])
        fits = next((verdict for seen, verdict in copies if at is not None and seen == figures), None)
        if fits is None:
            fits = figure_answers(frame, q, c.claim.text, c.article.title, c.article.published, figures, memo)
            copies.append((figures, fits))
        memo[key] = (c, q, fits)
    return fits


def _may_join(groups: list[AnswerClaim], group_terms: list[set[str]], terms: set[str],
              unions: dict | None = None) -> bool:
    """Could a sentence with `terms` join a group of _other_figures or _compose_general (their
    same_claim: term Jaccard >= TEXT_SIMILARITY with the group's first sentence or one merged into
    it)? When not, a full list cannot change by it (_merge_into with may_open False). The Jaccard is _jaccard's float,
    |a & b| / (|a| + |b| - |a & b|) being |a & b| / |a | b|; a pair of sizes whose ratio is below
    the threshold is skipped uncounted (the Jaccard cannot exceed it). `unions` (a dict kept by
    the caller for one composition): each group's terms merged, so a group sharing under the
    threshold's share of `terms` with all its sentences together is passed over at once
    (|a & b| <= |a & union|, and a Jaccard >= s needs |a & b| >= s |a|)."""
    n = len(terms)
    if not n:
        return False
    for g, gt in zip(groups, group_terms):
        if unions is not None:
            held = unions.get(id(g))
            if held is None or held[0] is not g or held[1] != len(g.member_terms) or held[2] is not gt:
                held = unions[id(g)] = (g, len(g.member_terms), gt, gt.union(*g.member_terms))
            if len(terms & held[3]) < TEXT_SIMILARITY * n * 0.999999:
                continue
        for t in (gt, *_distinct_members(g)):
            m = len(t)
            if not m or (n / m if n < m else m / n) < TEXT_SIMILARITY:
                continue
            shared = len(terms & t)
            if shared / (n + m - shared) >= TEXT_SIMILARITY:
                return True
    return False


def _disagreement(groups: list[AnswerClaim], pipeline: TextPipeline) -> str | None:
    # (amounts in two currencies are no disagreement: "US$ 1 miliar atau sekitar Rp 14 triliun")
    by_unit: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for g in groups:
        f = g.figure
        if f and not f.get("vague"):
            by_unit.setdefault((pipeline.noun_key(f.get("unit") or ""), f.get("currency") or ""), []).append(f)
    lines = []
    for figs in by_unit.values():
        values = sorted({f["value"] for f in figs} | {f["high"] for f in figs if f.get("high") is not None})
        if len(values) < 2 or len(figs) < 2:
            continue   # one figure's own range ("peringkat 601–800") is no disagreement between sources
        scopes = sorted({f["scope"] for f in figs if f.get("scope")})
        unit_word = figs[0].get("unit") or ""
        span = f"{format_number(values[0])}–{format_number(values[-1])}"
        line = (f"Angka berbeda antar sumber: {unit_word} ke-{span}" if figs[0].get("ordinal")   # "menit ke-63–65"
                else f"Angka berbeda antar sumber: {span} {unit_word}".rstrip())
        if len(scopes) > 1:
            line += f" (cakupan berbeda: {', '.join(scopes)}; ada yang menyebut total dikirim, ada yang lokasi tertentu)"
        lines.append(line)
    return "\n".join(lines) or None


def _sentence_entry(c: Candidate) -> AnswerClaim:
    """A candidate's sentence as an entry of its own: its claim's speaker and figures, its page."""
    claim = c.claim
    return AnswerClaim(text=claim.text if claim else c.passage.text, quantities=claim.quantities if claim else [],
                       speaker=claim.speaker if claim else None, cited_from=claim.cited_from if claim else None,
                       sources=[_source(c)], score=c.score, speakers=[claim.speaker] if claim and claim.speaker else [])


def _compose_general(query: Query, candidates: list[Candidate], *, relative_floor: float = RELATIVE_FLOOR,
                     limit: int = MAX_CLAIMS) -> Answer:
    kept = list(candidates)
    if not kept:
        return Answer(query.text, query.intent, [])
    top = max(c.bm25 for c in kept)
    kept = [c for c in kept if c.bm25 >= relative_floor * top]
    if query.intent == "who":
        with_speaker = [c for c in kept if c.claim and c.claim.speaker]
        kept = with_speaker or kept
    elif query.intent == "when":
        kept.sort(key=lambda c: (not DATE_IN_TEXT_RE.search(c.passage.text), -c.score))
    groups: list[AnswerClaim] = []
    group_terms: list[set[str]] = []
    unions: dict = {}   # _may_join's merged terms per group
    for c in kept:
        if len(groups) >= limit and not _may_join(groups, group_terms, set(c.passage.terms or []), unions):
            continue   # the answer is full and only copies of its claims still join: this is none
        entry = _sentence_entry(c)
        # a full answer still takes in copies of the claims it shows
        _merge_into(groups, group_terms, entry, set(c.passage.terms or []),
                    lambda _a, _b, ta, tb: _jaccard(ta, tb) >= TEXT_SIMILARITY, may_open=len(groups) < limit)
    return Answer(query.text, query.intent, groups)


DATE_PART_WORDS = {"year": "Tahun", "day": "Tanggal"}


def _compose_dates(query: Query, candidates: list[Candidate], pipeline: TextPipeline, *,
                   relative_floor: float = RELATIVE_FLOOR) -> Answer:
    """A year or a day asked ("sejak tahun berapa …", "tanggal berapa …"): the dates the sentences
    give for it, each distinct one an entry listing every outlet that gives it, as figures are
    listed (asked_dates says which dates answer). Empty when the question asks no such date."""
    asked = question_dates(query.text, pipeline.stem, pipeline.stopwords) if query.intent == "when" else None
    if asked is None or not candidates:
        return Answer(query.text, query.intent, [])
    top = max(c.bm25 for c in candidates)
    groups: list[AnswerClaim] = []
    group_terms: list[set[str]] = []
    for c in candidates:
        if c.bm25 < relative_floor * top:
            continue
        dates = answering_dates(c.claim.text if c.claim else c.passage.text, asked, pipeline.stem)
        if not dates:
            continue
        d = dates[0]
        entry = _sentence_entry(c)
        entry.figure = {"value": d.value, "high": d.high, "text": d.text, "unit": asked.part, "date": d.label}
        entry.answer_span = (d.start, d.end)
        _merge_into(groups, group_terms, entry, set(c.passage.terms or []),
                    lambda a, b, _ta, _tb: a.figure["value"] == b.figure["value"], story_figures=True)
    # a sentence the scraper cut (", menggelar Audisi … sejak 2006.") leads no entry another outlet words whole
    groups.sort(key=lambda g: not g.text[:1].isalnum() and g.text[:1] not in "\"“'")
    groups = _join_agreeing(groups, lambda a, b: a.figure["value"] == b.figure["value"])[:MAX_CLAIMS]
    labels = {g.figure["value"]: g.figure["date"] for g in reversed(groups)}   # each value as its first entry heads it
    disagreement = (f"{DATE_PART_WORDS[asked.part]} berbeda antar sumber: {', '.join(labels[v] for v in sorted(labels))}"
                    if len(labels) > 1 else None)
    return Answer(query.text, query.intent, groups, disagreement=disagreement)


def emphasise(text: str, span: tuple[int, int] | None, bold: Callable[[str], str]) -> str:
    """`text` with the answer phrase passed through `bold` (ANSI in a terminal, <b> in the bot)."""
    if not span:
        return text
    start, end = span
    return text[:start] + bold(text[start:end]) + text[end:]


def source_lists(c: AnswerClaim) -> tuple[str | None, list[Source], list[Source]]:
    """(origin outlet when none of the sources is its page, origin sources, copies) for display."""
    first = [s for s in c.sources if s.role == "origin"]
    copies = [s for s in c.sources if s.role != "origin"]
    names = outlet_names()
    origin = c.origin or (c.sources[0].origin if c.sources else None)
    absent = origin if origin and all(names.key(s.outlet) != names.key(origin) for s in c.sources) else None
    return absent, first, copies


def source_label(s: Source, with_speaker: bool = False) -> str:
    """'CNN Indonesia (dimuat ulang oleh example.com) · 3 Mar 2025 (judul)'; with the page's speaker
    ('… (Fahmi Idris)') when the entry joins several speakers' reports."""
    bits = [format_date(s.published)] if s.published else []
    if s.is_title:
        bits.append("(judul)")
    said = f" ({s.speaker or 'tanpa atribusi'})" if with_speaker else ""
    return s.label + (" · " + " ".join(bits) if bits else "") + said


def several_speakers(c: AnswerClaim) -> bool:
    """The entry joins reports of speakers other than the quote's (or of none): each source then says
    whose it is."""
    return c.joined and any(s.speaker != c.speaker and not same_speaker(s.speaker, c.speaker) for s in c.sources)


def sources_text(c: AnswerClaim) -> str:
    """The origin first, then "juga dimuat:" and the copies; "berita X" when the origin outlet's own
    page is not in the archive (an agency report carried by others)."""
    absent, first, copies = source_lists(c)
    named = several_speakers(c)
    out = "; ".join(dict.fromkeys(source_label(s, named) for s in first))
    if copies:
        rest = "; ".join(dict.fromkeys(source_label(s, named) for s in copies))
        out = f"{out} — juga dimuat: {rest}" if out else rest
    return f"berita {absent}: {out}" if absent else out


def render_text(answer: Answer, bold: Callable[[str], str] = lambda s: s) -> str:
    """Plain text for the CLI: one block per claim, figure first; `bold` marks the answer phrase."""
    if not answer.claims:
        return answer.message or "Tidak ditemukan."
    out = [answer.message] if answer.message else []
    for i, c in enumerate(answer.claims, 1):
        if c.match == "partial" and answer.match == "strong" and (i == 1 or answer.claims[i - 2].match != "partial"):
            out.append(CLOSEST_LABEL)
        head = figure_label(c.figure) if c.figure else None
        if c.figure and c.figure.get("scope"):
            head += f" (di/ke {c.figure['scope']})"
        who = c.speaker or "tanpa atribusi"
        if others := [s for s in c.speakers if s != c.speaker]:
            who += " / " + " / ".join(others)
        line = f"{i}. " + (f"{head} — " if head else "") + who
        if c.cited_from:
            line += f" (dikutip dari {c.cited_from})"
        line += " · " + sources_text(c)
        out.append(line)
        out.append(f"   “{emphasise(c.text, c.answer_span, bold)}”")
        ids = ", ".join(dict.fromkeys(s.article_id for s in c.sources))
        out.append(f"   artikel: {ids}")
    if answer.disagreement:
        out.append("")
        out.append(answer.disagreement)
    from .timeline import timeline_entries, timeline_line

    if line := timeline_line(timeline_entries(answer)):   # "Perkembangan angka: 22 Okt: 3.000 (AS) → …"
        out.append(line)
    return "\n".join(out)
