"""The date a question asks for, read as a figure: "sejak tahun berapa …" is answered by the year
a sentence gives for it (2006), "tanggal berapa …" by the day of a date ("25 September 2019").

Without this a year asked was answered like "kapan": a list of sentences, each with some date in
bold, the report's own dateline as often as the year asked. Read as figures, several outlets'
years stand side by side like any other figure, and sources that disagree (one says 2009, two say
2014) show it. What a date must be to answer (attached to what is asked, not the question's own
date, not a law's year) is decided here; answer.py groups the dates as it groups figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .clean import MONTH_RE, MONTHS, WEEKDAYS
from .frame import reported_on

ASKED_RE = re.compile(r"\b(tahun|tanggal|tgl\.?)\s+berapa(?:kah)?\b", re.I)
_PARTS = {"tahun": "year", "tanggal": "day", "tgl": "day", "tgl.": "day"}
# a year, or a span of years ("1980-1988", "2015 hingga 2019"), "tahun" before it kept in the phrase
YEAR_RE = re.compile(r"(?:\btahun\s+)?(?<![\w.,/])(1[5-9]\d\d|20\d\d)(?![\w/]|[.,]\d)"
                     r"(?:\s*(?:-|–|hingga|sampai)\s*(1[5-9]\d\d|20\d\d)(?![\w/]|[.,]\d))?", re.I)
YEAR_ONLY_RE = re.compile(r"(?:tahun\s+)?\d{4}(?:\s*(?:-|–|hingga|sampai)\s*\d{4})?", re.I)
DAY_MONTH_RE = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_RE})\b(?:\s+(\d{{4}})\b)?", re.I)
DAY_WORD_RE = re.compile(r"\btanggal\s+(\d{1,2})\b(?!\s*[/.-]?\d)", re.I)    # "tanggal 25" (no month)
# a day in brackets, as news writes the day of a deed or of a statement: "Selasa (16/8)", "(9/9/2019)"
PAREN_DATE_RE = re.compile(r"\(\s*((\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}|\d{2}))?)\s*\)")
# the year of a law's or a rule's number: "Peraturan Pemerintah Nomor 109 Tahun 2012"
LAW_YEAR_RE = re.compile(r"\b(?:nomor|no\.?)\s*:?\s*\d+[\w/.-]*\s+$", re.I)
# a sentence that opens by pointing back to whom the article is about ("Mereka akan kembali …")
ANAPHOR_RE = re.compile(r"\W*(?:mereka|ia|dia|beliau|pihaknya)\b", re.I)
UNTIL_ASKED_RE = re.compile(r"\b(?:hingga|sampai|sebelum)\s+(?:tahun|tanggal|tgl\.?)\s+berapa", re.I)
# a date that starts a span the sentence ends with another: "5 Juli hingga 29 Agustus 2005"
SPAN_START_RE = re.compile(r"\s*(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|-|–)\s*(?:tanggal\s+)?\d", re.I)
SPAN_END_RE = re.compile(r"(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|-|–)\s*(?:tanggal\s+)?$", re.I)
SINCE_WORDS = frozenset({"sejak", "semenjak"})
SINCE_REACH = 6          # words from "sejak" to the date it starts ("sejak pertama kali digelar pada 2006")
CLAUSE_BREAK_RE = re.compile(r"[,;:!?]|\s[-–—]\s|\.(?=\s|$)")
# a clause of the question that says when or whose words, not what happened: its words do not tie a date
_ASIDE_RE = re.compile(r"\b(?:setelah|sesudah|sebelum|usai|seusai|ketika|saat|menurut|kata)\b[^,;?]*", re.I)
_WORD_RE = re.compile(r"[^\W\d_][\w-]*", re.U)


def asked_part(question: str) -> str | None:
    """'year' for "tahun berapa", 'day' for "tanggal berapa", else None."""
    m = ASKED_RE.search(question)
    return _PARTS[m.group(1).lower()] if m else None


@dataclass(frozen=True)
class QuestionDates:
    """What the question itself says of the date and of the deed the asked date belongs to."""
    part: str                    # "year" or "day"
    years: frozenset[int]        # years the question names: context, never the answer
    months: frozenset[int]       # months the question names: the day asked falls in one of them
    since: bool                  # "sejak tahun berapa": the date a "sejak" starts
    until: bool                  # "hingga tanggal berapa": the end of a span of dates
    deed_stems: frozenset[str]   # stems of the question's plain words outside its when- and whose-clauses
    names: frozenset[str]        # the question's capitalised words: whose deed (one must be in the sentence)


@dataclass(frozen=True)
class AskedDate:
    value: int      # the year, or the day of the month
    text: str       # as written: "tahun 2006", "25 September 2019", "16/8"
    start: int
    end: int
    high: int | None = None   # the last year of a span of years

    @property
    def label(self) -> str:
        """How the answer heads it: the year ("2006", "1980–1988"), or the day as written."""
        if not YEAR_ONLY_RE.fullmatch(self.text):
            return self.text
        return f"{self.value}–{self.high}" if self.high else str(self.value)


@lru_cache(maxsize=256)
def question_dates(question: str, stem: Callable[[str], str], stopwords: frozenset[str]) -> QuestionDates | None:
    part = asked_part(question)
    if part is None:
        return None
    years = frozenset(int(m.group(1)) for m in YEAR_RE.finditer(question))
    months = frozenset(MONTHS[m.lower()] for m in re.findall(rf"\b({MONTH_RE})\b", question, re.I))
    deed = _ASIDE_RE.sub(" ", ASKED_RE.sub(" ", question))
    tokens = _WORD_RE.findall(deed)
    # names (capitalised) say whose deed, and a sentence about the same party's other deed holds
    # them too ("PB Djarum … pembinaan bulu tangkis sejak 1969"): the deed is in the plain words
    words = {w.lower() for k, w in enumerate(tokens) if k == 0 or not w[0].isupper()}
    skip = stopwords | {"berapa", "pada", "sejak", "semenjak", "tahun", "tanggal", "bulan", "kapan"}
    stems = frozenset(stem(w) for w in words if w not in skip and w not in MONTHS and len(w) > 1)
    names = frozenset(w for k, w in enumerate(_WORD_RE.findall(question))
                      if k > 0 and w[0].isupper() and w.lower() not in MONTHS and w.lower() not in skip)
    since = any(w in SINCE_WORDS for w in re.findall(r"\w+", question.lower()))
    until = bool(UNTIL_ASKED_RE.search(question))
    return QuestionDates(part, years, months, since, until, stems, names)


def answering_dates(sentence: str, asked: QuestionDates, stem: Callable[[str], str]) -> list[AskedDate]:
    """The dates of the asked part the sentence gives for what is asked, nearest the question's own
    words first (a list "Ranjang Pengantin (1974), … Doea Tanda Mata (1984)" answers for the film
    asked). A date answers when the sentence names whose deed it is (a name of the question, or
    opens with a pronoun pointing back to it), its clause holds one of the question's own deed words
    (so "Rabu 11 September 2019" after a stadium's name is not the day training resumes), it is not
    when someone said it ("kata Sam, Senin (9/9/2019)"), not a year the question already names nor
    a law's year, falls in the month the question names, and, for "sejak", is what a "sejak"
    starts."""
    if asked.names and not any(n in sentence or n.upper() in sentence for n in asked.names) \
            and not ANAPHOR_RE.match(sentence):
        return []
    found = _paren_dates(sentence, asked)
    taken = [(d.start, d.end) for d in found]
    if asked.part == "year":
        for m in YEAR_RE.finditer(sentence):
            year = int(m.group(1))
            if year in asked.years or LAW_YEAR_RE.search(sentence, 0, m.start()) or _overlaps(m, taken):
                continue
            found.append(AskedDate(year, m.group(0), m.start(), m.end(), int(m.group(2)) if m.group(2) else None))
    else:
        for m in DAY_MONTH_RE.finditer(sentence):
            day, month = int(m.group(1)), MONTHS[m.group(2).lower()]
            year = int(m.group(3)) if m.group(3) else None
            if 1 <= day <= 31 and _in_asked_month(asked, month, year) and not _overlaps(m, taken):
                found.append(AskedDate(day, m.group(0), m.start(), m.end()))
        if not asked.months:
            taken = [(d.start, d.end) for d in found]
            found += [AskedDate(int(m.group(1)), m.group(0), m.start(), m.end())
                      for m in DAY_WORD_RE.finditer(sentence) if 1 <= int(m.group(1)) <= 31 and not _overlaps(m, taken)]
    if asked.until:   # the end of a span: "1637-1641" answers "sampai tahun berapa" with 1641
        found = [AskedDate(d.high, d.text, d.start, d.end) if d.high else d for d in found
                 if not SPAN_START_RE.match(sentence, d.end)]
    else:
        found = [d for d in found if not SPAN_END_RE.search(sentence, 0, d.start)]
    kept = [d for d in found if not reported_on(sentence, d.start) and _tied_to_deed(sentence, d, asked, stem)
            and (not asked.since or _started_by_since(sentence, d))]
    return sorted(kept, key=lambda d: _distance_to_question(sentence, d, asked, stem))


def _paren_dates(sentence: str, asked: QuestionDates) -> list[AskedDate]:
    out = []
    for m in PAREN_DATE_RE.finditer(sentence):
        day, month = int(m.group(2)), int(m.group(3))
        year = int(m.group(4)) if m.group(4) else None
        year = year + 2000 if year is not None and year < 100 else year
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if asked.part == "year":
            if year is not None and year not in asked.years:
                out.append(AskedDate(year, m.group(1), m.start(1), m.end(1)))
        elif _in_asked_month(asked, month, year):
            out.append(AskedDate(day, m.group(1), m.start(1), m.end(1)))
    return out


def _in_asked_month(asked: QuestionDates, month: int, year: int | None) -> bool:
    return (not asked.months or month in asked.months) and (year is None or not asked.years or year in asked.years)


def _overlaps(m: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    return any(m.start() < b and a < m.end() for a, b in taken)


def _distance_to_question(sentence: str, d: AskedDate, asked: QuestionDates, stem: Callable[[str], str]) -> int:
    """Characters between the date and the nearest of the question's names or deed words."""
    gaps = [max(m.start() - d.end, d.start - m.end()) for m in _WORD_RE.finditer(sentence)
            if m.group() in asked.names or stem(m.group().lower()) in asked.deed_stems]
    return min(gaps, default=len(sentence))


def _clause_bounds(sentence: str, d: AskedDate) -> tuple[int, int]:
    """Where the clause holding the date starts and ends (commas, semicolons, dashes, full stops).
    A clause of nothing but the date ("…, Selasa (16/8), …") dates the clause before it."""
    breaks = list(CLAUSE_BREAK_RE.finditer(sentence))
    starts = [m.end() for m in breaks if m.end() <= d.start]
    start = max(starts, default=0)
    end = min((m.start() for m in breaks if m.start() >= d.end), default=len(sentence))
    bare = {w.lower() for w in _WORD_RE.findall(sentence[start:end])} <= DATE_WORDS
    if bare and start > 0:
        start = max((s for s in starts if s < start - 1), default=0)
    return start, end


DATE_WORDS = frozenset({*WEEKDAYS, *MONTHS, "pada", "tanggal", "tahun", "hari", "lalu", "pagi", "siang", "sore",
                        "malam", "wib", "wita", "wit"})


def _tied_to_deed(sentence: str, d: AskedDate, asked: QuestionDates, stem: Callable[[str], str]) -> bool:
    if not asked.deed_stems:
        return True
    start, end = _clause_bounds(sentence, d)
    return any(stem(w.lower()) in asked.deed_stems for w in _WORD_RE.findall(sentence[start:end]))


def _started_by_since(sentence: str, d: AskedDate) -> bool:
    start, _ = _clause_bounds(sentence, d)
    before = re.findall(r"\w+", sentence[start:d.start].lower())
    return any(w in SINCE_WORDS for w in before[-SINCE_REACH:])
