"""Which stretch of a story a figure covers, and whether it is what was added.

A year is reported by its parts too: "kuartal II 2019" is not "semester I/2019".

An operation, a homecoming or a games is reported day by day and then as a whole: "7.446
kendaraan ditilang pada hari ketiga", "sepanjang Operasi Patuh Jaya 114.673 kendaraan ditilang",
"Indonesia menambah dua medali perunggu". A question asks one of these: a day ("di hari ketiga",
"pada H-3"), the whole ("selama dua pekan", "secara keseluruhan"), or what was added ("menambah
berapa medali"). A figure of another day, of a day when the whole is asked, or an increment when
the tally is asked does not answer."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from .claims import words_to_number
from .frame import _ROMAN, YEAR_PART_UNITS, _verb_like, lexicon
from .text import figure_at

DayKey = tuple[str, int]   # ("hari", 3) for "hari ketiga"; ("H", -3) for "H-3"

# "hari ketiga", "hari ke-3", "pekan pertama", "minggu kedua"; "H-3", "H+2" (days around Lebaran)
_ORDINAL_RE = re.compile(r"\b(hari|pekan|minggu)\s+(?:ke-?\s?(\d{1,3})\b|(pertama|ke[a-z]{3,9})\b)", re.I)
_H_DAY_RE = re.compile(r"\bH\s?([-+])\s?(\d{1,2})\b")
# the whole of the stretch: "selama dua pekan", "sepanjang operasi", "secara keseluruhan"
_WHOLE_RE = re.compile(r"\b(?:selama|sepanjang|keseluruhan)\b", re.I)   # not "total": "berapa total korban" asks no stretch
# what was added: "menambah dua medali", "bertambah 5 orang", "tambahan 6.000 kursi"
_ADDED_RE = re.compile(r"\b(?:menambah|menambahkan|bertambah|ditambah|tambahan)\s+(?:(?:lagi|sebanyak|sekitar|hanya|"
                       r"sedikitnya|setidaknya|kembali|sebesar|senilai)\s+)?(?:(?:rp\.?|us\$|usd|idr)\s*)?$", re.I)
# "Dia menambahkan sekitar 350.000 pengungsi …": a speaker adds a word, not a number of things
_SPEAKER_BEFORE_RE = re.compile(r"\b(?:dia|ia|beliau)(?:\s+pun)?\s*$", re.I)
# ... and "berapa provinsi baru": what is new is what was added ("menambah lima provinsi")
_ASKS_ADDED_RE = re.compile(r"\b(?:menambah\w*|bertambah|ditambah\w*|tambahan|penambahan|baru)\b", re.I)


def _ordinal(word: str) -> int | None:
    word = word.lower()
    if word == "pertama":
        return 1
    if word.startswith("ke"):
        n = words_to_number(word[2:])
        return int(n) if n is not None and 1 <= n <= 100 else None
    return None


def _day_marks(text: str) -> list[tuple[int, DayKey]]:
    """(position, key) of every day or week of a stretch a text names."""
    marks: list[tuple[int, DayKey]] = []
    for m in _ORDINAL_RE.finditer(text):
        if re.match(r"\s+(?:puluh|belas)\b", text[m.end():], re.I):
            continue   # "hari kedua puluh": not the second day
        n = int(m.group(2)) if m.group(2) else _ordinal(m.group(3))
        if n is not None:
            unit = m.group(1).lower()
            marks.append((m.start(), ("pekan" if unit == "minggu" else unit, n)))
    for m in _H_DAY_RE.finditer(text):
        marks.append((m.start(), ("H", int(m.group(2)) * (-1 if m.group(1) == "-" else 1))))
    return marks


@lru_cache(maxsize=512)
def asked_stretch(question: str) -> tuple[DayKey | None, bool, bool]:
    """(the day asked, the whole asked, an increment asked): "di hari ketiga" -> (("hari", 3), …)."""
    marks = _day_marks(question)
    day = marks[0][1] if len(marks) == 1 else None
    return day, day is None and not marks and bool(_WHOLE_RE.search(question)), bool(_ASKS_ADDED_RE.search(question))


def _stretch_of(sentence: str, at: int, end: int) -> DayKey | str | None:
    """The day the figure at [at, end) is of: the nearest day the sentence names ("Total ada 1.761
    kendaraan ditilang di hari kedua" is the second day's total); "whole" when it names none but
    says the whole; None when it says neither."""
    marks = _day_marks(sentence)
    if marks:
        return min(marks, key=lambda m: at - m[0] if m[0] < at else m[0] - end)[1]
    return "whole" if _WHOLE_RE.search(sentence) else None


_TOTAL_COUNT_ASKED_RE = re.compile(r"\b(?:berapa\s+total|total\s+\w+\s+berapa|jumlah\s+total)\b", re.I)
# a rise named before the figure, no other number between: "kenaikan jumlah penderita virus zika sampai 8"
_RISE_BEFORE_RE = re.compile(r"\b(?:kenaikan|penambahan|pertambahan|peningkatan)\b([^.;]*)$", re.I)


def stretch_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A day asked takes no other day's figure nor the whole's; the whole asked takes no one day's;
    the tally asked takes no increment ("menambah dua medali perunggu")."""
    day, whole, added = asked_stretch(question)
    text = q.get("text") or ""
    at = figure_at(sentence, text) if text else -1
    if at < 0:
        return True
    window = sentence[max(0, at - 40):at]
    if not added and (m := _ADDED_RE.search(window)) and not (
            m.group().lower().startswith("menambahkan") and _SPEAKER_BEFORE_RE.search(window, 0, m.start())):
        return False
    if _TOTAL_COUNT_ASKED_RE.search(question) and (rise := _RISE_BEFORE_RE.search(sentence[max(0, at - 60):at])) \
            and not re.search(r"\d", rise.group(1)):
        return False   # "berapa total penderita …": not "mencatat kenaikan jumlah penderita … sampai 8 orang"
    if day is None and not whole:
        return True
    of = _stretch_of(sentence, at, at + len(text))
    if day is not None:
        return of is None or of == day
    return not isinstance(of, tuple)


_COUNTDOWN_RE = re.compile(r"\s*(?:tahun|bulan|pekan|minggu|hari|jam|menit)?\s*lagi\b", re.I)
_COUNTDOWN_ASKED_RE = re.compile(r"\b(?:lagi|tersisa|sisa|menjelang|jelang)\b", re.I)


def countdown_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A span still to run ("dibahas hanya 20 hari lagi jelang berakhirnya DPR periode ini") answers
    only a question about what is left ("berapa hari lagi", "tersisa", "menjelang"), not how long
    something took ("berapa hari DPR membahas revisi UU KPK")."""
    text = q.get("text") or ""
    at = figure_at(sentence, text) if text else -1
    if at < 0 or not _COUNTDOWN_RE.match(sentence, at + len(text)):
        return True
    return bool(_COUNTDOWN_ASKED_RE.search(question))


# "kuartal II", "triwulan kedua", "semester I/2019", "Q2": a part of a year
_YEAR_PART_RE = re.compile(r"\b(kuartal|triwulan|semester|caturwulan)\s*(?:ke-?\s?)?([IV]{1,3}|[1-4]|pertama|kedua|ketiga|keempat)\b"
                           r"|\bQ([1-4])\b", re.I)


def year_parts(text: str) -> frozenset[tuple[str, int]]:
    """The parts of a year a text names: ("kuartal", 2) for "kuartal II" or "triwulan kedua"."""
    out = set()
    for m in _YEAR_PART_RE.finditer(text):
        if m.group(3):
            out.add(("kuartal", int(m.group(3))))
            continue
        raw = m.group(2).lower()
        n = int(_ROMAN[raw]) if raw in _ROMAN else (int(raw) if raw.isdigit() else _ordinal(raw))
        if n:
            out.add((YEAR_PART_UNITS[m.group(1).lower()], n))
    return frozenset(out)


def year_part_fits(question: str, sentence: str, figure_text: str | None = None) -> bool:
    """A part of a year asked ("pertumbuhan ekonomi kuartal II 2019") is not another the sentence
    names instead ("5,06 persen pada semester I/2019", "kuartal I"), nor the one named right before
    the figure since the figure before ("… kuartal I-2019 yang sebesar 5,07% … dan juga kuartal
    II-2018 …": 5,07% is the first quarter's)."""
    asked = _asked_year_parts(question)
    if not asked:
        return True
    named = year_parts(sentence)
    if not named or not named & asked:
        return not named
    at = figure_at(sentence, figure_text) if figure_text else -1
    if at > 0:
        start = max((m.end() for m in _FIGURE_RE.finditer(sentence, 0, at)), default=0)
        own = list(_YEAR_PART_RE.finditer(sentence, start, at))
        if own:
            return bool(year_parts(own[-1].group(0)) & asked)
    return True


_FIGURE_RE = re.compile(r"\d[\d.,]*\s*(?:%|persen\b)")   # a figure before this one (a year part's "2019" is none)


@lru_cache(maxsize=512)
def _asked_year_parts(question: str) -> frozenset[tuple[str, int]]:
    return year_parts(question)


_SIDE_RE = re.compile(r"\b(?:(sebelum|jelang|menjelang)|(setelah|usai|seusai|sesudah|pasca|selepas))\b\s*((?:\S+\s*){0,4})", re.I)
_WORD_RE = re.compile(r"[^\W\d_][\w-]*")
_SIDE_FILLERS = frozenset("itu ini tersebut yang di ke pada dari dan".split())


@lru_cache(maxsize=512)
def _asked_side(question: str) -> tuple[str | None, frozenset[str]]:
    """("before" | "after", the words of the event that follow the side word) a question asks;
    (None, ∅) when it asks no side or both."""
    found = [("before" if m.group(1) else "after", m.group(3)) for m in _SIDE_RE.finditer(question)]
    if len({side for side, _ in found}) != 1:
        return None, frozenset()
    words = frozenset(w.lower() for _, rest in found for w in _WORD_RE.findall(rest)) - _SIDE_FILLERS
    return found[0][0], words


def before_after_fits(question: str, sentence: str) -> bool:
    """Before an event asked ("poin Marquez sebelum seri San Marino") is not after it ("usai seri
    San Marino, Marquez mengoleksi 275 poin"), and the other way round: a side word counts in the
    sentence only when a word of the asked event follows it ("usai latihan" says nothing of the race)."""
    side, event = _asked_side(question)
    if side is None or not event:
        return True
    said = {"before" if m.group(1) else "after" for m in _SIDE_RE.finditer(sentence)
            if {w.lower() for w in _WORD_RE.findall(m.group(3))} & event}
    return not said or side in said


_AFTER_ASKED_RE = re.compile(r"\b(?:setelah|usai|seusai|sesudah|pasca|selepas|masih|kini|sekarang|tersisa)\b", re.I)
_START_ASKED_RE = re.compile(r"\b(?:awal|awalnya|semula|sebelum|sebelumnya|mula-mula|mulanya|dulu|dahulu)\b", re.I)
_START_SAID_RE = re.compile(r"\b(?:di awal|pada awal|awalnya|semula|mula-mula|mulanya|sebelumnya|dulu|dahulu)\b", re.I)
_SPAN_ASKED_RE = re.compile(r"\bberapa\s+(?:lama|hari|pekan|minggu|bulan|tahun|jam|menit|detik|kali)\b", re.I)
_NOW_SAID_RE = re.compile(r"\b(?:kini|sekarang|menjadi|jadi|setelah|usai|sesudah)\b", re.I)


@lru_cache(maxsize=512)
def _after_state_asked(question: str) -> bool:
    """What held after something is asked, no start and no span ("berapa hari setelah penyiraman
    …": "setelah" starts the span asked)."""
    return bool(_AFTER_ASKED_RE.search(question)) and not _START_ASKED_RE.search(question) \
        and not _SPAN_ASKED_RE.search(question)


def start_state_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """What held after something asked ("VO2Max … setelah berlatih di ISTC") is not what held at its
    start: "Di awal pelatnas VO2Max anak-anak rata-rata di bawah 50", "Semula tarifnya Rp 9.000".
    A sentence setting then against now ("Bila sebelumnya warga membeli BBM … Rp 7.500 - 9.000 per
    liternya, sekarang … Rp 6.450 per liter"): the figure of the side the question asks, now unless
    it asks what was before ("Sebelum ada SPBU BBM Satu Harga …")."""
    place = _figure_in_clause(sentence, q)
    if place is not None and (contrast := _then_now(sentence)) is not None:
        then_asked = bool(_THEN_ASKED_RE.search(question))
        return (place[1] > contrast) != then_asked
    if not _after_state_asked(question) or place is None:
        return True
    start, at = place
    said = None
    for said in _START_SAID_RE.finditer(sentence, start, at):
        pass
    return said is None or _NOW_SAID_RE.search(sentence, said.end(), at) is not None


# the end of a story asked ("dibawa pulang", "klasemen akhir", "secara keseluruhan") and the interim
# counts said on the way ("Indonesia saat ini sudah mengumpulkan lima medali", "data sementara")
_FINAL_ASKED_RE = re.compile(r"\b(?:dibawa pulang|klasemen akhir|hasil akhir|akhirnya|secara keseluruhan)\b", re.I)
_INTERIM_ASKED_RE = re.compile(r"\b(?:sementara|sejauh ini|sampai|hingga|sudah)\b", re.I)
_INTERIM_SAID_RE = re.compile(r"\b(?:saat ini|sejauh ini|untuk sementara|data sementara|hasil sementara|"
                              r"hingga kini|sampai saat ini|sampai hari ini|hingga hari ini|"
                              # "Indonesia sudah mendapat 32 medali": a tally on the way
                              r"sudah (?:mendapat|mengumpulkan|meraih|mengoleksi|mendulang|memperoleh|mengantongi))\b",
                              re.I)


def interim_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """The final count asked ("berapa medali emas yang dibawa pulang Indonesia") takes no count said
    to hold so far ("Indonesia saat ini sudah mengumpulkan lima medali")."""
    if not _FINAL_ASKED_RE.search(question) or _INTERIM_ASKED_RE.search(question) \
            or (place := _figure_in_clause(sentence, q)) is None:
        return True
    start, at = place
    return _INTERIM_SAID_RE.search(sentence, start, at + len(q.get("text") or "") + 40) is None


_THEN_WORDS = "sebelumnya|semula|dulu|dahulu|awalnya|mulanya"
_THEN_ASKED_RE = re.compile(rf"\b(?:sebelum|{_THEN_WORDS})\b", re.I)   # "Sebelum ada SPBU …" asks what was before
_THEN_SAID_RE = re.compile(rf"\b(?:{_THEN_WORDS})\b", re.I)
_NOW_CONTRAST_RE = re.compile(r"[,;]\s*(?:namun\s+|tetapi\s+|tapi\s+)?(?:sekarang|kini|saat ini)\b", re.I)


@lru_cache(maxsize=4096)   # every figure of a sentence asks it
def _then_now(sentence: str) -> int | None:
    """Where "now" begins in a sentence setting then against now ("sebelumnya …, sekarang …"), or None."""
    then = _THEN_SAID_RE.search(sentence)
    now = _NOW_CONTRAST_RE.search(sentence, then.end()) if then else None
    return now.start() if now else None


def _figure_in_clause(sentence: str, q: dict[str, Any]) -> tuple[int, int] | None:
    """(where the figure's stretch of its sentence starts, after the last "; " or ". ", where the
    figure stands), or None when it is not found."""
    text = q.get("text") or ""
    at = figure_at(sentence, text) if text else -1
    if at < 0:
        return None
    return max(sentence.rfind(m, 0, at) for m in ("; ", ". ")) + 1, at


def names_asked_day(question: str, q: dict[str, Any], sentence: str) -> bool:
    """The sentence dates the figure by the asked day of the stretch ("Terbanyak pada hari ketiga
    penerapan ganjil genap yang mencapai 2.026 pelanggar" for "… pada hari ketiga perluasan, Rabu
    11 September 2019"): a day as surely as its calendar date, whenever the report was written."""
    day = asked_stretch(question)[0]
    text = q.get("text") or ""
    at = figure_at(sentence, text) if text else -1
    return day is not None and at >= 0 and _stretch_of(sentence, at, at + len(text)) == day


# the state after an event asked ("berapa persen saham … yang akan dimiliki Indonesia setelah
# divestasi") and the state before it ("… yang sudah dimiliki pemerintah sebelum divestasi")
_AFTER_STATE_ASKED_RE = re.compile(r"\bakan\b.*\bsetelah\b|\bsetelah\b.*\bakan\b", re.I)
_BEFORE_STATE_ASKED_RE = re.compile(r"\b(?:sudah|telah)\b.*\bsebelum\b|\bsebelum\b.*\b(?:sudah|telah)\b", re.I)
_HELD_NOW_RE = re.compile(r"\b(?:sudah|telah|sebelumnya|saat ini)\b", re.I)
_TO_BE_RE = re.compile(r"\b(?:akan|bakal|nantinya)\b", re.I)


_PLAN_ASKED_RE = re.compile(r"\b(?:akan|bakal)\b", re.I)
_DONE_ASKED_RE = re.compile(r"\b(?:sudah|telah)\b", re.I)


def _done_not_planned(question: str, clause: str, stem: Callable[[str], str]) -> bool:
    """A plan asked ("berapa sekolah yang akan dibangun hingga 2029"), a clause saying the same
    verb is done ("telah terbangun 165 sekolah"): what is done, not what is planned."""
    if not _PLAN_ASKED_RE.search(question) or _DONE_ASKED_RE.search(question):
        return False
    if not _HELD_NOW_RE.search(clause) or _TO_BE_RE.search(clause):
        return False
    asked = {stem(t) for t in (x.lower() for x in re.findall(r"[\w-]+", question)) if _verb_like(t, stem)}
    return any(_verb_like(t, stem) and stem(t) in asked for t in (x.lower() for x in re.findall(r"[\w-]+", clause)))


def state_fits(question: str, q: dict[str, Any], sentence: str, stem: Callable[[str], str] | None = None) -> bool:
    """The state after an event asked ("akan dimiliki … setelah divestasi") is not the state a
    figure's clause says holds already ("saham … yang sudah dikempit negara sebesar 9,36 persen");
    the state before it ("sudah dimiliki … sebelum divestasi") is not one said to come ("akan
    menjadi 51 persen")."""
    after, before = _AFTER_STATE_ASKED_RE.search(question), _BEFORE_STATE_ASKED_RE.search(question)
    if not (after or before or _PLAN_ASKED_RE.search(question)):
        return True   # no state nor plan asked: the figure's clause is not read
    text = q.get("text") or ""
    at = figure_at(sentence, text) if text else -1
    if at < 0:
        return True
    clause = re.split(r"[;,]|\.\s", sentence[:at])[-1]
    own = re.split(r"\d[\d.,]*", clause)[-1]   # since the figure before: "telah terbangun 165 … dari proyeksi 500"
    if stem is not None and _done_not_planned(question, own, stem):
        return False
    if not (after or before) or (after and before):
        return True
    held, coming = _HELD_NOW_RE.search(clause), _TO_BE_RE.search(clause)
    return not (held and not coming) if after else not (coming and not held)


_AFTER_EVENT_RE = re.compile(r"\b(?:usai|seusai|setelah|sesudah|pasca)\b(.*)", re.I)
_NAME_WORD_RE = re.compile(r"\b[A-Z][\w-]*")


def _event_names(text: str) -> set[str]:
    """Capitalised words naming an event, less those naming only its series ("MotoGP", "GP")."""
    return {w.lower() for w in _NAME_WORD_RE.findall(text)} - lexicon().words["series_words"]


def preview_fits(question: str, title: str | None) -> bool:
    """The state after an event asked ("poin Marquez usai menang di GP San Marino") is not told by an
    article whose title says it comes before that event ("Jadwal MotoGP San Marino 2019",
    "Klasemen MotoGP 2019 Jelang Balapan di San Marino"): its standings are the ones before."""
    after = _AFTER_EVENT_RE.search(question)
    if not after or not title:
        return True
    low = title.lower()
    words = lexicon().words["preview_words"]
    at = min((m.end() for m in re.finditer(r"\w+", low) if m.group() in words), default=-1)
    if at < 0:
        return True
    return not (_event_names(after.group(1)) & _event_names(title[at:]))


# a rate of one period asked: "berapa dividen per tahun", "biaya kuliah per semester", "setahun"
_PER_PERIOD_ASKED_RE = re.compile(r"\b(?:(?:per|setiap|tiap)\s+(?:tahun|bulan|semester|pekan|minggu|hari)|setahun|sebulan|sehari|sepekan|seminggu)\b", re.I)
_SPAN_COUNT = r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|\d{1,3})"
# a total over several periods: "selama tiga tahun", "dalam dua tahun terakhir", "lima tahun ke depan", "untuk dua semester"
_SPAN_SAID_RE = re.compile(rf"\b(?:(?:selama|dalam|sepanjang|untuk|hingga)\s+(?:[a-z]+\s+)?{_SPAN_COUNT}\s+(?:tahun|bulan|semester|pekan|minggu|hari)\b"
                           rf"|{_SPAN_COUNT}\s+(?:tahun|bulan|semester|pekan|minggu|hari)\s+(?:terakhir|ke\s+depan|mendatang)\b)", re.I)
# a figure said per period: "Rp900 ribu per warga setiap bulan", "Rp 150 triliun per tahun"
_PER_PERIOD_AFTER_RE = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,3}?(?:per|setiap|tiap)\s+(?:tahun|bulan|semester|pekan|minggu|hari)\b", re.I)
# a figure held over several periods in a row ("… untuk delapan musim beruntun"), which a question
# naming one year or season asks only when it asks a streak
_STREAK_SAID_RE = re.compile(rf"\b{_SPAN_COUNT}\s+(?:tahun|musim|bulan|pekan|minggu|hari|laga|pertandingan|edisi)\s+"
                             r"(?:beruntun|berturut-turut|berturut)\b", re.I)
_STREAK_ASKED_RE = re.compile(r"\b(?:beruntun|berturut-turut|berturut)\b", re.I)
_YEAR_ASKED_RE = re.compile(r"\b(?:19|20)\d\d\b")
_TOTAL_ASKED_RE = re.compile(r"\b(?:total|seluruh|keseluruhan|selama|sepanjang|periode)\b", re.I)


def span_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A rate of one period and a total over several are not one another: "berapa dividen per
    tahun" takes not "Sepanjang lima tahun ke depan … Rp 750 triliun", "biaya kuliah per semester"
    not "biaya berkuliah untuk dua semester … Rp 17 juta"; and a total asked over a stretch
    ("total kompensasi … periode Juli-Agustus 2019") takes no amount said per month ("Rp900 ribu
    per warga setiap bulan") unless it asks a rate too. The figure's own clause decides."""
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    if at < 0:
        return True
    asked = _PER_PERIOD_ASKED_RE.search(question)
    after = re.split(r"[,;]|\.(?!\d)", sentence[at + len(text):], maxsplit=1)[0]
    if _STREAK_SAID_RE.search(after) and _YEAR_ASKED_RE.search(question) and not _STREAK_ASKED_RE.search(question):
        return False   # "selalu mencetak lebih dari 40 gol untuk delapan musim beruntun": no one season's tally
    own_rate = _PER_PERIOD_AFTER_RE.match(after)
    if asked:
        if own_rate:
            return True
        clause = re.split(r"[;]|\.(?!\d)", sentence[:at])[-1] + " " + after
        return not _SPAN_SAID_RE.search(clause)   # "… selama tiga tahun": a total, not one period's
    return not (own_rate and _TOTAL_ASKED_RE.search(question))
