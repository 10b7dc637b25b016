"""The answer phrase inside a claim: the name, date, place or figure a question asks for.

A question says what it already knows ("Siapa Menteri Luar Negeri Korea Selatan?"); the answer is
the phrase of the claim it does NOT say ("Ban Ki-Moon"). Rules propose typed candidates (runs of
capitalised words, figures with their counted noun, dates, places after di/ke/dari, short noun
phrases next to the question's words); a linear score per answer kind, fitted on FacQA train by
`python eval/span_eval.py --fit` and shipped in data/span_weights.tsv, picks one. Pure Python,
no model at run time: it runs only on the ~12 claims an answer shows.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from functools import lru_cache
from importlib import resources

from .text import _data_lines, figure_at

# words, numbers (10.000 1,5 3/8 14.32 1980-1988), single punctuation marks
_TOKEN_RE = re.compile(r"\d+(?:[.,/:\-–]\d+)*(?:[A-Za-z]+\b)?|[^\W\d_][\w]*(?:[-'’][\w]+)*|\w+|[^\w\s]")
_ROMAN_RE = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
_YEAR_RE = re.compile(r"^(?:1[5-9]\d\d|20\d\d)(?:[-–](?:1[5-9]\d\d|20\d\d|\d\d))?$")
_SLASH_DATE_RE = re.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$")
_TIME_RE = re.compile(r"^\d{1,2}[.:]\d\d$")


def _words(name: str) -> frozenset[str]:
    return frozenset(w for ln in _data_lines(name) for w in ln.split())


def _sections(name: str) -> dict[str, frozenset[str]]:
    """`section<TAB>words…` lines of a data file, words of one section joined."""
    out: dict[str, set[str]] = {}
    for ln in _data_lines(name):
        key, _, words = ln.partition("\t")
        out.setdefault(key.strip(), set()).update(words.split())
    return {k: frozenset(v) for k, v in out.items()}


_W = _sections("span_words.txt")
MONTHS = _W["month"]
DAYS = _W["day"]
TITLES = _W["title"]
PLACE_NOUNS = _W["place_noun"]
NUMBER_WORDS = _W["number_word"]
SCALES = _W["scale"]
QUALIFIERS = _W["qualifier"]
CONNECTORS = _W["name_connector"]
HEDGES = _W["hedge"]
ORIGIN = _W["origin"]
SPEECH = _W["speech_verb"]
INTRO = _W["intro"]
DATE_WORDS = _W["date_word"]
QUESTION_WORDS = _W["question_word"]
STOPWORDS = _words("stopwords.txt") | _W["function_word"]
JOINERS = frozenset({"dan", "untuk", "di", "dari", "atas", "of", "for", "and"})
CURRENCY = frozenset({"rp", "us$", "$", "usd", "rm", "sgd", "euro", "€"})
UNIT_LINKS = frozenset({"per", "di", "atas"})
PREPS_PLACE = frozenset({"di", "ke", "dari"})
PREPS_TIME = frozenset({"pada", "sejak", "hingga", "sampai", "tanggal", "tahun", "bulan", "mulai"})


@lru_cache(maxsize=1)
def _alias_words() -> dict[str, frozenset[str]]:
    """canonical term -> every word of its variants ("korea_utara" -> korut, korea, utara, …)."""
    out: dict[str, frozenset[str]] = {}
    for ln in _data_lines("aliases.txt"):
        canon, _, variants = ln.partition("=")
        words = {w for v in variants.split("|") for w in v.lower().split()}
        words.update(canon.strip().split("_"))
        out[canon.strip()] = frozenset(words)
    return out


_PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe", "ber", "ter",
             "di", "ke", "se")
_SUFFIXES = ("nya", "kan", "lah", "kah", "an", "i")


@lru_cache(maxsize=65536)
def _root(word: str) -> str:
    """A crude stem (one suffix, one prefix off) for matching a question's words in a claim;
    Sastrawi is too slow for every word of a shown claim and exactness is not needed here."""
    w = word
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 4:
            w = w[: -len(s)]
            break
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 4:
            w = w[len(p):]
            break
    return w


class _Tok:
    __slots__ = ("text", "low", "start", "end", "cap", "num", "word", "q", "stop")

    def __init__(self, m: re.Match[str]) -> None:
        self.text = t = m.group(0)
        self.start, self.end = m.span()
        self.low, self.num, self.word, self.cap, self.stop = _TOK_KINDS.get(t) or _tok_kind(t)
        self.q = False


# What a token's text alone decides (lower case, digit, letter, capitalised, stopword), by text:
# every claim an answer shows is tokenized, and news words repeat (most of a sentence's tokens
# were seen before). Bounded: emptied when full (only speed depends on what it holds).
_TOK_KINDS: dict[str, tuple[str, bool, bool, bool, bool]] = {}
TOK_KINDS_MAX = 20_000


def _tok_kind(t: str) -> tuple[str, bool, bool, bool, bool]:
    low = t.lower()
    c = t[0]
    word = c.isalpha()
    kind = (low, c.isdigit(), word, word and (c.isupper() or (not t.isalpha() and any(ch.isdigit() for ch in t))),
            low in STOPWORDS)
    if len(_TOK_KINDS) >= TOK_KINDS_MAX:
        _TOK_KINDS.clear()
    _TOK_KINDS[t] = kind
    return kind


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m) for m in _TOKEN_RE.finditer(text)]


class _Question:
    """What a question already says (its words) and what kind of phrase answers it."""

    __slots__ = ("words", "roots", "kind", "head", "nwords", "wh_left", "wh_right")

    def __init__(self, question: str, intent: str, query_words: list[str] | None) -> None:
        toks = [t.low for t in _tokens(question) if t.word or t.num]
        aliases = _alias_words()
        words = {t for t in toks if t not in QUESTION_WORDS and t not in STOPWORDS}
        for w in query_words or ():
            words.update(aliases.get(w, w.replace("_", " ").split()))
        words.discard("nama")
        self.words = frozenset(words)
        self.roots = frozenset(_root(w) for w in words)
        self.nwords = max(1, len(words))
        self.head = _head_noun(toks)
        # the words right next to the question word: the answer often has the same neighbours
        wh = next((k for k, t in enumerate(toks) if t in QUESTION_WORDS and t != "nama"), None)
        if wh is None:
            self.wh_left = self.wh_right = frozenset()
        else:
            self.wh_left = frozenset(t for t in toks[max(0, wh - 2):wh] if t in words)
            self.wh_right = frozenset(t for t in toks[wh + 1:wh + 4] if t in words)
        self.kind = _kind(toks, intent, self.head)


@lru_cache(maxsize=256)
def _question(question: str, intent: str, query_words: tuple[str, ...]) -> _Question:
    """One answer asks about ~12 claims with the same question: analyse it once."""
    return _Question(question, intent, list(query_words))


def _strip_kah(w: str) -> str:
    return w[:-3] if w.endswith("kah") and len(w) > 5 else w


def _head_noun(toks: list[str]) -> str | None:
    """The noun a question asks about: "negara manakah" -> negara, "apa nama turnamen" ->
    turnamen, "berapa orangkah" -> orang."""
    for i, t in enumerate(toks):
        if t in ("apa", "apakah", "mana", "manakah") and i > 0 and toks[i - 1] not in QUESTION_WORDS \
                and toks[i - 1] not in STOPWORDS and toks[i - 1] != "nama":
            return toks[i - 1]
        if t == "nama" and i + 1 < len(toks) and toks[i + 1] not in STOPWORDS:
            return toks[i + 1]
        if t.startswith("berapa") and i + 1 < len(toks) and toks[i + 1] not in STOPWORDS:
            return _strip_kah(toks[i + 1])
    return None


def _kind(toks: list[str], intent: str, head: str | None) -> str:
    joined = " ".join(toks)
    if re.search(r"\bke\s*-?\s*berapa|\bkeberapa|\burutan\b", joined):
        return "ordinal"
    if intent == "when" or re.search(r"\b(?:tanggal|tahun|bulan|hari|pukul|jam|abad)\s+(?:berapa|apa)", joined):
        return "date"
    if intent == "quantity":
        return "number"
    if intent == "who":
        return "person"
    if intent == "where" or (head in PLACE_NOUNS):
        return "place"
    return "name"


# ---------------------------------------------------------------------------------------------
# candidates

class _Cand:
    __slots__ = ("i", "j", "type", "f")

    def __init__(self, i: int, j: int, type_: str) -> None:
        self.i, self.j, self.type = i, j, type_


def _cap_runs(toks: list[_Tok]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words (names), connectors like "bin"/"van" inside kept."""
    runs = []
    n = len(toks)
    i = 0
    while i < n:
        if toks[i].cap:
            j = i + 1
            while j < n:
                t = toks[j]
                if t.cap or (t.num and toks[j - 1].cap and j + 1 < n and not toks[j + 1].word):
                    j += 1
                elif (t.low in CONNECTORS or t.text in "-&") and j + 1 < n and toks[j + 1].cap:
                    j += 2
                else:
                    break
            if j - i > 2 and i > 0 and toks[i - 1].low in ORIGIN:
                # "pelatih asal Belanda Patrick Kluivert": the origin is not part of the name
                runs.append((i, i + 1))
                i += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _candidates(toks: list[_Tok], kind: str, head: str | None = None,
                allowed: frozenset[str] | None = None) -> list[_Cand]:
    """Typed candidate phrases in order; with `allowed`, only the rules that can make a type in it
    run (the same candidates of those types, in the same order: the types never share one)."""
    n = len(toks)
    out: list[_Cand] = []
    seen: set[tuple[int, int, str]] = set()

    def add(i: int, j: int, type_: str) -> None:
        # trim question words and function words at the edges: the answer is what is not said;
        # the noun the question asks about stays ("Partai apakah" -> "Partai Wafd"), both ways
        while i < j and (toks[i].q or toks[i].stop or not (toks[i].word or toks[i].num)):
            if toks[i].low == head and i + 1 < j and type_ != "np":
                add(i + 1, j, type_)
                break
            i += 1
        while j > i and (toks[j - 1].q or toks[j - 1].stop or not (toks[j - 1].word or toks[j - 1].num)
                         or toks[j - 1].low in PREPS_PLACE):
            if toks[j - 1].text == ")" and any(toks[k].text == "(" for k in range(i, j - 1)):
                break
            j -= 1
        if j <= i or (i, j, type_) in seen:
            return
        seen.add((i, j, type_))
        out.append(_Cand(i, j, type_))

    runs = _cap_runs(toks) if allowed is None or not allowed.isdisjoint(_CAP_TYPES) else []
    for i, j in runs:
        add(i, j, "cap")
        # a title or a question word opening the run: the name after it
        k = i
        while k < j and (toks[k].q or toks[k].low in TITLES):
            k += 1
        if i < k < j:
            add(k, j, "cap")
        if j - i > 1 and toks[i].low in TITLES:
            add(i + 1, j, "cap")
        # "Kuala Lumpur , Malaysia", "Badan Antariksa Eropa ( ESA )"
        if j + 1 < n and toks[j].text == "," and toks[j + 1].cap:
            for a, b in runs:
                if a == j + 1:
                    add(i, b, "caplist")
                    if b + 1 < n and toks[b].text == "," and b + 1 < n and toks[b + 1].cap:
                        for c, d in runs:
                            if c == b + 1:
                                add(i, d, "caplist")
                    break
        if j + 2 < n and toks[j].text == "(":
            for k2 in range(j + 1, min(n, j + 8)):
                if toks[k2].text == ")":
                    add(i, k2 + 1, "caplist")
                    add(j + 1, k2, "cap")
                    break
        # one lower-case connector between two runs: "Liga Nasional untuk Demokrasi ( NLD )"
        if j + 1 < n and toks[j].low in JOINERS:
            for a, b in runs:
                if a == j + 1:
                    add(i, b, "capjoin")
                    if b + 2 < n and toks[b].text == "(":
                        for k2 in range(b + 1, min(n, b + 8)):
                            if toks[k2].text == ")":
                                add(i, k2 + 1, "capjoin")
                                break
                    break
        # a lower-case common noun before the run belongs to it: "bandara internasional Pearson"
        if i > 0 and toks[i - 1].word and not toks[i - 1].stop and not toks[i - 1].q and not toks[i - 1].cap:
            add(i - 1, j, "cap")
    # figures: [qualifier] number [scale] [noun]
    for i, t in enumerate(toks if allowed is None or "num" in allowed else ()):
        is_num = t.num or t.low in NUMBER_WORDS or (kind == "ordinal" and t.cap and _ROMAN_RE.match(t.text))
        if not is_num:
            continue
        j = i + 1
        while j < n and (toks[j].low in SCALES or toks[j].low in NUMBER_WORDS):
            j += 1
        a = i
        while a > 0 and toks[a - 1].low in QUALIFIERS:
            a -= 1
        if a > 0 and toks[a - 1].low == "lebih" or (a > 1 and toks[a - 1].low == "dari" and toks[a - 2].low == "lebih"):
            a = a - 2 if toks[a - 1].low == "dari" else a - 1
        if i > 0 and toks[i - 1].low in CURRENCY:
            a = i - 1 if a == i else a
            starts = {a, i - 1}
        else:
            starts = {a, i}
        for start in starts:
            add_num(out, seen, toks, start, j, "num")
            k = j
            while k < n and k < j + 4 and toks[k].word and (not toks[k].stop or toks[k].low in UNIT_LINKS):
                k += 1
                if toks[k - 1].low not in UNIT_LINKS:
                    add_num(out, seen, toks, start, k, "num")
                    if toks[k - 2].low == "per":  # "Rp 14.500 per kilogram", not "… per kilogram pekan"
                        break
    # dates: [day ,] [D] Month [YYYY], D/M, YYYY, pukul HH.MM
    for i, t in enumerate(toks if allowed is None or "date" in allowed else ()):
        low = t.low
        if low in MONTHS:
            a = i - 1 if i > 0 and toks[i - 1].num and len(toks[i - 1].text) <= 2 else i
            j = i + 1 if not (i + 1 < n and toks[i + 1].num and _YEAR_RE.match(toks[i + 1].text)) else i + 2
            add_num(out, seen, toks, a, j, "date")
            if a > 0 and toks[a - 1].low in ("bulan", "tanggal", "awal", "akhir", "pertengahan"):
                add_num(out, seen, toks, a - 1, j, "date")
            if a > 1 and toks[a - 1].text == "," and toks[a - 2].low in DAYS:
                add_num(out, seen, toks, a - 2, j, "date")
        elif t.num and (_SLASH_DATE_RE.match(t.text) or _YEAR_RE.match(t.text) or _TIME_RE.match(t.text)):
            add_num(out, seen, toks, i, i + 1, "date")
            if i > 0 and toks[i - 1].low in DATE_WORDS:
                add_num(out, seen, toks, i - 1, i + 1, "date")
        elif low in DAYS:
            add_num(out, seen, toks, i, i + 1, "date")
    # short noun phrases next to the question's words or after "yaitu", ":" …
    for i, t in enumerate(toks if allowed is None or "np" in allowed else ()):
        if not (t.q or t.low in INTRO):
            continue
        if i + 1 < n and not toks[i + 1].q:
            j = i + 1
            while j < n and j < i + 5 and (toks[j].word or toks[j].num) and not toks[j].q \
                    and (not toks[j].stop or j == i + 1 and toks[j].low in INTRO):
                j += 1
                add(i + 1, j, "np")
        if i > 0 and not toks[i - 1].q:
            a = i - 1
            while a >= 0 and a > i - 4 and (toks[a].word or toks[a].num) and not toks[a].q and not toks[a].stop:
                add(a, i, "np")
                a -= 1
    return out


_CAP_TYPES = frozenset({"cap", "caplist", "capjoin"})   # the types the capitalised runs make


def add_num(out: list[_Cand], seen: set[tuple[int, int, str]], toks: list[_Tok], i: int, j: int, type_: str) -> None:
    """Figures and dates keep their own edges (a qualifier or "tahun" is not trimmed)."""
    if j <= i or (i, j, type_) in seen:
        return
    if all(t.q for t in toks[i:j]):
        return
    seen.add((i, j, type_))
    out.append(_Cand(i, j, type_))


# ---------------------------------------------------------------------------------------------
# features and score

FEATURES = (
    "t_cap", "t_caplist", "t_capjoin", "follow_q", "unit_q", "qleft3", "qright3", "qleft10", "qright10",
    "wh_left", "wh_right", "dateline", "next_verb", "t_num", "t_date", "t_np",
    "qfrac", "q_inside", "near_left", "near_right", "q_window", "len1", "len2", "len3", "len_long",
    "prev_place", "prev_time", "prev_title", "starts_title", "prev_intro", "prev_oleh", "prev_comma",
    "next_speech", "next_comma", "sent_start", "head_first", "head_before", "has_comma", "has_paren",
    "lower_words", "has_qualifier", "has_unit", "unit_match", "has_year", "has_month", "has_day",
    "slash_date", "in_paren", "acronym", "roman", "stop_inside", "position", "cap_frac", "prev_lower_cap",
)
_FIDX = {f: k for k, f in enumerate(FEATURES)}


def _features(c: _Cand, toks: list[_Tok], q: _Question, qpos: list[int], dateline: int) -> dict[str, float]:
    # Every claim of an answer scores all its candidate phrases: this runs ~10 times a claim and
    # was span.py's largest cost. `qpos` is ascending, so the question words left and right of
    # the span are counted by bisection (the same integers the counting loops gave).
    i, j = c.i, c.j
    n = len(toks)
    span = toks[i:j]
    f: dict[str, float] = {}
    f["t_" + c.type] = 1.0
    content = [t for t in span if t.word or t.num]
    nq = 0
    for t in content:
        if t.q:
            nq += 1
    if c.type == "num":  # the counted noun may repeat the question's ("Berapa dosen" -> "200 dosen")
        f["unit_q"] = 1.0 if nq > 0 else 0.0
        nq = 0
        f["follow_q"] = 1.0 if any(t.q for t in toks[j:j + 3]) else 0.0
    L = len(content)
    f["qfrac"] = nq / max(1, L)
    f["q_inside"] = 1.0 if nq > 0 else 0.0
    li = bisect_left(qpos, i)  # qpos[:li] are left of the span
    rj = bisect_left(qpos, j)  # qpos[rj:] are right of it
    f["near_left"] = 1.0 / (1 + i - qpos[li - 1]) if li else 0.0
    f["near_right"] = 1.0 / (1 + qpos[rj] - j + 1) if rj < len(qpos) else 0.0
    nw = q.nwords
    f["qleft3"] = (li - bisect_left(qpos, i - 3, 0, li)) / nw
    f["qleft10"] = (li - bisect_left(qpos, i - 10, 0, li)) / nw
    f["qright3"] = (bisect_left(qpos, j + 3, rj) - rj) / nw
    f["qright10"] = (bisect_left(qpos, j + 10, rj) - rj) / nw
    if q.wh_left:
        f["wh_left"] = 1.0 if any(t.low in q.wh_left for t in toks[max(0, i - 3):i]) else 0.0
    if q.wh_right:
        f["wh_right"] = 1.0 if any(t.low in q.wh_right for t in toks[j:j + 3]) else 0.0
    f["dateline"] = 1.0 if dateline > j else 0.0
    f["q_window"] = len({toks[p].low for p in qpos[bisect_left(qpos, i - 6):bisect_left(qpos, j + 6)]}) / q.nwords
    f["len1"] = 1.0 if L == 1 else 0.0
    f["len2"] = 1.0 if L == 2 else 0.0
    f["len3"] = 1.0 if L == 3 else 0.0
    f["len_long"] = math.log(L) if L > 3 else 0.0
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[j] if j < n else None
    if prev is not None:
        plow, ptext = prev.low, prev.text
        f["prev_place"] = 1.0 if plow in PREPS_PLACE else 0.0
        f["prev_time"] = 1.0 if plow in PREPS_TIME else 0.0
        f["prev_title"] = 1.0 if plow in TITLES else 0.0
        f["prev_intro"] = 1.0 if plow in INTRO or ptext == ":" else 0.0
        f["prev_oleh"] = 1.0 if plow == "oleh" else 0.0
        f["prev_comma"] = 1.0 if ptext == "," else 0.0
        f["prev_lower_cap"] = 1.0 if prev.word and not prev.cap and not prev.stop else 0.0
    else:
        f["sent_start"] = 1.0
    if nxt is not None:
        nlow = nxt.low
        f["next_speech"] = 1.0 if nlow in SPEECH else 0.0
        f["next_comma"] = 1.0 if nxt.text == "," else 0.0
        f["next_verb"] = 1.0 if nxt.word and not nxt.cap and nlow.startswith(("me", "ber")) and len(nlow) > 5 else 0.0
    first = span[0]
    f["starts_title"] = 1.0 if first.low in TITLES else 0.0
    head = q.head
    if head:
        f["head_first"] = 1.0 if first.low == head or _root(first.low) == _root(head) else 0.0
        f["head_before"] = 1.0 if any(t.low == head for t in toks[max(0, i - 3):i]) else 0.0
    texts = [t.text for t in span]
    f["has_comma"] = 1.0 if "," in texts else 0.0
    f["has_paren"] = 1.0 if "(" in texts else 0.0
    lower = caps = 0
    for t in content:
        if t.cap:
            caps += 1
        elif t.word:
            lower += 1
    f["lower_words"] = lower / max(1, L)
    f["cap_frac"] = caps / max(1, L)
    f["stop_inside"] = 1.0 if any(t.stop for t in span) else 0.0
    if c.type == "num":
        f["has_qualifier"] = 1.0 if first.low in QUALIFIERS or first.low == "lebih" else 0.0
        last = span[-1]
        has_unit = last.word and last.low not in SCALES and last.low not in NUMBER_WORDS
        f["has_unit"] = 1.0 if has_unit else 0.0
        if has_unit and head:
            f["unit_match"] = 1.0 if any(t.low == head or _root(t.low) == _root(head) for t in span) else 0.0
    if c.type == "date":
        f["has_year"] = 1.0 if any(t.num and _YEAR_RE.match(t.text) for t in span) else 0.0
        f["has_month"] = 1.0 if any(t.low in MONTHS for t in span) else 0.0
        f["has_day"] = 1.0 if any(t.low in DAYS for t in span) else 0.0
        f["slash_date"] = float(any(t.num and "/" in t.text for t in span))
    f["in_paren"] = 1.0 if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")" else 0.0
    f["acronym"] = 1.0 if L == 1 and first.text.isupper() and len(first.text) > 1 else 0.0
    f["roman"] = 1.0 if L == 1 and bool(_ROMAN_RE.match(first.text)) and first.cap else 0.0
    f["position"] = i / max(1, n)
    return f


# the phrase types that can answer each kind: none of them in a claim -> no answer phrase
ALLOWED: dict[str, frozenset[str]] = {
    "person": frozenset({"cap", "caplist", "capjoin"}),
    "place": frozenset({"cap", "caplist", "capjoin"}),
    "date": frozenset({"date"}),
    "number": frozenset({"num", "date"}),
    "ordinal": frozenset({"num"}),
}
KINDS = ("person", "date", "place", "number", "ordinal", "name")


@lru_cache(maxsize=1)
def _weights() -> dict[str, dict[str, float]]:
    """data/span_weights.tsv: kind<TAB>feature<TAB>weight (written by eval/span_eval.py --fit)."""
    out: dict[str, dict[str, float]] = {k: {} for k in KINDS}
    try:
        text = resources.files("retrieval.data").joinpath("span_weights.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        return out
    for ln in text.splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        kind, feat, w = ln.split("\t")
        if kind in out and feat in _FIDX:
            out[kind][feat] = float(w)
    return out


def analyse(question: str, intent: str, claim_text: str, query_words: list[str] | None = None
            ) -> tuple[_Question, list[_Tok], list[_Cand], list[dict[str, float]]]:
    """Candidates of one claim with their features (shared by answer_span and the fitting)."""
    q = _question(question, intent, tuple(query_words or ()))
    toks = _tokens(claim_text)
    qpos = []
    for p, t in enumerate(toks):
        if (t.word or t.num) and not t.stop and (t.low in q.words or _root(t.low) in q.roots):
            t.q = True
            qpos.append(p)
    allowed = ALLOWED.get(q.kind)
    cands = [c for c in _candidates(toks, q.kind, q.head, allowed) if allowed is None or c.type in allowed]
    dateline = _dateline_end(toks)
    feats = [_features(c, toks, q, qpos, dateline) for c in cands]
    return q, toks, cands, feats


def _dateline_end(toks: list[_Tok]) -> int:
    """Token index after a news dateline ("Jakarta , Kompas -"): names there answer nothing."""
    for k in range(min(len(toks), 7)):
        if toks[k].text in ("-", "–", "—") and k > 0:
            return k + 1
    return 0


_CURRENCY_BEFORE_RE = re.compile(r"(?:Rp\.?|US\$|USD|SGD|\$|€)\s?$")


def _locate(claim_text: str, figure_text: str) -> tuple[int, int] | None:
    """Where the figure stands, with the currency written before it ("Rp 112 juta": the amount
    as said, not "112 juta")."""
    k = figure_at(claim_text, figure_text)
    if k < 0:
        k = claim_text.lower().find(figure_text.lower())
    if k < 0:
        return None
    cur = _CURRENCY_BEFORE_RE.search(claim_text, max(0, k - 5), k)
    return (cur.start() if cur else k, k + len(figure_text))


def answer_span(question: str, intent: str, claim_text: str, *, query_words: list[str] | None = None,
                figure_text: str | None = None) -> tuple[int, int] | None:
    """Character offsets [start, end) of the phrase in `claim_text` that answers `question`,
    or None when the claim holds nothing of the asked kind that the question does not already say.

    `intent` is TextPipeline.parse_query(question).intent, `query_words` its `words`;
    `figure_text` is the figure the engine already chose for a quantity question (located as is).
    """
    if figure_text:
        found = _locate(claim_text, figure_text)
        if found:
            return found
    q, toks, cands, feats = analyse(question, intent, claim_text, query_words)
    if not cands:
        return None
    w = _weights()[q.kind]
    best, best_score = None, -1e9
    for c, f in zip(cands, feats):
        s = sum([w.get(k, 0.0) * v for k, v in f.items() if v])
        if s > best_score:
            best, best_score = c, s
    if best is None or best_score < THRESHOLD.get(q.kind, 0.0):
        return None
    i = best.i
    if best.type == "num":
        # a qualifier changes what the figure says ("sedikitnya 602 orang" is not "602 orang")
        while i > 0:
            prev = toks[i - 1].low
            if prev in HEDGES:
                i -= 1
            elif prev == "dari" and i > 1 and toks[i - 2].low in ("lebih", "kurang"):
                i -= 2
            else:
                break
    return toks[i].start, toks[best.j - 1].end


THRESHOLD: dict[str, float] = {}
