"""Question frames: whose figure it is, what it counts, and which place or event it is about.

On a wide archive a quantity question gathers figures of other parties ("600.000 tentara Rusia"
for a question about Korea Utara's soldiers), of other predicates (the dead among the soldiers
sent) and of other places or events (another quake's toll). Both sides are read with the same word
lists and gazetteer (retrieval/data/predicates.txt, places.txt, entities.txt, events.txt,
frame_words.txt):

- at ingest, :func:`figure_frames` says for each figure of a sentence whose noun it is (``of``)
  and what it counts (``predicates``); claims.py stores both on the Quantity;
- at answer time, :func:`question_frame` reads the question, :func:`figure_fits` compares a
  stored figure with it and :func:`context_fits` its sentence (and article title).

Rules, not a parser: a missing owner or class is always compatible; only a stated, different one
excludes. The rules are spelled out in docs/frames.md.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter
from typing import Any, Callable, Sequence, Union

from .clean import MONTH_RE, MONTHS, WEEKDAYS
from .text import TextPipeline, _data_lines, affixed_verb, tokenize, figure_at
from .segment import split_sentences
from .span import CONNECTORS as NAME_CONNECTORS, SPEECH as SPEECH_VERBS   # one list each: the words inside a name, the verbs of saying

CASUALTY_CLASSES = frozenset({"killed", "wounded", "missing"})
ACTIVE_PASSIVE = ("me", "di")   # a verb's prefixes when "ber-" words ("bersenjata") may still modify a noun
PEOPLE_CLASSIFIERS = frozenset({"orang", "jiwa"})  # count words for people: "5 orang" counts the people asked about
NOT_SPECIFIC = frozenset({"total", "victim", "none"})  # predicates.txt classes that say no specific predicate
# a question naming no predicate ("berapa tentara Korut?") never takes these: they count losses
CRASH = "kecelakaan"   # events.txt: every kind of crash is also a crash
AFFECTED = "affected"
NOT_FOR_PLAIN_QUESTIONS = CASUALTY_CLASSES | {"captured", "displaced", "affected", "treated", "recovered", "burned", "damaged", "leaked", "absent",
                                               "passed", "remaining"}
VICTIM = "victim"  # "korban": a casualty whose class the sentence does not say
TOTAL = "total"
SENT = "sent"      # sent, deployed, set out: the destination is where they go, not whose they are

# an acronym ("PSG", "KPK", "G20"): one pattern for every rule reading them
_ACRONYM_RE = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")
# words with inner hyphens/apostrophes, numbers with their dots and commas, single punctuation marks
WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*(?:[.,]\d+)*|[^\w\s]")
BREAK_MARKS = frozenset('.;:!?()[]"“”–—')   # end a clause for the verb search around a figure
BEFORE_BREAK_MARKS = BREAK_MARKS | {","}    # before a figure a comma also ends it
AFTER_SCAN = 18                             # tokens searched after a figure for its verb
BEFORE_SCAN = 6                             # tokens searched before it when nothing follows
WINDOW_BEFORE = 80                          # characters read around a figure for its owner and verb
WINDOW_AFTER = 170
MAX_NAME = 5                                # tokens in an unknown name ("Badan Intelijen Militer Ukraina")
TALLY_UNITS = frozenset({"poin"})          # a standings tally, asked of a club by its name (tallies.py)


# headlines are known only when a name is in doubt: computing it for every figure cost more than the rest
KnownOnly = Union[bool, Callable[[], bool]]

# ---------------------------------------------------------------- word lists and phrase tables
class PhraseTable:
    """Lower-case token tuples -> value, matched longest first at a position (or ending at one)."""

    def __init__(self, entries: dict[tuple[str, ...], str]) -> None:
        self.map = entries
        self.starts = frozenset(k[0] for k in entries)
        self.ends = frozenset(k[-1] for k in entries)
        self.longest = max((len(k) for k in entries), default=0)

    def at(self, low: list[str], i: int) -> tuple[str, int] | None:
        if low[i] not in self.starts:
            return None
        for width in range(min(self.longest, len(low) - i), 0, -1):
            value = self.map.get(tuple(low[i : i + width]))
            if value is not None:
                return value, width
        return None

    def ending_at(self, low: list[str], i: int) -> tuple[str, int] | None:
        if low[i] not in self.ends:
            return None
        for width in range(min(self.longest, i + 1), 0, -1):
            value = self.map.get(tuple(low[i - width + 1 : i + 1]))
            if value is not None:
                return value, width
        return None


@dataclass(frozen=True)
class Place:
    key: str
    kind: str  # country, province, city, org
    parent: str | None


@dataclass
class Lexicon:
    """Every list the frames use, loaded once per process from retrieval/data."""

    words: dict[str, frozenset[str]]
    predicates: PhraseTable       # verbs and nouns of predicates.txt
    verbs: PhraseTable            # the verbs alone: only they count after a figure
    names: PhraseTable            # places and organisations (gazetteer + aliases of aliases.txt)
    aliases: PhraseTable          # every alias of aliases.txt -> its canonical term
    events: PhraseTable
    event_kind: dict[str, str]
    places: dict[str, Place]
    stopwords: frozenset[str]
    classes: tuple[str, ...] = ()  # the specific predicate classes, in predicates.txt's order (the first stated wins)
    chains: dict[str, dict[str, str]] = field(default_factory=dict)

    def chain(self, key: str) -> dict[str, str]:
        """kind -> key for a place and everything above it: cianjur -> city, jawa_barat, indonesia."""
        got = self.chains.get(key)
        if got is None:
            got = {}
            seen = key
            for _ in range(6):
                p = self.places.get(seen)
                if p is None:
                    break
                got.setdefault(p.kind, p.key)
                if not p.parent:
                    break
                seen = p.parent
            self.chains[key] = got
        return got

    def ancestors(self, key: str) -> set[str]:
        """Every place above, a province carved out of another included (Papua Tengah in Papua)."""
        out: set[str] = set()
        p = self.places.get(key)
        while p is not None and p.parent and p.parent not in out and len(out) < 8:
            out.add(p.parent)
            p = self.places.get(p.parent)
        return out


def _phrases(field_text: str) -> list[tuple[str, ...]]:
    return [tuple(p.lower().split()) for p in field_text.split("|") if p.strip()]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    words = {}
    for ln in _data_lines("frame_words.txt"):
        name, _, ws = ln.partition("\t")
        if name.strip() in words:   # a second group of one name would silently replace the first
            raise ValueError(f"frame_words.txt: group {name.strip()!r} is defined twice")
        words[name.strip()] = frozenset(ws.split())
    preds: dict[tuple[str, ...], str] = {}
    verbs: dict[tuple[str, ...], str] = {}
    classes: dict[str, None] = {}
    for ln in _data_lines("predicates.txt"):
        cls, kind, phrases = (x.strip() for x in ln.split("\t"))
        if cls not in NOT_SPECIFIC:
            classes[cls] = None
        for p in _phrases(phrases):
            preds[p] = cls
            if kind == "verb":
                verbs[p] = cls
    places: dict[str, Place] = {}
    names: dict[tuple[str, ...], str] = {}
    for fname in ("places.txt", "entities.txt"):
        for ln in _data_lines(fname):
            kind, key, parent, variants = (x.strip() for x in ln.split("\t"))
            places[key] = Place(key, kind, None if parent == "-" else parent)
            for p in _phrases(variants):
                names.setdefault(p, key)
    aliases: dict[tuple[str, ...], str] = {}
    for ln in _data_lines("aliases.txt"):  # the same normalisation as TextPipeline's aliases
        canon, _, variants = ln.partition("=")
        canon = canon.strip()
        for v in variants.split("|"):
            toks = tuple(tokenize(v))
            if toks:
                aliases[toks] = canon
                if canon in places:
                    names.setdefault(toks, canon)
    events: dict[tuple[str, ...], str] = {}
    event_kind: dict[str, str] = {}
    for ln in _data_lines("events.txt"):
        kind, key, variants = (x.strip() for x in ln.split("\t"))
        event_kind[key] = kind
        for p in _phrases(variants):
            events[p] = key
    stop = frozenset(w for ln in _data_lines("stopwords.txt") for w in ln.split())
    return Lexicon(words=words, predicates=PhraseTable(preds), verbs=PhraseTable(verbs), names=PhraseTable(names),
                   aliases=PhraseTable(aliases), events=PhraseTable(events), event_kind=event_kind,
                   places=places, stopwords=stop, classes=tuple(classes))


# ---------------------------------------------------------------- names
def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _title_case(toks: list[str]) -> bool:
    """A headline in title case: capitals say nothing about names there (function words, often
    left in lower case by headline writers, are not counted)."""
    stop = lexicon().stopwords
    alpha = [t for t in toks if t[:1].isalpha() and t.lower() not in stop]
    return len(alpha) >= 4 and sum(1 for t in alpha if _is_cap(t)) >= 0.85 * len(alpha)


def _name_word(tok: str) -> bool:
    """A word of a person's name: capitalised letters, not an acronym ("Firli", not "KPK", "56")."""
    return _is_cap(tok) and tok.isalpha() and not tok.isupper()


def _name_runs(toks: list[str], start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each run of name words from token ``start`` on; an initial or a particle
    between two name words is in the run ("Johnny E Awuy", "Island of Gods")."""
    runs: list[tuple[int, int]] = []
    particles = NAME_CONNECTORS
    i = start
    while i < len(toks):
        if _name_word(toks[i]):
            j = i
            while j < len(toks) and (_name_word(toks[j]) or (
                    ((len(toks[j]) == 1 and toks[j].isupper()) or (j > i and toks[j] in particles))
                    and j + 1 < len(toks) and _name_word(toks[j + 1]))):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _unknown_key(toks: list[str], lex: Lexicon) -> str | None:
    """Key of a name outside the gazetteer: its alias canonical, else its words ("pt_sritex" -> "sritex")."""
    low = [t.lower() for t in toks]
    hit = lex.aliases.at(low, 0)
    if hit and hit[1] == len(low):
        return hit[0]
    kept = [w for w in low if w not in lex.words["company_words"]]
    return "_".join(kept) or None


def name_at(toks: list[str], low: list[str], i: int, *, known_only: KnownOnly, caps: bool) -> tuple[str | None, int] | None:
    """The name starting at token i: (key, end) or None. An administrative word ("Kota", "Provinsi")
    is skipped before a gazetteer lookup; a name after a sub-district word ("Desa", "Kelurahan") is a
    place below the gazetteer: (None, end), it tells no owner. ``caps``: a name must be capitalised
    (articles); ``known_only``: only gazetteer, entity and alias names (questions, headlines)."""
    lex = lexicon()
    n = len(toks)
    if i >= n:
        return None
    w = lex.words
    if low[i] in w["sub_place_words"] and i + 1 < n and (_is_cap(toks[i + 1]) or not caps):
        end = i + 1
        while end < n and end - i <= 3 and _is_cap(toks[end]) and low[end] not in lex.stopwords:
            end += 1
        return (None, end) if end > i + 1 else None
    if not caps or _is_cap(toks[i]):
        hit = lex.names.at(low, i)  # "Kota Banjar" is itself a name
        if hit:
            return hit[0], i + hit[1]
    j = i + 1 if (low[i] in w["admin_words"] and i + 1 < n) else i
    if caps and not _is_cap(toks[j]):
        return None
    hit = lex.names.at(low, j)
    if hit:
        return hit[0], j + hit[1]
    hit = lex.aliases.at(low, j)
    if hit and (not caps or _is_cap(toks[j])):
        return hit[0], j + hit[1]
    if not _is_cap(toks[j]) or (known_only() if callable(known_only) else known_only):
        return None
    end = j
    stop = lex.stopwords | w["not_names"]
    while (end < n and end - j < MAX_NAME and _is_cap(toks[end]) and toks[end][:1].isalpha()
           and low[end] not in stop and lex.predicates.at(low, end) is None):
        end += 1
    if end == j:
        return None
    return _unknown_key(toks[j:end], lex), end


def _owner_after(toks: list[str], low: list[str], i: int, *, known_only: KnownOnly, caps: bool) -> tuple[list[str], int]:
    """Owners named right after a counted noun: "tentara (asal) Korea Utara", "pasukan khusus Korut",
    "warga Bekasi dan Bogor". Returns (keys, end of the names; -1 when no name stood there)."""
    lex = lexicon()
    w = lex.words
    n = len(toks)
    if i < n and low[i] in w["owner_links"]:
        i += 1
    got = name_at(toks, low, i, known_only=known_only, caps=caps)
    if got is None and i + 1 < n and low[i].isalpha() and _plain_modifier(low[i], lex):
        got = name_at(toks, low, i + 1, known_only=known_only, caps=caps)  # one modifier: "tentara bayaran Rusia"
    if got is None:
        return [], -1
    keys = [got[0]] if got[0] else []
    end = got[1]
    while end + 1 < n and low[end] in ("dan", "serta", "maupun", "atau"):
        more = name_at(toks, low, end + 1, known_only=known_only, caps=caps)
        if more is None:
            break
        if more[0]:
            keys.append(more[0])
        end = more[1]
    return keys, end


def _plain_modifier(word: str, lex: Lexicon) -> bool:
    w = lex.words
    return not (word in lex.stopwords or word in w["owner_links"] or word in w["location_markers"]
                or word in w["destination_markers"] or word in w["not_nouns"]
                or lex.predicates.at([word], 0) is not None
                or affixed_verb(word, ACTIVE_PASSIVE))   # "29 anggota menyerahkan SK": SK is what is handed over


def _name_before(toks: list[str], low: list[str], end: int, *, known_only: KnownOnly) -> str | None:
    """The name ending just before token ``end`` ("Pyongyang" in "Pyongyang mengirim")."""
    lex = lexicon()
    e = end - 1
    while e >= 0 and low[e] in lex.words["aux_words"]:
        e -= 1
    if e >= 0 and low[e] in lex.words["claiming_verbs"]:
        # "Korea Utara mengatakan telah mempersiapkan 3,5 juta tentara": who says it did it
        e -= 1
        while e >= 0 and low[e] in lex.words["aux_words"]:
            e -= 1
    if e < 0:
        return None
    for start in range(max(0, e - MAX_NAME + 1), e + 1):  # the longest name first
        if not _is_cap(toks[start]) or low[start] in lex.stopwords:
            continue
        got = name_at(toks, low, start, known_only=known_only, caps=True)
        if got and got[1] == e + 1 and got[0]:
            return got[0]
    return None


def _rival_countries(of: str, entities: Sequence[str]) -> bool:
    """The figure's owner is a country and so is one of the question's owners."""
    places = lexicon().places
    kind = places[of].kind if of in places else None
    return kind == "country" and any(e in places and places[e].kind == "country" for e in entities)


# words that make a figure a casualty count ("6 tewas", "korban luka"), read by claims and answer too
CASUALTY_WORDS = frozenset("tewas terluka meninggal luka-luka luka korban hilang gugur terbunuh wafat".split())
INSTALMENT_WORDS = ("jilid", "part", "season", "episode", "chapter", "volume", "vol")   # "… Reborn Part 2"


def entities_compatible(a: str, b: str) -> bool:
    """Same owner, or one inside the other (TNI in Indonesia, Pyongyang in Korea Utara, Bekasi in
    Jawa Barat). Two names outside the gazetteer are the same when one's words hold the other's
    (an instalment's word is no word of the name: "warkop_dki_reborn_part" is Warkop DKI Reborn)."""
    if a == b:
        return True
    lex = lexicon()
    pa, pb = a in lex.places, b in lex.places
    if pa and pb:
        return a in lex.ancestors(b) or b in lex.ancestors(a)
    if pa or pb:
        return False
    wa, wb = (set(re.split(r"[_-]", x)).difference(INSTALMENT_WORDS) or {x} for x in (a, b))  # "prabowo-sandi" holds "prabowo"
    return wa <= wb or wb <= wa or b in _acronyms_of(a) or a in _acronyms_of(b)


@lru_cache(maxsize=4096)   # entities_compatible compares the same names again and again
def _acronyms_of(name: str) -> frozenset[str]:
    """The acronyms a name of three or more words is written as ("stabilisasi_pasokan+harga_pangan"
    is SPHP: "dan" joins, it spells nothing), of the whole or of its last words: "anggota Dewan
    Perwakilan Rakyat Daerah" are members of the DPRD."""
    words = [w for w in re.split(r"[_+\-]", name) if w and w not in ("dan", "&")]
    return frozenset("".join(w[0] for w in words[i:]) for i in range(len(words) - 2))


# ---------------------------------------------------------------- figure side (ingest)
@dataclass
class _Group:
    classes: set[str]
    relative: bool
    end: int
    sent_end: int | None = None


def _scan_after(toks: list[str], low: list[str], start: int, stop: int, next_figure: bool) -> list[_Group]:
    """Predicate groups in the clause after a figure, in order; a group is predicate words joined
    only by atau/dan/serta/","; ``relative`` when it opens a "yang" clause. A verb standing just
    before the next figure (``next_figure``: the tokens end there) is that figure's: "1.200 siswi
    ... menewaskan 8 siswi"."""
    lex = lexicon()
    w = lex.words
    groups: list[_Group] = []
    pending_yang = False
    cur: _Group | None = None
    pos = start
    limit = min(stop, start + AFTER_SCAN)
    while pos < limit:
        t, lw = toks[pos], low[pos]
        if lw == "saat" and pos + 1 < limit and low[pos + 1] == "ini":
            pos += 2   # "13 polisi yang saat ini sudah diamankan": now, no clause of its own
            continue
        if t == "(" and pos + 2 < stop and toks[pos + 2] == ")" and toks[pos + 1].isupper():
            pos += 3   # "47 warga negara asing (WNA) asal China … ditangkap": the noun's short name, no break
            continue
        if t in BREAK_MARKS or lw in w["clause_breaks"]:
            break
        hit = lex.verbs.at(low, pos)
        if hit and next_figure and all(_object_filler(low, x) for x in range(pos + hit[1], stop)):
            break
        if hit:
            cls, width = hit
            if cur is not None and cur.end == pos:
                cur.classes.add(cls)
            else:
                cur = _Group({cls}, pending_yang, pos)
                groups.append(cur)
            cur.end = pos + width
            if cls == "sent":
                cur.sent_end = pos + width
            pending_yang = False
            pos += width
            continue
        if lw == "yang":
            pending_yang = True
        elif (lw in w["group_links"] or t == ",") and cur is not None and cur.end == pos:
            cur.end = pos + 1
        elif lw not in w["relative_fillers"]:
            pending_yang = False
        pos += 1
    return groups


def _object_filler(low: list[str], i: int) -> bool:
    """A word that may stand between a verb and its object figure ("menewaskan sedikitnya 5
    orang"); "dari" only in "lebih/kurang dari": "dievakuasi dari dua pulau" names where from."""
    word = low[i]
    if word == "dari":
        return i > 0 and low[i - 1] in ("lebih", "kurang")
    return word in lexicon().words["object_fillers"]


def _verb_before(low: list[str], toks: list[str], i0: int) -> tuple[str | None, int]:
    """(class, index) of a predicate word that takes the figure as object: "menewaskan 5 orang",
    "korban meninggal mencapai 162 orang" (fillers such as sebanyak/mencapai may stand between)."""
    lex = lexicon()
    b = i0 - 1
    while b >= 0 and _object_filler(low, b):
        b -= 1
    if b < 0 or toks[b] in BEFORE_BREAK_MARKS:
        return None, b
    hit = lex.predicates.ending_at(low, b)
    if hit is None and low[b] == "oleh" and b > 0:   # "ditandatangani oleh 287 orang": the agent signed
        agent = lex.predicates.ending_at(low, b - 1)
        if agent and agent[0] in lex.words["agent_classes"]:
            return agent[0], b - 1
    return (hit[0] if hit else None), b


def _subject_class(toks: list[str], low: list[str], i0: int, *, whole_clause: bool) -> str | None:
    """The class of what a clause opens with, when the clause then only records a figure of it:
    "Pengungsi di Gunung Agung saat ini tercatat sebanyak 139.199 jiwa", "Korban meninggal akibat
    gempa … mencapai 162 orang". Any other class word between them, or a clause whose start lies
    before the words read (``whole_clause``), says nothing."""
    lex = lexicon()
    w = lex.words
    b = i0 - 1
    recorded = False
    while b >= 0 and (_object_filler(low, b) or low[b] in w["record_verbs"]):
        recorded = recorded or low[b] in w["record_verbs"]
        b -= 1
    if not recorded or b < 0:
        return None
    c = b
    while c > 0 and toks[c - 1] not in BEFORE_BREAK_MARKS and not toks[c - 1][:1].isdigit() \
            and (low[c - 1] not in w["clause_breaks"] or low[c] in ("ini", "itu")):   # "saat ini" goes on
        c -= 1
    if c == 0 and not whole_clause:
        return None
    while c < b and low[c] in w["subject_openers"]:
        c += 1
    hit = lex.predicates.at(low, c)
    if not hit or any(lex.predicates.at(low, k) for k in range(c + hit[1], b + 1)):
        return None
    return hit[0]


_ASIDE_PART_RE = re.compile(r"\s*,\s*(?:termasuk|di antaranya|diantaranya)\s+$", re.I)
ASIDE_REACH = 40   # characters from the aside's figure to the comma that closes it


def _aside_part_end(sentence: str, end: int, part: tuple[int, int, str | None]) -> int | None:
    """Where an aside naming a part of the figure ending at ``end`` closes (", termasuk tiga
    anak-anak ,"): the offset after its closing comma, or None when no such aside follows."""
    if not _ASIDE_PART_RE.fullmatch(sentence, end, part[0]):
        return None
    comma = sentence.find(",", part[1], part[1] + ASIDE_REACH)
    if comma < 0 or re.search(r"[.;:\d]", sentence[part[1]:comma]):
        return None
    return comma + 1


def figure_frames(sentence: str, spans: list[tuple[int, int, str | None]]) -> list[tuple[str | None, list[str], bool]]:
    """For each figure of a sentence, given as (start, end, counted noun or None) character offsets
    (start at the qualifier, end after the noun): (of, predicates, victim).

    ``of``: the owner keys of the counted noun joined by "+" ("korea_utara"; "rusia+ukraina" for
    "tentara Rusia dan Ukraina"; "pdip+dpr" for "PDIP meraih 110 kursi DPR"), None when the
    sentence does not say; a figure fits a question owner compatible with any of them. ``predicates``: the classes of
    predicates.txt the figure counts, [] for none ("other"), ["total"] for a stated total.
    ``victim``: "korban" counts it (a casualty of unstated class)."""
    lex = lexicon()
    title_case: list[bool] = []
    ascii_text = sentence.isascii()

    def known_only() -> bool:
        if not title_case:
            title_case.append(_title_case(WORD_RE.findall(sentence)))
        return title_case[0]

    out = []
    for k, (start, end, unit) in enumerate(spans):
        # only the text around the figure, up to the next figure (long run-on "sentences" are common)
        a = max(0, start - WINDOW_BEFORE)
        if a:
            a = sentence.find(" ", a, start) + 1 or start
        if _counts_places_where(sentence, spans, k):
            out.append((None, [], False))   # "2.500 orang di lima Kecamatan … harus mengungsi": places
            continue
        # a count of places where the figure is ("… di lima Kecamatan di Kota Bima , … , harus
        # mengungsi") is part of its phrase: the verb after it is still the figure's
        after_places = k + 2 if k + 1 < len(spans) and _counts_places_where(sentence, spans, k + 1) else k + 1
        # "Setidaknya 13 orang , termasuk tiga anak-anak , tewas …": the verb after an aside holding
        # a part of the figure is the figure's too
        aside_end = _aside_part_end(sentence, end, spans[k + 1]) if after_places == k + 1 < len(spans) else None
        if aside_end is not None:
            after_places = k + 2
        next_start = spans[after_places][0] if after_places < len(spans) else len(sentence) + 1
        b = min(next_start, end + WINDOW_AFTER, len(sentence))
        # read in place (WORD_RE looks at nothing before its start: the same tokens as on slices)
        before, figure, after = WORD_RE.findall(sentence, a, start), WORD_RE.findall(sentence, start, end), \
            WORD_RE.findall(sentence, aside_end if aside_end is not None else end, b)
        toks = before + figure + after
        # a token holds no "\n" (a space): one lower() of the joined ASCII tokens is theirs one by one
        low = "\n".join(toks).lower().split("\n") if ascii_text and toks else [t.lower() for t in toks]
        n = len(toks)
        i0, i1 = len(before), len(before) + len(figure)
        nxt = n
        keys: list[str] = []
        # a capitalised or function word is no counted noun ("2.727 Warisan Budaya", "2017 versi BWF"),
        # except in a title-case headline, where every word is capitalised ("Ribuan Tentara Korut")
        if unit and i1 < n and (not _is_cap(toks[i1 - 1]) or known_only()) and unit not in lex.stopwords \
                and unit.lower() not in lex.words["money_units"]:   # "14,1 miliar dollar AS": the currency's country
            keys, _ = _owner_after(toks, low, i1, known_only=known_only, caps=True)
        classes: set[str] = set()
        noun_class = None
        if unit and i1 > 0:  # the counted noun itself: "5.000 pengungsi", "tiga korban jiwa"
            hit = lex.predicates.at(low, i1 - 1) or lex.predicates.ending_at(low, i1 - 1)
            if hit:
                classes.add(hit[0])
                noun_class = hit[0]
                if lex.predicates.at(low, i1 - 1) == hit:
                    i1 = max(i1, i1 - 1 + hit[1])
        verb, vb = _verb_before(low, toks, i0)
        aboard = _people_noun(unit)   # a vehicle's predicate is not its crew's ("… hilang kontak membawa 4 awak")
        if verb and aboard and not _ACTIVE_TRANSITIVE_RE.match(low[vb]) and (hit := lex.predicates.ending_at(low, vb)) \
                and _vehicles_word(WORD_RE.findall(sentence, max(0, a - 80), a) + toks[:vb - hit[1] + 1]):
            # "Pesawat … PK-CDC yang hilang kontak membawa 4 awak": the plane went missing; but "kecelakaan
            # pesawat yang menewaskan 189 orang": an active verb's object is the figure
            verb = None
        scan_from = i1
        if i0 and toks[i0 - 1] == "(" and i1 < n and toks[i1] == ")":
            scan_from += 1   # "lima kepala keluarga (11 jiwa) mengungsi": the verb after the aside is its too
        groups = _scan_after(toks, low, scan_from, nxt, next_figure=b == next_start)
        if i0 and low[i0 - 1] == "dari" and (i0 == 1 or toks[i0 - 2] in BEFORE_BREAK_MARKS) \
                and i1 < n and toks[i1] == ",":
            groups = []   # "Dari lima tersangka, empat di antaranya telah ditahan": the whole, not the detained
        if (i0 and low[i0 - 1] in lex.words["currencies"]) or (not unit and i1 < n and low[i1] in lex.words["time_words"]):
            out.append((None, [], False))  # money ("kerugian Rp 25 juta") or time: it counts no one
            continue
        if vb >= 0 and low[vb] in lex.words["owner_verbs"]:  # "Pyongyang mengirim ribuan tentara"
            owner = _name_before(toks, low, vb, known_only=known_only)
            keys = [owner, *keys] if owner else keys  # and "PDIP meraih 110 kursi DPR": both own
        if verb:
            classes.add(verb)
        elif groups:
            main = groups[0]
            if main.relative:
                main = next((g for g in groups[1:] if not g.relative), main)
            classes |= main.classes
        elif not classes:
            b = i0 - 1
            # not past another figure: "187 orang yang menandatangani dan 112 orang mengajukan izin"
            while b >= 0 and i0 - b <= BEFORE_SCAN and toks[b] not in BEFORE_BREAK_MARKS and not toks[b][:1].isdigit():
                hit = lex.predicates.at(low, b)
                if not hit and b == i0 - 1 and len(low[b]) > 6 and low[b].endswith("nya"):
                    hit = lex.predicates.at([low[b][:-3]], 0)   # "gugurnya 894 petugas": the death of the 894
                if hit and not any(t[:1].isdigit() for t in toks[max(0, b - 4):b]) \
                        and not (aboard and _vehicles_word(WORD_RE.findall(sentence, max(0, a - 80), a) + toks[:b])):
                    # not the figure's before it, nor a vehicle's
                    classes.add(hit[0])
                b -= 1
        if not classes and not verb and (not unit or unit.lower() in PEOPLE_CLASSIFIERS):
            subject = _subject_class(toks, low, i0, whole_clause=a == 0) or _total_opened_class(sentence, start)
            if subject:
                classes.add(subject)
        if not keys:  # "tentara yang dikirim Korea Utara": the sender owns them
            for g in groups:
                if g.sent_end is not None and g.sent_end < n and low[g.sent_end] not in lex.words["destination_markers"]:
                    got = name_at(toks, low, g.sent_end, known_only=known_only, caps=True)
                    if got and got[0]:
                        keys = [got[0]]
                    break
        if noun_class in lex.words["base_noun_classes"] and len(classes & set(lex.classes)) > 1:
            classes.discard(noun_class)   # "empat tersangka yang ditahan": the detained, a part of the suspects
        victim = VICTIM in classes and not _deceit_victims_only(toks, low)
        specific = [c for c in lex.classes if c in classes]
        preds = specific or ([TOTAL] if TOTAL in classes else [])
        out.append(("+".join(dict.fromkeys(keys)) or None, preds, victim))
    return _restatements_share_classes(sentence, spans, out)


_TOTAL_OPENER_RE = re.compile(r"\b(?:jumlah|total)\s+", re.I)
TOTAL_OPENED_REACH = 200   # characters back from a count to the "jumlah …" its clause opens with


def _total_opened_class(sentence: str, start: int) -> str | None:
    """The class of the noun a "jumlah" opens, for a count of people restating it far after, past a
    place and a time: "jumlah korban meninggal dunia akibat banjir bandang di Kabupaten Garut , Jawa
    Barat , hingga Rabu malam , bertambah menjadi 23 orang" (the dead). No figure, full stop or
    semicolon may stand between (a year may)."""
    lo = max(0, start - TOTAL_OPENED_REACH)
    opener = None
    for m in _TOTAL_OPENER_RE.finditer(sentence, lo, start):
        opener = m
    if opener is None:
        return None
    between = sentence[opener.end():start]
    if re.search(r"[.;:!?]", between) or any(not _YEAR_FIGURE.fullmatch(n) for n in re.findall(r"\d[\d.,]*", between)) \
            or _COMPARED_RE.search(between):
        return None   # "Jumlah jamaah wafat … jauh lebih banyak dibanding tahun lalu yang hanya 385 orang": last year's
    low = [t.lower() for t in WORD_RE.findall(between)][:5]
    lex = lexicon()
    for k in range(1, len(low)):   # the class after the opened noun: "korban meninggal dunia"
        hit = lex.predicates.at(low, k)
        if hit:
            return hit[0]
    return None




_WHERE_BEFORE_RE = re.compile(r"\b(?:di|ke|dari)\s+(?:\w+\s+)?$", re.I)


def _counts_places_where(sentence: str, spans: list[tuple[int, int, str | None]], k: int) -> bool:
    """Figure k counts the places where the figure before it is: "di lima Kecamatan", "di 12 desa"
    right after that figure's noun."""
    if k == 0 or not spans[k][2]:
        return False
    noun = spans[k][2].lower().split()[0]
    if noun not in lexicon().words["sub_place_words"] and noun not in lexicon().words["admin_words"]:
        return False
    between = sentence[spans[k - 1][1]:spans[k][0]]
    return len(between) <= 24 and bool(_WHERE_BEFORE_RE.search(between)) and not any(c in between for c in ".;,")


_JOINED_PEOPLE_RE = re.compile(r"\s*(?:,\s*)?(?:dan|serta)\s+", re.I)


# an active transitive verb ("menewaskan", "melukai"): what it does is done to its object, the figure
_ACTIVE_TRANSITIVE_RE = re.compile(r"^me(?:m|n|ng|ny)?\w+(?:kan|i)$")


def _people_noun(noun: str | None) -> bool:
    """A noun that counts people ("santri", "guru", "orang"): figures of it joined by "dan" share a verb."""
    if not noun:
        return False
    w = lexicon().words
    low = noun.lower().split()[-1]
    return low in w["person_nouns"] or low in w["people_nouns"] or low in ("orang", "jiwa") or low in w["resident_nouns"]


_RESTATES_RE = re.compile(r"\s*(?:\w+\s*)?\(\s*|\s+(?:atau|alias|setara|sama dengan)\s+", re.I)


def _restatements_share_classes(sentence: str, spans: list[tuple[int, int, str | None]],
                                frames: list[tuple[str | None, list[str], bool]]
                                ) -> list[tuple[str | None, list[str], bool]]:
    """A figure restated at once in other words ("lima kepala keluarga (11 jiwa) mengungsi", "30 KK
    atau 98 jiwa mengungsi") counts what its restatement counts when its own clause says nothing:
    the verb stands after the restatement. Only a figure with its own noun, restated by a figure and
    its noun alone ("10 orang (5 tewas)" says what befell a part, not the whole). And goods weighed
    and listed after a verb share its goods class ("disita sebanyak 77,310 gram sabu dan 631,940
    gram ganja")."""
    out = list(frames)
    for k in range(len(spans) - 2, -1, -1):
        of, preds, victim = out[k]
        nxt_of, nxt_preds, nxt_victim = out[k + 1]
        if preds or victim or not (nxt_preds or nxt_victim) or spans[k][2] is None:
            continue   # "2 atau 3 orang": one count given as two, not a figure restated
        between = sentence[spans[k][1]:spans[k + 1][0]]
        if _JOINED_PEOPLE_RE.fullmatch(between) and _people_noun(spans[k][2]) and _people_noun(spans[k + 1][2]):
            # "26 santri dan 2 guru dikabarkan tewas": both died; but what the next noun is itself
            # ("lima orang dan satu jenazah") is not said of the figure before it
            own = lexicon().predicates.at([spans[k + 1][2].lower().split()[-1]], 0)
            shared = [c for c in nxt_preds if not (own and c == own[0])]
            if shared or (nxt_victim and not own):
                out[k] = (of, shared, nxt_victim and not own)
            continue
        if not _RESTATES_RE.fullmatch(between):
            continue
        if "(" in between and not sentence[spans[k + 1][1]:].lstrip().startswith(")"):
            continue
        out[k] = (of, list(nxt_preds), nxt_victim)
    things = lexicon().words["thing_classes"]
    weights = lexicon().words["weight_units"]
    for k in range(1, len(spans)):
        # "disita sebanyak 77,310 gram sabu dan 631,940 gram ganja": goods listed after a verb
        # are all taken (or destroyed, given back) by it
        of, preds, victim = out[k]
        before = [p for p in out[k - 1][1] if p in things]
        if preds or not before or (spans[k][2] or "").lower() not in weights \
                or (spans[k - 1][2] or "").lower() not in weights:
            continue
        if _GOODS_JOINED_RE.fullmatch(sentence[spans[k - 1][1]:spans[k][0]]):
            out[k] = (of, before, victim)
    for k in range(1, len(spans)):
        # "mengeksekusi mati 33 orang terkait terorisme dan 202 orang lainnya terkait pelanggaran
        # narkoba", "dihadiri oleh 9 pasangan calon gubernur …, 45 pasangan calon wali kota …":
        # counts of one noun listed after the verb all undergo it
        of, preds, victim = out[k]
        if preds or victim or not out[k - 1][1] or not _same_counted(_counted_word(sentence, spans[k - 1]),
                                                                    _counted_word(sentence, spans[k])):
            continue
        nxt = spans[k + 1][0] if k + 1 < len(spans) else len(sentence)
        if _listed_after_verb(sentence[spans[k - 1][1]:spans[k][0]], sentence[spans[k][1]:nxt]) \
                or _BREAKDOWN_JOINT_RE.fullmatch(sentence[spans[k - 1][1]:spans[k][0]]):
            # (also the parts a whole is broken down into: "menangkap 49 kapal ikan asing, yang terdiri
            # dari 18 kapal Vietnam, 19 kapal Malaysia")
            out[k] = (of, list(out[k - 1][1]), out[k - 1][2])
    return out


# a whole's breakdown opening: its noun's words, then "terdiri dari", "yakni", "di antaranya" …
_BREAKDOWN_JOINT_RE = re.compile(r"[\s,]*(?:[^\W\d_]+[\s,]+){0,3}?(?:yang\s+)?(?:terdiri\s+(?:atas|dari)|yakni|yaitu|meliputi"
                                 r"|antara\s+lain|di\s+antaranya)\s*:?\s*", re.I)


_GOODS_JOINED_RE = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}(?:,\s*)?(?:dan|serta)\s+")
# a list item's joint to the one before it: that item's own words, then ", ", "dan" or "serta"
_LIST_JOINT_RE = re.compile(r"\s+(?:[^\W\d_]+\s*(?:,\s+)?){0,8}?(?:,\s*(?:(?:dan|serta)\s+)?|(?:dan|serta)\s+)")   # ("Vietnam, ")
# words that say a list item has a predicate of its own, though not one of the lexicon's classes
# ("3 orang lainnya masih buron")
_OWN_PREDICATE_WORDS = frozenset({"masih", "sudah", "telah", "belum", "sedang", "akan", "tidak", "tak", "bisa",
                                  "dapat", "harus", "berhasil", "sempat", "kini", "pun", "juga", "yang"})


def _counted_word(sentence: str, span: tuple[int, int, str | None]) -> str | None:
    """The first word a figure's span counts with ("orang" in "33 orang terkait"), past its scale."""
    return next((w for w in WORD_RE.findall(sentence[span[0]:span[1]])
                 if w.isalpha() and w.lower() not in _SCALE_WORDS), None)


def _same_counted(a: str | None, b: str | None) -> bool:
    """Two figures count one kind: the same noun, or both people ("orang", "santri")."""
    if not a or not b:
        return False
    a, b = a.lower().split()[0], b.lower().split()[0]   # "orang lainnya" counts orang
    people = lexicon().words["uniformed_nouns"]          # "29 warga sipil dan 84 polisi"
    return a == b or ((_people_noun(a) or a in people) and (_people_noun(b) or b in people))


def _listed_after_verb(joint: str, rest: str) -> bool:
    """The later of two counts is an item of a list the earlier's verb governs: only the earlier
    item's own words and a list joint stand between them, and the later item says nothing of its
    own until its clause ends (no class verb, no other verb, no "masih …")."""
    if not _LIST_JOINT_RE.fullmatch(joint):
        return False
    rest = re.split(r"[.;:!?]|,\s*(?:yang|dan|serta|sedangkan|sementara)\b", rest, maxsplit=1)[0]
    lex = lexicon()
    for text in (joint, rest):
        low = [t.lower() for t in WORD_RE.findall(text)]
        if any(w in _OWN_PREDICATE_WORDS or lex.predicates.at(low, i) or lex.predicates.ending_at(low, i)
               or (w.startswith(("me", "di", "ber")) and len(w) > 5 and w.isalpha()
                   and w not in lex.words["person_nouns"]) for i, w in enumerate(low)):
            return False
    return True


# ---------------------------------------------------------------- question side
@dataclass(frozen=True)
class QuestionFrame:
    """What a quantity question asks, beyond its words."""

    noun: str | None = None                 # the counted noun as written ("tentara")
    entities: tuple[str, ...] = ()          # whose: owner keys of the noun ("korea_utara")
    predicates: tuple[str, ...] = ()        # classes asked ("killed"); () = none named
    casualty: bool = False                  # "korban" asked without a class
    places: tuple[str, ...] = ()            # where: place keys ("cianjur")
    events: tuple[str, ...] = ()            # what happened: event keys ("gempa")
    measured: tuple[str, ...] = ()          # what a measure asked about measures ("tarif cukai rokok")
    direction: str | None = None            # a change asked: "rise" (kenaikan) or "fall" (anjlok)
    asks: str | None = None                 # for a measure: "level" (what it is) or "change" (by how much it moved)
    units: tuple[str, ...] = ()             # units a rate question takes ("berapa suku bunga …": persen, bps)
    owners: tuple[str, ...] = ()            # organisations a measure question names ("suku bunga The Fed")
    forecast: bool = False                  # a forecast asked ("deflasi yang diperkirakan BI")
    holders: tuple[str, ...] = ()           # people a held count is asked of ("suara … Firli Bahuri"): their name words
    money: bool = False                     # an amount of money asked ("berapa iuran …"): figures in rupiah, dolar …
    money_thing: str | None = None          # what the amount is ("penerimaan" in "berapa target penerimaan cukai")
    money_words: tuple[str, ...] = ()       # the money words asked together: ("harta", "kekayaan")
    value_of: str | None = None             # what a value asked is the value of ("nilai ekspor": "ekspor")
    labels: tuple[tuple[str, str], ...] = ()  # numbered kinds asked: ("kelas", "3") for "kelas III"
    part: bool = False                      # a part asked ("anggota DPR yang hadir"), not the whole body
    years: tuple[int, ...] = ()             # years the question names ("pada September 2019")
    reported: tuple[tuple[int, int | None], ...] = ()  # when the report asked of was written, not the figure: "(Agustus 2017)"
    typed: tuple[tuple[str, str], ...] = ()  # named places below the gazetteer: ("tol", "cipularang")
    dates: tuple[str, ...] = ()             # full dates the question names, ISO ("2019-09-10")
    months: tuple[int, ...] = ()            # months named without a day ("inflasi Agustus 2019"): 8
    durations: tuple[str, ...] = ()         # a span of time asked, its units: ("tahun",) for "berapa tahun hukuman …"
    year_span: tuple[int, int] | None = None  # a span of years asked ("pada 2014-2018")
    per: bool = False                       # a rate over time asked ("berapa orang meninggal per tahun")
    named_events: tuple[tuple[str, str], ...] = ()  # events asked by name: (("badai", "hagibis"),)
    parties: tuple[str, ...] = ()           # name words of whose amount of money is asked ("wilmar")
    total: bool = False                     # a total asked ("berapa total uang suap …")
    since: bool = False                     # a running total asked ("… sejak demonstrasi dimulai")
    company: bool = False                   # the party asked is a company ("Wilmar Group", "PT Sritex")
    question_text: str = ""                 # the question as asked (for rules that read it whole)
    held_by: tuple[str, ...] = ()           # political parties whose seats or votes are asked ("golkar")
    kind: str | None = None                 # the word naming the noun's kind ("perunggu" in "medali perunggu")
    ordinal: str | None = None              # a place in an order asked: its noun ("menit" of "menit ke berapa")
    pipeline: TextPipeline | None = field(default=None, compare=False, repr=False)  # stems for the measure rule


CLASSIFIERS = frozenset({"orang", "buah", "unit", "ekor", "jiwa"})  # count words, not what is counted


# the start of a running total asked ("sejak perang dimulai Oktober 2023", "sejak awal 2018"): up to
# its time, not past a bound that says when the total holds ("… sampai September 2019")
_SINCE_TIME_RE = re.compile(rf"\bsejak\s+(?:(?!sampai\b|hingga\b|per\b)[^\d,?;]){{0,40}}?"
                            rf"(?:(?:awal|akhir|pertengahan)\s+)?(?:(?:\d{{1,2}}\s+)?(?:{MONTH_RE})(?:\s+(?:19|20)\d\d)?"
                            rf"|(?:19|20)\d\d)\b", re.I)


# the time of the report a question asks of, not of its figure: a month and year alone in brackets
# closing the question ("… beban sewa kontrak JICT per tahun menurut Serikat Pekerja JICT (Agustus
# 2017)?"; not a year glossing one, "tahun depan (2026)"), or after
# the source ("menurut CNN Indonesia pada Mei 2017", "menurut data September 2019", "seperti
# disampaikan September 2019")
_REPORT_TIME = rf"(?:(?:{MONTH_RE})\s+)?(?:19|20)\d\d"
_REPORT_VERBS = ("disampaikan", "dirilis", "diumumkan", "dilaporkan", "dipaparkan")
_REPORT_TIME_RE = re.compile(
    rf"(?<!\bdepan\s)(?<!\blalu\s)(?<!\bini\s)\(\s*{_REPORT_TIME}\s*\)(?=\s*\??\s*$)"
    rf"|(?<=\bmenurut\s)(?:[^,?;()\d]{{0,60}}?\s)??(?:(?:pada|per|dalam|bulan|tahun)\s+)+{_REPORT_TIME}(?=\s*[,?;)]|\s*$)"
    rf"|\b(?:{'|'.join(_REPORT_VERBS)})\s+(?:pada\s+)?{_REPORT_TIME}(?=\s*[,?;)]|\s*$)"
    rf"|(?<=\bdata\s){_REPORT_TIME}(?=\s*[,?;)]|\s*$)", re.I)
_MONTH_YEAR_RE = re.compile(rf"(?:({MONTH_RE})\s+)?((?:19|20)\d\d)\b", re.I)


# the year that names a case ("dalam kasus korupsi alat kesehatan KLB 2005", "kasus korupsi kuota
# haji 2024"): what the case was, not when its figure (a demand, a sentence, a loss) holds
_CASE_YEAR_RE = re.compile(rf"(?<=\bkasus\s)(?:(?!pada\b|sejak\b|tahun\b|bulan\b|(?:{MONTH_RE})\b)[^\W\d_][\w-]*\s+){{1,5}}"
                           r"(?:19|20)\d\d\b", re.I)


def published_when_reported(reported: tuple[tuple[int, int | None], ...], published: str | None) -> bool:
    """An article came out when the report asked of was written: in its month or the next (its
    year, when no month is named). Undated articles are not judged."""
    if not reported or not published or not published[:4].isdigit():
        return True
    year, month = int(published[:4]), int(published[5:7]) if published[5:7].isdigit() else None
    for y, m in reported:
        if m is None or month is None:
            if year == y:
                return True
        elif 0 <= (year * 12 + month) - (y * 12 + m) <= 1:
            return True
    return False


def report_time_apart(question: str) -> tuple[str, str]:
    """The question without the times its reports were written, and those times as closing
    brackets ("menurut CNN Indonesia pada Mei 2017, berapa …" -> "menurut CNN Indonesia, berapa …",
    " (Mei 2017)"): a question rewritten around its source (the claim-focus topic) keeps them apart
    from its words."""
    found = [t.group(0) for t in _report_time_matches(question)]
    if not found:
        return question, ""
    return _without_report_times(question), "".join(f" ({t})" for t in found)


def _report_times(question: str) -> tuple[tuple[int, int | None], ...]:
    """(year, month or None) of each report time a question names (_REPORT_TIME_RE)."""
    return tuple((int(t.group(2)), MONTHS[t.group(1).lower()] if t.group(1) else None)
                 for t in _report_time_matches(question))


def _report_time_matches(question: str) -> list[re.Match[str]]:
    """The month and year (_MONTH_YEAR_RE) closing each report-time phrase of a question."""
    return [list(_MONTH_YEAR_RE.finditer(m.group(0)))[-1] for m in _report_phrases(question)]


@lru_cache(maxsize=256)   # the frame, its report times and the claim-focus topic read them: once a question
def _report_phrases(question: str) -> tuple[re.Match[str], ...]:
    """The report-time phrases of a question (_REPORT_TIME_RE). A source's words holding a verb of
    its own ("menurut Kementerian ESDM saat mengumumkan larangan ekspor nikel per 2020") end in that
    verb's object's time (the ban's year, "per": from when it holds), not the report's."""
    kept = []
    for m in _REPORT_TIME_RE.finditer(question):
        words = WORD_RE.findall(m.group(0))
        if not (len(words) > 2 and words[-2].lower() == "per"
                and any(affixed_verb(t, ACTIVE_PASSIVE) for t in words[:-2])):
            kept.append(m)
    return tuple(kept)


def _without_report_times(question: str) -> str:
    """The question with its report-time phrases blanked (their years are no figure's years)."""
    for m in reversed(_report_phrases(question)):
        question = question[:m.start()] + " " + question[m.end():]
    return question


FIGURE_QUESTION_WORDS = frozenset({"berapa", "seberapa"})   # ("berapakah" reaches here as "berapa": question_tokens)


@lru_cache(maxsize=512)  # read once per question (the engine and answer composition both ask)
def question_frame(question: str, pipeline: TextPipeline) -> QuestionFrame:
    """Read a question with the lists the figures were read with. Names need no capitals here
    ("berapa tentara korut?"); only gazetteer, entity and alias names and capitalised words count."""
    lex = lexicon()
    w = lex.words
    # chat spellings written out ("brp org" -> "berapa orang"), each word keeping its capitals as typed
    typed = {t.lower(): t for t in reversed(WORD_RE.findall(question))}
    toks = _split_name_pairs([typed.get(t, t) for t in WORD_RE.findall(" ".join(pipeline.question_tokens(question)))])
    low = [t.lower() for t in toks]
    n = len(toks)
    skip = pipeline.question_words | w["not_nouns"] | lex.stopwords
    q_at = next((i for i, t in enumerate(low) if t in pipeline.question_words), -1)
    berapa_at = next((i for i, t in enumerate(low) if t in FIGURE_QUESTION_WORDS), -1)
    if berapa_at > q_at >= 0 and _asked_sentence_start(question, pipeline, berapa_at) > q_at:
        q_at = berapa_at   # "Warga ditangkap di Bekasi. Berapa anak …": "di" is the scene's
    if (berapa_at > q_at + 2 and q_at >= 0) or (berapa_at > q_at >= 1 and low[q_at - 1] in ("paling", "terbanyak")):
        # "Turis … di Bandara Changi … terancam hukuman penjara berapa bulan": the figure is asked
        # after "berapa", not after a far "di" ("di level berapa" asks with it), nor after "paling banyak"
        # ("paling banyak berapa bulan": at most, asked in months)
        q_at = berapa_at
    noun_at = next((i for i in range(q_at + 1, n) if low[i] not in skip and low[i][:1].isalpha()), None)
    asked_from = _asked_sentence_start(question, pipeline, q_at)
    if noun_at is not None and (low[noun_at] in w["per_words"]
                                or (q_at + 1 < n and low[q_at + 1] in w["prepositions"])):
        # "harga pupuk NPK jadi berapa per kg?": a unit follows; "tambahan anggaran berapa untuk
        # destinasi wisata": what follows is the amount's use; either way the noun came before
        noun_at = None
    if q_at > 0 and noun_at is not None and low[noun_at] in PEOPLE_CLASSIFIERS \
            and low[q_at - 1].startswith("me") and _verb_like(low[q_at - 1], pipeline.stem) \
            and not (noun_at + 1 < n and low[noun_at + 1] not in skip and low[noun_at + 1][:1].isalpha()):
        pass   # "BLTS diperkirakan menjangkau berapa jiwa?": the verb's object, people, is counted
        # (not "mengerahkan berapa orang tentara": the noun after the classifier is counted)
    elif q_at > 0 and (noun_at is None or low[noun_at] in CLASSIFIERS):
        # "tentara Korut berapa orang?": the counted noun comes before the question word; an
        # amount named right before it is what is asked ("neraca perdagangan Juli 2019 defisit berapa?")
        if low[q_at - 1] in w["money_nouns"] | w["money_things"]:
            noun_at = q_at - 1
        else:
            noun_at = next((i for i in range(asked_from, q_at) if low[i] not in skip and low[i][:1].isalpha()), noun_at)
    if noun_at is not None and low[noun_at] in FORECAST_NOUNS:
        noun_at = _forecast_object(low, noun_at, skip | w["prepositions"], lex) or noun_at
    ordinal = asked_ordinal(question)
    if ordinal and ordinal in low:   # "menit ke berapa Theerathon … mencetak gol": the order's noun is asked
        noun_at = low.index(ordinal)
    if noun_at is not None and low[noun_at] in w["money_named_heads"] \
            and (thing := _money_thing(low, noun_at, w)) and _balance_of_goods(toks, low, noun_at, thing, w):
        noun_at = low.index(thing, noun_at)   # "berapa potensi surplus daging ayam": the surplus is counted
    noun = toks[noun_at] if noun_at is not None else None
    classes: set[str] = set()
    entities: list[str] = []
    owner_span: tuple[int, int] = (-1, -1)
    if noun_at is not None:
        hit = lex.predicates.ending_at(low, noun_at)
        if hit:
            classes.add(hit[0])
        start = noun_at + 1
        keys, end = _owner_after(toks, low, start, known_only=False, caps=False)
        if end >= 0:
            entities = keys
            if low[noun_at] not in w["resident_nouns"]:
                owner_span = (start, end)
    pos = asked_from if noun_at is not None and noun_at >= asked_from else 0   # (else what befell it is in the context too)
    inside = _inside_at(low, noun_at)
    title_cased = sum(t[:1].isupper() for t in toks) * 2 > len(toks)   # "Berapa Korban Tewas Gempa Cianjur?"
    said = False   # a class of the asked noun was read: a later "yang" clause may be another noun's
    while pos < n:
        hit = lex.predicates.at(low, pos)
        if hit and pos == noun_at and hit[1] < 2:
            hit = None   # the noun alone ("korban") is no class; a phrase it opens ("korban jiwa") is
        if hit and pos and not title_cased and toks[pos][:1].isupper() and toks[pos - 1][:1].isupper() \
                and low[pos - 1] not in lex.stopwords:
            pos += hit[1]   # "kawasan utara Laut Mati": a word of a name (the Dead Sea) says nothing befell anyone
            continue
        if hit and noun_at is not None and noun_at < pos and low[pos - 1] in w["recipient_markers"] \
                and not _verb_like(low[pos], pipeline.stem):
            pos += hit[1]   # "bilik huntara … bagi korban gempa": for whom the counted is, not what befell it
            continue
        if hit and pos and (low[pos - 1] in w["area_nouns"] or (low[pos - 1] in w["kin_nouns"] and pos - 1 != noun_at)) \
                and noun_at is not None and low[noun_at] not in w["person_nouns"] and low[noun_at] not in CLASSIFIERS:
            # "pemeriksaan … di wilayah terdampak tumpahan minyak": the area was struck, not the
            # counted; "tuntutan hukum dari keluarga korban": whose family, the lawsuits befell nothing
            pos += hit[1]
            continue
        if hit and _case_named(low, pos, lex, pipeline.stem):
            pos += hit[1]   # "saksi … dalam kasus kematian mahasiswa", "mengejek kematian TAS": the case, not the counted
            continue
        if hit and not title_cased and noun_at is not None and noun_at < pos and _labels_named_one(toks, low, pos, hit[1], lex):
            pos += hit[1]   # "saksi … dalam kasus mafia migas dengan tersangka Bambang Irianto": a named one's label
            continue
        if hit:
            # (the treated among the affected: "korban keracunan makanan hajatan di Simpenan yang
            # dirujuk ke RSUD" are people whatever noun stands before "yang"; no place is treated)
            among_affected = AFFECTED in classes and hit[0] in w["sub_affected_classes"]
            if not (inside is not None and inside < pos and "yang" in low[inside:pos]) \
                    and not _when_before(low, pos) \
                    and (among_affected or not _clause_of_other_noun(low, pos, noun_at, pipeline, said)):
                classes.add(hit[0])
                said = said or hit[0] not in NOT_SPECIFIC
            pos += hit[1]
        else:
            pos += 1
    if AFFECTED in classes and classes & w["sub_affected_classes"]:
        classes.discard(AFFECTED)   # "korban keracunan makanan yang dirawat": the treated among the poisoned
    if VICTIM in classes and noun_at is not None and low[noun_at] != "korban" and _deceit_victims_only(toks, low):
        classes.discard(VICTIM)   # "paspor calon jemaah korban First Travel": a fraud's victims, no casualty
    if VICTIM in classes and noun_at is not None and _victims_doing_asked(low, noun_at, pipeline.stem):
        classes.discard(VICTIM)   # "anak korban gempa yang sudah direunifikasi": the reunited, dead or not
    # where the counted go is where they are counted ("wisatawan mancanegara ke Bali"), unless
    # they are sent there ("tentara Korut yang dikirim ke Rusia" are Korut's wherever they are) or
    # counted on the way ("pemudik yang kembali ke Pulau Jawa lewat Bakauheni")
    to_place = SENT not in classes and not set(low) & w["passage_words"]
    places = [key for key, at, _placed in _place_mentions(toks, low, caps=False, destinations=to_place)
              if not owner_span[0] <= at < owner_span[1] and lex.places[key].kind != "org"
              and not (at > 0 and low[at - 1] in w["group_nouns"])   # "jaringan Malaysia": whose, not where
              and not (at > 0 and low[at - 1] in w["funder_markers"])   # "program … yang didanai Jerman": who pays
              and not (at > 0 and low[at - 1] in w["money_units"])   # "dalam dolar AS": whose currency, not where
              and not (at > 0 and low[at - 1] in w["opponent_markers"]      # "mengalahkan Brunei": the other side
                       and not (at > 1 and low[at - 2] == "di"))                   # ("di atas Jakarta" is where)
              and not (at > 0 and _club_name_before(toks[at - 1]))             # "Persela Lamongan": a club, not where
              and not (at + 1 < len(low) and low[at + 1] in w["tournament_words"])   # "China Open": a tournament
              and at not in _company_name_positions(tuple(toks))]            # "PT Solo Manufaktur Kreasi": a name
    events = _event_keys(low)
    measured: list[str] = []
    direction: str | None = None
    asks: str | None = None
    units: tuple[str, ...] = ()
    owners: list[str] = []
    rate = bool(noun) and noun.lower() in w["rate_nouns"]
    money_thing = _money_thing(low, noun_at, w)
    if money_thing is not None and _balance_of_goods(toks, low, noun_at, money_thing, w):
        money_thing = None   # "potensi surplus daging ayam ras": tonnes of meat, not money
    money = money_thing is not None
    level_marked = _level_marked(low, q_at, pipeline.stem)
    if money:  # "berapa iuran … setelah naik?" asks the new amount; "berapa kenaikan iuran" the change
        after_when = _after_when(low, w)
        if level_marked:
            asks = "level"
        elif any(_change(t, pipeline.stem) for i, t in enumerate(low) if i not in after_when):
            asks = "change"
        else:
            asks = "level"
    if noun and noun_at is not None and noun.lower() in w["measured_heads"] and not money:
        # "berapa kebutuhan baja global per tahun": the need is measured (in tons), not the output
        measured = [noun.lower(), *_phrase_after(pipeline.canonical(low), len(pipeline.canonical(low[: noun_at + 1])),
                                                 pipeline.stem, skip)][:MAX_MEASURED]
    if noun and (noun.lower() in w["measure_nouns"] or rate):
        # "berapa barel produksi yang hilang": lost output, not missing people; but goods are
        # weighed when seized or destroyed ("berapa kilogram ganja yang dimusnahkan"); things counted
        # in units may also be damaged or burned ("berapa unit mobil yang rusak")
        classes &= w["thing_classes"] | (w["unit_thing_classes"] if noun.lower() in CLASSIFIERS else frozenset())
        canon = pipeline.canonical(low)
        at = len(pipeline.canonical(low[: noun_at + 1]))
        while at < len(canon) and canon[at] in w["measure_nouns"]:
            at += 1  # "basis poin"
        if at + 1 < len(canon) and canon[at] == "per" and canon[at + 1] in w["per_units"] | w["time_words"]:
            at += 2  # "berapa barel per hari impor minyak": the rate's period, not what is measured
        if at + 2 < len(canon) and canon[at] in ("lebih", "kurang") and canon[at + 1].isalpha():
            at += 2  # "berapa persen lebih murah produk konstruksi baja": the products are measured
        # "… menjadi berapa persen atas arahan OJK": what a preposition brings is no measured thing
        # ("persen dari biaya beban" names the whole of a share: read on)
        measured = [] if at < len(canon) and canon[at] in (w["prepositions"] | {"atas"}) - {"dari", "terhadap"} \
            else _phrase_after(canon, at, pipeline.stem, skip)
        if measured and measured[0] in w["target_words"]:
            # "berapa persen target pertumbuhan ekonomi kreatif": what is measured is the economy's
            # growth; that it is a target, the plan rules read
            k = at + 1
            while k < len(canon) and _change(canon[k], pipeline.stem):
                k += 1
            measured = _phrase_after(canon, k, pipeline.stem, skip) or measured
        if rate and canon[at - 1] in w["contribution_nouns"] and measured:
            units = tuple(sorted(w["rate_units"]))   # "andil beras terhadap inflasi": what beras adds (grades.contribution_fits)
        elif rate:  # "berapa suku bunga acuan BI": the noun is what is measured, in persen or basis points
            measured = [canon[at - 1], *measured]
            units = tuple(sorted(w["rate_units"]))
        elif measured and measured[0] in w["rate_nouns"] and noun.lower() in w["rate_units"]:
            units = tuple(sorted(w["rate_units"]))   # "berapa persen prevalensi …" asks the rate, as "berapa prevalensi"
        elif not measured and q_at > 0:  # "harga minyak naik berapa persen?"
            measured, _ = _phrase_before(canon, len(pipeline.canonical(low[:q_at])), pipeline.stem)
        if 0 < q_at and low[q_at - 1] in w["degree_adverbs"]:
            measured = []   # "sejauh berapa meter korban … terseret": how far, said by the unit; the victim is whose
        elif 0 < q_at and low[q_at - 1] in w["dimension_nouns"] and low[q_at - 1] not in measured:
            # "sampai kedalaman berapa meter iPhone 11 tahan air": the depth is measured, of the phone
            measured = [low[q_at - 1], *measured]
        # a change after "setelah" is when, not what: "suku bunga setelah diturunkan" asks the new level
        after_when = _after_when(low, w)
        # "… rasio LDR Bank BTN …, yang membuat bunga KPR-nya sulit turun": a change the asked figure
        # brings about is another thing's, not the figure's
        brought_about = next((i for i, t in enumerate(low) if t in _CONSEQUENCE_WORDS and i > noun_at), n)
        directions = {d for i, t in enumerate(low[:brought_about]) if i not in after_when and (d := _change(t, pipeline.stem))}
        direction = directions.pop() if len(directions) == 1 else None
        if level_marked:
            asks = "level"   # "menurunkan BI Rate menjadi berapa persen": the level reached, the fall its way
        elif direction or low[noun_at] in w["change_units"]:
            asks = "change"
        elif rate or any(i in after_when and _change(low[i], pipeline.stem) for i in range(n)) \
                or set(low) & w["now_words"]:
            asks = "level"   # "… saat ini", "… sekarang": the level it reached, not the one it left
        owner_words: set[str] = set()
        for i in range(n):
            hit = lex.names.at(low, i)
            if hit and hit[0] in lex.places and lex.places[hit[0]].kind == "org":
                owners.append(hit[0])
                owner_words.update(low[i:i + hit[1]])
        # whose measure it is is checked on its own ("basis poin Bank Indonesia", "suku bunga The
        # Fed"), and when through the month ("inflasi Agustus 2019")
        measured = [m for m in _without_year_parts(measured)
                    if m not in owner_words and m not in MONTHS and m not in w["now_words"]]
        if len(measured) > 1 and measured[0] in w["share_words"]:
            measured = measured[1:]   # "berapa persen jatah fee …": the fee is measured, as a share
    if noun_at is not None and len(classes & set(lex.classes)) > 1 and (
            hit := lex.predicates.ending_at(low, noun_at) or lex.predicates.at(low, noun_at)) \
            and hit[0] in w["base_noun_classes"]:
        classes.discard(hit[0])   # "berapa tersangka yang ditahan", "pencari suaka yang masih bertahan": those of the verb
    if noun_at is not None and low[noun_at] in w["dimension_nouns"]:
        classes.clear()   # "berapa kecepatan ambulans jenazah": a speed asked counts no dead
    asked = tuple(c for c in lex.classes if c in classes)
    durations = _asked_durations(low, q_at, w)
    timed = _SINCE_TIME_RE.sub(" ", question)   # "sejak Oktober 2023": when a total began, not when it holds
    # "kereta cepat yang ditargetkan beroperasi 2021": when the thing is due, not when its figure holds
    timed = _ASKED_PLANNED_RE.sub(" ", timed)
    # "(Agustus 2017)", "menurut data September 2019": when the report asked of was written
    reported = _report_times(timed)
    timed = _CASE_YEAR_RE.sub(" ", _without_report_times(timed))
    return QuestionFrame(reported=reported, noun=noun, entities=tuple(dict.fromkeys(entities)), predicates=asked,
                         casualty=VICTIM in classes and not asked, places=tuple(dict.fromkeys(places)),
                         events=tuple(events), measured=tuple(_without_places(measured)), direction=direction,
                         years=tuple(sorted({int(y) for y in _YEAR_IN_TEXT_RE.findall(
                             _without_name_years(_QUALIFIER_YEAR_RE.sub(" ", timed)))})),
                         ordinal=ordinal,
                         year_span=_year_span(question), per=bool(set(low) & (w["per_words"] | _RATE_WORDS)),
                         named_events=event_names(question, caps=False, pipeline=pipeline),
                         total=bool(set(low) & w["total_words"]), since="sejak" in low,
                         company=bool(set(low) & w["company_words"]), question_text=question,
                         held_by=tuple(dict.fromkeys(k for _, k in _parties_named(question, caps=False)))
                         if noun and noun.lower() in w["held_nouns"] else (),
                         typed=_where_dropped(typed_places(question, caps=False, known=pipeline.known_word), places), dates=asked_dates(timed),
                         months=asked_months(timed), asks=asks, units=units,
                         owners=tuple(dict.fromkeys(owners)), forecast=bool(set(low) & w["forecast_words"]),
                         holders=_asked_holders(question, noun, lex, bool(durations) and not _between_events(low, w)
                                                or ordinal is not None,
                                                known=pipeline.known_word if durations else None,
                                                tickets=not durations), money=money,
                         parties=tuple(p for p in _asked_holders(question, noun, lex, True, min_words=1)
                                       if p not in w["company_words"]) if money else (),
                         money_thing=money_thing, money_words=_money_words(low, money_thing, w),
                         value_of=_value_of(low, noun_at, money_thing, w, skip),
                         labels=labels_named(question), durations=durations,
                         part=_asks_part(low, noun_at, lex) and not measured and not money,
                         kind=_asked_kind(low, noun_at, lex, skip), pipeline=pipeline)


_OBJECT_PREPOSITIONS = frozenset({"di", "dari", "pada", "dalam", "untuk", "oleh", "ke"})


def _asks_part(low: list[str], noun_at: int | None, lex: "Lexicon") -> bool:
    """A relative clause after the asked noun asks a part of it ("anggota DPR yang hadir"); one
    after another noun the noun is in ("santri di pesantren eks-JI yang direkonstruksi") tells
    which whole, unless that noun is a place ("warga di Bekasi yang mengungsi")."""
    if noun_at is None or "yang" not in low[noun_at + 1:]:
        return False
    rel = low.index("yang", noun_at + 1)
    for i in range(noun_at + 1, rel - 1):
        if low[i] in _OBJECT_PREPOSITIONS and lex.names.at(low, i + 1) is None:
            return False
    return True


def _case_named(low: list[str], pos: int, lex: "Lexicon", stem: Callable[[str], str]) -> bool:
    """A class noun (not a verb) after "kasus", a cause word or another verb names the case or what
    was done, not what befell the counted: "berapa saksi yang diperiksa dalam kasus kematian TAS",
    "mahasiswa yang dipecat karena mengejek kematian TAS"."""
    if pos == 0 or lex.verbs.at(low, pos) is not None:
        return False
    before = low[pos - 1]
    return before in lex.words["case_words"] or (before.startswith("me") and _verb_like(before, stem))


def _labels_named_one(toks: list[str], low: list[str], pos: int, size: int, lex: "Lexicon") -> bool:
    """A class noun right before a name labels that one person ("tersangka Bambang Irianto",
    "korban Rani"): the case the question is about, not what befell the counted."""
    end = pos + size
    return (lex.verbs.at(low, pos) is None and end < len(toks) and toks[end][:1].isupper()
            and toks[end][1:2].islower() and low[end] not in lex.stopwords)


# a class word right after one of these says when or what for, not what befell the counted:
# "terdeteksi sebelum hilang", "personel … dikerahkan untuk mengamankan laga"
WHEN_CONJUNCTIONS = frozenset({"sebelum", "setelah", "sesudah", "usai", "seusai", "ketika", "saat", "sejak",
                               "untuk", "guna", "demi"})
# words from a when-conjunction to a predicate it opens: "berapa lama Adam menggunakan vape sebelum
# paru-parunya rusak" asks no damage (the predicate of "sebelum"'s clause dates the span)
WHEN_REACH = 3
_EVENT_TIME_WORDS = WHEN_CONJUNCTIONS - {"untuk", "guna", "demi"}   # when, not what for
# verbs of asking someone to do something: "yang diminta untuk dievakuasi" is what befalls the asked ones
_REQUEST_VERBS = frozenset({"diminta", "direkomendasikan", "diperintahkan", "diimbau", "disarankan", "diwajibkan",
                            "diharuskan", "dianjurkan", "dipaksa", "terpaksa"})


def _when_before(low: list[str], pos: int) -> bool:
    """A when- or what-for word opens the clause of the class word at `pos` ("dana untuk korban
    tewas", "sebelum meninggal"): it says nothing befell the counted. Not "untuk" after a verb of
    asking ("penduduk yang direkomendasikan untuk dievakuasi": the evacuation is theirs)."""
    return any(low[k] in WHEN_CONJUNCTIONS and not (low[k] == "untuk" and k and low[k - 1] in _REQUEST_VERBS)
               for k in range(max(0, pos - WHEN_REACH), pos))


FORECAST_NOUNS = frozenset({"proyeksi", "perkiraan", "prediksi", "estimasi", "ramalan", "taksiran"})


def _forecast_object(low: list[str], at: int, skip: frozenset[str] | set[str], lex: Lexicon) -> int | None:
    """What a forecast asked forecasts: "proyeksi IMF untuk inflasi Indonesia" asks inflation
    (whose forecast it is: forecaster_fits), "perkiraan jumlah pemudik" travellers."""
    i = at + 1
    while i < len(low):
        hit = lex.names.at(low, i)
        if hit:
            i += hit[1]
        elif low[i] in skip or not low[i][:1].isalpha() or low[i].isupper():
            i += 1
        else:
            return i
    return None


def _victims_doing_asked(low: list[str], noun_at: int, stem: Callable[[str], str]) -> bool:
    """"korban" naming whom the asked noun belongs to ("anak korban gempa", "perempuan korban
    perdagangan orang") with a "yang" clause of its own verb, of no class, after it: that verb is
    what the counted did or underwent, and whether any died is not asked."""
    if low[noun_at] == "korban" or "korban" not in low[noun_at + 1:noun_at + 3]:
        return False
    lex = lexicon()
    at = low.index("korban", noun_at + 1)
    v = next((y + 1 for y in range(at + 1, len(low)) if low[y] == "yang"), len(low))   # the first "yang" after it
    while v < len(low) and low[v] in lex.words["relative_fillers"]:
        v += 1
    return v < len(low) and _verb_like(low[v], stem) and lex.predicates.at(low, v) is None


def _clause_of_other_noun(low: list[str], pos: int, noun_at: int | None, pipeline: TextPipeline,
                          said: bool = True) -> bool:
    """A class word opening a "yang" clause right after another common noun than the asked one
    is that noun's: "personel yang dikerahkan mencari pesawat … yang hilang" (the plane is missing).
    Before any class of the asked noun is `said`, only a vehicle's: "berapa korban banjir yang
    meninggal" asks the flood's dead, "kapasitas penumpang pesawat … yang hilang kontak" the
    missing plane's capacity. A vehicle's needs no "yang": "jarak titik terakhir pesawat Twin
    Otter PK-CDC hilang kontak" (the plane went missing, not the distance)."""
    y = pos - 1
    while y > 0 and low[y] in lexicon().words["relative_fillers"]:
        y -= 1
    relative = y > 0 and low[y] == "yang"
    start = y - 1 if relative else pos - 1
    if noun_at is None or start <= noun_at:
        return False
    lex = lexicon()
    opened = lex.predicates.at(low, noun_at)
    for i in range(start, max(noun_at, start - 4), -1):   # over a name: "pesawat Twin Otter PK-CDC yang hilang"
        word = low[i]
        if opened is not None and i < noun_at + opened[1]:
            return False   # a word of the class phrase the asked noun opens: "pencari suaka yang masih bertahan"
        if _CODE_RE.fullmatch(word):
            continue   # a registration or model code names the thing: "PK-CDC", "DHC-6"
        if lex.names.at(low, i) is not None or not word.isalpha():
            return False   # a place or party: "dikirim ke Rusia yang tewas" is still the soldiers
        if i == noun_at + 1 and low[noun_at] in CLASSIFIERS:
            return False   # "berapa unit mobil yang rusak": the cars a classifier counts are the asked ones
        if pipeline.known_word(word):
            if word in lex.words["vehicle_nouns"]:
                return word != low[noun_at]
            if not (relative and said):
                return False
            return word != low[noun_at] and lex.predicates.at([word], 0) is None
    return False


def _vehicles_word(before: list[str]) -> bool:
    """A class word right after a vehicle and its name, "yang" or not, is the vehicle's: "Pesawat
    Twin Otter … PK-CDC yang hilang kontak membawa 4 awak" (the plane went missing, not the crew).
    `before`: the sentence's tokens before the class word, as written."""
    lex = lexicon()
    i = len(before) - 1
    while i >= 0 and (before[i].lower() in lex.words["relative_fillers"] or before[i].lower() == "yang"):
        i -= 1
    for k in range(i, max(-1, i - 9), -1):
        word = before[k].lower()
        if word in lex.words["vehicle_nouns"]:
            return True
        if not (_CODE_RE.fullmatch(word) or before[k][:1].isupper() or word in ("dengan", "registrasi", "nomor")
                or before[k][:1].isdigit()):
            return False
    return False


_CODE_RE = re.compile(r"[a-z]+-?\d*[a-z\d]*-[a-z\d]+|[a-z]+\d+[a-z\d-]*")


def _inside_at(low: list[str], noun_at: int | None) -> int | None:
    """Where "di dalam"/"di atas" follows the asked noun: a "yang" clause after the container
    is the container's ("orang di dalam pesawat … yang hilang kontak": the plane went missing)."""
    if noun_at is None:
        return None
    return next((i for i in range(noun_at + 1, len(low) - 1) if low[i] == "di" and low[i + 1] in ("dalam", "atas")), None)


AFTER_REACH = 4   # words after "setelah" in which a change says when, not what: "setelah tarif cukai rokok naik"


_CONSEQUENCE_WORDS = frozenset({"membuat", "menyebabkan", "mengakibatkan", "sehingga", "berakibat"})


def _after_when(low: list[str], w: dict[str, frozenset[str]]) -> set[int]:
    """Positions of the words a "setelah" clause holds: a change there is when the asked level holds."""
    return {i + k for i, t in enumerate(low) if t in w["after_words"] for k in range(1, AFTER_REACH + 1)}


_CLUB_RE = re.compile(r"(?:Pers[a-z]{2,}|PS[A-Z]{0,3})")


def _club_name_before(word: str) -> bool:
    """Whether a word before a place makes it a football club's name: "Persela Lamongan", "PSM
    Makassar", "Arema Malang" (the club words of frame_words.txt) name a club, not where."""
    return bool(_CLUB_RE.fullmatch(word)) or word.lower() in lexicon().words["club_words"]


COMPANY_NAME_WORDS = 4   # capitalised words after "PT" that may name the company ("PT Solo Manufaktur Kreasi")
_COMPANY_RE = re.compile(rf"\bPT\.?\s+([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){{0,{COMPANY_NAME_WORDS - 1}}})")
_COMPANY_FORMS = frozenset({"tbk", "persero", "pt"})


@lru_cache(maxsize=4096)
def company_names(text: str) -> tuple[tuple[str, ...], ...]:
    """The names of the companies a text writes "PT …", as lower-case words without "Tbk"."""
    out = []
    for m in _COMPANY_RE.finditer(text):
        words = tuple(w for w in re.findall(r"[\w&'-]+", m.group(1).lower()) if w not in _COMPANY_FORMS)
        if words:
            out.append(words)
    return tuple(out)


@lru_cache(maxsize=1024)
def _company_name_positions(toks: tuple[str, ...]) -> frozenset[int]:
    """Token positions inside a company's name, read as company_names reads it ("PT Solo
    Manufaktur Kreasi": Solo is no place)."""
    out = set()
    for i, t in enumerate(toks):
        if t.rstrip(".") == "PT":
            k = i + 1
            while k < len(toks) and toks[k][:1].isupper() and k - i <= COMPANY_NAME_WORDS:
                out.add(k)
                k += 1
    return frozenset(out)


def _level_marked(low: list[str], q_at: int, stem: Callable[[str], str]) -> bool:
    """Whether the question word asks the level a change reached: "diturunkan menjadi berapa
    persen", "ke kisaran berapa", "dipangkas ke berapa" (not "menit ke berapa": no change before)."""
    if q_at < 1:
        return False
    before = low[q_at - 1]
    return before in lexicon().words["reached_markers"] or (
        before == "ke" and q_at > 1 and _change(low[q_at - 2], stem) is not None)


def _money_words(low: list[str], thing: str | None, w: dict[str, frozenset[str]]) -> tuple[str, ...]:
    """The run of money words the asked one starts: "harta kekayaan" names one thing twice."""
    if thing is None or thing not in low:
        return ()
    if thing in w["money_generic"]:
        # "uang kerugian negara": money, or the loss it names; "uang suap": money, or the bribe said
        # alone ("menerima suap Rp2 miliar"), not any other amount named ("komitmen fee")
        i = low.index(thing)
        after = low[i + 1] if i + 1 < len(low) else ""
        return (thing, after) if after in w["money_nouns"] | w["money_things"] else (thing,)
    things = w["money_nouns"] | w["money_things"]
    i = low.index(thing)
    run = [thing]
    while i + len(run) < len(low) and low[i + len(run)] in things:
        run.append(low[i + len(run)])
    return tuple(run)


def _money_thing(low: list[str], noun_at: int | None, w: dict[str, frozenset[str]]) -> str | None:
    """What amount of money a question asks, or None: its noun ("berapa iuran …"), or the money word
    after a head that only says "how much" ("berapa target penerimaan cukai", "berapa nilai dana
    hibah", "berapa total harta kekayaan")."""
    if noun_at is None:
        return None
    noun = low[noun_at]
    things = w["money_nouns"] | w["money_things"]
    if noun in w["change_heads"]:   # "berapa penurunan impor dari China": a change of an amount
        return next((t for t in low[noun_at + 1:noun_at + 3] if t in things | w["trade_things"]), None)
    if noun in w["money_heads"] or noun in w["money_named_heads"]:
        thing = next((t for t in low[noun_at + 1:noun_at + 4] if t in things), None)
        # "berapa nilai proyek e-KTP": a value is an amount of money whatever it is of
        return thing or (noun if noun in w["money_value_heads"] else None)
    return noun if noun in things else None


def _balance_of_goods(toks: list[str], low: list[str], noun_at: int | None, money_thing: str,
                      w: dict[str, frozenset[str]]) -> bool:
    """A surplus or deficit of a thing ("surplus daging ayam", "defisit gula") is an amount of that
    thing; of a trade, a budget or a named body ("surplus neraca perdagangan", "defisit APBN",
    "defisit BPJS Kesehatan") it is money. The word after the balance word tells which."""
    if money_thing not in w["balance_words"] or noun_at is None or money_thing not in low[noun_at:]:
        return False
    at = low.index(money_thing, noun_at) + 1
    if at >= len(low) or not w["currencies"].isdisjoint(low) or not w["money_units"].isdisjoint(low) \
            or not w["money_scales"].isdisjoint(low):
        return False
    after = toks[at]
    return after.islower() and after.isalpha() and low[at] not in w["balance_money_of"] \
        and low[at] not in lexicon().stopwords and low[at] not in lexicon().places and low[at] not in w["not_nouns"]


def _value_of(low: list[str], noun_at: int | None, money_thing: str | None, w: dict[str, frozenset[str]],
              skip: frozenset[str] | set[str]) -> str | None:
    """The word a value asked is the value of: "berapa nilai ekspor Indonesia" asks the exports'
    value, not any amount called "nilai" ("nilai pasar iklan digital")."""
    if noun_at is None or money_thing is None or money_thing not in w["money_value_heads"]:
        return None
    return next((t for t in low[noun_at + 1:noun_at + 3] if t[:1].isalpha() and t not in skip), None)


def _asked_durations(low: list[str], q_at: int, w: dict[str, frozenset[str]]) -> tuple[str, ...]:
    """ "berapa tahun hukuman penjara …" asks years; "berapa lama vonis …" a span in any unit."""
    after = low[q_at + 1] if 0 <= q_at < len(low) - 1 else ""
    if after in w["duration_units"]:
        return (after,)
    if after in w["duration_words"]:
        return tuple(sorted(w["duration_units"]))
    # "berapa ancaman hukuman penjara maksimal …", "berapa hukuman penjara …": a prison term is a
    # span, in any unit ("ancaman pidana maksimal enam tahun"); with a fine asked too ("… dan
    # denda"), the fine answers beside it (answer._compose_quantity)
    head = low[q_at + 1:q_at + 4] if q_at >= 0 else []
    if head and (head[0] in w["penalty_words"] or head[0] in w["penalty_heads"]) \
            and set(head) & w["prison_words"]:
        return tuple(sorted(w["duration_units"]))
    return ()


# ---------------------------------------------------------------- a part, not the whole
def _deceit_victims_only(toks: list[str], low: list[str]) -> bool:
    """Every "korban" of the text is a victim of a deceit ("korban penipuan", "korban First
    Travel"), not of a disaster or an attack: no casualty. A name that is an event or a place
    ("korban Gempa Palu", "korban Banjir Bekasi") still is one."""
    lex = lexicon()
    spots = [i for i, t in enumerate(low) if t == "korban"]
    return bool(spots) and all(
        i + 1 < len(low) and (low[i + 1] in lex.words["fraud_words"] or (
            toks[i + 1][:1].isupper() and not lex.events.at(low, i + 1) and not lex.aliases.at(low, i + 1)
            and low[i + 1] not in lex.places)) for i in spots)


def _asked_kind(low: list[str], noun_at: int | None, lex: Lexicon, skip: frozenset[str] | set[str]) -> str | None:
    """The word right after the counted noun when it names its kind ("medali perunggu",
    "penumpang kereta"): no function word, predicate, name or number."""
    if noun_at is None or noun_at + 1 >= len(low):
        return None
    i = noun_at + 1
    if low[noun_at] in ("harga", "harganya"):
        # "harga eceran tertinggi (HET) gula pasir": the good after the price's own words and initials
        while i < len(low) and (low[i] in _PRICE_FILLERS
                                or low[i] == "".join(w[0] for w in low[noun_at:i] if w)):
            i += 1
        if i >= len(low):
            return None
    word = low[i]
    if (not word.isalpha() or word in skip or lex.predicates.at(low, i) or lex.names.at(low, i)
            or lex.aliases.at(low, i) or lex.events.at(low, i)):
        return None
    return word


# "tiga emas, dua perak, dan satu perunggu": figures each counted by a kind of one word, in a row
_SMALL_NUMBER = r"(?:\d[\d.,]*|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\w+\s+belas|\w+\s+puluh)"
_KIND_LIST_RE = re.compile(rf"\s*,\s*{_SMALL_NUMBER}\s+[a-z]+\s*(?:,\s*|\s+)(?:dan\s+|serta\s+)?{_SMALL_NUMBER}\s+[a-z]+\b", re.I)


def _noun_kind_leads(before: str, noun: str, kind: str) -> bool:
    """The noun and its kind ("kunjungan wisman") open the phrase a figure closes, with no figure
    between them and it, nor one they count ("21 juta data penumpang …", two words before)."""
    m = re.search(rf"\b{re.escape(noun)}\s+{re.escape(kind)}\b[^\d.;,]{{0,50}}$", before)
    if m is None:
        return False
    prev = WORD_RE.findall(before[:m.start()])[-2:]
    counted = bool(prev) and (prev[-1][:1].isdigit() or (len(prev) == 2 and prev[0][:1].isdigit() and (
        prev[1] in _SCALE_WORDS or prev[1] in CLASSIFIERS)))
    return not counted


def kind_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A kind asked ("berapa medali perunggu") is not another kind the sentence lists beside it:
    "38 medali emas, 63 perak, dan 90 perunggu" gives 90 for bronze (the noun left out: "90
    perunggu" counts medals, after "38 medali"), never 38. Judged only when the sentence gives the
    asked kind a figure of its own; a figure counted by the kind word alone ("penumpang" in "data
    penumpang" is no kind) only right after a figure of the noun."""
    kind, pipeline = frame.kind, frame.pipeline
    if not kind or pipeline is None or not frame.noun or frame.noun.lower() in lexicon().words["money_heads"]:
        return True     # "berapa target medali emas": the head's next word is what is counted, no kind
    unit = (q.get("unit") or "").lower()
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    noun = frame.noun.lower()
    if pipeline.noun_key(noun) == pipeline.noun_key(kind.lower()):
        return True   # "personel militer": the kind says what the noun says (both tentara), no kind of it
    if unit and pipeline.noun_key(unit) == pipeline.noun_key(kind) and (
            noun in lexicon().words["count_classifiers"]
            or (noun in lexicon().words["generic_nouns"] and (q.get("text") or "").lower().endswith(" " + noun))):
        # "berapa butir peluru tajam": "117 Peluru Tajam" counts the bullets the classifier counts;
        # "berapa orang saksi": "53 orang saksi" counts the witnesses (not "100 karyawan" said alone)
        return True
    if noun in lexicon().words["status_heads"]:
        if unit in CLASSIFIERS and (other := _status_kind_before(q, noun)) and other != kind.lower() \
                and pipeline.stem(other) != pipeline.stem(kind) and pipeline.known_word(other):
            return False   # "calon kepala daerah" asked: "calon gubernur sebanyak 23 orang" is one kind of them
        if unit and pipeline.noun_key(unit) == pipeline.noun_key(kind):
            return True   # "calon jemaah": "58 ribu jemaah yang gagal diberangkatkan" counts them too
        if unit and pipeline.noun_key(unit) == pipeline.noun_key(noun):
            # "calon haji" asked: "empat calon yang mendaftar di KPU" are candidates, not pilgrims
            nxt = WORD_RE.findall(sentence[at + len(q.get("text") or ""):])[:1]
            pilgrims = lexicon().words["pilgrim_nouns"]
            kinds = pilgrims if kind.lower() in pilgrims else {kind.lower()}   # "calon jemaah haji" is "calon haji"
            return bool(nxt) and pipeline.noun_key(nxt[0].lower()) in {pipeline.noun_key(x) for x in kinds}
    if unit and noun in lexicon().words["compound_heads"] and pipeline.noun_key(unit) == pipeline.noun_key(kind):
        return True   # "berapa tenaga kerja": one noun of two words; "sekitar 2 juta pekerja" counts them
    if unit and pipeline.noun_key(unit) == pipeline.noun_key(kind):
        # counted by its kind alone only after a figure of the noun itself (the noun left out), or
        # as the first of a list of kinds ("merebut tiga emas, dua perak, dan satu perunggu")
        return (re.search(rf"\d[\d.,]*\s+{re.escape(noun)}\b", sentence[:at].lower()) is not None
                or _KIND_LIST_RE.match(sentence, at + len(q.get("text") or "")) is not None
                # "kunjungan wisman ke Sumut mencapai 137.000": the noun and its kind said before the
                # figure, in its clause, is what it counts (not when they are another figure's noun:
                # "12 orang wakil menteri untuk 11 kementerian")
                or _noun_kind_leads(sentence[:at].lower(), noun, kind.lower()))
    if not unit or pipeline.noun_key(unit) != pipeline.noun_key(noun):
        return True
    after = WORD_RE.findall(sentence[at + len(q.get("text") or ""):][:40])
    own = after[0].lower() if after and after[0][:1].isalpha() else None
    if own is None or own == kind:
        return True
    if own == "dari" and re.match(rf"\s*dari\s+\d[\d.,]*\s+{re.escape(noun)}\s+{re.escape(kind)}\b",
                                  sentence[at + len(q.get("text") or ""):], re.I):
        return True   # "164 dari 166 titik Sekolah Rakyat": the count of the kind named after its whole
    if own in lexicon().stopwords and (noun not in lexicon().words["held_nouns"] or _breakdown_re().search(sentence[:at])):
        # a figure naming no kind of its own: "166 titik posko … dengan rincian 70 titik di Jawa", "165
        # sekolah rakyat dari proyeksi 500 sekolah yang akan terbangun" (a tally's "191 medali di SEA
        # Games" is the whole, not the asked kind)
        return True
    from .claims import WORD_NUM   # claims imports this module
    # "sembilan jenis plastik di lima jenis jaringan": the asked kind's own figure, in digits or words
    listed = re.search(rf"(?:\d[\d.,]*|\b(?:{WORD_NUM}))\s+(?:{re.escape(noun)}\s+)?{re.escape(kind)}\b",
                       sentence.lower())
    if listed is not None:
        return False
    # of a tally (medals, seats, votes): a plain word of its own right after the noun that the
    # question does not say names another kind ("55 medali emas" for bronze); function words, names
    # and verbs do not ("32 medali dengan …", "medali Indonesia", "medali diraih")
    word = after[0]
    if noun not in lexicon().words["held_nouns"] or own in _question_stems(frame):
        return True
    return not (word.islower() and own not in lexicon().stopwords and own not in lexicon().words["not_kinds"]
                and own not in lexicon().words["time_words"]   # "15 medali hari ini"
                and pipeline.stem(own) != pipeline.stem(kind)   # "rudal penjelajah" is "rudal jelajah"
                and not _verb_like(own, pipeline.stem) and pipeline.known_word(own))


def subgroup_named_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A subgroup asked by sex ("berapa menteri perempuan di kabinet baru Abe", "atlet putri") is
    counted only by a sentence naming that sex: "Rencananya ada 19 menteri baru dalam kabinet Abe"
    counts all the new ministers, men and women. Either word of a sex names it ("wanita" for
    "perempuan", "laki-laki" for "pria")."""
    kind = (frame.kind or "").lower()
    family = next((f for f in _SEXES if kind in f), None)
    if family is None or _question_names_both_sexes(frame.question_text):
        return True
    return bool(family & _lower_word_set(sentence))


_SEXES = (frozenset({"perempuan", "wanita", "putri", "puteri", "srikandi", "ibu-ibu", "perempuannya"}),
          frozenset({"pria", "laki-laki", "lelaki", "putra", "putera", "bapak-bapak"}))


def _question_names_both_sexes(question: str) -> bool:
    words = _lower_word_set(question)
    return all(f & words for f in _SEXES)


@lru_cache(maxsize=4096)   # a sentence's, for each of its figures
def _lower_word_set(text: str) -> frozenset[str]:
    return frozenset(_lower_words(text))


def _status_kind_before(q: dict[str, Any], noun: str) -> str | None:
    """The word right after the status noun before a classifier's figure: "calon bupati sebanyak
    139 orang" gives bupati."""
    before = [w.lower() for w in (q.get("before") or "").split()]
    at = max((i for i, w in enumerate(before) if w == noun), default=None)
    if at is None or at + 1 >= len(before):
        return None
    word = before[at + 1]
    return word if word.isalpha() and word not in lexicon().stopwords else None


@lru_cache(maxsize=512)   # read once per question, not once per figure
def _question_stems(frame: QuestionFrame) -> frozenset[str]:
    """The question's words and their stems."""
    words = [t.lower() for t in WORD_RE.findall(frame.question_text)]
    return frozenset(words) | ({frame.pipeline.stem(t) for t in words} if frame.pipeline is not None else set())


def part_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A question about a part ("anggota DPR yang hadir", "yang menandatangani daftar hadir")
    takes no whole it is counted out of: "77 anggota dari 560 anggota dewan", "dari total 560
    orang anggota DPR", "total anggota dewan mencapai 560 orang"."""
    if not frame.part:
        return True
    at = figure_at(sentence, q["text"])
    if at < 0:
        return True
    if _OUT_OF_TOTAL_BEFORE_RE.search(sentence, max(0, at - 80), at):
        return False   # "… adalah 2.876.637 dari total perolehan suara partai sebanyak 15.626.336": the whole
    w = lexicon().words
    before = [t.lower() for t in WORD_RE.findall(sentence[max(0, at - 60):at])]
    i = len(before) - 1
    while i >= 0 and before[i] in w["whole_words"]:
        if before[i] in ("total", "keseluruhan", "seluruh"):
            # "total 560 anggota", "dari total 560"; but a total of those who did the asked deed is
            # the asked part ("persoalan … melibatkan 7 juta peserta dengan total 18 juta polis")
            return i > 0 and before[i - 1] != "dari" and _part_deed_said(frame, sentence, at)
        i -= 1
    return not (i >= 0 and before[i] == "dari" and any(t[:1].isdigit() for t in before[max(0, i - 4):i]))


# the whole a part was counted out of, named before its figure: "dari total perolehan suara partai sebanyak"
_OUT_OF_TOTAL_BEFORE_RE = re.compile(r"\bdari\s+(?:total|keseluruhan|seluruh)\s+(?:[^\W\d_]+\s+){1,5}"
                                     r"(?:sebanyak|sebesar|sejumlah|mencapai|yakni|yaitu)\s+$", re.I)
_NOT_DONE = frozenset({"belum", "tidak", "tak", "bukan"})   # "… yang belum terpasang": the deed not done


def _part_deed_said(frame: QuestionFrame, sentence: str, at: int) -> bool:
    """Whether the figure's clause says the deed the question's part clause asks ("polis yang
    terlibat": "melibatkan … 18 juta polis"), by its stem."""
    pipeline = frame.pipeline
    low = _lower_words(frame.question_text)
    if pipeline is None or "yang" not in low:
        return False
    deed = next((t for t in low[low.index("yang") + 1:] if t not in lexicon().stopwords), None)
    if deed is None or not _verb_like(deed, pipeline.stem):
        return False
    words = _clause_words(sentence, at)
    return any(pipeline.stem(t) == pipeline.stem(deed) and not (k and words[k - 1] in _NOT_DONE)
               for k, t in enumerate(words))


_DRAWN_OUT_OF_RE = re.compile(   # "dari (sekian banyak) korban luka itu": a group told of before
    r"^\s*(?:[^\W\d_]+\s+)?dari\s+(?:(?:sekian\s+banyak|para|seluruh|semua|sejumlah)\s+)?"
    r"(?P<group>(?:[^\W\d_][\w-]*\s+){0,4}?[^\W\d_][\w-]*)\s+(?:itu|tersebut|ini)\b", re.I)


def drawn_from_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A figure drawn out of the asked group ("Lima orang dari sekian banyak korban luka itu
    diketahui mengalami kritis") counts a part of it, not the group: a question about the wounded
    takes no count of the critical among them, unless it asks what the rest of the sentence says
    of them. The group is the asked noun or casualty, told of before ("itu", "tersebut"): in "Dua
    orang dari seluruh penumpang tewas" what befell the two is said after them, and it is asked."""
    pipeline = frame.pipeline
    at = figure_at(sentence, q.get("text") or "")
    if pipeline is None or at < 0:
        return True
    rest = sentence[at + len(q.get("text") or ""):]
    m = _DRAWN_OUT_OF_RE.match(rest)
    if not m:
        return True
    stem = pipeline.stem
    asked = _stemmed_words(frame.question_text, stem)
    group = _stemmed_words(m.group("group"), stem)
    named = ({stem(frame.noun.lower())} if frame.noun else set()) | {
        stem(t) for t in CASUALTY_WORDS if stem(t) in asked}
    if not group & named:
        return True
    stop = lexicon().stopwords
    said_after = {stem(t) for t in _lower_words(rest[m.end():]) if t not in stop and t.isalpha()}
    return bool(said_after & asked - group)   # "… yang kritis" asked: what is said of the part


def amounts_answer(frame: QuestionFrame) -> bool:
    """Can an amount of money answer? Only when money is asked, or the asked noun is a money word
    or unit: "berapa penerima BLT …" and "berapa persen harga minyak naik" take no "Rp 300 ribu" or
    "US$ 69,02 per barel"."""
    w = lexicon().words
    return frame.money or bool(frame.noun and frame.noun.lower() in (
        w["money_heads"] | w["money_things"] | w["money_units"] | money_acronyms())) or market_level_asked(frame)


@lru_cache(maxsize=1)
def money_acronyms() -> frozenset[str]:
    """Acronyms of money things ("UMP" upah minimum provinsi, "APBN" anggaran …, "KUR" kredit usaha
    rakyat): those aliases.txt writes out with a money word first, and frame_words' money_acronyms."""
    w = lexicon().words
    written = {canon for toks, canon in lexicon().aliases.map.items()
               if len(toks) > 1 and toks[0] in w["money_things"] and toks[0] != "komisi"}   # KPU: no fee
    return frozenset(written | w["money_acronyms"])


def market_level_asked(frame: QuestionFrame) -> bool:
    """A currency's level at a market moment ("rupiah ditutup di level berapa per dolar AS"): an
    amount in the other currency ("Rp 16.335/US$") is the answer."""
    low = set(_lower_words(frame.question_text))
    w = lexicon().words
    noun = (frame.noun or "").lower()
    return bool((noun in w["price_level_words"] or noun == "posisi")
                and low & w["money_units"] and low & w["market_moments"])


def stated_total(q: dict[str, Any], sentence: str) -> bool:
    """The figure is said to be a total: "dengan total Rp 26,5 miliar", "totalnya 280 suara",
    "seluruhnya 47 orang" (a total word among the three words before it), or its class is total."""
    if TOTAL in (q.get("predicates") or []):
        return True
    at = figure_at(sentence, q["text"])
    w = lexicon().words
    skip = w["currencies"] | {"rp", "sebesar", "senilai", "sebanyak", "mencapai", "sekitar", "sekira"}
    before = [t for t in (t.lower() for t in WORD_RE.findall(sentence[max(0, at - 60):at])) if t not in skip][-3:] \
        if at >= 0 else []
    return bool(set(before) & w["total_words"])   # "total kekayaan sebesar Rp22,6 miliar" too


# ---------------------------------------------------------------- rates over time, breakdowns
PER_REACH = 5   # words after a figure in which "per jam" / "setiap tahun" makes it a rate


_OTHERS_ASKED_RE = re.compile(r"\bberapa\s+[^\W\d_]+\s+lain(?:nya)?\b", re.I)


def count_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str, siblings: list[dict[str, Any]] = ()) -> bool:
    """A count asked ("berapa orang tewas dalam kecelakaan …") is no rate over time ("2 atau 3 orang
    meninggal per jam", "26.000 jiwa meninggal setiap tahun") unless the question asks one, and no
    part of a breakdown after the total ("8 orang … terdiri dari 6 orang korban luka bakar dan dua
    orang …") unless it names a kind, or is the part said to be of the asked class when no earlier
    figure is ("299 orang … dengan rincian 187 orang yang menandatangani" for who signed). The rest
    of a group ("satu penumpang lain") answers no plain count, and a count over the last days no
    running total asked ("sejak demonstrasi dimulai")."""
    at = figure_at(sentence, q["text"])
    if at < 0:
        return True
    w = lexicon().words
    end = at + len(q["text"])
    after = [t.lower() for t in WORD_RE.findall(sentence[end:end + 80])[:PER_REACH + 1]]
    unit = (q.get("unit") or "").lower()
    # ("Rp 110.000 per bulan" is a price; "50.000 mil per jam" a speed, when a dimension is asked)
    counted = bool(unit) and unit not in w["measure_nouns"] and not frame.money \
        and (frame.noun or "").lower() not in w["dimension_nouns"]
    if counted and not frame.per:
        for i, t in enumerate(after[:PER_REACH]):
            if t in (".", ";", ",") or t[:1].isdigit():
                break
            if t in w["per_words"] and after[i + 1] in w["time_words"]:
                return False
            if t.startswith("per") and t[3:] in w["time_words"]:
                return False   # "1.800 Pelanggaran Perhari": "per hari" written as one word
    if after and after[0] in ("lain", "lainnya") and not frame.predicates and not frame.casualty \
            and not _OTHERS_ASKED_RE.search(frame.question_text):
        # "satu penumpang lain": the rest of a group, not how many there were (unless the rest is
        # asked: "bersaing dengan berapa tim lain")
        return False
    if frame.since and any(_RECENT_WINDOW_RE.search(part) for part in (
            sentence[max(0, at - 60):at].rsplit(",", 1)[-1], sentence[end:end + 80].split(",", 1)[0])):
        return False   # "menangkap 157 orang selama tiga hari terakhir" is no running total
    if frame.labels or not unit:
        return True
    before = sentence[:at]
    cut = max((m.start() for m in _breakdown_re().finditer(before)), default=-1)
    if cut < 0 or re.search(r";|\.(?!\d)", before[cut:]):   # (not "38.480": a thousands dot)
        return True
    if frame.places and _place_right_after(sentence, end) in frame.places:
        return True   # "… dengan rincian 35 titik di Sumatra, 70 titik di Jawa" asked of Jawa: its part is the answer
    asked = set(frame.predicates)
    if asked & set(q.get("predicates") or []) and not any(
            asked & set(o.get("predicates") or []) and 0 <= figure_at(sentence, o["text"]) < at for o in siblings):
        return True
    # a figure of the same noun before the breakdown word is the whole this one is a part of
    # ("371.286 orang, yang terdiri dari 38.480 orang pejalan kaki dan 332.806 orang penyeberang …":
    # counted with the same classifier)
    counted_by = {unit} | ({unit} & CLASSIFIERS) | ({q["text"].split()[-1].lower()} & CLASSIFIERS)
    return not any(m.group(1).lower() in counted_by or (unit in CLASSIFIERS and m.group(1).lower() in CLASSIFIERS)
                   for m in re.finditer(r"\d[\d.,]*\s+([^\W\d_]+)", before[:cut]))


_RECENT_WINDOW_RE = re.compile(r"\b(?:selama|dalam)\s+(?:\d+|[a-z]+)\s+(?:jam|hari|pekan|minggu|bulan)\s+terakhir\b", re.I)


@lru_cache(maxsize=1)
def _breakdown_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(lexicon().words["breakdown_words"])) + r")\b", re.I)


# ---------------------------------------------------------------- places in an order
_ASKED_ORDINAL_RE = re.compile(r"\b([a-z]+)\s+ke\s*-?\s*berapa\b|\b(peringkat|posisi|urutan|ranking|rangking|lantai|km|kilometer)\s+berapa\b", re.I)
_ORDINAL_SPELLINGS = {"kilometer": "km"}   # a point on a road as figures name it


def asked_ordinal(question: str) -> str | None:
    """The noun of the order a question asks a place in ("menit ke berapa", "peringkat berapa",
    "emiten ke-berapa"), or None for a count."""
    m = _ASKED_ORDINAL_RE.search(question)
    if not m:
        return None
    noun = (m.group(1) or m.group(2)).lower()
    return _ORDINAL_SPELLINGS.get(noun, noun)


def ordinal_fits(frame: QuestionFrame, q: dict[str, Any]) -> bool:
    """A place in an order ("menit ke-56", "peringkat kelima") answers only a question asking one,
    of the same order (ranks answer each other; a company is an issuer); such a question takes
    no count."""
    if not q.get("ordinal"):
        return frame.ordinal is None
    if frame.ordinal is None:
        return False
    lex = lexicon().words
    asked, said = frame.ordinal, (q.get("unit") or "").lower()
    same = {"perusahaan", "emiten"}
    return asked == said or (asked in lex["rank_nouns"] and said in lex["rank_nouns"]) or {asked, said} <= same


_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")


def minute_scorer_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A minute asked of a named player ("menit ke berapa Syafiq Ahmad mencetak gol") is not the
    minute of another player the sentence names first: "dicetak oleh Sumareh pada menit ke-37 dan
    90+7, Syafiq Ahmad pada menit ke-66" gives 66. Judged only when the sentence names the asked
    player and a name stands before the minute."""
    if frame.ordinal != "menit" or not q.get("ordinal"):
        return True
    lex = lexicon()
    asked = {w for w in _names_asked(frame.question_text) if not lex.aliases.at([w], 0)}
    said = set(_lower_words(sentence))
    if not asked & said:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at <= 0:
        return True
    runs = [[w.lower() for w in m.group().split() if w.lower() not in lex.stopwords]
            for m in _CAPITALISED_RUN_RE.finditer(sentence, max(0, at - 60), at)]
    runs = [r for r in runs if r and not set(r) <= set(lex.places)]
    return not runs or bool(set(runs[-1]) & asked)


_MOVED_TO_ASKED_RE = re.compile(r"\b(?:ke|menjadi)\s+(?:[a-z]+\s+)?berapa\b", re.I)
_MOVED_ON_RE = re.compile(r"\s*,?\s*(?:ke|menjadi)\s+(?:[a-z]+\s+)?(?:ke\s?-?\s?)?\d")


def moved_to_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A place moved to asked ("dipindahkan … ke kilometer berapa", "naik ke peringkat berapa") is
    not the place moved from: "dari semula berada di kilometer 1 ke kilometer 4,75" gives 4,75."""
    if not q.get("ordinal") or frame.ordinal is None or not _MOVED_TO_ASKED_RE.search(frame.question_text):
        return True
    at = figure_at(sentence, q.get("text") or "")
    return at < 0 or not _MOVED_ON_RE.match(sentence, at + len(q.get("text") or ""))


_RELATIVE_HOLDER_RE = re.compile(r"\b([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+yang\s+(?:[a-z]+\s+){1,2}$")


def relative_holder_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """"Merah Putih kalah dari China yang mengumpulkan 17 gelar": a place a "yang" clause hangs the
    figure on is whose it is; a question asking another place's takes none of it."""
    if not frame.places:
        return True
    at = figure_at(sentence, q.get("text") or "")
    m = _RELATIVE_HOLDER_RE.search(sentence[max(0, at - 60):at]) if at > 0 else None
    if m is None:
        return True
    held = {key for _, _, key in _place_spans(m.group(1).split())}
    return not held or bool(held & (set(frame.places) | set(frame.entities)))


_AGE_ASKED_RE = re.compile(r"\b(?:usia|umur|berusia|berumur)\b", re.I)
_AGE_WORD_RE = re.compile(r"\b(?:usia(?:nya)?|umur(?:nya)?|berusia|berumur)(?:\s+(?:yang|masih|baru|sudah|telah|genap|kini|"
                          r"saat|ini|itu))*\s*$", re.I)   # "usianya yang masih 19 tahun", "berusia baru 16 tahun"
AGE_HOLDER_WORDS = 2   # words before "berusia" that say whose age it is ("Karjakin masih", "miliuner China")
_APPOSED_NAME_RE = re.compile(r"\b([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s*,\s*$")
_YEARS_APPOSED_RE = re.compile(r"\s*tahun\s*,", re.I)
# "… bernama Rudi Mom yang masih 3 tahun." (years that end the clause: "yang baru 2 tahun menjabat" is a span)
_NAME_YEARS_CLAUSE_RE = re.compile(r"\b([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+yang\s+(?:masih|baru|kini)\s+$")
_YEARS_CLAUSE_END_RE = re.compile(r"\s*tahun\s*(?:[.;,)]|$)", re.I)
_BRACKETED_AGE_NAME_RE = re.compile(r"\b([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s*\(\s*$")
_YEARS_BRACKET_CLOSED_RE = re.compile(r"\s*(?:tahun|thn)\s*\)", re.I)


@lru_cache(maxsize=256)   # read for every figure of every question (age_fits, lead_dates)
def asks_age(question: str) -> bool:
    """The question asks how old someone is ("berapa usia sopir truk …", "umur Imam"); an age
    group it names ("anak usia sekolah", "pembinaan usia dini") asks no age, nor an age it states
    ("berapa persen perempuan … yang menikah sebelum berusia 18 tahun", "usia 20-24 tahun"), nor
    minors ("anak di bawah umur")."""
    groups = lexicon().words["age_group_words"]
    for m in _AGE_ASKED_RE.finditer(question):
        nxt = _NEXT_WORD_AFTER_RE.match(question, m.end())
        if nxt and (nxt.group(1)[0].isdigit() or nxt.group(1).lower() in _AGE_NUMBER_WORDS):
            continue
        if (under := _UNDER_AGE_RE.search(question, max(0, m.start() - UNDER_AGE_REACH), m.end())) and under.end() == m.end():
            continue   # "anak Indonesia di bawah umur": minors, no age asked
        if not (nxt and nxt.group(1).lower() in groups and m.group().lower() in ("usia", "umur")):
            return True
    return False


_UNDER_AGE_RE = re.compile(r"\b(?:di\s+)?bawah\s+(?:umur|usia)\b", re.I)
UNDER_AGE_REACH = 12   # characters before "umur" read for "di bawah"
_AGE_NUMBER_WORDS = frozenset({"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                               "sebelas", "seratus"})


_NEXT_WORD_AFTER_RE = re.compile(r"\s+(\w+)")


def _age_holder(q: dict[str, Any], sentence: str) -> tuple[list[str], int] | None:
    """Whose age a figure is, as the words naming them and where those words end: the name before a
    bracketed age ("Zaenal Abidin (43)"), the words before "berusia"/"usia" ("Karjakin masih
    berusia 12 tahun"), or a name the age stands in apposition to ("Kivlan, 73 tahun, didakwa");
    None when the figure is said to be no age."""
    if q.get("age"):
        # (the name right before the figure: "Menurut Andri, … atas nama Andri (25)" names him twice)
        fig = figure_at(sentence, q.get("text") or "") if q.get("text") else -1
        at = sentence.rfind(q["age"], 0, fig) if fig > 0 else -1
        at = at if at >= 0 else sentence.find(q["age"])
        return ([w.lower() for w in WORD_RE.findall(q["age"])], at) if at >= 0 else None
    text = q.get("text") or ""
    at = figure_at(sentence, text) if text else -1
    word = _AGE_WORD_RE.search(sentence[max(0, at - 40):at]) if at >= 0 else None
    if word is None:
        # an age in brackets with its unit: "Atsushi Ono (58 tahun) meninggal dunia"
        if at > 0 and (named := _BRACKETED_AGE_NAME_RE.search(sentence[max(0, at - 50):at])) \
                and _YEARS_BRACKET_CLOSED_RE.match(sentence, at + len(text)):
            return [w.lower() for w in WORD_RE.findall(named.group(1))], max(0, at - 50) + named.end(1)
        # "balita laki-laki bernama Rudi Mom yang masih 3 tahun.": a name's relative clause of years alone
        if at > 0 and (named := _NAME_YEARS_CLAUSE_RE.search(sentence[max(0, at - 60):at])) \
                and _YEARS_CLAUSE_END_RE.match(sentence, at + len(text)):
            return [w.lower() for w in WORD_RE.findall(named.group(1))], max(0, at - 60) + named.end(1)
        # an age in apposition: "Kivlan, 73 tahun, didakwa …"
        name = _APPOSED_NAME_RE.search(sentence[max(0, at - 50):at]) if at > 0 else None
        after = sentence[at + len(text):]
        if name is None or not (_YEARS_APPOSED_RE.match(after)
                                or ((q.get("unit") or "").lower() == "tahun" and after.lstrip().startswith(","))):
            return None
        return [w.lower() for w in WORD_RE.findall(name.group(1))], max(0, at - 50) + name.end(1)
    end = max(0, at - 40) + word.start()
    words = _words_since_break(sentence[:end])
    if not words and (name := _APPOSED_NAME_RE.search(sentence[max(0, end - 50):end])):
        # "Seni, berusia 80 tahun, diduga tak sengaja tercebur sumur": the name the age is set beside
        return [w.lower() for w in WORD_RE.findall(name.group(1))], max(0, end - 50) + name.end(1)
    if not [w for w in words if w.isalnum() and w.lower() not in _AGE_OPENERS] \
            and (after := _NAME_APPOSED_AFTER_RE.match(sentence, at + len(text))):
        # "Masih berumur 14 tahun, ISS, warga …": the name set off after an age that opens its clause
        return [w.lower() for w in WORD_RE.findall(after.group(1))], after.end(1)
    holder = words[-AGE_HOLDER_WORDS:]
    if "yang" in holder:   # "Seorang pria tua yang diperkirakan berusia 65 tahun": the man the clause tells of
        k = len(words) - len(holder) + holder.index("yang")
        holder = words[max(0, k - AGE_HOLDER_WORDS):k] + holder
    return holder, end


_DEATH_VERBS = frozenset({"meninggal", "wafat", "tewas", "berpulang", "mangkat", "gugur"})
_AGE_OPENERS = frozenset({"masih", "baru", "sudah", "kini", "saat", "ketika", "meski", "walau", "di"})
_NAME_APPOSED_AFTER_RE = re.compile(r"\s*(?:tahun\s*)?,\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,")


def named_age(frame: QuestionFrame, q: dict[str, Any]) -> bool:
    """A bracketed age after the very name the question asks the age of ("berapa usia Bunga Kirana
    Larasati": "Bunga Kirana Larasati (9)"): two of its words, or one no dictionary holds."""
    if not q.get("age") or not asks_age(frame.question_text) or frame.pipeline is None \
            or _role_asked_unnamed(frame.question_text):
        return False
    holder = {w.lower() for w in WORD_RE.findall(q["age"])}
    if (name := _name_words_after_age(frame.question_text)) and not name & holder:
        return False   # "umur anak kembar Angga dan Angki Masus yang dibunuh ibu kandungnya, Dewi Regina": not "Dewi Regina (24)"
    shared = holder & _capitalised_asked(frame.question_text)
    return len(shared) >= 2 or any(not frame.pipeline.known_word(w) for w in shared)


@lru_cache(maxsize=256)   # read for every figure of an age question
def _capitalised_asked(question: str) -> frozenset[str]:
    """The question's capitalised words but its first, lower case: the names whose age it asks."""
    return frozenset(w.lower() for w in WORD_RE.findall(question)[1:] if w[:1].isupper())


@lru_cache(maxsize=512)   # read per figure, the same for all of a question's
def _names_asked(question: str) -> frozenset[str]:
    """_capitalised_asked without places and function words: the people (or teams) it names."""
    lex = lexicon()
    return frozenset(w for w in _capitalised_asked(question) if w not in lex.places and w not in lex.stopwords)


_SINCE_AGE_RE = re.compile(r"\bsejak\s+(?:usia|umur|berusia|berumur)\b", re.I)   # the age something began at


@lru_cache(maxsize=256)   # read for every figure of an age question
def _age_words(question: str) -> tuple[tuple[str, ...], int | None]:
    """The question's words but those saying which age ("sebenarnya"), and where "usia"/"umur" is."""
    words = tuple(w for w in WORD_RE.findall(question) if w.lower() not in _AGE_ADVERBS)
    return words, next((i for i, w in enumerate(words) if w.lower() in ("usia", "umur")), None)


def _word_after_age(question: str) -> str:
    """The word after "usia"/"umur" in a question, as written: whose age is asked."""
    words, at = _age_words(question)
    return words[at + 1] if at is not None and at + 1 < len(words) else ""


# (a headline's "Bocah 15 Tahun", "Nenek 93 Tahun Tercebur Sumur": the age ends it or opens the next
# capitalised word)
_YEARS_POINTED_BACK_RE = re.compile(r"\s+(?:(?i:tahun)\s+(?i:itu|ini|tersebut)\b|(?i:tahun)\s*(?:[.,;]|$)|Tahun\s+(?=[A-Z]))")


def _age_pointed_back(q: dict[str, Any], sentence: str) -> bool:
    """"kata aktor 26 tahun itu": a person's age pointing back to them, no span of time asked
    ("berapa tahun pacaran")."""
    text = q.get("text") or ""
    at = figure_at(sentence, text) if text else -1
    if at <= 0 or not _YEARS_POINTED_BACK_RE.match(sentence, at + len(text)) or q.get("unit"):
        return False
    before = _lower_words(sentence[max(0, at - 30):at])[-1:]
    return bool(before) and before[0] in _person_words()


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """Words naming a person (a descriptor, a person noun, a uniformed one): "aktor", "pelari", "polisi"."""
    w = lexicon().words
    return w["person_descriptors"] | w["person_nouns"] | w["uniformed_nouns"]


def lead_dates(frame: QuestionFrame, q: dict[str, Any]) -> list[str] | None:
    """The dates the nearest earlier sentence gives a figure (kept at ingest: a report's lead dates
    its story), none for an age asked: an age is the person's when the report is written, not of
    the day the lead tells ("… menikah 10 November", then "Pria berusia 41 tahun ini …")."""
    return None if asks_age(frame.question_text) else q.get("when")


def age_time_frame(frame: QuestionFrame, q: dict[str, Any]) -> QuestionFrame:
    """The frame an age's time is judged by. An age asked with a day ("berapa usia Mohammad Rozien,
    santri … yang tewas ditusuk …, 6 September 2019") holds on the days around it: "Mohammad Rozian
    (17) … Minggu dini hari, (8/9/2019)" is the arrest's report two days later. An age grows a year
    at a time, so the asked day's month and year hold, not the day."""
    if not frame.dates or not asks_age(frame.question_text) \
            or not (q.get("age") or (q.get("unit") or "").lower() == "tahun"):
        return frame
    return _monthly(frame)


@lru_cache(maxsize=64)   # one per age question asked with a day
def _monthly(frame: QuestionFrame) -> QuestionFrame:
    return replace(frame, dates=(), months=tuple(sorted({int(d[5:7]) for d in frame.dates} | set(frame.months))))


_NOT_WHOSE = frozenset({"berapa", "minimal", "maksimal", "minimum", "maksimum", "rata-rata", "pensiun", "produktif"})   # words after "usia" naming no one


def _role_asked_unnamed(question: str) -> bool:
    """An age asked of a role with no name after it ("usia pelaku yang membegal sopir … Fatur
    Rahman"): the names the question gives later are others', the victim's "Fatur Rahman (27)"."""
    whose = _word_after_age(question)
    return whose.isalpha() and whose.islower() and whose not in _NOT_WHOSE and not _name_after_age(question)


def _name_after_age(question: str) -> str:
    """The first name among the words after "usia"/"umur" ("usia penyanyi Delon Thamrin": Delon), or
    before it when the question ends "pada usia berapa" (the subject's name), or ""."""
    words, at = _age_words(question)
    if at is None:
        return ""
    if at + 1 < len(words) and words[at + 1].lower() == "berapa":
        # "Adik Zayn Malik, Safaa, menikah … pada usia berapa?": the subject named before the deed
        return next((w for w in words[1:at] if w[:1].isupper()), "")
    return next((w for w in words[at + 1:at + 1 + AGE_NAME_REACH] if w[:1].isupper()), "")


AGE_NAME_REACH = 3   # words after "usia" read for the name asked: a role or two may come first


@lru_cache(maxsize=256)   # read for every figure of an age question
def _name_words_after_age(question: str) -> frozenset[str]:
    """The words of the name right after "usia"/"umur" (past a role or two), lower case: "umur anak
    kembar Angga dan Angki Masus" gives {angga}; none when the name comes before ("… pada usia berapa")."""
    words, at = _age_words(question)
    if at is None or (at + 1 < len(words) and words[at + 1].lower() == "berapa"):
        return frozenset()
    for k in range(at + 1, min(len(words), at + 1 + AGE_NAME_REACH)):
        if words[k][:1].isupper():
            end = k   # (two named together: "Angga dan Angki Masus")
            while end < len(words) and (words[end][:1].isupper() or (
                    words[end].lower() in ("dan", "serta") and end + 1 < len(words) and words[end + 1][:1].isupper())):
                end += 1
            return frozenset(w.lower() for w in words[k:end] if w[:1].isupper())
    return frozenset()
# a role set beside the name asked: "usia Milad Jashani, sepupu yang menikahi …"
_ROLE_APPOSED_RE = re.compile(r"\b(?:usia|umur)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*,\s*([a-z]+)\b")


def _role_apposed(question: str) -> str:
    m = _ROLE_APPOSED_RE.search(question)
    return m.group(1) if m else ""


# words after "usia" that say which age, not whose: "berapa usia sebenarnya pria India …"
_AGE_ADVERBS = frozenset({"sebenarnya", "sesungguhnya", "asli", "aslinya", "kini", "sekarang"})


# a description pointing back after an age: "Remaja 16 tahun itu", "perempuan berusia 16 tahun ini"
_POINTS_BACK_RE = re.compile(r"(\s+tahun)?\s+(?:itu|ini|tersebut)\b", re.I)


def _words_since_break(text: str) -> list[str]:
    """The words of text's last clause, lower case: after its last break mark (or comma)."""
    words = [t.lower() for t in WORD_RE.findall(text)]
    cut = max((i for i, t in enumerate(words) if t in BEFORE_BREAK_MARKS), default=-1)
    return words[cut + 1:]


_STOPS_DEED = frozenset({"di", "ke", "dari", "pada", "saat", "ketika", "usai", "setelah", "sejak", "dalam"})


def _deed_after_bracket(question: str, role: str, sentence: str, at: int, stem: Callable[[str], str]) -> bool:
    """The person asked by a role and what befell them ("berapa umur pemancing yang hilang terseret
    ombak"), and a bracketed age followed by that deed ("bernama Gungun (26) terseret ombak dan
    menghilang"): its verb and another of its words, by their stems, in the four words after the
    bracket ("… Fatur Rahman (27), sopir taksi online" is the object of "membegal sopir taksi")."""
    m = re.search(rf"\b{re.escape(role)}\s+yang\s+((?:[\w-]+\s*){{1,5}})", question, re.I)
    if m is None:
        return False
    deed = []
    for t in WORD_RE.findall(m.group(1).lower()):
        if t in _STOPS_DEED:
            break
        if t not in lexicon().stopwords:
            deed.append(stem(t))
    close = sentence.find(")", at)
    after = {stem(t.lower()) for t in WORD_RE.findall(sentence[close + 1:])[:4]} if close >= 0 else set()
    return bool(deed) and deed[0] in after and len(set(deed) & after) >= 2   # the verb, not only its object


def said_age(q: dict[str, Any], sentence: str) -> bool:
    """The figure is said to be an age: "berusia 43 tahun", "Zaenal Abidin (43)"."""
    return _age_holder(q, sentence) is not None


def age_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str, title: str | None = None) -> bool:
    """An age asked ("berapa usia …") takes only ages (a bracketed one after a name, "Zaenal Abidin
    (43)", or one said, "Karjakin masih berusia 12 tahun"), of the person asked: named by the
    question ("berapa usia Pupung Sadili": not "Aulia Kesuma (45)" beside him; "berapa usia Trump":
    not "miliuner China berusia 52 tahun" in a sentence on Trump), or described with the role the
    question names ("berapa usia sopir truk Hino": "pengemudi truk bernama Zaenal Abidin (43)", not
    "Imam (40)" in a list of the dead). An age answers nothing else ("kata aktor 26 tahun itu" is no
    span of time). An age said of a description
    pointing back ("Remaja 16 tahun itu …", "perempuan berusia 16 tahun ini") is of the one its
    story is about: the person asked, when the title names them."""
    question = frame.question_text
    if not asks_age(question):
        return not q.get("age") and not _age_pointed_back(q, sentence)
    if _SINCE_AGE_RE.search(question) and (at := figure_at(sentence, q.get("text") or "")) >= 0 \
            and not re.search(r"\bsejak\b", sentence[max(0, at - 40):at], re.I):
        return False   # "sejak usia berapa bulan …": the age it began at, not "usianya baru 14 bulan"
    whose = _word_after_age(question)   # "usia sopir truk": sopir; "umur Greta Thunberg": Greta
    name = _name_after_age(question)      # "usia penyanyi Delon Thamrin": Delon
    if title and name and (at := figure_at(sentence, q.get("text") or "")) >= 0 \
            and (m := _POINTS_BACK_RE.match(sentence, at + len(q.get("text") or ""))) \
            and (m.group(1) or (q.get("unit") or "").lower() == "tahun") and name.lower() in _lower_words(title):
        return True   # the person asked by name ("berapa umur Greta Thunberg"), whom the title names
    holder = _age_holder(q, sentence)
    if holder is None:
        return False
    words, at = holder
    named = _capitalised_asked(question)
    if set(words) & named and not _role_asked_unnamed(question) \
            and (not q.get("age") or not (after := _name_words_after_age(question)) or set(words) & after):
        # (a bracketed name's age is the one named right after "umur", not another the question
        # names: a killer; an age said of a description, "remaja Swedia berusia 16 tahun", may be hers)
        return True
    if words[-2:-1] and words[-2] in _DEATH_VERBS and words[-1] in ("di", "pada", "dalam") \
            and set(_lower_words(sentence[:at])) & named:
        return True   # "Zine el Abidine Ben Ali, mantan presiden …, wafat pada usia 83": the one named who died
    if not set(words) - lexicon().stopwords and sentence[at:at + 12].lower().startswith(("usianya", "umurnya")) \
            and set(_lower_words(f"{sentence} {title or ''}")) & named:
        return True   # "usianya yang masih 19 tahun membuat Andreescu …": her age, the one the sentence or title names
    # whose age, when no name of theirs is said: the role after "usia"/"umur", or the one the
    # question sets beside the name ("usia Milad Jashani, sepupu yang menikahi …")
    role = whose.lower()
    if role in named:
        role = _role_apposed(question)
    if not role.isalpha() or role in named:
        return False   # a person asked by name, and this age is another's
    said = set(words) | {w[:-3] for w in words if w.endswith("nya")}   # "sepupunya berusia 22 tahun"
    if q.get("age"):   # a bracketed age: the role said before the name ("pengemudi truk bernama …")
        before = _words_since_break(sentence[max(0, at - 60):at])[-5:]
        # (not past an object's preposition: "MS (33) pelaku … terhadap Fatur Rahman (27)" is the victim)
        # ("atas nama Andri" names him: no object's preposition)
        cut = max((i for i, t in enumerate(before) if t in _TOWARD_WORDS
                   and not (t == "atas" and before[i + 1:i + 2] == ["nama"])), default=-1)
        said |= set(before[cut + 1:])
        # or right after the bracket ("menangkap MS (33) pelaku percobaan perampokan")
        said |= _word_after_bracket(sentence, at)
    # frame_words same_roles: words naming one role ("sopir supir pengemudi")
    same = next((set(g.split()) for g in frame_word_groups("same_roles") if role in g.split()), {role})
    if said & same:
        return True
    if frame.pipeline is not None and role.startswith("pe") and any(
            w.startswith("me") and frame.pipeline.stem(w) == frame.pipeline.stem(role) for w in said):
        return True   # "pemancing" asked: "saat memancing atas nama Andri (25)", the deed the role is named by
    if q.get("age") and frame.pipeline is not None and _deed_after_bracket(question, role, sentence, at, frame.pipeline.stem):
        return True   # "pemancing yang hilang terseret ombak": "bernama Gungun (26) terseret ombak"
    # the role asked pointed back to before the age ("Pria itu, Jayesh Patel yang berusia 32 tahun")
    # in a story whose title names that role ("Pria India Jadi Tua …"): the one the story is about
    return bool(title) and bool(same & set(_lower_words(title))) and any(
        m.group(1).lower() in same for m in _ROLE_POINTED_BACK_RE.finditer(sentence, 0, at))


def _word_after_bracket(sentence: str, at: int) -> set[str]:
    """The first word after the bracket closing at or after `at`, in its clause ("(33) pelaku"), or
    in the apposition a comma opens ("Dimas Angga Prasetya (13), siswa kelas 2 SMP …")."""
    close = sentence.find(")", at)
    return set(_lower_words(re.split(r"[,.;]", sentence[close + 1:].lstrip(" ,"))[0])[:1]) if close >= 0 else set()


_TOWARD_WORDS = frozenset({"terhadap", "kepada", "atas", "dan", "serta"})   # the one a deed is done to, or another one
_ROLE_POINTED_BACK_RE = re.compile(r"\b([^\W\d_]+)\s+(?:itu|ini|tersebut)\b")


# ---------------------------------------------------------------- numbered kinds (kelas III, golongan 2)
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9", "x": "10"}
_LABEL_RE = re.compile(r"\b(kelas|golongan|tipe|tingkat|kategori|rt|rw|dapil|zona|sektor|batch|angkatan|pasal)\s+((?:[IVX]{1,4}|\d{1,3}|[A-Z])\b"
                       r"(?:\s*(?:,|dan|&|atau|-|/)\s*(?:[IVX]{1,4}|\d{1,3}|[A-Z])\b)*)", re.I)
# numbered parts of a place ("RT 005", "dapil Jabar 1" no): a figure naming none is the whole's
AREA_LABELS = frozenset({"rt", "rw", "dapil", "zona", "sektor"})
_LABEL_SEP_RE = re.compile(r"\s*(?:,|\bdan\b|&|\batau\b|-|/)\s*", re.I)


def _label_matches(text: str) -> list[tuple[int, str, list[str]]]:
    """(end, kind, labels in the order written) of each numbered kind a text names: "kelas I dan II"
    -> ("kelas", ["1", "2"])."""
    return [(m.end(), m.group(1).lower(), [_ROMAN.get(p.lower(), p.lower().lstrip("0") or "0")
                                           for p in _LABEL_SEP_RE.split(m.group(2)) if p])
            for m in _LABEL_RE.finditer(text)]


# the sides of a clash ("tawuran antarwarga RW 08 dan RW 12"): numbered parts that tell the event,
# not a part whose figure is asked
_SIDES_BEFORE_RE = re.compile(r"\bantar(?:a\b|\w*)\s*(?:[^\W\d_]+\s+)?(?:(?:rt|rw)\s+\w+\s*(?:,|dan|&|dengan)\s*)*$", re.I)


def labels_named(question: str) -> tuple[tuple[str, str], ...]:
    sides = {m.end() for m in _LABEL_RE.finditer(question) if _SIDES_BEFORE_RE.search(question[:m.start()])}
    return tuple(sorted({(kind, p) for end, kind, parts in _label_matches(question) if end not in sides for p in parts}
                        | {(unit, number) for _start, _end, unit, number in _spec_matches(question)}))


# a kind named by its rating written after it: "pelanggan listrik 900 VA", "iPhone X 64 GB", "motor 150 cc"
_SPEC_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)\s?(va|kva|cc|gb|tb)\b", re.I)
SPEC_UNITS = frozenset({"va", "kva", "cc", "gb", "tb"})
# what ends the stretch of a sentence a figure and its rating share: "23,9 juta pelanggan 450 VA; 31,5 juta …"
_SPEC_STOP_RE = re.compile(r"[;:]")
# a size written without its unit ("RAM 8GB + ROM 128 seharga Rp 3,699 juta"): a rating, not a figure before
_SIZE_HEAD_RE = re.compile(r"\b(?:RAM|ROM|memori(?:\s+internal)?|penyimpanan|storage)\s*$", re.I)
_SPEC_CLAUSE_RE = re.compile(r"[;:]|,(?!\d)|\b(?:dan|serta|sedangkan|sementara|namun|atau)\b", re.I)


def _spec_matches(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, unit, number) of each rating a text names ("900 VA" -> ("va", "900"))."""
    return [(m.start(), m.end(), m.group(2).lower(), m.group(1).replace(".", "")) for m in _SPEC_RE.finditer(text)]


def _spec_fits(asked: set[tuple[str, str]], q: dict[str, Any], sentence: str, at: int) -> bool:
    """A figure of a kind rated otherwise than asked ("23,9 juta pelanggan listrik 450 VA" for the
    900 VA customers; "$ 1.149" in "64 GB atau 256 GB, dengan harga masing-masing $ 999 dan $ 1.149"
    for the 64 GB one) is another kind's. Its place in a "masing-masing" list decides, else the
    ratings after it in its clause ("Rp 6 juta untuk 256 GB"), else those before it back to the
    figure before ("Oppo F5 RAM 4 GB dan memori internal 32 GB dibanderol Rp 3.999.000" holds the
    asked 4 GB); none said: kept."""
    kinds = {k for k, _ in asked}
    if (q.get("unit") or "").lower() in kinds:
        return True   # the figure is the rating itself
    resp = _respectively(sentence, at)
    if resp is not None:
        listed = [(k, n) for _s, _e, k, n in _spec_matches(resp[0]) if k in kinds]
        if len(listed) > resp[1]:
            return listed[resp[1]] in asked
    end = at + len(q.get("text") or "")
    specs = [(s, e, (k, n)) for s, e, k, n in _spec_matches(sentence) if k in kinds]
    rated = [(s, e) for s, e, _ in specs]
    numbers = [m.end() for m in _NUMBER_RE.finditer(sentence, 0, at)
               if not any(s <= m.start() < e for s, e in rated) and not _SIZE_HEAD_RE.search(sentence, 0, m.start())]
    left = max([m.end() for m in _SPEC_STOP_RE.finditer(sentence, 0, at)] + numbers[-1:], default=0)
    right = next((m.start() for m in _SPEC_CLAUSE_RE.finditer(sentence, end)), len(sentence))
    after = {key for s, _e, key in specs if end <= s < right}
    said = after or {key for s, _e, key in specs if left <= s < at}
    return not said or bool(said & asked)


_RESPECTIVELY_RE = re.compile(r"\bmasing-masing\b", re.I)
_NUMBER_RE = re.compile(r"(?<![\d.,])\d[\d.,]*")  # "Rp160.000" too


def _respectively(sentence: str, at: int) -> tuple[str, int] | None:
    """A figure in a "masing-masing" list ("Firli dan Alexander … masing-masing 56 dan 53 suara",
    "kelas I dan II naik masing-masing menjadi Rp160.000 dan Rp110.000"): the text before
    "masing-masing" and the figure's place in the list, to be paired with the items named there."""
    last = None
    for m in _RESPECTIVELY_RE.finditer(sentence, 0, at):
        last = m
    if last is None:
        return None
    starts = [m.start() for m in _NUMBER_RE.finditer(sentence, last.end()) if not _clause_break_between(sentence, last.end(), m.start())]
    k = next((i for i, st in enumerate(starts) if at <= st < at + 40 and sentence[at:st].strip(" ").lower()
              in ("", "rp", "rp.", "sekitar", "sebanyak")), None)
    return (sentence[:last.start()], k) if k is not None and len(starts) > 1 else None


def respectively_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A figure of a "masing-masing" list is the item's named in its place ("WTI dan Brent
    masing-masing melesat dari USD6,4 dan USD7,89 menjadi USD61,23 dan 68,7": 61,23 is WTI's, the
    pairs repeat): a question naming one of the items takes that item's figures only."""
    if "masing" not in sentence:
        return True   # most sentences hold no such list
    at = figure_at(sentence, q.get("text") or "")
    resp = _respectively(sentence, at) if at >= 0 else None
    if resp is None:
        return True
    names = _listed_items(resp[0])
    if len(names) < 2:
        return True
    common = set.intersection(*names)   # "Partai Likud dan Partai Kahol Lavan": "partai" tells none apart
    names = [name - common for name in names]
    asked = _question_words(frame.question_text)
    if not any(name & asked for name in names):
        return True
    listed = len([m for m in _NUMBER_RE.finditer(sentence, len(resp[0]))
                  if not _clause_break_between(sentence, len(resp[0]), m.start())])
    k = resp[1]
    if k >= len(names):
        if listed % len(names):
            return True
        k %= len(names)
    return bool(names[k] & asked)


def _listed_items(text: str) -> list[set[str]]:
    """The last list of two or more capitalised items (acronyms too) joined by "dan", "serta" or
    commas in a text: "… yaitu WTI dan Brent" -> [{wti}, {brent}]."""
    toks = WORD_RE.findall(text)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if _is_cap(toks[i]) and toks[i].isalpha():
            j = i
            while j < len(toks) and _is_cap(toks[j]) and toks[j].isalpha():
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return _last_joined_list(toks, runs)


def _clause_break_between(sentence: str, a: int, b: int) -> bool:
    return _LIST_END_RE.search(sentence, a, b) is not None


_LIST_END_RE = re.compile(r"[;:!?]|\.(?!\d)")  # "160.000" does not end the list


def _listed_names(text: str) -> list[set[str]]:
    """The last list of two or more capitalised names joined by "dan" or commas in a text:
    "Firli dan Alexander" -> [{firli}, {alexander}]."""
    toks = WORD_RE.findall(text)
    return _last_joined_list(toks, _name_runs(toks))


def _last_joined_list(toks: list[str], runs: list[tuple[int, int]]) -> list[set[str]]:
    """The words of the last two or more runs joined only by "dan", "serta" or commas."""
    best: list[tuple[int, int]] = []
    group: list[tuple[int, int]] = []
    for r in runs:
        if group and r[0] > group[-1][1] and all(t.lower() in (",", "dan", "serta") for t in toks[group[-1][1]:r[0]]):
            group.append(r)
        else:
            group = [r]
        if len(group) >= 2:
            best = list(group)
    return [{t.lower() for t in toks[a:b]} for a, b in best]


def label_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str, title: str | None) -> bool:
    """A question about one numbered kind ("iuran kelas III") takes no figure of another: the
    nearest such label before the figure in its sentence decides ("kelas II Rp 110.000, kelas III
    Rp 42.000"), else the sentence's first label after it, else the title's; none: kept. A rating
    asked ("900 VA") is judged by _spec_fits."""
    if not frame.labels:
        return True
    at = figure_at(sentence, q["text"])
    if at < 0:
        return True
    spec = {(k, p) for k, p in frame.labels if k in SPEC_UNITS}
    if spec and not _spec_fits(spec, q, sentence, at):
        return False
    labels = set(frame.labels) - spec
    if not labels:
        return True
    kinds = {k for k, _ in labels}
    resp = _respectively(sentence, at)
    if resp is not None:
        listed = [x for x in _label_matches(resp[0]) if x[1] in kinds and len(x[2]) > resp[1]]
        if listed:
            _end, kind, parts = listed[-1]
            return (kind, parts[resp[1]]) in labels
    named = [x for x in _label_matches(sentence) if x[1] in kinds]
    before = [x for x in named if x[0] <= at]
    chosen = before[-1:] or named[:1] or [x for x in _label_matches(title or "") if x[1] in kinds][:1]
    if not chosen:
        return not kinds & AREA_LABELS   # "44 rumah rusak" is the whole of "rumah di RT 005"
    _end, kind, parts = chosen[0]
    return bool({(kind, p) for p in parts} & labels)


@lru_cache(maxsize=1)
def _currency_glued_re() -> re.Pattern[str]:
    """A currency code of the lexicon written onto its number: "mencapai USD3 juta"."""
    codes = sorted(c for c in lexicon().words["currencies"] if c.isalpha())
    return re.compile(rf"\b(?:{'|'.join(codes)})\d")


def _phrase_head(named: list[int], words: list[str], stem: Callable[[str], str], known: Callable[[str], bool]) -> int:
    """The first money thing of the noun phrase holding the last one named before a figure:
    back through its nouns ("pembayaran bunga utang", "tunggakan iuran"), not past a function
    word, a verb, an amount or a linking word ("… Rp 538,70 triliun dan pembayaran …"), nor past
    a name ("Anggaran BLT Dana Desa": the programme's name holds "dana")."""
    w = lexicon().words
    stops = lexicon().stopwords | w["currencies"] | w["money_scales"] | w["money_units"]
    head = k = named[-1]
    while k > 0:
        k -= 1
        word = words[k]
        if k not in named and (not word.isalpha() or word in stops or _verb_like(word, stem) or not known(word)
                               or (word.startswith("se") and stem(word) != word)):
            break   # "sebesar", "senilai": the amount's link ends the phrase
        if k in named:
            head = k
    return head


# the currency a question asks an amount in ("dalam dolar AS", "(dalam euro)", "jika dirupiahkan")
_ASKED_CURRENCY_RE = re.compile(r"\bdalam\s+(rupiah|dolar|dollar|yuan|euro|ringgit|yen|won|riyal|poundsterling|pound)\b"
                                r"|\b(dirupiahkan|rupiahnya)\b", re.I)
_CURRENCY_FAMILY = {"rp": "rupiah", "rupiah": "rupiah", "dirupiahkan": "rupiah", "rupiahnya": "rupiah",
                    "us$": "dolar", "s$": "dolar", "usd": "dolar", "dolar": "dolar", "dollar": "dolar",
                    "€": "euro", "euro": "euro", "yuan": "yuan", "ringgit": "ringgit", "yen": "yen", "won": "won",
                    "riyal": "riyal", "poundsterling": "pound", "pound": "pound", "£": "pound"}


@lru_cache(maxsize=256)   # read for every amount of an answer: once per question
def _asked_currency(question: str) -> str | None:
    m = _ASKED_CURRENCY_RE.search(question)
    return _CURRENCY_FAMILY[(m.group(1) or m.group(2)).lower()] if m else None


def currency_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """An amount asked in one currency ("harga iPhone 11 Pro Max dalam dolar AS", "nilai suap,
    dalam rupiah") is not one written in another: "5499 Yuan", "(setara Rp 14,2 juta)" for dollars.
    An amount whose currency is not written is not judged. A surplus of a thing asked ("surplus
    daging ayam", frame._balance_of_goods) is no amount of money at all."""
    if not frame.money and (frame.noun or "").lower() in lexicon().words["balance_words"]:
        return currency_family(q, sentence) is None
    asked = _asked_currency(frame.question_text)
    if asked is None:
        return True
    said = currency_family(q, sentence)
    return said is None or said == asked


def currency_family(q: dict[str, Any], sentence: str) -> str | None:
    """The currency an amount is written in, by its sign ("US$ 5 miliar") or its unit word ("40
    miliar rupiah"): "rupiah", "dolar", "euro" …; None when the figure names none."""
    from .claims import currency_of   # claims imports this module
    sign = currency_of(sentence, q.get("text") or "")
    return _CURRENCY_FAMILY.get((sign or "").lower()) or _CURRENCY_FAMILY.get((q.get("unit") or "").lower())


POINTED_VALUE_REACH = 4   # words before "nilainya" that say what it is the value of ("uang dan aset yang nilainya")
_VALUE_OF_BEFORE = frozenset({"dengan", "yang", "bernilai"})   # "aset … dengan nilai …": the value of what comes before


_FOR_TOPIC_RE = re.compile(r"\W*Untuk\s+([^,.;]{3,80}),")


@lru_cache(maxsize=8)   # stemmed once per pipeline
def _broader_money(stem: Callable[[str], str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """frame_words broader_money ("dana:anggaran"): a money word asked and the narrower ones it takes."""
    out = []
    for item in lexicon().words["broader_money"]:
        broad, _, narrow = item.partition(":")
        out.append((stem(broad), frozenset(stem(x) for x in narrow.split(",") if x)))
    return tuple(out)


def money_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str, title: str | None = None) -> bool:
    """An amount of money asked: figures in money only (rupiah, dolar), and the amount the
    question asks: after a rise ("setelah naik") the new one, not the old ("dari Rp 25.500",
    "yang tadinya membayar Rp 25.500"); a change asked, not the amounts it went from or to."""
    if not frame.money:
        return True
    at = figure_at(sentence, q["text"])
    if at < 0:
        return True
    w = lexicon().words
    text = q["text"].lower()
    unit = (q.get("unit") or "").lower()
    pipeline = frame.pipeline
    if frame.value_of and pipeline is not None and not _valued_names(frame.question_text, frame.value_of, pipeline.stem) & {
            pipeline.stem(t.lower()) for t in WORD_RE.findall(f"{sentence} {title or ''}")} \
            and not _earned(frame.value_of, sentence, at, pipeline.stem):
        return False   # "berapa nilai ekspor": the sentence or its title names the exports
    if frame.value_of and pipeline is not None and (
            _narrowed_value(frame, sentence, at, pipeline)
            or (title and not _names_thing(sentence, frame.value_of, pipeline)
                and _narrowed_value(frame, title, len(title), pipeline))):
        return False   # "nilainya turun jadi 3,7 miliar dollar AS" under "Impor Indonesia dari China …"
    if frame.value_of and pipeline is not None and _valued_thing(sentence, at, pipeline.stem) not in (
            None, pipeline.stem(frame.value_of.lower())):
        return False   # "nilai rumah" asked: "melunasi utangnya senilai Rp 10 miliar" is the debt's amount
    if frame.value_of and pipeline is not None and _other_amount_named(frame.value_of, sentence, at, pipeline.stem):
        return False   # "nilai impor" asked: "neraca perdagangan … surplus USD177 juta" is the surplus
    if frame.value_of and (frame.money_thing or "").lower() == "nilai" and not daily_price_asked(frame) \
            and _unit_price(sentence, at, q["text"], frame.value_of, pipeline.stem):
        return False   # "nilai impor beras": not "harga beras medium … Rp 11.000 per kilogram"
    if _other_sector(frame, sentence, at):
        return False   # "komoditas non migas tercatat mengalami surplus USD78,9 juta": a part of the trade
    since = max((m.end() for m in _LISTED_FIGURE_RE.finditer(sentence, 0, at)), default=0)
    if _ADDITION_ASKED_RE.search(frame.question_text) and _BASE_SINCE_FIGURE_RE.search(sentence[since:at]) \
            and _AMOUNT_SAID_RE.search(sentence[:since]):
        # "mengusulkan penambahan anggaran … sebesar Rp 13,92 triliun dari pagu anggaran tahun yang sebesar
        # Rp 90,32 triliun": the base the addition is made to, not the addition asked
        return False
    if _ADDITION_BEFORE_RE.search(sentence[:at]) and not _ADDITION_ASKED_RE.search(frame.question_text):
        return False   # "anggaran FLPP yang dialokasikan" asked: "mengusulkan tambahan anggaran Rp1,5 hingga Rp2 triliun" is an addition
    if pipeline is not None and _loss_before(frame, sentence, at, pipeline.stem):
        return False   # "proyek … yang diduga merugikan negara sekitar Rp 2,3 triliun": a loss, not its value
    if _other_owner(frame, sentence, at):
        return False   # "PT Bank Rakyat Indonesia (Persero) Tbk (BRI) menguat … ke harga Rp 4.220": not BTN's
    if _rupiah_rate_asked(frame):
        from .claims import currency_of   # claims imports this module
        if currency_of(sentence, q["text"]) not in (None, "Rp"):
            return False   # "nilai tukar rupiah": not "taksirannya … sekitar US$140 ribu"
    if unit == "persen" and (amount := _AMOUNT_BEFORE_SHARE_RE.search(sentence[:at])):
        # "defisit … Rp 689 triliun atau 2,68% terhadap PDB": the share restates the amount before it
        return money_fits(frame, {"text": amount.group(1)}, sentence[:amount.end(1)], title)
    if unit:
        if unit not in w["money_units"]:
            return False   # "96,8 juta peserta"; "14,2 miliar dollar AS" is an amount, read on
    else:
        before = [t for t in WORD_RE.findall(sentence[max(0, at - 12):at]) if t != "."][-1:]  # "Rp", "Rp.", "US$"
        if not ((before and before[0].lower() in w["currencies"]) or any(c in text for c in ("rp", "$", "€"))
                or set(text.split()) & w["money_scales"] or _CURRENCY_SIGN_BEFORE_RE.search(sentence, max(0, at - 4), at)
                or _currency_glued_re().search(text)):
            return False  # "Naik 2 Kali Lipat": no amount ("£ 58 juta" is one: a sign is no word)
    pipeline = frame.pipeline
    if pipeline is not None and frame.noun and frame.money_thing not in w["money_value_heads"]:
        # what the amount is: "membayar iuran Rp 42.000", not "tunggakan iuran Rp 15 triliun" (its
        # clause names another amount and not the asked one, nearest first)
        stem = pipeline.stem
        asked = {stem(x) for x in frame.money_words} or {stem((frame.money_thing or frame.noun).lower())}
        asked |= {x for g in _same_money_groups(stem) if asked & g for x in g}   # "berapa tarif OK Otrip": "biaya OK Otrip … Rp 3.500"
        asked |= {x for broad, narrow in _broader_money(stem) if broad in asked for x in narrow}
        things = _stemmed_list("money_things", stem)
        value_heads = _stemmed_list("money_value_heads", stem)
        words = _aside_before(sentence, at) + _clause_words(sentence, at, comma=True)
        clause = [stem(t) for t in words]
        # a verb is not an amount ("membayar iuran": bayar is pembayaran's stem)
        named = [i for i, st in enumerate(clause) if st in things and not _verb_like(words[i], stem)]
        # "merugikan keuangan negara hingga Rp2,36 miliar": a verb of the asked amount's stem
        # (rugi: kerugian) names it, and what it acts on follows it
        acting = [i for i, st in enumerate(clause) if st in asked and _verb_like(words[i], stem)]
        if named and acting and 0 < named[-1] - acting[-1] <= 2:
            named = []
        elif named and clause[named[-1]] in value_heads and words[named[-1]].lower().endswith("nya") \
                and {clause[i] for i in named if named[-1] - POINTED_VALUE_REACH <= i < named[-1]} & asked:
            # "menerima suap dalam bentuk transfer uang dan aset yang nilainya … lebih dari 4 juta dollar AS":
            # "nilainya" points back to the asked amount named just before it
            return True
        elif named:
            head = _phrase_head(named, words, stem, pipeline.known_word)   # "tunggakan iuran", "pembayaran bunga utang": the head comes first
            while (clause[head] in value_heads or (words[head].lower() in w["money_generic"] and clause[head] not in asked)
                   or (words[head].lower() in w["money_payment_heads"] and clause[head] not in asked
                       and clause[head + 1] in asked and words[head + 1].lower() not in w["money_generic"])) \
                    and head + 1 in named:
                head += 1   # "nilai investasi sebesar Rp100 miliar": the value of the investment asked; "uang suap": the bribe;
                # "pembayaran premi minimal Rp 25 juta": the premium paid
            if clause[head] in value_heads and head + 1 not in named and head > 0 \
                    and words[head - 1].lower() in _VALUE_OF_BEFORE and any(i < head - 1 for i in named):
                head = max(i for i in named if i < head - 1)   # "aset milik Iran dengan nilai sekitar USD30 juta": the assets'
            if clause[head] in value_heads and words[head].lower().endswith("nya") and head + 1 not in named \
                    and {stem(t.lower()) for t in WORD_RE.findall(sentence[:at])} & asked:
                # "Untuk laba bersih, sambung dia, per Agustus nilainya sudah mencapai USD440 juta":
                # "nilainya" points back to the asked amount its sentence named
                return True
            if (words[head].lower() in w["money_generic"] or clause[head] in value_heads) and head + 1 not in named \
                    and (topic := _FOR_TOPIC_RE.match(sentence)) and topic.end() <= at \
                    and {stem(t.lower()) for t in WORD_RE.findall(topic.group(1))} & asked:
                # "Untuk biaya sewa tempat tinggalnya …, Denada harus mengeluarkan uang sebesar Rp35 juta":
                # the money of a sentence opening "Untuk <the asked amount>," is that amount
                return True
            if clause[head] not in asked and not _spent_as_cost(asked, words, head, stem, frame.question_text):
                return False   # "harta kekayaan" asked: "kekayaan Rp 22,6 miliar" is it
            # "target penerimaan cukai rokok" asked: "target penerimaan devisa sebesar USD20 juta" is
            # another revenue (what the head is of, both money things, differs)
            said_of = {clause[i] for i in named if i > head}
            asked_of = asked - {clause[head]}
            if said_of and asked_of and asked_of <= set(things) and not said_of & asked_of:
                return False
        elif (frame.money_thing or frame.noun).lower() not in w["money_generic"] and not _names_any(
                asked | _price_naming_words(frame, asked, stem),
                _before_next_figure(sentence, at) if frame.noun.lower() in w["money_heads"]
                else f"{sentence} {title or ''}", stem) and not any(_earned(a, sentence, at, stem) for a in asked) \
                and not any(_laid_out(a, sentence, at, stem) for a in asked) \
                and not _fund_named_by_use(frame, sentence, at, stem) and not _market_level_reached(frame, asked, sentence, at, stem) \
                and not _paid_for_kind(frame, sentence, at, stem):
            # (asked through a head, "total harta kekayaan": the sentence itself names it, or the
            # amount is a part, "tanah dan bangunan Rp 14,09 miliar", of the title's total)
            return False  # "Kemudian, Rp 58,6 triliun pada 2022": an amount of something unnamed
        elif (title and frame.noun.lower() not in w["money_heads"]
              and not any(stem(t.lower()) in asked for t in WORD_RE.findall(sentence[:at]))
              and _title_amount_is_another(title, asked, things, stem)):
            return False  # "Jika Iuran Tak Naik, Defisit … Bisa Capai Rp 77,9 Triliun": the unnamed amounts are deficits
    if pipeline is not None and _kind_unnamed(frame, f"{sentence} {title or ''}", pipeline.stem):
        return False   # "anggaran subsidi pupuk" asked: "pagu anggaran Kementerian Pertanian … Rp21,05 triliun" is the whole budget
    if _bilateral(frame, sentence, at):
        return False   # "neraca dagang Indonesia dengan China masih defisit 1,47 miliar dollar": one partner's
    product = _value_complement(frame)
    if product and pipeline is not None and not {pipeline.stem(x) for x in product} <= {
            pipeline.stem(t.lower()) for t in WORD_RE.findall(f"{sentence} {title or ''}")}:
        return False   # "nilai ekspor batu bara": not "nilai ekspor Indonesia … USD14,28 miliar", the whole's
    levy = next((x for x in frame.money_words[1:] if x in w["levies"]), None)
    if levy and pipeline is not None:
        said = {t.lower() for t in WORD_RE.findall(f"{sentence} {title or ''}")}
        if levy not in said and said & (w["levies"] - {levy}):
            return False   # "target penerimaan cukai" asked: "penerimaan pajak dalam APBN 2019 … Rp 1.577 triliun" is the tax's
    if not _plan_or_outcome_fits(frame, sentence, at) or _fraction_of_asked(frame, sentence, at + len(q["text"])):
        return False
    role = _figure_role(sentence, at)
    if role == "from" and _achieved_after(sentence, at + len(q["text"])):
        role = None   # "target … dari Rp159 triliun sudah tercapai Rp130 triliun": the whole, not a change
    if role is None and (set(_clause_words(sentence, at, comma=True)) & w["role_from_clause"]
                         or _left_for(sentence, at + len(q["text"]))):
        role = "from"
    if role == "to" and pipeline is not None and _from_the_asked(frame, sentence, at, pipeline.stem):
        return False   # "dibuka naik 10,12% dari harga IPO menjadi Rp925": where it went from the asked price
    if frame.asks == "level":
        # not the amount it left, nor the change itself ("Harga Emas Antam Turun Rp 5.000")
        return role != "from" and not (role is None and pipeline is not None
                                       and _change_verb_before(sentence, at, pipeline))
    if frame.asks == "change":
        return role is None
    return True


# an addition named right before an amount ("tambahan anggaran Rp1,5 triliun", "penambahan modal sebesar
# Rp 5 triliun"): the amount added, not the whole, unless an addition is asked
_ADDITION_BEFORE_RE = re.compile(r"\b(?:tambahan|penambahan)\s+(?:(?!(?:jadi|menjadi|total)\b)[^\W\d_]+\s+){0,2}"
                                 r"(?:(?:sebesar|senilai|sekitar|hingga|mencapai)\s+)?(?:rp|us\$|usd|\$)?\.?\s*$", re.I)
_BASE_SINCE_FIGURE_RE = re.compile(r"\bdari\s+(?:pagu|total|alokasi|semula)\b", re.I)
_AMOUNT_SAID_RE = re.compile(r"(?:Rp|US\$|USD)\.?\s?\d", re.I)
_ADDITION_ASKED_RE = re.compile(r"\b(?:tambahan|penambahan|ditambah|menambah|bertambah|tambah)\b", re.I)


_TRADE_WORDS = frozenset({"ekspor", "impor"})
_PARTNER_RE = re.compile(r"\b(?:neraca (?:perdagangan|dagang)|perdagangan)\b[^,;.]*?\b(?:dengan|terhadap)\s+([A-Z][\w-]*)")


def _unit_price(sentence: str, at: int, figure_text: str, valued: str | None = None,
                stem: Callable[[str], str] | None = None) -> bool:
    """A price of one unit: "harga … Rp 11.000 per kilogram", "Rp760.000/gram". An amount per
    stretch of time ("nilai Rp 300 ribu per bulan") is a payment's rate, not a unit's price, and a
    price joined to the valued thing asked ("penawaran harga", "harga penawaran" for "nilai
    penawaran") is that thing's whole amount."""
    per = re.match(r"\s*(?:per\s+|/\s*)([^\W\d_]+)", sentence[at + len(figure_text):])
    if per and per.group(1).lower() not in lexicon().words["duration_units"]:
        return True
    words = _clause_words(sentence, at)
    heads = [i for i, t in enumerate(words) if t in ("harga", "harganya", "nilai", "nilainya")]
    if not heads or not words[heads[-1]].startswith("harga"):
        return False
    if valued and stem is not None:
        beside = words[max(heads[-1] - 1, 0):heads[-1]] + words[heads[-1] + 1:heads[-1] + 2]
        return stem(valued.lower()) not in {stem(t) for t in beside}
    return True


_AMOUNT_BEFORE_SHARE_RE = re.compile(r"((?:Rp|US\$|USD|\$)\s?\d[\d.,]*\s*(?:triliun|miliar|juta|ribu|T|M)?(?:\s+(?:dolar|dollar)(?:\s+AS)?)?)"
                                 r"\s+atau\s+(?:sebesar\s+|sekitar\s+|setara\s+)?$")


@lru_cache(maxsize=4)
def _same_money_groups(stem: Callable[[str], str]) -> tuple[frozenset[str], ...]:
    """frame_words same_money, stemmed: money things naming one amount in one sense."""
    return tuple(frozenset(stem(x) for x in g.split()) for g in frame_word_groups("same_money"))


_BROAD_MONEY_HEADS = frozenset({"anggaran", "belanja", "penerimaan", "pendapatan"})


def _kind_unnamed(frame: QuestionFrame, text: str, stem: Callable[[str], str]) -> bool:
    """A broad amount asked by its kind ("anggaran subsidi", "belanja modal", "penerimaan cukai"):
    neither the sentence nor its title names the kind, so the amount is the whole or another kind."""
    words = frame.money_words
    if len(words) < 2 or words[0].lower() not in _BROAD_MONEY_HEADS:
        return False
    kinds = {stem(x.lower()) for x in words[1:] if x.lower() not in lexicon().words["money_generic"]}
    kinds = {x for x in kinds if x != stem(words[0].lower())}
    if not kinds:
        return False
    return not kinds & _stemmed_words(text, stem)


def _bilateral(frame: QuestionFrame, sentence: str, at: int) -> bool:
    """A trade balance asked with no partner ("neraca perdagangan migas Agustus 2019"): an amount
    whose clause gives the balance with one country ("neraca dagang Indonesia dengan China …
    defisit 1,47 miliar dollar") is that partner's part."""
    question = frame.question_text.lower()
    if "neraca" not in question or " dengan " in question or " terhadap " in question:
        return False
    clause = re.split(r"[;.]", sentence[:at])[-1]
    m = _PARTNER_RE.search(clause)
    return bool(m) and m.group(1).lower() in lexicon().places


@lru_cache(maxsize=256)
def _value_complement(frame: QuestionFrame) -> tuple[str, ...]:
    """What the asked value is of, after its noun: "nilai ekspor batu bara Indonesia" -> (batu,
    bara); none when a place, a year, a function word or a question word comes first."""
    if frame.value_of not in _TRADE_WORDS:   # ("nilai proyek pengadaan e-KTP": a process, said otherwise)
        return ()
    lex = lexicon()
    low = [t.lower() for t in WORD_RE.findall(frame.question_text)]
    if frame.value_of not in low:
        return ()
    out: list[str] = []
    for t in low[low.index(frame.value_of) + 1:]:
        if (t in lex.stopwords or t in lex.places or lex.names.at([t], 0) or not t.isalpha() or t in MONTHS
                or t in lex.words["time_words"] or t in lex.words["value_narrowers"]):
            break
        out.append(t)
    return tuple(out)


def _names_any(stems: set[str], text: str, stem: Callable[[str], str]) -> bool:
    """Whether a word of `text` has one of `stems` as its stem."""
    return not stems.isdisjoint(_stemmed_words(text, stem))


@lru_cache(maxsize=4096)   # a sentence and its title, read for each of its figures
def _stemmed_words(text: str, stem: Callable[[str], str]) -> frozenset[str]:
    return frozenset(stem(t) for t in _lower_words(text))


@lru_cache(maxsize=8192)   # the same stretch before a figure is read by several rules
def _lower_words(text: str) -> tuple[str, ...]:
    """The words (and marks) of a text, lower case (WORD_RE)."""
    return tuple(t.lower() for t in WORD_RE.findall(text))


def _price_naming_words(frame: QuestionFrame, asked: set[str], stem: Callable[[str], str]) -> set[str]:
    """Words that name a price where one is asked: a sale's verb ("iPhone 11 Pro dilepas mulai
    USD999", "dibanderol Rp 12 juta"), and a market's level where the price is asked at a moment
    of trading ("di harga berapa saham TFAS dibuka": "melejit 70 persen ke level Rp 306"); the
    offer price asked ("harga penawaran saham perdana") is no level the market reached."""
    w = lexicon().words
    if stem("harga") not in asked:
        return set()
    words = set(_stemmed_list("sale_words", stem))
    if not w["market_moments"].isdisjoint(_lower_words(frame.question_text)):
        words |= _stemmed_list("price_level_words", stem)
    return words


def _market_level_reached(frame: QuestionFrame, asked: set[str], sentence: str, at: int,
                          stem: Callable[[str], str]) -> bool:
    """A price asked at a moment of trading ("di harga berapa saham GIAA ditutup") is the level a
    move reached: "saham Garuda Indonesia (GIAA) naik Rp45 atau 9,18% ke Rp535"."""
    return bool(_price_naming_words(frame, asked, stem) & _stemmed_list("price_level_words", stem)) \
        and _figure_role(sentence, at) == "to"


_EARNED_RE = re.compile(r"(\w+)\s+(?:(?:sebesar|sekitar|senilai|hingga|mencapai|lebih\s+dari)\s+)?"
                        r"(?:rp|us\$|usd|idr|eur|sgd|\$|€)?\.?\s*$", re.I)


@lru_cache(maxsize=256)   # read for every amount of an answer: once per question
def _valued_names(question: str, value_of: str, stem: Callable[[str], str]) -> frozenset[str]:
    """The stems a sentence may name the valued thing by: its word, and the words of a gloss the
    question puts in brackets after it ("nilai merek (brand value)": "nilai brand … USD4,487
    miliar")."""
    names = {stem(value_of.lower())}
    m = re.search(rf"\b{re.escape(value_of)}\s*\(([^()]{{1,40}})\)", question, re.I)
    if m:
        names |= {stem(t.lower()) for t in WORD_RE.findall(m.group(1))} - {stem(w) for w in lexicon().words["money_heads"]}
    if value_of.lower() in lexicon().words["kind_named_heads"]:
        # "nilai proyek perumahan": the project is named by its kind, "mengembangkan perumahan"
        heads = lexicon().words["kind_named_heads"]
        kind = re.search(rf"\b{re.escape(value_of)}((?:\s+(?:{'|'.join(heads)}))*)\s+([\w-]+)", question, re.I)
        word = kind.group(2).lower() if kind else ""
        if word.isalpha() and word not in lexicon().stopwords and word not in lexicon().words["prepositions"] \
                and stem(word) not in lexicon().stopwords:
            names.add(stem(word))   # (a word, not "e-KTP"'s "e"; "proyek pengadaan satelit": the satellite)
    return frozenset(names)


def _earned(asked: str, sentence: str, at: int, stem: Callable[[str], str]) -> bool:
    """An income asked ("pendapatan", "pemasukan") and the amount is what a verb of earning got:
    "berhasil mengumpulkan US$ 132 juta" names no income, but the amount is one."""
    return _named_by_verb(asked, sentence, at, stem, "income_things", "earning_verbs")


def _laid_out(asked: str, sentence: str, at: int, stem: Callable[[str], str]) -> bool:
    """Funds asked ("dana", "anggaran") and the amount is what a verb of outlay laid out: "Turki sudah
    menggelontorkan 40 miliar dollar AS" names no funds, but the amount is them."""
    return _named_by_verb(asked, sentence, at, stem, "fund_things", "outlay_verbs")


def _named_by_verb(asked: str, sentence: str, at: int, stem: Callable[[str], str], things: str, verbs: str) -> bool:
    """The money asked is one of the word list `things`, and the verb right before the amount is one
    of `verbs` (frame_words lists)."""
    if stem(asked.lower()) not in _stemmed_list(things, stem):
        return False
    verb = _EARNED_RE.search(sentence[max(0, at - 60):at])
    return bool(verb) and verb.group(1).lower() in lexicon().words[verbs]


def _spent_as_cost(asked: set[str], words: list[str], head: int, stem: Callable[[str], str], question: str = "") -> bool:
    """A cost asked ("biaya pembangunan bandara"), and the money a thing took is named by a verb of
    spending: "Pembangunan bandara ini menghabiskan dana sekitar Rp 100 miliar" is its cost; or the
    asked deed's passive verb took it: "HMS Prince of Wales dibangun dengan dana sekitar 3 miliar
    poundsterling" for "biaya pembangunan" (the verb's stem is a word of the question's)."""
    if not asked & _stemmed_list("cost_words", stem) or head < 1:
        return False
    before = words[head - 1].lower()
    if before in lexicon().words["spending_verbs"]:
        return True
    if before != "dengan" or head < 2:
        return False
    deed = words[head - 2].lower()
    return deed.startswith("di") and len(deed) > 4 and _verb_like(deed, stem) \
        and stem(deed) in {stem(t) for t in _lower_words(question)} - asked


_PAID_FOR_RE = re.compile(r"\b(?:membayar|bayar|dibayar|dikenakan|dikenai|ditarik)\s+([^\W\d_]+)\s+"
                          r"(?:sebesar\s+|senilai\s+|seharga\s+)?(?:rp|us\$|usd|\$)?\.?\s*$", re.I)


def _paid_for_kind(frame: QuestionFrame, sentence: str, at: int, stem: Callable[[str], str]) -> bool:
    """A price asked of a kind of thing ("harga tiket masuk"), and the sentence says what one pays
    for that thing: "pengunjung hanya perlu membayar tiket sebesar Rp 10.000" is the ticket's price."""
    if not frame.kind or stem("harga") not in {stem(x) for x in frame.money_words}:
        return False
    paid = _PAID_FOR_RE.search(sentence[:at])
    return bool(paid) and stem(paid.group(1).lower()) == stem(frame.kind.lower())


def _fund_named_by_use(frame: QuestionFrame, sentence: str, at: int, stem: Callable[[str], str]) -> bool:
    """A fund asked by what it is for ("dana repatriasi", "dana service recovery"), and the words
    before the amount name that use without the word "dana": "realisasi repatriasi … sebesar Rp
    112,2 triliun"."""
    thing = (frame.money_thing or "").lower()
    if thing not in lexicon().words["fund_words"]:
        return False
    low = _lower_words(frame.question_text)
    if thing not in low:
        return False
    stop = lexicon().stopwords
    use = []
    for t in low[low.index(thing) + 1:]:
        if not t.isalpha() or t in stop or _verb_like(t, stem):
            break
        use.append(stem(t))
    said = {stem(t) for t in _lower_words(sentence[:at])}
    if use and use[0] in said:
        return True
    # "dana CSR Pertamina untuk pembangunan lintasan boling": what it is for, said before the amount
    # ("membantu pembangunan lintasan boling … sebesar Rp 42 miliar")
    rest = low[low.index(thing) + 1:]
    purpose = []
    if "untuk" in rest:
        for t in rest[rest.index("untuk") + 1:]:
            if not t.isalpha() or t in stop or len(purpose) == 3:
                break
            purpose.append(t)
    # (a purpose in nouns: "untuk memboyong Neymar" names a deed anyone's money may be for)
    return len(purpose) >= 2 and not any(_verb_like(t, stem) for t in purpose) and {stem(t) for t in purpose} <= said


def _before_next_figure(sentence: str, at: int) -> str:
    """A sentence up to the figure after the one at `at`: what it may say of that figure ("Total
    penunggak PKB … sebesar Rp1,6 triliun …, Faisal menyebutkan … target penerimaan pajak …
    Rp44,180 triliun": the later clause names the later figure's amount, not this one's)."""
    nxt = _FIGURE_NUMBER_RE.search(sentence, sentence.find(" ", at) + 1 if " " in sentence[at:] else len(sentence))
    return sentence[:nxt.start()] if nxt else sentence


_MOVED_ASKED_RE = re.compile(r"\b(?:dibuka|ditutup|setelah|usai|naik|turun|menjadi|jadi)\b", re.I)


def _from_the_asked(frame: QuestionFrame, sentence: str, at: int, stem: Callable[[str], str]) -> bool:
    """The figure is where a change went from the asked amount, named by its word ("naik … dari
    harga IPO menjadi Rp925" when the offer price is asked): "dari" and the asked money word before
    the figure's "menjadi" in its clause, with no amount between."""
    if _MOVED_ASKED_RE.search(frame.question_text):
        return False   # "di harga berapa saham TFAS dibuka": the level it moved to is asked
    words = _clause_words(sentence, at, comma=True)
    asked = {stem(x) for x in (*frame.money_words, frame.money_thing or frame.noun or "")}
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1] == "dari" and stem(words[i]) in asked:
            return not any(t[:1].isdigit() for t in words[i:])
    return False


LOSS_REACH = 4   # words before an amount read for the loss it is said to be
_LOSS_STEMS = frozenset({"rugi"})


def _loss_before(frame: QuestionFrame, sentence: str, at: int, stem: Callable[[str], str]) -> bool:
    """The amount is said to be a loss ("merugikan (keuangan) negara hingga", "kerugian negara
    sebesar") and the question asks no loss: a project's value or money received is another."""
    if "rugi" not in sentence:
        return False
    if {stem(x) for x in (*frame.money_words, frame.money_thing or frame.noun or "")} & _LOSS_STEMS:
        return False
    words = _clause_words(sentence, at, comma=True)[-LOSS_REACH:]
    return any(stem(t) in _LOSS_STEMS for t in words)


_AMOUNT_RE = re.compile(r"(?:rp|us\$|usd)\s?\d", re.I)   # where an amount of money starts


def _title_amount_is_another(title: str, asked: set[str], things: frozenset[str], stem: Callable[[str], str]) -> bool:
    """A title's own amount is of another money thing than the asked one: the money word nearest
    before its first amount is not asked ("… Defisit BPJS Kesehatan Bisa Capai Rp 77,9 Triliun")."""
    m = _AMOUNT_RE.search(title)
    if m is None:
        return False
    before = [stem(t.lower()) for t in WORD_RE.findall(title[:m.start()])]
    named = [st for st in before if st in things]
    return bool(named) and named[-1] not in asked


def plan_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A target asked is not what was achieved, for counts as for money (money_fits reads amounts):
    "PBSI menargetkan berapa medali emas" takes "target kami tiga medali", not "hanya bisa meraih
    dua medali emas"; and a count asked with no target word is what is, not a target."""
    if frame.money:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    if not _plan_or_outcome_fits(frame, sentence, at):
        return False
    if frame.forecast and _POTENTIAL_ASKED_RE.search(frame.question_text) and _HAPPENED_RE.search(sentence) \
            and not _POTENTIAL_ASKED_RE.search(sentence):
        # "gempa megathrust yang berpotensi terjadi": not "pernah terjadi … dengan magnitudo 9", what
        # happened once; the potential is what is asked
        return False
    asked = {t.lower() for t in WORD_RE.findall(frame.question_text)}
    if asked & lexicon().words["target_words"] or (frame.forecast and asked & lexicon().words["plan_asked_words"]) \
            or asked & _PLAN_WORDS:
        return True   # ("… yang dijanjikan Presiden akan diterima bekerja": a promise is a target)
    if {t.lower() for t in WORD_RE.findall(sentence[max(0, at - 30):at])[-PLANNED_REACH:]} & _PLAN_WORDS:
        return False   # "110 kamar untuk pembangunan tahap pertama dari rencana 200 kamar": the rooms planned
    # no target asked: a count called one is no count of what is ("Yang sudah aktivasi itu sekitar
    # 2,6 juta wajib pajak, target kami 14 juta WP"), nor of what is expected ("diperkirakan bisa
    # disalurkan" asked: "perseroan awalnya menargetkan dapat menyuplai beras sebanyak 700.000 ton")
    return _said_plan_or_outcome(sentence, at) != "target"


_PLAN_WORDS = frozenset({"rencana", "rencananya", "direncanakan", "merencanakan", "berencana"})
PLANNED_REACH = 2   # words before a figure where a plan word makes it the planned count ("dari rencana 200 kamar")
REQUIRED_REACH = 4   # words before a figure in its clause where a word says it is needed ("harus mendapatkan 10 kursi")


def required_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A requirement is no count of what is held, and the other way round: "berapa kursi yang
    dimiliki PKS" takes no "harus mendapatkan 10 kursi" nor "apabila memiliki 10 kursi" (the
    condition to nominate); "berapa minimal fotokopi KTP yang disyaratkan" takes no "sudah berhasil
    mengumpulkan 40 ribu KTP" (what one team has: done, "sudah", or "yang terkumpul"; "agar dapat
    mengumpulkan sebanyak 69.807" is the aim the rule sets)."""
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    w = lexicon().words
    asked = {t.lower() for t in WORD_RE.findall(frame.question_text)} & w["required_asked_words"]
    # (read back to a mark only: _clause_words would stop at "apabila", a clause break, the very word read here)
    before = re.findall(r"[^\W\d_][\w-]*|[,;:.()\"“”]", sentence[max(0, at - 80):at].lower())
    cut = max((i for i, t in enumerate(before) if not t[:1].isalpha()), default=-1)
    near = before[cut + 1:][-REQUIRED_REACH:]
    if asked:   # what one has gathered so far is no requirement ("sudah 40 ribu KTP yang terkumpul")
        after = _lower_words(sentence[at + len(q.get("text") or ""):])[:3]
        return not (set(near) & _DONE_WORDS or (after[:1] == ["yang"] and set(after[1:]) & w["achieved_words"]))
    if frame.money or "waktu" in near:
        return True   # money or time needed is the cost or the time it takes ("diperlukan waktu 7 minggu")
    obliged = any(t in w["obliged_words"] and near[k + 1:k + 2] and near[k + 1] in w["getting_verbs"]
                  for k, t in enumerate(near))
    return not (obliged or set(near) & w["required_words"])


def _said_plan_or_outcome(sentence: str, at: int) -> str | None:
    """What the nearest word before a figure in its clause says it is: "target" or "achieved"
    ("target cukai tembakau dari Rp159 triliun sudah tercapai Rp130 triliun"), else None."""
    w = lexicon().words
    # (through a bracketed aside: "DJP menargetkan pelaporan surat pemberitahuan (SPT) tahunan 2025 mencapai 14,5 juta")
    words = _clause_words(sentence, at, comma=True, asides=True)
    for k in range(len(words) - 1, -1, -1):
        t = words[k]
        if t in w["target_words"] and not (k + 1 < len(words) and (words[k + 1] in _AIMED_AT_WORDS or words[k + 1] in _STRIKES)):
            return "target"   # (not an attack "ditargetkan ke persembunyian": aimed at a place; not "sasaran sanksi": those struck)
        if t in w["achieved_words"]:
            # "menargetkan timnya meraih 13 poin": a target verb earlier governs the verb of what
            # is to be won, unless that one says it is done ("sudah tercapai", "telah meraih")
            if not (k and words[k - 1] in _DONE_WORDS) and any(
                    x in w["target_words"] and not (j + 1 < k and words[j + 1] in _AIMED_AT_WORDS) for j, x in enumerate(words[:k])):
                return "target"
            return "achieved"
    return None


_DONE_WORDS = frozenset({"sudah", "telah", "baru", "berhasil"})
_AIMED_AT_WORDS = frozenset({"ke", "kepada", "pada", "terhadap"})
# "sasaran sanksi tersebut termasuk 15 pemimpin", "target serangan": what a strike hits, no plan's target
# ("target penertiban kabel udara … 100 km" is a plan: only strikes that hit their target count)
_STRIKES = frozenset({"sanksi", "serangan", "penembakan", "pengeboman", "rudal", "bom", "teror", "embargo"})


_POTENTIAL_ASKED_RE = re.compile(r"\b(?:berpotensi|potensi|(?:bisa|dapat|mungkin)\s+terjadi|skenario)\b", re.I)
_HAPPENED_RE = re.compile(r"\b(?:pernah|(?:telah|sudah)\s+terjadi)\b", re.I)


def _plan_or_outcome_fits(frame: QuestionFrame, sentence: str, at: int) -> bool:
    """A target asked is not what was achieved, and the other way round: the nearest word before
    the amount in its clause that says which it is decides ("target cukai tembakau dari Rp159
    triliun sudah tercapai Rp130 triliun": 159 is the target, 130 what was reached)."""
    w = lexicon().words
    asked = {t.lower() for t in WORD_RE.findall(frame.question_text)}
    wants_target, wants_achieved = bool(asked & w["target_words"]), bool(asked & w["achieved_words"])
    if wants_target == wants_achieved:
        return True
    said = _said_plan_or_outcome(sentence, at)
    return said is None or (wants_target if said == "target" else wants_achieved)


def _narrowed_value(frame: QuestionFrame, sentence: str, at: int, pipeline: TextPipeline,
                    thing_word: str | None = None) -> bool:
    """The value asked, narrowed in the figure's clause by a word the question does not say: "nilai
    impor Indonesia" is not "impor nonmigas", "impor bahan baku" or "impor dari China" (parts).
    `thing_word`: the measured thing of a measure asked ("ekspor … turun berapa persen")."""
    w = lexicon().words
    asked = {pipeline.stem(t.lower()) for t in WORD_RE.findall(frame.question_text)}
    thing = pipeline.stem(thing_word or frame.value_of or "")
    words = _clause_words(sentence, at, comma=True)
    spots = [i for i, t in enumerate(words) if pipeline.stem(t) == thing]
    if not spots:
        return False
    start = spots[-1] + 1
    for i in range(start, min(start + 2, len(words))):
        t = words[i]
        if t in w["value_narrowers"] and pipeline.stem(t) not in asked:
            if t not in ("dari", "ke"):
                return True
            rest = words[i + 1:i + 3]
            if not rest or rest[0] in w["level_markers"]:
                continue   # "menurunkan tingkat kemiskinan ke level 8,47 persen": where it went, no part
            if not any(pipeline.stem(x) in asked for x in rest):
                return True   # "impor dari China" for "nilai impor Indonesia"
    return False


OWNER_REACH = 150   # characters before an amount read for the company it is of


def _acronym_of(short: str, long: str) -> bool:
    """"btn" stands for "bank_tabungan_negara" (keys, words joined by "_")."""
    words = long.split("_")
    return "_" not in short and len(words) >= 2 and short == "".join(w[:1] for w in words)


def _other_owner(frame: QuestionFrame, sentence: str, at: int) -> bool:
    """An amount asked of an organisation ("harga saham BTN"), in a clause whose organisation is
    another ("PT Bank Mandiri (Persero) Tbk (BMRI) … ke harga Rp 4.510") and a sentence that names
    the asked one nowhere: the other's amount."""
    if not frame.entities:
        return False
    lex = lexicon()
    if not set(_lower_words(sentence[max(0, at - OWNER_REACH):at])) & lex.words["company_words"]:
        return False   # only companies: "harta politikus Partai Kebangkitan Bangsa itu" is still the asked man's
    named = {n for n in _orgs_before(sentence, at) if n not in lex.places or lex.places[n].kind == "org"}
    if not named:
        return False
    if any(entities_compatible(n, e) or _acronym_of(e, n) or _acronym_of(n, e) for n in named for e in frame.entities):
        return False
    low = set(_lower_words(sentence))
    return not any(set(e.split("_")) <= low for e in frame.entities)


# a numbered name ("iPhone 11 Pro", "Lion Air JT 610", "Asian Games 2018", "Galaxy Note 10"): words
# each capitalised (or camel-cased) or numbers, holding a number and a word
_MODEL_RUN_RE = re.compile(r"(?<![\w$])(?:[A-Za-z]*[A-Z][\w-]*|\d[\w-]*)(?:\s+(?:[A-Za-z]*[A-Z][\w-]*|\d[\w-]*))+")
MODEL_REACH = 60   # characters between a numbered name and the figure it names


def _model_runs(text: str) -> list[tuple[int, int, frozenset[str], str, str]]:
    """(start, end, lead, key, bare) of each numbered name: the words before its first number, lower-cased
    ("Samsung Galaxy Note 10": samsung, galaxy, note; "Galaxy Note 9" shares them), and a key of
    what tells it from others of its line, lower-cased, without spaces or hyphens ("JT610" is
    "JT 610"): "RT 005 Srondol Wetan" is 005, "Pemilu 2019 Demokrat" 2019, "iPhone 11 Pro Max"
    11promax, not 11pro. Not a date ("September 2025"), nor money, nor a run that starts with a
    number. `bare` is the key without the short codes of its numbers ("JT 610", "JT610": "610")."""
    out = []
    months, currencies = _MONTH_WORDS, lexicon().words["currencies"]
    variants, sizes = lexicon().words["model_variant_words"], lexicon().words["spec_units"]
    for m in _MODEL_RUN_RE.finditer(text):
        words = m.group().split()
        head = words[0].lower()
        numbered = [any(c.isdigit() for c in w) for w in words]
        last = max((i for i, n in enumerate(numbered) if n), default=-1)
        if last < 1 or not head[0].isalpha() or head in months or head in currencies:
            continue
        if any(n and (w.lower().lstrip("0123456789.,") in sizes or (i + 1 < len(words) and words[i + 1].lower() in sizes))
               for i, (w, n) in enumerate(zip(words, numbered))):
            continue   # "RAM 4GB", "ROM 128 GB": a size, not a model
        # the numbers with a short code right before one ("JT 610"), the variant words after a
        # number; not the other words ("Timnas Indonesia U-16" is "Timnas U-16")
        key: list[str] = []
        bare: list[str] = []
        first = None
        for i, w in enumerate(words[1:], 1):
            if key and w.lower() == key[-1]:
                continue   # "APBN 2025 2025": a question's topic keeps the year of its dropped "(Juni 2025)"
            code = w.isupper() and len(w) <= 3 and i + 1 < len(words) and numbered[i + 1]
            if code and key:
                break   # "Oppo F5 RAM 4 GB": the model's size, another numbered thing
            if numbered[i] or code or (w.lower() in variants and any(numbered[:i])):
                first = i if first is None else first
                key.append(w.lower())
                if not code:
                    bare.append(_CODED_NUMBER_RE.sub("", w).lower())
        lead = frozenset(w.lower() for w in words[:first])
        out.append((m.start(), m.end(), lead, re.sub(r"-", "", "".join(key)), re.sub(r"-", "", "".join(bare))))
    return out


# a short code glued to a number ("JT610", "A330"): the number is written without it too ("Lion Air 610")
_CODED_NUMBER_RE = re.compile(r"^[A-Z]{1,3}(?=\d+$)")


@lru_cache(maxsize=256)
def _asked_models(question: str) -> tuple[tuple[int, int, frozenset[str], str, str], ...]:
    """_model_runs of a question, once per question (model_fits runs for every figure); not one it
    sets aside ("Galaxy Note 10 (model reguler, bukan Note 10 Plus)")."""
    return tuple(r for r in _model_runs(question) if not _SET_ASIDE_BEFORE_RE.search(question[:r[0]]))


SET_ASIDE_WORDS = r"(?:bukan|selain|kecuali|(?:tidak|tak|belum)\s+termasuk)"   # what a question names only to set aside (grades.set_aside_fits too)
_SET_ASIDE_BEFORE_RE = re.compile(rf"\b{SET_ASIDE_WORDS}\s+$", re.I)
_MONTH_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)   # no model's first word


def model_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A figure of a numbered name the question asks ("harga iPhone 11 Pro") is not one said of
    another of its line: the nearest such name before the figure, in its sentence, sharing a word
    before its number with the asked one, must be the asked one ("iPhone 11 Pro Max dibanderol Rp
    15,4 juta" and "iPhone 11 dijual Rp 9,8 juta" are other models' prices; "Galaxy Note 9
    memiliki baterai 4.000 mAh" is not the "Samsung Galaxy Note 10"'s; "Asian Games 2014" another
    games)."""
    asked = _asked_models(frame.question_text)
    if not asked:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    heads = frozenset().union(*(lead for _, _, lead, _, _ in asked))
    runs = _model_runs(sentence[:at])
    said = [(lead, key, bare) for _, end, lead, key, bare in runs if lead & heads and at - end <= MODEL_REACH]
    if not said:
        # the sentence's subject is another of the line, however far before the figure: "Samsung
        # Galaxy S8 sebelumnya mencetak rekor dan menjual … dalam waktu 37 hari"
        said = [(lead, key, bare) for start, _, lead, key, bare in runs[:1]
                if lead & heads and not WORD_RE.findall(sentence[:start])]
    if not said:
        return True
    lead, key, bare = said[-1]
    # the same number with its code left out on one side: "Lion Air 610" is "Lion Air JT610"; a
    # hyphen joining the name's last word to its number: "Adrian Darya-1" is "Adrian Darya 1"
    return any(key == k or (bare == b and (key == bare or k == b)) or (key.endswith(k) and key[:-len(k)] in asked_lead)
               for _, _, asked_lead, k, b in asked if asked_lead & lead)


def memory_variant_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A price asked of one memory variant ("harga Realme 5 Pro varian RAM 8 GB/128 GB") is not
    another variant's in a list of prices: "varian RAM 4GB + ROM 128 GB dengan harga Rp 2,999 juta
    dan varian RAM 8GB + ROM 128 seharga Rp 3,699 juta" gives 3,699. The variant is the one in
    brackets right after the price ("USD1.449 (512GB)"), else the one named since the price before;
    a price with none named is judged by the other rules."""
    asked = _memory_sizes(frame.question_text)
    if not asked or not _MEMORY_RE.search(sentence):
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0 or not _CURRENCY_BEFORE_RE.search(sentence, max(0, at - CURRENCY_BEFORE_REACH), at):
        return True
    end = at + len(q.get("text") or "")
    labelled = _MEMORY_LABEL_AFTER_RE.match(sentence, end)   # "USD1.449 (512GB)": the label after the price
    if labelled:
        said = _memory_sizes(labelled.group())
    else:
        start = max((m.end() for m in _PRICE_RE.finditer(sentence, 0, at) if m.end() < at - 1), default=0)
        said = _memory_sizes(sentence[start:at])
    return not said or asked <= said


@lru_cache(maxsize=1024)
def _memory_sizes(text: str) -> frozenset[int]:
    """The memory sizes a text names: "RAM 8 GB/128 GB", "4/64 GB", "RAM 8GB + ROM 128" -> {8, 128}."""
    return frozenset(int(g) for m in _MEMORY_RE.finditer(text) for g in m.groups() if g)


_MEMORY_RE = re.compile(r"\b(?:RAM|ROM|memori(?:\s+internal)?|internal)\s*(\d{1,4})(?!\s*[.,]\d)|\b(\d{1,4})\s*/\s*(\d{1,4})\s*(?:GB|TB)\b"
                        r"|\b(\d{1,4})\s*(?:GB|TB)\b", re.I)
_MEMORY_LABEL_AFTER_RE = re.compile(r"\s*\(\s*(?:RAM\s*)?\d{1,4}\s*(?:/\s*\d{1,4}\s*)?(?:GB|TB)[^()]{0,12}\)", re.I)
_PRICE_RE = re.compile(r"(?:Rp\.?|US\$|USD|\$|€)\s*\d[\d.,]*(?:\s*(?:juta|ribu|miliar|jutaan|ribuan))?", re.I)


def camera_side_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A camera asked by its side ("kamera selfie", "kamera utama (belakang)") is not the other
    side's: "Di bagian depannya, Oppo A9 2020 juga punya kamera 16 megapiksel" is the front one,
    "Di bagian punggungnya … kamera 16 megapiksel" the rear. The side named nearest before the
    figure, in its sentence, decides; none named, the other rules do."""
    asked = _camera_side(frame.question_text)
    if asked is None:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    sides = [m for m in _CAMERA_SIDE_RE.finditer(sentence, 0, at)]
    return not sides or _side_of(sides[-1].group()) == asked


@lru_cache(maxsize=256)   # read for every figure of a question
def _camera_side(question: str) -> str | None:
    if not _CAMERA_RE.search(question):
        return None
    sides = {_side_of(m.group()) for m in _CAMERA_SIDE_RE.finditer(question)}
    return sides.pop() if len(sides) == 1 else None


def _side_of(word: str) -> str:
    return "front" if word.lower().startswith(("depan", "selfie", "swafoto")) else "rear"


_CAMERA_RE = re.compile(r"\bkamera\b", re.I)
_CAMERA_SIDE_RE = re.compile(r"\b(?:depan(?:nya)?|selfie|swafoto|belakang(?:nya)?|punggung(?:nya)?)\b", re.I)


def _names_thing(text: str, thing: str, pipeline: TextPipeline) -> bool:
    stem = pipeline.stem(thing)
    return any(pipeline.stem(t.lower()) == stem for t in WORD_RE.findall(text))


def _sectors(words: Sequence[str]) -> set[str]:
    """The sectors words name: of the trade, "migas", "nonmigas" ("non migas", "non-migas"); of
    who holds a debt or an investment, "pemerintah", "swasta", "bumn" (holder_sectors)."""
    out = set()
    holders = lexicon().words["holder_sectors"]
    for i, t in enumerate(words):
        if t in ("nonmigas", "non-migas") or (t == "migas" and i and words[i - 1] == "non"):
            out.add("nonmigas")
        elif t == "migas" or t in holders:
            out.add(t)
    return out


@lru_cache(maxsize=4096)   # a question's, for each of its figures; an answering sentence's (article_choices)
def asked_sectors(question: str) -> frozenset[str]:
    """The sectors a text names ("ULN swasta", "neraca migas"): _sectors of its words."""
    return frozenset(_sectors(list(_lower_words(question))))


@lru_cache(maxsize=1024)   # read for each figure of a question
def question_sectors(question: str) -> frozenset[str]:
    """The sectors a question asks: asked_sectors, less a holder named as a party beside another
    ("pasal … yang disetujui Komisi VIII DPR dan pemerintah": the ones who agreed, not whose
    articles), unless the word before is a sector too ("ULN pemerintah dan swasta")."""
    words = list(_lower_words(question))
    holders = lexicon().words["holder_sectors"]
    out = _sectors(words)
    for i, t in enumerate(words):
        if t in holders and i >= 2 and words[i - 1] in _PARTY_JOINERS and words[i - 2] not in holders \
                and not any(x == t for x in words[i + 1:]):
            out.discard(t)
    return frozenset(out)


_PARTY_JOINERS = frozenset({"dan", "serta", "atau", "dengan", "antara", "oleh", "kepada", "bersama"})


def _other_sector(frame: QuestionFrame, sentence: str, at: int, comma: bool = True) -> bool:
    """The figure's clause names a sector the question does not ask: of the trade (oil and gas or
    the rest), a part, not the whole asked ("surplus neraca perdagangan Indonesia"); of holders,
    when the question names one, another holder's ("ULN Pemerintah … tumbuh 9,7 persen" for "ULN
    swasta"). A question naming no holder takes any: "pemerintah" is as often the one speaking."""
    low = sentence.lower()
    holders = lexicon().words["holder_sectors"]
    if "migas" not in low and not any(h in low for h in holders):
        return False
    named = _sectors(_clause_words(sentence, at, comma=comma))
    asked = question_sectors(frame.question_text)
    trade = named - holders
    if trade and not trade <= asked:
        return True
    named_holders, asked_holders = named & holders, asked & holders
    return bool(asked_holders and named_holders and not named_holders & asked_holders)


LIST_ITEMS = 3   # figures of one noun in a sentence that make it a list of kinds


def list_item_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """In a list of one noun by kind ("13.440 kursi KA Argo, 6.300 kursi KA Eksekutif, 48.084 kursi
    KA ekonomi jarak jauh, 87.772 kursi KA ekonomi lokal"), an item is the kind its own words say,
    up to a verb: every word of it must be the question's ("kursi kereta ekonomi jarak jauh" takes
    48.084 only)."""
    unit = (q.get("unit") or "").lower()
    pipeline = frame.pipeline
    if not unit or unit in CLASSIFIERS or pipeline is None or not frame.noun:
        return True
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    if at < 0 or len(re.findall(rf"\d[\d.,]*\s+{re.escape(unit)}\b", sentence, re.IGNORECASE)) < LIST_ITEMS:
        return True
    tail = re.split(r"[,;:.()]|\s(?:dan|serta|atau)\s|\d", sentence[at + len(text):], maxsplit=1)[0]
    w = lexicon().words
    own = [t.lower() for t in WORD_RE.findall(tail) if t[:1].isalpha()]
    if own and own[0] in lexicon().stopwords:
        return True     # "32 medali dengan koleksi 7 medali emas, …": the whole before its parts, no kind
    stem = pipeline.stem
    verb = next((i for i, t in enumerate(own) if _verb_like(t, stem)), len(own))
    # a kind is a noun phrase: a verb after it says what befell the item ("78,1 persen responden menjawab puas")
    own = [t for t in own[:verb] if t not in lexicon().stopwords and t not in w["list_generic"]]
    if not own:
        return True
    asked = {stem(t.lower()) for t in WORD_RE.findall(frame.question_text)}
    return all(stem(t) in asked for t in own)


_SWITCH_RE = re.compile(r"(?:,\s*(?:sementara|sedangkan)|\ssedangkan|^\W*(?:sedangkan|sementara\s*,))\s+(?!itu\b)((?:[^\W\d_][\w-]*\s*){1,3}?)(?=,|\s(?:yang|menerima|mendapat|"
                        r"dijatuhi|divonis|dituntut|membayar|harus|hanya|juga|sebesar|sebanyak|mencapai|"
                        # "… untuk Grab, sedangkan Gojek beroperasi di 221 kota": what the other one has
                        r"memiliki|menguasai|meraih|mencatat|mencatatkan|beroperasi|berada|tercatat|akan|menanggung)\b)", re.I)


def switched_subject_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A figure after ", sementara <another one>," is that one's: "Putri Hassa … membayar denda
    sebesar 10.000 euro, sementara pengawalnya, Rani Saidi, menerima … denda 5.000 euro" answers no
    question about the princess's fine. Judged only when the clause before names a word of the
    question that the new subject does not, and the new subject names a word the question does not."""
    pipeline = frame.pipeline
    at = figure_at(sentence, q.get("text") or "")
    low = sentence.lower()
    if pipeline is None or at < 0 or "sementara" not in low and "sedangkan" not in low:
        return True
    switch = None
    for switch in _SWITCH_RE.finditer(sentence, 0, at):
        pass
    if switch is None or re.search(r"[.;](?!\d)", sentence[switch.end():at]):
        return True
    stem = pipeline.stem
    asked = _word_stems(frame.question_text, stem)
    subject = _word_stems(switch.group(1), stem)
    before = _word_stems(sentence[:switch.start()], stem)
    if not sentence[:switch.start()].strip(" \"'“”-–,"):
        # "Sedangkan Go-Jek, pesaing terdekat Grab, memiliki 35,3 persen …": the contrast opens the
        # sentence; the one contrasted was the sentence before's, so a new subject that is a name
        # the question does not say is another party
        return not (subject and not subject & asked and switch.group(1)[:1].isupper())
    if subject & asked and _other_modifier(switch.group(1), sentence[:switch.start()], asked, stem):
        return False   # "… ditanggung oleh pemerintah pusat, sementara pemerintah daerah menanggung 37 juta"
    return not (subject - asked and not subject & asked and (before & asked) - subject)


def _other_modifier(subject: str, before: str, asked: set[str], stem: Callable[[str], str]) -> bool:
    """The contrasted subject is the same noun as one before it with another modifier: "pemerintah
    daerah" after "pemerintah pusat", the question naming "pusat" and not "daerah"."""
    def pairs(text: str) -> dict[str, str]:
        words = [stem(t.lower()) for t in WORD_RE.findall(text) if t[:1].isalpha()]
        return {a: b for a, b in zip(words, words[1:])}
    said, earlier = pairs(subject), pairs(before)
    return any(head in earlier and earlier[head] in asked and mod not in asked and mod != earlier[head]
               and head in asked for head, mod in said.items())


def _word_stems(text: str, stem: Callable[[str], str]) -> set[str]:
    """Stems of a text's words, function words left out and "-nya" cut ("pengawalnya")."""
    stop = lexicon().stopwords
    words = (t.lower() for t in WORD_RE.findall(text) if t[:1].isalpha())
    return {stem(t[:-3] if t.endswith("nya") and len(t) > 5 else t) for t in words if t not in stop}


_GOODS_WORDS = frozenset({"produk", "produk-produk", "barang", "barang-barang", "komoditas"})
ORIGIN_REACH = 8   # words either side of a figure where the goods it is the value of are said to come from


def _goods_origins(low: list[str], lo: int, hi: int) -> set[str]:
    """Countries goods are said to come from in low[lo:hi]: "asal China", "produk (impor) AS",
    "impor China ke AS" (what one country sells another)."""
    lex = lexicon()
    out: set[str] = set()
    for i in range(max(0, lo), min(hi, len(low))):
        j = None
        if low[i] == "asal":
            j = i + 1
        elif low[i] in _GOODS_WORDS:
            j = i + 1 + (i + 1 < len(low) and low[i + 1] in ("impor", "ekspor"))
            j += j < len(low) and low[j] in ("asal", "dari")
        elif low[i] == "impor":
            j = i + 1
        hit = lex.names.at(low, j) if j is not None and j < len(low) else None
        if hit is None or hit[0] not in lex.places or lex.places[hit[0]].kind != "country":
            continue
        if low[i] == "impor" and low[j + hit[1]:j + hit[1] + 1] != ["ke"]:
            continue   # "impor China" alone may be what China buys
        out.add(hit[0])
    return out


@lru_cache(maxsize=256)   # read for every figure of a question
def _asked_origins(question: str) -> frozenset[str]:
    low = [t.lower() for t in WORD_RE.findall(question)]
    return frozenset(_goods_origins(low, 0, len(low)))


def origin_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """Goods asked by where they come from ("produk impor asal China yang dikenai tarif baru oleh
    AS") take no value of goods said to come from another country: "tarif untuk 110 miliar dollar
    AS produk impor asal AS" is what China taxes, not what the US does."""
    asked = _asked_origins(frame.question_text)
    if not asked:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    before = [t.lower() for t in WORD_RE.findall(sentence[:at])]
    low = before + [t.lower() for t in WORD_RE.findall(sentence[at:])]
    said = _goods_origins(low, len(before) - ORIGIN_REACH, len(before) + ORIGIN_REACH)
    return not said or any(entities_compatible(a, b) for a in asked for b in said)


@lru_cache(maxsize=256)
def _asked_as_destination(frame: QuestionFrame) -> bool:
    """Every place the question names is where something goes ("ekspor … ke Papua Nugini"): where
    the story is told from (Serang, a port of departure) does not rule a sentence out."""
    lex = lexicon()
    low = [t.lower() for t in WORD_RE.findall(frame.question_text)]
    found = [(i, hit[0]) for i in range(1, len(low)) if (hit := lex.names.at(low, i)) and hit[0] in frame.places]
    return bool(found) and all(low[i - 1] == "ke" for i, _ in found)


def scope_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A figure under a topic the sentence sets ("Sementara untuk kategori putri, PB PABBSI akan
    menurunkan enam lifternya", "Sementara untuk Dana Pihak Ketiga (DPK), Bank Mandiri mencatatkan
    …", "untuk beberapa daerah tercatat …") is that topic's: it answers no question sharing none of
    the topic's words. Not a purpose ("Untuk mencapai target tersebut", "Untuk diketahui": a verb
    first), a word pointing back ("Untuk rinciannya"), a time ("untuk tahun depan") nor a stage
    ("Untuk tahap pertama"), which say nothing of whose figure it is."""
    pipeline = frame.pipeline
    if pipeline is None or not _SCOPE_WORD_RE.search(sentence):
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    scope = None
    for scope in _SCOPE_RE.finditer(sentence, 0, at):
        pass
    if scope is None or scope.end() > at or re.search(r"[.;](?!\d)", sentence[scope.end():at]):
        return True
    words = [t.lower() for t in WORD_RE.findall(scope.group(1))]
    w = lexicon().words
    if not words or not words[0].isalpha() or words[0].endswith("nya") or _verb_like(words[0], pipeline.stem) \
            or set(words) & (w["time_words"] | _SCOPE_STAGE_WORDS) or any(x in MONTHS or x.isdigit() for x in words):
        return True
    topic = _word_stems(" ".join(words), pipeline.stem) - _SCOPE_GENERIC
    return not topic or bool(topic & _question_stems(frame))


# "Sementara untuk X," / ", untuk X," / "Untuk X," up to its comma, or up to the figure's lead
_SCOPE_RE = re.compile(r"(?:^\W*|[,;]\s*|\b(?:sementara|sedangkan|adapun)\s+(?:itu\s*)?,?\s*)(?:untuk|bagi|khusus(?:\s+untuk)?)\s+"
                       r"((?:[^\W\d_][\w-]*(?![\w-])(?:\s*\([^()]{1,20}\))?\s*){1,6}?)(?=,|\s+(?:Rp|US\$|\d))", re.I)
_SCOPE_WORD_RE = re.compile(r"\b(?:untuk|bagi|khusus)\s", re.I)
_SCOPE_STAGE_WORDS = frozenset({"tahap", "fase", "gelombang", "pertama", "kedua", "ketiga", "keempat", "kelima", "periode",
                                "semester", "kuartal", "triwulan", "tahunan", "bulanan", "harian", "sementara"})
_SCOPE_GENERIC = frozenset({"jumlah", "total", "data", "angka", "nilai", "rinci", "jenis", "kategori", "sisi", "aspek", "beberapa",
                            "informasi", "info", "catat"})   # "Untuk informasi, …", "Untuk catatan, …": said to the reader


def worldwide_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A figure said of the whole world ("Secara global, GetApps memiliki 150 juta pengguna aktif
    yang tersebar di lima negara, mencakup … Indonesia …", "279 juta pengguna … di seluruh dunia")
    answers no question asking one place ("pengguna aktif … di Indonesia"), though its sentence
    names that place among the others. Read in the figure's own clause, before or after it."""
    if not frame.places or not (_WORLDWIDE_RE.search(sentence) or "negara" in sentence or "Negara" in sentence) \
            or _WORLD_ASKED_RE.search(frame.question_text):
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    end = at + len(q.get("text") or "")
    before = re.split(r"[.;](?!\d)", sentence[:at])[-1]
    # (before it, a "Secara global," opening its clause; after it, only what its own noun phrase
    # says: "… USD1,5 miliar untuk program developer guna mendukung … pengembang … di seluruh dunia"
    # is the developers' spread, not the money's)
    after = re.split(r"[.;,](?!\d)", sentence[end:end + WORLDWIDE_AFTER], maxsplit=1)[0]
    return not (_WORLDWIDE_RE.search(before) or _WORLDWIDE_RE.search(after) or _MANY_COUNTRIES_AFTER_RE.match(after))


# "128 pecatur dari 47 negara": the figure's own noun counts every country's
_MANY_COUNTRIES_AFTER_RE = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:dari|di)\s+(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
                                      r"sepuluh|puluhan|ratusan)\s+negara\b", re.I)


WORLDWIDE_AFTER = 45   # characters after a figure read for its spread ("… pengguna aktif bulanan yang tersebar di 220 negara")
_WORLDWIDE_RE = re.compile(r"\b(?:secara\s+global|di\s+seluruh\s+dunia|seluruh\s+dunia|sedunia|se-dunia|worldwide"
                           r"|tersebar\s+di\s+(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|puluhan|ratusan)\s+negara)\b",
                           re.I)
# ("Piala Dunia", "Kejuaraan Dunia" name an event: the world is not asked)
_WORLD_ASKED_RE = re.compile(r"\b(?:global|(?<!piala )(?<!kejuaraan )dunia|sedunia|internasional|worldwide|negara-negara"
                             r"|(?:seluruh|semua|berbagai)\s+negara)\b", re.I)


def related_party_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A figure said of someone's subordinates or aides ("dua anak buah Fahmi yaitu Muhammad Adami
    Okta dan Hardy Stefanus juga dituntut 2 tahun penjara ditambah denda Rp 100 juta") is theirs,
    not the named one's: it answers no question naming him without the relation."""
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    low_q = frame.question_text.lower()
    for m in _related_party_re().finditer(sentence, 0, at):
        if m.group(1).lower() in low_q:
            continue   # "berapa denda anak buah Fahmi": the relation is asked
        if m.group(2).lower() in low_q.split() and not re.search(r"[.;](?!\d)", sentence[m.end():at]):
            return False
    # "Sementara istrinya, divonis empat tahun penjara": the kin pointed back to, the sentence's
    # subject, is another one than the person the question names, unless the kin is asked ("berapa
    # vonis istri Itoc"); not an object ("bercerai dengan istrinya setelah menikah selama 6 tahun")
    kin = _KIN_SUBJECT_RE.match(sentence)
    if kin is not None and kin.end() <= at and kin.group(1).lower() not in _lower_words(frame.question_text) \
            and not re.search(r"[.;](?!\d)", sentence[kin.end():at]):
        named = _names_asked(frame.question_text)
        return not named or bool(named & set(_lower_words(sentence[kin.end():at])))
    return True


_KIN_SUBJECT_RE = re.compile(r"\W*(?:(?:sementara|sedangkan|adapun|lalu|kemudian|namun|dan)(?:\s+itu)?,?\s+)?"
                             r"(istri|suami|anak|ayah|ibu|adik|kakak|putra|putri|menantu|mertua|cucu|keponakan)nya\b", re.I)


@lru_cache(maxsize=1)
def _related_party_re() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(x) for x in frame_word_groups("related_party_words")), key=len, reverse=True))
    return re.compile(rf"\b({words})\s+([A-Z][\w'-]+)")


PAIR_OWN_WORDS = 4   # "peserta JKN terdiagnosis diabetes melitus": the item's own words, not "karena kejuaraan itu …"
_PAIR_JOIN_RE = re.compile(r",|\s(?:dan|serta|sedangkan|sementara)\s", re.I)
# where an item's own words end: a join, or an adjunct that may be said of the whole pair ("…
# dan sedikitnya 100 orang luka-luka dalam aksi kekerasan di Kamanyola")
_OWN_WORDS_END_RE = re.compile(r"[,;:.()]|\s(?:dan|serta|atau|sedangkan|sementara|yang|di|dalam|pada|saat|ketika"
                               r"|sejak|hingga|sampai|akibat|karena|setelah|sebelum)\s", re.I)


def contrasted_pair_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str,
                         siblings: list[dict[str, Any]] = ()) -> bool:
    """Two figures of one unit side by side, each followed by words of its own ("20,5 juta peserta
    JKN terdiagnosis hipertensi dan 7,4 juta peserta JKN terdiagnosis diabetes melitus", "100
    persen untuk kelas I dan II dan 65 persen untuk kelas III"): a question naming what only one of
    them says ("… terdiagnosis hipertensi") takes that one, not the other. Each figure's own words
    run to the next join or clause mark; the second figure's lead ("… dan lending facility di
    6,25%") is no one's, and a pair whose figures do not both have words of their own is left alone
    (what follows the second may be said of both). Two figures told apart by a group of people only
    ("10 atlet putra dan delapan atlet putri") are parts of a whole a question asking no group asks."""
    unit = (q.get("unit") or "").lower()
    pipeline = frame.pipeline
    if not unit or pipeline is None or not siblings:
        return True
    # (a bare number whose unit is carried over, "Kantor Polisi Wilayah 10", is no item of the pair)
    spans = sorted({(a, a + len(t)) for x in (q, *siblings)
                    if (x.get("unit") or "").lower() == unit and (t := x.get("text"))
                    and (x is q or not t.strip().isdigit()) and (a := figure_at(sentence, t)) >= 0})
    at = figure_at(sentence, q.get("text") or "")
    if len(spans) != 2 or at < 0:
        return True
    (_, first_end), (second_at, second_end) = spans
    joins = list(_PAIR_JOIN_RE.finditer(sentence, first_end, second_at))
    if not joins:
        return True   # "dari 4,08 juta penumpang … menjadi 4,37 juta penumpang": one thing's change
    stem = pipeline.stem
    w = lexicon().words
    skip = lexicon().stopwords | w["list_generic"] | {unit}

    def own(text: str) -> set[str]:   # a few words: a reason or an aside after them is not the item's
        words = [t.lower() for t in WORD_RE.findall(text) if t[:1].isalpha() and t.lower() not in skip]
        return {stem(t) for t in words[:PAIR_OWN_WORDS]}

    first = own(_OWN_WORDS_END_RE.split(sentence[first_end:joins[0].start() + 1], maxsplit=1)[0])
    second = own(_OWN_WORDS_END_RE.split(sentence[second_end:], maxsplit=1)[0])
    if not first or not second:
        return True   # "menewaskan 95 orang dan melukai 158 lainnya di pusat kota Kabul": both's place
    mine, other = (first, second) if at < second_at else (second, first)
    # a question's word in the sentence's opening time or place frames both items ("Pada musim
    # 2016/2017 Messi mencetak 54 gol dari 52 laga, … lebih dari 40 gol untuk delapan musim
    # beruntun"): it tells neither apart
    opening = _OPENING_FRAME_RE.match(sentence[:spans[0][0]])
    lead = {stem(t.lower()) for t in WORD_RE.findall(opening.group(1))} if opening else set()
    asked = {stem(t.lower()) for t in WORD_RE.findall(frame.question_text)} - lead
    groups = {stem(x) for x in w["subgroup_words"]}
    if mine - other and other - mine and (mine ^ other) <= groups and not (mine ^ other) & asked:
        return False   # "10 atlet putra dan delapan atlet putri" for "berapa atlet": parts of the asked whole
    leads = [_first_own_word(sentence[end:], skip, stem) for end in (first_end, second_end)]
    if all(x in groups for x in leads) and leads[0] != leads[1] and not set(leads) & asked:
        return False   # "empat anak perempuan dan dua anak laki-laki turut diamankan": what follows is both's
    return not ((other - mine) & asked and not (mine - other) & asked)


# an opening time or place, up to the first name or comma: "Pada musim 2016 / 2017 Messi …"
_OPENING_FRAME_RE = re.compile(r"\W*(?:[Pp]ada|[Dd]alam|[Ss]epanjang|[Ss]elama|[Dd]i)\s+((?:[a-z0-9/.\-]+\s+){1,5}?)(?=[A-Z]|,)")


def _first_own_word(text: str, skip: frozenset[str] | set[str], stem: Callable[[str], str]) -> str | None:
    words = [t.lower() for t in WORD_RE.findall(text) if t[:1].isalpha() and t.lower() not in skip]
    return stem(words[0]) if words else None


# "dari 66 orang ini" ("dari" just before the figure: "melihat dari anggota … 40 orang" is no whole)
# a whole named right before its figure ("dari 66 orang", "dari total 560"), and with a word of totality
_WHOLE_AFTER_DARI = r"\bdari\s+(?:total\s+|seluruh\s+|sebanyak\s+)?$"
_WHOLE_AFTER_DARI_RE = re.compile(_WHOLE_AFTER_DARI, re.I)
_WHOLE_MARK_RE = re.compile(rf"\b(?:total(?:nya)?|seluruh|keseluruhan)\b|{_WHOLE_AFTER_DARI}", re.I)
_CLAUSE_CUT_RE = re.compile(r"[,;:.]|\s(?:tapi|tetapi|namun|sedangkan|sementara|padahal)\s", re.I)
_YEAR_ONLY_RE = re.compile(r"(?:19|20)\d\d")


def subgroup_clause_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str,
                         siblings: list[dict[str, Any]] = ()) -> bool:
    """A question counting a group its "yang" clause sets apart ("… yang dirujuk ke RSUD
    Palabuhanratu", "… yang mengajukan pinjaman") takes, of two figures of one sentence, the one
    whose own clause says it: "dari 66 orang ini, ada empat yang dirujuk ke RSUD" gives four, not the
    66 they were drawn from; "Totalnya ada 50 anggota dewan, tapi yang sudah (mengajukan pinjaman)
    sekitar 20-an" gives the twenty. Only a figure its clause calls a whole ("dari", "total",
    "seluruh") is set aside, and only for a figure of another clause saying what is asked; a
    figure's own clause runs from the clause mark before it to the one after it."""
    pipeline = frame.pipeline
    if pipeline is None or not siblings:
        return True
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    if at < 0:
        return True
    stem = pipeline.stem
    restricting = _restricting_stems(frame.question_text, stem)
    own = _own_clause_stems(sentence, at, at + len(text), stem)
    whole = _among_them(sentence, at + len(text), at, siblings)
    if whole is not None:
        # "Sebanyak 23 orang tewas …, 20 di antaranya tewas terbakar": the part answers only what
        # its own clause adds to the whole's ("berapa yang tewas terbakar"), not "berapa orang tewas"
        o = figure_at(sentence, whole)
        asked = restricting or (_content_stems(frame.question_text, stem) - {stem((frame.noun or "").lower())}
                                - {stem(e) for e in frame.events})   # "dalam kebakaran kapal …": the event, not "terbakar"
        whole_own = _own_clause_stems(sentence, o, o + len(whole), stem)
        if (asked & own) - whole_own:
            return True
        # "dari 33 perusahaan yang memutuskan memindahkan pabriknya, 23 di antaranya memutuskan berpindah
        # ke Vietnam" for "… berapa yang memilih pindah ke Vietnam": the place the part's clause adds
        clause = _restricting_clause(frame.question_text) or ""
        places = {t.lower() for t in WORD_RE.findall(clause)} & set(lexicon().places)
        return bool((places & own) - whole_own)
    if restricting & own:
        return True   # its own clause says what is asked
    if _drawn_from_whole(q, sentence, at, siblings) \
            and not (_content_stems(frame.question_text, stem) - {stem((frame.noun or "").lower())}) & own:
        # "Dari Rp 60 triliun tunggakan pajak, sudah bisa direalisasi … Rp 7,21 triliun": a part, which
        # answers only a question naming what its own clause says ("22 di antaranya dirawat di puskesmas")
        return False
    # (split at marks only: _CLAUSE_CUT_RE would also cut the "tapi" that opens the clause)
    if _HEADLESS_YANG_RE.match(re.split(r"[,;:.]", sentence[:at])[-1]) \
            and any(0 <= figure_at(sentence, x.get("text") or "") < at and x.get("unit") == q.get("unit")
                    for x in siblings if x is not q):
        # "angkatan kerja kita tembus 153,05 juta orang, tapi yang aktif bekerja mencapai 145,77 juta
        # orang": those a clause with no noun sets apart from the figure before, not asked
        return False
    if not restricting or not _WHOLE_MARK_RE.search(_CLAUSE_CUT_RE.split(sentence[:at])[-1]):
        return True   # only a figure said to be a whole ("dari 66 orang ini", "Totalnya … ada 50")
    money = _after_currency(sentence, at)
    for m in _other_figures_re().finditer(sentence):
        o, o_end = m.start(), m.end()
        if at <= o < at + len(text) or _YEAR_ONLY_RE.fullmatch(m.group()):
            continue
        if _after_currency(sentence, o) != money:
            continue   # an amount and a count tell of different things
        between = sentence[at + len(text):o] if o > at else sentence[o_end:at]
        if _CLAUSE_CUT_RE.search(between) and restricting & _own_clause_stems(sentence, o, o_end, stem):
            return False   # (no clause mark between: "118 dari 122 anggota parlemen mendukung" is one phrase)
    if _WHOLE_AFTER_DARI_RE.search(sentence[:at]) and not restricting & own and _own_deed_said(sentence, at + len(text)) \
            and _part_clause_after(q, sentence, at, siblings):
        # "dari 60 ribu lebih tiket yang dilepas ke publik, hanya sekitar 12 ribu tiket yang terjual":
        # a whole its own clause says is of another deed than the asked one ("yang dialokasikan …")
        return False
    return True


# a clause naming its group by a "yang" clause with no noun before it ("tapi yang aktif bekerja mencapai …")
_HEADLESS_YANG_RE = re.compile(r"\s*(?:tapi|tetapi|namun|sedangkan|sementara|dan)\s+yang\s+[^\W\d_]", re.I)


def _own_deed_said(sentence: str, end: int) -> bool:
    """The figure's own clause goes on with a "yang" clause of its own ("60 ribu lebih tiket yang
    dilepas ke publik"): what its whole is, not a group named before ("dari 17 WNI tersebut")."""
    return re.search(r"\byang\b", _CLAUSE_CUT_RE.split(sentence[end:], maxsplit=1)[0]) is not None


def _part_clause_after(q: dict[str, Any], sentence: str, at: int, siblings: list[dict[str, Any]]) -> bool:
    """A figure of the same unit in a later clause of the sentence: the part drawn from this whole."""
    text = q.get("text") or ""
    unit = (q.get("unit") or "").lower()
    for other in siblings:
        t = other.get("text") or ""
        o = figure_at(sentence, t) if t else -1
        if o > at + len(text) and _CLAUSE_CUT_RE.search(sentence[at + len(text):o]) \
                and (other.get("unit") or "").lower() == unit:
            return True
    return False


_AMONG_THEM_RE = re.compile(r"\s*(?:orang\s+)?(?:di antaranya|diantaranya|di antara mereka)\b", re.I)


def _among_them(sentence: str, end: int, at: int, siblings: list[dict[str, Any]]) -> str | None:
    """The text of the whole a figure "di antaranya" is a part of: the last figure before it in
    its sentence ("Sebanyak 23 orang tewas …, 20 di antaranya tewas terbakar"); None for no part."""
    if not _AMONG_THEM_RE.match(sentence, end):
        return None
    before = [(o, t) for t in (x.get("text") or "" for x in siblings) if t and 0 <= (o := figure_at(sentence, t)) < at]
    return max(before)[1] if before else None


def _drawn_from_whole(q: dict[str, Any], sentence: str, at: int, siblings: list[dict[str, Any]]) -> bool:
    """A figure of a later clause than "Dari <a figure of the same kind> …," ("Dari 66 orang ini, ada
    empat …", "Dari Rp 60 triliun tunggakan pajak, sudah … Rp 7,21 triliun"): a part of that whole.
    Of the same kind: both amounts, or the same unit, or this one with none ("Dari 15 penampilan,
    … 13 gol" counts goals, no part of the appearances)."""
    unit = (q.get("unit") or "").lower()
    money = _after_currency(sentence, at)
    for other in siblings:
        t = other.get("text") or ""
        o = figure_at(sentence, t) if t else -1
        if o < 0 or o >= at or not _DRAWN_FROM_RE.search(sentence[max(0, o - 20):o]):
            continue
        other_unit = (other.get("unit") or "").lower()
        if not _CLAUSE_CUT_RE.search(sentence[o + len(t):at]):
            # "dari 4,08 juta penumpang menjadi 4,37 juta": one clause, a change; but "Dari 8 WNA
            # hanya 1 orang yang memegang pasport" picks out those its "yang" clause says
            if not (_PICKED_OUT_RE.fullmatch(sentence, o + len(t), at) and _YANG_AFTER_RE.match(sentence, at + len(q.get("text") or ""))
                    and unit in lexicon().words["people_nouns"] and not money):
                continue
            return True
        if (money and _after_currency(sentence, o)) or (not money and not _after_currency(sentence, o)
                                                        and (not unit or unit == other_unit)):
            return True
    return False


# between a whole after "Dari" and a count picked out of it in one clause ("Dari 8 WNA hanya 1 orang yang …")
_PICKED_OUT_RE = re.compile(r"\s+(?:hanya|cuma|baru|ada|terdapat)\s+", re.I)
_YANG_AFTER_RE = re.compile(r"\s+yang\s+", re.I)
_DRAWN_FROM_RE = re.compile(r"(?:^|[,;.]\s*|^\W*)\bdari\s+(?:total\s+|sebanyak\s+)?(?:rp\.?\s*|us\$\s*)?$", re.I)


def _after_currency(sentence: str, at: int) -> bool:
    """A currency is written right before the figure ("Rp 16.335", "US$ 2 juta"): an amount."""
    return bool(_CURRENCY_AT_RE.search(sentence, max(0, at - 6), at))


@lru_cache(maxsize=1)
def _other_figures_re() -> re.Pattern[str]:
    """Any figure of a sentence, in digits or words ("ada empat yang dirujuk", "sekitar 20-an"):
    figures with no counted noun are no stored quantities."""
    from .claims import WORD_NUM   # claims imports this module
    return re.compile(rf"(?<![\w.,])(?:\d[\d.,]*(?:-an)?|{WORD_NUM}|puluhan|belasan|ratusan|ribuan)(?![\w])", re.I)


def _own_clause_stems(sentence: str, start: int, end: int, stem: Callable[[str], str]) -> set[str]:
    """The stems of the words of a figure's own clause: back to the clause mark before it and on to
    the one after it, neither past a neighbouring figure."""
    before = _CLAUSE_CUT_RE.split(sentence[:start])[-1]
    after = _CLAUSE_CUT_RE.split(sentence[end:], maxsplit=1)[0]
    before = re.split(r"\d[\d.,]*", before)[-1]
    after = re.split(r"(?<![\w-])\d", after, maxsplit=1)[0]
    return {stem(t.lower()) for t in WORD_RE.findall(f"{before} {after}") if t[:1].isalpha()}


@lru_cache(maxsize=512)   # once per question
def _restricting_stems(question: str, stem: Callable[[str], str]) -> frozenset[str]:
    """The stems of what a question's "yang" clause says of the counted group ("berapa warga … yang
    dirujuk ke RSUD Palabuhanratu": rujuk), without names, places, times and function words."""
    clause = _restricting_clause(question)
    return _content_stems(clause, stem) if clause is not None else frozenset()


def _restricting_clause(question: str) -> str | None:
    """The words of the "yang" clause that sets the counted group apart: the one after "berapa"
    when there is one ("Dari 33 perusahaan yang merelokasi pabrik …, berapa yang memilih pindah ke
    Vietnam": memilih pindah ke Vietnam), else the first."""
    m = re.search(r"\bberapa\b.*?\byang\s+(.+)$", question, re.I) or re.search(r"\byang\s+(.+)$", question)
    # (where the group is, "… di turnamen eSports IDBYTE 2019", sets no group apart: the clause stops there)
    return re.split(r"[,(?]|\s+di\s+", m.group(1))[0] if m else None


@lru_cache(maxsize=512)
def _content_stems(text: str, stem: Callable[[str], str]) -> frozenset[str]:
    """The stems of a question's own words: no names, places, times, question or function words."""
    lex = lexicon()
    out = set()
    for t in WORD_RE.findall(text):
        low = t.lower()
        if (not t.isalpha() or t[:1].isupper() or low in lex.stopwords or low in lex.places or low in MONTHS
                or low in lex.words["time_words"] or low in lex.words["clause_breaks"]):
            continue
        out.add(stem(low))
    return frozenset(out)


@lru_cache(maxsize=4096)   # read for every figure of a sentence (callers only read the result)
def _named_bodies(text: str, caps: bool) -> dict[str, set[str]]:
    """Bodies a text names by kind and name: {"kementerian": {"pendidikan dasar dan menengah"}}
    for "Kementerian Pendidikan Dasar dan Menengah": capitalised words (and "dan") after the kind
    word, which in articles (``caps``) is capitalised too. A name typed in lower case names nothing
    ("berapa penumpang di stasiun kereta …")."""
    heads = lexicon().words["named_body_heads"]
    names, acronyms = _ministries()
    toks = WORD_RE.findall(text)
    out: dict[str, set[str]] = {}
    for i, t in enumerate(toks):
        low = t.lower()
        if low in acronyms and (not caps or t[:1].isupper()):
            out.setdefault(MINISTRY, set()).add(acronyms[low])       # "Kemenhub", "Menkeu"
            continue
        if low == "university" and t[:1].isupper() and i and toks[i - 1][:1].isupper() \
                and (i + 1 >= len(toks) or toks[i + 1].lower() != "of"):
            # the English order ("Tsinghua University", "Peking University"): the name before the head
            before: list[str] = []
            for u in reversed(toks[max(0, i - 3):i]):
                if not u[:1].isupper():
                    break
                before.insert(0, u.lower())
            out.setdefault("universitas", set()).add(" ".join(before))
            continue
        if low == "university":
            low = "universitas"   # "University of Tokyo": the name after it, as in Indonesian
        if low not in heads or (caps and not t[:1].isupper()):
            continue
        name: list[str] = []
        for u in toks[i + 1:i + 8]:
            if not u[:1].isupper() and u.lower() not in ("dan", "of"):
                break
            if u.lower() != "of":
                name.append(u.lower())
        while name and name[-1] == "dan":
            name.pop()
        if name:
            joined = " ".join(name)
            out.setdefault(low, set()).add(names.get(joined, joined) if low == MINISTRY else joined)
    return out


MINISTRY = "kementerian"


@lru_cache(maxsize=1)
def _ministries() -> tuple[dict[str, str], dict[str, str]]:
    """bodies.txt: each ministry's full names -> its short name, and its acronyms -> its short name."""
    names: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for ln in _data_lines("bodies.txt"):
        short, _, ways = (x.strip() for x in ln.partition("\t"))
        names[short] = short
        for way in (x.strip() for x in ways.split("|")):
            if " " in way or way == short:
                names[way] = short
            elif way:
                acronyms[way] = short
    return names, acronyms


def ministry_ways(question: str) -> list[list[str]]:
    """The ministries a question names (by acronym or name: "Kemenhub", "Kementerian PUPR"), each
    with every way bodies.txt knows to write it ("kemenhub", "menhub", "kementerian perhubungan")."""
    names, acronyms = _ministries()
    out = []
    for short in sorted(_named_bodies(question, caps=False).get(MINISTRY, ())):
        out.append([short, *(f"kementerian {n}" for n, s in names.items() if s == short and n != short),
                    *(a for a, s in acronyms.items() if s == short)])
    return out


# who proposes: "usulan Kementerian Keuangan", "diusulkan oleh DJSN", "… (DJSN) mengusulkan"
_CAP_WORD = r"[A-Z][\w-]*+(?:\s+\([A-Z][\w-]*+\))?"   # possessive: no backtracking inside a word
_CAP_RUN = rf"({_CAP_WORD}(?:\s+{_CAP_WORD}){{0,5}})"
_PROPOSED_BY_RE = re.compile(r"\b(?:usulan|usul|diusulkan|diajukan)\s+(?:oleh\s+|dari\s+)?" + _CAP_RUN)
_PROPOSES_RE = re.compile(_CAP_RUN + r"\s+(?:juga\s+|sebelumnya\s+|telah\s+)?(?:mengusulkan|mengajukan|mengusul)\b")


def _proposer_words(text: str) -> set[str]:
    """Words of who the text says proposes (the last named), lower case; empty when none."""
    found = [(m.start(), m.group(1)) for rx in (_PROPOSED_BY_RE, _PROPOSES_RE) for m in rx.finditer(text)]
    if not found:
        return set()
    name = max(found)[1]
    return {t.lower() for t in WORD_RE.findall(name) if t[:1].isalpha()} - lexicon().stopwords


@lru_cache(maxsize=512)
def _asked_proposer(question: str) -> frozenset[str]:
    return frozenset(_proposer_words(question))


def proposer_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """An amount asked as someone's proposal ("iuran … usulan Kementerian Keuangan", "yang
    diusulkan DJSN") is not another's proposal the figure's clause names ("Dewan Jaminan Sosial
    Nasional (DJSN) mengusulkan … Rp 120.000"): the asked proposer, in any way bodies.txt writes a
    ministry, must share a word with the figure's."""
    if "usul" not in frame.question_text.lower() and "diajukan" not in frame.question_text.lower():
        return True
    asked = _asked_proposer(frame.question_text)
    at = figure_at(sentence, q.get("text") or "")
    if not asked or at < 0:
        return True
    said = _proposer_words(sentence[:at])
    if not said:
        return True
    asked_ways = ministry_words(frame.question_text)
    return bool(said & (asked | asked_ways) or ministry_words(" ".join(said)) & asked_ways)


def ministry_words(text: str) -> set[str]:
    """Every word of every way bodies.txt writes the ministries a text names ("kemenkeu",
    "kementerian", "keuangan", "menkeu" for "Kementerian Keuangan")."""
    return {w for ways in ministry_ways(text) for way in ways for w in way.split()} - {"kementerian"}


def role_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A role asked in a body ("tunjangan … untuk Wakil Ketua DPRD Kota Malang", "… yang diterima
    anggota DPRD") is not another role's figure: the roles named in the figure's clause before it
    ("Wakil Ketua DPRD Kota Malang mendapat tunjangan perumahan sebesar Rp 22 juta") must hold the
    asked one; "wakil ketua" is not "ketua"."""
    asked = _roles(frame.question_text)
    if not asked or (q.get("unit") or "").lower() in asked:
        return True   # ("… dipimpin Wakil Ketua DPR … dan dihadiri 102 anggota DPR": the figure counts the asked role)
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    start = max(sentence.rfind(m, 0, at) for m in (". ", "; ", ", sedangkan", ", sementara")) + 1
    said = _roles(sentence[start:at])
    return not said or bool(said & asked)


@lru_cache(maxsize=1024)   # the question's, once per figure
def _roles(text: str) -> frozenset[str]:
    """The roles a text names in a body ("wakil ketua", "ketua", "anggota" before DPR, DPRD, MPR …)."""
    return frozenset(" ".join(m.group(1).lower().split()) for m in _ROLE_RE.finditer(text))


_ROLE_RE = re.compile(r"\b(wakil\s+ketua|ketua|anggota|pimpinan)\s+(?=(?:DPRD|DPR|DPD|MPR)\b)", re.I)


def total_part_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A total asked ("berapa luas total lahan untuk ibu kota baru") takes no figure said to be a
    part of one: followed by "dari total …" ("lahan … untuk dijual … seluas 30.000 hektare dari total
    lahan …"), or in a sentence opening "Dari total … tersebut," ("Dari total lahan tersebut,
    pemerintah menyiapkan lahan seluas 6.000 hektare …")."""
    if not frame.total or _PART_OF_TOTAL_AFTER_RE.search(frame.question_text) or q.get("unit") == "persen" \
            or "%" in (q.get("text") or ""):
        return True   # a share of a total asked ("berapa persen … dari total APBN") is a part by asking
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    if _PART_OF_TOTAL_AFTER_RE.match(sentence, at + len(q["text"])):
        return False
    # restated as its share of a whole: "… Rp 253,4 triliun atau sekitar 54,4 persen", "19,2 persen
    # dana berasal dari APBN atau sekitar Rp 89,4 triliun"
    # (a share under 100 percent; a ratio to another whole says nothing of parts: "… atau 2,78 persen dari PDB")
    share = _SHARE_AFTER_RE.match(sentence, at + len(q["text"]))
    if share is not None and not _WHOLE_NAMED_RE.match(sentence, share.end()):
        return False
    if _SHARE_BEFORE_RE.search(sentence[max(0, at - 120):at]):
        return False
    opening = _PART_OF_TOTAL_OPENING_RE.match(sentence)
    return opening is None or at < opening.end()


_PART_OF_TOTAL_AFTER_RE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:dari|dibandingkan|dibanding)\s+(?:total|keseluruhan|seluruh)\b", re.I)
_SHARE = r"\d{1,2}(?:,\d+)?\s*(?:persen|%)"   # under 100 percent
_ABOUT = r"(?:(?:sekitar|sekira|sebesar|setara|hampir)\s+)?"
_WHOLE_NAMED = r"\s*(?:dari|terhadap|atas)\b"
_SHARE_AFTER_RE = re.compile(rf"\s*(?:\)\s*)?,?\s*atau\s+{_ABOUT}{_SHARE}", re.I)
_WHOLE_NAMED_RE = re.compile(_WHOLE_NAMED, re.I)
_SHARE_BEFORE_RE = re.compile(rf"\b{_SHARE}(?!{_WHOLE_NAMED})[^.;%]{{0,60}}?\batau\s+{_ABOUT}(?:Rp\.?\s*|US\$\s*|USD\s*)?$", re.I)
_PART_OF_TOTAL_OPENING_RE = re.compile(r"\W*dari\s+(?:total|keseluruhan|jumlah|angka)\b[^,.;]{0,60}?\b(?:tersebut|itu)\s*,", re.I)


def share_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A total asked across bodies ("total anggaran pembangunan infrastruktur lima destinasi super
    prioritas") is not one ministry's share its clause gives ("Kementerian PUPR mendapatkan porsi
    … Rp 5,54 triliun", "Kemenhub mengalokasikan … Rp 2,953 triliun"): a ministry named in the
    figure's clause with a verb of getting or allotting, when the question names none."""
    if not frame.total or not frame.money:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0 or ministry_ways(frame.question_text):
        return True
    if not set(_clause_words(sentence, at)) & lexicon().words["share_verbs"]:
        return True
    return MINISTRY not in _named_bodies(sentence[max(0, at - 200):at], caps=True)


# a share of a total said at its figure ("20% dari total pendaftar"), and the part a share question
# sets apart ("berapa persen peserta IDCamp yang masih berstatus pelajar dan mahasiswa")
_SHARE_OF_TOTAL_RE = re.compile(r"\s*dari\s+(?:total|jumlah|seluruh|keseluruhan)\b", re.I)
_ASKED_SHARE_PART_RE = re.compile(r"\bberapa\s+persen\s+(?:(?!menurut\b|dari\b|di\b|pada\b)[^\s?,;]+\s+){1,5}yang\s+([^?,;]+)", re.I)
_SHARE_PART_END_RE = re.compile(r"\b(?:di|pada|menurut|dalam|sejak|hingga|sampai|per|tahun|bulan)\b|\d", re.I)


def share_part_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A share asked by what sets its part apart ("berapa persen peserta IDCamp yang masih
    berstatus pelajar dan mahasiswa") is not another part's share of the same total ("Peserta
    perempuan … 20% dari total pendaftar", "perguruan tinggi 47% dari total peserta"): a share of
    a total whose sentence names another part (a group of people, or several shares listed) answers
    only when it names something of the part asked too ("Depok: … sekitar 16,3% dari total biaya
    hidup" under a list's heading names none)."""
    if (frame.noun or "").lower() != "persen" or frame.pipeline is None:
        return True
    asked = _ASKED_SHARE_PART_RE.search(frame.question_text)
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    if not asked or at < 0 or not _SHARE_OF_TOTAL_RE.match(sentence, at + len(text)):
        return True
    stem = frame.pipeline.stem
    part_text = _SHARE_PART_END_RE.split(asked.group(1), maxsplit=1)[0]
    part = {stem(t) for t in _lower_words(part_text) if t[:1].isalpha() and t not in lexicon().stopwords}
    if not part or part & _stemmed_words(sentence, stem):
        return True
    # another part is named: a group of people ("Peserta perempuan"), or the sentence lists the
    # total's parts ("SMA/SMK 49%, dan perguruan tinggi 47% dari total peserta")
    words = _lower_words(sentence)
    shares = sum(1 for x in words if x in ("%", "persen"))
    return not (shares >= 2 or set(words) & lexicon().words["subgroup_words"])


def penalty_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A span asked of a sentence or a demand ("berapa bulan tuntutan jaksa", "berapa tahun
    vonis") is not the law's threat ("diancam dengan pidana penjara paling lama enam tahun",
    "terancam hukuman maksimal 20 tahun") nor time already held ("sudah ditahan 4 bulan dalam masa
    tahanan") nor anyone's age ("membunuh anak berusia 11 tahun"), unless the question asks that:
    the figure's clause decides. Nor is it a term served instead of an unpaid fine ("subsider 6
    bulan kurungan") nor how long ago something was ("panen 2 bulan 3 minggu lalu"): the words at
    it decide."""
    if not frame.durations:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    w = lexicon().words
    asked = _question_words(frame.question_text)
    close = {t.lower() for t in WORD_RE.findall(sentence[max(0, at - 60):at])[-SUBSTITUTE_REACH:]}
    if close & w["substitute_words"] and not asked & (w["substitute_words"] | {"kurungan"}):
        return False   # "denda Rp 200 juta subsider 6 bulan kurungan", "… diganti dengan pidana penjara 2 tahun"
    window = _WINDOW_AFTER_RE.match(sentence, at + len(q.get("text") or ""))
    if window and window.group(1).lower() in w["window_words"] and not asked & w["window_words"]:
        return False   # "Ini baru panen 2 bulan 3 minggu ( lalu )": a time ago, no length
    clause = _clause_words(sentence, at, comma=True)
    if set(clause) & (w["verdict_words"] | w["demand_words"]):
        return True   # "memvonis terdakwa yang ditahan sejak Januari dengan 8 tahun": the verdict's span
    penalties = w["verdict_words"] | w["demand_words"] | w["threat_words"] | _PENALTY_NOUNS
    if asked & (penalties - w["threat_words"]) and clause[-1:] == ["selama"] and not set(clause) & penalties \
            and not _PENALTY_AFTER_RE.match(sentence, at + len(q.get("text") or "")):
        return False   # "… Minta Disodomi 23 Murid Selama Tujuh Tahun": how long the deed went on, no penalty
    near = set(clause[-PENALTY_REACH:])
    return not any(near & w[kind] and not asked & w[kind] for kind in ("threat_words", "detention_words", "age_words"))


_PENALTY_NOUNS = frozenset({"penjara", "hukuman", "pidana", "kurungan", "bui"})
_PENALTY_AFTER_RE = re.compile(rf"\s*(?:{'|'.join(sorted(_PENALTY_NOUNS))})\b", re.I)
PENALTY_REACH = 8   # words read back from a span for what it is ("diancam dengan pidana penjara paling lama enam tahun")
SUBSTITUTE_REACH = 4   # words read back for a substitute term ("diganti dengan pidana penjara 2 tahun")
# the span's unit, then a word ("2 bulan lalu"; "2 bulan 3 minggu ( lalu )": a second unit and a bracket)
_WINDOW_AFTER_RE = re.compile(r"\s+[^\W\d_]+(?:\s+\d+\s+[^\W\d_]+)?\s*\(?\s*([^\W\d_]+)")


@lru_cache(maxsize=512)
def _question_words(question: str) -> frozenset[str]:
    """A question's words, lower case (read by rules that run once per figure)."""
    return frozenset(t.lower() for t in WORD_RE.findall(question))


_FORECAST_NOUN_RE = re.compile(r"\b(?:proyeksi|perkiraan|prediksi|estimasi|outlook|ramalan)\s+", re.I)


@lru_cache(maxsize=512)
def asked_forecaster(question: str) -> frozenset[str]:
    """The body whose forecast is asked: "berapa proyeksi IMF untuk inflasi …" asks the IMF's."""
    lex = lexicon()
    out: set[str] = set()
    for m in _FORECAST_NOUN_RE.finditer(question):
        low = [t.lower() for t in WORD_RE.findall(question[m.end():])[:5]]
        hit = lex.names.at(low, 0) if low else None
        if hit and lex.places.get(hit[0]) and lex.places[hit[0]].kind == "org":
            out.add(hit[0])
    return frozenset(out)


def _bodies_named(text: str) -> set[str]:
    """The organisations a text names, written as articles write names (capitalised)."""
    lex = lexicon()
    toks = WORD_RE.findall(text)
    low = [t.lower() for t in toks]
    out: set[str] = set()
    for i, t in enumerate(toks):
        if t[:1].isupper() and (hit := lex.names.at(low, i)) and (p := lex.places.get(hit[0])) and p.kind == "org":
            out.add(hit[0])
    return out


def forecaster_fits(frame: QuestionFrame, sentence: str) -> bool:
    """A forecast asked by whose it is ("proyeksi IMF") takes no figure of a sentence naming only
    other bodies ("Bank Indonesia (BI) memperkirakan … 2,5%", "BI Proyeksi Inflasi 2,5%"); a
    sentence naming none may carry the asked body's forecast from the sentence before."""
    if not frame.forecast:
        return True
    asked = asked_forecaster(frame.question_text)
    if not asked:
        return True
    said = _bodies_named(sentence)
    return not said or bool(said & asked)


def owner_named_fits(frame: QuestionFrame, sentence: str) -> bool:
    """A count asked of a named owner the gazetteer lacks ("penumpang KRL", "karyawan PT Sritex")
    takes no sentence whose counted noun names only another owner: "jumlah penumpang Transjakarta
    mencapai 892 ribu orang", "penumpang MRT hanya mencapai 86.000 orang"."""
    w = lexicon().words
    if not frame.noun or not frame.entities or any(e in lexicon().places for e in frame.entities) \
            or frame.noun.lower() not in w["person_nouns"] | w["people_nouns"]:
        return True   # people only: an amount's owner is written many ways ("anggaran Kemenhub")
    noun = frame.noun.lower()
    if noun not in sentence.lower():
        return True
    toks = WORD_RE.findall(sentence)
    low = [t.lower() for t in toks]
    said: list[str] = []
    for i, t in enumerate(low):
        if t == noun and i + 1 < len(toks):
            keys, _ = _owner_after(toks, low, i + 1, known_only=False, caps=True)
            said += [k for k in keys if k not in lexicon().places]
    return not said or any(entities_compatible(k, e) for k in said for e in frame.entities)


def body_fits(frame: QuestionFrame, sentence: str) -> bool:
    """A question naming a body of a kind ("skor Kementerian Pendidikan Dasar dan Menengah") takes
    no sentence naming only other bodies of that kind ("Kementerian Agama (Kemenag) menyusul …
    dengan skor 3,26"): kind by kind, one of the names must hold the other's words."""
    asked = _named_bodies(frame.question_text, caps=False)
    if not asked:
        return True
    named = _named_bodies(sentence, caps=True)
    for head, names in asked.items():
        said = named.get(head)
        if said and not any(_name_holds(n, a) for n in said for a in names):
            return False
    return True


_LAST_NUMBER_RE = re.compile(r"\d[\d.,]*(?!.*\d)", re.S)


def body_keyed_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """In a list of bodies each with its figure ("anggaran Kementerian PUPR menjadi sebesar Rp
    120,2 triliun, Kemenhub sebesar Rp 43,1 triliun"), a figure is the body's named since the
    figure before it: PUPR's is no answer for "anggaran Kementerian Perhubungan"."""
    asked = _named_bodies(frame.question_text, caps=False)
    if not asked:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at <= 0:
        return True
    whole = _named_bodies(sentence, caps=True)
    if not any(len(whole.get(head, ())) > 1 for head in asked):
        return True
    before = sentence[:at]
    last = _LAST_NUMBER_RE.search(before)
    own = _named_bodies(before[last.end():] if last else before, caps=True)
    for head, names in asked.items():
        said = own.get(head)
        if said and not any(_name_holds(n, a) for n in said for a in names):
            return False
    return True


def _name_holds(a: str, b: str) -> bool:
    """One name's words hold the other's ("menteri pendidikan dasar dan menengah", a scraper's
    slip, holds "pendidikan dasar dan menengah"; "pendidikan tinggi" does not). A place's word
    is read as its gazetteer key: "Kementerian Kesehatan Brasil" is "… Brazil"."""
    # (hyphened or not: "Bandara Soekarno Hatta" is "Bandara Soekarno-Hatta"; a place of two words
    # is its key too: "Polres Inhu" is "Polres Indragiri Hulu")
    wa, wb = (_name_keys(n) - {"dan"} for n in (a, b))
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _name_keys(name: str) -> set[str]:
    """A name's words, each place among them (one word or more) read as its gazetteer key."""
    names = lexicon().names
    low = [w.lower() for w in _NAME_PARTS_RE.split(name) if w]
    out, i = set(), 0
    while i < len(low):
        hit = names.at(low, i)
        out.add(hit[0] if hit else low[i])
        i += hit[1] if hit else 1
    return out


def method_fits(frame: QuestionFrame, sentence: str) -> bool:
    """A sentence stating how a survey was made ("Jumlah sampel 1.220 responden dengan margin of
    error 2,9 persen pada tingkat kepercayaan 95 persen") answers no question about its findings,
    only one asking about the method."""
    phrases = frame_word_groups("survey_method_words")
    low = sentence.lower()
    if not any(p in low for p in phrases):
        return True
    asked = frame.question_text.lower()
    # "berapa responden survei …" asks the method; "berapa persen responden … puas" a finding
    return any(p in asked for p in phrases) or any(w in asked.split() for w in ("sampel", "metode")) \
        or (frame.noun or "").lower() in ("responden", "sampel")


@lru_cache(maxsize=None)
@lru_cache(maxsize=64)   # read in rules that run for every figure: the file once per key
def frame_word_groups(key: str) -> tuple[str, ...]:
    """A frame_words.txt line whose entries are phrases or groups split by "|" ("margin of error |
    moe", "sopir supir pengemudi | korban"), stripped: `lexicon().words` splits on spaces."""
    line = next(ln for ln in _data_lines("frame_words.txt") if ln.startswith(f"{key}\t"))
    return tuple(p.strip() for p in line.split("\t", 1)[1].split("|") if p.strip())


POLARITY_SCAN = 6   # words looked at after (then before) a figure for the negated asked word


_NEXT_ITEM_WORDS = frozenset({"dan", "serta", "sedangkan", "sementara"})


def polarity_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A figure whose words deny what the question asks is the other answer: "berapa persen
    responden puas" takes not "19,3 persen mengatakan tidak puas" nor "2,6 persen memilih tidak
    tahu/tidak jawab", and "berapa siswa yang tidak lulus" not "120 siswa lulus". The words after
    the figure up to the next figure or clause mark decide; failing those, its clause before it."""
    pipeline = frame.pipeline
    at = figure_at(sentence, q.get("text") or "")
    if pipeline is None or at < 0:
        return True
    asked, asks_non_answer = _asked_polarity(frame.question_text, pipeline.stem)
    if not asked:
        return True
    after = []
    rest = sentence[at + len(q.get("text") or ""):]
    another = any(c.isdigit() for c in rest)
    for t in WORD_RE.findall(rest):
        if t in BEFORE_BREAK_MARKS or t[:1].isdigit() or len(after) == POLARITY_SCAN \
                or (another and t.lower() in _NEXT_ITEM_WORDS):
            break   # ("… Rp 1.861,8 triliun dan penerimaan negara bukan pajak Rp 359,3 triliun": the next item's)
        after.append(t.lower())
    for words in (after, _clause_words(sentence, at, comma=True)[-POLARITY_SCAN:]):
        verdict = _polarity_in(words, asked, asks_non_answer, pipeline.stem)
        if verdict is not None:
            return verdict
    return True


@lru_cache(maxsize=256)
def _asked_polarity(question: str, stem: Callable[[str], str]) -> tuple[dict[str, bool], bool]:
    """The stems of a question's words, each with whether the question denies it ("tidak puas"),
    and whether it asks about the non-answers ("tidak menjawab")."""
    w = lexicon().words
    negators, softeners = w["negation_words"], w["negation_softeners"]
    low = [t.lower() for t in WORD_RE.findall(question)]
    asked: dict[str, bool] = {}
    both: set[str] = set()
    for i, t in enumerate(low):
        if t.isalpha() and t not in negators and t not in softeners and t not in lexicon().stopwords:
            k = i - 1
            while k >= 0 and low[k] in softeners:
                k -= 1
            if k >= 1 and low[k] == "(" and stem(low[k - 1]) in asked:
                # "belum dimusnahkan (didisposal)": a word restated in brackets is denied with it
                asked.setdefault(stem(t), asked[stem(low[k - 1])])
                continue
            denied = k >= 0 and low[k] in negators
            if asked.setdefault(stem(t), denied) != denied:
                both.add(stem(t))
    non_answer = any(low[i] in negators and low[i + 1] in w["non_answer_words"] for i in range(len(low) - 1))
    # a stem asked both ways ("anak usia sekolah yang tidak bersekolah") tells no polarity
    return {k: v for k, v in asked.items() if k not in both}, non_answer


def _polarity_in(words: list[str], asked: dict[str, bool], asks_non_answer: bool,
                 stem: Callable[[str], str]) -> bool | None:
    """Whether a figure's words affirm (True) or deny (False) what is asked: False when any asked
    word is said the other way, None when they name none of the asked words."""
    w = lexicon().words
    negators, softeners = w["negation_words"], w["negation_softeners"]
    verdict: bool | None = None
    for i, t in enumerate(words):
        if t in negators and i + 1 < len(words) and words[i + 1] in w["non_answer_words"]:
            if not asks_non_answer:
                return False
            verdict = True
            continue
        if t in negators or t in softeners:
            continue
        denied = asked.get(stem(t))
        if denied is None:
            continue
        k = i - 1
        while k >= 0 and words[k] in softeners:
            k -= 1
        if (k >= 0 and words[k] in negators) != denied:
            return False
        verdict = True
    return verdict


def fragment_fits(q: dict[str, Any], sentence: str) -> bool:
    """A line that is only a label and a figure ("Skor: 3,32": the list's names lost by the
    scraper) says nothing of whose figure it is or of what: it answers no question."""
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    if at < 0 or ":" not in sentence[:at]:
        return True
    rest = [t for t in WORD_RE.findall(sentence[:at] + " " + sentence[at + len(text):]) if t[:1].isalnum()]
    return len(rest) > 1      # "23 Juni : 27.058 penumpang": the label says which day


# a number written right after these is the name of a school or a unit: "SMP 3 Budaya", "SMAN 1 Bandung", "Yonif 132"
_NUMBERED_NAME_RE = re.compile(r"\b(?:SDN?|SMPN?|SMAN?|SMKN?|MTsN?|MAN|MIN|SLB|Yonif|Kodim|Korem|Lanud|Brigif)\s*$")


def numbered_name_fits(q: dict[str, Any], sentence: str) -> bool:
    """"kelimanya pelajar dari SMP 3 Budaya Jakarta": a school's or a unit's number is its name,
    no count of anything."""
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    return at <= 0 or not text[:1].isdigit() or not _NUMBERED_NAME_RE.search(sentence[max(0, at - 8):at])


# "kepala keluarga (KK) satu": nouns (and a bracketed acronym) between the two, no link or clause mark
_ONE_EACH_BETWEEN = r"(?:(?!(?:dan|atau|serta|yang|lagi|lainnya|di|ke|dari)\b)[^\W\d_]+\s+|\([A-Z]+\)\s+){1,4}?"
_ONE_EACH_RE = re.compile(_ONE_EACH_BETWEEN + r"satu\b", re.I)
_ONE_EACH_BEFORE_RE = re.compile(r"\bsatu\s+" + _ONE_EACH_BETWEEN + r"$", re.I)


def one_each_fits(q: dict[str, Any], sentence: str) -> bool:
    """"satu kepala keluarga (KK) satu suara", "berbasis satu suara satu KK": a rule of one for
    each, not a count of either; it answers no question asking how many."""
    text = q.get("text") or ""
    if q.get("value") != 1 or not text.lower().startswith("satu"):
        return True
    at = figure_at(sentence, text)
    return at < 0 or not (_ONE_EACH_RE.match(sentence, at + len("satu "))
                          or _ONE_EACH_BEFORE_RE.search(sentence[max(0, at - 60):at]))


def per_item_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """What each item holds ("terbagi dalam 15 plastik, masing-masing plastik berisi sekitar seratus
    butir pil", "setiap karung berisi 50 kilogram", "bila rata-rata satu toko punya 8 pekerja") is no
    total: it answers only a question asking per item ("berapa butir per plastik", "setiap",
    "masing-masing")."""
    if _PER_ITEM_ASKED_RE.search(frame.question_text):
        return True
    at = figure_at(sentence, q.get("text") or "")
    return at < 0 or not _PER_ITEM_BEFORE_RE.search(sentence[max(0, at - PER_ITEM_REACH):at])


PER_ITEM_REACH = 80   # characters before a figure read for "masing-masing <item> berisi"
_PER_ITEM_BEFORE_RE = re.compile(r"\b(?:masing-masing|setiap|tiap|satu|sebuah)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+"
                                 r"(?:(?:berisi|berisikan|memuat|seberat|bermuatan|mengangkut|menampung|punya|memiliki"
                                 r"|mempekerjakan)\s+"
                                 # "Setiap Rumah tangga miskin terverifikasi mendapatkan bantuan 50 ekor ayam": what each got
                                 r"|(?:[^\W\d_]+\s+)?(?:mendapat|mendapatkan|menerima|memperoleh|diberi)\s+(?:bantuan\s+)?)"
                                 r"(?:sekitar\s+|kurang\s+lebih\s+|lebih\s+dari\s+|hingga\s+)?$", re.I)
_PER_ITEM_ASKED_RE = re.compile(r"\b(?:per|setiap|tiap|masing-masing|rata-rata|sebuah|satu)\b", re.I)


def besides_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A figure after "Selain <the asked thing>," is of something else: "Selain memangkas suku
    bunga acuan, BI juga telah memangkas Deposit Facility dan Lending Facility masing-masing menjadi
    6 persen dan 4,5 persen" gives no policy rate."""
    pipeline = frame.pipeline
    at = figure_at(sentence, q.get("text") or "")
    low = sentence[:at].lower() if at > 0 else ""
    start = low.rfind("selain ")
    if pipeline is None or start < 0 or (start and low[start - 1].isalnum()):
        return True
    comma = low.find(",", start)
    if comma < 0:
        return True
    if frame.measured:
        asked = list(frame.measured)
    elif frame.value_of:
        asked = [frame.value_of]
    elif frame.noun and frame.noun not in CLASSIFIERS:
        asked = [frame.noun]
    else:
        return True
    said = {pipeline.stem(t) for t in WORD_RE.findall(low[start:comma])}
    return not all(pipeline.stem(w.lower()) in said for w in asked)


STAGES = (("demand_words", "verdict_words"), ("proposal_words", "approval_words"),
          ("promise_words", "paid_words"))   # asked one, not the other


def stage_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A stage asked is not the other stage of the same decision: a verdict is not the
    prosecutor's demand ("berapa lama Abdullah Puteh divonis": not "jaksa menuntut … 3 tahun 10
    bulan"), what was promised not what was paid ("bayaran yang dijanjikan": not "Aulia hanya
    membayarkan Rp 10 juta"), an approved amount not the proposal ("anggaran … yang disetujui DPR": not "usulan …
    dalam pagu sebesar Rp 120,37 triliun"), and the other way round. The nearest stage word
    before the figure in its clause decides, then the sentence's."""
    w = lexicon().words
    low = _lower_words(frame.question_text)
    # "… sebelum diputus pada Oktober 2025": a stage after a when-word dates the figure, asks no stage
    asked = {t for i, t in enumerate(low) if not any(x in WHEN_CONJUNCTIONS for x in low[max(0, i - 2):i])}
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    for first, second in STAGES:
        wants_first, wants_second = bool(asked & w[first]), bool(asked & w[second])
        if wants_first == wants_second:
            continue
        verdict = _stage_before(sentence, at, w[first], w[second])
        if verdict is not None and verdict != wants_first:
            return False
        # a span asked of a sentence: the sentence must be about one ("pikir-pikir selama tujuh hari" is
        # not; "… dikenai penalti 10 detik" for "berapa detik penalti" is: the kind asked names it)
        if (verdict is None and first == "demand_words" and frame.durations and wants_second
                and not {t.lower() for t in WORD_RE.findall(sentence)}
                & (w["verdict_words"] | w["penalty_words"] | {(frame.kind or "").lower()} - {""})):
            return False
    return True


def phase_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A named phase asked ("lolos tahap screening", "di babak pertama", "fase grup") is not another
    phase the figure's sentence names instead ("48 peserta berhasil lolos dari tahap turnamen"): a
    sentence naming the same kind of phase with another name, and never the asked one, tells of
    that other phase. Ordinals are one name however written ("tahap kedua", "tahap II", "tahap 2")."""
    asked = _phases(frame.question_text)
    if not asked:
        return True
    said = _phases(sentence)
    for kind, name in asked:
        others = {n for k, n in said if k == kind}
        if others and name not in others:
            return False
    return True


# a phase word and the one word naming which ("tahap screening", "babak kedua", "fase II")
_PHASE_RE = re.compile(r"\b(tahap|tahapan|fase|babak|putaran|gelombang)\s+(ke-?\s*\d+|[^\W_]+)", re.I)
_ORDINAL_NAMES = {"pertama": "1", "awal": "1", "i": "1", "kesatu": "1", "kedua": "2", "ii": "2", "ketiga": "3",
                  "iii": "3", "keempat": "4", "iv": "4", "kelima": "5", "v": "5"}


@lru_cache(maxsize=2048)
def _phases(text: str) -> frozenset[tuple[str, str]]:
    """(kind, name) of each named phase a text says; "tahapan" is "tahap"; a name that is a
    function word ("tahap yang", "babak ini") or a figure's word names none."""
    out = set()
    for m in _PHASE_RE.finditer(text):
        kind = "tahap" if m.group(1).lower() == "tahapan" else m.group(1).lower()
        name = re.sub(r"^ke-?\s*(?=\d)", "", m.group(2).lower())
        name = _ORDINAL_NAMES.get(name, name)
        if name in lexicon().stopwords or name in _PHASE_FILLERS:
            continue
        out.add((kind, name))
    return frozenset(out)


_PHASE_FILLERS = frozenset({"ini", "itu", "tersebut", "berikutnya", "selanjutnya", "lanjutan", "akhir", "final"})


def _stage_before(sentence: str, at: int, first: frozenset[str], second: frozenset[str]) -> bool | None:
    """True when the nearest stage word before a figure (its clause first, then the sentence) is
    of the first stage, False when of the second, None when there is none."""
    before = [t.lower() for t in WORD_RE.findall(sentence[:at])]
    for words in (_clause_words(sentence, at, comma=True), before):
        for t in reversed(words):
            if t in first:
                return True
            if t in second:
                return False
    return None


def allocation_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """An amount asked is not one of the uses the sentence says it is spread over: "Anggaran
    tersebut akan dimanfaatkan untuk sumber daya air Rp 43,97 triliun, konektivitas Rp 42,95
    triliun, …" gives no ministry's budget, only its parts — unless the question names the use
    ("anggaran … untuk lima kawasan pariwisata super prioritas").
    The spreading word must follow the asked money word ("anggaran … dialokasikan pada"), not
    name another use ("pupuk bersubsidi yang digunakan petani")."""
    pipeline = frame.pipeline
    if not frame.money or pipeline is None:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    w = lexicon().words
    before = [t.lower() for t in WORD_RE.findall(sentence[:at])]
    spread = max((i for i, t in enumerate(before) if t in w["allocation_words"]), default=-1)
    if spread < 0 or len(_AMOUNT_RE.findall(sentence)) < 2:
        return True
    stem = pipeline.stem
    money = {stem(x) for x in (frame.money_words or (frame.money_thing or frame.noun or "",)) if x}
    if not any(stem(t) in money for t in before[:spread]):
        return True
    own = _item_words(before[spread + 1:], stem)
    asked = {stem(t.lower()) for t in WORD_RE.findall(frame.question_text)} - money
    return not own or bool(own & asked)     # the question names the use (some of its words)


_PURPOSE_RE = re.compile(r"\b(?:untuk|bagi|guna|dalam mendukung|dalam rangka|untuk mendukung)\s+([a-z][\w-]*)", re.I)
PURPOSE_REACH = 14   # words read after a figure for the purpose it is bound to
_PURPOSE_ADVERBIAL_RE = re.compile(r"\b(?:dalam mendukung|dalam rangka mendukung|untuk mendukung|guna mendukung)\b"
                                   r"|(?:^|[,;]\s*)(?:untuk|guna)\s+me[a-z]+", re.I)   # "Untuk mengakselerasi …, …"
# "Pembangunan Gerbang Kawasan Rp 148,2 miliar": a project named right before its amount
_PROJECT_NAMED_RE = re.compile(r"\b(?i:pembangunan|penataan|rehabilitasi|revitalisasi|peningkatan|pengembangan)\s+"
                               r"(?:[A-Z][\w-]*\s+){1,5}(?:senilai\s+|sebesar\s+)?(?:Rp\.?\s*)?$")
_PROJECT_BUDGET_RE = re.compile(r"\b(?:membangun|dibangun|pembangunan|penataan|merehabilitasi|membuat|proyek)\b[^.;]*\bdengan (?:anggaran|biaya|nilai)\s*(?:sebesar\s*)?(?:Rp\.?\s*)?$", re.I)


def purpose_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A body's whole budget asked ("anggaran Kementerian PUPR tahun 2020 yang disetujui DPR"): an
    amount its clause binds to a purpose ("dana Rp 22 triliun melalui Kementerian PUPR untuk
    membangun …", "dalam mendukung konektivitas di KSPN Danau Toba, … Rp 297 miliar") is a part of
    it. A purpose asked ("anggaran … untuk lima kawasan pariwisata") is left to allocation_fits."""
    w = lexicon().words
    if not frame.money or frame.total or (frame.money_thing or "").lower() not in w["budget_words"]:
        return True   # (a total asked: its article's stated total sets the parts aside, article_choices)
    if any(_is_purpose(m.group(1)) for m in _PURPOSE_RE.finditer(frame.question_text)):
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    following = WORD_RE.findall(sentence[at + len(q["text"]):])[:PURPOSE_REACH]
    if following[:1] and following[0].lower() in ("ini", "itu", "tersebut"):
        return True   # "anggaran Rp43,5 triliun ini akan digunakan … untuk …": the amount known, restated
    clause = sentence[max(0, at - 120):at]
    clause = clause[max((m.end() for m in _AMOUNT_RE.finditer(clause)), default=0):]   # since the amount before
    listed = any(_PROJECT_NAMED_RE.search(sentence, 0, m.start()) for m in _AMOUNT_RE.finditer(sentence, 0, at))
    if _PURPOSE_ADVERBIAL_RE.search(sentence[:at]) or _PROJECT_BUDGET_RE.search(clause) \
            or _PROJECT_NAMED_RE.search(clause) or listed:   # (an item of a list of projects)
        return False   # "Pada tahun 2020, dalam mendukung konektivitas di KSPN Danau Toba, …"; "membangun
        #                Jembatan Tano Pangol … dengan anggaran Rp297 miliar": a use's or a project's amount
    before = re.split(r"[,;]|\.\s", sentence[:at])[-1]   # as written: "untuk BBM dan LPG" names goods, no use
    after = []
    for t in following:
        if (t in BEFORE_BREAK_MARKS and t not in "()") or t[:1].isdigit():
            break
        after.append(t)
    stem = frame.pipeline.stem if frame.pipeline is not None else None
    # (a purpose the question names as a noun is the asked budget's own: "anggaran pembayaran bunga
    # utang" asked, "menyiapkan anggaran Rp 599,44 triliun untuk membayar bunga utang negara")
    return not any(_is_purpose(m.group(1))
                   and not (stem and stem(m.group(1).lower()) in _stemmed_words(frame.question_text, stem))
                   for text in (before, " ".join(after)) for m in _PURPOSE_RE.finditer(text))


def _is_purpose(word: str) -> bool:
    """"untuk membangun", "untuk pengembangan": a use; "untuk tahun 2020", "untuk Kementerian
    PUPR", "untuk itu": a time, a recipient, a link."""
    w = lexicon().words
    low = word.lower()
    return not (word[:1].isupper() or low in w["time_words"] or low in lexicon().stopwords or low in MONTHS
                or low in w["not_purposes"])


MONEY_LIST = 3       # amounts of money in a sentence that make it a list of items
KIND_WORDS = 3       # an item named in at most this many words is a kind ("NPK kakao"), not a clause


def money_list_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """In a list of amounts by item ("urea dari Rp 2.250 per kilogram menjadi Rp 1.800 per
    kilogram, NPK dari Rp 2.300 … menjadi Rp 1.840 …, NPK kakao …"), an amount is its own item's:
    every word of the item named before it must be the question's."""
    pipeline = frame.pipeline
    if not frame.money or pipeline is None:
        return True
    amounts = list(_AMOUNT_RE.finditer(sentence))
    if len(amounts) < MONEY_LIST - 1 or (len(amounts) == MONEY_LIST - 1 and not _COORDINATED_RE.search(
            sentence, amounts[0].end(), amounts[1].start())):
        return True   # two amounts make a list when coordinated: "tunjangan perumahan Rp 20 juta dan transportasi Rp 10 juta"
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    stem = pipeline.stem
    asked = {_ROMAN.get(t, t) for t in (stem(t.lower()) for t in WORD_RE.findall(frame.question_text))}
    if not _source_fits(sentence, at, asked, stem):
        return False
    said = [t.lower() for t in WORD_RE.findall(sentence[:at])]
    own = {_ROMAN.get(t, t) for t in _item_words(said, stem)}
    if not own or len(own) > KIND_WORDS:
        return True
    if len(amounts) < MONEY_LIST and own & _asked_names(frame.question_text, stem):
        return True   # of two amounts, the one the asked party is named with: "Miryam disebut menerima US$ 1,2 juta"
    return own <= asked


# "Rp 20 juta dan transportasi Rp 10 juta"; not a change told on ("…, yang kemudian meningkat menjadi USD 600
# miliar"), nor a clause after a comma ("… iuran sebesar Rp 25.500, harus membayar … Rp 42.000": an
# auxiliary or a verb opens it)
_TOLD_ON = r"(?:yang|lalu|kemudian|naik|turun|menjadi|jadi|dari|hingga|sampai|atau|setara|sekitar|untuk|sebelum|setelah)\b"
_COORDINATED_RE = re.compile(rf"(?:\b(?:dan|serta)\s+(?!{_TOLD_ON})|,\s+(?!{_TOLD_ON}|(?:harus|akan|sudah|telah|masih|kini|namun|"
                             rf"tetapi)\b|(?:me|di|ber|ter)[a-z]{{3,}}))[^\W\d_]", re.I)
_SOURCE_STRETCH_RE = re.compile(r"[^,;.]*")
_AMOUNT_WHOLE_RE = re.compile(r"(?:rp|us\$|usd)\s?[\d.,]+\s*(?:ribu|juta|miliar|triliun)?", re.I)   # an _AMOUNT_RE start, whole


def _asked_names(question: str, stem: Callable[[str], str]) -> frozenset[str]:
    """Stems of the capitalised words of a question after its first word ("Miryam", "Haryani")."""
    return frozenset(stem(t.lower()) for t in WORD_RE.findall(question)[1:] if t[:1].isupper())


def _source_fits(sentence: str, at: int, asked: set[str], stem: Callable[[str], str]) -> bool:
    """Amounts each followed by where it comes from or goes ("Rp 123,2 triliun akan didapatkan dari
    investor swasta dan BUMN, Rp 253,4 triliun dari KPBU, Rp 89,4 triliun dari APBN"): when the
    question names what follows only another amount ("dari skema KPBU"), this one is not asked;
    the whole before them ("sebesar Rp 466 triliun,") is followed by nothing of its own."""
    starts = [m.start() for m in _AMOUNT_RE.finditer(sentence)]
    stop = lexicon().stopwords
    stretches: dict[int, set[str]] = {}
    for k, a in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(sentence)
        figure = _AMOUNT_WHOLE_RE.match(sentence, a, end)
        tail = WORD_RE.findall(_SOURCE_STRETCH_RE.match(sentence, figure.end() if figure else a, end).group())
        # only a stretch that says where from or what for ("dari KPBU", "akan didapatkan dari …"); not
        # the next item's label ("…, kepabeanan dan cukai Rp 221,3 triliun serta penerimaan …")
        said = bool(tail) and tail[0].lower() in lexicon().words["source_openers"]
        stretches[a] = {stem(t.lower()) for t in tail if t[:1].isalpha() and t.lower() not in stop} if said else set()
    mine = next((a for a in reversed(starts) if a <= at), None)
    if mine is None:
        return True
    counts: dict[str, int] = {}
    for words in stretches.values():
        for t in words:
            counts[t] = counts.get(t, 0) + 1
    distinctive = {t for t, n in counts.items() if n == 1} & asked
    return not distinctive or bool(distinctive & stretches[mine])


HELD_LIST = 2   # figures of one unit in a sentence that make it a list of holders


def held_list_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """In a list of holders' counts ("Blue and White sebanyak 33 kursi, Likud 32 kursi, Joint List
    12 kursi, …"), a count is the holder's named right before it: a question naming a holder
    ("kursi … Partai Likud") takes only the counts whose holder shares a word with it."""
    pipeline = frame.pipeline
    unit = (q.get("unit") or "").lower()
    if pipeline is None or not frame.noun or frame.noun.lower() not in lexicon().words["held_nouns"] or not unit:
        return True
    if len(re.findall(rf"\d[\d.,]*\s+{re.escape(unit)}\b", sentence, re.I)) < HELD_LIST:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    toks = WORD_RE.findall(sentence[:at])
    item: list[str] = []
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t in BEFORE_BREAK_MARKS or t.lower() in ("dan", "serta", "adalah", "yakni", "yaitu", "sementara") or t[:1].isdigit():
            break
        if k:                      # a sentence's first word is capitalised by its place, not a name
            item.append(t)
    names = {t.lower() for t in item if t[:1].isupper() and t.lower() not in lexicon().stopwords}
    if not names:
        return True
    # ("PDIP 33 kursi" for "PDI Perjuangan": one party by its aliases)
    return bool(names & {t.lower() for t in WORD_RE.findall(frame.question_text)}
                or _alias_keys(list(reversed(item))) & _alias_keys(WORD_RE.findall(frame.question_text)))


def _alias_keys(words: list[str]) -> set[str]:
    """The canonical terms of the aliases words write ("PDI Perjuangan", "PDIP": pdip)."""
    low = [t.lower() for t in words]
    aliases = lexicon().aliases
    return {hit[0] for i in range(len(low)) if (hit := aliases.at(low, i))}


_PLACE_AFTER_RE = re.compile(r"\s*(?:di|untuk|dari)\s+(?:(?:wilayah|kawasan|kabupaten|kota|provinsi|kecamatan|daerah|kab\.)\s+)?"
                             r"((?:[A-Z][\w.-]*\s*){1,4})")


def _listed_place(sentence: str, start: int, end: int, prev_end: int, next_start: int, local: bool = True) -> str | None:
    """The region a figure of a list by place is of: "389 pelanggaran di wilayah Jakarta Utara" (after
    it, led by "di"), else "Jakarta Timur sebanyak 144 pelanggar" (the last place since the figure
    before)."""
    places = lexicon().places
    after = _PLACE_AFTER_RE.match(sentence[end:next_start])   # `end`: after the figure's unit
    if after:
        spans = [k for _, _, k in _place_spans(WORD_RE.findall(after.group(1))) if places[k].kind in _LISTED_KINDS]
        if spans:
            return spans[0]
    # a country where the counted are ("12 rumah sakit di Malaysia, tiga rumah sakit di Indonesia, dan di
    # Vietnam ada dua rumah sakit"): "di" says where, not whose (a country's count is held: held_list_fits)
    where = _IN_COUNTRY_AFTER_RE.match(sentence, end, next_start) or _IN_COUNTRY_BEFORE_RE.search(sentence, prev_end, start)
    if where:
        spans = [k for _, _, k in _place_spans(WORD_RE.findall(where.group(1))) if places[k].kind == "country"]
        if spans:
            return spans[0]
    spans = [k for _, _, k in _place_spans(WORD_RE.findall(sentence[prev_end:start])) if places[k].kind in _LISTED_KINDS]
    if spans or not local:
        return spans[-1] if spans else None
    # a village or district no gazetteer holds, named with its kind (``local``: the sentence names
    # one): "1.245 warga Desa Sedari dan 780 warga Desa Tambaksari", "di Nagari Luak Kapau ada 38 rumah"
    after = _LOCAL_UNIT_AFTER_RE.match(sentence, end, next_start)
    if after:
        return _local_unit_key(after.group(1), after.group(2))
    before = list(_LOCAL_UNIT_RE.finditer(sentence, prev_end, start))
    return _local_unit_key(before[-1].group(1), before[-1].group(2)) if before else None


# "… rumah sakit di Malaysia": up to two words of the counted noun, then "di" and the place; "di Vietnam ada dua …"
_IN_COUNTRY_AFTER_RE = re.compile(r"(?:\s+[a-z]+){0,2}\s+di\s+((?:[A-Z][\w.-]*\s*){1,3})")
_IN_COUNTRY_BEFORE_RE = re.compile(r"\bdi\s+((?:[A-Z][\w.-]*\s*){1,3})(?:ada|terdapat|sebanyak|berjumlah)?\s*$")


def _local_unit_key(kind: str, name: str) -> str:
    """One key for a village or district however it is spaced or capitalised: "desa:sedari"."""
    return f"{kind.lower()}:{' '.join(name.lower().split())}"


@lru_cache(maxsize=512)   # once per question
def local_units_asked(question: str) -> frozenset[str]:
    """The villages and districts a question names with their kind ("desa sedari", "Kecamatan Pauh
    Duo"), as _listed_place keys: up to three words after the kind, to a function word."""
    toks = WORD_RE.findall(question)
    stop = lexicon().stopwords
    out = set()
    for i, tok in enumerate(toks):
        if tok.lower() in _LOCAL_UNITS and not (i and toks[i - 1].lower() == "berapa"):   # "di berapa kecamatan": counted
            name = []
            capped = i + 1 < len(toks) and _is_cap(toks[i + 1])   # "Kecamatan Seunuddon akibat …": the capitals
            for t in toks[i + 1:i + 4]:
                if not t[:1].isalnum() or t.lower() in stop or t.lower() in _LOCAL_UNITS or (capped and not _is_cap(t)):
                    break
                name.append(t)
            if name:
                out.add(_local_unit_key(tok, " ".join(name)))
    return frozenset(out)


_LOCAL_UNITS = frozenset({"desa", "kelurahan", "dusun", "nagari", "kampung", "gampong", "jorong", "banjar", "dukuh", "kecamatan", "distrik"})
_LOCAL_KIND = "|".join(sorted(_LOCAL_UNITS))
# "di 4 kecamatan", "dari tiga desa": a count over several villages or districts
_SEVERAL_UNITS_RE = re.compile(r"\b(?:di|dari|meliputi)\s+(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan"
                               rf"|beberapa|sejumlah)\s+({_LOCAL_KIND})\b", re.I)
_LOCAL_UNIT = rf"\b((?i:{_LOCAL_KIND}))\s+((?:[A-Z][\w'-]*\s*){{1,3}})"
_LOCAL_UNIT_RE = re.compile(_LOCAL_UNIT)
# "warga Desa Sedari", "rumah di Desa X" (not "… dan Desa Y": the next item's)
_LOCAL_UNIT_AFTER_RE = re.compile(r"\s*(?:(?!(?i:dan|serta|atau|sedangkan|sementara)\b)[^\W\d_]+\s+)?(?i:di\s+)?" + _LOCAL_UNIT)


def _place_right_after(sentence: str, end: int) -> str | None:
    """The region a figure is said to be in right after it ("70 titik di Jawa"), or None."""
    after = _PLACE_AFTER_RE.match(sentence[end:])
    if not after:
        return None
    places = lexicon().places
    keys = [k for _, _, k in _place_spans(WORD_RE.findall(after.group(1))) if places[k].kind in _LISTED_KINDS]
    return keys[0] if keys else None


_LISTED_KINDS = frozenset({"city", "province", "island"})   # a country's or a party's count is held (held_list_fits)


@lru_cache(maxsize=256)
def _unit_figures_re(unit: str, words: bool) -> re.Pattern[str]:
    """Figures of one unit in a sentence ("144 pelanggar"), with ``words`` those written in words too."""
    from .claims import WORD_NUM   # claims imports this module
    number = rf"(?:(?<![\w.,])\d[\d.,]*|\b(?:{WORD_NUM}))" if words else r"(?<![\w.,])\d[\d.,]*"
    return re.compile(rf"{number}(?:\s+(?:ribu|juta))?\s+{re.escape(unit)}\b", re.I)


def _listed_places(sentence: str, q: dict[str, Any], unit: str, at: int) -> tuple[str | None, set[str]] | None:
    """In a list of counts (or amounts) by place, the figure's own place and the other figures'
    places; None when the sentence lists no two figures of the figure's unit."""
    if unit:
        figures = list(_unit_figures_re(unit, False).finditer(sentence))
        if len(figures) >= HELD_LIST - 1 and sentence.lower().count(unit) > len(figures):
            # in words too: "… 16 rumah di Kecamatan Lapang, dan satu rumah di Kecamatan Langkahan"
            figures = list(_unit_figures_re(unit, True).finditer(sentence))
    elif _CURRENCY_AT_RE.search(sentence, max(0, at - 6), at):
        # amounts by place: "Rp234 triliun, dengan Provinsi Jawa Barat … sebesar Rp4,1 triliun, … DKI
        # Jakarta dengan Rp14,6 triliun"
        figures = list(_AMOUNT_IN_LIST_RE.finditer(sentence))
    else:
        return None
    if len(figures) < HELD_LIST:
        return None
    mine = next((k for k, m in enumerate(figures) if m.start() <= at < m.end() or at <= m.start() < at + len(q["text"])), None)
    if mine is None:
        return None
    places = []
    local = _LOCAL_UNIT_RE.search(sentence) is not None
    for k, m in enumerate(figures):
        prev_end = figures[k - 1].end() if k else 0
        next_start = figures[k + 1].start() if k + 1 < len(figures) else len(sentence)
        places.append(_listed_place(sentence, m.start(), m.end(), prev_end, next_start, local))
    own = places[mine]
    return own, {p for k, p in enumerate(places) if k != mine and p and p != own}


def asked_place_part(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """The figure is the asked place's part of a list by place ("tiga rumah sakit di Indonesia"
    among Malaysia's and Vietnam's): the article's larger figure of the unit is their whole."""
    if not frame.places:
        return False
    at = figure_at(sentence, q.get("text") or "")
    listed = _listed_places(sentence, q, (q.get("unit") or "").lower(), at) if at >= 0 else None
    return listed is not None and listed[0] is not None and bool(listed[1]) and listed[0] in frame.places


def _own_dimension(frame: QuestionFrame, sentence: str, at: int, unit: str) -> bool:
    """The figure's own word names the dimension asked ("dengan kedalaman 187 km" for "berapa
    kilometer kedalaman"), and no other figure of its unit in the sentence is said with it: it is
    not one of a list's figures by place."""
    stem = frame.pipeline.stem
    said = _dimension_said(sentence, at, stem, bare=True)
    if not said or said != _dimension_of(frame.measured[0], stem):
        return False
    return not any(_dimension_said(sentence, m.start(), stem, bare=True) == said
                   for m in _unit_figures_re(unit, False).finditer(sentence) if not m.start() <= at < m.end())


def place_list_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """In a list of counts by place ("Jakarta Timur sebanyak 144 pelanggar, Jakarta Utara 138
    pelanggar …", "389 pelanggaran di wilayah Jakarta Utara dan 251 pelanggaran di Jakarta
    Selatan"), each count is its place's part: it answers only a question asking that place, not
    one asking the whole or no place. Villages and districts count by their kind and name ("Desa
    Sedari"), and a count over several of a kind ("43 rumah rusak … di 4 kecamatan") is their whole:
    it answers no question naming one of them ("di Kecamatan Seunuddon")."""
    unit = (q.get("unit") or "").lower()
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    asked_units = local_units_asked(frame.question_text)
    if asked_units:
        kinds = {k.split(":")[0] for k in asked_units}
        start = sentence.rfind(";", 0, at) + 1
        end = sentence.find(";", at) % (len(sentence) + 1)
        if any(m.group(1).lower() in kinds for m in _SEVERAL_UNITS_RE.finditer(sentence, start, end)):
            return False
    listed = _listed_places(sentence, q, unit, at)
    if listed is None:
        return True
    own, others = listed
    # an amount's place may be asked as its owner ("dana Pemprov DKI Jakarta": whose money)
    asked = set(frame.places) | ({e for e in frame.entities if e in lexicon().places} if not unit else set()) \
        | asked_units
    if not unit and own is None and len(others) >= HELD_LIST and asked:
        return False   # amounts of two places or more and one of none: the whole, not the place asked
    if own is None or not others:
        return True
    if own not in asked and frame.measured and frame.pipeline is not None and _own_dimension(frame, sentence, at, unit):
        return True   # "… 188 km selatan Banda, Maluku Tengah dengan kedalaman 187 km": the quake's depth, no place's
    return own in asked


_RANKED_RE = re.compile(r"\b(?:urutan|peringkat|posisi)\s+(?:ke-?\s*\d+|pertama|kedua|ketiga|keempat|kelima|keenam|"
                        r"ketujuh|kedelapan|kesembilan|kesepuluh|teratas|tertinggi|terbawah|terendah|puncak)\b", re.I)


def ranked_place_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A place's amount in a ranking ("Sementara, urutan pertama ditempati Provinsi Jakarta dengan Rp
    14,6 triliun", "Pemprov Jabar menempati urutan kelima … dengan Rp 4,1 triliun") is that place's
    part of the ranked whole: it answers a question naming the place (or asking the rank), not one
    asking the whole ("total dana pemerintah daerah yang mengendap")."""
    at = figure_at(sentence, q.get("text") or "")
    if at < 0 or frame.ordinal or not _RANKED_RE.search(sentence, 0, at):
        return True
    said = set(located_places(sentence))
    asked = set(frame.places) | {e for e in frame.entities if e in lexicon().places}
    return not said or any(_within(p, a) for p in said for a in asked)


_CURRENCY_AT_RE = re.compile(r"(?:rp\.?|us\$|usd|\$)\s*$", re.I)
_AMOUNT_IN_LIST_RE = re.compile(r"(?:\brp\.?|\bus\$|\busd|\$)\s*\d[\d.,]*(?:\s*(?:ribu|juta|miliar|triliun)\b)?", re.I)


def _item_words(words: list[str], stem: Callable[[str], str]) -> set[str]:
    """The stems of the item an amount is of, named right before it: back to a comma, "(", a clause
    mark or "dan"; what only frames the amount ("dari Rp 2.250 per kilogram menjadi") and an
    aside ("(SDA)") left out. "sumber daya air (Rp43,97 triliun)": the item before the "(" ."""
    w = lexicon().words
    while words and (words[-1] in w["currencies"] or words[-1] in w["amount_frame_words"]):
        words = words[:-1]
    # "Danau Toba dengan total anggaran Rp109,2 miliar": what "dengan" brings is the amount's name
    k = len(words)
    while k and (words[k - 1] in w["money_nouns"] or words[k - 1] in w["total_words"]):
        k -= 1
    if 0 < k < len(words) and words[k - 1] == "dengan":
        words = words[:k - 1]
    if words and words[-1] == "(":
        words = words[:-1]
    item: list[str] = []
    aside = False                   # inside "(SDA)", read backwards
    for i in range(len(words) - 1, -1, -1):
        t = words[i]
        if t == ")":
            aside = True
        elif aside:
            aside = t != "("
        elif t in BEFORE_BREAK_MARKS or t in ("(", "dan", "serta", "yaitu", "yakni"):
            break
        elif not (i and words[i - 1] == "per"):   # "per kilogram" is the unit, not the item
            item.append(t)
    return {stem(t) for t in item if t.isalpha() and t not in lexicon().stopwords and t not in w["currencies"]
            and t not in w["amount_frame_words"] and t not in w["hedge_verbs"] and t != "per"}


def daily_price_asked(frame: QuestionFrame) -> bool:
    """A price quoted day by day is asked: "harga emas", "kurs", "nilai tukar rupiah"."""
    daily = lexicon().words["daily_prices"]
    return frame.money and ((frame.money_thing or "").lower() in daily or (frame.value_of or "").lower() in daily)


_MARKET_QUOTE_RE = re.compile(r"\b(?:dibuka|ditutup|diperdagangkan)\b.*\b(?:level|posisi)\b|"
                              r"\b(?:level|posisi)\b.*\b(?:dibuka|ditutup)\b|\b(?:ihsg|indeks)\b.*\bditutup\b", re.I)


def market_close_asked(question: str) -> bool:
    """A market's level at a day's open or close is asked ("IHSG ditutup di level berapa pada Senin
    20 Oktober 2025"): quoted day by day, so the next day's report ("Senin (21/10) … ke level
    8.238,08") tells another day."""
    return bool(_MARKET_QUOTE_RE.search(question))


def _rupiah_rate_asked(frame: QuestionFrame) -> bool:
    """The rupiah's exchange rate is asked ("nilai tukar rupiah terhadap dolar AS"): it is said in rupiah."""
    return daily_price_asked(frame) and (frame.money_thing or "").lower() != "harga" \
        and "rupiah" in frame.question_text.lower()


_PRICE_FILLERS = frozenset("jual beli eceran tertinggi terendah rata-rata rerata acuan pokok dasar pembelian penjualan "
                           "referensi patokan resmi pasar normal baru lama".split())


def priced_thing_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A price asked of one good ("harga beras medium") is not the price the figure's sentence
    says is another's: "harga cabai mendadak anjlok hingga Rp 6 ribu", "harga gabah kering panen
    (GKP) … naik menjadi Rp 4.759". The last "harga" before the figure names whose price it is."""
    if not frame.money or (frame.money_thing or "").lower() != "harga" or not frame.kind or frame.pipeline is None:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    stem = frame.pipeline.stem
    asked = {stem(t.lower()) for t in WORD_RE.findall(frame.question_text)}
    label = _list_label(sentence, at)
    if label:   # "gula sebesar Rp 12.500 per kg , minyak goreng kemasan sederhana Rp 11.000": oil's
        return stem(label) in asked
    words = [t.lower() for t in WORD_RE.findall(sentence[:at]) if t[:1].isalpha()]
    heads = [i for i, t in enumerate(words) if t in ("harga", "harganya")]
    if not heads:
        return True
    # "harga bawang putih … dijual dengan harga Rp 70 ribu": a "harga" right before the figure
    # names nothing; the one before it does
    ends = heads[1:] + [len(words)]
    rest: list[str] = []
    for head, end in reversed(list(zip(heads, ends))):
        rest = [t for t in words[head + 1:end] if t not in _PRICE_FILLERS and t not in lexicon().words["currencies"]]
        if rest:
            break
    if not rest or rest[0] in lexicon().stopwords or not rest[0].isalpha():
        return True
    return stem(rest[0]) in asked


# an amount of a list, with the unit it is per ("Rp 12.500 per kg")
_AMOUNT_BEFORE_RE = re.compile(_AMOUNT_IN_LIST_RE.pattern + r"(?:\s*(?:per|/)\s*[^\W\d_]+)?", re.I)


def _list_label(sentence: str, at: int) -> str | None:
    """In a list of priced goods ("gula sebesar Rp 12.500 per kg , minyak goreng kemasan sederhana
    Rp 11.000 per liter"), the first word of the good named between the amount before and this one;
    None when no amount stands before it in the sentence, or only function words between."""
    before = list(_AMOUNT_BEFORE_RE.finditer(sentence, 0, at))
    if not before:
        return None
    between = [t.lower() for t in WORD_RE.findall(sentence[before[-1].end():at]) if t[:1].isalpha()]
    stop = lexicon().stopwords | _PRICE_FILLERS | lexicon().words["currencies"] | {"rp"}
    if any(t in _AMOUNT_LINKS for t in between):
        return None   # "dari Rp 2.250 per kilogram menjadi Rp 1.800", "US$ 999 atau sekitar Rp 14 juta": one good's
    content = [t for t in between if t not in stop]
    return content[0] if content and len(between) <= 8 else None


# words between two amounts of one good: a change, a conversion, a range
_AMOUNT_LINKS = frozenset("menjadi jadi dari atau setara sekitar sekira hingga sampai naik turun berkisar kisaran "
                          "antara dan-atau yakni yaitu alias".split())


def per_unit_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A price asked per one unit is not the price per another: "harga pupuk NPK … per kg" takes
    not "Rp 90.000 per sak". The unit after "per" (or "/") right after the figure decides."""
    asked_size = _asked_size(frame.question_text)
    if asked_size is not None:   # "harga emas Antam ukuran 1 kilogram (1.000 gram)": that size's price
        at = figure_at(sentence, q.get("text") or "")
        said = _figure_size(sentence, at, len(q.get("text") or "")) if at >= 0 else None
        return said is None or abs(said - asked_size) < 1e-9
    asked = _per_units(frame.question_text)
    if not asked:
        if daily_price_asked(frame) and (at := figure_at(sentence, q.get("text") or "")) >= 0:
            # "berapa harga emas Antam hari ini": the price of a gram, not of a bar in the list
            # ("- 2 gram: Rp1.457.000", "1.000 gram yaitu Rp 724.600.000"); a price per one unit
            # ("harga cabai … Rp 6.000 - Rp7.000 per kg", "gula … Rp 9.700/kg") is no bar's
            if _per_units(sentence[at + len(q.get("text") or ""):][:40], first_only=True):
                return True
            size = _figure_size(sentence, at, len(q.get("text") or ""))
            return size is None or abs(size - 1.0) < 1e-9
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    said = _per_units(sentence[at + len(q.get("text") or ""):][:40], first_only=True)
    if said:
        return bool(said & asked)
    # "Sementara harga per sak dari Rp 115.000 menjadi Rp 92.000": the unit its clause names first
    said = _per_units(re.split(r"[,;:]|\.(?!\d)", sentence[:at])[-1])
    if said and not said & asked:
        return False
    # the price of a size ("emas batangan 1.000 gram yaitu Rp 724.600.000", "ukuran 10 gram
    # ditetapkan Rp 7.780.000") is not the price per one unit
    start = max(0, at - SIZE_REACH)
    sizes = [m for m in _SIZE_RE.finditer(sentence, start, at) if m.group(2).lower() in lexicon().words["per_units"]]
    if sizes and not re.search(r"[;!?]|\.(?!\d)|,\s*-", sentence[sizes[-1].end():at]):   # "0,5 gram: Rp403.000,- 1 gram: …"
        n, unit = sizes[-1].group(1), sizes[-1].group(2).lower()
        return n in ("1", "satu") and unit in asked
    return True


_GRAMS = {"gram": 1.0, "gr": 1.0, "g": 1.0, "kilogram": 1000.0, "kg": 1000.0}
_ASKED_SIZE_RE = re.compile(r"\b(?:ukuran|pecahan|seberat)\s+(\d[\d.,]*)\s*(gram|gr|kilogram|kg)\b", re.I)


@lru_cache(maxsize=256)
def _asked_size(question: str) -> float | None:
    """The size of a thing whose price is asked, in grams ("ukuran 1 kilogram" -> 1000.0)."""
    from .claims import parse_number   # claims imports this module
    m = _ASKED_SIZE_RE.search(question)
    if m is None:
        return None
    n = parse_number(m.group(1))
    return None if n is None else n * _GRAMS[m.group(2).lower()]


def _figure_size(sentence: str, at: int, length: int) -> float | None:
    """The size a price is of, in grams: the nearest size before it with no clause end between
    ("- 1 gram: Rp752.000,- 2 gram: Rp1.453.000"), or "per gram" right after it; None when unsaid."""
    from .claims import parse_number   # claims imports this module
    after = re.match(r"\s*(?:per\s+|/\s*)(gram|gr|kilogram|kg)\b", sentence[at + length:], re.I)
    if after:
        return _GRAMS[after.group(1).lower()]
    sizes = [m for m in _SIZE_RE.finditer(sentence, max(0, at - SIZE_REACH), at) if m.group(2).lower() in _GRAMS]
    if not sizes or re.search(r"[;!?]|\.(?!\d)|,\s*-", sentence[sizes[-1].end():at]):
        return None
    n = parse_number(sizes[-1].group(1)) if sizes[-1].group(1).lower() != "satu" else 1.0
    return None if n is None else n * _GRAMS[sizes[-1].group(2).lower()]


_SIZE_RE = re.compile(r"\b(\d[\d.,]*|satu)\s+([^\W\d_]+)\b")
SIZE_REACH = 100   # "Antam 2 gram, tercatat naik Rp5.000 dibandingkan Rabu kemarin, menjadi Rp1,522 juta"


_PER_UNIT_RE = re.compile(r"(?:\bper\s+|/\s*)([^\W\d_]+)", re.I)


def _per_units(text: str, first_only: bool = False) -> set[str]:
    """The units a text gives after "per" or "/" ("per kilogram", "/kg"), each with its short
    form (`unit_forms`); first_only: only one right at the start (the figure's own unit)."""
    w = lexicon().words
    if first_only:
        m = re.match(r"\s*(?:[^\W\d_]+\s+)?(?:per\s+|/\s*)([^\W\d_]+)", text, re.I)
        found = [m.group(1)] if m else []
    else:
        found = _PER_UNIT_RE.findall(text)
    units = {u.lower() for u in found if u.lower() in w["per_units"]}
    return units | {w2 for u in units for w2 in _unit_forms().get(u, ())}


@lru_cache(maxsize=1)
def _unit_forms() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for ln in _data_lines("frame_words.txt"):
        if ln.startswith("unit_forms\t"):
            for group in ln.split("\t", 1)[1].split("|"):
                forms = tuple(group.split())
                for f in forms:
                    out[f] = forms
    return out


WORTH_REACH = 3   # words before "senilai" that name what is worth the amount
_WORTH_PARTY_WORDS = frozenset({"dari", "kepada", "oleh"})


def worth_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """An amount said to be what a thing is worth ("membangun Jembatan Tano Pangol … senilai Rp
    297 miliar") is that thing's value, not the asked money ("anggaran Kementerian PUPR"), unless
    the thing is the asked money ("anggaran senilai …") or only money is asked ("uang …")."""
    pipeline = frame.pipeline
    if not frame.money or pipeline is None or not frame.noun or frame.value_of:
        return True
    w = lexicon().words
    thing = (frame.money_thing or frame.noun).lower()
    if thing in w["money_generic"] or thing in w["money_value_heads"]:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    before = [t.lower() for t in WORD_RE.findall(sentence[:at])]
    while before and (before[-1] in w["currencies"] or before[-1] in (".", "rp")):
        before.pop()
    if not before or before[-1] not in w["worth_words"]:
        return True
    stem = pipeline.stem
    asked = {stem(x) for x in frame.money_words} or {stem(thing)}
    if stem(before[-1]) in asked:
        # "membeli revolver … seharga Rp 50 juta" is the asked price ("harga revolver") of what it names
        return _priced_thing_named(frame, before, stem)
    named = [t for t in before[-1 - WORTH_REACH:-1] if t[:1].isalpha()]
    # who it came from or went to is said between: "kredit sindikasi dari sembilan bank asing senilai …"
    source = [i for i in range(max(0, len(before) - 2 - WORTH_REACH), len(before) - 1) if before[i] in _WORTH_PARTY_WORDS]
    if source:
        named += [t for t in before[max(0, source[-1] - WORTH_REACH):source[-1]] if t[:1].isalpha()]
    # "target tahun ini senilai Rp 157 triliun": a head of the asked amount names it too
    return any(stem(t) in asked or t in w["money_heads"] or t in w["target_words"] for t in named)


def _priced_thing_named(frame: QuestionFrame, before: list[str], stem: Callable[[str], str]) -> bool:
    """Whether the words before a worth word name what the question prices: "berapa harga revolver
    Taurus" is answered by "membeli revolver … seharga Rp 50 juta", not by "jembatan seharga …"."""
    low = list(_lower_words(frame.question_text))
    thing = (frame.money_thing or "").lower()
    if thing not in low:
        return True
    at = low.index(thing)
    priced = next((t for t in low[at + 1:at + 3] if t[:1].isalpha() and t not in lexicon().stopwords), None)
    if priced is None:
        return True   # "berapa harganya": the price of what the sentence names
    return stem(priced) in {stem(t) for t in before}


def habitual_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """An amount said to come every year ("setiap tahun Kementerian PUPR memperoleh anggaran
    sekitar Rp 110 triliun") is no one year's, which a question naming a year asks."""
    if not frame.years or _YEARLY_ASKED_RE.search(frame.question_text):
        return True   # ("berapa produksi baja nasional per tahun …": the yearly amount is asked)
    w = lexicon().words
    low = [t.lower() for t in WORD_RE.findall(sentence)]
    every = [i for i, t in enumerate(low[:-1])
             if t in w["per_words"] and low[i + 1] == "tahun" and not (i + 2 < len(low) and low[i + 2][:1].isdigit())]
    if not every:
        return True
    # "Pada tahun 2018, Kedutaan … menerbitkan total 157.924 visa dan … peningkatan sebanyak 15% setiap
    # tahun": the asked year named nearer the figure than "setiap tahun" is the figure's year
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return False
    figure_word = len(WORD_RE.findall(sentence[:at]))
    asked_years = {str(y) for y in frame.years}
    named = [i for i, t in enumerate(low) if t in asked_years]
    return bool(named) and min(abs(i - figure_word) for i in named) < min(abs(i - figure_word) for i in every)


_CURRENCY_SIGN_BEFORE_RE = re.compile(r"[$€£¥]\s*$")
_YEARLY_ASKED_RE = re.compile(r"\b(?:(?:per|setiap|tiap)\s+tahun|setahun|tahunan)\b", re.I)
CAPACITY_REACH = 3   # words between a capacity word and its figure ("berkapasitas maksimal 19 orang")


def capacity_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """What a thing can hold ("pesawat yang berkapasitas 19 orang", "daya tampung 60 penumpang")
    is not how many it held: it answers only a question asking a capacity."""
    low = sentence.lower()
    if "kapasitas" not in low and "ampung" not in low and "muat" not in low and "angkut" not in low:   # menampung: meN- drops the t
        return True   # most sentences say no capacity
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    w = lexicon().words
    before = [t.lower() for t in WORD_RE.findall(sentence[max(0, at - 60):at])]
    last_figure = max((i for i, t in enumerate(before) if t[:1].isdigit()), default=-1)
    before = before[last_figure + 1:][-(CAPACITY_REACH + 2):]   # "berkapasitas 19 orang itu membawa 15 penumpang": 15 is carried
    if not _says_capacity(before, w):
        return True
    return _says_capacity([t.lower() for t in WORD_RE.findall(frame.question_text)], w)


def _says_capacity(words: list[str], w: dict[str, frozenset[str]]) -> bool:
    return any(t in w["capacity_words"] or (t in w["capacity_verbs"] and i and words[i - 1] in w["capacity_abilities"])
               for i, t in enumerate(words))


def _fraction_of_asked(frame: QuestionFrame, sentence: str, end: int) -> bool:
    """The amount is said to be a share of the asked thing: "menerima … Rp 2,5 triliun atau hampir
    setengah dari nilai proyek" is not the project's value."""
    pipeline = frame.pipeline
    if pipeline is None:
        return False
    w = lexicon().words
    asked = {pipeline.stem(x) for x in frame.money_words} or {pipeline.stem((frame.money_thing or frame.noun or "").lower())}
    after = [t.lower() for t in WORD_RE.findall(sentence[end:end + 60])]
    for i, t in enumerate(after[:5]):
        if t in BEFORE_BREAK_MARKS:
            return False
        if t in w["fraction_words"] and i + 2 < len(after) and after[i + 1] == "dari":
            return pipeline.stem(after[i + 2]) in asked
    return False


def _achieved_after(sentence: str, end: int) -> bool:
    """What follows an amount says part of it was reached: "dari Rp159 triliun sudah tercapai …"."""
    w = lexicon().words
    return any(t in w["achieved_words"] for t in [t.lower() for t in WORD_RE.findall(sentence[end:end + 40])][:3])


# ---------------------------------------------------------------- whose held count (votes, seats)
def _between_events(low: list[str], w: dict[str, frozenset[str]]) -> bool:
    """A span of time asked between events ("berapa hari setelah penyiraman Novel Baswedan Presiden
    Jokowi memanggil Kapolri", "berapa menit sebelum penyiraman … saksi melihat …"): the names
    tell the events, and the span is no one's own, unlike a penalty ("berapa lama vonis … Johnny E
    Awuy") or a result ("Quartararo finis berapa detik di belakang Marquez")."""
    return bool(set(low) & _EVENT_TIME_WORDS) and not set(low) & (w["penalty_words"] | w["held_nouns"])


def _asked_holders(question: str, noun: str | None, lex: Lexicon, spans: bool = False,
                   min_words: int = 2, known: Callable[[str], bool] | None = None,
                   tickets: bool = True) -> tuple[str, ...]:
    """Name words of the people a question asks a held count of: "berapa suara yang diperoleh
    Firli Bahuri …" -> (firli, bahuri). Only for held nouns (suara, kursi, medali, hukuman …) and
    spans of time asked (`spans`: "berapa lama vonis … Johnny E Awuy": each defendant has his own),
    and only names of two or more capitalised words outside the gazetteer and the entity list (one
    word when ``known`` says it is no Indonesian word: "Irman", "Sugiharto"). Names after "di" or a
    competition's head are where, no holder."""
    if not spans and (not noun or noun.lower() not in lex.words["held_nouns"]):
        return ()
    toks = WORD_RE.findall(question)
    low = [t.lower() for t in toks]
    not_person = lex.words["not_person_words"] | lex.words["not_names"]
    examples = _example_spans(toks)
    words: list[str] = []
    for i, j in _name_runs(toks, start=1):
        if i in examples:
            continue   # "kepada pihak terkait seperti Boeing, Lion Air dan FAA": examples of a noun, none holds the count
        while (hit := lex.names.at(low, i)) is not None and j - (i + hit[1]) >= min_words:
            i += hit[1]   # "putri Arab Saudi Hassa binti Salman": the country before the person
        name = [t for t in low[i:j] if t not in NAME_CONNECTORS]
        if i and low[i - 1] in lex.words["led_by_words"]:
            continue   # "Partai Biru dan Putih pimpinan Benny Gantz": the leader names the party, holds nothing
        if i and lex.events.at(low, i - 1):
            continue   # "keluarga korban kecelakaan Ethiopian Airlines": the name tells the event, holds nothing
        if i and (low[i - 1] in _WHERE_BEFORE_NAME or low[i - 1] in lex.words["competition_heads"]):
            continue   # "poin Barcelona di puncak klasemen La Liga … di El Clasico": where it was won, no holder
        if i > 1 and low[i - 1] == "dari" and low[i - 2] in _LOST_TO_WORDS:
            continue   # "gol … Besiktas saat kalah dari Slovan Bratislava": the side it lost to holds none of it
        single = j - i == 1 and known is not None and not known(name[0])
        if known is not None and name and all(known(t) for t in name):
            continue   # "lama studi … Beasiswa Santri LPDP": words of the language name a programme, no defendant
        company = low[i] in lex.words["company_words"] or (i and low[i - 1] in lex.words["company_words"])
        inside = [k + hit[1] for k in range(i + 1, j) if (hit := lex.names.at(low, k)) is not None]
        if not company and inside:
            if j - inside[-1] < min_words:
                continue   # "MotoGP San Marino": a place inside the run names an event, no person ("PT Freeport Indonesia" stays)
            i = inside[-1]   # "Kakanwil Kemenag Jawa Timur Haris Hasanuddin": the office's place, then the person
            name = [t for t in low[i:j] if t not in NAME_CONNECTORS]
        if (j - i >= min_words or single) and lex.names.at(low, i) is None and not set(name) & not_person:
            words += name
    for i, tok in enumerate(toks):   # "suara Prabowo-Sandi": a ticket of two names (a span asked has none:
        # "waktu tempuh … Soekarno-Hatta", "Tol Layang Jakarta-Cikampek" name a route)
        if tickets and i and _TICKET_RE.fullmatch(tok) and not set(low[i].split("-")) & not_person:
            words += low[i].split("-")
    for i in range(1, len(toks) - 2):   # "Paris Saint-Germain (PSG)": the acronym is the same holder's name
        if toks[i] == "(" and toks[i + 2] == ")" and _ACRONYM_RE.fullmatch(toks[i + 1]) \
                and set(low[i - 1].split("-")) & set(words):
            words.append(low[i + 1])
    return tuple(dict.fromkeys(words))


_LOST_TO_WORDS = frozenset({"kalah", "takluk", "tumbang", "tersingkir"})   # "kalah dari X": X is the other side
_TICKET_RE = re.compile(r"[A-Z][a-z']+-[A-Z][a-z']+")
_WHERE_BEFORE_NAME = frozenset({"di", "pada", "dalam"})
_EXAMPLE_WORDS = frozenset({"seperti", "misalnya", "contohnya"})


def _example_spans(toks: list[str]) -> set[int]:
    """Token positions of the names listed after "seperti"/"misalnya": examples of the noun before
    them, up to the first word in lower case but a list's commas and "dan"/"serta"/"atau"."""
    out: set[int] = set()
    for k, tok in enumerate(toks):
        if tok.lower() in _EXAMPLE_WORDS:
            m = k + 1
            while m < len(toks) and (toks[m][:1].isupper() or toks[m].lower() in ("dan", "serta", "atau", ",")):
                out.add(m)
                m += 1
    return out


def party_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str, title: str | None = None) -> bool:
    """An amount asked of someone ("dikembalikan Wilmar Group", "diterima Miryam S Haryani"), in
    a sentence listing several ("Wilmar Group Rp 11,88 triliun, Musim Mas Group Rp 1,18 triliun
    …"): a figure whose nearest name before it (since the figure before) is another's is theirs.
    Only in lists: a sentence with one figure, or not naming the asked one, is left to the rest.
    A company's amount answers no question naming another party and none of its words: "berapa
    uang yang diserahkan Kejaksaan Agung ke negara" asks the whole, not Musim Mas Group's part."""
    if not frame.money and not frame.parties:
        return True
    at = figure_at(sentence, q["text"])
    if at < 0:
        return True
    if _someone_elses_money(frame, sentence, at, title):
        return False
    figures = [m.end() for m in _LISTED_FIGURE_RE.finditer(sentence)]
    holder = _listed_holder(sentence, at, figures, frame)
    if holder is None:
        # "Uang Rp 13,2 triliun itu disita dari 3 perusahaan sekaligus, Wilmar Group, Musim Mas
        # Group, dan Permata Hijau Group": the amount of all the companies listed, not one's share
        if frame.company and _one_of_listed(sentence, set(frame.parties)):
            return False
        # "Total kerugian … yang dikembalikan negara menyentuh angka Rp 13,2 triliun": everyone's
        return not (frame.company and not frame.total and _starts_total(sentence, at)
                    and not {t.lower() for t in WORD_RE.findall(sentence)} & set(frame.parties))
    words, company = holder
    asked = set(frame.parties)
    if company and asked and not words & asked:
        return False   # "Wilmar Group mengembalikan … Rp 11,88 triliun" is Wilmar's, whoever else is asked
    if len(figures) < 2 or not asked & {w.lower() for w in WORD_RE.findall(sentence)}:
        return True
    # (the asked name may be written shorter: "Anies-Sandi" asked, "Wagub Sandiaga Uno" said; a
    # name the question gives as where is no other party: "warga Paloh" for "… di Paloh")
    return bool(words & asked) or any(len(a) >= 4 and w.startswith(a) for w in words for a in asked) \
        or bool(words & _question_words(frame.question_text))


def _starts_total(sentence: str, at: int) -> bool:
    """The figure's clause opens with a total word ("Total kerugian … menyentuh angka …")."""
    words = _clause_words(sentence, at, comma=True)
    return bool(words) and words[0] in lexicon().words["total_words"]


def _one_of_listed(sentence: str, asked: set[str]) -> bool:
    """The asked party is one of a list of two or more named together in the sentence."""
    items = _listed_items(sentence)
    companies = lexicon().words["company_words"]
    if len(items) < 2 or not all(item & companies for item in items):
        return False   # only companies: "di Mabes Polri, Jakarta Selatan" is no list of parties
    common = set.intersection(*items)   # "Group" tells none apart
    return sum(bool((item - common) & asked) for item in items) == 1


def party_attribution(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool | None:
    """Whose amount a sentence says a figure is, for an amount asked of a party: True when the
    name nearest before it (since the figure before) is the asked party's ("Wilmar Group
    mengembalikan … Rp 11,88 triliun"), False when it is another's, None when no name stands
    before it ("Uang Rp 13,2 triliun itu disita dari … Wilmar Group, Musim Mas Group …"). Only
    for a company asked: people are named once and then called "ia"."""
    if not frame.money or not frame.parties or not frame.company:
        return None
    at = figure_at(sentence, q["text"])
    if at < 0:
        return None
    figures = [m.end() for m in _LISTED_FIGURE_RE.finditer(sentence)]
    holder = _listed_holder(sentence, at, figures, frame)
    return None if holder is None else bool(holder[0] & set(frame.parties))


def _someone_elses_money(frame: QuestionFrame, sentence: str, at: int, title: str | None = None) -> bool:
    """Money asked of a person ("uang suap yang diterima Imam Nahrawi") in a sentence that names,
    before the amount, only other people ("KPK menduga Patrialis menerima uang suap sebesar US$ 20
    ribu"): theirs. A person is a capitalised name no Indonesian word, place, organisation or
    company. A sentence naming no one ("Ia disangka menerima Rp 26,5 miliar") is its title's: one
    naming only another person ("Harta Kekayaan Firli Bahuri …") makes it theirs."""
    if not frame.money or not frame.parties or frame.pipeline is None:
        return False
    lex = lexicon()
    known = frame.pipeline.known_word
    asked = set(frame.parties)
    prefixes = tuple(lex.words["org_prefixes"])
    if frame.company or all(known(p) or lex.names.at([p], 0) is not None or p.startswith(prefixes) for p in asked):
        return False   # an office, a body or a company asked ("Kejaksaan Agung", "PT Sindangkasih Multi Usaha"): people act for it
    if {t.lower() for t in WORD_RE.findall(sentence)} & asked:
        return False
    if _names_a_person(_past_the_speaker(sentence[:at].rsplit(";", 1)[-1], frame.pipeline.stem), known):
        return True
    if title and not _names_a_person(sentence, known):
        return not {t.lower() for t in WORD_RE.findall(title)} & asked and _names_a_person(title, known)
    return False


def _past_the_speaker(text: str, stem: Callable[[str], str]) -> str:
    """The words after a verb of saying whose reported clause has a subject of its own ("Shinta
    mengatakan turnamen ini menyediakan …": the tournament's, not Shinta's); the whole text when
    the clause has none ("Patrialis mengaku menerima …": the speaker did it)."""
    for m in WORD_RE.finditer(text):
        if m.group(0).lower() not in SPEECH_VERBS:
            continue
        rest = [t for t in WORD_RE.findall(text[m.end():]) if t.lower() != "bahwa"]
        if rest and not _verb_like(rest[0].lower(), stem) and rest[0].lower() not in _PRONOUNS:
            return text[m.end():]
        return text
    return text


def _names_a_person(text: str, known: Callable[[str], bool]) -> bool:
    """Does the text name a person: a capitalised run with a word that is no Indonesian word, and
    no place, organisation or company beside it."""
    lex = lexicon()
    toks = WORD_RE.findall(text)
    low = [t.lower() for t in toks]
    skip = lex.stopwords | lex.words["not_names"] | lex.words["not_person_words"]
    companies = lex.words["company_words"]
    for i, j in _name_runs(toks):
        near = set(low[max(0, i - 1):j + 1])
        if near & companies or any(lex.names.at(low, k) is not None for k in range(i, j)):
            continue
        if j < len(low) and low[j] in _DEMONSTRATIVES:
            continue   # "Ponsel ini hadir …": a thing pointed at, no person (a name takes no "ini")
        if any(w not in skip and not known(w) and w.isalpha() for w in low[i:j]):
            return True
    return False


_DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})


def _parties_named(text: str, *, caps: bool = True) -> list[tuple[int, str]]:
    """(character offset, key) of each political party a text names ("PDIP", "Partai Golkar"), and
    of any "Partai <Name>" the list lacks ("Partai Likud", "Partai Biru dan Putih": "partai:likud")."""
    lex = lexicon()
    parties = lex.words["party_keys"]
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"[\w-]+", text):
        if caps and not m.group()[:1].isupper():
            continue
        low = [w.lower() for w in re.findall(r"[\w-]+", text[m.start():m.start() + 60])[:4]]
        hit = lex.names.at(low, 0)
        if hit and hit[0] in parties and not (out and out[-1][0] >= m.start() - 8 and out[-1][1] == hit[0]):
            out.append((m.start(), hit[0]))
    for m in _PARTY_NAME_RE.finditer(text):
        inside = [(pos, key) for pos, key in out if m.start() <= pos < m.end()]
        words = re.findall(r"[A-Z][\w-]*", m.group(1))
        if inside and inside[0][0] in (m.start(), m.start(1)):
            out = [x for x in out if x not in inside[1:]]   # "Partai Nasional Demokrat" is NasDem alone
            continue   # "Partai Golkar": the listed party itself
        out = [x for x in out if x not in inside]   # "Partai Liberal Demokrat" is not Demokrat
        out.append((m.start(), "partai:" + "_".join(w.lower() for w in words)))
    return sorted(out)


# "Partai Likud", "Partai Biru dan Putih", "Partai Liberal Demokrat": a party by its capitalised name
_PARTY_NAME_RE = re.compile(r"\b[Pp]artai\s+((?:[A-Z][\w-]*)(?:\s+(?:dan\s+)?(?!Partai\b)[A-Z][\w-]*)*)")


_NOT_BODIES = frozenset({"RI", "AS", "PT", "TBK", "USD", "WIB", "WITA", "WIT", "SR", "KM", "KG", "CV"})


def acronym_fits(question: str, sentence: str, title: str | None) -> bool:
    """A body the question names by its acronym ("gaji pokok anggota DPR") is not the longer one a
    sentence names instead ("anggota DPRD DKI Jakarta mendapatkan … Rp 129 juta"; KPU and KPUD, BI
    and BIN): the sentence, or when it names neither its title, must not name the longer one alone."""
    asked = {a for a in _ACRONYM_RE.findall(question) if a not in _NOT_BODIES}
    if not asked:
        return True
    # ("PDIP" for "PDI Perjuangan": the body the question names, written as one of its aliases)
    written = _alias_keys(WORD_RE.findall(question))
    for text in (sentence, title or ""):
        named = set(_ACRONYM_RE.findall(text))
        longer = {b for b in named for a in asked if b != a and b.startswith(a) and not _alias_keys([b]) & written}
        if asked & named:
            return True
        if longer:
            return False
    return True


def held_country_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A tally asked of a country ("Indonesia meraih berapa medali perunggu"), in a sentence that
    names other countries only ("Malaysia masih memuncaki tabel klasemen … dengan raihan 24 medali
    emas, 19 medali perak, dan 15 medali perunggu"): theirs."""
    if not (frame.noun and frame.noun.lower() in lexicon().words["held_nouns"]) \
            and frame.ordinal not in lexicon().words["rank_nouns"]:   # a country's rank, too
        return True
    lex = lexicon()
    asked = _asked_countries(frame.question_text)   # "… untuk Indonesia": whose tally, though not where
    if not asked or sentence.islower():
        return True   # (the subject may open the sentence: "Singapura berada di peringkat kedua dengan …")
    toks = WORD_RE.findall(sentence)
    low = [t.lower() for t in toks]
    mentions = [(key, at) for key, at, _placed in _place_mentions(toks, low, caps=True)
                if lex.places[key].kind == "country"]
    if not mentions:
        return True
    if not any(_within(n, a) or _within(a, n) for n, _at in mentions for a in asked):
        return False
    # the clause's first country holds its tally: "Myanmar mulai membayangi Indonesia di urutan
    # ketiga setelah meraih 2 medali emas" is Myanmar's
    fig_at = figure_at(sentence, q.get("text") or "")
    if fig_at > 0:
        cut = max(sentence.rfind(m, 0, fig_at) for m in (", ", "; ", ": "))
        joined = max(sentence.rfind(m, cut + 1, fig_at) for m in (" dan ", " serta "))
        if joined > cut and re.search(r"\d", sentence[cut + 1:joined]):
            cut = joined   # "…, Afrika Selatan (44) dan Turki di peringkat 46": a list's next item
        clause_start = len(WORD_RE.findall(sentence[:cut]))
        fig_tok = len(WORD_RE.findall(sentence[:fig_at]))
        first = next((n for n, at in mentions if clause_start <= at < fig_tok), None)
        if first is not None and not any(_within(first, a) or _within(a, first) for a in asked):
            return False
    team = _asked_team(frame.question_text)
    if team and not team <= {t.lower() for t in WORD_RE.findall(sentence)}:
        return False   # "medali emas yang disumbangkan cabang bulu tangkis": not the country's whole tally
    # "Tim bulu tangkis Indonesia … dua medali emas": one sport's tally, a part of the country's
    asked_words = {t.lower() for t in WORD_RE.findall(frame.question_text)}
    for _key, at in mentions:
        k = at - 1
        while k >= 0 and at - k <= 4 and low[k] not in _TEAM_WORDS:
            k -= 1
        if k >= 0 and low[k] in _TEAM_WORDS and low[k + 1:at] and not set(low[k + 1:at]) <= asked_words:
            return False
    return True


_TEAM_WORDS = frozenset({"tim", "cabang", "cabor", "skuad"})
_ASKED_TEAM_RE = re.compile(r"\b(?:cabang|cabor)\s+(?:olahraga\s+)?([a-z]+(?:\s+[a-z]+)?)", re.I)


@lru_cache(maxsize=256)
def _asked_team(question: str) -> frozenset[str]:
    """The sport a question narrows a country's tally to ("cabang bulu tangkis"): its words."""
    m = _ASKED_TEAM_RE.search(question)
    if m is None:
        return frozenset()
    lex = lexicon()
    words = [w for w in m.group(1).lower().split() if w not in lex.stopwords]
    return frozenset(w for w in words if lex.names.at([w], 0) is None)


_CLAUSE_OPENERS_RE = re.compile(r",\s|;\s|:\s|\b(?:sedangkan|sementara|sementara itu|adapun|namun)\b", re.I)


def measure_country_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A measure asked of a country ("produksi baja nasional Indonesia") is not one whose clause
    names only another country before it ("Sementara China mampu memasok … produksi sebesar 1,3
    miliar ton", "sedangkan … China sudah sampai 1,3 miliar ton"): that country's. Countries in
    other clauses, or named as where something goes ("ke China"), say nothing of it."""
    if not frame.measured or (q.get("unit") or "").lower() not in lexicon().words["measure_nouns"]:
        return True
    asked = _asked_countries(frame.question_text)
    if not asked:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at <= 0:
        return True
    start = max((m.end() for m in _CLAUSE_OPENERS_RE.finditer(sentence, 0, at)), default=0)
    toks = WORD_RE.findall(sentence[start:at])
    lex = lexicon()
    named = [key for key, _at, _placed in _place_mentions(toks, [t.lower() for t in toks], caps=True)
             if lex.places[key].kind == "country"]
    return not named or any(_within(n, a) or _within(a, n) for n in named for a in asked)


@lru_cache(maxsize=256)
def _asked_countries(question: str) -> tuple[str, ...]:
    """Countries a question names, as where or for whom ("untuk Indonesia", "ke Rusia") alike."""
    low = [t.lower() for t in WORD_RE.findall(question)]
    lex = lexicon()
    hits = (lex.names.at(low, i) for i in range(len(low)))
    return tuple(dict.fromkeys(h[0] for h in hits if h and h[0] in lex.places and lex.places[h[0]].kind == "country"))


def held_party_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str, title: str | None = None) -> bool:
    """Seats or votes asked of a party ("kursi DPR RI yang diraih Partai Golkar"): in a sentence
    naming parties, a figure is the party's named nearest before it, since the figure before
    ("PDIP 33 kursi, Golkar 8 kursi, Demokrat 4 kursi"), else one of the sentence's parties must be
    the asked one ("… diraih Demokrat sebanyak 1.842, termasuk 54 kursi di DPR RI" is Demokrat's).
    A sentence naming no party is its title's: "partai besutan SBY itu meraih 54 kursi" under
    "Demokrat Siap Bantu Pemerintahan …" is Demokrat's."""
    if not frame.held_by:
        return True
    at = figure_at(sentence, q["text"])
    named = _parties_named(sentence)
    if at >= 0 and not named and title:
        in_title = [key for _, key in _parties_named(title)]
        return not in_title or any(_same_party(key, frame.held_by) for key in in_title)
    if at < 0 or not named:
        return True
    if _respectively(sentence, at) is not None:
        return True   # "Partai Likud dan Partai Kahol Lavan masing-masing … 31 dan 33 kursi": respectively_fits pairs them
    start = max((m.end() for m in _LISTED_FIGURE_RE.finditer(sentence, 0, at) if m.end() <= at), default=0)
    before = [key for pos, key in named if start <= pos < at]
    if before and _SHARED_RE.search(sentence, start, at):
        return any(_same_party(key, frame.held_by) for key in before)   # "Partai Likud … dan Partai Kahol Lavan sama-sama memenangkan 32 kursi"
    if before:
        return _same_party(before[-1], frame.held_by)
    return any(_same_party(key, frame.held_by) for _, key in named)


def _same_party(key: str, asked: tuple[str, ...]) -> bool:
    """A party named is an asked one: the same key, or a "Partai <Name>" whose words hold the other's
    ("Partai Likud Netanyahu" for "Partai Likud")."""
    if key in asked:
        return True
    words = set(key.split(":", 1)[-1].split("_"))
    return key.startswith("partai:") and any(
        a.startswith("partai:") and (words >= set(a[7:].split("_")) or words <= set(a[7:].split("_"))) for a in asked)


_SHARED_RE = re.compile(r"\b(?:sama-sama|keduanya|kedua partai)\b", re.I)   # not "masing-masing": each its own


def _listed_holder(sentence: str, at: int, figures: list[int], frame: QuestionFrame) -> tuple[set[str], bool] | None:
    """The name words nearest before a listed figure, since the figure before it, and whether
    they name a company ("Musim Mas Group"); None when no name stands there."""
    ends = sorted(f for f in figures if f <= at)
    start = ends[-1] if ends else 0
    if ends and _CHANGED_AMOUNT_RE.search(sentence[start:at]):
        # "USD 500 miliar di Amerika Serikat, yang kemudian meningkat menjadi USD 600 miliar": the
        # amount before it changed, whose it was is whose this is
        prev = next((m for m in _LISTED_FIGURE_RE.finditer(sentence) if m.end() == start), None)
        if prev is not None:
            return _listed_holder(sentence, prev.start(), figures, frame)
    if ends and _RESTATED_AMOUNT_RE.fullmatch(sentence[start:at]):
        start = ends[-2] if len(ends) > 1 else 0   # "US$ 100 ribu atau Rp 1 miliar": the same holder's
    seg = WORD_RE.findall(sentence[start:at])
    lex = lexicon()
    companies = lex.words["company_words"]
    stop = lex.stopwords | lex.words["not_names"] | lex.words["not_person_words"] | companies
    known = frame.pipeline.known_word if frame.pipeline is not None else (lambda _w: False)
    # a sentence's first word, past an opening quote ('"Honor Rp350 ribu …'), is a name only when it
    # is no Indonesian word ("Akom terbukti menerima …")
    lead = next((k for k, t in enumerate(seg) if t[:1].isalpha()), len(seg))
    first = lead + 1 if start == 0 and not (lead < len(seg) and seg[lead][:1].isupper()
                                            and not known(seg[lead].lower())) else 0
    runs = [r for r in _name_runs(seg, start=first)
            if not {t.lower() for t in seg[r[0]:r[1]]} <= stop
            and not (r[1] - r[0] == 1 and known(seg[r[0]].lower()))]   # "KONI Pusat": no one's name
    if not runs:
        return None
    i, j = runs[-1]
    run = {t.lower() for t in seg[i:j]}
    return run - stop, bool(run & companies)


_LISTED_FIGURE_RE = re.compile(r"\d[\d.,]*")   # a number as written ("2.876.637", "13,92")
_CHANGED_AMOUNT_RE = re.compile(r",\s*yang\s+(?:kemudian\s+|lalu\s+|akhirnya\s+)?(?:meningkat|naik|turun|bertambah|berkurang|"
                                r"membengkak|menyusut|direvisi)\s+(?:menjadi|ke)\s+(?:Rp\.?|US\$|USD)?\s*$", re.I)
_RESTATED_AMOUNT_RE = re.compile(r"\s*(?:ribu|juta|miliar|triliun)?\s*(?:atau|alias|setara(?: dengan)?)\s*(?:Rp\.?|US\$|USD)?\s*", re.I)


_RECIPIENT_RE = re.compile(r"[^.;]{0,120}?\b(?:kepada|terhadap|bagi)\b([^.;]{0,80})")


def _recipient_after(sentence: str, end: int, frame: QuestionFrame) -> set[str]:
    """Name words of whom a figure is given to, named after it: "menjatuhkan vonis penjara 7 tahun
    dan denda … kepada terdakwa kasus korupsi proyek e-KTP Irman" -> {"irman"}; the first name
    after "kepada/terhadap/bagi" in the clause that is no Indonesian word (or of several words)."""
    m = _RECIPIENT_RE.match(sentence, end)
    if not m:
        return set()
    lex = lexicon()
    stop = lex.stopwords | lex.words["not_names"] | lex.words["not_person_words"]
    known = frame.pipeline.known_word if frame.pipeline is not None else (lambda _w: False)
    toks = WORD_RE.findall(m.group(1))
    for i, j in _name_runs(toks):
        name = {t.lower() for t in toks[i:j]} - stop
        if name and lex.names.at([t.lower() for t in toks], i) is None and (j - i > 1 or not known(toks[i].lower())):
            return name
    return set()


# "Tiga poin tersebut diraih Marseille", "… dicetak oleh Neymar": a passive verb right after the figure, then its agent
_AGENT_AFTER_RE = re.compile(r"\s*(?:(?:tersebut|itu|ini|pun)\s+){0,2}(di[a-z]{3,})\s+(?:oleh\s+)?((?:[A-Z][\w'-]*\s*){1,3})")


def _agent_after(sentence: str, end: int, frame: QuestionFrame) -> set[str]:
    """Name words of who a passive verb right after a figure says got or made it ("Tiga poin
    tersebut diraih Marseille" -> {"marseille"}); empty when no such verb and name follow."""
    m = _AGENT_AFTER_RE.match(sentence, end)
    if not m or frame.pipeline is None or not _verb_like(m.group(1).lower(), frame.pipeline.stem):
        return set()
    lex = lexicon()
    return set(_lower_words(m.group(2))) - lex.stopwords - lex.words["not_names"]


def _last_name_in_clause(sentence: str, at: int) -> set[str]:
    """Name words of the last person named (two words or more) in the figure's part of a list: "…
    Ending Fuad Hamidy, sekretaris jenderal KONI, yang divonis 2 tahun 8 bulan; dan Jhony E Awuy,
    bendahara umum KONI, dengan vonis 1 tahun 8 bulan" (parts end at ";")."""
    lex = lexicon()
    toks = WORD_RE.findall(sentence[sentence.rfind(";", 0, at) + 1:at])
    low = [t.lower() for t in toks]
    not_person = lex.words["not_person_words"] | lex.words["not_names"]
    cited = _law_citation_spans(toks)   # "… tentang Informasi dan Transaksi Elektronik": a law's name
    for i, j in reversed(_name_runs(toks)):
        if j - i >= 2 and lex.names.at(low, i) is None and not set(low[i:j]) & not_person and i not in cited \
                and low[j:j + 1] != ["itu"] and low[j:j + 1] != ["tersebut"]:
            # ("Pembalap Mercedes itu mencatat …": a description pointing back, no one's name)
            return set(low[i:j])
    return set()


def last_person(sentence: str) -> str | None:
    """The last person a sentence names (two name words or more, no place, body or office), as
    written: what a later sentence's "Dia" stands for."""
    lex = lexicon()
    toks = WORD_RE.findall(sentence)
    low = [t.lower() for t in toks]
    not_person = lex.words["not_person_words"] | lex.words["not_names"]
    for i, j in reversed(_name_runs(toks)):
        if j - i >= 2 and lex.names.at(low, i) is None and not set(low[i:j]) & not_person:
            return " ".join(toks[i:j])
    return None


def _holder_before(sentence: str, at: int) -> set[str]:
    """Name words of who holds a figure in a list or a tally: "Firli Bahuri (56 suara)", "Alexander
    Marwata: 53 suara", "Lili Pintauli Siregar (Advokat), 44 suara", "Nawawi Pomolango (Hakim) dengan
    50 suara"; empty when no name stands there."""
    w = lexicon().words
    toks = WORD_RE.findall(sentence[max(0, at - 120):at])
    i = len(toks) - 1
    if i >= 0 and toks[i] == "(":
        i -= 1
    elif i >= 0 and (toks[i] in (":", ",") or toks[i].lower() in w["holder_links"]):
        i -= 1
        while i >= 0 and toks[i].lower() in w["holder_adverbs"]:   # "Marquez kini telah mengemas 275 poin"
            i -= 1
    if i >= 0 and toks[i] == ")":  # a role in brackets: "(Advokat)"
        while i >= 0 and toks[i] != "(":
            i -= 1
        i -= 1
    name: list[str] = []
    while i >= 0 and len(name) < 4 and _name_word(toks[i]):
        name.append(toks[i].lower())
        i -= 1
    return set(name)


_PRONOUNS = frozenset({"dia", "ia", "beliau", "mereka", "kami", "kita", "saya", "aku"})


def _person_named(subject: str | None, frame: QuestionFrame) -> bool:
    """An earlier sentence's subject that names a person ("Sebastian Vettel"), not a group or an
    event ("Grup D Liga Champions"): most of its words are no dictionary word."""
    words = [t.lower() for t in WORD_RE.findall(subject or "") if t[:1].isalpha()]
    if not words or frame.pipeline is None:
        return False
    return sum(frame.pipeline.known_word(t) for t in words) * 2 < len(words)


def _group_or_event(subject: str) -> bool:
    """A subject naming a competition's group or stage ("Grup D Liga Champions"), no one a pronoun
    after it stands for."""
    w = lexicon().words
    return bool(set(_lower_words(subject)) & (w["competition_heads"] | w["competition_words"]))


def _has_name_word(subject: str, frame: QuestionFrame) -> bool:
    """Some word of the subject is no word of the language: a name ("Rani Saidi")."""
    return frame.pipeline is None or any(t[:1].isalpha() and not frame.pipeline.known_word(t.lower())
                                         for t in WORD_RE.findall(subject))


def _sentence_subject(sentence: str, frame: QuestionFrame) -> set[str]:
    """Name words of a person opening the sentence, followed by a verb ("Garino menyelesaikan …",
    "Rossi finis …"): no Indonesian word, place, body or office; empty otherwise."""
    pipeline = frame.pipeline
    toks = WORD_RE.findall(sentence[:160])
    lex = lexicon()
    low = [t.lower() for t in toks]
    k = 0
    while k < min(len(low), 3) and (low[k] in lex.words["clause_breaks"] or low[k] == ","):
        k += 1   # "Namun, Leclerc finis keenam …": a connective opens the sentence, the subject follows
    runs = _name_runs(toks, start=k)
    if pipeline is None or not runs or runs[0][0] != k or runs[0][1] >= len(toks):
        return set()
    i, j = runs[0]
    stop = lex.stopwords | lex.words["not_names"] | lex.words["not_person_words"]
    if set(low[i:j]) & stop or any(lex.names.at(low, k) is not None for k in range(i, j)) \
            or (j - i == 1 and pipeline.known_word(low[i])) \
            or not (_verb_like(low[j], pipeline.stem)   # "Leclerc finis keenam": a plain verb follows too
                    or (toks[j].isalpha() and toks[j].islower() and low[j] not in lex.stopwords)):
        return set()
    return set(low[i:j])


def holder_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A held count asked of someone ("suara Firli Bahuri") is not another's in the same tally:
    a figure listed right after a name answers only when that name shares a word with the asked one."""
    if not frame.holders:
        return True
    if TOTAL in (q.get("predicates") or []):
        return False   # "totalnya akan terkumpul 280 suara": everyone's, not the asked person's
    at = figure_at(sentence, q["text"])
    if at < 0:
        return True
    resp = _respectively(sentence, at)
    if resp is not None:
        names = _listed_names(resp[0])
        if len(names) > resp[1]:
            return bool(names[resp[1]] & set(frame.holders))  # "Firli dan Alexander … masing-masing 56 dan 53"
    given = _recipient_after(sentence, at + len(q["text"]), frame) or _agent_after(sentence, at + len(q["text"]), frame)
    if given:   # "vonis penjara 7 tahun … kepada terdakwa … Irman": the name after it is whose
        return bool(given & set(frame.holders))
    held = _holder_before(sentence, at) or _last_name_in_clause(sentence, at)
    # (an earlier sentence's subject stands for a pronoun when it is a name, "Rani Saidi"; not a
    # group or an event, "Grup D Liga Champions menyajikan laga seru. Ia mengemas gol …", nor a
    # description in words of the language, "Pebalap Inggris": the one the story is about)
    person_before = bool(q.get("subject")) and not _group_or_event(q["subject"]) and _has_name_word(q["subject"], frame)
    if held and held <= _PRONOUNS and q.get("subject"):   # "Dia mengumpulkan 182 poin": an earlier sentence's
        held = {t.lower() for t in q["subject"].split()} if person_before else set()
    if held:
        return bool(held & set(frame.holders))
    if person_before and not {t.lower() for t in WORD_RE.findall(sentence)} & set(frame.holders):
        # "Dia mengumpulkan 182 poin": whoever an earlier sentence named
        return bool({t.lower() for t in q["subject"].split()} & set(frame.holders))
    # no name right before it: a sentence about someone else ("Irjen Firli meraih … 56 suara") is not
    # the asked person's, when it names them nowhere
    lex = lexicon()
    toks = WORD_RE.findall(sentence)
    before = WORD_RE.findall(sentence[:at])
    low = [t.lower() for t in before]
    if {t.lower() for t in toks} & set(frame.holders):
        if set(low) & set(frame.holders):
            return True
        # named only after the figure, which the sentence's subject holds: "Garino menyelesaikan
        # pertandingan dengan mencetak 15 poin …, yang dipimpin … Luis Scola lewat 20 poin"
        subject = _sentence_subject(sentence, frame)
        if not subject and low and low[0] in _PRONOUNS and _person_named(q.get("subject"), frame):
            subject = {t.lower() for t in q["subject"].split()}   # "Ia … terpaut 0,167 detik dari Verstappen": an earlier sentence's
        # (the question may name the subject too, in a word no holder list keeps: "Dovizioso unggul … atas
        # Danilo Petrucci" for "Dovi unggul 31 poin dari Danilo Petrucci")
        asked = _lower_words(frame.question_text)
        return not subject or bool(subject & set(frame.holders)) \
            or any(len(s) >= 3 and a.startswith(s) for s in subject for a in asked)
    stop = lex.stopwords | lex.words["not_names"] | lex.words["not_person_words"]
    cited = _law_citation_spans(before)
    # "Pemain 19 tahun ini memborong tiga gol": a noun opening the sentence and pointed back at
    # ("ini", "tersebut") is the one the story is about, no other holder
    pointed_back = bool(low) and low[0].isalpha() and any(t in _POINTING_BACK for t in low[1:5])
    for i, t in enumerate(before):
        if (_name_word(t) and low[i] not in stop and i not in cited
                and lex.names.at(low, i) is None and not (i == 0 and low[i] in lex.words["clause_breaks"])
                # "Pelaku pun dijerat … ancaman hukuman sembilan tahun": a case's role opening the
                # sentence stands for the one its story names, no other holder
                and not (i == 0 and (low[i] in lex.words["role_nouns"] or pointed_back))):
            return False
    return True


_POINTING_BACK = frozenset({"ini", "tersebut"})


_LAW_OPENERS = frozenset({"pasal", "undang-undang", "uu", "kuhp", "kuhap", "perppu", "perpres", "pp", "permen",
                          "perda", "perma", "keppres", "inpres"})
_LAW_WORDS = _LAW_OPENERS | {"ayat", "nomor", "no", "tahun", "huruf", "juncto", "jo", "tentang", "dan", "atau", "(", ")"}


def _law_citation_spans(toks: list[str]) -> set[int]:
    """Positions of a law cited ("Pasal 28 Ayat (2) Undang-Undang Nomor 11 Tahun 2008 tentang
    Informasi dan Transaksi Elektronik"): its capitalised words name a law, no one who holds a
    figure."""
    out: set[int] = set()
    titled = False   # past a "tentang": the law's capitalised title goes on
    for k, tok in enumerate(toks):
        low = tok.lower()
        if low in _LAW_OPENERS or (k - 1 in out and (low in _LAW_WORDS or tok[:1].isdigit()
                                                     or (titled and tok[:1].isupper()))):
            out.add(k)
            titled = titled or low == "tentang"
        else:
            titled = False
    return out


# ---------------------------------------------------------------- what a measure measures
MAX_MEASURED = 6   # words of a measured phrase ("tarif cukai hasil tembakau")
TAIL_SCAN = 7      # tokens between a measured phrase and its figure ("naik rata-rata sekitar")
_YEAR_RE = re.compile(r"(19|20)\d\d$")


def _change(word: str, stem: Callable[[str], str]) -> str | None:
    """"rise" or "fall" when a word says a measure changed ("kenaikan", "anjlok")."""
    w = lexicon().words
    if not word[:1].isalpha():
        return None
    s = stem(word)
    if word in w["level_nouns"] or word in w["impose_words"] or word in w["state_nouns"]:
        return None   # "tingkat kepercayaan": the level itself; "meningkat", "peningkatan" rise;
                      # "menjatuhkan vonis", "dijatuhi denda": a sentence imposed, nothing fell;
                      # "terancam kekurangan pangan": a shortage, no fall
    if s in w["rise_stems"] or word in w["rise_stems"]:
        return "rise"
    if s in w["fall_stems"] or word in w["fall_stems"]:
        return "fall"
    return None


def _verb_like(word: str, stem: Callable[[str], str]) -> bool:
    """A prefixed word whose stem differs: "menetapkan", "diperkirakan" (not "menteri", "dinas")."""
    return (len(word) > 4 and word.startswith(tuple(lexicon().words["verb_prefixes"])) and "_" not in word
            and word.isalpha() and stem(word) != word)


def _transitive(word: str) -> bool:
    """me-…-kan / me-…-i: a verb whose object is what it acts on ("menaikkan [tarif] 23 persen")."""
    return word.startswith("me") and word.endswith(("kan", "i"))


_SCALE_WORDS = frozenset({"ribu", "juta", "miliar", "milyar", "triliun"})


def _place_spans(words: Sequence[str]) -> list[tuple[int, int, str]]:
    """Places a phrase names, by key or by any variant of several words: "inflasi Sumut" and
    "inflasi Sumatera Utara" both name sumatera_utara."""
    lex = lexicon()
    low = [t.lower() for t in words]
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(low):
        hit = lex.names.at(low, i)
        if hit and hit[0] in lex.places:
            spans.append((i, i + hit[1], hit[0]))
            i += hit[1]
        elif low[i] in lex.places:
            spans.append((i, i + 1, low[i]))
            i += 1
        else:
            i += 1
    return spans


TOTAL_REACH = 4   # words before a figure that may say it is a total ("dengan total angkatan 306kg")


def _total_of_a_part_asked(frame: QuestionFrame, sentence: str, at: int, stem: Callable[[str], str]) -> bool:
    """A figure said to be the total of what is measured ("dengan total angkatan 306kg") is no
    answer to a question asking one part of it by a word the figure's phrase lacks ("angkatan
    snatch", "angkatan clean and jerk"), unless a total is asked too, or the sentence names the
    part first with no other figure before the total: "Pada segmen LCGC, … dari Januari hingga
    Agustus 2019 total penjualan mencapai 143.632 unit" is the segment's total."""
    w = lexicon().words
    words = _lower_words(sentence[max(0, at - 60):at])[-TOTAL_REACH:]
    if not frame.measured or not words or not set(words) & w["total_words"]:
        return False
    if set(_lower_words(frame.question_text)) & w["total_words"]:
        return False
    said = {stem(t) for t in words}
    if stem(frame.measured[0]) not in said:
        return False
    part = [t for t in frame.measured[1:] if t[:1].isalpha() and t not in lexicon().stopwords]
    if not part or stem(part[0]) in said:
        return False
    before = _lower_words(sentence[:at])
    named = max((i for i, t in enumerate(before) if t in part), default=-1)
    return named < 0 or any(t[:1].isdigit() and not _YEAR_RE.match(t) for t in before[named:])


def _written_as_place(sentence: str, end: int, key: str, pipeline: TextPipeline) -> bool:
    """Whether a place read from lower-cased words is written as a name before `end`: a place
    that is also a word of the dictionary ("puncak", "malang", "medan") names the place only
    with a capital ("di puncak klasemen" is the top of the table, not Puncak in Bogor)."""
    if "_" in key or not pipeline.known_word(key):
        return True
    return any(m.group()[0].isupper() for m in re.finditer(rf"\b{re.escape(key)}\b", sentence[:end], re.I))


def _in_competition_name(sentence: str, end: int, key: str) -> bool:
    """A place named inside a competition's name before `end` ("Liga 1 Indonesia 2019", "Piala
    Presiden", "Kejuaraan Dunia"): the league's country, not whose figure it is."""
    return bool(re.search(rf"\b(?:Liga|Piala|Kejuaraan|Kualifikasi|Grand\s+Prix|GP)\s+(?:\d+\s+|[A-Z][\w-]*\s+){{0,2}}"
                          rf"{re.escape(key.replace('_', ' '))}\b", sentence[:end], re.I))


_SUBJECT_GENERIC = frozenset("angka ini itu tersebut".split())   # "Angka ini meningkat 21,57 persen": the story's figure
_SUBJECT_ENDS = frozenset("mencapai sebesar sebanyak adalah ialah yakni yaitu naik turun tercatat menjadi sekitar "
                          "baru sudah telah masih hanya".split())


def _clause_subject(sentence: str, at: int, stem: Callable[[str], str]) -> list[str]:
    """The noun phrase a figure's verb has for subject, read back from the figure: past the verb
    and its links ("mencapai rata-rata", "yang memperoleh"), then back to a clause mark, another
    figure, a verb or a preposition ("… lebih besar dari Ahok - Djarot yang memperoleh 40,6
    persen": Ahok - Djarot). What a figure that names nothing of its own measures ("tingkat
    Penghunian Kamar (TPK) hotel … pada Juni 2017 mencapai rata-rata 51,02 persen"). Places,
    months, years, function and generic words ("Angka ini", "jumlah") are passed over; none
    left is no subject."""
    toks = WORD_RE.findall(sentence[:at])
    w = lexicon().words
    stop = lexicon().stopwords
    k = len(toks) - 1
    while k >= 0 and (toks[k].lower() in _SUBJECT_ENDS or toks[k].lower() in stop or toks[k].lower() == "rata-rata"
                      or _verb_like(toks[k].lower(), stem)):
        k -= 1   # the verb and its links
    out: list[str] = []
    while k >= 0:
        t = toks[k]
        low = t.lower()
        if (t in BEFORE_BREAK_MARKS and t not in "()") or low in _SUBJECT_STOPS \
                or (low.startswith(("me", "di")) and _verb_like(low, stem)) \
                or (t[:1].isdigit() and not _YEAR_FIGURE.fullmatch(t)):
            break   # ("klasifikasi berbintang": a ber- word describes)
        if t[:1].isalpha() and low not in stop and low not in MONTHS and low not in w["generic_measured"] \
                and low not in w["measure_fillers"] \
                and not (low in w["time_words"] and k + 1 < len(toks) and _YEAR_FIGURE.fullmatch(toks[k + 1])) \
                and low not in w["rate_generic"] and low not in _SUBJECT_GENERIC and low not in w["measure_nouns"] \
                and low not in w["basis_words"] and low.removesuffix("nya") not in _SUBJECT_GENERIC:
            out.extend(low.split("-"))   # "Prabowo-Sandi memperoleh 44,5 persen"
        k -= 1
    return _without_places(out, keep_place_only=False) if out else []


_YEAR_FIGURE = re.compile(r"(?:19|20)\d\d")
# (a conjunction opens a clause whose subject is the sentence's: "…, kendati baru memasang 587 megawatt")
_SUBJECT_STOPS = frozenset("dari dengan oleh untuk kepada atas kendati meski meskipun walau walaupun namun tetapi "
                           "padahal sehingga".split())


def _without_places(measured: Sequence[str], keep_place_only: bool = True) -> list[str]:
    """What a rate measures, less where ("tingkat kemiskinan Kabupaten Majalengka", "inflasi
    Sumatera Utara"): the place is asked of the figure's context (context_fits), not of the
    phrase it measures. A question's phrase naming only a place is kept (`keep_place_only`); a
    figure's ("di Papua Pegunungan yaitu sebesar 1,65%") says nothing of what it measures."""
    placed = {k for a, b, _ in _place_spans(measured) for k in range(a, b)}
    out = [t for k, t in enumerate(measured)
           if k not in placed and t not in lexicon().words["admin_words"] and t != "per"]
    return out if out or not keep_place_only else list(measured)


def _only_places(words: list[str]) -> bool:
    """Every word names a place: "jakarta", "arab saudi"."""
    covered = {k for a, b, _ in _place_spans(words) for k in range(a, b)}
    return len(covered) == len(words)


def _phrase_before(low: list[str], end: int, stem: Callable[[str], str]) -> tuple[list[str], set[str]]:
    """(words of the noun phrase a measure figure at token ``end`` is about, directions stated).
    Read backwards: first the verbs, fillers and years between the phrase and the figure ("naik
    rata-rata sekitar", "pada 2020"), then the phrase up to a function word, a verb, a number or a
    clause mark: "cukai rokok" for 23 and "harga_jual_eceran rokok" for 35 in "cukai rokok naik 23
    persen dan harga jual eceran (HJE) rokok naik 35 persen". A change noun ("kenaikan") says the
    direction, not the thing. No phrase when a coordinator comes first ("23 persen dan 35 persen
    untuk HJE": the phrase follows) or a transitive verb lost its object ("menaikkan , 23 persen")."""
    lex = lexicon()
    w = lex.words
    directions: set[str] = set()
    i = end - 1
    commas = 0
    while i >= 0 and end - i <= TAIL_SCAN:
        t = low[i]
        if t == "atau" and i == end - 1:
            # "128,58 ribu orang atau 10,31 persen": a share restating a count measures what it counts
            j = i - 1 if i and low[i - 1][:1].isalpha() and low[i - 1] not in _SCALE_WORDS else i
            j -= 1
            while j >= 0 and low[j] in _SCALE_WORDS:
                j -= 1
            if j >= 0 and low[j][:1].isdigit():
                i = end = j
                i -= 1
                continue
        if t == ":" and i == end - 1:
            i -= 1   # a label's colon: "Produksi di 2018 : 4,88 juta Barel per hari" measures production
            continue
        if t == "," and commas < 2:
            commas += 1  # a fronted subject ("harga jual eceran rokok, ikut dinaikkan hingga 35 persen")
            i -= 1       # or a link's text cut out of the page ("menaikkan HJE , sebesar 35 persen")
            continue
        if (t in BEFORE_BREAK_MARKS and t != ")") or t in w["measure_coordinators"] or t in w["measure_nouns"]:
            return [], directions
        filler = (t in w["object_fillers"] or t in w["measure_fillers"] or stem(t) in w["measure_fillers"]
                  or t in w["measure_time_adverbs"])
        d = None if filler else _change(t, stem)
        if d:
            directions.add(d)
            if _transitive(t):
                return [], directions
        elif not (filler or t in lex.stopwords or t in w["time_words"] or t in w["measure_modifiers"]
                  or _YEAR_RE.match(t) or t == ")" or t in MONTHS   # "… pada Maret 2025 mencapai 8,47%"
                  or ("-" in t and all(p in MONTHS for p in t.split("-")))   # "selama Januari-Agustus 2019"
                  or (t in w["month_leads"] and i + 1 < end and low[i + 1] in MONTHS)):   # "… per Maret 2025 mencapai", "pada akhir Juli 2019"
            if not _verb_like(t, stem):
                break
            if t.startswith("me") and t not in w["undergo_verbs"]:
                # the figure is the object of an active verb ("memperoleh 44,5 persen"): its subject
                # is who acts, not what is measured; "nilai ekspor mengalami penurunan 9,99%" measures it
                return [], directions
        i -= 1
    words: list[str] = []
    dimension = False   # the phrase opens with "sepanjang", "seluas" …
    while i >= 0 and len(words) < MAX_MEASURED:
        t = low[i]
        if t in ("(", ")"):
            i -= 1
            continue
        if t in ("-", "–") and words and i > 0 and low[i - 1][:1].isalpha() and low[i - 1] not in lex.stopwords:
            i -= 1   # a route's name: "Jalan Tol Kunciran - Cengkareng … mencapai angka 7,81 persen"
            continue
        if t in w["measure_links"] and words:
            i -= 1
            continue
        if words and _compound_link(low, i):
            words.append(t)   # "penggunaan komponen dalam negeri masih 62 persen": one thing, read on
            i -= 1
            continue
        if t == "pada" and words and (words[-1] in w["period_heads"] or words[-1] in w["time_words"]):
            words.clear()   # "luas kekeringan pada musim kemarau … 2,77%": when, then what is measured
            i -= 1
            continue
        if t in ("di", "dari") and words and _only_places(words[::-1]):
            words.clear()   # "tingkat kemiskinan di Jakarta per Maret 2025 mencapai 4,28 persen": where
            i -= 1          # (context_fits tests it), then what is measured; "impor minyak dari Arab Saudi"
            continue
        if (t in BEFORE_BREAK_MARKS or t in lex.stopwords or not t[:1].isalpha() or t in w["object_fillers"]
                or t in w["measure_nouns"] or _verb_like(t, stem)):
            break
        d = _change(t, stem)
        if d:
            directions.add(d)
            if not t.endswith("an"):  # a verb ("naik") ends the phrase; a noun ("kenaikan") leads it
                break
        elif t.startswith("se") and t[2:] in w["dimension_nouns"] and not words:
            words.append(t[2:])   # "sepanjang 1.730 kilometer", "lahan seluas enam hektare": the length, the area
            dimension = True
        elif t not in w["measure_modifiers"] and t not in w["measure_fillers"] and stem(t) not in w["measure_fillers"]:
            words.append(t)
        i -= 1
    if dimension and len(words) > 1 and _only_places([t for t in words[:0:-1] if t not in w["location_markers"]]):
        del words[1:]   # "… hingga Pulau Natuna sepanjang 1.730 kilometer": where it reaches, not whose length
    words.reverse()
    # an acronym restating the words before it names nothing more: "On Time Performance (OTP)"
    words = [t for k, t in enumerate(words)
             if not (2 <= len(t) <= k and t == "".join(x[0] for x in words[k - len(t):k]))]
    return words, directions


_SINCE_WORDS = frozenset({"mulai", "sejak", "selama", "sepanjang"})


def _phrase_after(low: list[str], start: int, stem: Callable[[str], str], skip: frozenset[str]) -> list[str]:
    """Words of the phrase right after a measure: "persen [kenaikan] tarif cukai rokok (pada 2020)",
    "persen suara", "persen dari harga jualnya"; a change noun or a preposition before it is
    skipped, a function word, verb or number ends it."""
    lex = lexicon()
    w = lex.words
    words: list[str] = []
    i = start
    while i < len(low) and (low[i] in w["measure_links"] or low[i] == "dari" or low[i] in w["share_words"]
                            or (i > start and low[i - 1] == "dari" and low[i] in w["total_words"])):   # "dari total biaya hidup"
        i += 1   # "95 persen bagian (dari) mata kiri": a share of what follows, as in a question
    while i < len(low) and len(words) < MAX_MEASURED:
        t = low[i]
        if t in ("(", ")", "[", "]"):
            i += 1
            continue
        if words and _compound_link(low, i):
            words.append(t)   # "persen komponen dalam negeri": one thing, not "komponen" ended by "dalam"
            i += 1
            continue
        if (t in BEFORE_BREAK_MARKS or t in skip or not t[:1].isalpha() or t in w["time_words"]
                or t in w["object_fillers"] or _verb_like(t, stem) or t in _SINCE_WORDS):
            break  # "1,75% hingga 2%": a range goes on, no phrase; "persen mulai 22 Oktober": when
        if _change(t, stem):
            if words or not t.endswith("an"):
                break
        elif t not in w["measure_modifiers"] and t not in w["measure_fillers"]:
            words.append(t)
        i += 1
    return words


def _compound_link(low: list[str], i: int) -> bool:
    """Is low[i] the function word of a compound with the word after it ("dalam negeri")?"""
    return i + 1 < len(low) and f"{low[i]}+{low[i + 1]}" in lexicon().words["phrase_compounds"]


@lru_cache(maxsize=1)
def _compound_heads() -> frozenset[str]:
    return frozenset(c.split("+")[0] for c in lexicon().words["phrase_compounds"])


def _other_compound(asked: Sequence[str], said: Sequence[str]) -> bool:
    """Both phrases hold a compound's function word, and not the same one ("dalam" vs "luar")."""
    heads = _compound_heads()
    a, b = heads.intersection(asked), heads.intersection(said)
    return bool(a and b and not a & b)


def _parts(words: tuple[str, ...], stem: Callable[[str], str]) -> set[str]:
    """Stems, a canonical phrase split into its words (harga_jual_eceran -> harga, jual, eceran)."""
    return {part for x in words for part in stem(x).split("_")}


def _same_object(frame: QuestionFrame, words: tuple[str, ...], stem: Callable[[str], str]) -> bool:
    """The object of the asked feeling or judgement ("kepuasan publik terhadap Menkeu Purbaya") is
    the figure's (``words``, after its "kepada"): another's ("kinerja setahun pemerintahan
    Prabowo-Gibran") is not asked. A question naming none takes any."""
    low = [t.lower() for t in WORD_RE.findall(frame.question_text)]
    links = lexicon().words["complement_links"]
    at = next((i for i, t in enumerate(low) if t in links), None)
    if at is None:
        return True
    asked = {stem(t) for t in low[at + 1:] if t[:1].isalpha() and t not in lexicon().stopwords}
    return bool(asked & {stem(t) for t in words})


def _phrase_before_complement(sentence: str, at: int, words: tuple[str, ...], pipeline: TextPipeline) -> tuple[str, ...]:
    """The phrase before the "kepada"/"terhadap" whose object is the figure's phrase ``words``."""
    if not words:
        return ()
    before = pipeline.canonical([t.lower() for t in WORD_RE.findall(sentence[:at])])
    last = max((i for i in range(len(before)) if before[i] == words[0]), default=-1)
    if last < 1 or before[last - 1] not in lexicon().words["complement_links"]:
        return ()
    outer, _ = _phrase_before(before, last - 1, pipeline.stem)
    return tuple(outer)


# the parts of a year and the unit each counts in ("triwulan kedua" is "kuartal II"); periods.py reads them too
YEAR_PART_UNITS = {"kuartal": "kuartal", "triwulan": "kuartal", "semester": "semester", "caturwulan": "caturwulan"}
_YEAR_PART_WORDS = frozenset(YEAR_PART_UNITS)
_PART_NUMERALS = frozenset({"i", "ii", "iii", "iv", "1", "2", "3", "4", "pertama", "kedua", "ketiga", "keempat"})


def _without_year_parts(words: list[str]) -> list[str]:
    """Words without the parts of a year they name ("kuartal ii"): when, not what is measured."""
    out: list[str] = []
    skip = False
    for t in words:
        if t in _YEAR_PART_WORDS:
            skip = True
            continue
        if skip and (t in _PART_NUMERALS or t == "ke"):
            continue
        skip = False
        out.append(t)
    return out


@lru_cache(maxsize=8192)  # the same sentences come back for every measure question on a story
def _measured_by(sentence: str, at: int, length: int,
                 pipeline: TextPipeline) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(phrase before, first word of the phrase after, directions) of the figure at sentence[at:at+length]."""
    stem = pipeline.stem
    before = _without_year_parts(pipeline.canonical([t.lower() for t in WORD_RE.findall(sentence[:at])]))
    words, directions = _phrase_before(before, len(before), stem)
    after = pipeline.canonical([t.lower() for t in WORD_RE.findall(sentence[at + length:])][:MAX_MEASURED + 3])
    w = lexicon().words
    if len(after) > 1 and after[0] == "per" and after[1] in w["per_units"] | w["time_words"]:
        after = after[2:]   # "110.000 barel per hari": the rate's period says nothing of what is measured
    follows = _phrase_after(after, 0, stem, lexicon().stopwords)
    # "70 persen soal teknis": a word of matter ("soal", "aspek") names nothing till its next one
    follows = follows[:2] if follows[:1] and follows[0] in w["matter_words"] else follows[:1]
    return tuple(words), tuple(follows), frozenset(directions)


@lru_cache(maxsize=8192)
def _clause_directions(sentence: str, at: int, length: int, pipeline: TextPipeline) -> frozenset[str]:
    """Changes said in a figure's clause: back to a clause mark, and a few words after it
    ("… produksi 5,7 juta barel hilang")."""
    before = WORD_RE.findall(sentence[:at])
    i = len(before)
    while i > 0 and before[i - 1] not in BREAK_MARKS and before[i - 1].lower() not in lexicon().words["clause_breaks"]:
        i -= 1
    after = []
    for t in WORD_RE.findall(sentence[at + length:])[:4]:
        if t in BEFORE_BREAK_MARKS:
            break
        after.append(t)
    return frozenset(d for t in before[i:] + after if (d := _change(t.lower(), pipeline.stem)))


_MARGIN_ASKED_RE = re.compile(r"\b(?:unggul|selisih|terpaut|tertinggal|keunggulan|perbedaan)\b", re.I)


# a share of the whole named after it ("19,13 persen dari total dana hibah", "1,4 persen dibandingkan total pasokan")
# (compared with a total only: "naik 5 persen dibandingkan tahun lalu" compares with a time)
_OF_WHOLE_RE = re.compile(r"\s*(?:dari\s+(?:total\s+)?|(?:dibandingkan|dibanding|terhadap)\s+(?:dengan\s+)?total\s+)", re.I)
@lru_cache(maxsize=256)   # read for every measure figure of an answer (callers only read it)
def _asked_whole(question: str, pipeline: TextPipeline) -> frozenset[str]:
    """The whole a share is asked of ("berapa persen … dari dana hibah", "… dibandingkan total
    luas tanam"), as stems; empty when the question names none. "yang berasal dari kawasan
    perkotaan" says where the measured comes from, not what it is a share of."""
    origin = lexicon().words["origin_verbs"]
    m = next((m for m in _ASKED_WHOLE_RE.finditer(question)
              if not (before := WORD_RE.findall(question[:m.start()])) or before[-1].lower() not in origin), None)
    if not m:
        return frozenset()
    return frozenset(_parts(tuple(pipeline.canonical([t.lower() for t in WORD_RE.findall(m.group(1))])), pipeline.stem))


def _currency_stems(stem: Callable[[str], str]) -> set[str]:
    """Currency and scale words, stemmed: no part of what a share is of ("dana hibah Rp 17,9 miliar")."""
    w = lexicon().words
    return {stem(x) for x in w["currencies"] | w["money_units"] | w["money_scales"]}


_ASKED_WHOLE_RE = re.compile(r"\b(?:dari|dibandingkan|dibanding|terhadap)\s+(?:total\s+)?((?:[\w-]+\s*){1,4})", re.I)
_COINED_PLACE_RE = re.compile(r"\b(?:dolar|dollar)\s+((?:[A-Z][\w.]*\s?){1,2})")   # "dolar AS", "dollar Singapura"


_ASKED_DEED_RE = re.compile(r"\byang\s+(?:sudah\s+|telah\s+|berhasil\s+)?((?:ter|di)[a-z]{3,})\b", re.I)


@lru_cache(maxsize=512)   # read per figure, the same for all of a question's
def _asked_deed_stems(question: str, stem: Callable[[str], str]) -> frozenset[str]:
    """What the measured things asked had done to them ("berapa unit mobil Wuling yang terjual"):
    its noun is the measure ("penjualan sebanyak 1.849 unit"), of the same stem."""
    stems = (stem(m.group(1).lower()) for m in _ASKED_DEED_RE.finditer(question)
             if affixed_verb(m.group(1).lower(), ("ter", "di")))
    return frozenset(s for s in stems if s not in _DEGREE_STEMS)


# "yang terbesar", "yang tertinggi": a superlative, nothing done to the measured
_DEGREE_STEMS = frozenset("besar tinggi rendah banyak sedikit mahal murah lama cepat baru kecil luas jauh dekat baik "
                          "buruk tua muda kaya miskin padat kuat lemah panjang pendek berat ringan parah".split())


_CHANGED_TO_RE = re.compile(r"\s*(?:naik|turun|meningkat|menurun|bertambah|berkurang|berubah|direvisi|dinaikkan|diturunkan)"
                            r"\s+(?:menjadi|jadi|ke)\s+(?:Rp\.?\s*|US\$\s*)?", re.I)


_CONTRASTED_FOR_RE = re.compile(r"[,;]\s*(?:sementara(?:\s+itu)?|sedangkan|dan)\s+untuk\b", re.I)


def _contrasted_for_earlier(sentence: str, at: int, unit: str) -> dict[str, Any] | None:
    """The figure of the same unit before a clause opening "sementara untuk …"/"sedangkan untuk …"
    that holds the figure at `at` (as a quantity: text and unit), or None."""
    opens = list(_CONTRASTED_FOR_RE.finditer(sentence, 0, at))
    if not opens or not unit or _CLAUSE_CUT_RE.search(sentence, opens[-1].end(), at):
        return None
    before = list(re.finditer(rf"\d[\d.,]*\s*{re.escape(unit)}\b", sentence[:opens[-1].start()], re.I))
    return {"text": before[-1].group(), "unit": unit} if before else None


# "di Stagen", "di Kabupaten Sragen" right before a figure (past its amount words)
_WHERE_NAME_BEFORE_RE = re.compile(r"\bdi\s+((?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*)\s+"
                                   r"(?:(?:mencapai|sebesar|sebanyak|sekitar|sekira|hanya|yakni|yaitu|adalah|ialah)\s+)*$")
_GROWTH_HEADS = frozenset({"ekonomi", "pdb", "gdp"})
_LENGTH_UNITS = frozenset({"kilometer", "km", "meter", "m", "mil", "kilo"})


def _named_first(frame: QuestionFrame) -> bool:
    """The question's measured phrase opens with a name, capitalised where the question writes it
    ("Berapa kilometer Kenti, …"): whom it is about, not a thing measured."""
    first = frame.measured[0] if frame.measured else ""
    return bool(first) and any(t == first.capitalize() for t in WORD_RE.findall(frame.question_text)) \
        and first not in lexicon().stopwords and lexicon().names.at([first], 0) is None


_FAR_STEMS = {"jauh": "jarak"}   # "sejauh 220 km" says a distance, as "berjarak" does


def _dimension_of(word: str, stem: Callable[[str], str]) -> str | None:
    """The dimension a word names, by itself ("jarak", "kedalaman") or fused with "se-"/"ber-"
    ("sejauh", "berjarak", "setinggi", "berkedalaman"); None for a word of no dimension."""
    dimensions = _dimension_stems(stem)
    low = word.lower()
    for form in (low, low[2:] if low.startswith("se") else "", low[3:] if low.startswith("ber") else ""):
        if form:
            found = _FAR_STEMS.get(stem(form), stem(form))
            if found in dimensions:
                return found
    return None


@lru_cache(maxsize=8)   # stemmed once per pipeline: read for every measure figure
def _dimension_stems(stem: Callable[[str], str]) -> frozenset[str]:
    return frozenset(_FAR_STEMS.get(s, s) for s in _stemmed_list("dimension_nouns", stem))


def _dimension_said(sentence: str, at: int, stem: Callable[[str], str], bare: bool = False) -> str | None:
    """The dimension a "se-"/"ber-" word right before a figure gives it ("berjarak 57 km", "sejauh
    kurang lebih 220 km"), past fillers such as "sekitar"; with `bare`, a dimension's noun too
    ("dengan kedalaman 187 km")."""
    fillers = lexicon().words["object_fillers"]
    words = _lower_words(sentence[max(0, at - 60):at])
    i = len(words) - 1
    while i >= 0 and words[i] in fillers:
        i -= 1
    if i < 0 or not (bare or words[i].startswith("se") or words[i].startswith("ber")):
        return None
    return _dimension_of(words[i], stem)


def measure_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """Does a measure figure ("35 persen", "5,7 juta barel") measure what the question asks?

    Out when the sentence says it changed the other way (a fall for a question about a rise), or
    when it says what it measures and that is something else: neither phrase holds the other's
    head ("harga jual eceran" for a question about "tarif cukai rokok"; "produksi minyak" for
    "harga minyak"). The figure's phrase is read before it and, for "persen suara", right after.
    A figure whose phrase is unknown is out when another figure of its unit in the sentence
    measures the asked thing ("Kenaikan 23 persen dan HJE 35 persen" asked about HJE)."""
    pipeline = frame.pipeline
    if pipeline is None or not (frame.measured or frame.direction or frame.asks):
        return True
    w = lexicon().words
    unit = (q.get("unit") or "").lower()
    if unit not in w["measure_nouns"]:
        return True
    if _MARGIN_ASKED_RE.search(frame.question_text) and unit in w["held_nouns"]:
        return True   # "Marquez unggul berapa poin dari Dovizioso": a margin, read by grades.margin_fits
    at = figure_at(sentence, q["text"])
    if at < 0:
        return True
    if (earlier := _contrasted_for_earlier(sentence, at, q.get("unit") or "")) is not None:
        # "… yaitu maksimal 50 liter per hari, sementara untuk jenis truk maksimal 70 liter per hari":
        # the clause sets another kind beside the one before it and measures what that one measures
        return measure_fits(frame, earlier, sentence[:sentence.rfind(earlier["text"]) + len(earlier["text"])])
    stem = pipeline.stem
    role = _figure_role(sentence, at)
    if frame.asks == "level" and (role == "from" or (role is None and unit in w["change_units"])):
        return False  # "suku bunga … setelah diturunkan": not the old level, not the 25 bps cut
    if frame.units and frame.asks == "level" and role is None and _change_verb_before(sentence, at, pipeline):
        return False  # "memangkas suku bunga acuan sebesar 0,25 persen": the cut, not the level
    if frame.asks == "change" and role is not None:
        return False  # "memangkas 25 bps": not "menjadi 5,25%"
    if unit == "persen" and frame.asks is None and not frame.direction and role is None \
            and not _change(frame.question_text.lower(), pipeline.stem) \
            and not any(_change(t, pipeline.stem) for t in WORD_RE.findall(frame.question_text.lower())) \
            and _change_verb_before(sentence, at, pipeline):
        return False  # "berapa persen saham … yang dilepas": a share, not "dibuka naik 10,12%"
    if frame.units and frame.asks in ("level", "change") and not frame.forecast \
            and set(_clause_words(sentence, at)) & w["forecast_words"]:
        # "diperkirakan bunga acuan bisa menurun di level 5%", "Bank Dunia … memproyeksikan
        # pertumbuhan ekonomi Indonesia tidak sampai 5%": a forecast, not the rate or its growth
        return False
    if frame.owners:
        named = _orgs_before(sentence, at)
        if named and not any(entities_compatible(a, b) for a in named for b in frame.owners):
            return False  # "suku bunga The Fed": not BI's rate, not another bank's basis points
    if frame.measured and (_narrowed_value(frame, sentence, at, pipeline, frame.measured[0])
                           or _other_sector(frame, sentence, at, comma=False)):
        return False   # "ekspor nonmigas … 7,18%" for "ekspor Indonesia … turun berapa persen"
    if frame.measured and (frame.noun or "").lower() in w["contribution_nouns"]:
        # "andil beras": the giver is named in the figure's clause ("beras memberikan inflasi
        # sebesar 0,06%"), not after it ("bensin dengan andil sebesar 0,03%" is petrol's)
        return bool(_parts(frame.measured[:1], stem) & _parts(tuple(_clause_words(sentence, at, comma=True)), stem))
    words, follows, directions = _measured_by(sentence, at, len(q["text"]), pipeline)
    where = _WHERE_NAME_BEFORE_RE.search(sentence, 0, at)
    where_words = list(_lower_words(where.group(1))) if where else []
    if where and set(words) <= set(where_words) \
            and not any(lexicon().names.at(where_words, i) is not None for i in range(len(where_words))):
        # "pengguna alat kontrasepsi jangka panjang di Stagen mencapai 37 persen": a name after "di"
        # the gazetteer does not know (a misspelt "Sragen") says where too; what is measured stands
        # before it (a known place is read as one below)
        words = _measured_by(sentence, where.start(), 0, pipeline)[0]
    said_holders = set(words) & w["holder_sectors"]
    if said_holders and not said_holders & question_sectors(frame.question_text):
        return False   # "ULN swasta … tumbuh 11,5%": a holder's part, not the whole or another holder's asked
    asked_places = set(frame.places) | set(frame.entities)
    # "6 miliar dolar AS … atau sekitar 15 persen": a currency's country is no place of the measure
    coined = {key for m in _COINED_PLACE_RE.finditer(sentence, 0, at) for _, _, key in _place_spans(m.group(1).split())}
    said_places = [key for _, _, key in _place_spans(words) if key not in coined
                   and _written_as_place(sentence, at, key, pipeline)   # "di puncak klasemen": no Puncak
                   and not _in_competition_name(sentence, at, key)]      # "klasemen Liga 1 Indonesia": whose is the club's
    if said_national(sentence, at, asked_places, frame.question_text):
        return False   # "inflasi tahunan nasional … 2,65 persen" for Sumatera Utara's: the nation's measure
    if _continent_said(sentence, at, len(q["text"]), asked_places, frame.question_text):
        return False   # "40 persen populasi di Asia" for Indonesia's share: the continent's measure
    if asked_places and said_places and not set(said_places) & asked_places:
        # "pertumbuhan ekonomi Thailand mencapai 2,3 persen" for Indonesia's growth, "inflasi Sumut"
        # for Indonesia's: whose measure
        return False
    if _total_of_a_part_asked(frame, sentence, at, stem):
        return False   # "total angkatan 306kg" for "angkatan snatch": the whole, not the part asked
    words = tuple(x for x in _without_places(words, keep_place_only=False)
                  if x not in w["generic_measured"] and x not in w["basis_words"])   # "total barang bukti … 114.758,05 gram"
    if role and not (words or follows):
        # "Deposit Facility turun 25 bps menjadi 4,5%": the level measures what the change measures
        change = _change_before(sentence, at)
        if change is not None:
            words, follows, _ = _measured_by(sentence, change[0], change[1] - change[0], pipeline)
    if frame.direction:
        # a change asked ("berapa persen kenaikan …", "… yang hilang") takes a figure said to have
        # changed that way, not a level ("mengekspor 7 juta barel", "tarif … sebesar 23 persen")
        if not directions:
            directions = _clause_directions(sentence, at, len(q["text"]), pipeline)
        growth_rate = frame.direction == "rise" and unit == "persen" and not directions \
            and bool(set(frame.measured[:1]) & _GROWTH_HEADS) and bool(set(words) & _GROWTH_HEADS) \
            and not _EARLIER_SAID_RE.search(sentence, 0, at)
        # ("ekonomi China di level 6,2%": an economy's percent is its growth, no rise needs saying;
        # not an earlier one's, "pada kuartal sebelumnya, ekonomi India sebesar 5,8 persen")
        if directions != {frame.direction} and not growth_rate:
            return False
    if not frame.measured:
        return True
    said_dimension = _dimension_said(sentence, at, stem)
    if said_dimension and said_dimension == _dimension_of(frame.measured[0], stem):
        return True   # "berjarak 57 km", "sejauh 220 km" for "berapa kilometer jarak …": the figure's own word
    if said_dimension == "jarak" and unit in _LENGTH_UNITS and _named_first(frame):
        # "Berapa kilometer Kenti, ibu hamil …, ditandu warga": how far someone went is a distance,
        # "ditandu … sejauh 7 kilometer"; the name says who, not what is measured
        return True
    if unit in TALLY_UNITS:
        from .tallies import asked_holder_first   # tallies reads the question through this module
        holder_first = asked_holder_first(frame, sentence, at)
        if holder_first is not None:
            # "membuat Arsenal tertahan di posisi ke-7 dengan koleksi 8 poin": Arsenal's tally;
            # "Persib … dengan 20 poin dari 18 laga sedangkan TIRA Persikabo …" for Persikabo's: Persib's
            return holder_first
    if q.get("subject") and frame.holders and set(frame.measured) <= set(frame.holders) \
            and not {t.lower() for t in WORD_RE.findall(sentence)} & set(frame.holders):
        # "berapa poin Andrea Dovizioso": "Dia mengumpulkan 182 poin" measures whom "Dia" stands for
        return bool({t.lower() for t in q["subject"].split()} & set(frame.holders))
    if frame.holders and set(frame.measured) <= set(frame.holders) \
            and ({t.lower() for t in WORD_RE.findall(sentence)} & set(frame.holders)
                 # "Di klasemen sementara dia menduduki posisi kedelapan dengan koleksi 77 poin": whom
                 # "dia" stands for is unknown here, and holder_fits reads whose the tally is
                 or (not q.get("subject") and not _PRONOUNS.isdisjoint(_lower_words(sentence[:at])))):
        # "berapa poin Marc Marquez": a tally measures its holder, named in the sentence ("Marquez …
        # dengan koleksi 275 poin"); whose tally it is, holder_fits reads
        return True
    asked = _parts(frame.measured, stem) | _asked_deed_stems(frame.question_text, stem)
    head = _parts(frame.measured[:1], stem)

    def fits(words: tuple[str, ...], follows: tuple[str, ...]) -> bool:
        said = _parts(words + follows, stem)
        if _other_compound(frame.measured, words + follows):
            return False   # "komponen luar negeri" is not "komponen dalam negeri"
        if said and said <= _question_acronyms(frame.question_text, stem):
            return True   # "(TPT)" asked and said: the phrase it stands for, written short
        if frame.units:
            same = _same_kind(asked - head, said - head, stem)
            if same is not None:
                return same  # "suku bunga Deposit Facility" is not "suku bunga acuan"; "BI7DRR" is
        return bool(head & said) or bool(_parts(words[:1] + follows, stem) & asked)

    if unit == "persen":
        from .shares import asked_deed_said   # shares reads the question through this module
        if asked_deed_said(frame, sentence, at, len(q["text"])):
            return True   # "… ternyata memilih Jokowi sebanyak 55 persen": the share of those who did what is asked
    whole = _asked_whole(frame.question_text, pipeline)
    of_whole = _OF_WHOLE_RE.match(sentence, at + len(q["text"])) if whole else None
    if of_whole:
        # a share of a whole named after it ("19,13 persen dari total dana hibah", "26,49% dari total
        # luas kekeringan"), asked of a whole ("… dari dana hibah", "dibandingkan total luas tanam"):
        # the wholes must agree, whatever the part
        said = _parts(tuple(_phrase_after(pipeline.canonical([t.lower() for t in WORD_RE.findall(
            sentence[of_whole.end():])][:MAX_MEASURED + 3]), 0, stem, lexicon().stopwords)), stem)
        return bool(said) and said - _currency_stems(stem) <= whole
    if words or follows:
        flows = _stemmed_list("flow_nouns", stem)
        if asked_flow := _asked_deed_stems(frame.question_text, stem) & flows:
            said_flow = (_parts(words + follows, stem)
                         | {stem(t.lower()) for t in _clause_words(sentence, at, comma=True)}) & flows
            if said_flow and not said_flow & asked_flow:
                return False   # "minyak mentah yang diimpor Korea Selatan": not "produksi minyak Arab Saudi … 9,85 juta barel"
        if fits(words, follows):
            return True
        deed = _deed_of_head(frame.measured[0], sentence, at, stem)
        # (a bare verb's subject is its own clause's: "… sementara dana pihak ketiga (DPK) tumbuh 8,01
        # persen" is no growth of the credit the sentence named before)
        if deed and _parts(frame.measured[1:], stem) - _stemmed_list("generic_measured", stem) \
                - _stemmed_list("basis_words", stem) <= _parts(tuple(_lower_words(sentence)) if deed == "affixed" else tuple(
                    t.lower() for t in _clause_words(sentence, at, comma=True)), stem):
            # "APBD … baru diserap 47,6 persen" for "serapan APBD": the verb does what the noun names,
            # and the sentence says the rest of what is measured
            return True
        # "tingkat kepuasan publik kepada kinerja setahun pemerintahan … sebesar 78,1 persen": what
        # is measured stands before the object "kepada" brings
        outer = () if follows else _phrase_before_complement(sentence, at, words, pipeline)
        if not outer or not _same_object(frame, words, stem):
            return False
        # read further from the figure, the phrase must hold every word asked, not only its head
        # ("kepercayaan publik" is not "publik puas")
        loose = _stemmed_list("rate_generic", stem) | _stemmed_list("generic_measured", stem)
        return asked - loose <= _parts(tuple(outer) + follows, stem)
    subject = _clause_subject(sentence, at, stem)
    if subject and not _parts(tuple(subject), stem) & _parts(tuple(
            p for t in WORD_RE.findall(frame.question_text.lower()) for p in {t, *t.split("-")}), stem):
        # "tingkat Penghunian Kamar (TPK) hotel … mencapai rata-rata 51,02 persen atau naik …" for
        # "kunjungan wisman … naik berapa persen": the clause's subject is what it measures, and the
        # question names none of it
        return False
    if frame.units:
        # a rate asked ("berapa suku bunga acuan …") in an article full of percentages (index moves,
        # growth, yields): a figure that does not say what it measures answers only in a clause
        # naming the asked rate
        return bool(head & _parts(tuple(_clause_words(sentence, at, asides=True)), stem))
    own_years = _years_of_figure(sentence, q["text"])
    for m in re.finditer(rf"\d[\d.,]*\s+{re.escape(unit)}\b", sentence, re.IGNORECASE):
        if not at <= m.start() < at + len(q["text"]):
            if m.end() <= at and _CHANGED_TO_RE.fullmatch(sentence, m.end(), at):
                continue   # "alokasi semula … urea 96.893 ton naik menjadi 101.750 ton": the same measure, changed
            other = _measured_by(sentence, m.start(), m.end() - m.start(), pipeline)
            if (other[0] or other[1]) and fits(other[0], other[1]):
                # "pada 2016 … mencapai 12 persen, …, pada 2018 sebesar 7 persen": one thing over the years
                other_years = _years_of_figure(sentence, m.group())
                return bool(own_years and other_years and own_years != other_years)
    return True


DEED_REACH = 3   # words before a figure where the verb doing what the question's noun names stands


def _deed_of_head(head: str, sentence: str, at: int, stem: Callable[[str], str]) -> str | None:
    """How the verb right before a figure (within DEED_REACH words of its clause) does what the asked
    noun names, or None: "affixed" ("diserap" is the "serapan" asked, "menambah" the "tambahan"),
    "bare" (the bare verb a pe(r)-an noun is made of: "tumbuh" the "pertumbuhan")."""
    target = stem(head)
    near = _clause_words(sentence, at, comma=True)[-DEED_REACH:]
    # (a doing verb, me-/di-: "berukuran 25 kilogram" has a size, it is no "ukuran" done)
    if any(affixed_verb(t, ("me", "di")) and t != head and stem(t) == target for t in near):
        return "affixed"
    if head.startswith("pe") and head.endswith("an") and target in near:
        return "bare"
    return None


@lru_cache(maxsize=64)
def _stemmed_list(name: str, stem: Callable[[str], str]) -> frozenset[str]:
    """A word list of frame_words.txt as stems, stemmed once per pipeline (rules run per figure)."""
    return frozenset(stem(x) for x in lexicon().words[name])


@lru_cache(maxsize=512)   # (read for every figure of a question's measured phrase: once a question)
def _question_acronyms(question: str, stem: Callable[[str], str]) -> frozenset[str]:
    """The short forms a question writes ("Tingkat Pengangguran Terbuka (TPT)"; the brackets may
    be gone from a question's topic), stemmed as :func:`_parts` gives words."""
    return frozenset(stem(m.group().lower()) for m in _ACRONYM_RE.finditer(question))


def _same_kind(asked: set[str], said: set[str], stem: Callable[[str], str]) -> bool | None:
    """Are two rates the same kind? Both say which: one's words hold the other's ("acuan" and
    "acuan BI7DRR") or each has words the other lacks ("acuan" vs "Deposit Facility", "perokok
    anak" vs "perokok perempuan"); else None. Words naming the policy rate count as
    "acuan". (Sets of stems, as :func:`_parts` gives.)"""
    generic = _stemmed_list("rate_generic", stem)
    policy = _stemmed_list("policy_rate_words", stem)
    a = {"acuan" if x in policy else x for x in asked - generic}
    b = {"acuan" if x in policy else x for x in said - generic}
    return not (a - b and b - a) if a and b else None   # "perokok anak" is not "perokok perempuan"


_FIGURE_UNIT_RE = re.compile(r"\d[\d.,]*\s?(?:%|[^\W\d_]+)")


def _change_before(sentence: str, at: int) -> tuple[int, int] | None:
    """The change a level follows in its clause: "turun [25 bps] menjadi 4,5%"."""
    lex = lexicon()
    w = lex.words
    last = None
    for m in _FIGURE_UNIT_RE.finditer(sentence, max(0, at - 60), at):
        last = m
    if last is None:
        return None
    between = [t.lower() for t in WORD_RE.findall(sentence[last.end():at])]
    if any(t not in w["role_to"] and t not in w["role_from"] and t not in w["role_fillers"]
           and t not in w["measure_nouns"] for t in between):  # "25 basis poin menjadi 5,25 persen"
        return None
    return last.start(), last.end()


def _clause_words(sentence: str, at: int, comma: bool = False, asides: bool = False) -> list[str]:
    """The words of a figure's clause before it, lower case (back to a comma too when ``comma``;
    through a bracketed aside when ``asides``: "inflasi September 2025 (month-to-month) naik")."""
    return list(_clause_words_read(sentence, at, comma, asides))


@lru_cache(maxsize=4096)   # ~20 rules read the same figure's clause: once per figure, not per rule
def _clause_words_read(sentence: str, at: int, comma: bool, asides: bool) -> tuple[str, ...]:
    before = _lower_words(sentence[:at])
    marks = BEFORE_BREAK_MARKS if comma else BREAK_MARKS
    i = len(before)
    while i > 0:
        if asides and before[i - 1] == ")" and "(" in before[:i - 1]:
            i = len(before[:i - 1]) - before[:i - 1][::-1].index("(") - 1   # an aside: "(month-to-month)", "(HET)"
            continue
        if before[i - 1] in marks or before[i - 1] in lexicon().words["clause_breaks"]:
            break
        i -= 1
    return tuple(t for t in before[i:] if t[:1].isalpha())


_VALUED_RE = re.compile(r"([\w-]+?)(?:nya)?\s+(?:senilai|seharga|bernilai|sebesar)\s+(?:(?:sekitar|sekira|hingga|mencapai)\s+)?"
                        r"(?:rp\.?|us\$|usd|\$)?\s*$", re.I)


def _valued_thing(sentence: str, at: int, stem: Callable[[str], str]) -> str | None:
    """The money thing an amount is the value of, when "senilai" ties it to one ("utangnya senilai
    Rp 10 miliar": the debt); None when the word before is no money word ("rumah senilai …")."""
    m = _VALUED_RE.search(sentence[max(0, at - 60):at])
    if not m:
        return None
    word = stem(m.group(1).lower())
    return word if word in _stemmed_list("money_things", stem) else None


def _other_amount_named(value_of: str, sentence: str, at: int, stem: Callable[[str], str]) -> bool:
    """The value of a thing asked ("nilai impor"), and the figure's clause names another amount
    right before it ("surplus USD177 juta", "masih defisit 1,47 miliar dollar") and not the thing."""
    words = _clause_words(sentence, at, comma=True)
    stems = [stem(t) for t in words]
    if stem(value_of.lower()) in stems or stem(value_of.lower()) in _thing_after_amount(sentence, at, stem):
        return False
    heads = {stem(x) for x in lexicon().words["money_value_heads"]}
    things = _stemmed_list("money_things", stem)
    named = [i for i, st in enumerate(stems) if st in things and st not in heads and not _verb_like(words[i], stem)]
    return bool(named) and len(words) - named[-1] <= 3


_AMOUNT_TAIL_RE = re.compile(r"[\d.,]+\s*(?:(?:ribu|juta|miliar|milyar|triliun)\s+)?(?:(?:dollar|dolar|rupiah|euro|yuan|as|us|amerika|serikat)\b\s*)*", re.I)


def _thing_after_amount(sentence: str, at: int, stem: Callable[[str], str]) -> frozenset[str]:
    """The first two words after an amount and its currency: "tarif untuk 110 miliar dollar AS
    produk impor" is the value of the products the tariff is for, not the tariff's amount."""
    tail = _AMOUNT_TAIL_RE.match(sentence, at)
    rest = _lower_words(sentence[tail.end():] if tail else "")[:2]
    return frozenset(stem(t) for t in rest if t.isalpha())


def _aside_before(sentence: str, at: int) -> list[str]:
    """The words of a bracketed aside a figure's clause starts right after, lower case: "melalui PMN
    (penyertaan modal negara) sebesar Rp 6 triliun" says the amount is capital. None when more than
    two words stand between them ("(KONI) oleh KPK sebesar": the aside names no amount), or when
    the aside says what the amount includes ("harga on the road (termasuk pajak) berkisar …")."""
    before = _lower_words(sentence[:at])
    end = len(before) - 1
    while end >= 0 and before[end][:1].isalpha() and len(before) - end <= 3:
        end -= 1
    if end < 0 or before[end] != ")" or "(" not in before[:end]:
        return []
    start = end - before[:end][::-1].index("(")
    words = [t for t in before[start:end] if t[:1].isalpha()]
    return [] if words and words[0] in lexicon().words["aside_scope_words"] else words


def _change_verb_before(sentence: str, at: int, pipeline: TextPipeline) -> bool:
    """A verb of change governs the figure ("memangkas … sebesar 0,25 persen", "naik 0,25 persen"):
    read back through its clause; "menjadi", "ke", "di level" between them make it a level."""
    toks = _lower_words(sentence[max(0, at - 80):at])
    w = lexicon().words
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t in BREAK_MARKS or t == "," or t in w["clause_breaks"] or t in w["role_to"] or t in w["level_markers"]:
            return False   # "… lending facility di 6,0%", "… menjadi 5,25%": a level
        if t in w["plus_words"] and not all(x in _CHANGE_AMOUNT_FILLERS for x in toks[k + 1:]):
            return False   # "4 tahun penjara ditambah denda Rp 200 juta": one more item, not a rise
        if _change(t, pipeline.stem) and _verb_like(t, pipeline.stem) or t in ("naik", "turun"):
            return True
        if _change(t, pipeline.stem) and all(x in _CHANGE_AMOUNT_FILLERS for x in toks[k + 1:]):
            return True   # "mengalami penurunan sebesar USD 4,05": the change named by its noun
    return False


_CHANGE_AMOUNT_FILLERS = frozenset({"sebesar", "sekitar", "hingga", "mencapai", "sampai", "usd", "us", "$", "rp", "idr"})


def _figure_role(sentence: str, at: int) -> str | None:
    """Where a measure figure stands in a change: "to" (menjadi 5,25%, ke level 6%), "from" (dari
    5,5%, sebelumnya 5,75%), or None (the change itself, or a level said plainly)."""
    w = lexicon().words
    words = _lower_words(sentence[max(0, at - 60):at])
    for k in range(len(words) - 1, -1, -1):
        t = words[k]
        if t in w["role_to"]:
            return "to"
        if t in w["role_from"]:
            # "harganya mulai dari USD 1199": where a range of prices starts, no change's start
            # "lebih dari Rp 40,7 miliar": a bound on the amount, no change's start either
            return None if t == "dari" and k and words[k - 1] in ("mulai", "lebih", "kurang") else "from"
        if t not in w["role_fillers"]:
            return None
    return None


def _left_for(sentence: str, end: int) -> bool:
    """The figure ending at ``end`` is the amount a change left: "Rp 25.500 akan menjadi Rp 42.000",
    "25.500 naik menjadi 42.000"."""
    w = lexicon().words
    for t in [t.lower() for t in WORD_RE.findall(sentence[end:end + 40])][:4]:
        if t in w["role_to"] and t != "ke":
            return True
        if not (t in w["measure_fillers"] or t in w["rise_stems"] or t in w["fall_stems"] or t in w["money_scales"]
                or t in ("per", "/", "bulan", "naik", "turun", "kini") or t in w["per_units"]):   # "Rp 2.300/kg menjadi"
            return False
    return False


OWNER_KINDS = frozenset({"org", "country"})
OWNER_CLAUSES = 2   # clauses searched back for whose measure a figure is ("The Fed, bank sentral AS, memangkas …")


def _orgs_before(sentence: str, at: int) -> set[str]:
    """Organisations and countries named before a figure in its clause, else in the clause before
    ("The Fed memangkas 25 bps menjadi …", "Bank Sentral Eropa (ECB) yang menurunkan … 10 basis
    poin"). Brackets do not end a clause here: they hold the name's short form."""
    lex = lexicon()
    toks = WORD_RE.findall(sentence[:at])
    end = len(toks)
    searched = 0
    while end > 0 and searched < OWNER_CLAUSES:
        i = end
        while i > 0 and not (toks[i - 1] in BREAK_MARKS and toks[i - 1] not in "()") \
                and toks[i - 1] != "," and toks[i - 1].lower() not in lex.words["clause_breaks"]:
            i -= 1
        if i < end:
            searched += 1
            found = _owners_in(toks[i:end], lex)
            if found:
                return found
        if i == 0 or (toks[i - 1] != "," and toks[i - 1].lower() not in lex.words["clause_breaks"]):
            break
        end = i - 1
    return set()


def _owners_in(toks: list[str], lex: Lexicon) -> set[str]:
    low = [t.lower() for t in toks]
    found = set()
    for k in range(len(toks)):
        got = name_at(toks, low, k, known_only=True, caps=True)
        if got and got[0] in lex.places and lex.places[got[0]].kind in OWNER_KINDS:
            found.add(got[0])
        elif not got and low[k] in lex.words["org_heads"] and _is_cap(toks[k]):
            got = name_at(toks, low, k, known_only=False, caps=True)  # "Bank Mandiri", "PT Pertamina"
            if got and got[0] and got[1] > k + 1:
                found.add(got[0])
    return found


def _place_mentions(toks: list[str], low: list[str], *, caps: bool,
                    destinations: bool = False) -> list[tuple[str, int, bool]]:
    """Gazetteer places named in a text, not as a destination ("ke Rusia", "ke wilayah Kursk") nor
    as an origin ("berasal dari Pati"):
    (key, token index, placed) where ``placed`` says a location word (di, wilayah, Kota …), an
    event noun (gempa Turki) or a resident noun (warga Palestina) stands just before. In articles
    (``caps``) a name must be capitalised."""
    lex = lexicon()
    w = lex.words
    out = []
    n = len(toks)
    name_starts, admin = lex.names.starts, w["admin_words"]
    # only tokens that may start a name are visited (in articles, the capitalised ones, listed in
    # one pass: calling _is_cap on every token was most of this function's time)
    # (a token is never empty: its first character is t[0]; map and compress run in C)
    starts = compress(count(), map(str.isupper, map(itemgetter(0), toks))) if caps else range(n)
    after = 0                      # the end of the last name found: the next one starts there or later
    for i in starts:
        if i < after:
            continue
        first = low[i]
        hit, j = (lex.names.at(low, i) if first in name_starts else None), i
        if not hit and first in admin and i + 1 < n and (not caps or _is_cap(toks[i + 1])):
            hit, j = lex.names.at(low, i + 1), i + 1
        if not hit:
            continue
        key, width = hit
        prev = low[i - 1] if i > 0 else None
        marker = low[i] if j > i else prev
        marker_at = i if j > i else i - 1
        before_marker = low[marker_at - 1] if marker_at > 0 else None
        # "Untuk kawasan Jakarta Utara, polisi menindak 389 pelanggar": a sentence opening with
        # "untuk" names its topic, not where something goes
        topic = marker_at in (0, 1) and low[0] == "untuk"
        destination = not topic and (marker in w["destination_markers"]
                       or (marker in w["location_markers"] and before_marker in w["destination_markers"])
                       or (marker == "," and _destination_apposition(toks, low, i - 1))
                       or (marker == "dari" and before_marker == "berasal"))   # "truk yang berasal dari Pati": an origin
        if not destination or destinations:
            placed = marker is not None and (marker in w["location_markers"] or marker in w["resident_nouns"]
                                             or lex.events.ending_at(low, marker_at) is not None)
            out.append((key, i, placed))
        after = j + width
    return out


def sides_named(text: str, *, caps: bool = True) -> list[str]:
    """Gazetteer places a text names as actors, in order: not where something is ("di Bangkok",
    a dateline), nor where it goes: the sides of a match ("Spanyol menundukkan Argentina")."""
    dateline = _DATELINE_RE.match(text) if caps else None
    toks = WORD_RE.findall(text, dateline.end() if dateline else 0)
    low = [t.lower() for t in toks]
    return [key for key, _at, placed in _place_mentions(toks, low, caps=caps) if not placed]


def _destination_apposition(toks: list[str], low: list[str], comma: int) -> bool:
    """The place after a comma names where a destination lies: "dibawa ke RS Polri Kramatjati,
    Jakarta Timur" (the hospital's city, not where the story happens)."""
    dest = lexicon().words["destination_markers"]
    j = comma - 1
    # (a list of destinations goes on: "tujuan ke Jakarta (Cengkareng), Jakarta (Halim), Palangkaraya,
    # … dan Makassar", its bracketed asides too)
    while j >= 0 and comma - j <= DESTINATION_LIST_REACH and (_is_cap(toks[j]) or toks[j] in (",", "(", ")")
                                                             or (low[j] in ("dan", "serta") and j < comma - 1)):
        j -= 1
    return 0 <= j < comma - 1 and (low[j] in dest or (low[j] == "dari" and j > 0 and low[j - 1] == "berasal"))


DESTINATION_LIST_REACH = 16   # tokens back to a destination word over a list of places


# the attribution after a quote or clause: "…,\" kata X di Jakarta", "…, ujarnya saat ditemui di Mabes Polri"
_SAID_AT_RE = re.compile(r"[,\"”]\s*[\"”]?\s*(?:kata|ujar|ucap|tutur|jelas|ungkap|terang|tambah|sebut)(?:nya)?\b", re.I)
_DATELINE_RE = re.compile(r"^\W*(?:[A-Z][A-Z .]{2,}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*\s*)?(?:\(\s*[^)]{2,30}\)\s*)?"
                          r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s*\(\s*[A-Za-z][^)]{1,29}\)\s*)[-–—]{1,2}\s")   # "Jakarta ( ANTARA News ) -" too


def _event_keys(low: list[str]) -> list[str]:
    lex = lexicon()
    out: list[str] = []
    pos = 0
    while pos < len(low):
        hit = lex.events.at(low, pos)
        if hit:
            for key in (hit[0], *([CRASH] if lex.event_kind[hit[0]] == "crash" else [])):
                if key not in out:   # "kecelakaan tunggal" is a crash of a kind, and a crash
                    out.append(key)
            pos += hit[1]
        else:
            pos += 1
    return out


EVENT_NAME_WORDS = 3   # the words of an event's name run read after its noun


def event_names(text: str, *, caps: bool, pipeline: TextPipeline | None = None) -> tuple[tuple[str, str], ...]:
    """Events named by a proper name after their noun: "Topan Lingling" -> (("badai", "lingling"),).
    A gazetteer place there ("gempa Cianjur") is a place, read by the place rules; in articles
    (``caps``) the name must be capitalised; and it must be no Indonesian word (``pipeline``:
    "kecelakaan beruntun", a headline's "Topan Besar", name no event)."""
    lex = lexicon()
    toks = WORD_RE.findall(text)
    low = [t.lower() for t in toks]
    skip = lex.stopwords | lex.words["not_names"]
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(low):
        hit = lex.events.at(low, pos)
        if not hit:
            pos += 1
            continue
        at = pos + hit[1]
        # each word of the name run: "Bandara Green Blimbingsari" names Blimbingsari too
        while (at < len(toks) and at < pos + hit[1] + EVENT_NAME_WORDS and toks[at].isalpha() and low[at] not in skip
               and lex.names.at(low, at) is None and lex.events.at(low, at) is None and (_is_cap(toks[at]) or not caps)
               and (pipeline is None or not pipeline.known_word(low[at]))):
            out.append((hit[0], low[at]))
            at += 1
        pos = at
    return tuple(dict.fromkeys(out))


def _says_event_name(sentence: str, asked: tuple[tuple[str, str], ...]) -> bool:
    """The sentence writes an asked event's own name, capitalised, without its noun ("NYIA" for
    "Bandara NYIA"): it tells of that event."""
    names = {name for _, name in asked}
    return any(t.lower() in names and t[:1].isupper() for t in WORD_RE.findall(sentence))


def _names_verdict(found: tuple[tuple[str, str], ...], asked: tuple[tuple[str, str], ...]) -> bool | None:
    """True: names the asked event; False: names only another of its kind ("Topan Lingling" for a
    question about "topan Hagibis"); None: names none."""
    if set(found) & set(asked):
        return True
    if {e for e, _ in found} & {e for e, _ in asked}:
        return False
    return None


# ---------------------------------------------------------------- the rules
def figure_predicates(q: dict[str, Any]) -> tuple[set[str], bool]:
    """(classes, casualty) of a stored figure. Figures stored before frames existed have neither
    ``predicates`` nor ``victim``: their ``casualty`` flag is all there is."""
    preds = q.get("predicates")
    if preds is None:
        return set(), bool(q.get("casualty"))
    classes = set(preds)
    return classes, bool(q.get("casualty")) or bool(classes & CASUALTY_CLASSES)


# an amount asked and written after its currency ("sebesar Rp 200 ribu"): what befalls people (the
# question's "yang berujung … hingga tewas") does not befall the money; what is done with money
# ("yang dibutuhkan", "yang ditandatangani") still must be said
BEFALL_PEOPLE = CASUALTY_CLASSES | {"captured", "displaced", "sent", "survived", "treated", "recovered", "suspect",
                                     "identified", "unidentified"}   # "suap yang diidentifikasi KPK" is found, no body named
_CURRENCY_BEFORE_RE = re.compile(r"(?:\bRp|\bUS\$|\$|\bUSD|\bdolar|\bdollar|\beuro|\bS\$|€|£)\.?\s*$", re.I)
CURRENCY_BEFORE_REACH = 12   # characters before an amount read for its currency ("dollar ")


def _asked_doing_before(frame: QuestionFrame, q: dict[str, Any]) -> bool:
    """What is asked to be done with an amount ("yang dibutuhkan", "yang diteken") is said in the
    words right before it ("Operator membutuhkan anggaran Rp 200 ribu"): ingest reads no class for
    money, so the words say it."""
    toks = [t.lower() for t in WORD_RE.findall(q.get("before") or "")]
    verbs = lexicon().verbs
    return any((hit := verbs.at(toks, i)) is not None and hit[0] in frame.predicates for i in range(len(toks)))


def figure_fits(q: dict[str, Any], frame: QuestionFrame) -> bool:
    """Does a stored figure (a Quantity as a dict) answer the question's frame?

    Owner: a figure with no owner, or a question with none, is compatible; else one of the
    figure's owners must be compatible with one of the question's (:func:`entities_compatible`).
    Predicate: a question asking a casualty class (killed, wounded, missing) takes only figures of
    that class (a combined "tewas atau terluka" counts as both); asking another class (sent,
    captured, displaced, affected) takes figures of that class or of none stated, never of another
    stated class; "korban" with no class takes casualty figures only; no class asked takes no
    casualty and no captured figure. A narrowing class (the identified dead) answers only a
    question asking it, and such a question takes only it. Old figures (no ``predicates``) are
    judged by ``casualty``."""
    of = q.get("of")
    if of and frame.entities:
        # a place the question names is whose the figure may be ("siswa … SRT 24 Samarinda": "Samarinda
        # memiliki 96 siswa") when the question's entity is no place
        if not any(entities_compatible(part, e) for part in of.split("+") for e in frame.entities) \
                and not any(e in _acronyms_of(of) for e in frame.entities) \
                and (of not in frame.places or _rival_countries(of, frame.entities)):
            # but a country is not whose the figure may be when the question's owner is another
            # country: "tentara AS di Guam yang diancam serangan rudal Korea Utara" asks no
            # "3,5 juta tentara" Korea Utara prepared
            return False
    if frame.durations and not q.get("unit"):
        return True   # "berapa jam korban disekap": a span of time counts no one (answer.py keeps only spans)
    if q.get("ordinal"):
        return True   # "luka robek … di ronde ketiga": a place in an order counts no one; the asked class is what befell there
    if q.get("age") and asks_age(frame.question_text):
        return True   # "usia nenek Seni yang tewas …": "Seni (96)" counts no one; whose age it is, age_fits reads
    classes, casualty = figure_predicates(q)
    unit = (q.get("unit") or "").lower()
    if unit in lexicon().words["money_units"] or unit in lexicon().words["weight_units"] \
            or (frame.money and _CURRENCY_BEFORE_RE.search(q.get("before") or "")
                and (set(frame.predicates) <= BEFALL_PEOPLE or _asked_doing_before(frame, q))):
        # "mengamankan uang 35.000 dollar", "mengamankan 1 kg sabu": goods, whatever befell them,
        # but goods seized are not goods destroyed ("yang disita sebanyak 631,940 gram ganja" for
        # "berapa kilogram ganja yang dimusnahkan")
        things = lexicon().words["thing_classes"]
        said, wanted = classes & things, set(frame.predicates) & things
        return not (said and wanted and not said & wanted)
    if unit in lexicon().words["measure_nouns"] and not classes & set(frame.predicates):
        # "5,7 juta barel ... hilang": a measure is no casualty; but the class asked said of it is
        # the answer ("1.594 unit rumah rusak berat" for "berapa unit rumah rusak berat")
        classes, casualty = set(), False
        if frame.predicates and set(frame.predicates) <= BEFALL_PEOPLE - CASUALTY_CLASSES:
            # nor is it held or sent: "di level berapa BI menahan suku bunga": the verb is said of the
            # rate, in another sense; what the measure measures is measure_fits's to judge
            return True
    specific = classes & set(lexicon().classes)
    asked = set(frame.predicates)
    if asked & lexicon().words["covering_classes"]:   # "berapa pelanggar yang ditindak": a ticket is an action
        asked |= lexicon().words["covered_classes"]
    narrowing = lexicon().words["narrowing_classes"]
    if (asked | specific) & narrowing:   # the identified dead: only for a question about identification
        return bool(specific & asked & narrowing)
    if asked & CASUALTY_CLASSES:
        if q.get("predicates") is None:
            return casualty  # an old figure: its class is unknown, its casualty flag is not
        return bool(specific & asked)
    if asked:
        if not specific and not asked <= lexicon().words["thing_classes"] and (
                (frame.noun or "").lower() in CLASSIFIERS or (q.get("unit") or "").lower() in CLASSIFIERS
                or TOTAL in classes or asked & lexicon().words["stated_classes"]):
            # "berapa orang diamankan", "puluhan orang" and "total anggota dewan mencapai 560 orang"
            # say nothing of what befell them: the figure must say it
            return False
        return bool(specific & asked) or (not specific and not casualty)
    if frame.casualty:
        return casualty or _victims_of_asked_deed(frame, q)
    return not casualty and (not (specific & NOT_FOR_PLAIN_QUESTIONS) or _asked_verb_governs(frame, q))


_VICTIMS_OF_RE = re.compile(r"\bkorban\s+(pe\w+an)\b", re.I)   # "korban pencabulan", "korban penipuan"


def _victims_of_asked_deed(frame: QuestionFrame, q: dict[str, Any]) -> bool:
    """Victims asked by the deed done to them ("berapa murid yang menjadi korban pencabulan") are
    the object of that deed's verb: "tega mencabuli 23 muridnya" counts them, no casualty word said."""
    pipeline = frame.pipeline
    m = _VICTIMS_OF_RE.search(frame.question_text)
    if pipeline is None or m is None:
        return False
    stem = pipeline.stem
    deed = stem(m.group(1).lower())
    before = [t.lower() for t in WORD_RE.findall(q.get("before") or "")][-2:]
    return any(_verb_like(t, stem) and stem(t) == deed for t in before)


def _asked_verb_governs(frame: QuestionFrame, q: dict[str, Any]) -> bool:
    """The question's own verb, of no class, takes the figure as its object ("kapal yang
    diledakkan dan ditenggelamkan": "meledakkan dan menenggelamkan 81 kapal … yang ditangkap"):
    what the noun's "yang" clause says befell it before (caught) is no class the answer needs."""
    pipeline = frame.pipeline
    if pipeline is None:
        return False
    stem = pipeline.stem
    before = [t.lower() for t in WORD_RE.findall(q.get("before") or "")][-3:]
    asked = {stem(t) for t in _lower_words(frame.question_text) if _verb_like(t, stem)}
    return any(_verb_like(t, stem) and stem(t) in asked for t in before)


def class_said_of_another(q: dict[str, Any], frame: QuestionFrame, siblings: list[dict[str, Any]],
                          sentence: str = "") -> bool:
    """A figure that states no class, in a sentence that gives the asked class to another figure,
    is not of that class: the sentence tells them apart ("299 orang anggota dewan itu dengan
    rincian 187 orang yang menandatangani dan 112 orang mengajukan izin": 187 signed, not 299).
    Only a figure of the same thing (or people counted with "orang"/"jiwa") said after it: "12.000
    tentara dikirim, termasuk 500 perwira" leaves the officers a part of the sent, and "10.000
    tentara yang dikerahkan … naik dari perkiraan awal sebanyak 3.000" an earlier count of them."""
    asked = set(frame.predicates)
    if not asked:
        return False
    kinds = set(lexicon().classes)
    if set(q.get("predicates") or []) & kinds:
        return False
    unit = _counted(q, frame)
    at = figure_at(sentence, q["text"]) if sentence else -1
    return any(o is not q and set(o.get("predicates") or []) & asked
               and (unit == _counted(o, frame) or PEOPLE_CLASSIFIERS & {unit, _counted(o, frame)})
               and (at < 0 or sentence.find(o["text"], at + len(q["text"])) > at)
               for o in siblings)


def _counted(q: dict[str, Any], frame: QuestionFrame) -> str:
    unit = (q.get("unit") or "").lower()
    return frame.pipeline.noun_key(unit) if frame.pipeline and unit else unit



def people_of_asked_class(q: dict[str, Any], frame: QuestionFrame) -> bool:
    """People counted with a classifier and said to be of the asked casualty class answer a
    question about victims of that class whatever noun it uses: "Topan Faxai menewaskan 3 orang"
    for "berapa korban tewas …"; and any class asked of people themselves ("berapa warga yang
    mengungsi": "11 jiwa terpaksa mengungsi"); victims asked are people of any kind ("berapa
    korban tewas": "3 penumpang meninggal dunia")."""
    w = lexicon().words
    asked = set(frame.predicates)
    noun = (frame.noun or "").lower()
    # "berapa demonstran yang ditangkap": "157 orang ditangkap" are people of the class asked
    people_asked = noun in w["people_nouns"] | w["offender_nouns"] | w["person_nouns"]
    # "berapa pengungsi": a noun that is itself the class asked counts people ("139.199 jiwa" displaced)
    named_class = (hit := lexicon().predicates.at([noun], 0)) is not None and hit[0] in asked and noun not in CLASSIFIERS
    if not people_asked and not named_class:
        asked &= CASUALTY_CLASSES | w["narrowing_classes"]
    unit = (q.get("unit") or "").lower()
    # "berapa korban tewas": "3 penumpang meninggal dunia" are three of the dead; "berapa pelanggar
    # yang ditindak": "1.761 pengendara ditilang" are violators ticketed (a person asked by what
    # befell them, not by who they are)
    person_asked = (frame.noun or "").lower() in w["offender_nouns"]
    victims_asked = (frame.noun or "").lower() == "korban"   # "berapa korban tewas": a class asked of victims
    counted = unit in PEOPLE_CLASSIFIERS or (frame.casualty or person_asked or victims_asked) and unit in w["person_nouns"] \
        or (named_class and not unit)   # "berapa kematian": "meningkat … menjadi 48.000" of the class, no noun written
    if counted and unit in PEOPLE_CLASSIFIERS and noun in w["uniformed_nouns"] \
            and noun not in (q.get("before") or "").lower().split():
        # "berapa polisi yang terluka": "113 orang lainnya mengalami luka-luka" are protesters and
        # police together; "polisi yang terluka sebanyak 78 orang" names them
        return False
    if person_asked and asked & w["covering_classes"]:
        asked |= w["covered_classes"]
    return bool(asked) and counted and bool(set(q.get("predicates") or []) & asked)


_CAPITAL_RE = re.compile(r"(?<!^)\b[A-Z]")


def may_name_place(text: str) -> bool:
    """Cheap test before located_places: article places are capitalised, past the first word."""
    return _CAPITAL_RE.search(text) is not None


def located_places(text: str) -> list[str]:
    """Places where an article sentence (or title) situates something. A domestic place counts
    wherever it is named (not as a destination); a foreign one only after a location word (di,
    wilayah, Oblast …), an event noun (gempa Turki) or a resident noun (warga Palestina): countries
    and capitals also name governments and armies ("Rusia mengatakan", "tentara Korea Utara")."""
    return list(_located_places(text))


@lru_cache(maxsize=4096)   # an answer reads the same titles and sentences again and again
def _located_places(text: str) -> tuple[str, ...]:
    lex = lexicon()
    dateline = _DATELINE_RE.match(text)  # "JAKARTA (Pos Kota) –": where the desk is, not the story
    said = _SAID_AT_RE.search(text)   # '…," kata Wadir … dalam jumpa pers di Mabes Polri, Jakarta Selatan': where it was said
    toks = _split_name_pairs(WORD_RE.findall(text, dateline.end() if dateline else 0,
                                             said.start() if said else len(text)))   # as on the slice
    # a token holds no "\n" (a space): one lower() of the joined ASCII tokens is theirs one by one
    low = "\n".join(toks).lower().split("\n") if toks and text.isascii() else [t.lower() for t in toks]
    out = []
    origin_at = [i for i, t in enumerate(low) if t == "asal" and i and (
        low[i - 1] in _person_words() or (low[i - 1].startswith("pe") and len(low[i - 1]) > 5))]   # (a title capitalises all)
    for key, at, placed in _place_mentions(toks, low, caps=True):
        if lex.places[key].kind == "org":
            continue
        if any(0 < at - i <= PERSON_ORIGIN_REACH for i in origin_at):
            continue   # "sprinter asal Lombok, Nusa Tenggara Barat": a person's origin, not where ("impor asal China" is what)

        place = lex.places[key]
        if placed or lex.chain(key).get("country") == "indonesia" or (
                place.kind == "city" and key not in lex.words["capitals"]):
            out.append(key)   # a foreign city that is no capital names no government: "KKHI Madinah"
    return tuple(out)


PERSON_ORIGIN_REACH = 4   # tokens after "asal" whose places say where someone is from ("asal Lombok, Nusa Tenggara Barat")
_NAME_PAIR_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


def _asked_sentence_start(question: str, pipeline: TextPipeline, q_at: int) -> int:
    """Where the sentence asking starts, in question tokens: "Minhati … ditangkap polisi Filipina
    pada November 2017. Berapa anak yang ia miliki …?" asks no arrest; the sentence (or the clause
    after a semicolon) before sets the scene, its place and time still hold. Sentences are split as
    articles are ("Kab. Bekasi" ends none)."""
    if not any(c in question for c in ".;!?"):
        return 0
    starts, at = [], 0
    for sentence in split_sentences(question):
        at = question.index(sentence, at)
        starts += [at] + [at + m.end() for m in _CLAUSE_END_RE.finditer(sentence)]
        at += len(sentence)
    start = 0
    for cut in starts[1:]:
        k = len(_split_name_pairs(WORD_RE.findall(" ".join(pipeline.question_tokens(question[:cut])))))
        if k > q_at:
            break
        start = k
    return start


_CLAUSE_END_RE = re.compile(r";\s+")


def _split_name_pairs(toks: list[str]) -> list[str]:
    """"Jakarta-Bali", "Papua-Padang": two names joined by a hyphen (a route, a pair) are two names."""
    if not any("-" in t for t in toks):
        return toks
    out: list[str] = []
    names = lexicon().names
    for t in toks:
        if "-" in t and _NAME_PAIR_RE.fullmatch(t) and not names.at([t.lower()], 0):   # "Timor-Leste" is one
            parts = t.split("-")
            for k, part in enumerate(parts):
                out += ([part] if k == 0 else ["-", part])
        else:
            out.append(t)
    return out


def _within(a: str, b: str) -> bool:
    """a is b or lies inside it."""
    return a == b or b in lexicon().ancestors(a)


def _conflict(a: str, b: str) -> bool:
    """Two places that cannot hold together: at some level (country, province, city) both say
    which, and they differ: Turki vs Cianjur (countries), Sukabumi vs Cianjur (cities)."""
    if _within(a, b) or _within(b, a):
        return False
    lex = lexicon()
    ca, cb = lex.chain(a), lex.chain(b)
    return any(ca[k] != cb[k] for k in ca.keys() & cb.keys() if k != "org")


def scopes_conflict(a: str | None, b: str | None) -> bool:
    """Two figures' places (``Quantity.scope``) that cannot hold together: both name a gazetteer
    place and the places conflict (Bekasi vs Bogor). A hospital, a road or a city on the way ("ke
    Jakarta", "RSUD Ciawi" beside "Tol Jagorawi") is no conflict."""
    pa, pb = _scope_places(a), _scope_places(b)
    return bool(pa and pb) and _conflict(pa[0], pb[0])


def _scope_places(scope: str | None) -> list[str]:
    """The gazetteer places (no bodies) a figure's scope names, in order: "Oblast Kursk Rusia"."""
    toks = WORD_RE.findall(scope or "")
    low = [t.lower() for t in toks]
    places = lexicon().places
    return [k for k, _at, _placed in _place_mentions(toks, low, caps=False) if places[k].kind != "org"]


def destination_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """Those sent somewhere serve there: a figure of the sent whose destination (its scope: "mengirim
    200 tentara tambahan ke Suriah") is another country or region than the one asked answers no
    question about those in the asked place ("… tentara AS yang bertugas di Irak"), unless its
    sentence places it in the asked place too. (located_places leaves destinations out: "ke
    Jakarta" is often a city on the way.)"""
    if not frame.places or not q.get("scope") or "sent" not in (q.get("predicates") or []):
        return True
    keys = _scope_places(q["scope"])
    if not keys or _places_verdict(keys, frame.places) is not False:
        return True
    return _places_verdict(located_places(sentence), frame.places) is True or _names_asked_place(sentence, frame.places)


def places_conflict(a: list[str], b: list[str]) -> bool:
    """Two sentences' places (:func:`located_places`) that cannot be one story's: both name places,
    none of one holds or is held by one of the other, and some pair conflicts (Garut vs Bogor)."""
    if not a or not b or any(_within(x, y) or _within(y, x) for x in a for y in b):
        return False
    return any(_conflict(x, y) for x in a for y in b)


@lru_cache(maxsize=256)
def _body_places(question: str) -> frozenset[str]:
    """The places a question names only inside a regional body's name: "Polda Jawa Timur",
    "Pengadilan Militer Tinggi I Medan" (a body word, then capitalised words up to the place)."""
    if re.search(r"\bdi\s+[A-Z]", question):
        return frozenset()   # "diamankan Polres Jakarta Utara di Penjaringan": where is said as well
    toks = WORD_RE.findall(question)
    low = [t.lower() for t in toks]
    bodies = lexicon().words["regional_bodies"]
    inside: dict[str, bool] = {}
    for key, at, _placed in _place_mentions(toks, low, caps=False):
        k, reach = at - 1, max(0, at - 5)   # back over the body's capitalised words ("Militer Tinggi I")
        while k >= reach and low[k] not in bodies and toks[k][:1].isupper():
            k -= 1
        inside[key] = inside.get(key, True) and k >= reach and low[k] in bodies
    return frozenset(key for key, only in inside.items() if only)


def _names_asked_place(sentence: str, asked: tuple[str, ...]) -> bool:
    """The sentence names an asked foreign place (or one inside it) in any role: a trade partner
    ("impor dari China"), a government. Only foreign ones: a domestic place is located wherever
    it is named (located_places)."""
    if not may_name_place(sentence):
        return False
    lex = lexicon()
    foreign = [q for q in asked if "indonesia" not in lex.ancestors(q) and q != "indonesia"]
    if not foreign:
        return False
    toks = WORD_RE.findall(sentence)
    low = [t.lower() for t in toks]
    return any(_within(key, q) for key, _at, _placed in _place_mentions(toks, low, caps=True) for q in foreign)


def _places_verdict(located: list[str], asked: tuple[str, ...]) -> bool | None:
    """True: names the question's place; False: names only another place; None: says nothing.
    The most specific places asked decide: "di kampanye Presiden Afghanistan di Charikar" asks
    Charikar (Kabul is in Afghanistan too, and not it)."""
    asked = tuple(q for q in asked if not any(o != q and _within(o, q) for o in asked)) or asked
    if any(_within(p, q) for p in located for q in asked):
        return True
    if any(all(_conflict(p, q) for q in asked) for p in located):
        return False
    return None


_NATIONAL_RE = re.compile(r"\b(?:nasional|secara nasional)\b", re.I)


def _inside_asked_country(frame: QuestionFrame, sentence: str) -> bool:
    """A country's figure asked by its owner ("jumlah penduduk miskin Indonesia") and a sentence
    placing its figure only in regions of that country ("berada di Kalimantan"): a region's."""
    lex = lexicon()
    asked = {*frame.entities, *frame.places}
    countries = [e for e in frame.entities if (p := lex.places.get(e)) is not None and p.kind == "country"]
    if not countries or any(e not in countries and e in lex.places and lex.places[e].kind != "org" for e in asked):
        return False   # a province or city asked decides where on its own
    located = located_places(sentence)
    return bool(located) and all(p not in countries and any(_within(p, c) for c in countries) for p in located)


def said_national(sentence: str, at: int, asked_places: set[str], question: str = "") -> bool:
    """The figure's clause says its measure is the nation's ("inflasi tahunan nasional … sebesar
    2,65 persen") and a province, island or city is asked, the nation not: "kontribusi Jawa
    Tengah terhadap industri mebel nasional" asks a province's share of the nation's."""
    lex = lexicon()
    if "nasional" in {w.lower() for w in WORD_RE.findall(question)}:
        return False
    if not any((p := lex.places.get(a)) is not None and p.kind not in ("country", "org") for a in asked_places):
        return False
    return "nasional" in {w.lower() for w in _clause_words(sentence, at)}


def _continent_said(sentence: str, at: int, size: int, asked_places: set[str], question: str) -> bool:
    """The figure's clause says where its measure holds is a continent ("40 persen populasi di Asia")
    and the question asks a country, not that continent: the continent's measure."""
    lex = lexicon()
    if not any((p := lex.places.get(a)) is not None and p.kind == "country" for a in asked_places):
        return False
    continents = lex.words["continents"]
    if continents & {w.lower() for w in WORD_RE.findall(question)}:
        return False
    words = [w.lower() for w in WORD_RE.findall(sentence[at + size:])][:4] + _clause_words(sentence, at)
    return any(a == "di" and b in continents for a, b in zip(words, words[1:]))


# a rate over time asked in one word: "rata-rata penumpang harian", "kunjungan bulanan", "perhari"
_RATE_WORDS = frozenset({"harian", "mingguan", "bulanan", "tahunan", "perhari", "perbulan", "pertahun", "perjam", "sehari"})
_ADDED_STEMS = frozenset({"tambah", "naik", "tingkat", "baru"})   # "tambahan 40 kantor", "naik 3.000 unit", "16 ruas baru"
_ADDED_ASKED_RE = re.compile(r"\bberapa\s+(?:jumlah\s+|persen\s+)?(?:tambahan|penambahan)\b", re.I)


def added_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """"berapa tambahan kantor/armada": the figure's clause says it is added ("mendapatkan tambahan
    40 kantor", "menambah 10 persen kepemilikan saham", a rise, "baru"), not a total ("mencapai
    10.047 armada")."""
    if frame.pipeline is None or frame.money or not _ADDED_ASKED_RE.search(frame.question_text):
        return True   # (money added may be said as the revenue it brings: "penerimaan … sekitar Rp600 miliar")
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    stem = frame.pipeline.stem
    around = list(_clause_words(sentence, at)) + [t.lower() for t in WORD_RE.findall(sentence[at:])[:6]]
    return any(stem(t) in _ADDED_STEMS for t in around)


_PER_TIME_AFTER_RE = re.compile(r"\s*(?:(?:per|/)\s*(?:jam|detik|menit)|perjam|perdetik|mph|knot)\b", re.I)
_SPEED_BEFORE_RE = re.compile(r"\b(?:kecepatan|berkecepatan|secepat|laju|melaju|angin|embusan|hembusan)\s+(?:(?:hampir|sekitar|lebih\s+dari|mencapai|hingga|"
                              r"maksimal|rata-rata)\s+)*$", re.I)


def speed_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """"berapa kecepatan asteroid …": a speed ("hampir 50.000 mil per jam", "17.000 mph", "kecepatan
    80 km", a wind's "angin mencapai 207 km"), not a length or a distance the sentence also gives
    ("panjang 20 meter", "1,4 juta kilometer dari Bumi")."""
    if (frame.noun or "").lower() != "kecepatan" or not q.get("unit"):
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    text = q.get("text") or ""
    return bool(_PER_TIME_AFTER_RE.match(sentence, at + len(text)) or _PER_TIME_AFTER_RE.search(text)
                or _SPEED_BEFORE_RE.search(sentence[max(0, at - 40):at]))


def times_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """"berapa kali DS menjual anaknya": a count of times ("dijual tiga kali") or of the events, not
    an amount of money ("dengan harga Rp 300.000 hingga Rp 500.000")."""
    if (frame.noun or "").lower() != "kali":
        return True
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    if at < 0 or (q.get("unit") or "").lower() == "kali":
        return True
    from .claims import currency_of   # claims imports this module
    # (a count of the events themselves answers: "1 aktivitas gempabumi susulan", "4 miliar penonton")
    return not (currency_of(sentence, text) or _CURRENCY_BEFORE_RE.search(sentence[max(0, at - CURRENCY_BEFORE_REACH):at])
                or (q.get("unit") or "").lower() in lexicon().words["money_units"])


_OTHERS_AT_PLACE_RE = re.compile(r",\s*(?:\d[\d.,]*|[a-z]+)\s+(?:orang\s+)?lainnya\s+di\s+", re.I)


def others_by_place_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """"Sedikitnya tujuh orang dilaporkan luka-luka di Prefektur Ibaraki, enam lainnya di Prefektur
    Kanagawa, …": a count by place, its figure the place's part: it answers only a question asking
    that place, not the whole ("berapa orang yang terluka akibat Topan Faxai di Jepang")."""
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    if at < 0:
        return True
    rest = sentence[at + len(text):]
    others = _OTHERS_AT_PLACE_RE.search(rest)
    if others is None:
        return True
    stretch = rest[:others.start()]
    said = re.search(r"\bdi\s+(?:(?:Prefektur|Provinsi|Kabupaten|Kota|Negara\s+Bagian)\s+)?([A-Z][\w-]+)", stretch)
    if said is None:
        return True   # (no place of its own before the others': "tujuh orang, enam lainnya di …" is read elsewhere)
    own = set(located_places(stretch))
    asked = set(frame.places) | {w.lower() for p in frame.places for w in p.split("_")}
    return bool(own & asked) or said.group(1).lower() in asked or said.group(1).lower() in _lower_word_set(frame.question_text)


def region_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A count said to hold in a continent or region ("10 startup di Asean yang cukup sukses") is
    the region's, not the country's the question asks ("startup … yang sudah dimiliki Indonesia")."""
    at = figure_at(sentence, q.get("text") or "")
    return at < 0 or not _continent_said(sentence, at, len(q["text"]), set(frame.places) | set(frame.entities),
                                         frame.question_text)


def _title_names_typed(frame: QuestionFrame, title: str) -> bool:
    """Whether a title names a place the question names by its type ("Pelabuhan Marunda")."""
    if not frame.typed:
        return False
    stem = frame.pipeline.stem if frame.pipeline is not None else None
    return bool(_typed_verdict(typed_places(title, caps=True, stem=stem), frame.typed))


def _wider_story(located: list[str], asked: tuple[str, ...]) -> bool:
    """A title naming the country alone ("Angka Kemiskinan RI Terendah …") tells a national story:
    a sentence of it that names no place is the nation's figure, not an asked province's or
    city's. Only the home country: a foreign story's title names its country as the place
    ("Ledakan Terjadi Lagi Di Afghanistan") and its sentences tell of one city there."""
    return bool(located) and set(located) == {"indonesia"} and all(q != "indonesia" and _within(q, "indonesia")
                                                                  for q in asked)


@lru_cache(maxsize=256)
def _events_spelled_apart(question: str, events: tuple[str, ...]) -> tuple[str, ...]:
    """Events whose every word the question says, apart: "jalur kereta ke Bandara NYIA" asks the
    "kereta bandara" a title names as well as the airport."""
    said = {t.lower() for t in WORD_RE.findall(question)}
    return tuple(e for e in lexicon().event_kind if e not in events and "_" in e and set(e.split("_")) <= said)


def _where_dropped(typed: tuple[tuple[str, str], ...], places: list[str]) -> tuple[tuple[str, str], ...]:
    """A typed name's last words that are a place the question asks are where it is, not its name:
    "Bandara Blimbingsari Banyuwangi" is the Blimbingsari airport, in Banyuwangi."""
    out = []
    for kind, name in typed:
        words = name.split()
        for size in (2, 1):
            if len(words) > size and "_".join(words[-size:]) in places:
                words = words[:-size]
                break
        out.append((kind, " ".join(words)))
    return tuple(out)


def _events_verdict(found: list[str], asked: tuple[str, ...]) -> bool | None:
    """Judged kind by kind: another event of an asked kind and none of the asked ones of that kind
    is something else ("kecelakaan beruntun" for "kecelakaan tunggal", though both are crashes)."""
    lex = lexicon()
    verdict: bool | None = None
    for kind in {lex.event_kind[e] for e in asked}:
        of_kind = {e for e in found if lex.event_kind[e] == kind}
        if not of_kind:
            continue
        if not of_kind & set(asked):
            return False
        verdict = True
    return verdict


def typed_places(text: str, *, caps: bool, stem: Callable[[str], str] | None = None,
                 known: Callable[[str], bool] | None = None) -> tuple[tuple[str, str], ...]:
    """(kind, name) of the places a text names with a kind word: "Tol Jagorawi" -> ("tol",
    "jagorawi"), "KM 91+200" -> ("km", "91"). In articles (``caps``) the name is capitalised.
    With `stem`, a verb ends the name: a title-case headline capitalises it ("Waktu Tempuh Kereta
    Bandara Dipercepat"). With `known`, a word of the dictionary ends a name typed in lower case:
    "jembatan runtuh" is a bridge that fell, "pelabuhan kargo baru" a new port, not their names."""
    lex = lexicon()
    kinds = lex.words["place_types"]
    # "Bandar Udara I Gusti Ngurah Rai" is "Bandara I Gusti Ngurah Rai", written in full
    toks = WORD_RE.findall(_BANDAR_UDARA_RE.sub(lambda m: "Bandara" if m.group()[0] == "B" else "bandara", text))
    out: list[tuple[str, str]] = []
    for i, tok in enumerate(toks):
        kind = tok.lower()
        if kind not in kinds or (i + 1 < len(toks) and toks[i + 1].lower() in kinds):
            continue  # "Jalan Tol Jagorawi": the last kind word names it
        kind = {"kilometer": "km", "jl": "jalan"}.get(kind, kind)
        if kind == "km":
            m = re.match(r"\d+", toks[i + 1]) if i + 1 < len(toks) else None
            if m:
                out.append((kind, m.group()))
            continue
        words = []
        # a question that writes the name in capitals ends it where they end: "Gunung Raja Paksi
        # menjadi …" (typed in lower case, the words up to a function word are the name)
        capped = caps or (i + 1 < len(toks) and _is_cap(toks[i + 1]))
        k = i + 1
        while k < min(i + 4, len(toks)):
            t = toks[k]
            if not t[:1].isalpha() or t.lower() in lex.stopwords or (capped and not _is_cap(t)) \
                    or (stem is not None and _verb_like(t.lower(), stem)) \
                    or (not capped and known is not None and known(t.lower())):
                break
            words.append(t.lower())
            if words and k + 2 < len(toks) and toks[k + 1] == "-" and _is_cap(toks[k + 2]):
                words[-1] += "-" + toks[k + 2].lower()   # "Tol Palembang - Indralaya": one name, spaced
                k += 2
            k += 1
        if words:
            out.append((kind, " ".join(words)))
    return tuple(dict.fromkeys(out))


_BANDAR_UDARA_RE = re.compile(r"\bbandar\s+udara\b", re.I)


_WHERE_NAMED_RE = re.compile(r"\bdi\s+([A-Z][\w'-]+)")


def _elsewhere_named(frame: QuestionFrame, sentence: str) -> bool:
    """The sentence says where with a name ("tewas di Basra") that no list knows and the question
    does not hold: another place than the asked city."""
    lex = lexicon()
    asked = {t.lower() for t in WORD_RE.findall(frame.question_text)}
    return any((name := m.group(1).lower()) not in asked and name not in lex.places and name not in lex.stopwords
               and name not in lex.words["place_types"] and not lex.names.at([name], 0)
               for m in _WHERE_NAMED_RE.finditer(sentence))


def _typed_verdict(named: tuple[tuple[str, str], ...], asked: tuple[tuple[str, str], ...]) -> bool | None:
    """True: names the asked place of some kind and no other of an asked kind; False: names,
    for an asked kind, only other places ("Tol Jagorawi" for "Tol Cipularang", "KM 91" for "KM 92")."""
    verdict = None
    for kind in {k for k, _ in asked} & {k for k, _ in named}:
        # (a name's parts, hyphened or not: "Tol Kunciran Cengkareng" is "tol Kunciran-Cengkareng")
        want = [_NAME_PARTS_RE.split(_typed_name(n)) for k, n in asked if k == kind]
        got = [_NAME_PARTS_RE.split(_typed_name(n)) for k, n in named if k == kind]
        if any(_parts_hold(w, g) for w in want for g in got):
            verdict = True if verdict is None else verdict
        else:
            return False
    return verdict


_NAME_PARTS_RE = re.compile(r"[\s-]+")


def _parts_hold(a: list[str], b: list[str]) -> bool:
    """One typed name's parts hold the other's, a part written as the short form of a run of the
    other's parts standing for them ("Tol Layang Japek II" is "Tol Layang Jakarta-Cikampek II",
    "Jagorawi" Jakarta-Bogor-Ciawi, "Cipali" Cikopo-Palimanan: _short_for)."""
    a, b = _shorts_read(a, b), _shorts_read(b, a)
    sa, sb = set(a), set(b)
    return sa <= sb or sb <= sa


def _shorts_read(a: list[str], b: list[str]) -> list[str]:
    """`a` with each run of two or more parts that a part of `b` stands for replaced by that part."""
    for x in b:
        if x in a or len(x) < 4:
            continue
        for i in range(len(a)):
            for j in range(i + 2, len(a) + 1):
                if _short_for(x, a[i:j]):
                    return _shorts_read(a[:i] + [x] + a[j:], b)
    return a


def _short_for(short: str, parts: list[str]) -> bool:
    """`short` is a piece of each part in turn, each piece (two letters or more) its start or its
    end: "japek" = "ja" + "pek" of jakarta, cikampek; "jagorawi" = "ja" + "gor" + "awi"."""
    if not parts:
        return not short
    first, rest = parts[0], parts[1:]
    for n in range(2, min(len(first), len(short)) + 1):
        for piece in {first[:n], first[-n:]}:
            if short.startswith(piece) and (rest or len(piece) == len(short)) and _short_for(short[n:], rest):
                return True
    return False


def _typed_name(name: str) -> str:
    """A typed place's name by its first spelling in frame_words typed_variants ("Bandara Soeta" is
    "Bandara Soekarno-Hatta"). Kept out of aliases.txt: those rewrite index terms, and a new one
    would need every archive reindexed."""
    return _typed_variants().get(name, name)


@lru_cache(maxsize=1)
def _typed_variants() -> dict[str, str]:
    return {v: group.split()[0] for group in frame_word_groups("typed_variants") for v in group.split()}


_YEAR_IN_TEXT_RE = re.compile(r"\b((?:19|20)\d\d)\b")


_DAY_MONTH_YEAR_RE = re.compile(r"\b(\d{1,2})\s+([a-z]+)\s+((?:19|20)\d\d)\b", re.I)
_SLASH_DATE_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
# the first day of a stretch of days: "21-23 Oktober 2025", "31 Agustus - 4 September 2019"
_RANGE_START_RE = re.compile(r"\b(\d{1,2})(?:\s+([a-z]+))?\s*[-–]\s*\d{1,2}\s+([a-z]+)\s+((?:19|20)\d\d)\b", re.I)


def asked_dates(question: str) -> tuple[str, ...]:
    """ISO dates a question names in full: "pada 10 September 2019", "(10/9/2019)"."""
    found = [(y, MONTHS.get(m.lower()), d) for d, m, y in _DAY_MONTH_YEAR_RE.findall(question)]
    found += [(y, int(m), d) for d, m, y in _SLASH_DATE_RE.findall(question)]
    # a stretch asks its first day too: a report of its opening day tells it ("RDG 20-21 Mei 2025")
    found += [(y, MONTHS.get((m1 or m2).lower()), d) for d, m1, m2, y in _RANGE_START_RE.findall(question)
              if MONTHS.get(m2.lower()) and (not m1 or MONTHS.get(m1.lower()))]
    dates = {f"{y}-{mo:02d}-{int(d):02d}" for y, mo, d in found if mo and 1 <= mo <= 12 and 1 <= int(d) <= 31}
    shift = _AFTER_SPAN_RE.search(question)
    if shift and len(dates) == 1:
        # "sepekan setelah gempa 29 Mei 2017": the asked days run from the date named to a week
        # after it (a report of the fifth day tells "sepekan setelah" as well as the seventh's)
        n = shift.group(2)
        days = (7 if shift.group(1) else int(n) if n.isdigit() else _SPAN_NUMBERS.get(n.lower(), 0)) * (
            7 if (shift.group(3) or "").lower() in ("pekan", "minggu") else 1)
        try:
            named = next(iter(dates))
            dates.add((dt.date.fromisoformat(named) + dt.timedelta(days=days)).isoformat())
        except ValueError:
            pass
    return tuple(sorted(dates))


_SPAN_NUMBERS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "sepuluh": 10}
_AFTER_SPAN_RE = re.compile(r"\b(?:(sepekan|seminggu)|(\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|sepuluh)\s+(hari|pekan|minggu))"
                            r"\s+(?:setelah|sesudah|pasca)\b", re.I)


def asked_months(question: str) -> tuple[int, ...]:
    """Months a question names without a day ("suku bunga BI pada September 2019"): a full date
    is asked through :func:`asked_dates`."""
    rest = _SLASH_DATE_RE.sub(" ", _DAY_MONTH_YEAR_RE.sub(" ", question))
    rest = _NAMED_BY_DAY_RE.sub(" ", rest)   # "kerusuhan 22 Mei": the riot's name, not when the figure holds
    return tuple(sorted({MONTHS[m.lower()] for m in _MONTH_NAME_RE.findall(rest)}))


_NAMED_BY_DAY_RE = re.compile(r"\b(?:kerusuhan|aksi|demo|demonstrasi|unjuk rasa|peristiwa|tragedi|insiden|bentrokan|"
                              r"rusuh|gerakan)\s+\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|"
                              r"september|oktober|november|desember)\b(?!\s+\d{4})", re.I)


_MONTH_NAME_RE = re.compile(r"\b(januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober"
                            r"|november|nopember|desember)\b", re.I)
_MONTH_IN_TEXT_RE = re.compile(r"\b(Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober"
                               r"|November|Nopember|Desember|JANUARI|FEBRUARI|MARET|APRIL|MEI|JUNI|JULI|AGUSTUS"
                               r"|SEPTEMBER|OKTOBER|NOVEMBER|DESEMBER)\b")
_MONTH_ALT = (r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november"
              r"|nopember|desember)")
_MONTH_SPAN_RE = re.compile(rf"\b{_MONTH_ALT}\s*(?:-|–|hingga|sampai(?:\s+dengan)?|s\.?d\.?)\s*{_MONTH_ALT}\b", re.I)
_ONE_MONTH_RE = re.compile(rf"\b(?:di|pada)\s+bulan\s+(?:{MONTH_RE})\b", re.I)   # "di bulan Mei 2025"
_MONTH_END_ASKED_RE = re.compile(rf"\bakhir\s+(?:bulan\s+)?(?:{MONTH_RE})\b", re.I)


def _just_after_month_end(frame: QuestionFrame, published: str | None) -> bool:
    """The end of a month asked ("pada akhir September 2019") and an article of the first days after
    it: its "kini" is the month's end."""
    return bool(_MONTH_END_ASKED_RE.search(frame.question_text)) and _reported_just_after(frame, published)


def _reported_just_after(frame: QuestionFrame, published: str | None) -> bool:
    """An article of the first days after the one month asked."""
    if not published or len(frame.months) != 1:
        return False
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    before = day.replace(day=1) - dt.timedelta(days=1)
    return day.day <= UNDATED_REACH and before.month == frame.months[0] and (not frame.years or before.year in frame.years)


# the year so far: "sepanjang tahun 2019", "sejak awal tahun", "tahun berjalan" (year to date)
_YEAR_TO_DATE_RE = re.compile(r"\b(?:sepanjang\s+tahun(?:\s+(?:ini|\d{4}))?|sepanjang\s+\d{4}|sejak\s+awal\s+tahun|"
                              r"tahun\s+berjalan|year\s+to\s+date|ytd)\b", re.I)
_PAREN_MONTH_RE = re.compile(r"\(\s*\d{1,2}/(\d{1,2})(?:/\d{2,4})?\s*\)")


def _toll_told_later(frame: QuestionFrame, named: set[dt.date], asked_days: list[dt.date],
                     published: str | None) -> bool:
    """The toll of an event of the asked day ("berapa orang tewas dalam kebakaran kapal … pada 1
    Januari"), told in a report of the days after whose lead dates a later statement ("kemarin",
    the minister's visit): the dead of that event, not of another day's."""
    if not (frame.casualty or set(frame.predicates) & CASUALTY_CLASSES):
        return False
    day = _iso_day(published[:10]) if published else None
    return day is not None and all(d > a for d in named for a in asked_days) \
        and any(0 <= (day - a).days <= UNDATED_REACH for a in asked_days)


def _stage_told_later(frame: QuestionFrame, published: str | None, asked_days: list[dt.date]) -> bool:
    """A court's stage asked on its day ("berapa tahun … yang dituntut jaksa … (31 Mei 2017)"), told
    in a later report whose earlier sentence dates another matter: "Dalam kasus ini Siti Fadilah
    dituntut 6 tahun penjara" on 2 June, after a sentence about a transfer of "26 Desember 2006", is
    the demand retold (the sentence and its title name no other day)."""
    w = lexicon().words
    if not set(_lower_words(frame.question_text)) & (w["demand_words"] | w["verdict_words"]):
        return False
    day = _iso_day(published[:10]) if published else None
    return day is not None and all(day >= a for a in asked_days)


def _lead_dates_asked_day(frame: QuestionFrame, when: list[str], published: str) -> bool:
    """The dates kept from a figure's lead (`when`) name a day asked (a night's slack)."""
    asked = [d for d in (_iso_day(x) for x in frame.dates) if d]
    return any(abs((d - a).days) <= DAY_SLACK for d in _days_named(" ; ".join(when), published) for a in asked)


def _stage_retold(frame: QuestionFrame, sentence: str) -> bool:
    """A court's stage asked ("… yang didakwakan jaksa … dalam sidang dakwaan, 10 September 2019")
    and the sentence names that stage ("Kivlan Zen didakwa menguasai empat pucuk senjata api"): the
    stage retold in a later report (a charge, a demand, a verdict stays what it was)."""
    w = lexicon().words
    asked, said = set(_lower_words(frame.question_text)), set(_lower_words(sentence))
    return any(asked & w[g] and said & w[g] for g in ("charge_words", "demand_words", "verdict_words"))


def _reported_on(published: str | None, asked_days: list[dt.date]) -> bool:
    """Is the report of an asked day (that day or the next morning's)?"""
    day = _iso_day(published[:10]) if published else None
    return day is not None and any(0 <= (day - a).days <= DAY_SLACK for a in asked_days)


def _reports_asked_day(frame: QuestionFrame, published: str | None) -> bool:
    """A day asked and an article of that day (or the next morning's): it tells that day's news,
    whatever bare year an earlier sentence opened with ("lima kandidat" said on 12 September 2019)."""
    return bool(frame.dates) and _reported_on(published, [d for d in (_iso_day(x) for x in frame.dates) if d])


DAY_SLACK = 1   # a night event is reported with the next day's date
_DAY_MONTH_RE = re.compile(rf"\b\d{{1,2}}\s+(?:{MONTH_RE})\b", re.I)   # a day written out: no slack for it
UNDATED_REACH = 3  # days after an asked day in which a report stating no day may still tell of it
REPORT_REACH = 8  # words before a date searched for who said it


def reported_on(text: str, start: int) -> bool:
    """A date right after who said it is when it was said, not when the figure holds: "ujar Josua
    saat dihubungi di Jakarta, Rabu (18/9/2019)"."""
    before = [t.lower() for t in WORD_RE.findall(text[max(0, start - 80):start])][-REPORT_REACH:]
    if set(before) & lexicon().words["report_words"]:
        return True
    # anywhere in the attribution after a quote: '…," kata Purbaya dalam konferensi pers … di
    # kantornya, Jakarta Pusat, Senin (22/9)'
    said = _SAID_AT_RE.search(text, 0, start)
    return said is not None and not re.search(r"[.;]\s", text[said.end():start])


COMPARED_REACH = 40   # characters from "dibandingkan (dengan harga)" to the day compared with
COMPARED_FIGURE_REACH = 80   # … and to a figure said of that day


def _compared_before(text: str, at: int, reach: int) -> re.Match[str] | None:
    """The last "dibandingkan" within ``reach`` characters before ``at``, its clause not ended since."""
    m = None
    for m in _COMPARED_RE.finditer(text, max(0, at - reach), at):
        pass
    return None if m is None or re.search(r"[;.!?](?!\d)", text[m.end():at]) else m


def compared_on(text: str, start: int) -> bool:
    """A date right after "dibandingkan" is the day compared with, not when the figure holds: "naik
    Rp 4.000 pada Rabu 18 September 2019, dibandingkan dengan harga Selasa sebesar Rp 753 ribu"."""
    return _compared_before(text, start, COMPARED_REACH) is not None


_CHANGE_FROM_RE = re.compile(r"\bdari\s+(?:sekitar\s+|sebanyak\s+|hanya\s+)?$", re.I)
_CHANGE_TO_RE = re.compile(r"^[^,;.]{0,40}?\b(?:menjadi|jadi)\s+(?:sekitar\s+|sebanyak\s+|hanya\s+)?\d", re.I)
_DATED_RE = re.compile(rf"\b(?:(?:19|20)\d\d|{MONTH_RE})\b", re.I)
# (an ordinary day is a baseline too: "melonjak 32,05 persen dibandingkan pada hari normal yang … 78.000 unit")
_EARLIER_SAID_RE = re.compile(r"\b(?:sebelumnya|lalu|kemarin|periode yang sama|(?:hari|kondisi|masa) (?:normal|biasa))\b", re.I)


# a clause telling what was, as its time ("Dulu kita memang punya program …"); not "terlebih dahulu"
# (first). "sebelumnya" is left out: news writes it of what was said before ("Eko sebelumnya dituntut …")
_EARLIER_CLAUSE_RE = re.compile(r"(?<!\bdari )(?<!\byang )(?<!\btahun )(?<!\bbulan )(?<!\bpekan )(?<!\bminggu )(?<!\bhari )"
                                r"(?<!\bperiode )(?<!\bkuartal )(?<!lebih )\b(?:dulu|dahulu)\b", re.I)   # ("terlebih dahulu": first)


_USUAL_SAID_RE = re.compile(r"(?<!\byang )\b(?:biasanya|normalnya|(?:hari|pekan|minggu|bulan|tahun)(?:-(?:hari|pekan|minggu|bulan|tahun))?"
                            r"\s+(?:biasa|normal)|kondisi\s+(?:biasa|normal))\b", re.I)
_CONTRAST_BEFORE_RE = re.compile(r"\b(?:padahal|sedangkan|sementara)\b", re.I)
_USUAL_ASKED_RE = re.compile(r"\b(?:biasa|biasanya|normal|normalnya|rata-rata|sehari|setiap|tiap|per)\b", re.I)


# a question opening with the state before a change ("Sebelum revisi UU MD3 …, berapa …")
_STATE_BEFORE_ASKED_RE = re.compile(r"^\W*sebelum\b", re.I)


def baseline_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A count a change left ("melonjak dari 380 menjadi 530", "dari 4,08 juta penumpang di tahun
    lalu menjadi 4,37 juta") or the earlier count a figure is compared with ("naik 20,85 persen
    dibandingkan periode yang sama tahun lalu yang berjumlah 4,43 juta kunjungan", "dibandingkan
    bulan sebelumnya , 153,93 ribu wisman") is what was: it answers only a question asking an
    earlier count or a change. (Amounts of money and asked levels have their own reading in
    money_fits and measure_fits; a comparison with a date is dated by time_fits.)"""
    at = figure_at(sentence, q.get("text") or "")
    low = frame.question_text.lower()
    if at >= 0 and _STATE_BEFORE_ASKED_RE.search(low) and not frame.direction and _figure_role(sentence, at) == "to":
        # "Sebelum revisi UU MD3 …, berapa orang pimpinan MPR …": not "… menjadi 10 orang", the number the change made
        return False
    if frame.direction or frame.asks == "change" or (frame.asks and not frame.money):
        return True   # (a rate's level asked is measure_fits's to read)
    if at < 0:
        return True
    if any(t in lexicon().words["earlier_asked_words"] for t in WORD_RE.findall(low)) or _COMPARED_RE.search(low):
        return True   # "berapa penumpang tahun lalu", "naik dari berapa": the earlier count is asked
    clause = sentence[max(0, *(sentence.rfind(mark, 0, at) + 1 for mark in (";", ". ", ":"))):at]
    if (said := _EARLIER_CLAUSE_RE.search(clause)) and not any(
            t in lexicon().words["earlier_asked_words"] | {"pernah", "dulu", "dahulu"} for t in WORD_RE.findall(low)):
        # "Dulu kita memang punya program Karawang Sehat, beban anggarannya mencapai Rp30 miliar":
        # what was, not what the question asks
        return bool(_NEW_LEVEL_RE.search(clause, said.end()) or _NOW_RE.search(clause, said.end()))   # "dulu …, sekarang hanya 110"
    if (usual := _USUAL_SAID_RE.search(clause)) and _CONTRAST_BEFORE_RE.search(clause, 0, usual.start()) \
            and (frame.years or frame.months or frame.dates) and not _USUAL_ASKED_RE.search(low):
        # "Padahal, pada bulan-bulan biasa, WNI yang dideportasi hanya 600 orang": the usual level,
        # not the asked time's ("pada bulan musim haji 2019")
        return False
    if _CHANGE_FROM_RE.search(sentence[max(0, at - 30):at]) and (
            to := _CHANGE_TO_RE.search(sentence[at + len(q["text"]):])):
        # "turun dari 12,1% pada 2016 menjadi 7% pada 2018": a dated level, read by time_fits
        return bool(_DATED_RE.search(to.group()))
    m = _compared_before(sentence, at, COMPARED_FIGURE_REACH) or _from_earlier_before(sentence, at)
    # (a comparison with a date, "dibandingkan … pada Senin (9/9/2019) kemarin", is time_fits's)
    return m is None or bool(_NEW_LEVEL_RE.search(sentence, m.end(), at)) \
        or not _EARLIER_SAID_RE.search(sentence, m.end(), at) or bool(_DATED_RE.search(sentence, m.end(), at))


def compared_with_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A change asked against one baseline ("naik berapa kali lipat dibanding hari biasa") is not
    one said against another: "peningkatan transaksi sebesar 3 kali lipat dibandingkan tahun 2018"
    compares with last year. Both baselines are the few words after "dibanding(kan)": a time and
    no time differ, two times are time_fits's to compare, two others differ when they share no
    word. A figure compared with nothing said is judged by the other rules."""
    asked = _compared_words(frame.question_text)
    if not asked or frame.pipeline is None:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    end = at + len(q.get("text") or "")
    m = _COMPARED_WITH_RE.search(re.split(r"[.;,](?!\d)", sentence[end:end + COMPARED_AFTER], maxsplit=1)[0])
    if not m and (q.get("text") or "").lower().endswith("kali"):
        m = _TIMES_OF_RE.match(sentence, end - len("kali"))
    if not m:
        return True
    said = _baseline_words(m.group(1))
    if not said:
        return True
    timed_asked, timed_said = _timed_baseline(asked), _timed_baseline(said)
    if timed_asked or timed_said:
        # two times ("tahun sebelumnya", "periode yang sama tahun lalu") are time_fits's to compare
        return timed_asked == timed_said
    stem = frame.pipeline.stem
    return bool({stem(t) for t in said} & {stem(t) for t in asked})


def _timed_baseline(words: tuple[str, ...]) -> bool:
    """A baseline that is a time: a year, a month, "tahun lalu", "periode yang sama"."""
    return any(t.isdigit() or t in MONTHS or t in _TIMED_BASELINE_WORDS for t in words)


_TIMED_BASELINE_WORDS = frozenset({"tahun", "bulan", "periode", "kuartal", "triwulan", "semester", "pekan", "minggu",
                                   "lalu", "sebelumnya", "kemarin", "tahunan", "bulanan"})


@lru_cache(maxsize=256)   # read for every figure of a question
def _compared_words(question: str) -> tuple[str, ...]:
    m = _COMPARED_WITH_RE.search(question)
    return _baseline_words(m.group(1)) if m else ()


def _baseline_words(text: str) -> tuple[str, ...]:
    stop = lexicon().stopwords
    return tuple(t for t in (w.lower() for w in WORD_RE.findall(text)[:COMPARED_WORDS]) if t not in stop and t != "dengan")


COMPARED_AFTER = 60   # characters after a figure read for what it is compared with
COMPARED_WORDS = 4    # words after "dibanding(kan)" that name the baseline ("hari biasa", "tahun 2018")
_COMPARED_WITH_RE = re.compile(r"\b(?:dibandingkan|dibanding|ketimbang|lebih\s+[a-z]+\s+(?:dari|daripada))\s+((?:[\w-]+\s*){1,4})", re.I)
# a multiple's baseline written after its measure: "2,17 kali massa Matahari", "700 Ribu Kali Berat Bumi"
_TIMES_OF_RE = re.compile(r"\s*kali\s+(?:lipat\s+)?(?:massa|berat|bobot|ukuran|besar|luas|volume|diameter)\s+((?:[\w-]+\s*){1,3})", re.I)


_FROM_RE = re.compile(r"\bdari\b", re.I)


def _from_earlier_before(sentence: str, at: int) -> re.Match[str] | None:
    """The "dari" of a change's starting point before a figure in its clause ("naik 52 persen dari
    capaian di periode yang sama tahun lalu sebesar Rp 410 miliar"), else None."""
    m = None
    for m in _FROM_RE.finditer(sentence, max(0, at - COMPARED_FIGURE_REACH), at):
        pass
    if m is None or re.search(r"[,;.!?](?!\d)|\d", sentence[m.end():at]):
        return None
    return m


_NEW_LEVEL_RE = re.compile(r"\b(?:menjadi|jadi|ke level|ke posisi|ke angka)\b", re.I)


def _compared_day_of_figure(sentence: str, figure_text: str, published: str | None) -> set[dt.date] | None:
    """The day a figure said after "dibandingkan … <day>" holds on ("dibandingkan dengan harga Selasa
    sebesar Rp 753 ribu": Tuesday's); None when the figure is not a compared one."""
    at = figure_at(sentence, figure_text)
    if at < 0:
        return None
    m = _compared_before(sentence, at, COMPARED_FIGURE_REACH)
    if m is None or _NEW_LEVEL_RE.search(sentence, m.end(), at):
        return None   # "… dibandingkan posisi kemarin, menjadi Rp760.000": the new level, today's
    from .timeline import date_phrases, resolve  # timeline imports answer, which imports this module
    pub = _iso_day(published)
    days = {ev.date for p in date_phrases(sentence[m.start():at]) if (ev := resolve(p, pub)) is not None
            and not ev.approximate}
    return days or None


def _months_named(text: str, published: str | None = None) -> set[int]:
    """Months a text names as when its figure holds: written out (capitalised, as articles write
    them) or in "(19/9)", not a date of saying. "Sabtu (6/3)" in an article of June 2017 is 3 June
    when only that reading falls on a Saturday (timeline.py)."""
    found = {MONTHS[m.group(1).lower()] for m in _MONTH_IN_TEXT_RE.finditer(text) if not reported_on(text, m.start())}
    paren = {int(m.group(1)) for m in _PAREN_MONTH_RE.finditer(text)
             if 1 <= int(m.group(1)) <= 12 and not reported_on(text, m.start())}
    if paren and published and _WEEKDAY_WORD_RE.search(text):
        from .timeline import date_phrases, resolve  # timeline imports answer, which imports this module
        pub = _iso_day(published)
        paren = {ev.date.month for p in date_phrases(text) if p.text.startswith("(") and p.month
                 and not reported_on(text, p.start) and (ev := resolve(p, pub)) is not None} or paren
    return found | paren


_WEEKDAY_WORD_RE = re.compile(r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b", re.I)


_NOW_RE = re.compile(r"\b(?:saat ini|kini|sekarang|hingga kini|sampai saat ini)\b", re.I)


def _relative_months(text: str, published: str | None) -> set[int]:
    """The month of a sentence that says it holds now ("saat ini tercatat 139.199 jiwa") or on a
    day counted from its article's ("kemarin"): then, not in the month an earlier sentence gave.
    (Now is no date of its own elsewhere: "korban tewas kini bertambah menjadi 9 orang" still
    tells of the day its story is about.)"""
    if not published:
        return set()
    if _NOW_RE.search(text):
        day = _iso_day(published)
        return {day.month} if day else set()
    from .timeline import words as date_words  # timeline imports answer, which imports this module
    rel = date_words().relative_re
    if rel is None or not rel.search(text):
        return set()
    return {d.month for d in _days_named(text, published)}


@lru_cache(maxsize=4096)   # a sentence's and a title's days, once for all the figures and rules reading them
def _days_named(text: str, published: str | None, coming: bool = False) -> frozenset[dt.date]:
    """Calendar days a text states as when its figure holds ("2 September", "Senin (2/9/2019)",
    "kemarin"), resolved against its article's date; approximate ones ("pekan lalu") and dates of
    saying say no day. With `coming`, days in the weeks after the article count as days to come
    (_coming_day): read so only when a day to come is asked, since an article of the day after a
    match names the next fixture too."""
    from .timeline import date_phrases, resolve  # timeline imports answer, which imports this module
    pub = _iso_day(published)
    days = set()
    for p in date_phrases(text):
        if reported_on(text, p.start) or compared_on(text, p.start) or _names_event(text, p.start):
            continue
        ahead = _coming_day(p, pub) if coming else None
        if ahead is not None:
            days.add(ahead)
            continue
        ev = resolve(p, pub)
        if ev is not None and not ev.approximate:
            days.add(ev.date)
    return frozenset(days)


def _names_event(text: str, start: int) -> bool:
    """A date right after an event's noun is its name ("Kerusuhan 22 Mei, Ini Dakwaan Jaksa"): the
    day of that event, not the day the figure holds."""
    before = text[max(0, start - 20):start].split()
    return bool(before) and before[-1].lower() in lexicon().words["dated_event_heads"]


_DAY_AFTER_FIGURE_RE = re.compile(r"\s*(?:[^\W\d_][\w-]*\s+){0,2}?pada\s+[^,;]{0,40}")


def _day_after_figure(sentence: str, figure_text: str, published: str | None) -> frozenset[dt.date]:
    """The days a figure's own "pada …" right after it names ("M 7,2 pada 14 Juli 2019 lalu"):
    when it held, whatever day the sentence was said on."""
    at = figure_at(sentence, figure_text)
    if at < 0:
        return frozenset()
    m = _DAY_AFTER_FIGURE_RE.match(sentence, at + len(figure_text))
    return _days_named(m.group(), published) if m else frozenset()


# a sentence telling what is to happen ("akan dilakukan uji beban dengan menggunakan 16 truk", "hanya
# terjadi kurang lebih empat menit"): under a lead or headline naming the asked day to come, the
# day's plan; a state of the day of writing ("masih ada 27 jamaah haji yang dirawat") is not
_TO_COME_SAID_RE = re.compile(r"\b(?:akan|bakal|nanti|direncanakan|dijadwalkan|rencananya|diperkirakan|diprediksi)\b"
                              r"|(?<!telah )(?<!sudah )\b(?:terjadi|berlangsung)\b", re.I)


def _names_day_to_come(sentence: str, published: str | None, asked_days: list[dt.date]) -> bool:
    """An article written before the asked day names that very day for its figure ("baru akan tiba
    di Indonesia pada 5 Mei 2017 , masing-masing dengan harga Rp 10,5 juta"): an announcement of it."""
    return bool(_days_named(sentence, published, coming=True) & set(asked_days))


_HEADLINE_DAY_AHEAD_RE = re.compile(r"\W*(besok|lusa)\b", re.I)


def _headline_opens_on_day(title: str | None, published: str | None, asked_days: list[dt.date]) -> bool:
    """A headline opening "Besok!" ("Besok! KFC Gelar Promo Harga Spesial …") tells its whole story
    of the day after the article's: the asked day, when it is that one."""
    m = _HEADLINE_DAY_AHEAD_RE.match(title or "")
    pub = _iso_day(published) if m else None
    return pub is not None and pub + dt.timedelta(days=1 if m.group(1).lower() == "besok" else 2) in asked_days


@lru_cache(maxsize=4096)   # every figure of a sentence asks it
def _said_on(text: str, published: str | None) -> frozenset[dt.date]:
    """The days a text says its words were said on ("jelas Bimo, …, Senin (4/8/2025)")."""
    if not _SAID_DATE_HINT_RE.search(text):
        return frozenset()   # (most sentences name no date: no phrase reading)
    from .timeline import date_phrases, resolve  # timeline imports answer, which imports this module
    pub = _iso_day(published)
    days = set()
    for p in date_phrases(text):
        if reported_on(text, p.start) and (ev := resolve(p, pub)) is not None and not ev.approximate:
            days.add(ev.date)
    return frozenset(days)


_SAID_DATE_HINT_RE = re.compile(rf"\d\s*/\s*\d|\b(?:{MONTH_RE})\b", re.I)   # "(4/8/2025)", "4 Agustus"
COMING_REACH = 60   # days after an article within which a day it names is one to come ("digelar 17-22 September")


def _coming_day(p: Any, published: dt.date | None) -> dt.date | None:
    """A day a text names after its article's date, in the weeks to come: a fixture or a plan
    ("turnamen … yang digelar … 17-22 September" in an article of 16 September) holds on that day,
    not a year before (timeline.resolve reads past events only)."""
    if published is None or p.month is None or p.day is None:
        return None
    try:
        day = dt.date(p.year or published.year, p.month, p.day)
    except ValueError:
        return None
    # (a day written with its year is that day however far ahead: "Larang Ekspor Nikel Per 1 Januari 2020")
    reach = dt.timedelta(days=COMING_REACH if p.year is None else DATED_COMING_REACH)
    return day if published + dt.timedelta(days=1) < day <= published + reach else None


DATED_COMING_REACH = 366   # days ahead a date written with its year may name a day to come


def _iso_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


_YEAR_SPAN_RE = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|hingga|sampai|s\.?d\.?)\s*((?:19|20)\d\d)\b", re.I)
# a year written right after a figure: "12,1% pada 2016", "Rp 14,7 miliar pada 2014-2018", "(2016)"
_YEAR_AFTER_RE = re.compile(r"\s*\(?\s*(?:(?:pada|di|untuk|selama|sepanjang)\s+)?"
                            # (the part of the year it names: "19 persen pada kuartal kedua 2018")
                            r"(?:(?:kuartal|triwulan|semester|caturwulan)\s+(?:[IV]+|\d|pertama|kedua|ketiga|keempat)\s+)?"
                            r"(?:(?:tahun|periode)\s+)?"
                            r"((?:19|20)\d\d)(?:\s*(?:-|–|hingga|sampai)\s*((?:19|20)\d\d))?\b", re.I)
# … or right before it: "pada 2016 sebesar 12,1%", "tahun 2018: 7 persen"
_YEAR_BEFORE_RE = re.compile(r"\b(?:((?:19|20)\d\d)\s*(?:-|–|hingga|sampai)\s*)?((?:19|20)\d\d)\s*[:,]?\s*(?:(?:sebesar|sebanyak|mencapai|yakni|yaitu|adalah|hanya|"
                             r"menjadi|tercatat|senilai|sekitar|yang|rp\.?|usd|us\$|idr)\s*){0,3}$", re.I)   # "Agustus 2018 yang sebesar USD16,82 miliar"


_RELATIVE_YEAR_RE = re.compile(r"\btahun\s+(ini|depan|lalu|kemarin|mendatang)\b", re.I)
_RELATIVE_YEAR = {"ini": 0, "depan": 1, "mendatang": 1, "lalu": -1, "kemarin": -1}
_SAME_PERIOD_AFTER_RE = re.compile(r"\s*(?:pada|di|dalam)\s+(?:periode|kuartal|triwulan|semester|bulan)\s+(?:yang\s+)?sama"
                                   r"\s+tahun\s+(ini|lalu|kemarin|sebelumnya)\b", re.I)


# "kalau tahun lalu cuma 3.583 …, sekarang malah 3.826": a year said right before a figure, relative
# to the article's (a word such as "cuma" may stand between)
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:tahun\s+(ini|depan|lalu|kemarin|mendatang|sebelumnya)|(sekarang|kini|saat\s+ini))"
                                 r"(?:\s+(?:malah|cuma|hanya|sebanyak|sekitar|mencapai|sudah|baru|ada))?\s*$", re.I)


_AVERAGE_SAID_RE = re.compile(r"\b(?:rata-rata|rerata|rataan)\b", re.I)
# figures of a list after its average word: "rataan 16,4 poin, 6 assist 4,6 rebound dan 1,5 steal"
_AVERAGED_LIST_RE = re.compile(r"\s*(?:\d[\d.,]*\s+[^\W\d_]+\s*(?:(?:,|dan\b)\s*)?)*$")   # (one way to split the spaces: no backtracking)


def averaged_list_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A total asked ("berapa total assist Ricky Rubio sepanjang Piala Dunia") takes no average:
    not a figure of a list its average word opens ("berbekalkan rataan 16,4 poin, 6 assist 4,6
    rebound dan 1,5 steal per laga"), unless the question asks an average itself."""
    if not frame.total or not _AVERAGE_SAID_RE.search(sentence) or _AVERAGE_SAID_RE.search(frame.question_text):
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    for m in _AVERAGE_SAID_RE.finditer(sentence, 0, at):
        if _AVERAGED_LIST_RE.fullmatch(sentence, m.end(), at):
            return False
    return True


def _average_of_figure(sentence: str, figure_text: str) -> bool:
    """The figure's clause says it is an average ("realisasi rata-rata penumpang … 773.816")."""
    at = figure_at(sentence, figure_text)
    if at < 0:
        return False
    return _AVERAGE_SAID_RE.search(sentence, _clause_start(sentence, at, (", ", "; ", ". ")),
                                   at + len(figure_text) + 20) is not None


def _clause_start(sentence: str, at: int, marks: tuple[str, ...] = (", ", "; ", ". ", ": ")) -> int:
    """Where the clause of the figure at ``at`` starts: after the last mark followed by a space (not
    the comma of "78,1" nor the dot of "1.151")."""
    return max(sentence.rfind(m, 0, at) for m in marks) + 1


_SINCE_RE = re.compile(r"\bsejak\b", re.I)


def _since_in_clause(sentence: str, figure_text: str) -> bool:
    """The figure's clause (between commas and clause marks) counts since a time ("sejak Selasa")."""
    at = figure_at(sentence, figure_text)
    if at < 0:
        return False
    start = _clause_start(sentence, at)
    ends = [e for e in (sentence.find(m, at + len(figure_text)) for m in (", ", "; ", ". ", " ,")) if e >= 0]
    # a later figure not joined to this one starts its own phrase: "kompensasi … terhadap 1.245 warga
    # … dan 780 warga … dengan nilai Rp900 ribu per bulannya … terhitung sejak Juli 2019" dates the payment
    for m in _LATER_FIGURE_RE.finditer(sentence, at + len(figure_text)):
        if m.group(1).lower() not in _FIGURE_JOINS:
            ends.append(m.start())
            break
    return _SINCE_RE.search(sentence, start, min(ends, default=len(sentence))) is not None


_LATER_FIGURE_RE = re.compile(r"(\w+)\s+(?:(?:Rp|US\$|USD)\.?\s?)?\d")
_FIGURE_JOINS = frozenset({"dan", "serta", "atau", "hingga", "sampai", "menjadi", "dari", "ke"})


# "Seminggu yang lalu, …", "Dua bulan lalu …", "Tahun lalu, …" (group 1: a year back)
_EARLIER_LEAD_RE = re.compile(r"\W*(?:(?:se|satu|dua|tiga|empat|lima|beberapa|\d{1,2})\s*(?:minggu|pekan|bulan|(tahun))|"
                              r"(?:minggu|pekan|bulan|(tahun)))\s+(?:yang\s+)?(?:lalu|sebelumnya)\b", re.I)
_EARLIER_ASKED_RE = re.compile(r"\b(?:lalu|sebelumnya)\b", re.I)
_BACKGROUND_YEAR_RE = re.compile(r"\W*(?:pada|di)\s+(?:tahun\s+)?((?:19|20)\d\d)\s*,", re.I)   # "Pada 2004, …"


def _relative_year_of_figure(sentence: str, figure_text: str | None, published: str | None) -> tuple[int, ...]:
    """The year a relative phrase right before the figure gives it: the article's year, or the one
    before or after it."""
    at = figure_at(sentence, figure_text) if figure_text else -1
    if at < 0 or not published or not published[:4].isdigit():
        return ()
    m = _RELATIVE_BEFORE_RE.search(sentence, max(0, at - 40), at)
    if not m:
        return ()
    shift = 0 if m.group(2) else _RELATIVE_YEAR.get(m.group(1).lower(), -1)   # "sebelumnya": the year before
    return (int(published[:4]) + shift,)


def _same_period_year(sentence: str, figure_text: str | None, published: str | None) -> tuple[int, ...]:
    """The year "pada periode yang sama tahun ini/lalu" right after a figure gives it: "naik dari 19
    persen pada kuartal kedua 2018 menjadi 21 persen pada periode yang sama tahun ini" (21 is this
    year's, though "2018 menjadi" stands right before it)."""
    at = figure_at(sentence, figure_text) if figure_text else -1
    if at < 0 or not published or not published[:4].isdigit():
        return ()
    m = _SAME_PERIOD_AFTER_RE.match(sentence, at + len(figure_text or ""))
    return (int(published[:4]) + _RELATIVE_YEAR.get(m.group(1).lower(), -1),) if m else ()


def _relative_years(text: str, published: str | None) -> set[int]:
    """"tahun depan" in an article of 2019 is 2020; "tahun ini" 2019, "tahun lalu" 2018."""
    if not published or not published[:4].isdigit():
        return set()
    # ("sejak sepuluh tahun lalu", "dua tahun lalu": so many years ago, no last year)
    return {int(published[:4]) + _RELATIVE_YEAR[m.group(1).lower()] for m in _RELATIVE_YEAR_RE.finditer(text)
            if not _COUNT_BEFORE_RE.search(text, 0, m.start())}


_COUNT_BEFORE_RE = re.compile(r"(?:\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas"
                              r"|belas|puluh|ratus|beberapa|belasan|puluhan|ratusan))\s+$", re.I)


def _year_span(text: str) -> tuple[int, int] | None:
    m = _YEAR_SPAN_RE.search(text)
    return (int(m.group(1)), int(m.group(2))) if m else None


_MONTH_AFTER_RE = re.compile(rf"\s*(?:\(\s*)?(?:(?:pada|per|di|selama|sepanjang)\s+)?(?:bulan\s+)?({MONTH_RE})\b\.?", re.I)


def _month_after_figure(sentence: str, figure_text: str | None) -> int | None:
    """The month written right after a figure ("4,14 persen pada September 2024"): its own month."""
    at = figure_at(sentence, figure_text) if figure_text else -1
    if at < 0:
        return None
    m = _MONTH_AFTER_RE.match(sentence, at + len(figure_text))
    return MONTHS[m.group(1).lower()] if m else None


def _month_opening_clause(sentence: str, figure_text: str | None) -> int | None:
    """The nearest month said before a figure with no other figure (a year aside) between them
    ("jika bulan Juli inflasi mencapai angka 0,38 persen, saat bulan Agustus, inflasi turun menjadi
    0,12 persen": July's 0,38 and August's 0,12), as _years_of_figure reads a year."""
    at = figure_at(sentence, figure_text) if figure_text else -1
    if at < 0:
        return None
    clause = sentence[max(0, at - 120):at]
    clause = clause[clause.rfind(";") + 1:]
    months = list(_MONTH_IN_CLAUSE_RE.finditer(clause))
    if months and not _FIGURE_NUMBER_RE.search(clause[months[-1].end():]):
        return MONTHS[months[-1].group(1).lower()]
    return None


_MONTH_IN_CLAUSE_RE = re.compile(rf"\b(?:pada|di|bulan|selama|sepanjang|hingga|sampai)\s+(?:bulan\s+)?({MONTH_RE})\b", re.I)


def _years_of_figure(sentence: str, figure_text: str | None) -> tuple[int, ...]:
    """The year (or span of years) written right after or right before a figure: in "turun dari
    12,1% pada 2016 menjadi 7% pada 2018" each figure has its own year; () when none is attached."""
    at = figure_at(sentence, figure_text) if figure_text else -1
    if at < 0:
        return ()
    if (listed := _year_listed(sentence, at)) is not None:
        return (listed,)
    m = _YEAR_AFTER_RE.match(sentence, at + len(figure_text)) or _BRACKET_YEAR_AFTER_RE.match(sentence, at + len(figure_text))
    if m:
        return tuple(int(g) for g in m.groups() if g)
    m = _YEAR_BEFORE_RE.search(sentence[max(0, at - 60):at])
    if m:
        return tuple(int(g) for g in m.groups() if g)
    # "pada 2016 peredaran rokok ilegal mencapai 12 persen, kemudian pada 2017 …": the year that
    # opens the figure's clause, when no other figure stands between them
    clause = sentence[max(0, at - 120):at]
    clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1:]
    years = list(_YEAR_SPAN_OR_YEAR_RE.finditer(clause))
    if years and not _DIGIT_FIGURE_RE.search(clause[years[-1].end():]):
        return tuple(int(g) for g in years[-1].groups() if g)
    return ()


# a bracketed year after the figure's own words: "Rp804 ribu per kapita (tahun 2018)"
_BRACKET_YEAR_AFTER_RE = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*\(\s*(?:tahun\s+)?((?:19|20)\d\d)\s*\)", re.I)
_YEARS_RESPECTIVELY_RE = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|hingga|sampai)\s*((?:19|20)\d\d)\b[^.;\d]{0,40}?"
                                    r"\b(?:berturut-turut|masing-masing)\b", re.I)


def _year_listed(sentence: str, at: int) -> int | None:
    """The year of a figure in a list over a span of years: "ekspor … periode 2016-2018
    berturut-turut adalah 9,26 miliar dolar AS, 10,94 miliar dolar AS, dan 12,17 miliar dolar AS":
    10,94 is 2017's (as many figures as years, in order)."""
    m = None
    for m in _YEARS_RESPECTIVELY_RE.finditer(sentence, 0, at):
        pass
    if m is None:
        return None
    start, end = int(m.group(1)), int(m.group(2))
    tail = re.split(r"[;]|\.(?!\d)", sentence[m.end():], maxsplit=1)[0]
    figures = [f.start() + m.end() for f in _LISTED_FIGURE_RE.finditer(tail)]
    if not 1 < len(figures) == end - start + 1 or at not in figures:
        return None
    return start + figures.index(at)


_YEAR_SPAN_OR_YEAR_RE = re.compile(r"\b(?:pada|di|tahun|sepanjang|selama)\s+(?:tahun\s+)?((?:19|20)\d\d)"
                                   r"(?:\s*(?:-|–|hingga|sampai)\s*((?:19|20)\d\d))?\b", re.I)
_DIGIT_FIGURE_RE = re.compile(r"\d")


def _year_of_next_level(sentence: str, at: int, length: int) -> tuple[int, ...]:
    """The year of the level a change reached, for the level it left: "dari 12,1% menjadi 7% di
    tahun 2018" -> (2018,) for 12,1%."""
    m = re.match(r"[^\d]{0,40}?\b(?:menjadi|jadi|ke)\s+(?:level\s+|angka\s+)?(\d[\d.,]*\s*(?:%|persen)?)",
                 sentence[at + length:])
    return _years_of_figure(sentence, m.group(1)) if m else ()


def _attached_year_fits(frame: QuestionFrame, years: tuple[int, ...]) -> bool:
    """A figure's own year (or span) against the question's: a span asked takes its own span or a
    year inside it; a year asked takes that year or a span holding it."""
    if frame.year_span:
        lo, hi = frame.year_span
        return years == frame.year_span if len(years) == 2 else lo <= years[0] <= hi
    if len(years) == 2:
        return any(years[0] <= y <= years[1] for y in frame.years)
    return years[0] in frame.years


# "berapa personel yang disiapkan untuk pengamanan laga …, 5 September": what was readied for the day
# is reported in the days before it
_PREPARED_ASKED_RE = re.compile(r"\b(?:disiapkan|dipersiapkan|disiagakan|disediakan|akan dikerahkan|akan diterjunkan"
                                r"|dikirim|dikirimkan|mengirim|mengirimkan|diberangkatkan)\b", re.I)   # a team sent: known before
# forces deployed to guard a day's event ("dikerahkan TNI untuk mengamankan pelantikan"): known before it
# when the report names the event guarded
_GUARD_ASKED_RE = re.compile(r"\b(?:dikerahkan|diterjunkan|disiagakan|disiapkan|dipersiapkan)\s+(?:\w+\s+){0,3}?"
                             r"untuk\s+(?:mengamankan|menjaga|mengawal)\s+(\w+)", re.I)
PREPARED_REACH = 7   # days before the asked day
# a day asked as when a rule or a plan starts: reports before it announce it
_DAY_TO_COME_ASKED_RE = re.compile(rf"\b(?:mulai|berlaku|dipercepat\s+(?:ke|menjadi)|diundur\s+(?:ke|menjadi)"
                                   rf"|akan\s+\w+(?:\s+\w+){{0,4}}?\s+pada)\s+(?:tanggal\s+)?\d{{1,2}}\s+(?:{MONTH_RE})\b", re.I)


def _guarded_named(question: str, sentence: str, title: str | None) -> bool:
    """Forces asked as deployed to guard an event, and the sentence or its title names that event
    ("Amankan Pelantikan MPR-DPR, TNI Kerahkan 6.000 Personel")."""
    guard = _GUARD_ASKED_RE.search(question)
    if guard is None:
        return False
    event = guard.group(1).lower()
    return event in _lower_word_set(sentence) or event in _lower_word_set(title or "")


def time_fits(frame: QuestionFrame, sentence: str, article_title: str | None, published: str | None,
              when: list[str] | None = None, figure_text: str | None = None) -> bool:
    """The question's time holds for a figure: its day, month and year, each read from the
    sentence, else the article's title, as :func:`context_fits` reads places.

    - A day asked ("kecelakaan kedua … pada 10 September 2019"): nothing from an article published
      before it (it cannot report it), and no sentence stating other days only ("Senin (2/9)",
      "2 September lalu": the first crash on the same road); when neither the sentence nor the
      title states a day, the dates of the nearest earlier sentence stating one (``when``, kept
      with the figure at ingest: a report's lead dates its story); when none states a day, nothing
      from an article written more than three days after it (it tells of its own day).
    - A month asked ("suku bunga BI pada September 2019", "inflasi Agustus 2019"): no sentence
      naming other months only ("menurunkan suku bunga menjadi 5,5% pada Agustus lalu").
    - A year asked: a figure whose text names that year, or names none in an article published by
      the end of the next year: a 2025 article's figure is that year's, unless its sentence says
      2019. An article published the year before may announce it ("cukai naik pada 2020"); one
      published earlier cannot report it. A year written right at the figure ("12,1% pada 2016")
      is the figure's own and decides for it (``figure_text``).
    - A sentence opening with an earlier time ("Seminggu yang lalu, gerilyawan Taliban membunuh 22
      orang …") tells an earlier story, unless the question asks one ("pekan lalu", the year before)."""
    lead = _EARLIER_LEAD_RE.match(sentence)
    if lead and not _EARLIER_ASKED_RE.search(frame.question_text) and not (
            (lead.group(1) or lead.group(2)) and published and published[:4].isdigit() and int(published[:4]) - 1 in frame.years):
        return False
    if frame.since and _other_start(frame.question_text, sentence, published):
        return False   # "sejak Oktober 2023" asked: "hampir 100 warga … sejak gencatan senjata … 10 Oktober" began later
    if frame.dates and not frame.since and figure_text and _since_in_clause(sentence, figure_text):
        return False   # "52 warga sipil telah terbunuh sejak Selasa": a running total, not the asked day's
    if frame.dates and figure_text and _AVERAGE_SAID_RE.search(sentence) and not _AVERAGE_SAID_RE.search(frame.question_text) \
            and _average_of_figure(sentence, figure_text):
        return False   # "rata-rata penumpang 840 ribu per hari": no one day's count
    if len(frame.dates) == 2 and frame.dates[0][:7] != frame.dates[1][:7] and figure_text \
            and (_month_after_figure(sentence, figure_text) or _month_opening_clause(sentence, figure_text)):
        return False   # "6 Mei - 31 Agustus 2019" asked: "Pada Juli 2019, YIA melayani 27.585 penumpang" is one month's
    if frame.dates:
        asked_days = [d for d in (_iso_day(x) for x in frame.dates) if d]
        if published and published[:10] < frame.dates[0] and not (
                (_PREPARED_ASKED_RE.search(frame.question_text) or _guarded_named(frame.question_text, sentence, article_title))
                and published[:10] >= (dt.date.fromisoformat(frame.dates[0]) - dt.timedelta(days=PREPARED_REACH)).isoformat()) \
                and not _names_day_to_come(sentence, published, asked_days) \
                and not _headline_opens_on_day(article_title, published, asked_days) \
                and not (_TO_COME_SAID_RE.search(sentence) and any(
                    _names_day_to_come(text, published, asked_days) for text in (article_title or "", " ; ".join(when or [])))) \
                and not _DAY_TO_COME_ASKED_RE.search(frame.question_text):
            # a report of before the day cannot tell it, unless what was readied for it is asked, or the
            # day is one a rule or a plan starts on ("larangan ekspor nikel mulai 1 Januari 2020")
            return False
        if figure_text and (own_day := _day_after_figure(sentence, figure_text, published)) \
                and not any(abs((d - a).days) <= DAY_SLACK for d in own_day for a in asked_days):
            return False   # "gempa kuat sebelumnya … magnitudo M 7,2 pada 14 Juli 2019 lalu": another day's
        if _said_on(sentence, published) & set(asked_days):
            return True   # "… sekitar 3.500 orang," jelas Bimo, …, Senin (4/8/2025)": said on the asked day
        compared = _compared_day_of_figure(sentence, figure_text, published) if figure_text else None
        if compared is not None:   # "… dibandingkan dengan harga Selasa sebesar Rp 753 ribu": Tuesday's price
            return bool(compared & set(asked_days))   # (the day before is named to tell it apart: no slack)
        # a price quoted day by day holds on its own day: no night's slack ("Kamis (19/9)" is not Wednesday's)
        daily = daily_price_asked(frame) or market_close_asked(frame.question_text)
        slack = 0 if daily else DAY_SLACK
        # a running total ("Sejak Oktober 2023, serangan Israel telah menewaskan …") holds on the day it
        # is reported, not on the day its lead tells ("gencatan senjata … 10 Oktober")
        dated_by_lead = not _SINCE_TIME_RE.search(sentence)
        for k, text in enumerate((sentence, article_title or "", " ; ".join(when or []) if dated_by_lead else "")):
            # "… sejak gencatan senjata berlaku pada 10 Oktober": the day a total began, not its day
            named = _days_named(_SINCE_TIME_RE.sub(" ", text), published,
                                coming=bool(published) and published[:10] < frame.dates[-1])
            if not named and k == 0 and not daily and figure_text and (at := figure_at(sentence, figure_text)) > 0 \
                    and (months := _months_named(_SINCE_TIME_RE.sub(" ", sentence[:at]), published)) \
                    and not months & ({int(d[5:7]) for d in frame.dates} | set(frame.months)
                                      | _months_named(frame.question_text)):
                # "Selama pertemuan investor pada bulan Mei, lebih dari 7.600 karyawan …" for a day of
                # September: a month said before the figure, and no day, is the figure's time
                return False
            if named:
                if daily and k and _PREVIOUS_PRICE_RE.match(sentence):
                    # "Sebelumnya, emas Antam dibanderol Rp758.000 per gram" under the day's story:
                    # the day before the one the story tells
                    named = {d - dt.timedelta(days=1) for d in named}
                # a day written out in the figure's own sentence ("22 Juni : 27.561 penumpang") is its day
                own = 0 if k == 0 and _DAY_MONTH_RE.search(text) else slack
                if not any(abs((d - a).days) <= own for d in named for a in asked_days):
                    if k == 2 and not daily and _reported_on(published, asked_days):
                        break   # a day carried from another sentence; the report of the asked day tells its own news
                    if k == 2 and not daily and _toll_told_later(frame, named, asked_days, published):
                        break
                    if k == 2 and not daily and _stage_told_later(frame, published, asked_days):
                        break
                    return False
                break
        else:   # no day stated: a report written days later tells its own day's news
            from .periods import names_asked_day   # periods reads number words from claims, which imports this module
            if figure_text and names_asked_day(frame.question_text, {"text": figure_text}, sentence):
                return True   # "… pada hari ketiga penerapan …": the asked day of the stretch
            day = _iso_day(published[:10]) if published else None
            # a price quoted day by day ("harga emas Antam … pada Rabu 18 September") is the day's
            # the report is written on, not one of the days before
            reach = slack if daily else UNDATED_REACH
            if day and asked_days and all((day - a).days > reach for a in asked_days) \
                    and not _stage_retold(frame, sentence):
                return False
    elif frame.months:
        if len(frame.months) == 1 and _MONTH_SPAN_RE.search(sentence) and not _MONTH_SPAN_RE.search(frame.question_text) \
                and figure_text and not ("%" in figure_text or "persen" in figure_text.lower()):
            return False   # "Januari-Agustus 2019": a running total, not August's (a change over it may be asked)
        if len(frame.months) == 1 and _YEAR_TO_DATE_RE.search(sentence) and not _YEAR_TO_DATE_RE.search(frame.question_text) \
                and not _MONTH_SPAN_RE.search(frame.question_text) and not _MONTH_BOUND_RE.search(frame.question_text):
            return False   # "Sepanjang tahun 2019, Honda telah membukukan penjualan retail 97.367 unit": the year so far
        own_month = _month_after_figure(sentence, figure_text) or _month_opening_clause(sentence, figure_text)
        if own_month is not None and own_month not in frame.months:
            return False   # "mencapai 4,28 persen, naik dari 4,14 persen pada September 2024": September's
        # "sampai akhir Februari 2018, sudah berapa sketsa …", "HET … mulai April 2017": a state up
        # to or from the month, in an article of that month; the lead's date of the attack or a
        # headline's "hingga Juli" is another time of the story, not the figure's: its own sentence decides
        bounded = bool(_MONTH_BOUND_RE.search(frame.question_text)) and bool(published) and bool(frame.years) \
            and (published or "")[:7] == f"{max(frame.years or [0])}-{max(frame.months):02d}"
        # a stretch of months asked ("BSU Juni-Juli 2025") is a period told of later: only a month
        # written names another time, not the day a report says it is ("kemarin")
        stretch = len(frame.months) > 1 and bool(_MONTH_SPAN_RE.search(frame.question_text))
        if stretch and figure_text and (at := figure_at(sentence, figure_text)) > 0 \
                and _ONE_MONTH_RE.search(sentence, 0, at) and not _MONTH_SPAN_RE.search(sentence) \
                and not _YEAR_TO_DATE_RE.search(sentence):
            return False   # "Januari hingga Mei 2025" asked: "di bulan Mei 2025 … laba Rp 4,46 triliun" is May's alone
        texts = (sentence,) if bounded else (sentence, article_title or "") if stretch else \
            (sentence, article_title or "", " ; ".join(when or []))
        for k, text in enumerate(texts):
            named = _months_named(text, published)
            if not named and not stretch and (named := _relative_months(text, published)) \
                    and _just_after_month_end(frame, published):
                named = named | set(frame.months)   # "akhir September" asked: "kini … tersisa 12 unit" on 1 October
            if named:
                if not named & set(frame.months) and not (k == 2 and (_reported_just_after(frame, published) or any(
                        _reported_just_after(frame, d.isoformat()) for d in _days_named(text, published)))):
                    # (the lead's date of a report in the first days after the asked month is the
                    # day it was written: "Sabtu (3/2)" tells of January's transfer, published on the 4th)
                    return False
                break
        else:
            # naming no month: an article written before the asked month began cannot report it
            # (a forecast asked aside: "deflasi September yang diperkirakan BI", written in August)
            if not frame.forecast and frame.years and published and published[:7] < \
                    f"{min(frame.years)}-{min(frame.months):02d}" and len(frame.years) == 1:
                return False
    if not published_when_reported(frame.reported, published):
        return False   # "(Agustus 2017)": the report of that month, whatever years its sentence names
    if not frame.years:
        # "Pada 2004, lebih dari 140 orang tewas dalam serangkaian pengeboman di Karbala": a story
        # of years before the article's is background, not the one asked about
        m = _BACKGROUND_YEAR_RE.match(sentence)
        return not (m and published and published[:4].isdigit() and int(m.group(1)) <= int(published[:4]) - 2)
    if frame.year_span and figure_text and (at := figure_at(sentence, figure_text)) > 0 \
            and not _YEAR_AFTER_RE.match(sentence, at + len(figure_text)):   # "Rp 11,8 miliar pada 2016-2018": read below
        # the span said since the figure before: "… Rp 14,7 miliar … selama 2014-2018, dan dalam kurun
        # waktu 2016-2018 Imam diduga meminta uang sejumlah Rp 11,8 miliar" (11,8 is 2016-2018's)
        prev = [m.end() for m in _FIGURE_NUMBER_RE.finditer(sentence, 0, at)]
        own = [(int(a), int(b)) for a, b in _YEAR_SPAN_RE.findall(sentence, prev[-1] if prev else 0, at)]
        if own and own[-1] != frame.year_span:
            return False
    if frame.year_span:   # "pada 2014-2018" asked: a sentence stating only other spans is of another period
        spans = {(int(a), int(b)) for a, b in _YEAR_SPAN_RE.findall(sentence)}
        if spans and frame.year_span not in spans:
            return False
    own = (_same_period_year(sentence, figure_text, published) or _years_of_figure(sentence, figure_text)
           or _relative_year_of_figure(sentence, figure_text, published))
    if own:   # a figure with its own year: the other years of its sentence are other figures'
        return _attached_year_fits(frame, own)
    at = figure_at(sentence, figure_text) if figure_text else -1
    if at >= 0 and _figure_role(sentence, at) == "from":
        reached = _year_of_next_level(sentence, at, len(figure_text))
        if reached and _attached_year_fits(frame, reached):
            return False   # "dari 12,1% menjadi 7% di tahun 2018": 12,1% is the level before 2018
    year = published[:4] if published else ""
    if year.isdigit() and int(year) < min(frame.years) - 1 and not frame.forecast:
        return False   # "Golkar incar 130 kursi di Pileg 2019", written in 2017: a hope, not the result
    # a body figure whose lead dates it on the asked day ("… Selasa (10/9/2019)" before "Dalam pertemuan
    # ini hadir 61 tokoh Papua"): its headline's other year ("… Dibangun di Papua Mulai Tahun Depan")
    # is another story's
    title_read = article_title or ""
    if frame.dates and when and sentence != article_title and published and _lead_dates_asked_day(frame, when, published):
        title_read = ""
    for text in (_before_motive(before_comparison(sentence, figure_text), figure_text), title_read,
                 # (a body figure's: only the year a lead before it opened with, "Pada 2017, …")
                 " ; ".join(when or []) if sentence == article_title or (
                     when and all(w.isdigit() for w in when) and not _reports_asked_day(frame, published)) else ""):
        # (a headline's figure: the years its lead and its restatement in the body say, claims.py)
        # a date a sentence was said on before the asked year ("…, Rabu (18/9/2019)") may announce
        # that year's figure (a budget for 2020): it is no year of the figure
        if frame.since:   # a running total asked: "Sejak Oktober 2023, …" says when it began, not its year
            text = _SINCE_TIME_RE.sub(" ", text)
        said_on = {int(y) for y in _SAID_ON_RE.findall(text)}
        # a thing labelled by its year ("pengadaan 2018", "LHKPN periodik 2024") is told of later:
        # the day a report says it was said on is no year of it
        told_later = labelled_years(frame.question_text) >= set(frame.years)
        named = ({int(y) for y in _YEAR_IN_TEXT_RE.findall(_LAW_YEAR_RE.sub(" ", _BASE_YEAR_RE.sub(" ", _SAID_ON_RE.sub(
                      " ", _TENURE_YEARS_RE.sub(" ", text)))))}
                 | ({y for y in said_on if y >= min(frame.years)} if not told_later else set())
                 | _relative_years(text, published))
        if told_later:
            named -= {int(y) for y in _SAID_DAY_RE.findall(text)}
        if year.isdigit():   # (a year the project is due in, after the page was written: _PLANNED_YEAR_RE)
            named -= {y for y in planned_years(text) if y > int(year)}
        if named & set(frame.years):
            return True
        # "KPU Minta Tambahan Jumlah TPS untuk Pemilu 2019", written in July 2017: the year names the
        # event, not when the figure holds; other years decide
        events_named = _event_name_years(text)
        if named - events_named:
            return False
        if events_named and _event_name_years(frame.question_text) and not events_named & _event_name_years(frame.question_text):
            return False   # "hasil Pemilu 2019" asked: "pemilu tahun 2014 lalu, keterwakilan perempuan … 17,19 persen"
        if events_named and figure_text and not events_named & set(frame.years) \
                and _event_kinds(_figure_clause(text, figure_text)) & _event_kinds(frame.question_text, named=False):
            return False   # "dalam pemilu parlemen Belanda Maret 2017" asked: "41 kursi yang dia dapatkan saat pemilu 2012"
    # a later year's article reports its own year; one written over a year before cannot report it;
    # but a later story dated by its lead in the asked year tells of that year ("Senin, 6 Desember
    # 2015 … 18 orang penumpang MetroMini tewas" retold in 2017)
    if when and frame.years and {int(y) for w in when for y in _YEAR_IN_TEXT_RE.findall(w)} & set(frame.years):
        return True
    if frame.year_span and year.isdigit():
        return int(year) >= frame.year_span[0] - 1   # "kasus dana hibah … 2019-2022": told years after
    return not (year.isdigit() and not min(frame.years) - 1 <= int(year) <= max(frame.years) + 1)


def _other_start(question: str, sentence: str, published: str | None) -> bool:
    """Whether a sentence's running total began at another time than the one a question asks: the
    year (and the month, when both say one) of their "sejak …" phrases differ."""
    asked, said = _since_start(question, None), _since_start(sentence, published)
    if asked is None or said is None or asked[0] is None or said[0] is None:
        return False
    return asked[0] != said[0] or (asked[1] is not None and said[1] is not None and asked[1] != said[1])


def _since_start(text: str, published: str | None) -> tuple[int | None, int | None] | None:
    """(year, month) a text's first "sejak …" phrase names; a month without a year is of the
    article's year. None when the text says no such start."""
    m = _SINCE_TIME_RE.search(text)
    if m is None:
        return None
    phrase = m.group()
    year = re.search(r"\b((?:19|20)\d\d)\b", phrase)
    month = next((MONTHS[t.lower()] for t in WORD_RE.findall(phrase) if t.lower() in MONTHS), None)
    if year:
        return int(year.group(1)), month
    return (int(published[:4]) if published and published[:4].isdigit() else None), month


@lru_cache(maxsize=4096)
def _event_name_years(text: str) -> frozenset[int]:
    """Years a text writes as part of an event's name ("Pemilu 2019", "Piala Dunia 2022", "Asian
    Games 2018", "Liga 1 2017", "Pilkada serentak 2018", "pemilu tahun 2014": up to two words of
    any case between): they name the event, not when a figure holds."""
    return frozenset(int(m.group(1)) for m in _event_year_re().finditer(text))


def _figure_clause(sentence: str, figure_text: str) -> str:
    """The figure's clause, from the clause mark before it to the one after it."""
    at = figure_at(sentence, figure_text)
    if at < 0:
        return ""
    ends = [e for e in (sentence.find(m, at + len(figure_text)) for m in (", ", "; ", " ,")) if e >= 0]
    return sentence[_clause_start(sentence, at):min(ends, default=len(sentence))]


def _event_kinds(text: str, named: bool = True) -> frozenset[str]:
    """The event words a text names with a year ("pemilu 2012": pemilu), or, `named=False`, at all."""
    if named:
        return frozenset(m.group(0).split()[0].lower() for m in _event_year_re().finditer(text))
    words = lexicon().words["named_event_words"]
    low = text.lower()
    return frozenset(w.split()[0] for w in words if re.search(rf"\b{re.escape(w)}\b", low))


@lru_cache(maxsize=1)
def _event_year_re() -> re.Pattern[str]:
    words = "|".join(sorted(lexicon().words["named_event_words"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})(?:\s+(?:[A-Z][\w-]*|\d{{1,2}})){{0,2}}\s+((?:19|20)\d\d)\b", re.I)


# (", turun 6,4 persen dari pemilihan umum 2014": a change after the figure, from another time)
_COMPARED_RE = re.compile(r"\b(?:dibandingkan|dibanding|ketimbang|daripada)\b|(?:,|\batau\b)\s*(?=(?:turun|naik|meningkat|menurun|"
                          r"melonjak|anjlok|merosot|bertambah|berkurang)\s+(?:[^,.;]|(?<=\d)[,.](?=\d)){0,40}?\bdari\b)"
                          # "800 ribu barel per hari atau lebih rendah dari APBN-P 2017": the other is 2017's
                          r"|\b(?:atau\s+)?lebih\s+(?:rendah|tinggi|besar|kecil|banyak|sedikit|murah|mahal)\s+(?=dari\b)", re.I)


# "menangkap 1.000 pendukung Gulen terkait kudeta gagal tahun lalu": what the figure is about
_MOTIVE_RE = re.compile(r"\b(?:terkait|berkaitan\s+dengan|sehubungan\s+dengan)\s", re.I)


def _before_motive(sentence: str, figure_text: str | None) -> str:
    """The sentence up to a link to an earlier matter after the figure: the coup of "menangkap
    lebih dari 1.000 pendukung … terkait kudeta gagal tahun lalu" is last year's, the arrests are
    not."""
    return _up_to_after_figure(sentence, figure_text, _MOTIVE_RE)


def _up_to_after_figure(sentence: str, figure_text: str | None, mark: re.Pattern[str]) -> str:
    """The sentence up to the first `mark` after the figure (all of it when none follows)."""
    at = figure_at(sentence, figure_text) if figure_text else -1
    if at < 0:
        return sentence
    m = mark.search(sentence, at + len(figure_text or ""))
    return sentence[:m.start()] if m else sentence


def before_comparison(sentence: str, figure_text: str | None) -> str:
    """The sentence up to a comparison after the figure: "… 32.408.738 orang atau naik dibandingkan
    jumlah pemilih pada Pemilihan Presiden 2014 …" dates the figure compared with, not this one."""
    return _up_to_after_figure(sentence, figure_text, _COMPARED_RE)


_FIGURE_NUMBER_RE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s+(?:miliar|triliun|juta|ribu)?")   # not a year
# an old year written right after a name is the name's ("AJB Bumiputera 1912", "Persebaya 1927"),
# not when a figure holds; a month's is a date ("17 Agustus 1945")
_NAME_YEAR_RE = re.compile(r"\b([A-Z][\w.-]*)\s+((?:1[5-8]\d|19[0-8])\d)\b")


def _without_name_years(text: str) -> str:
    return _NAME_YEAR_RE.sub(lambda m: m.group(0) if m.group(1).lower() in MONTHS else m.group(1), text)


# the year of a tournament whose qualifiers are asked ("Kualifikasi Piala Dunia 2022", played in
# 2019): a name, not when the figure holds
_QUALIFIER_YEAR_RE = re.compile(r"\b(?:kualifikasi|pra-?kualifikasi|pra)\s+(?:[\w-]+\s+){0,3}(?:19|20)\d\d\b", re.I)
# the year a measure is priced or based in ("garis kemiskinan US$ 2,15 PPP di 2017", "harga konstan
# 2010", "tahun dasar 2018=100"): how it is measured, not when the figure holds
_PREVIOUS_PRICE_RE = re.compile(r"\s*(?:sebelumnya|kemarin|sehari sebelumnya)\b", re.I)
# (a month a report came out, "seperti diberitakan September 2019", bounds it the same way: the
# report's own month, not the months its sentences tell of)
_MONTH_BOUND_RE = re.compile(rf"\b(?:sampai|hingga|mulai|per|(?:diberitakan|dilaporkan|diwartakan)(?:\s+pada)?)\s+"
                             rf"(?:(?:akhir|awal|pertengahan)\s+)?(?:bulan\s+)?(?:{MONTH_RE})\b", re.I)
# a regulation's number and year ("Undang-Undang Nomor 7 Tahun 2004", "UU No. 11 Tahun 2008",
# "Perpres 64/2020"): names the rule, not when a figure holds
_LAW_YEAR_RE = re.compile(r"\b(?:Nomor|No\.?)\s*\d+[A-Z]?\s+Tahun\s+(?:19|20)\d\d\b"
                          r"|\b(?:UU|PP|Perpres|Permen\w*|Perda|Pergub|Perwali|Perbup|Keppres|Inpres|Perppu|PMK|POJK|PBI)"
                          r"\s+(?:No\.?\s*)?\d+\s*/\s*(?:19|20)\d\d\b", re.I)
_BASE_YEAR_RE = re.compile(r"\b(?:PPP|paritas daya beli|harga konstan|tahun dasar)\s+(?:(?:di|tahun|pada)\s+){0,2}(?:19|20)\d\d\b"
                           # a record's reach ("perolehan terburuk sejak tahun 1940", "juara paling muda sejak
                           # Svetlana Kuznetsova … pada 2004"): not when the figure holds
                           r"|\b(?:ter[a-z]+|paling\s+[a-z]+)\s+sejak\s+(?:[^,.;\d]{0,60}?\s)?(?:(?:tahun|era|pada)\s+)?(?:19|20)\d\d\b", re.I)
# a post's term after its name ("Bendahara Umum DPP Partai Golkar 2014-2016 ini menjelaskan"): whose
# words, not when a figure holds (capitalised, as written)
_TENURE_YEARS_RE = re.compile(r"\b[A-Z][\w.]*\s+(?:periode\s+)?(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b")
_SAID_ON_RE = re.compile(r"\(\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*((?:19|20)\d{2})\s*\)")   # "(18/9/2019)"
# the day a statement was made, after it: "…," katanya …, Kamis, 19 September 2019.
_SAID_DAY_RE = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\s*,?\s*\(?\d{{1,2}}\s+(?:{MONTH_RE})\s+((?:19|20)\d\d)\b", re.I)
# a year right after a word that names a thing ("pengadaan 2018", "LHKPN periodik 2024"), not after a
# word of time ("pada 2018", "Oktober 2025", "triwulan III 2025")
_LABEL_YEAR_RE = re.compile(r"\b([^\W\d_][\w-]*)\s+\(?((?:19|20)\d\d)\b")
_TIME_BEFORE_YEAR = frozenset({"pada", "tahun", "di", "hingga", "sampai", "sejak", "per", "selama", "sepanjang", "awal",
                               "akhir", "pertengahan", "medio", "dan", "atau", "dari", "ke", "antara", "dalam", "mulai",
                               "musim", "periode", "jelang", "menjelang", "usai", "hari", "pekan", "minggu"})


@lru_cache(maxsize=256)
def labelled_years(question: str) -> frozenset[int]:
    """Years a question gives as a thing's label ("dalam kasus pengadaan 2018", "LHKPN periodik 2024")."""
    out = set()
    for m in _LABEL_YEAR_RE.finditer(question):
        word = m.group(1).lower()
        if word in _TIME_BEFORE_YEAR or word in MONTHS or re.fullmatch(r"[ivx]+", word):
            continue
        out.add(int(m.group(2)))
    return frozenset(out)


# a year something is due to be finished or opened ("Dipastikan Rampung Juli 2020", "ditargetkan
# beroperasi pada 2021"): when it is planned, not when a figure told before then holds
_DUE_YEAR = (rf"(?:rampung|selesai|beroperasi|dioperasikan|diresmikan|dibuka)\s+"
             rf"(?:(?:pada|tahun|akhir|awal|pertengahan|bulan|sekitar)\s+){{0,3}}(?:(?:{MONTH_RE})\s+)?((?:19|20)\d\d)\b")
# or a year a goal is set for ("Amazon akan bebas karbon pada 2040", "ditargetkan … pada 2030"),
# up to a clause mark: the goal's year, not when a figure said beside it holds
_PLANNED_YEAR_RE = re.compile(rf"\b{_DUE_YEAR}|\b(?:akan|bakal|ditargetkan|menargetkan|berencana|bertekad)\s+"
                              rf"[^.;,]{{0,60}}?\b(?:pada|hingga|sampai|sebelum)\s+(?:tahun\s+)?((?:19|20)\d\d)\b", re.I)
# when a term agreed ends ("kontrak berdurasi lima setengah tahun atau hingga 2023", "berlaku sampai
# 2025"): a year to come that is not when the figure holds
_TERM_END_YEAR_RE = re.compile(r"\b(?:kontrak|berlaku|masa\s+jabatan|jabatannya|perjanjian)\b[^.;]{0,50}?"
                               r"\b(?:hingga|sampai|s/d)\s+(?:(?:dengan|tahun|akhir|musim)\s+){0,2}((?:19|20)\d\d)\b"
                               # what money got is used for until then: "akan dimanfaatkan untuk … investasi … hingga 2023"
                               r"|\b(?:dimanfaatkan|digunakan|dipakai)\s+untuk\b[^.;]{0,120}?"
                               r"\b(?:hingga|sampai)\s+(?:tahun\s+)?((?:19|20)\d\d)\b", re.I)
# the same in the question's relative clause: "kereta cepat yang ditargetkan beroperasi 2021"
def planned_years(text: str) -> set[int]:
    """Years a text names as due, aimed at or ending a term ("rampung 2020", "akan bebas karbon pada
    2040", "kontrak … hingga 2023"): years to come, not when a figure beside them holds."""
    return {int(a or b) for a, b in _PLANNED_YEAR_RE.findall(text) + _TERM_END_YEAR_RE.findall(text)}


_ASKED_PLANNED_RE = re.compile(rf"\b(?:yang|dan)\s+(?:(?:ditargetkan|direncanakan|dijadwalkan|akan|bakal|mulai)\s+)?{_DUE_YEAR}", re.I)


@lru_cache(maxsize=1)
def _several_events_re() -> re.Pattern[str]:
    w = lexicon().words
    counts = "|".join(sorted(w["several_words"]))
    nouns = "|".join(sorted(w["incident_nouns"]))
    return re.compile(rf"\b(?:{counts}|[2-9]|\d\d+)\s+(?:{nouns})\b", re.I)


@lru_cache(maxsize=1)
def _incident_nouns_ascii() -> tuple[str, ...] | None:
    """The incident nouns lower-cased, for _several_events' quick test (None: a noun is not ASCII)."""
    nouns = tuple(sorted(n.lower() for n in lexicon().words["incident_nouns"]))
    return nouns if all(n.isascii() and n.replace(" ", "").isalpha() for n in nouns) else None


def _asks_whole_stretch(question: str) -> bool:
    from .periods import asked_stretch  # periods reads number words from claims, which imports this module
    return asked_stretch(question)[1]


def _several_events(text: str) -> bool:
    """The text counts several incidents at once ("dua serangan", "tiga ledakan", "serangkaian bom")."""
    if not text:
        return False
    # the regex (re.I) costs ~0.2 ms a sentence and runs for every figure a question weighs; on
    # ASCII text it matches case-insensitively ASCII only, so a text holding no incident noun in
    # lower case cannot match: the same answer from a few substring tests
    nouns = _incident_nouns_ascii()
    if nouns is not None and text.isascii():
        low = text.lower()
        if not any(n in low for n in nouns):
            return False
    return _several_events_re().search(text) is not None


_CAPITAL_RUN_RE = re.compile(r"(?<![\w-])[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")


@lru_cache(maxsize=256)
def _sites_before_places(question: str, known: Callable[[str], bool]) -> frozenset[str]:
    """The last word of a name the question writes right before its place, in one run of capitals
    or before a comma ("Bandara YIA Kulon Progo", "Pondok Pesantren Al Khoziny, Buduran"), lower
    case without hyphens: a site of that place ("yia", "khoziny")."""
    sites = set()
    for m in _CAPITAL_RUN_RE.finditer(question):
        words = m.group().split()
        named: list[str] = []   # the run's words before its place, if it holds or precedes one
        for k in range(len(words) - 1, 0, -1):   # where the place begins: the last split that holds one
            if located_places(" ".join(words[k:])) and not located_places(" ".join(words[:k])):
                named = words[:k]
                break
        if not named and not located_places(m.group()):
            end = m.end()
            for _ in range(2):   # "Al Khoziny, Buduran, Sidoarjo": a place among the next two after commas
                nxt = _CAPITAL_RUN_RE.match(question, end + 2) if question[end:end + 2] == ", " else None
                if nxt is None:
                    break
                if located_places(nxt.group()):
                    named = words
                    break
                end = nxt.end()
        if m.start() == 0:
            continue
        for word in named[::-1][:3]:   # the nearest word of its own: "YIA", "Khoziny" (not "Bandara")
            site = re.sub(r"[\W_]", "", word).lower()
            if len(site) >= 3 and site not in lexicon().stopwords and not known(site):
                sites.add(site)
                break
    return frozenset(sites)


def _site_named(question: str, sentence: str, known: Callable[[str], bool]) -> bool:
    """The sentence names a site the question places ("progres pembangunan YIA … 82 persen" for
    "Bandara YIA Kulon Progo"): it is where the question asks, whatever the sentences before it name."""
    sites = _sites_before_places(question, known)
    if not sites:
        return False
    said = {re.sub(r"[\W_]", "", m.group()).lower() for m in _CAPITAL_RUN_RE.finditer(sentence)}
    return any(run.endswith(site) for site in sites for run in said)


_NATIONALITY_RE = re.compile(r"\b(?i:warga\s+negara|berkewarganegaraan|kewarganegaraan)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")


@lru_cache(maxsize=1)
def _media_re() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The names of several words (claims.media_names) as one pattern, and their last words: a
    sentence holding none of those is read as it is (most sentences: no pattern run)."""
    from .claims import media_names   # claims imports this module
    names = sorted((n for n in media_names() if " " in n), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names), re.I), tuple({n.split()[-1] for n in names})


def _media_masked(sentence: str) -> str:
    """The sentence without the names of news organisations, whose place words ("laporan di The New
    York Times") say no place."""
    pattern, last_words = _media_re()
    low = sentence.lower()
    return pattern.sub(" ", sentence) if any(w in low for w in last_words) else sentence


# "di luar Pulau Jawa, Madura, dan Bali": the places after "luar" are where the figure is not
# (opening the sentence, it sets the whole statement there; later it may tell where someone came
# from: "835 pelajar … yang belajar di luar Papua … eksodus ke Papua")
_OUTSIDE_RE = re.compile(r"\W*(?:[Ss]ementara\s+(?:itu\s*,?\s*)?|[Ss]edangkan\s+|[Aa]dapun\s+)?[Dd]i\s+luar\s+"
                         r"((?:(?:[Pp]ulau|dan|serta|[A-Z][\w-]*)(?:\s*,\s*|\s+)?)+)")


def _outside_asked(sentence: str, asked: Sequence[str]) -> bool:
    """A sentence opening "Di luar Pulau Jawa, Madura, dan Bali, …" names the asked places only as
    where its figures are not."""
    m = _OUTSIDE_RE.match(sentence)
    if m is None:
        return False
    rest = sentence[m.end():]
    return bool(set(located_places(m.group(1))) & set(asked)) and not set(located_places(rest)) & set(asked)


def context_fits(frame: QuestionFrame, sentence: str, article_title: str | None,
                 context_places: list[str] | None = None) -> bool:
    """Does the sentence hold in the question's place and event?

    The sentence decides when it names the question's place (or a place inside it) or names
    another place that conflicts with it (:func:`_conflict`): in, or out. When it names neither
    (no place, or only a wider one such as the province of the question's city), its article's
    title decides the same way, then the places of the nearest earlier sentence that names one
    (`context_places`, kept with the figure at ingest: where the story is at that point, as in a
    press release that names its office first); naming none keeps the sentence.
    Events the same (sentence, then title): a sentence naming another event of the same kind (a
    flood for a quake question, DBD for ISPA) and not the question's is out."""
    if _inside_asked_country(frame, sentence):
        return False   # "penduduk miskin Indonesia": not "… paling sedikit berada di Kalimantan yaitu 0,89 juta orang"
    if frame.places and _outside_asked(sentence, frame.places):
        return False   # "Di luar Pulau Jawa, Madura, dan Bali masih terdapat 91 kabupaten/kota" for Java's
    if frame.places and not set(frame.places) <= _body_places(frame.question_text):
        # (a place named only as a regional body's, "diungkap Polda Jawa Timur", "ditolak Pengadilan
        # Militer Tinggi I Medan", is whose office acts, not where the figure holds: no place asked)
        # the asked owner is whose, not where: "jamaah haji Indonesia yang dirawat di Arab Saudi"
        owner = set(frame.entities) - set(frame.places)
        # (an owner's name may hold a country: "ekspor CPO Indonesia ke India" asks India as where)
        owner |= {w for o in owner for w in o.split("_") if w in lexicon().places}
        # ("menangkap 12 Warga Negara Indonesia" in Malaysia: a nationality says whose, not where)
        located = [p for p in located_places(_NATIONALITY_RE.sub(" ", _media_masked(sentence))) if p not in owner]
        verdict = _places_verdict(located, frame.places)
        if verdict and _NATIONAL_RE.search(frame.question_text) and not set(located) & set(frame.places):
            return False   # "tingkat kemiskinan nasional Indonesia": not "… di Jakarta … 4,28 persen"
        if verdict is None and _names_asked_place(sentence, frame.places):
            verdict = True   # "impor dari China turun 358,7 juta dollar AS": named, if not as where
        if verdict is None and article_title:
            verdict = _places_verdict([p for p in located_places(article_title) if p not in owner], frame.places)
            if verdict is None and _names_asked_place(article_title, frame.places):
                verdict = True   # "Bandara Hong Kong Kembali Digeruduk": the story's place, named
        if verdict is None and context_places and not _asked_as_destination(frame) \
                and not (frame.pipeline is not None and _site_named(frame.question_text, sentence, frame.pipeline.known_word)):
            verdict = _places_verdict([p for p in context_places if p not in owner], frame.places)
        if verdict is None and article_title and _wider_story(located_places(article_title), frame.places) \
                and not _title_names_typed(frame, article_title):
            # "BPS: Angka Kemiskinan RI …": a national story's figure is not Jakarta's; but "Asosiasi
            # Logistik Indonesia Dukung Proyek … Pelabuhan Marunda" tells of the asked port
            return False
        if verdict is False:
            return False
    if frame.typed:
        stem = frame.pipeline.stem if frame.pipeline is not None else None
        verdict = _typed_verdict(typed_places(sentence, caps=True, stem=stem), frame.typed)
        if verdict is None and any(k == "kota" for k, _ in frame.typed) and _elsewhere_named(frame, sentence):
            return False   # "kota Diwaniya" asked: "Tiga pengunjuk rasa tewas di Basra …", a city no gazetteer knows
        if verdict is None and article_title:
            verdict = _typed_verdict(typed_places(article_title, caps=True, stem=stem), frame.typed)
        if verdict is False:
            return False
    if _several_events(sentence) and not _several_events(frame.question_text) and \
            (frame.noun or "").lower() not in lexicon().words["incident_nouns"] \
            and not _asks_whole_stretch(frame.question_text):   # "berapa kejadian banjir", "… selama operasi": counts them
        return False   # "dua serangan … menewaskan 48 orang" counts two attacks, not the one asked
    if frame.named_events:   # "topan Hagibis": not a sentence about Topan Lingling
        verdict = _names_verdict(event_names(sentence, caps=True, pipeline=frame.pipeline), frame.named_events)
        if verdict is None and article_title:
            verdict = _names_verdict(event_names(article_title, caps=True, pipeline=frame.pipeline),
                                     frame.named_events)
        if verdict is False:
            return False
        if _says_event_name(sentence, frame.named_events):
            return True   # "pembangunan NYIA tahap pertama …": the asked airport by its name, whatever the title's event
    if frame.events:   # kind by kind: "Karena kecelakaan itu, 9 orang tewas" under "Kecelakaan Beruntun …"
        in_sentence = _event_keys([t.lower() for t in WORD_RE.findall(sentence)])
        in_title: list[str] | None = None
        kind_of = lexicon().event_kind
        spelled = _events_spelled_apart(frame.question_text, frame.events)
        for kind in dict.fromkeys(kind_of[e] for e in frame.events):
            asked = tuple(e for e in (*frame.events, *spelled) if kind_of[e] == kind)
            verdict = _events_verdict(in_sentence, asked)
            if verdict is None and article_title:
                if in_title is None:
                    in_title = _event_keys([t.lower() for t in WORD_RE.findall(article_title)])
                verdict = _events_verdict(in_title, asked)
            if verdict is False:
                return False
    return True
