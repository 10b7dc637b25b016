"""Who gave which figure when: the timeline of a quantity answer, for the chart and the text.

Built from the answer's claims only, never from anything else. A figure's date is the date its own
sentence gives it ("3.000 pekan lalu", "pada Rabu (13/11/2024)", "pada 31 Oktober"), resolved
against the article's publication date and marked as the event date; otherwise the article's
publication date; otherwise unknown (the chart's right-hand lane). Word lists: data/chart_words.tsv.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .answer import MONTH_ABBR, Answer, AnswerClaim, figure_label
from .clean import MONTH_RE, MONTHS, WEEKDAYS
from .text import _data_lines

_WEEKDAY_BEFORE_RE = re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s*,?\s*$", re.I)
NUMBER_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                "sembilan": 9, "sepuluh": 10, "se": 1}
UNIT_DAYS = {"hari": 1, "pekan": 7, "minggu": 7, "bulan": 30}
PAREN_DATE_RE = re.compile(r"\((\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\)")
DAY_MONTH_RE = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_RE})\b(?:\s+(\d{{4}})\b)?", re.I)
COUNTED_AGO_RE = re.compile(r"\b(\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|se)\s*"
                            r"(hari|pekan|minggu|bulan)\s+(?:yang\s+)?lalu\b", re.I)
WEEKDAY_RE = re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b(\s+lalu\b)?")
VAGUE_SPAN = {"belasan": 2.0}  # "belasan ribu": 11.000-19.999; every other vague word spans one order of magnitude


@dataclass(frozen=True)
class ChartWords:
    qualifier_kind: dict[str, str]
    relative: dict[str, tuple[int, bool]]
    not_event: frozenset[str]
    spokesperson: tuple[str, ...]
    title: tuple[str, ...]
    short: tuple[tuple[str, str], ...]
    place_words: frozenset[str]
    countries: frozenset[str]
    relative_re: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def words() -> ChartWords:
    qual: dict[str, str] = {}
    rel: dict[str, tuple[int, bool]] = {}
    lists: dict[str, list[str]] = {"not_event": [], "spokesperson": [], "title": [], "place_word": []}
    short: list[tuple[str, str]] = []
    for ln in _data_lines("chart_words.tsv"):
        kind, *rest = [x.strip() for x in ln.split("\t")]
        if kind == "qualifier":
            qual[rest[0].lower()] = rest[1]
        elif kind == "relative":
            rel[rest[0].lower()] = (int(rest[1]), len(rest) > 2 and rest[2] == "approx")
        elif kind == "short":
            short.append((rest[0], rest[1]))
        elif kind in lists:
            lists[kind].append(rest[0].lower())
    countries = set()
    for ln in _data_lines("places.txt"):
        parts = [x.strip() for x in ln.split("\t")]
        if parts[0] == "country" and len(parts) > 3:
            countries |= {v.strip().lower() for v in parts[3].split("|")}
    by_length = lambda xs: tuple(sorted(xs, key=len, reverse=True))  # noqa: E731 - longest phrase first
    rel_re = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(rel, key=len, reverse=True)) + r")\b",
                        re.I) if rel else None
    return ChartWords(qual, rel, frozenset(lists["not_event"]), by_length(lists["spokesperson"]),
                      by_length(lists["title"]), tuple(sorted(short, key=lambda p: -len(p[0]))),
                      frozenset(lists["place_word"]), frozenset(countries), rel_re)


# ---------------------------------------------------------------------------- dates in a sentence
@dataclass(frozen=True)
class DatePhrase:
    """A date a sentence states: absolute (day, month, maybe year), days back, or a weekday."""
    start: int
    end: int
    text: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    back_days: int | None = None
    weekday: int | None = None
    strictly_before: bool = False   # "Kamis lalu": the Thursday before the article's day
    approximate: bool = False       # "pekan lalu": some day that week


@dataclass(frozen=True)
class EventDate:
    date: dt.date
    phrase: str
    approximate: bool = False
    year_inferred: bool = False     # "31 Oktober" in an undated article: the year nearest the answer's dates


@lru_cache(maxsize=1)
def date_stating_words() -> frozenset[str]:
    """Words one of which (or a "/") a sentence needs for :func:`date_phrases` to find a date that
    is not approximate: a cheap test before the costly one (claims.py, at ingest)."""
    w = words()
    first = {phrase.split()[0] for phrase, (_days, approx) in w.relative.items() if not approx}
    return frozenset({*WEEKDAYS, "jum", *MONTHS, "hari", *first})  # "jum" of "Jum'at"; "2 hari lalu"


def date_phrases(text: str) -> list[DatePhrase]:
    """Every date the sentence states, left to right; spans never overlap (a weekday joined to a
    date, "Rabu (13/11/2024)", is the date). A date after "sejak" starts a period and is skipped."""
    w = words()
    found: list[DatePhrase] = []

    def free(s: int, e: int) -> bool:
        return all(e <= p.start or s >= p.end for p in found)

    for m in PAREN_DATE_RE.finditer(text):
        year = int(m.group(3)) if m.group(3) else None
        named = _WEEKDAY_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())   # "Sabtu (6/3)"
        found.append(DatePhrase(m.start(), m.end(), m.group(0), int(m.group(1)), int(m.group(2)),
                                year + 2000 if year is not None and year < 100 else year,
                                weekday=WEEKDAYS[named.group(1).lower()] if named else None))
    for m in DAY_MONTH_RE.finditer(text):
        if free(m.start(), m.end()):
            found.append(DatePhrase(m.start(), m.end(), m.group(0), int(m.group(1)), MONTHS[m.group(2).lower()],
                                    int(m.group(3)) if m.group(3) else None))
    for m in COUNTED_AGO_RE.finditer(text):
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1).lower()]
        unit = m.group(2).lower()
        if free(m.start(), m.end()):
            found.append(DatePhrase(m.start(), m.end(), m.group(0), back_days=n * UNIT_DAYS[unit],
                                    approximate=unit != "hari"))
    if w.relative_re is not None:
        for m in w.relative_re.finditer(text):
            back, approx = w.relative[m.group(0).lower()]
            if free(m.start(), m.end()):
                found.append(DatePhrase(m.start(), m.end(), m.group(0), back_days=back, approximate=approx))
    for m in WEEKDAY_RE.finditer(text):
        after = text[m.end():m.end() + 4]
        if not free(m.start(), m.end()) or re.match(r"[\s,]*\(?\d", after):  # "Selasa, 29 Oktober 2024"
            continue
        found.append(DatePhrase(m.start(), m.end(), m.group(0), weekday=WEEKDAYS[m.group(1).lower()],
                                strictly_before=bool(m.group(2))))
    kept = []
    for p in found:
        before = re.findall(r"[\w']+", text[max(0, p.start - 20):p.start].lower())
        if before and before[-1] in w.not_event:
            continue
        kept.append(p)
    return sorted(kept, key=lambda p: p.start)


def resolve(p: DatePhrase, published: dt.date | None, near: dt.date | None = None) -> EventDate | None:
    """The calendar day a phrase names, counted from the article's date. A day and month without a
    year take the article's year (the year before when that would fall after the article); in an
    undated article, the year that puts the day nearest `near` (the answer's other dates), marked
    as inferred. A date after the article is a plan, not an event: None."""
    try:
        if p.month is not None:
            if p.weekday is not None and p.day is not None and p.day <= 12:
                p = _weekday_order(p, published)
            if p.year is not None:
                day = dt.date(p.year, p.month, p.day)
                if published and day > published + dt.timedelta(days=1):
                    return None
                return EventDate(day, p.text)
            if published:
                day = dt.date(published.year, p.month, p.day)
                if day > published + dt.timedelta(days=1):
                    day = dt.date(published.year - 1, p.month, p.day)
                return EventDate(day, p.text)
            if near:
                options = [dt.date(near.year + k, p.month, p.day) for k in (-1, 0, 1)]
                return EventDate(min(options, key=lambda d: abs((d - near).days)), p.text, year_inferred=True)
            return None
    except ValueError:  # "(31/2)": not a day
        return None
    if published is None:
        return None
    if p.back_days is not None:
        return EventDate(published - dt.timedelta(days=p.back_days), p.text, approximate=p.approximate)
    if p.weekday is not None:
        back = (published.weekday() - p.weekday) % 7
        if back == 0 and p.strictly_before:
            back = 7
        return EventDate(published - dt.timedelta(days=back), p.text)
    return None


def _weekday_order(p: DatePhrase, published: dt.date | None) -> DatePhrase:
    """A translated wire story may write "Sabtu (6/3)" month first: when its weekday fits the day
    read month first (3 June) and not day first (6 March), in the article's year, it is that day."""
    year = p.year or (published.year if published else None)
    if year is None or p.month is None or p.day is None or p.month == p.day:
        return p
    try:
        as_written, swapped = dt.date(year, p.month, p.day), dt.date(year, p.day, p.month)
    except ValueError:
        return p
    if as_written.weekday() != p.weekday and swapped.weekday() == p.weekday and (
            published is None or swapped <= published + dt.timedelta(days=1)):
        return replace(p, day=p.month, month=p.day)
    return p


def _find(text: str, needle: str) -> int:
    at = text.find(needle)
    return at if at >= 0 else text.lower().find(needle.lower())


def figure_date_phrase(text: str, figure_text: str, others: list[str]) -> DatePhrase | None:
    """The date phrase that dates this figure: each phrase belongs to the figure nearest to it in the
    sentence ("naik dari 3.000 pekan lalu" dates the 3.000, not the 10.000 earlier in the sentence);
    of the phrases that belong to this figure, the nearest."""
    at = _find(text, figure_text)
    if at < 0:
        return None
    spans = [(at, at + len(figure_text))]
    for o in others:
        oat = _find(text, o)
        if oat >= 0 and (oat, oat + len(o)) != spans[0]:
            spans.append((oat, oat + len(o)))

    def gap(p: DatePhrase, s: tuple[int, int]) -> tuple[int, int]:
        # nearest first; on a tie the figure before the date ("3.000 pekan lalu")
        return max(0, p.start - s[1], s[0] - p.end), 0 if s[1] <= p.start else 1

    mine = [p for p in date_phrases(text) if min(spans, key=lambda s: gap(p, s)) == spans[0]]
    return min(mine, key=lambda p: gap(p, spans[0])) if mine else None


# ---------------------------------------------------------------------------- labels
def short_speaker(name: str | None) -> str:
    """A label that fits a chart: the acronym a name gives ("… (HUR)" -> "HUR"), the body a
    spokesperson speaks for ("juru bicara Pentagon Sabrina Singh" -> "Pentagon"), an official's
    surname ("Menteri Luar Negeri AS Anthony Blinken" -> "Blinken"), long names shortened."""
    if not name:
        return "tanpa atribusi"
    w = words()
    acro = re.search(r"\(([A-Z][A-Za-z0-9\-]{1,7})\)", name)
    if acro and sum(ch.isupper() for ch in acro.group(1)) >= 2:
        return acro.group(1)
    base = re.sub(r"\s*\([^)]*\)", "", name).strip() or name
    for long, short in w.short:
        base = re.sub(rf"\b{re.escape(long)}\b", short, base, flags=re.I)
    low = base.lower()
    for role in w.spokesperson:
        if low.startswith(role + " ") or low == role:
            rest = base[len(role):].split()
            run = 0
            while run < len(rest) and run < 2 and _is_name_word(rest[-1 - run]):
                run += 1
            if run == len(rest) and run > 0:
                run -= 1                                    # "Kremlin Peskov": the body stays
            body = rest[:len(rest) - run]
            if body and any(ch.isupper() for ch in " ".join(body)):
                return _clip(" ".join(body))
            return _clip(" ".join(rest)) if rest else base
    for title in w.title:
        if low.startswith(title + " "):
            parts = base.split()
            last = parts[-1]
            if _is_name_word(last) and last.lower() not in w.title:
                return last
            return _clip(base)
    return _clip(base)


def _is_name_word(word: str) -> bool:
    """'Blinken', 'Jean-Pierre': capitalised, not an acronym ('AS', 'HUR')."""
    return word[:1].isupper() and not word.isupper() and any(ch.islower() for ch in word)


def _clip(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"


def short_scope(scope: str | None) -> str | None:
    """'Oblast Kursk Rusia' -> 'Kursk', 'wilayah Kursk' -> 'Kursk', 'Rusia' -> 'Rusia': the place
    without administrative words, and without the country it lies in when a place precedes it."""
    if not scope:
        return None
    w = words()
    kept = [t for t in scope.split() if t.lower() not in w.place_words and not t.islower()]
    if not kept:
        return scope
    whole = " ".join(kept).lower()
    if whole not in w.countries:
        for n in (2, 1):
            if len(kept) > n and " ".join(kept[-n:]).lower() in w.countries:
                kept = kept[:-n]
                break
    return " ".join(kept)


def qualifier_kind(q: dict[str, Any]) -> str:
    """How the chart draws a figure: exact, approx (sekitar), more (lebih dari), less (hampir),
    range (2.000–3.000) or vague (ribuan)."""
    if q.get("vague"):
        return "vague"
    if q.get("high") is not None:
        return "range"
    return words().qualifier_kind.get((q.get("qualifier") or "").lower(), "exact")


def vague_band(q: dict[str, Any]) -> tuple[float, float]:
    """'ribuan' = 1.000 up to 10.000; 'belasan ribu' = 11.000 up to 20.000."""
    value = float(q["value"])
    first = (q.get("text") or "").split()[0].lower() if q.get("text") else ""
    factor = VAGUE_SPAN.get(first)
    if factor:
        return value * 1.1, value * factor
    return value, value * 10


# ---------------------------------------------------------------------------- the timeline
@dataclass
class TimelineEntry:
    claim: int                    # 1-based position of the claim in the answer
    value: float
    high: float | None
    text: str                     # the figure as the answer shows it: "sekitar 10.000"
    kind: str                     # exact | approx | more | less | range | vague
    band: tuple[float, float] | None
    unit: str | None
    speaker: str | None
    speaker_short: str
    outlet: str
    scope: str | None
    scope_short: str | None
    published: dt.date | None     # the article's date
    date: dt.date | None          # the event date when the sentence gives one, else `published`
    date_kind: str | None         # "event" | "published" | None (unknown)
    date_phrase: str | None = None
    date_approx: bool = False
    year_inferred: bool = False

    @property
    def vague(self) -> bool:
        return self.kind == "vague"

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date.isoformat() if self.date else None, "value": self.value, "text": self.text,
                "speaker": self.speaker, "outlet": self.outlet, "scope": self.scope,
                "high": self.high, "kind": self.kind, "band": list(self.band) if self.band else None,
                "unit": self.unit, "speaker_short": self.speaker_short, "scope_short": self.scope_short,
                "date_kind": self.date_kind, "date_phrase": self.date_phrase, "date_approx": self.date_approx,
                "year_inferred": self.year_inferred,
                "published": self.published.isoformat() if self.published else None, "claim": self.claim}


def _iso(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s) if s else None
    except ValueError:
        return None


def _reference(c: AnswerClaim) -> tuple[str, dt.date | None]:
    """The outlet shown for a claim and its article's date (the first source, else the first dated one)."""
    outlet = c.sources[0].outlet if c.sources else "?"
    for s in c.sources:
        if (d := _iso(s.published)) is not None:
            return outlet, d
    return outlet, None


def timeline_entries(answer: Answer) -> list[TimelineEntry]:
    """One entry per figure of a quantity answer's full matches, in date order (unknown dates last,
    then in the answer's order). Empty for other answers and for the closest few."""
    if answer.intent != "quantity" or answer.match != "strong" or answer.message:
        return []
    entries: list[TimelineEntry] = []
    pending: list[tuple[TimelineEntry, DatePhrase]] = []
    for i, c in enumerate(answer.claims, 1):
        f = c.figure
        if not f or c.match != "strong" or f.get("label_unit"):
            continue
        outlet, published = _reference(c)
        kind = qualifier_kind(f)
        e = TimelineEntry(claim=i, value=float(f["value"]), high=f.get("high"), text=figure_label(f), kind=kind,
                          band=vague_band(f) if kind == "vague" else None, unit=f.get("unit"),
                          speaker=c.speaker, speaker_short=short_speaker(c.speaker), outlet=outlet,
                          scope=f.get("scope"), scope_short=short_scope(f.get("scope")), published=published,
                          date=published, date_kind="published" if published else None)
        phrase = figure_date_phrase(c.text, f.get("text") or "", [q.get("text") or "" for q in c.quantities])
        if phrase is not None:
            ev = resolve(phrase, published)
            if ev is not None:
                _set_event(e, ev)
            elif published is None and phrase.month is not None:
                pending.append((e, phrase))   # a day and month in an undated article: see below
        entries.append(e)
    known = sorted(e.date for e in entries if e.date)
    if pending and known:
        near = known[len(known) // 2]
        for e, phrase in pending:
            if (ev := resolve(phrase, None, near)) is not None:
                _set_event(e, ev)
    entries.sort(key=lambda e: (e.date is None, e.date or dt.date.min, e.claim))
    return entries


def _set_event(e: TimelineEntry, ev: EventDate) -> None:
    e.date, e.date_kind, e.date_phrase = ev.date, "event", ev.phrase
    e.date_approx, e.year_inferred = ev.approximate, ev.year_inferred


def distinct_figures(entries: list[TimelineEntry]) -> int:
    return len({(e.value, e.high, e.kind) for e in entries})


def chartable(entries: list[TimelineEntry]) -> bool:
    """A chart says something when two or more distinct figures were given."""
    return distinct_figures(entries) >= 2


def disagrees(entries: list[TimelineEntry]) -> bool:
    """Sources disagree: two or more different amounts (vague ones aside)."""
    return len({(e.value, e.high) for e in entries if not e.vague}) >= 2


def day_label(d: dt.date, with_year: bool = False) -> str:
    """'29 Okt' or '29 Okt 2024'."""
    return f"{d.day} {MONTH_ABBR[d.month - 1]}" + (f" {d.year}" if with_year else "")


def main_scope(entries: list[TimelineEntry]) -> str | None:
    """The scope most figures share: the others are named in the line ("8.000 di Kursk")."""
    counts = Counter(e.scope_short for e in entries if e.scope_short and not e.vague)
    return counts.most_common(1)[0][0] if counts else None


TIMELINE_LABEL = "Perkembangan angka"
EVENT_NOTE = "* tanggal menurut kalimatnya"


def timeline_line(entries: list[TimelineEntry]) -> str | None:
    """'Perkembangan angka: 22 Okt*: 3.000 (Pentagon) → 29 Okt: sekitar 10.000 (Pentagon) → …' when
    the figures carry two or more dates; vague amounts are left out (they move no estimate)."""
    dated = [e for e in entries if e.date and not e.vague]
    if len({e.date for e in dated}) < 2:
        return None
    years = {e.date.year for e in dated}
    scopes = {e.scope_short for e in entries if e.scope_short and not e.vague}
    main = main_scope(entries)

    def item(e: TimelineEntry) -> str:
        out = e.text
        if e.scope_short and len(scopes) > 1 and e.scope_short != main:
            out += f" di {e.scope_short}"
        return f"{out} ({e.speaker_short})"

    marked = False
    parts = []
    for e in dated:
        when = ("~" if e.date_approx else "") + day_label(e.date, len(years) > 1)
        if e.date_kind == "event" and e.date != e.published:
            when += "*"
            marked = True
        parts.append(f"{when}: {item(e)}")
    line = f"{TIMELINE_LABEL}: " + " → ".join(parts)
    undated = [e for e in entries if e.date is None and not e.vague]
    if undated:
        line += "; tanggal tidak diketahui: " + ", ".join(item(e) for e in undated)
    if marked:
        line += f" ({EVENT_NOTE})"
    return line

