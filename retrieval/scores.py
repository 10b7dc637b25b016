"""Scorelines: "Spanyol menundukkan Argentina 95-75", "kalah 0-2", "Arsenal Bantai Atletico 4-0".

A scoreline is one figure holding both sides' tallies (claims.Quantity ``value`` and ``against``,
in the written order). It counts nothing on its own: it answers only a question asking a match's
goals, points or score, and the question says whose side it wants: "berapa poin yang dicetak
Spanyol saat mengalahkan Argentina" wants the winner's 95, "… Argentina saat kalah dari Spanyol"
the loser's 75, "berapa gol yang dicetak Arsenal ke gawang Atletico" the side named first when
Arsenal is, the other side's when Atletico is. A score asked whole ("berapa skor akhir …") is
listed by its winner's tally, with the scoreline as written beside it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .frame import _lower_words, lexicon, sides_named

# the nouns a scoreline counts: a question asking one of them may take a scoreline
SCORE_NOUNS = frozenset({"gol", "poin", "angka", "skor"})

# a match asked about: its outcome or its two sides ("saat mengalahkan Argentina", "ke gawang
# Filipina", "melawan Vietnam"); a tally asked without one ("poin Persib di klasemen") is a
# standing, not a match's score
_MATCH_ASKED_RE = re.compile(
    r"\b(?:mengalahkan|dikalahkan|menang|kemenangan|kalah|kekalahan|melawan|lawan|kontra|vs|versus|"
    r"ke\s+gawang|menghadapi|menyingkirkan|disingkirkan|ditekuk|menekuk|menundukkan|ditundukkan|"
    r"membantai|dibantai|menaklukkan|ditaklukkan|takluk|tumbang|imbang|laga|pertandingan|final)\b", re.I)
# the asked side won or lost: the verb follows the asked side or the asked tally
_WON_ASKED_RE = re.compile(
    r"\b(?:mengalahkan|menang|kemenangan|menyingkirkan|menekuk|menundukkan|membantai|menaklukkan|"
    r"menghajar|melumat|menggilas|mencukur|menggunduli)\b", re.I)
_LOST_ASKED_RE = re.compile(
    r"\b(?:dikalahkan|kalah|kekalahan|disingkirkan|ditekuk|ditundukkan|dibantai|ditaklukkan|takluk|"
    r"tumbang|dihajar|dilumat|digilas|dicukur|digunduli)\b", re.I)
# the words after which a question names the other side ("ke gawang Filipina", "atas Brunei")
_OPPONENT_RE = re.compile(
    r"\b(?:ke\s+gawang|atas|melawan|lawan|kontra|vs\.?|versus|dari|menghadapi|mengalahkan|dikalahkan|"
    r"menyingkirkan|disingkirkan|ditekuk|menekuk|menundukkan|ditundukkan|membantai|dibantai|"
    r"menaklukkan|ditaklukkan)\s+((?:[A-Z][\w'-]*\s*){1,4})")
_NAME_WORD_RE = re.compile(r"[A-Z][\w'-]*")


# a tally gathered over matches ("poin Persib setelah 18 laga", "gol Pukki dalam lima laga awal",
# "usai imbang 1-1"): a standing, which no one match's scoreline gives
_GATHERED_ASKED_RE = re.compile(
    r"\b(?:setelah|usai|seusai|klasemen|sepanjang|sejauh|total|sudah|telah|selama)\b"
    r"|\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+(?:laga|pertandingan|partai)\b"
    r"|\b(?:menang|kalah|imbang|seri|skor|unggul|takluk|tumbang|ditahan|mengalahkan|dikalahkan)\s+(?:\w+\s+)?"
    r"\d{1,3}\s?[-–]\s?\d{1,3}\b", re.I)
# the one who scored, after the verb of scoring ("poin yang dicetak Ricky Rubio", "gol yang dicetak
# penyerang Norwich City Teemu Pukki")
_SCORER_RE = re.compile(r"\b(?:dicetak|dibukukan|diciptakan|disumbangkan|dikumpulkan|diraih|diperoleh|dilesakkan|"
                        r"dicatat|dikoleksi|mencetak|membukukan|menyumbang)\s+(?:oleh\s+)?"
                        r"(?P<role>(?:[a-z]+\s+){0,2}?)(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")
# words that make a name a team's ("Timnas U-16 Indonesia", "Norwich City") and a player's role
# before a name ("penyerang … Teemu Pukki", "pebasket Argentina Patricio Garino")
_TEAM_WORDS = frozenset("timnas tim klub skuad kesebelasan fc city united club town rovers athletic hotspur "
                        "garuda real".split())
_PLAYER_ROLES = frozenset("pemain penyerang striker gelandang bek kiper kapten pebasket pebulu tangkis "
                          "petenis pevoli pesepak bola pebalap atlet".split())
# the part of a match a scoreline stands at, around it ("unggul 6-1 … pada babak pertama", "kedudukan
# jadi 2-0", "unggul jauh 90-82 pada sisa waktu"); a question asking such a part
# (a result word after the lead word makes the scoreline a result: "menjadi juara setelah menang 95-75")
_LEAD_BEFORE_RE = re.compile(r"\b(?:unggul|memimpin|kedudukan|menjadi|jadi|berubah|sementara|tertinggal|"
                             r"menyamakan|memperkecil|keunggulan|mengubah)\b"
                             r"(?:\s+(?!(?:menang|kalah|mengalahkan|menundukkan|kemenangan|kekalahan|takluk|berakhir|"
                             r"berkesudahan)\b)\w+){0,3}\s*$", re.I)
_PART_AFTER_RE = re.compile(r"^\W*(?:\w+\s+){0,4}?(?:babak\s+(?:pertama|kedua)|jeda|turun\s+minum|kuarter|paruh|"
                            r"menit|sisa\s+waktu|overtime|perpanjangan\s+waktu|set\s+(?:pertama|kedua|ketiga))\b", re.I)
_PART_ASKED_RE = re.compile(r"\b(?:babak\s+(?:pertama|kedua)|jeda|turun\s+minum|kuarter|paruh|set\s+(?:pertama|kedua|ketiga))\b",
                            re.I)
_SCORE_ASKED_RE = re.compile(r"\bskor\b", re.I)   # "berapa skor akhir …": the score asked whole
_SCORELINE_RE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_CLAUSE_END_RE = re.compile(r"[.;]|,\s|\b(?:dan|sedangkan|serta|sementara)\b")


def is_scoreline(q: dict[str, Any]) -> bool:
    return q.get("against") is not None


@lru_cache(maxsize=1024)   # one question, every scoreline offered to it
def asks_match_tally(noun: str | None, question: str) -> bool:
    """The question asks one match's goals, points or score, a team's ("berapa gol yang dicetak
    Arsenal ke gawang Atletico", "berapa skor akhir final …"), which a scoreline may answer; not a
    standing gathered over matches nor a player's own tally."""
    if (noun or "").lower() not in SCORE_NOUNS or not _MATCH_ASKED_RE.search(question):
        return False
    if _GATHERED_ASKED_RE.search(question):
        return False
    scorer = _SCORER_RE.search(question)
    if scorer is None:
        return True
    name = scorer.group("name").split()
    if {w.lower() for w in scorer.group("role").split()} & _PLAYER_ROLES:
        return False   # "gol yang dicetak penyerang Norwich City Teemu Pukki"
    return len(name) < 2 or bool({w.lower() for w in name} & _TEAM_WORDS) or bool(sides_named(" ".join(name)))


def scoreline_fits(noun: str | None, question: str, q: dict[str, Any]) -> bool:
    """A scoreline answers only a match's tally asked; it is never a count of anything else."""
    return not is_scoreline(q) or asks_match_tally(noun, question)


def _words(text: str) -> set[str]:
    return set(_lower_words(text))


@lru_cache(maxsize=1024)
def _opponent_words(question: str) -> frozenset[str]:
    """The words of the other side a question names ("ke gawang Atletico Madrid", "atas Brunei")."""
    m = _OPPONENT_RE.search(question)
    return frozenset(w.lower() for w in _NAME_WORD_RE.findall(m.group(1))) if m else frozenset()


def _same_part(asked: str, sentence: str) -> bool:
    """The part of the match asked is the sentence's: half time is "jeda", "turun minum" or the end
    of the first half."""
    low = sentence.lower()
    asked = re.sub(r"\s+", " ", asked.lower())
    halves = ("babak pertama", "jeda", "turun minum")
    return asked in low or (asked in halves and any(h in low for h in halves))


def match_fits(question: str, asked_places: tuple[str, ...], q: dict[str, Any], sentence: str,
               title: str | None = None) -> bool:
    """A scoreline answers for the asked match only, and at the asked part of it.

    Its sides are the places named with it (back to the previous scoreline of the sentence, on to
    its clause's end) and the sentence's first side, its subject ("Spanyol sukses mengalahkan
    Tunisia 101-62, …, Serbia (81-69)" is Spain's): none may be foreign to the question. A lead
    ("unggul 7-0 pada dua menit awal", "kedudukan jadi 2-0") is no result, unless a part of the
    match is asked ("unggul berapa gol di babak pertama"), which a result does not answer. The
    question's other side ("atas Brunei") is named by the sentence or its title, and a year the
    question names is the sentence's, when it names one (the same sides meet every season)."""
    if not is_scoreline(q):
        return True
    at = sentence.find(q["text"])
    if at < 0:
        return True
    end = at + len(q["text"])
    lead = bool(_LEAD_BEFORE_RE.search(sentence, max(0, at - 40), at) or _PART_AFTER_RE.match(sentence[end:end + 60]))
    part = _PART_ASKED_RE.search(question)
    if lead != bool(part) or (part and not _same_part(part.group(), sentence)):
        return False
    asked_years = set(_YEAR_RE.findall(question))
    if asked_years and (said := set(_YEAR_RE.findall(sentence))) and not asked_years & said:
        return False   # "Kualifikasi Piala Asia U-16 2018 … menang 18-0": the same sides' match of another year
    other = _opponent_words(question)
    if other and not other & _words(sentence) and not (title and other & _words(title)):
        return False   # "berapa skor kemenangan Indonesia atas Brunei": a 15-1 whose opponent is unnamed is another match's
    prev_end, first_start = 0, None
    for m in _SCORELINE_RE.finditer(sentence, 0, at):
        first_start = m.start() if first_start is None else first_start
        prev_end = m.end()
    nxt = _SCORELINE_RE.search(sentence, end)
    tail = sentence[end:nxt.start() if nxt else len(sentence)]
    cut = _CLAUSE_END_RE.search(tail)
    # the previous scoreline's clause ends before this one's begins ("… 4-0 atas Filipina, kemudian …")
    start = (c.end() if first_start is not None and (c := _CLAUSE_END_RE.search(sentence, prev_end, at)) else prev_end)
    own = sentence[start:at] + " " + (tail[:cut.start()] if cut else tail)
    named = sides_named(own)
    if first_start is not None:
        named += sides_named(sentence[:first_start])[:1]
    asked = set(asked_places) | set(sides_named(question, caps=False))
    chain = lexicon().chain
    if not all(k in asked or chain(k).get("country") in asked for k in named):
        return False
    if first_start is None and nxt is None:
        return True
    # a list of results ("Bayern Muenchen vs Red Star Belgrade 1-0, …"): its item or the sentence's
    # subject names an asked side, and the asked opponent ("… menang 4-0 atas Filipina, kemudian …
    # membungkam Mariana Utara 15-1" is not Filipina's)
    item = _words(own) | _words(sentence[:first_start] if first_start is not None else "")
    if other and not other & item:
        return False
    scorer = _SCORER_RE.search(question)
    sides = (other | {w.lower() for w in scorer.group("name").split()} if scorer else other) \
        | {w for k in asked for w in k.split("_")}
    return not sides or bool(sides & item)


def asked_side(question: str, q: dict[str, Any], sentence: str) -> dict[str, Any]:
    """The scoreline as the asked side's tally: ``value`` is that side's, ``against`` the other's
    (the text stays as written). The question's outcome says it first (the winner's for "saat
    mengalahkan", the loser's for "saat kalah dari"); else the side the sentence names first holds
    the first tally, so the asked side's is the second only when the question's other side is
    named first."""
    first, second = float(q["value"]), float(q["against"])
    won, lost = bool(_WON_ASKED_RE.search(question)), bool(_LOST_ASKED_RE.search(question))
    if won != lost or first == second:
        side = max(first, second) if won or first == second else min(first, second)
    elif _SCORE_ASKED_RE.search(question):
        side = max(first, second)   # "berapa skor akhir final …": listed by the winner's tally
    else:
        side = second if _other_side_first(question, q, sentence) else first
    return {**q, "value": side, "against": second if side == first else first}


def _other_side_first(question: str, q: dict[str, Any], sentence: str) -> bool:
    """The question's other side ("ke gawang Atletico") is named in the sentence before the
    scoreline and before any other name of the question."""
    other = _opponent_words(question)
    if not other:
        return False
    at = sentence.find(q["text"])
    before = sentence[:at] if at >= 0 else sentence
    asked = {w.lower() for w in _NAME_WORD_RE.findall(question)} - other
    for w in _NAME_WORD_RE.findall(before):
        low = w.lower()
        if low in other:
            return True
        if low in asked:
            return False
    return False
