"""What a figure's own stretch of its sentence says it is, beyond its noun: a grade, a field, an
average, a buyback price, a margin — a part or another kind of the count asked.

Damage and injuries are reported by grade ("tiga rumah rusak berat", "18 rumah rusak ringan", "44
rumah mengalami kerusakan"), finds by size ("enam mortir besar, tiga mortir sedang, delapan mortir
kecil"). A question asking one grade takes only figures of that grade; one asking none takes no
graded figure where the whole is stated (a part, not the whole). Scales and where their grade
stands: data/grades.txt. The others read the figure's stretch (from the figure before to the next):
"skor rata-rata 3,07", "di bidang kemandirian energi, 75,5%", "harga buyback … Rp678.000", "unggul
93 poin". And two orders of events: which goal ("gol pertama") and which match ("Indonesia vs Malaysia")."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Sequence

from .clean import DAYS_RE, MONTH_RE
from .claims import AREA_NUMBER_WORDS, NUMBER_LABELS, currency_of, words_to_number
from .frame import BEFORE_BREAK_MARKS, CURRENCY_BEFORE_REACH, _CURRENCY_BEFORE_RE, QuestionFrame, CLASSIFIERS, SET_ASIDE_WORDS, WORD_RE, _clause_words, _lower_words, _stemmed_words, _verb_like, company_names, frame_word_groups, lexicon, located_places
from .text import _data_lines, affixed_verb, figure_at


_JOINS = frozenset({"dan", "serta"})


_SETTING_LINKS = frozenset({"di", "daerah", "wilayah", "kawasan"})   # "kemiskinan di perdesaan"


@dataclass(frozen=True)
class Scale:
    name: str
    heads: frozenset[str]   # words the grade follows; empty: it follows the counted noun
    grades: dict[str, str]   # a grade's spelling -> the grade ("pedesaan" -> "perdesaan")


@lru_cache(maxsize=1)
def scales() -> tuple[Scale, ...]:
    out = []
    for ln in _data_lines("grades.txt"):
        name, where, grades = (x.strip() for x in ln.split("\t"))
        kind, *heads = where.split()
        spelled = {}
        for grade in grades.split("|"):
            ways = grade.split("=")
            spelled.update({w.strip(): ways[0].strip() for w in ways})
        out.append(Scale(name, frozenset(heads) if kind == "after_head" else frozenset(), spelled))
    return tuple(out)


def _grade_in(words: list[str], scale: Scale, noun: str | None) -> str | None:
    """The one grade the words give (None: none, or several)."""
    found = set()
    for i in range(len(words) - 1):
        if words[i + 1] not in scale.grades:
            continue
        if scale.heads:
            if words[i] in scale.heads or (words[i] in _SETTING_LINKS and i and words[i - 1] in scale.heads):
                found.add(scale.grades[words[i + 1]])
        elif noun is not None and words[i] == noun:
            found.add(scale.grades[words[i + 1]])
    if not scale.heads and found == {"sedang"} and not scale.grades.keys() & set(words) - found:
        return None   # "pabrik yang sedang dibangun": a size only beside another size ("mortir besar, … sedang")
    return found.pop() if len(found) == 1 else None


_HOW_WORDS = frozenset({"berapa", "seberapa"})


@lru_cache(maxsize=256)
def asked_grades(question: str) -> tuple[tuple[str, str | None], ...]:
    """(scale, grade asked or None) for each scale the question is on: its noun or a head of the
    scale is named ("rumah yang rusak berat": severity, berat; "rumah yang rusak": severity, None)."""
    low = [t.lower() for t in WORD_RE.findall(question)]
    out = []
    for scale in scales():
        if scale.heads:
            if scale.heads & set(low):
                out.append((scale.name, _grade_in(low, scale, None)))
        else:
            # "berapa besar BLT": how much, no size asked
            # not a place's ("IUP di pulau kecil": the islands are small, not the permits)
            # and only of the counted noun, right after "berapa": "… di BUMN dan perusahaan swasta
            # besar" sizes the employers, not the graduates counted
            asked_at = low.index("berapa") if "berapa" in low else len(low)
            nouns = {low[i] for i in range(len(low) - 1) if low[i + 1] in scale.grades and low[i] not in CLASSIFIERS
                     and low[i] not in _HOW_WORDS and not (i > 0 and low[i - 1] in _WHERE_WORDS)
                     and i <= asked_at + _COUNTED_REACH}
            grade = _grade_in(low, scale, nouns.pop()) if len(nouns) == 1 else None
            if grade:   # a size scale is only on when a size is asked: "berapa kapal" is no scale
                out.append((scale.name, grade))
    if "hari" in low or _DATE_IN_QUESTION_RE.search(question):
        # a day's count asked: parts of the day ("pukul 16.00-21.00", "pagi hari") are a scale
        out.append((DAYPART, _daypart_asked(question)))
    return tuple(out)


_WHERE_WORDS = frozenset({"di", "ke", "dari"})
_COUNTED_REACH = 3   # words after "berapa" where the counted noun and its size stand ("berapa kapal nelayan kecil")
DAYPART = "daypart"
_CLOCK_SPAN_RE = re.compile(r"\b(?:pukul|jam)\s*(\d{1,2})[.:]\d{2}\s*(?:WIB\s*)?(?:-|–|hingga|sampai|s\.?d\.?)\s*"
                            r"(?:pukul\s*)?\d{1,2}[.:]\d{2}", re.I)
# "hingga pukul 10.00 WIB tercatat 941 pengendara": the day so far, told by the hour it reached
_UNTIL_CLOCK_RE = re.compile(r"\b(?:hingga|sampai)\s+(?:pukul|jam)\s*(\d{1,2})[.:]\d{2}", re.I)
_BARE_CLOCK_SPAN_RE = re.compile(r"\b(\d{1,2})[.:]\d{2}\s*(?:-|–|hingga|sampai)\s*\d{1,2}[.:]\d{2}\b")
_DAYPART_WORD_RE = re.compile(r"\b(?:(pagi|siang|sore|malam)\s+hari(?:nya)?|(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)"
                              r"\s+(pagi|siang|sore|malam)|(pagi|siang|sore|malam)nya)\b", re.I)   # "Malamnya", "Malam harinya"
# "pada Rabu pagi 11 September 2019", "(Kamis malam, 19 September 2019)": the part of the day dates
# one moment of a dated day, as a clock time does; it is no part of a day's count
_DATED_DAYPART_RE = re.compile(rf"\b(?:{DAYS_RE})\s+(?:pagi|siang|sore|malam)\s*,?\s*\d{{1,2}}\s+(?:{MONTH_RE})\b", re.I)
_WEEKDAY_RE = re.compile(rf"\b(?:{DAYS_RE})\b", re.I)
_DATE_IN_QUESTION_RE = re.compile(r"\b\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
                                  r"|november|desember)\b", re.I)


def _daypart_of_hour(hour: int) -> str:
    return "pagi" if hour < 11 else "siang" if hour < 15 else "sore" if hour < 18 else "malam"


def _daypart_asked(question: str) -> str | None:
    """"pada pagi hari (06.00-10.00)", "sore hari": the part of the day asked, or None."""
    span = _BARE_CLOCK_SPAN_RE.search(question)
    if span:
        return _daypart_of_hour(int(span.group(1)))
    word = _DAYPART_WORD_RE.search(question)
    return word[word.lastindex].lower() if word else None


def _daypart_said(sentence: str, q: dict[str, Any]) -> str | None:
    """The part of the day a figure's sentence gives it: the clock span nearest the figure ("Pada
    pukul 06.00-10.00, tercatat 941 pelanggar"; "963 pelanggar pada pukul 16.00-21.00"), else a
    "pagi hari"-like phrase in its own clause."""
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return None
    spans = list(_CLOCK_SPAN_RE.finditer(sentence)) + list(_UNTIL_CLOCK_RE.finditer(sentence))
    if spans:
        nearest = min(spans, key=lambda m: min(abs(m.start() - at), abs(m.end() - at)))
        return _daypart_of_hour(int(nearest.group(1)))
    word = _DAYPART_WORD_RE.search(" ".join(_figure_words(sentence, q)))
    if word is None:
        # "Sampai Senin siang , Embarkasi Batam sudah memberangkatkan 6.713 calon haji": the one part
        # of the day its sentence names, in an opening phrase of its own
        words = list(_DAYPART_WORD_RE.finditer(sentence))
        word = words[0] if len(words) == 1 else None
    return word[word.lastindex].lower() if word else None


def _figure_words(sentence: str, q: dict[str, Any]) -> list[str]:
    """The figure's clause: back to a clause mark or figure, on to the next."""
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return []
    before = WORD_RE.findall(sentence[:at])
    i = len(before)
    while i > 0 and before[i - 1] not in BEFORE_BREAK_MARKS and not before[i - 1][:1].isdigit() \
            and before[i - 1].lower() not in _JOINS:   # "lima orang luka berat dan 12 orang luka ringan"
        i -= 1
    after = []
    for t in WORD_RE.findall(sentence[at + len(q["text"]):]):
        if t in BEFORE_BREAK_MARKS or t[:1].isdigit() or t.lower() in _JOINS:
            break
        after.append(t)
    unit = (q.get("unit") or "")
    return [t.lower() for t in (*before[i:], *([unit] if unit else []), *after)]


def _said_grades(question: str, q: dict[str, Any], sentence: str) -> list[tuple[str | None, str | None]]:
    """(grade asked, grade the figure's clause says) for each scale the question is on."""
    asked = asked_grades(question)
    if not asked:
        return []
    words = _figure_words(sentence, q)
    unit = (q.get("unit") or "").lower() or None
    by_name = {s.name: s for s in scales()}
    return [(grade, _daypart_told(question, q, sentence, grade) if name == DAYPART
             else _grade_in(words, by_name[name], unit if unit not in CLASSIFIERS else None))
            for name, grade in asked]


def _daypart_told(question: str, q: dict[str, Any], sentence: str, asked: str | None) -> str | None:
    """The part of the day a figure is told at, for the part asked. The moment asked by its clock
    time, or by a dated day's part ("Rabu pagi 11 September 2019") in a sentence naming no part of
    the day, is the part asked."""
    if _same_clock(question, sentence):
        return asked
    said = _daypart_said(sentence, q)
    dated = _DATED_DAYPART_RE.search(question)
    if said is None and dated:
        day = dated.group(0).split()[0].lower()
        if not all(m.group(0).lower() == day for m in _WEEKDAY_RE.finditer(sentence)):
            return None
        clock = _CLOCK_RE.search(sentence.lower())   # "sekitar pukul 20.17 WIB": the moment's own part of the day
        return _daypart_of_hour(int(re.split(r"[.:]", clock.group(1))[0])) if clock else asked
    return said


_CLOCK_RE = re.compile(r"\bpukul\s+(\d{1,2}[.:]\d{2})")


def _same_clock(question: str, sentence: str) -> bool:
    """The question's clock time ("Kamis pagi … pukul 04.17 GMT") is the sentence's: the moment
    asked, whatever part of the day the sentence names (none: "pada pukul 04.17 GMT")."""
    asked = {m.group(1).replace(":", ".") for m in _CLOCK_RE.finditer(question.lower())}
    return bool(asked) and bool(asked & {m.group(1).replace(":", ".") for m in _CLOCK_RE.finditer(sentence.lower())})


def grade_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A question asking one grade takes only figures saying it: not another grade ("18 rumah
    rusak ringan") nor none ("44 rumah mengalami kerusakan" for "rusak berat"). An amount of money
    is the graded thing's its sentence names before it ("stimulan untuk rumah rusak berat …
    1.594 unit dengan jumlah dana Rp 82 miliar")."""
    said = _said_grades(question, q, sentence)
    if said and all(s is None for _, s in said) and currency_of(sentence, q.get("text") or "") is not None:
        at = figure_at(sentence, q.get("text") or "")
        words = [t.lower() for t in WORD_RE.findall(sentence[:max(at, 0)])]
        by_name = {sc.name: sc for sc in scales()}
        said = [(grade, s if name == DAYPART else _grade_in(words, by_name[name], None))
                for (name, grade), (_, s) in zip(asked_grades(question), said)]
    return all(s == grade for grade, s in said if grade)



def graded_part(question: str, q: dict[str, Any], sentence: str) -> bool | None:
    """For a question on a scale asking no grade ("berapa rumah yang rusak"): True when the figure
    says a grade ("tiga rumah rusak berat": a part), False when it says none, None off the scale.
    An article stating the whole sets its graded parts aside (relevance.article_choices); one
    giving only grades keeps them."""
    said = [s for grade, s in _said_grades(question, q, sentence) if grade is None]
    return None if not said else any(s is not None for s in said)


_AVERAGE_RE = re.compile(r"\b(?:rata-rata|rata rata|rerata|average)\b", re.I)
_DOMAIN_RE = re.compile(r"\b(?:bidang|aspek)\s+([a-z][a-z-]+)", re.I)   # "di bidang kemandirian energi"
_COUNTED_BEFORE_RE = re.compile(r"(?:\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
                                r"belas|puluh|puluhan|ratus|ratusan|ribu|ribuan|beberapa|sebidang))\s*$", re.I)


def _figure_stretch(sentence: str, q: dict[str, Any]) -> tuple[str, str] | None:
    """The text from the figure before to this figure, and from it to the next figure or sentence
    end: what the sentence says of this figure alone, commas included."""
    return _stretch_of(sentence, q.get("text") or "")


@lru_cache(maxsize=4096)   # ten rules read the same figure's stretch: once per figure
def _stretch_of(sentence: str, text: str) -> tuple[str, str] | None:
    at = figure_at(sentence, text)
    if at < 0:
        return None
    end = at + len(text)
    prev = [m.end() for m in _DIGITS_RE.finditer(sentence, 0, at)]
    nxt = _DIGITS_RE.search(sentence, end)
    return sentence[prev[-1] if prev else 0:at], sentence[end:nxt.start() if nxt else len(sentence)]


CURRENCY_LOOK = 12   # characters before a figure where its currency sign is written ("Rp ", "US$ ")
_DIGITS_RE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*")   # a year is no figure: "pada Juli 2025 sebesar 0,28%"


def average_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """An average asked ("skor rata-rata kinerja pemerintahan") is a figure said to be one, not a
    single item's ("Kemendikdasmen mendapat skor terbaik dengan 3,35")."""
    if not _AVERAGE_RE.search(question):
        return True
    stretch = _figure_stretch(sentence, q)
    return stretch is None or any(_AVERAGE_RE.search(part) for part in stretch)


_LENGTH_UNITS = frozenset({"km", "kilometer", "m", "meter", "cm", "sentimeter", "mil"})
_SQUARE_RE = re.compile(r"\s*(?:persegi|per\s+segi)\b", re.I)
_AREA_ASKED_RE = re.compile(r"\b(?:persegi|luas|luasnya|seluas|area|km2|m2|hektare|hektar)\b", re.I)


def area_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A length unit followed by "persegi" ("wilayah 2.400 kilometer persegi") is an area: it
    answers no question asking how far or how long ("sejauh berapa kilometer … membentang")."""
    unit = (q.get("unit") or "").lower()
    if unit not in _LENGTH_UNITS or _AREA_ASKED_RE.search(question):
        return True
    at = figure_at(sentence, q.get("text") or "")
    return at < 0 or not _SQUARE_RE.match(sentence, at + len(q.get("text") or ""))


_CONFIRMED_ASKED_RE = re.compile(r"\b(?:dikukuhkan|mengukuhkan|dikonfirmasi|terkonfirmasi|dipastikan)\b", re.I)
_SUSPECTED_RE = re.compile(r"\b(?:diduga|dugaan|suspek|terduga)\b", re.I)


def confirmed_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """Confirmed cases or deaths asked ("kematian … yang telah dikukuhkan"): a figure said to be
    suspected ("delapan kematian yang diduga akibat demam kuning", "160 dugaan kasus") is not one."""
    if not _CONFIRMED_ASKED_RE.search(question) or _SUSPECTED_RE.search(question):
        return True
    stretch = _figure_stretch(sentence, q)
    if stretch is None:
        return True
    before, after = stretch
    near = " ".join(before.split()[-2:] + after.split()[:3])
    return not _SUSPECTED_RE.search(near)


def domain_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A figure of one field ("di bidang kemandirian energi, 75,5% warga Jatim puas") is a part of
    the whole asked, unless the question names that field."""
    stretch = _figure_stretch(sentence, q)
    if stretch is None or ("bidang" not in sentence and "aspek" not in sentence):
        return True
    asked = {t.lower() for t in WORD_RE.findall(question)}
    fields = [m.group(1).lower() for part in stretch for m in _DOMAIN_RE.finditer(part)
              if not _COUNTED_BEFORE_RE.search(part, 0, m.start())]   # "dua bidang tanah": plots counted
    return all(f in asked for f in fields)


# the buyback price by name, or by what it is when a page lost the word ("harga , atau harga yang
# didapat jika pemegang emas Antam mau menjual , tersebut adalah Rp 676.000")
_BUYBACK_RE = re.compile(r"\b(?:buyback|buy back|pembelian kembali|beli kembali"
                         r"|jika\s+(?:[\w-]+\s+){0,5}?(?:mau\s+|ingin\s+|hendak\s+)?menjual)\b", re.I)


def buyback_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """What a dealer pays back for gold ("harga buyback … menjadi Rp 675.000") is another price than
    what it sells for: each answers only its own question."""
    asked = _BUYBACK_RE.search(question) is not None
    if not asked and "kembali" not in sentence and "uyback" not in sentence and "uy back" not in sentence \
            and "menjual" not in sentence:
        return True
    stretch = _figure_stretch(sentence, q)
    if stretch is None:
        return True
    at = figure_at(sentence, q["text"])
    # before it: back over other figures to where its clause starts ("harga buyback … berkurang
    # Rp4.000 per gram menjadi Rp678.000"), not past a contrast ("…, sedangkan harga buyback …")
    before = _CLAUSE_START_RE.split(sentence[max(0, at - 100):at])[-1]
    after = _CLAUSE_START_RE.split(stretch[1])[0]
    said = bool(_BUYBACK_RE.search(before) or _BUYBACK_RE.search(after))
    return said == asked


_CLAUSE_START_RE = re.compile(r";|\.\s|\b(?:sedangkan|sementara|adapun|namun)\b", re.I)


_MARGIN_RE = re.compile(r"\b(?:unggul|selisih|terpaut|tertinggal|margin|keunggulan|perbedaan)\b", re.I)   # not "jarak": a distance


_MARGIN_BEFORE_RE = re.compile(r"\b(?:unggul|selisih|terpaut|tertinggal|keunggulan|ketinggalan|perbedaan|berselisih)\s+"
                               r"(?:(?:hingga|sekitar|sebanyak|lebih dari|sejauh|cuma|hanya|tipis)\s+)*$", re.I)


# a difference said as a comparison: "lebih rendah sekitar Rp 300 miliar dari pesaingnya"
_MORE_BEFORE_RE = re.compile(r"\blebih\s+[^\W\d_]+\s+(?:(?:sekitar|hingga|sebesar|sebanyak|hanya|cuma|kira-kira)\s+)*(?:Rp\.?|US\$|USD)?\s*$", re.I)
_THAN_AFTER_RE = re.compile(r"\s*(?:dari|daripada|ketimbang|dibanding|dibandingkan)\b", re.I)
_GAP_BEFORE_RE = re.compile(r"\b(?:ber)?jarak\s+(?:(?:hingga|sekitar|hanya|cuma|sejauh|lebih dari)\s+)*$", re.I)
# the two ends of a range a rule or an offer sets: "tarif batas bawah … Rp 3.500 … batas atasnya Rp 6.000"
_BOUND_WORDS = (r"maksimal|maksimum|minimal|minimum|tertinggi|terendah|paling\s+lambat|paling\s+cepat|selambat-lambatnya"
                r"|secepat-cepatnya|paling\s+banyak|paling\s+sedikit|paling\s+lama|paling\s+singkat")
# ("atas" alone is a preposition: "menang atas Brunei"; "batas atas" or "atasnya" is a bound)
_BOUND_RE = re.compile(rf"\bbatas\s+(atas|bawah)(?:nya)?\b|\b(atas|bawah)nya\b|\b({_BOUND_WORDS})(?:nya)?\b", re.I)
_BOUND_OF = {"atas": "upper", "maksimal": "upper", "maksimum": "upper", "tertinggi": "upper", "lambat": "upper",
             "banyak": "upper", "bawah": "lower", "minimal": "lower", "minimum": "lower", "terendah": "lower",
             "cepat": "lower", "sedikit": "lower", "lama": "upper", "singkat": "lower"}   # a term "paling singkat … paling lama"
_BOUND_ASKED_RE = re.compile(rf"\bbatas\s+(atas|bawah)\b|\b({_BOUND_WORDS})\b", re.I)


_CAP_ASKED_RE = re.compile(r"\b(?:paling\s+banyak|maksimal|maksimum|batas\s+atas|paling\s+lambat|selambat-lambatnya)\b", re.I)
_MORE_THAN_RE = re.compile(r"\blebih\s+dari\s+\d[\d.,]*(?:\s+[^\W\d_]+)?\s*$", re.I)
_NAMED_BOUND_RE = re.compile(r"\b(?:upah|eceran|retail)\s+$", re.I)   # "upah minimum", "harga eceran tertinggi": names, no bound


def _bounds_in(text: str, asked: bool = False) -> list[str]:
    """The bounds a text names, in order ("upper", "lower")."""
    return [_BOUND_OF[re.sub(r"^(?:paling\s+|se)|-.*$", "", " ".join(word.lower().split()))]
            for m in (_BOUND_ASKED_RE if asked else _BOUND_RE).finditer(text)
            if (word := next(g for g in m.groups() if g)).islower() and not _NAMED_BOUND_RE.search(text, 0, m.start())]


@lru_cache(maxsize=512)
def _bounds_asked(question: str) -> frozenset[str]:
    return frozenset(_bounds_in(question, asked=True))


def bound_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A bound asked ("tarif batas bawah", "batas maksimal pengisian solar") is not the other end
    its sentence sets beside it: "tarif bawahnya Rp 3.500 … dengan tarif batas atasnya Rp 6.000"
    gives 6.000 as the upper bound. Read from the figure before to this one only: what follows a
    figure names the next ("Rp 3.500 per kilometer dengan tarif batas atasnya"), and the nearest
    bound decides ("paling cepat dua tahun dan paling lambat dua setengah tahun"); a figure naming
    none, paired with a next one naming the asked bound, is the other end ("4 tahun dan maksimal
    12 tahun")."""
    asked = _bounds_asked(question)
    if len(asked) != 1:
        return True
    stretch = _figure_stretch(sentence, q)
    if stretch is None:
        return True
    # the nearest bound before it ("paling cepat dua tahun dan paling lambat dua setengah tahun")
    said = _bounds_in(stretch[0] + " " + (q.get("text") or ""))
    if not said and asked == {"upper"} and _CAP_ASKED_RE.search(question) \
            and _MORE_THAN_RE.search(stretch[0] + " " + (q.get("text") or "")):
        return False   # "paling banyak berapa bulan": "tunggakan lebih dari 3 bulan" is a floor, not the cap
    if not said and _RANGE_JOIN_RE.match(stretch[1]) and (after := _bounds_in(stretch[1])) and after[0] in asked:
        return False   # "diancam hukuman 4 tahun dan maksimal 12 tahun": the next figure is the asked bound
    return not said or said[-1] in asked


# the figure's unit, "dan", then the next figure's bound: "4 tahun dan maksimal 12 tahun"
_RANGE_JOIN_RE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}dan\s+(?:[^\W\d_]+\s+){1,3}$", re.I)
_TALLY_UNITS = frozenset({"poin", "angka", "suara", "gol"})


def margin_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A margin asked ("Marquez unggul berapa poin dari Dovizioso") is a figure said to be one
    ("unggul 93 poin dari Dovizioso"), not a tally ("Dia mengumpulkan 182 poin"); and a tally
    asked ("berapa poin Dovizioso") is no margin ("tertinggal 23 poin dari Andrea Dovizioso")."""
    stretch = _figure_stretch(sentence, q)
    if not _MARGIN_RE.search(question):
        if stretch is None:
            return True
        # "Rossi … hanya berjarak 10 poin", "dengan jarak lima poin dari pemuncak klasemen": a gap in a
        # tally, not the tally ("berjarak 5 km" is a distance)
        gap = (q.get("unit") or "").lower() in _TALLY_UNITS and _GAP_BEFORE_RE.search(stretch[0])
        return not (_MARGIN_BEFORE_RE.search(stretch[0]) or gap)
    if stretch is None:
        return True
    if _NAMED_BRACKET_RE.search(stretch[0]) and stretch[1].lstrip().startswith(")"):
        return False   # "unggul dua poin atas Rennes (10 poin)": Rennes's own tally, in brackets after it
    before = _CLAUSE_START_RE.split(stretch[0])[-1].split(",")[-1]
    if not (_MARGIN_RE.search(before) or _MARGIN_RE.search(stretch[1].split(",")[0])
            or (_MORE_BEFORE_RE.search(before) and _THAN_AFTER_RE.match(stretch[1]))):
        return False
    sides = _asked_sides(question)
    said_ahead = _AHEAD_RE.search(before) is not None
    said_behind = _BEHIND_RE.search(before) is not None
    ref = _MARGIN_REF_RE.search(stretch[1].split(",")[0])
    if sides and ref and said_ahead != said_behind:
        # "Hamilton mengungguli Verstappen": a gap said "unggul … dari Verstappen" is over the one
        # asked behind, one said "terpaut … dari Verstappen" is behind the one named (another driver's
        # gap, unless the asked leader is named: "Verstappen tertinggal … dari Hamilton")
        leader, trailer = sides
        named = {w.lower() for w in ref.group(1).split()}
        return bool(named & (trailer if said_ahead else leader))
    # over whom: "… unggul berapa poin dari Dovizioso" is not "unggul 31 poin dari Danilo Petrucci"
    asked = _MARGIN_OVER_RE.search(question)
    said = _MARGIN_OVER_RE.search(stretch[1])
    if asked and said:
        return bool({w.lower() for w in said.group(1).split()} & {w.lower() for w in asked.group(1).split()})
    return True


_MARGIN_OVER_RE = re.compile(r"\b(?:dari|atas|ketimbang|dibanding)\s+(?:[a-z]+\s+){0,3}?((?:[A-Z][\w'-]+\s*){1,3})")
_NAMED_BRACKET_RE = re.compile(r"\b[A-Z][\w'-]*\s*\(\s*$")
_AHEAD_RE = re.compile(r"\b(?:unggul|mengungguli|keunggulan|memimpin)\b", re.I)
_BEHIND_RE = re.compile(r"\b(?:tertinggal|terpaut|ketinggalan|kalah)\b", re.I)
# whom a gap is measured from: "dari Verstappen", "dengan Verstappen", "di belakang Hamilton", "di depan Max Verstappen"
_MARGIN_REF_RE = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:dari|atas|dengan|ketimbang|dibanding|di\s+belakang|di\s+depan)\s+"
                            r"((?:[A-Z][\w'-]+\s*){1,3})")
_CAPS_RUN_RE = re.compile(r"(?:\b[A-Z][\w'-]+\s*){1,3}")


@lru_cache(maxsize=256)   # a question's, read for each of its figures
def _asked_sides(question: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(leader, trailer) name words of a margin asked between two named sides: "Hamilton
    mengungguli Verstappen" (Hamilton ahead), "berapa poin Dovizioso tertinggal dari Marquez"
    (Marquez ahead); None unless a side is named on both sides of the margin word."""
    verb = _AHEAD_RE.search(question) or _BEHIND_RE.search(question)
    if verb is None:
        return None
    # (from the second character: the question's first word is capitalised whatever it is)
    before = [m.group().split() for m in _CAPS_RUN_RE.finditer(question, 1, verb.start())]
    after = _CAPS_RUN_RE.search(question, verb.end())
    if not before or after is None:
        return None
    first = frozenset(w.lower() for w in before[-1])
    second = frozenset(w.lower() for w in after.group().split())
    return (first, second) if _AHEAD_RE.fullmatch(verb.group()) else (second, first)


_ORDER_WORDS = ("pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "terakhir", "pembuka", "penutup")
_ORDER_SAME = {"pembuka": "pertama", "penutup": "terakhir"}   # "gol pembuka" is the first goal, "gol penutup" the last
_EVENT_ORDER_RE = re.compile(rf"\b([a-z]+)\s+({'|'.join(_ORDER_WORDS)})\b", re.I)


def event_order_fits(question: str, sentence: str) -> bool:
    """An event asked by its place in an order ("gol pertama Thailand") is not another of its kind
    the sentence numbers ("gol ketiga Thailand tercipta … pada menit ke-72"): a sentence naming the
    same noun with another order word and never with the asked one tells of another."""
    asked = {(n.lower(), _ORDER_SAME.get(o.lower(), o.lower())) for n, o in _EVENT_ORDER_RE.findall(question)}
    if not asked:
        return True
    said = {(n.lower(), _ORDER_SAME.get(o.lower(), o.lower())) for n, o in _EVENT_ORDER_RE.findall(sentence)}
    return not any(n == an and o != ao for n, o in said for an, ao in asked) or bool(said & asked)


@lru_cache(maxsize=1)
def _trial_re() -> re.Pattern[str]:
    words = sorted(frame_word_groups("trial_events"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


def trial_fits(question: str, sentence: str, title: str | None) -> bool:
    """A trial run of an event ("kejuaraan uji coba Asian Games 2018", "test event") is not the
    event: its figures ("100 atlet dari 13 negara") answer only a question about the trial, and a
    question about the trial takes none from a sentence about the event itself ("Asian Games 2018
    … menggelar 40 cabang olahraga") unless its title says the trial."""
    trial = _trial_re()
    if trial.search(question):
        return bool(trial.search(sentence) or (title and trial.search(title)))
    return trial.search(sentence) is None


_MANY_COUNTRIES_RE = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:dari|asal)\s+(?:\d+|[a-z]+)\s+negara\b", re.I)


def one_country_fits(entities: Sequence[str], question: str, q: dict[str, Any], sentence: str) -> bool:
    """Whose count a country's is ("atlet paralayang Indonesia"): a count said to come from several
    countries ("100 atlet dari 13 negara") holds every country's, not the one asked."""
    lex = lexicon()
    if not any(lex.places.get(e) is not None and lex.places[e].kind == "country" for e in entities) \
            or re.search(r"\bberapa\s+negara\b", question, re.I):
        return True
    text = q.get("text") or ""
    at = figure_at(sentence, text) if text else -1
    return at < 0 or _MANY_COUNTRIES_RE.match(sentence[at + len(text):]) is None


_HAS_BEFORE_RE = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:memiliki|mempunyai|punya)"
                            r"(?:\s+(?:sebanyak|sekitar|hampir|lebih\s+dari))?\s*$")
HOME_COUNTRY = "indonesia"   # an archive of Indonesian news: a count asked with no place is the nation's


def country_held_fits(entities: Sequence[str], places: Sequence[str], question: str, q: dict[str, Any],
                      sentence: str) -> bool:
    """A count asked of no country ("berapa universitas yang masuk daftar THE 2020") is not one
    foreign country's share of it ("Inggris memiliki 100 universitas yang masuk …")."""
    if entities or places:
        return True
    text = q.get("text") or ""
    at = figure_at(sentence, text) if text else -1
    m = _HAS_BEFORE_RE.search(sentence[max(0, at - 60):at]) if at > 0 else None
    if m is None:
        return True
    lex = lexicon()
    key = lex.names.map.get(tuple(m.group(1).lower().split()))
    return key is None or key == HOME_COUNTRY or lex.places.get(key) is None or lex.places[key].kind != "country"


_MATCHUP_RE = re.compile(r"\b([A-Z][\w-]+)\s+(?:vs\.?|versus|kontra|melawan)\s+([A-Z][\w-]+)")


def _matchups(text: str) -> set[frozenset[str]]:
    return {frozenset((a.lower(), b.lower())) for a, b in _MATCHUP_RE.findall(text)}


def matchup_fits(question: str, sentence: str, title: str | None) -> bool:
    """A match asked by its sides ("laga Indonesia vs Malaysia") is not another match the sentence,
    or failing that its title, names ("Ribuan Personel Gabungan Amankan Laga Indonesia vs Thailand")
    without naming the asked one."""
    asked = _matchups(question)
    if not asked:
        return True
    for text in (sentence, title or ""):
        said = _matchups(text)
        if said:
            return bool(said & asked)
    return True


# "kekurangan" asks a shortfall only as what is asked ("berapa kekurangan dana"), not as a state
# of the counted ("berapa persen penduduk … terancam kekurangan pangan")
_REMAINDER_ASKED_RE = re.compile(r"\b(?:sisa|sisanya)\b|\bberapa\s+(?:(?:jumlah|besar|total)\s+)?kekurangan\b", re.I)
_REMAINDER_BEFORE_RE = re.compile(r"\b(?:sisa|sisanya)\b(?:\s+[^\W\d_][\w-]*){0,5}\s+(?:(?:sebesar|sebanyak|senilai|yakni|yaitu)\s+)?$", re.I)
_REMAINDER_SAID_RE = re.compile(r"\b(?:sisa|sisanya|kekurangan|lagi|belum|masih)\b", re.I)


def remainder_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """What remains asked ("berapa sisa kerugian negara yang masih ditagih") is a figure said to
    remain ("sekitar Rp 4 triliun lagi masih ditagih", "sisanya Rp 4 triliun"), not the whole
    ("total kerugian negara Rp 17,7 triliun") nor what was paid ("Rp 13,2 triliun diterima"); and
    what remains answers nothing else."""
    stretch = _figure_stretch(sentence, q)
    if not _REMAINDER_ASKED_RE.search(question):
        # "mengambil alih sisa saham Freeport sebesar 41,6 %": what remains answers no other question
        return stretch is None or not _REMAINDER_BEFORE_RE.search(re.split(r"[,;]", stretch[0])[-1])
    if stretch is None:
        return True
    before, after = stretch
    return bool(_REMAINDER_SAID_RE.search(before[-60:]) or _REMAINDER_SAID_RE.search(after[:60]))


_AIM_RE = re.compile(r"\b(?:agar|supaya)\b", re.I)
# (a requirement asked is what one must reach: "agar dapat mengumpulkan sebanyak 69.807 … KTP sebagai minimal syarat")
_AIM_ASKED_RE = re.compile(r"\b(?:agar|supaya|target|sasaran|ditargetkan|menargetkan|diharapkan|proyeksi|ingin|hendak|menuntut|dituntut|tuntutan"
                           r"|syarat|disyaratkan|mensyaratkan|persyaratan)\b", re.I)


def aim_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A figure in a clause of purpose ("… menindak rokok ilegal agar angka peredaran turun menjadi
    3%") is an aim, not what is: it answers only a question asking an aim or a target; and what
    will be ("akan ada 20 jadwal") answers no question asking what is now ("saat ini")."""
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    clause = re.split(r"[,;]", sentence[:at])[-1]
    if _AIM_ASKED_RE.search(question):
        # "target lifting minyak" asked: not "lifting … sudah mencapai 619.000 barel" (what was reached)
        # (the figure's own text may hold its verb: "mencapai 619.000 barel")
        return bool(_REACHED_RE.search(question)) or not _REACHED_RE.search(f"{clause}{q.get('text') or ''}")
    if (_NOW_ASKED_RE.search(question) or _DONE_ASKED_RE.search(question)) and not _WILL_RE.search(question) \
            and (will := [m.end() for m in _WILL_RE.finditer(clause)]) and not _NOW_ASKED_RE.search(clause, will[-1]):
        # "saat ini" asked: "Sehingga akan ada 20 jadwal penerbangan" is what will be; "BTS yang sudah
        # dibangun": "akan menggenjot pembangunan 5.000 BTS" is a plan. Not what is now, said after
        # the plan: "… akan meringankan beban Kantor Imigrasi yang saat ini berjumlah 125"
        return False
    if _TARGET_BEFORE_RE.search(clause) or (_APPOSITIVE_RE.fullmatch(clause) and _TARGET_BEFORE_RE.search(
            " ".join(re.split(r"[,;]", sentence[:at])[-2:]).replace("  ", " "))):
        # (an appositive's figure is its noun's: "dari total target yang ditetapkan …, yaitu sebesar Rp 40,6 triliun")
        return False   # "telah melewati target lifting minyak dalam APBN 2025 sebesar 605 ribu barel": the target, not the lifting
    return not _AIM_RE.search(clause)


_REACHED_RE = re.compile(r"\b(?:realisasi(?:nya)?|terealisasi|tercapai)\b|\b(?:sudah|telah)\s+(?:(?:mencapai|menyentuh|melampaui|melewati)\s+)?"
                         r"(?:(?:sekitar|lebih\s+dari|hampir)\s+)?\d", re.I)
_APPOSITIVE_RE = re.compile(r"\s*(?:yaitu|yakni)\s+(?:sebesar|sebanyak|senilai)?\s*(?:rp\.?|us\$|usd)?\s*", re.I)
# a figure headed by the target it is (no figure, verb of reaching or clause mark between)
_TARGET_BEFORE_RE = re.compile(r"\b(?:target|sasaran)\s+(?:(?:[^\W\d_][\w-]*|\([^\W\d_]+\)|(?:19|20)\d\d)\s+){0,12}?"
                               r"(?:sebesar|sebanyak|senilai|yakni|yaitu|adalah|di\s+angka|pada\s+angka)\s*(?:rp\.?|us\$|usd)?\s*$", re.I)
_DONE_ASKED_RE = re.compile(r"\b(?:sudah|telah)\s+(?:di|ter|ber|me)\w+", re.I)
_NOW_ASKED_RE = re.compile(r"\b(?:saat\s+ini|sekarang|kini)\b", re.I)
_WILL_RE = re.compile(r"\b(?:akan|bakal)\b", re.I)


_PROGRESS_ASKED_RE = re.compile(r"\b(?:sudah|belum|telah|baru|masih)\b", re.I)
# (not an age: "meski usianya baru 16 tahun" is how young, not how far)
_SO_FAR_BEFORE_RE = re.compile(r"(?<!usianya )(?<!umurnya )(?<!berusia )(?<!berumur )"
                               r"\bbaru(?:\s+(?:ada|sekitar|mencapai|terdapat|sebanyak))?\s*$", re.I)
_NOT_YET_AFTER_RE = re.compile(r"^\s*(?:[^\W\d_][\w-]*\s+){0,2}yang\s+belum\b", re.I)


def progress_fits(question: str, q: dict[str, Any], sentence: str, stem: Callable[[str], str] | None = None) -> bool:
    """A count of how far something has got ("baru 10 dari 17 provinsi …", "164 dari 166 titik", "baru ada satu
    provinsi yang menyepakati …") or of those not yet done ("3 Provinsi yang belum melakukan
    pembahasan") is no total: it answers only a question asking how far (sudah, belum, baru)."""
    if _PROGRESS_ASKED_RE.search(question):
        return True
    stretch = _figure_stretch(sentence, q)
    if stretch is None:
        return True
    before, after = stretch
    if re.fullmatch(r"\s*dari\s*", after) and (_other_unit_after(sentence, q) or _money_from_a_count(sentence, q)):
        return True   # "dengan 20 poin dari 18 laga": points won over matches played, no part of a whole
    if re.fullmatch(r"\s*dari\s*", after) and _whole_asked(question, sentence, q):
        return True   # "Dari 33 perusahaan …, berapa yang memilih …": "23 dari 33 perusahaan" is the part asked
    if re.fullmatch(r"\s*dari\s*", after) and stem is not None:
        # "164 dari 166 titik … sudah beroperasi": how far, unless the question asks what they did
        # ("berapa anggota yang hadir" for "dihadiri 77 anggota dari 560 anggota")
        asked = {stem(t.lower()) for t in WORD_RE.findall(question)}
        return any(_verb_like(t.lower(), stem) and stem(t.lower()) in asked for t in WORD_RE.findall(sentence))
    return not (_SO_FAR_BEFORE_RE.search(before) or _NOT_YET_AFTER_RE.search(after))


_ASKED_WHOLE_FIGURE_RE = re.compile(r"\bdari\s+(\d[\d.,]*)", re.I)


def _whole_asked(question: str, sentence: str, q: dict[str, Any]) -> bool:
    """The figure after the part's "dari" is the whole the question itself names after its own
    "dari" ("Dari 33 perusahaan …"): the part of it is what is asked."""
    wholes = {m.group(1) for m in _ASKED_WHOLE_FIGURE_RE.finditer(question)}
    if not wholes:
        return False
    at = figure_at(sentence, q.get("text") or "")
    nxt = _DIGITS_RE.search(sentence, at + len(q.get("text") or "")) if at >= 0 else None
    return nxt is not None and nxt.group() in wholes


_SHORT_RATE_RE = re.compile(r"\b(?:tiap|setiap|per)\s*(?:detik|menit|jam)\b|/\s*(?:detik|menit|jam)\b", re.I)
_SPEED_ASKED_RE = re.compile(r"\b(?:kecepatan|laju|rata-rata|debit)\b", re.I)


def short_rate_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A count said to come every second, minute or hour ("terdapat 18 lamaran , yang diunggah di
    laman tersebut tiap menit") is a rate, not how many there were: it answers only a question
    asking one. A measure said per hour (a speed, "180 km per jam") is not judged here."""
    if _SHORT_RATE_RE.search(question) or _SPEED_ASKED_RE.search(question):
        return True
    unit = (q.get("unit") or "").lower()
    if unit in lexicon().words["measure_nouns"] or unit in lexicon().words["money_units"]:
        return True
    stretch = _figure_stretch(sentence, q)
    return stretch is None or not _SHORT_RATE_RE.search(re.split(r"[.;](?!\d)", stretch[1])[0])


def _other_unit_after(sentence: str, q: dict[str, Any]) -> bool:
    """The figure's unit is written, and the figure after its "dari" counts another noun ("20 poin
    dari 18 laga"; "164 dari 166 titik" and "10 dari 17 provinsi" count one)."""
    unit = (q.get("unit") or "").lower()
    at = figure_at(sentence, q.get("text") or "")
    if not unit or at < 0 or unit not in (q.get("text") or "").lower():
        return False
    nxt = _DIGITS_RE.search(sentence, at + len(q.get("text") or ""))
    word = re.match(r"[\d.,]*\s+([a-z]+)", sentence[nxt.start():], re.I) if nxt else None
    return bool(word) and word.group(1).lower() != unit


def _money_from_a_count(sentence: str, q: dict[str, Any]) -> bool:
    """An amount earned from a count of things ("US$ 22,8 juta dari 143.826 tiket") is no part of
    a whole: the figure after its "dari" is no amount of money."""
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    if at < 0 or currency_of(sentence, text) is None:
        return False
    nxt = _DIGITS_RE.search(sentence, at + len(text))
    return bool(nxt) and currency_of(sentence[max(0, nxt.start() - CURRENCY_LOOK):], nxt.group()) is None


# the period a rate of change or a count is taken over: month on month, year on year, year to date, day
_BASES = (("ytd", r"tahun\s+kalender|year[\s-]+to[\s-]+date|ytd|y-to-d"),
          ("yoy", r"tahunan|year[\s-]+on[\s-]+year|yoy|y-on-y|year[\s-]+over[\s-]+year"),
          ("mtm", r"bulanan|month[\s-]+to[\s-]+month|month[\s-]+on[\s-]+month|mtm|m-to-m|mom"),
          ("qtq", r"kuartalan|quarter[\s-]+to[\s-]+quarter|qtq|q-to-q"),
          # a count taken per day ("pengguna aktif harian") is not one taken per month ("bulanan")
          ("dtd", r"harian|daily"))
_BASIS_RE = re.compile("|".join(rf"(?P<{name}>\b(?:{ways})\b)" for name, ways in _BASES), re.I)
_CLAUSE_END_RE = re.compile(r"[,;]|\b(?:dan|sedangkan|sementara)\b", re.I)


def _basis(text: str, last: bool) -> str | None:
    found = [m.lastgroup for m in _BASIS_RE.finditer(text)]
    return (found[-1] if last else found[0]) if found else None


def basis_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A rate asked over a period ("inflasi tahunan", "month to month") is not one said over
    another: "secara tahun kalender terjadi inflasi 1,69%" is the year so far, not year on year;
    "0,30% secara bulanan" is the month's; a count of daily users ("pengguna aktif harian") is not
    "24 juta pengguna aktif bulanan". The figure's own words decide: right after it up to
    the clause's end, else the nearest before it since the figure before."""
    asked = {m.lastgroup for m in _BASIS_RE.finditer(question)}
    if len(asked) != 1:
        return True
    stretch = _figure_stretch(sentence, q)
    if stretch is None:
        return True
    before, after = stretch
    said = _basis(_CLAUSE_END_RE.split(after, 1)[0], last=False) or _basis(before, last=True)
    return said is None or said in asked


_CONTRIBUTION_ASKED_RE = re.compile(r"\b(?:andil|sumbangan|kontribusi|penyumbang)\b", re.I)
_CONTRIBUTION_VERB_RE = re.compile(r"\b\w*(?:sumbang|nyumbang)\w*\b", re.I)   # "disumbangkan", "menyumbang" (meN- + s): a giving asked, any figure
_CONTRIBUTION_SAID_RE = re.compile(r"\b(?:andil(?:nya)?|sumbangan(?:nya)?|kontribusi(?:nya)?|menyumbang|menyumbangkan|penyumbang"
                                   r"|memberikan\s+inflasi|memberi\s+inflasi)\b", re.I)


def contribution_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A contribution asked ("andil beras terhadap inflasi") is a figure said to be one ("beras
    memberikan andil 0,06%", "menyumbang inflasi 0,06%"), not the whole it adds to ("inflasi Juli
    0,30% … disumbang harga beras"); and the other way round for a share."""
    stretch = _figure_stretch(sentence, q)
    if stretch is None:
        return True
    said = _CONTRIBUTION_SAID_RE.search(re.split(r"[,;]", stretch[0])[-1][-100:])   # its clause
    if _CONTRIBUTION_VERB_RE.search(question) and not _CONTRIBUTION_ASKED_RE.search(question):
        return True
    if not _CONTRIBUTION_ASKED_RE.search(question):
        # and a share said to be one thing's contribution ("beras memberikan inflasi sebesar
        # 0,06%") is not the rate itself
        return not (said and (q.get("unit") or "").lower() in ("persen", "poin"))
    return bool(said)


_FROM_ASKED_RE = re.compile(r"\bdari\s+(?:kabupaten\s+|kota\s+)?([^\W\d_][\w-]*)", re.I)
_FROM_SAID_RE = re.compile(r"^\s*(?:[^\W\d_][\w-]*\s+)?dari\s+(?:Kabupaten\s+|Kota\s+)?([A-Z][\w-]*)")


def distance_from_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A distance asked from a place ("berapa mil … dari Ilaga") is not one said from another:
    "berjarak 15 mil dari Ilaga … dan 43 mil dari Kabupaten Mimika" gives 15. Money "dari" someone
    is who paid it ("fee … dari pemilik PT X" asked, "dari Pieko" said), no place it is measured from
    (an amount in rupiah has no unit and was never judged here)."""
    unit = (q.get("unit") or "").lower()
    if not unit or unit in lexicon().words["money_units"] or not (asked := _FROM_ASKED_RE.search(question)):
        return True
    stretch = _figure_stretch(sentence, q)
    if stretch is None:
        return True
    said = _FROM_SAID_RE.match(stretch[1])
    return said is None or said.group(1).lower() == asked.group(1).lower()


_CODE_RE = re.compile(r"\b([A-Z]{1,3})-([A-Z0-9]{2,5})\b")
# what a vehicle holds or carries is asked of it alone (who searched for it may fly another)
_ABOARD_RE = re.compile(r"\b(?:di\s+dalam|di\s+atas|penumpang|awak|kru|muatan|kapasitas|berkapasitas|membawa|mengangkut|diangkut)\b", re.I)


def _codes(text: str) -> set[tuple[str, str]]:
    return {(a.upper(), b.upper()) for a, b in _CODE_RE.findall(text) if not b.isdigit() or len(b) > 1}


def vehicle_code_fits(question: str, sentence: str) -> bool:
    """What a plane, ship or vehicle asked by its registration holds or carries ("orang di dalam
    pesawat Twin Otter PK-CDC") is not what another of the same register a sentence names alone
    holds: "… 10 orang … menggunakan pesawat Twin Otter PK-CDJ" is the search plane's."""
    asked = _codes(question.upper()) if "-" in question and _ABOARD_RE.search(question) else set()
    if not asked or "-" not in sentence:
        return True
    said = _codes(sentence)
    if not said or said & asked:
        return True
    prefixes = {a for a, _ in asked}
    return not any(a in prefixes for a, _ in said)


_CASE_RE = re.compile(r"\bkasus\s+((?:[\w-]+\s+){0,5}[\w-]+)", re.I)
_CASE_END = frozenset("yang di pada ke oleh dengan dan sejak saat tahun ini itu tersebut atau untuk serta".split())
_CASE_GENERIC = frozenset("dugaan korupsi suap tindak pidana perkara penyaluran pemberian penerimaan gratifikasi "
                          "pencucian uang hukum baru lama terkait serupa lain lainnya besar mega kegiatan".split())


def _case_words(text: str, joined: bool = False) -> list[set[str]]:
    """The distinctive words of each case a text names: "kasus dugaan suap dana hibah KONI" ->
    {dana, hibah, koni}; "kasus korupsi e-KTP" -> {e-ktp}. ``joined``: a question names one case
    in parts ("kasus suap kuota dan izin impor bawang putih"), so "dan" goes on."""
    out = []
    for m in _CASE_RE.finditer(text):
        words: list[str] = []
        for w in m.group(1).lower().split():
            if joined and w == "dan":
                continue
            if w in _CASE_END:
                break
            words.append(w)
        out.append({w for w in words if w not in _CASE_GENERIC and not w.isdigit()})
    return out


def case_fits(question: str, sentence: str) -> bool:
    """A case asked by name ("kasus korupsi dana hibah KONI") takes no sentence about another named
    case ("KPK telah menetapkan empat tersangka baru terkait kasus korupsi e-KTP")."""
    asked = set().union(*_case_words(question, joined=True)) if "kasus" in question.lower() else set()
    if not asked or "kasus" not in sentence.lower():
        return True
    said = [w for w in _case_words(sentence) if w]
    if not said or any(w & asked for w in said):
        return True
    return bool({t.lower() for t in re.findall(r"[\w-]+", sentence)} & asked)


_COUNT_WORDS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                "sembilan": 9, "sepuluh": 10}
_WHOLE_RE = re.compile(r"(?<![\w.,/-])(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|[2-9]|10)\s+([a-z]+)\b")
_NOT_COUNTED = frozenset({"kali", "besar", "persen", "sr", "derajat", "bulan", "ribu", "juta", "miliar", "milyar",
                          "triliun", "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                          "september", "oktober", "november", "desember", "di", "dan", "atau", "yang", "dari"})


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """Words a number before them measures or times rather than counts ("empat tahun", "20 kilogram")."""
    w = lexicon().words
    return w["time_words"] | w["measure_nouns"] | w["weight_units"] | w["money_units"] | w["spec_units"]


@lru_cache(maxsize=256)   # read once per question, not once per figure
def _asked_wholes(question: str) -> tuple[int, ...]:
    """Counts of things the question names as its figure's whole ("dalam dua serangan bom", "untuk
    lima kawasan pariwisata"): not units, times, sizes, dates or money."""
    units = _unit_words() | lexicon().words["per_units"]
    text = question.lower()
    at = text.find("berapa")
    out = []
    for m in _WHOLE_RE.finditer(text, max(at, 0)):
        noun = m.group(2)
        if noun in _NOT_COUNTED or noun in units or text[max(0, m.start() - 4):m.start()].strip().endswith(("rp", "ke-")):
            continue
        if set(text[:m.start()].split()[-1:]) & _LABELLED_BY_NUMBER:
            continue   # "di lantai empat kampus TAS": the fourth floor, no four campuses
        if question[m.start(2):m.start(2) + 1].isupper():
            continue   # "harga Realme 5 Pro": a name's number, no five things counted
        if (before := question[:m.start()].split()[-1:]) and before[0].endswith(")") and any(c.isupper() for c in before[0]):
            continue   # "Kapal Isap Produksi (KIP) 10 milik PT Timah": the name's number, after its acronym
        out.append(_COUNT_WORDS.get(m.group(1)) or int(m.group(1)))
    return tuple(out)


# nouns a number after them labels, not counts: "lantai empat", "pasal tiga", "gelombang dua" (the
# labels claims masks, and a few parts of places and texts)
_LABELLED_BY_NUMBER = NUMBER_LABELS | {"lantai", "no", "seksi", "seri", "putaran", "bab", "gerbang", "pintu", "sektor",
                                       "kamar", "ruang", "gedung", *AREA_NUMBER_WORDS}


def _says_count(sentence: str, n: int) -> bool:
    """The sentence names n things: "dua serangan", "2 serangan", "kelima destinasi", "keduanya"
    (not a span of time or a size: "dalam empat tahun" counts no ministries)."""
    units = _unit_words()
    forms = {str(n), *(f"{p}{x}{s}" for x in (k for k, v in _COUNT_WORDS.items() if v == n)
                       for p, s in (("", ""), ("ke", ""), ("ke", "nya")))}
    toks = [t.lower() for t in WORD_RE.findall(sentence)]
    return any(t in forms and not (k + 1 < len(toks) and toks[k + 1] in units) for k, t in enumerate(toks))


_NORM_RE = re.compile(r"\b(?:seharusnya|semestinya|mestinya|idealnya|sepatutnya|sewajarnya)\b", re.I)
_NORM_ASKED_RE = re.compile(_NORM_RE.pattern + r"|\b(?:standar|ketentuan|minimal|minimum|wajib|syarat|ideal|aturan|batas)\b", re.I)
# what follows a norm and tells the fact instead: "seharusnya 100 unit, namun hanya 60 terpasang";
# a quote's end ("… yang tidak seharusnya dilakukan," katanya, mengutuk serangan yang menewaskan …)
_FACT_AFTER_NORM_RE = re.compile(r"\b(?:namun|tetapi|tapi|faktanya|kenyataannya|ternyata|hanya|sedangkan|sementara)\b|[\"”]", re.I)


def norm_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A figure said to be what should be ("Semestinya … minimal memiliki tiga tabung gas masing
    masing berukuran 25 kilogram") is a norm, not the fact asked ("tabung pemadam yang satu-satunya
    ada"), unless the question asks a norm ("berapa standar …", "seharusnya")."""
    if _NORM_ASKED_RE.search(question):
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    norms = list(_NORM_RE.finditer(sentence, 0, at))
    return not norms or bool(_FACT_AFTER_NORM_RE.search(sentence, norms[-1].end(), at))


# a condition before the figure's clause: "kalau tanah Perhutani bebas, kami sudah masuk 74 persen"
_IF_CLAUSE_RE = re.compile(r"\b(?:kalau|jika|jikalau|apabila|bila|seandainya|andaikan|andaikata)\s+([^,;]{3,80}),\s*[^,;]*$", re.I)
# reckoning idioms after "jika" that state no condition: "jika dibandingkan tahun lalu", "jika dirupiahkan"
_RECKONING_RE = re.compile(r"^(?:di(?:bandingkan|banding|lihat|rupiahkan|total|hitung|jumlahkan|konversi|kalkulasi|akumulasikan|rata-rata"
                           r"|rinci|perinci|uraikan|jabarkan)"
                           r"|melihat|menilik|merujuk|mengacu|dibanding)\b", re.I)
_IF_ASKED_RE = re.compile(r"\b(?:kalau|jika|jikalau|apabila|bila|seandainya|andaikan|andaikata|bisa|dapat|akan|potensi|perkiraan|diperkirakan)\b", re.I)


def hypothetical_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A figure in what follows a condition ("kalau tanah Perhutani bebas, kami sudah masuk 74
    persen") is what would be, not what is asked, unless the question asks what would or could be.
    A condition holding a figure of its own, or a reckoning ("jika dibandingkan tahun lalu, naik 5
    persen"), is none."""
    at = figure_at(sentence, q.get("text") or "")
    if at <= 0 or _IF_ASKED_RE.search(question):
        return True
    m = _IF_CLAUSE_RE.search(sentence, 0, at)
    if not m or _RECKONING_RE.match(m.group(1)) or _DIGITS_RE.search(m.group(1)) \
            or _DEFINED_BY_IF_RE.search(sentence, 0, m.start()):
        return True
    # what follows gives a reason or asks why: a fact ("Kalau warga ya trauma, karena jaraknya kan
    # cuma 20 meter"; "jika mobil itu … diproduksi di dalam negeri, mengapa TKDN-nya hanya 60%")
    return bool(_FACT_AFTER_IF_RE.search(sentence, m.end(1), at))


_FACT_AFTER_IF_RE = re.compile(r"\b(?:karena|sebab|mengapa|kenapa)\b", re.I)
# a condition defining the noun before it: "harga yang didapat jika pemegang emas mau menjual"
_DEFINED_BY_IF_RE = re.compile(r"\byang\s+[\w-]+\s*$", re.I)


def whole_count_fits(question: str, sentence: str, q: dict[str, Any] | None = None) -> bool:
    """A figure asked of a number of things together ("berapa orang tewas dalam dua serangan bom",
    "anggaran … untuk lima kawasan pariwisata") is said of them together: a sentence naming no such
    number tells one of them ("serangan itu … 24 orang tewas"; "Jembatan Tano Ponggol … Rp297
    miliar" for one of the five). Not its headline: "Anggaran 5 Destinasi …" heads every part too.
    A figure said before it to be of them all ("Total yang kita sita 65 botol", "Secara
    bersama-sama, perusahaan-perusahaan ini …", "Eka Sapanca dkk dituntut … masing-masing") is."""
    wholes = _asked_wholes(question)
    if wholes and _same_stretch_named(question, sentence):
        return True   # "dari tujuh kasus Juli-Agustus 2019": "… terhitung dari Juli-Agustus 2019" names them by their months
    if wholes and q is not None and (at := figure_at(sentence, q.get("text") or "")) > 0 \
            and (_ALL_OF_THEM_RE.search(sentence, 0, at) or _TOTAL_OPENS_RE.match(sentence) or _THEY_OPEN_RE.match(sentence)):
        return True   # ("Mereka diluncurkan … dan jangkauannya sekitar 330 km": said of them all)
    return all(_says_count(sentence, n) for n in wholes)


_ALL_OF_THEM_RE = re.compile(r"\b(?:seluruhnya|semuanya|keseluruhan|bersama-sama|masing-masing|dkk)\b", re.I)
# a sentence opening with its total ("Total hadiah yang disediakan …"); "Kalau total pembebasan …",
# "… dengan total anggaran Rp 526 miliar" total one thing
_TOTAL_OPENS_RE = re.compile(r"\W*(?:total|totalnya)\b", re.I)
# a sentence whose subject is all of them, by a pronoun ("Mereka diluncurkan …", "Keduanya …")
_THEY_OPEN_RE = re.compile(r"\W*(?:mereka|keduanya|ketiganya|kesemuanya)\b", re.I)


_MONTH_STRETCH_RE = re.compile(r"\b(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)"
                               r"\s*[-–]\s*(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)"
                               r"(?:\s+\d{4})?\b", re.I)


def _same_stretch_named(question: str, sentence: str) -> bool:
    """The sentence names a stretch of months the question names ("Juli-Agustus 2019")."""
    asked = {re.sub(r"\s+", "", m.group().lower()).replace("–", "-") for m in _MONTH_STRETCH_RE.finditer(question)}
    return bool(asked) and any(re.sub(r"\s+", "", m.group().lower()).replace("–", "-") in asked
                               for m in _MONTH_STRETCH_RE.finditer(sentence))


_ALL_ASKED_RE = re.compile(r"\b(?:seluruh|semua|keseluruhan)\b", re.I)
# a named doer right before its verb and the figure: "Delta Air Lines membatalkan 800 penerbangan"
_NAMED_DOER_RE = re.compile(r"((?:[A-Z][\w.&'-]*\s+){2,4})(?:me|di|ber)[a-z]+\s+(?:(?:sebanyak|sekitar|lebih\s+dari|hingga)\s+)?$")


def all_parties_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A figure asked of all of a kind ("penerbangan yang dibatalkan maskapai di seluruh Amerika
    Serikat") is not one a named party's clause gives ("Delta Air Lines membatalkan 800
    penerbangan"): that one is a part. A party the question names, or a place, is no part."""
    if not _ALL_ASKED_RE.search(question):
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    m = _NAMED_DOER_RE.search(sentence[max(0, at - 80):at])
    if not m:
        return True
    words = m.group(1).split()
    asked = {w.lower() for w in WORD_RE.findall(question)}
    return bool({w.lower() for w in words} & asked) or bool(located_places(" ".join(words)))


_FIRST_ASKED_RE = re.compile(r"\b(?:gol|tembakan|poin)\s+pertama\b", re.I)
_LIST_BETWEEN_RE = re.compile(r"^[\s,'’′()]*(?:dan|serta)?[\s,'’′()]*(?:menit\s+(?:ke\s?-?\s?)?)?$", re.I)


def first_in_list_fits(question: str, q: dict[str, Any], sentence: str, siblings: list[dict[str, Any]]) -> bool:
    """The first goal asked ("menit ke berapa … mencetak gol pertama"), and a scorer's minutes
    listed ("(56', 72')", "menit 55 dan 71", "menit ke-55 dan 73"): only the list's first is it."""
    if not q.get("ordinal") or (q.get("unit") or "").lower() != "menit" or not _FIRST_ASKED_RE.search(question):
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    for o in siblings:
        if o is q or not o.get("ordinal") or (o.get("unit") or "").lower() != "menit":
            continue
        start = figure_at(sentence, o.get("text") or "")
        end = start + len(o.get("text") or "")
        if 0 <= start < at and _LIST_BETWEEN_RE.match(sentence[end:at]):
            return False
    return True


# a whole broken down after it: "ULN … sebesar USD395,3 miliar, terdiri dari utang pemerintah …"
_BREAKDOWN_RE = re.compile(r"\b(?:(?:dengan\s+rincian|rinciannya)(?:\s*,?\s*(?:adalah|yakni|yaitu|terdiri\s+(?:dari|atas)))?"
                           r"|terdiri\s+(?:dari|atas)|terbagi\s+(?:atas|menjadi|dalam)|meliputi)\b\s*:?", re.I)
# a breakdown opening its sentence breaks down the whole said before it: "Rinciannya, urea …",
# "Adapun rinciannya adalah …", "Nilai itu terbagi atas Rp 11,3 triliun untuk pupuk urea …"
BACK_REACH = 30   # characters from the sentence's start to such a marker
_WHOLE_ASKED_RE = re.compile(r"\b(?:total|seluruh|keseluruhan|semua)\b", re.I)
BREAKDOWN_REACH = 80   # characters between a whole and the breakdown that follows it


def breakdown_fits(question: str, q: dict[str, Any], sentence: str, siblings: list[dict[str, Any]],
                   stem: Callable[[str], str] | None = None) -> bool:
    """A part asked ("utang luar negeri pemerintah dan bank sentral") takes, of a whole broken
    down in its sentence ("ULN … USD395,3 miliar, terdiri dari utang pemerintah dan bank sentral
    sebesar USD197,5 miliar, serta utang swasta (termasuk BUMN) sebesar USD197,8 miliar"), only its
    own item: neither the whole nor another item. The asked item is the one whose first own word
    (a word no other item's label holds) and half its own words the question holds; a question
    asking the whole ("total", or naming no item's own words) takes the whole."""
    m = _BREAKDOWN_RE.search(sentence)
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    if m is None or at < 0 or stem is None or _WHOLE_ASKED_RE.search(question):
        return True
    items = _breakdown_items(sentence, m.end(), tuple((o.get("text") or "", o.get("unit") or "") for o in siblings), stem)
    asked = _stemmed_words(question, stem)
    chosen = [i for i, (_pos, own, _unit) in enumerate(items) if own and own[0] in asked and 2 * len(set(own) & asked) >= len(own)]
    if len(chosen) > 1:
        # "Terdiri dari 170 orang karyawan departemen produk dan 265 departemen teknik" for "karyawan
        # … dari tim teknik": the item the question names whole, not one sharing only its noun
        share = {i: len(set(items[i][1]) & asked) / len(items[i][1]) for i in chosen}
        best = max(share.values())
        if sum(v == best for v in share.values()) == 1:
            chosen = [i for i in chosen if share[i] == best]
    mine = max((i for i, (pos, _own, _unit) in enumerate(items) if pos <= at), default=None)
    if not chosen and mine is not None and at > m.start() and items[mine][1] and not set(items[mine][1]) & asked \
            and (_whole_before(sentence, m.start(), siblings) or _points_back(sentence, m.start(), siblings)) \
            and not any(_verb_like(w, stem) for w in _lower_words(sentence[m.end():at])):
        # "… sebanyak 38 unit sekolah, terdiri atas 25 SD, 9 SMP …" for "berapa sekolah": no item is
        # asked and this one's label shares no word with the question, so it is a part of the whole
        # said before (not "… terdiri atas enam gerbong mampu menampung 1.300 orang": a verb
        # between, the figure is no item of the list)
        return False
    if len(chosen) != 1:
        return True
    unit = (q.get("unit") or "").lower()
    if at < m.start():
        between = sentence[at + len(text):m.start()]
        said = _stemmed_words(re.split(r"[;:]|\.(?!\d)", sentence[:at])[-1], stem)
        # ("total penyeberang … 371.286 orang, yang terdiri dari … 332.806 orang penyeberang dalam
        # kendaraan": the whole is said with the asked item's word, and is asked)
        return len(between) > BREAKDOWN_REACH or bool(re.search(r"[;.](?!\d)", between)) \
            or _unit_family(unit) != _unit_family(items[chosen[0]][2]) or items[chosen[0]][1][0] in said
    own_item = max((i for i, (pos, _own, _unit) in enumerate(items) if pos <= at), default=None)
    return own_item is None or own_item == chosen[0] or not items[own_item][1]


_NEGATED_LABEL_RE = re.compile(r"\bnon\s*-?\s*([a-z]{3,})\b", re.I)
NEGATED_REACH = 60   # characters before a figure where a label "non-X" is its own


def negated_label_fits(question: str, q: dict[str, Any], sentence: str, stem: Callable[[str], str] | None) -> bool:
    """A figure labelled "non-X" right before it ("Non - pelatnas : 6 wakil", "impor nonmigas …
    sebesar …") is of what is not X: it answers no question asking X, unless the question says
    "non" too."""
    at = figure_at(sentence, q.get("text") or "")
    if at < 0 or stem is None:
        return True
    start = max(0, at - NEGATED_REACH, *(sentence.rfind(mark, 0, at) + 1 for mark in (";", ". ")))
    said = {stem(m.group(1).lower()) for m in _NEGATED_LABEL_RE.finditer(sentence, start, at)}
    if not said:
        return True
    asked = _stemmed_words(question, stem)
    negated = {stem(m.group(1).lower()) for m in _NEGATED_LABEL_RE.finditer(question)}
    return not (said & asked - negated)


# what a question sets aside: "(harga ritel, bukan harga pre-order)", "kecuali Note 10 Plus"
_SET_ASIDE_RE = re.compile(rf"\b{SET_ASIDE_WORDS}\s+([^,;:()?.]{{2,40}})", re.I)
SET_ASIDE_REACH = 4   # words right before a figure that label it ("harga pre-order Rp 3,899 juta")


@lru_cache(maxsize=512)   # read for every figure of a question
def _set_aside_words(question: str, stem: Callable[[str], str]) -> frozenset[str]:
    """Stems the question names only to set aside, less those it also asks ("bukan harga pre-order"
    under "berapa harga …": pre-order)."""
    stop = lexicon().stopwords
    aside = {stem(w) for m in _SET_ASIDE_RE.finditer(question) for w in _lower_words(m.group(1)) if w not in stop}
    return frozenset(aside - _stemmed_words(_SET_ASIDE_RE.sub(" ", question), stem))


def set_aside_fits(question: str, q: dict[str, Any], sentence: str, stem: Callable[[str], str] | None) -> bool:
    """A figure labelled right before it with what the question sets aside ("… dan harga pre-order
    Rp 3,899 juta" for "(harga ritel, bukan harga pre-order)") is that one's, not the asked."""
    if stem is None or not _SET_ASIDE_RE.search(question):
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    before = {stem(w) for w in _clause_words(sentence, at, comma=True)[-SET_ASIDE_REACH:]}
    return not (_set_aside_words(question, stem) & before)


def promo_price_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A price asked plainly ("berapa harga Oppo A9 2020 RAM 8 GB") is not a promotion's: "harga
    pre-order Rp 3,899 juta", "ditawarkan dengan Rp4,199 juta untuk pembelian pre-order", "cashback
    Rp 100.000" (the label right before the amount, or "untuk/saat … pre-order" right after it). A
    question naming a promotion takes them."""
    if _PROMO_RE.search(question):
        return True
    if not _PROMO_RE.search(sentence):
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0 or not _CURRENCY_BEFORE_RE.search(sentence, max(0, at - CURRENCY_BEFORE_REACH), at):
        return True   # (an amount of money only: "diskon 50 persen" is a rate)
    before = " ".join(_clause_words(sentence, at, comma=True)[-SET_ASIDE_REACH:])
    after = re.split(r"[,;.](?!\d)", sentence[at + len(q.get("text") or ""):], maxsplit=1)[0][:PROMO_AFTER]
    return not (_PROMO_RE.search(before) or _PROMO_AFTER_RE.search(after))


PROMO_AFTER = 40   # characters after a price read for "untuk pembelian pre-order"
_PROMO_RE = re.compile(r"\b(?:pre-?order|promo(?:si)?|diskon|potongan\s+harga|cashback|flash\s+sale|harga\s+spesial"
                       r"|harga\s+khusus|early\s+bird)\b", re.I)
_PROMO_AFTER_RE = re.compile(r"\b(?:untuk|saat|selama|pada)\s+(?:masa\s+|pembelian\s+|periode\s+)?"
                             r"(?:pre-?order|promo(?:si)?|flash\s+sale)\b", re.I)


def _whole_before(sentence: str, marker: int, siblings: list[dict[str, Any]]) -> bool:
    """A figure stands shortly before a breakdown's marker: the whole it breaks down."""
    return any(0 <= (p := figure_at(sentence, o.get("text") or "")) < marker and marker - p <= BREAKDOWN_REACH
               for o in siblings if o.get("text"))


def _points_back(sentence: str, marker: int, siblings: list[dict[str, Any]]) -> bool:
    """The breakdown's marker opens the sentence, no figure before it: its whole was said before."""
    return marker <= BACK_REACH and not any(0 <= figure_at(sentence, o.get("text") or "") < marker
                                             for o in siblings if o.get("text"))


def _unit_family(unit: str) -> str:
    """Money (no unit), a share, or a count of anything ("orang" and "laki-laki" alike)."""
    return unit if unit in ("", "persen") else "count"


@lru_cache(maxsize=2048)   # a sentence's breakdown, once for all its figures
def _breakdown_items(sentence: str, start: int, figures: tuple[tuple[str, str], ...],
                     stem: Callable[[str], str]) -> list[tuple[int, tuple[str, ...], str]]:
    """(figure position, its label's own words as stems, unit) of each figure after a breakdown's
    marker. A label stands before its figure ("utang swasta sebesar USD197,8 miliar") or, when the
    marker is followed by a figure at once, after it ("10 orang laki-laki dan 5 orang perempuan")."""
    found = sorted({(p, t, u.lower()) for t, u in figures if (p := figure_at(sentence, t)) >= start})
    if not found:
        return []
    stop = lexicon().stopwords | lexicon().words["object_fillers"] | lexicon().words["measure_fillers"] \
        | lexicon().words["money_units"] | lexicon().words["currencies"] | _SCALE_WORDS | _JOINS | {"termasuk", "masing-masing"}

    def words(stretch: str) -> list[str]:
        out = []
        for t in WORD_RE.findall(stretch):
            low = t.lower()
            if t[:1].isalpha() and low not in stop and len(low) > 1 and stem(low) not in out:
                out.append(stem(low))
        return out
    after = not words(sentence[start:found[0][0]])
    labels = []
    for k, (pos, t, unit) in enumerate(found):
        if after:
            end = found[k + 1][0] if k + 1 < len(found) else len(sentence)
            labels.append(words(unit + " " + re.split(r"[;.](?!\d)", sentence[pos + len(t):end])[0]))
        else:
            begin = start if k == 0 else found[k - 1][0] + len(found[k - 1][1])
            labels.append(words(sentence[begin:pos]) + ([stem(unit)] if unit else []))
    out = []
    for k, (pos, _t, unit) in enumerate(found):
        others = set().union(*(set(x) for j, x in enumerate(labels) if j != k)) if len(labels) > 1 else set()
        out.append((pos, tuple(x for x in labels[k] if x not in others), unit))
    return out


# a share restating an amount just before it: "US$ 197,5 miliar atau 49,9 persen"
_SHARE_RESTATING_RE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:ribu|juta|miliar|milyar|triliun)?\s*(?:dolar|dollar|rupiah)?(?:\s+AS)?\s*\)?,?\s*atau\s+"
                                 r"(?:sekitar\s+|sekira\s+|setara\s+|sebesar\s+)?$", re.I)
# a ratio to another whole or to a plan ("1,76 persen terhadap PDB", "12,1 persen dari pagu APBN 2017",
# "63,4% dari outlook"); "6,56 persen dari total keseluruhan utang" is a part's share, not a ratio
_RATIO_TO_WHOLE_RE = re.compile(r"\s*(?:terhadap|atas|dari\s+(?:PDB|produk\s+domestik|pagu|target|outlook|alokasi|anggaran"
                                r"|APBN|APBD|rencana|proyeksi))\b", re.I)
_SHARE_ASKED_RE = re.compile(r"\b(?:persen|porsi|pangsa|rasio|proporsi|bagian|kontribusi|sumbangan|andil)\b|%", re.I)


def restated_share_fits(question: str, money: bool, q: dict[str, Any], sentence: str) -> bool:
    """An amount asked ("berapa nilai utang luar negeri swasta") takes no share that restates the
    amount ("US$ 197,8 miliar atau 50,1 persen"): the amount is the answer, the share is of a
    whole. A share asked takes it."""
    if not money or (q.get("unit") or "").lower() != "persen" or _SHARE_ASKED_RE.search(question):
        return True
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    # a ratio to a whole it names ("Rp 689 triliun atau 2,68% terhadap PDB") restates the amount asked
    return at < 0 or not _SHARE_RESTATING_RE.search(sentence[max(0, at - 60):at]) \
        or bool(_RATIO_TO_WHOLE_RE.match(sentence, at + len(text)))


# an exchange rate: "(kurs Rp14.000 per dollar AS)", "Rp14.050/USD", "kurs 14.038 per dolar AS"
_RATE_AFTER_RE = re.compile(r"\s*(?:per|/)\s*(?:1\s+)?(?:dolar|dollar|usd|us\$|euro|yen|yuan|ringgit|won|riyal|baht)\b", re.I)
_RATE_BEFORE_RE = re.compile(r"\b(?:kurs|nilai\s+tukar)(?:\s+(?:rupiah|tengah|referensi|jisdor|acuan|rata-rata))*\s+(?:sebesar\s+|sekitar\s+|di\s+level\s+)?(?:rp\.?\s*)?$", re.I)
_RATE_ASKED_RE = re.compile(r"\b(?:kurs|nilai\s+tukar|per\s+(?:dolar|dollar|usd|us\$)|terhadap\s+(?:dolar|dollar))\b", re.I)


def exchange_rate_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """An exchange rate a sum is converted at ("US$395,3 miliar atau Rp5.545 triliun (kurs
    Rp14.038 per dolar AS)") is no amount of anything: it answers only a question about the rate."""
    if _RATE_ASKED_RE.search(question):
        return True
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    if at < 0:
        return True
    return not (_RATE_AFTER_RE.match(sentence, at + len(text)) or _RATE_BEFORE_RE.search(sentence[max(0, at - 40):at]))


_START_PRICE_RE = re.compile(r"\bharga\s+(?:mulai|awal|termurah|terendah)\b|\bmulai\s+dari\s+berapa\b", re.I)
# between two amounts of a list of variants: "USD1.099 (64GB), USD1.249 (256GB)"
_VARIANT_BETWEEN_RE = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*[,;/]?\s*(?:dan|serta|hingga|sampai)?\s*(?:rp|us\$|usd|\$|€)?\.?\s*$", re.I)


def start_price_fits(question: str, q: dict[str, Any], sentence: str, siblings: list[dict[str, Any]]) -> bool:
    """The starting price asked ("harga mulai iPhone 11 Pro Max"): in a list of a thing's prices by
    variant ("USD1.099 (64GB), USD1.249 (256GB), USD1.449 (512GB)") only the first is where it
    starts."""
    if not _START_PRICE_RE.search(question):
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    for o in siblings:
        if o is q or o.get("unit") != q.get("unit"):
            continue
        start = figure_at(sentence, o.get("text") or "")
        end = start + len(o.get("text") or "")
        if 0 <= start < at and _VARIANT_BETWEEN_RE.match(sentence[end:at]):
            return False
    return True


# a route: two places or airport codes joined by a dash, each maybe with its code in brackets
# ("Jakarta-Singapura", "CGK-KNO", "Jakarta (CGK)-Yogyakarta (JOG)")
_ROUTE_END = r"[A-Z][\w]*(?:\s+[A-Z][\w]*)?(?:\s*\([A-Z]{3}\))?"
_ROUTE_RE = re.compile(rf"({_ROUTE_END})\s*[-–]\s*({_ROUTE_END})")
_ROUTE_ASKED_RE = re.compile(r"\brute\b", re.I)


def _route_names(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]\w*", text)}


@lru_cache(maxsize=256)   # read for every figure of an answer: once per question
def _asked_route(question: str) -> frozenset[str]:
    """The words of the routes a question asks ("rute Jakarta (CGK)-Yogyakarta (JOG)"), or none."""
    if not _ROUTE_ASKED_RE.search(question):
        return frozenset()
    return frozenset().union(*(_route_names(m.group(0)) for m in _ROUTE_RE.finditer(question)))


def route_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A route asked ("rute Jakarta-Singapura", "Lion Air rute Jakarta (CGK)-Yogyakarta (JOG)")
    takes no figure a sentence gives another route, the nearest written before it: "rute
    Jakarta-Kuala Lumpur … 19.741 penerbangan", "Lion Air CGK-KNO Rp 49.000 per kg"."""
    asked = _asked_route(question)
    if not asked:
        return True
    at = figure_at(sentence, q.get("text") or "")
    said = None
    for said in _ROUTE_RE.finditer(sentence, 0, max(at, 0)):
        pass
    # each end must be one asked (an end read with a word around it, "Air CGK", "JOG Rp", still is)
    return said is None or all(_route_names(end) & asked for end in said.groups())


_KEYED_RE = re.compile(r"(\d[\d.,]*\s*[^\W\d_]+)\s*\(\s*(?:sekitar\s+)?(\d[\d.,]*(?:\s*[^\W\d_]+)?)\s*\)")


def keyed_list_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """In a list of figures each given for another figure ("bagi berat badan 57 kg (240 kalori),
    70 kg (155 kalori), dan 83 kg (185 kalori)"), a question naming one key ("… berberat badan 70
    kg") takes only the figure bracketed after that key."""
    pairs = [(m.group(1), m.group(2), m.start(2)) for m in _KEYED_RE.finditer(sentence)]
    if len(pairs) < 2:
        return True
    at = figure_at(sentence, q.get("text") or "")
    mine = next((key for key, _fig, start in pairs if start <= at < start + len(_fig)), None)
    if mine is None:
        return True
    asked = _spaced(question)
    named = [key for key, _fig, _start in pairs if _spaced(key) in asked]
    return not named or _spaced(mine) in (_spaced(k) for k in named)


_SCALE_WORDS = frozenset({"ribu", "juta", "miliar", "milyar", "triliun", "persen"})
_HEAD_KEYED_RE = re.compile(r"\b([a-z]{3,})\s+([a-z]{3,})\s+(?:(?:ada|sebanyak|sebesar|mencapai|yakni|yaitu|berjumlah)\s+)?"
                            r"(?:[Rr]p\.?\s?)?(\d[\d.,]*)")


def head_keyed_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """In a list of figures each after one noun and its kind ("karantina hewan ada 448 sertifikasi,
    karantina ikan 2.548 sertifikasi, dan karantina tumbuhan 15.809 sertifikasi"), a question naming
    one kind ("karantina tumbuhan") takes only that kind's figure."""
    items = _head_keyed_items(sentence)
    if not items:
        return True
    at = figure_at(sentence, q.get("text") or "")
    mine = next(((head, kind) for head, kind, start in items if start == at), None)
    if mine is None:
        return True
    asked = _spaced(question)
    kinds = {kind for head, kind, _ in items if head == mine[0]}
    named = {kind for kind in kinds if f" {mine[0]} {kind} " in asked}
    return not named or mine[1] in named


@lru_cache(maxsize=4096)   # a sentence's list, once for all its figures
def _head_keyed_items(sentence: str) -> tuple[tuple[str, str, int], ...]:
    """(noun, kind, figure start) of the figures after a noun two or more of them share with
    different kinds; none when no noun repeats."""
    stop = lexicon().stopwords | lexicon().words["prepositions"] | _SCALE_WORDS
    found = [(m.group(1), m.group(2), m.start(3)) for m in _HEAD_KEYED_RE.finditer(sentence)
             if m.group(1) not in stop and m.group(2) not in stop
             and not affixed_verb(m.group(2), ("me", "ber", "di", "ter"))]   # a kind, not "negara sampai", "negara terealisasi"
    heads = Counter(head for head, _, _ in found)
    return tuple((head, kind, start) for head, kind, start in found
                 if heads[head] >= 2 and len({k for h, k, _ in found if h == head}) >= 2)


_KIND_STOP_RE = re.compile(r"[(),;:]|\.(?!\d)|\d|\b(?:yang|sebesar|sebanyak|mencapai|senilai|yakni|yaitu|dengan|adalah|"
                           r"untuk|bagi|kepada|terhadap|dari|ke|di|pada|dalam|selama|sejak|oleh|per|pun)\b", re.I)


def kind_keyed_fits(question: str, q: dict[str, Any], sentence: str, stem: Callable[[str], str] | None = None) -> bool:
    """In a list of one kind noun's items ("sektor jasa kesehatan dan kegiatan sosial (19,0%),
    sektor konstruksi (16,4%)", "… sektor jasa pendidikan sebesar 16 persen"), a question naming
    one kind ("porsi sektor jasa kesehatan dan kegiatan sosial") takes only the items of that
    kind: one whose words hold the asked kind's or are held by them. Kind nouns: data kind_heads;
    the list needs its noun twice, so a sentence naming one sector is left alone."""
    if stem is None:
        return True
    asked = _asked_kinds(question, stem)
    if not asked:
        return True
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    if at < 0:
        return True
    low = sentence.lower()
    for head, kind in asked:
        starts = [m.end() for m in re.finditer(rf"\b{head}\b", low)]
        before = [e for e in starts if e <= at]
        if len(starts) < 2 or not before:
            continue
        own = sentence[before[-1]:at]
        if re.search(r"\d", own):
            continue   # another figure stands between the kind and this one: not its item
        said = _kind_words(own, stem)
        if said and not (said <= kind or kind <= said):
            return False
    return True


@lru_cache(maxsize=512)   # the question's, once per figure
def _asked_kinds(question: str, stem: Callable[[str], str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """(kind noun, the kind's words as stems) for each kind noun the question names with a kind
    ("sektor jasa kesehatan dan kegiatan sosial dalam ULN" -> sektor: jasa kesehatan kegiatan sosial)."""
    out = []
    for head in lexicon().words["kind_heads"]:
        m = re.search(rf"\b{head}\s+(.*)", question, re.I)
        if m:
            kind = _kind_words(m.group(1), stem)
            if kind:
                out.append((head, kind))
    return tuple(out)


def _kind_words(stretch: str, stem: Callable[[str], str]) -> frozenset[str]:
    """The words of a kind, up to a figure, a bracket, a preposition or a verb of amount."""
    head = _KIND_STOP_RE.split(stretch, maxsplit=1)[0]
    stop = lexicon().stopwords
    return frozenset(stem(t.lower()) for t in WORD_RE.findall(head) if t[:1].isalpha() and t.lower() not in stop)


def noun_kind_fits(question: str, noun: str | None, q: dict[str, Any], sentence: str) -> bool:
    """The counted noun asked with a kind told by a number ("kendaraan roda empat", "kelas 3") takes no
    figure whose noun is said with the same word and another number ("1,4 juta kendaraan roda dua
    dan roda tiga")."""
    if not noun:
        return True
    noun = noun.lower()
    if noun in CLASSIFIERS:   # "berapa unit kendaraan roda empat": the noun after the classifier
        after = _asked_noun_kind(question, noun)
        if after is None:
            return True
        noun = after[0]
    kind = _asked_noun_kind(question, noun)
    if kind is None:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    words = [w.lower() for w in WORD_RE.findall(sentence[at:])][:12]
    unit = (q.get("unit") or "").lower()
    if unit != noun or len(words) < 2:
        return True
    figure_words = len(WORD_RE.findall(q.get("text") or ""))
    said = words[figure_words:figure_words + 6]
    # only kinds told by a number ("roda dua", "kelas 3"): other second words are seldom kinds
    return not (len(said) >= 2 and said[0] == kind[0] and said[1] != kind[1] and kind[1] not in said
                and _numbered(kind[1]) and _numbered(said[1]))


def _numbered(word: str) -> bool:
    return word.isdigit() or words_to_number(word) is not None


@lru_cache(maxsize=1024)
def _asked_noun_kind(question: str, noun: str) -> tuple[str, str] | None:
    """The two words after the counted noun in the question, the first a plain word."""
    words = [w.lower() for w in WORD_RE.findall(question)]
    if noun not in words:
        return None
    i = words.index(noun)
    pair = words[i + 1:i + 3]
    stop = lexicon().stopwords | lexicon().words["prepositions"]
    if len(pair) < 2 or not pair[0].isalpha() or pair[0] in stop:
        return None
    return pair[0], pair[1]


_BESIDES_BEFORE_RE = re.compile(r"\b(?:(?:dirinya|ia|dia|beliau|[A-Z][\w'-]+)\s+(?:dan|bersama|beserta)|bersama|beserta)\s+$")
_OTHERS_AFTER_RE = re.compile(r"^\s*(?:[a-z]+\s+)?lain(?:nya)?\b")


def others_besides_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """"dirinya dan 16 WNI lain ingin pulang": the others besides one named, not how many there
    are (17 with her): no answer to a question asking how many, unless it asks the others."""
    at = figure_at(sentence, q.get("text") or "")
    if at < 0 or not _BESIDES_BEFORE_RE.search(sentence[max(0, at - 40):at]):
        return True
    if not _OTHERS_AFTER_RE.match(sentence[at + len(q.get("text") or ""):]):
        return True
    return bool(re.search(r"\blain(?:nya)?\b", question, re.I))


_EARLIER_OPENING_RE = re.compile(r"\W*(?:sebelumnya|semula|awalnya)\b", re.I)
_FROM_DAY_RE = re.compile(r"\b(?:mulai|sejak|per)\s+(?:tanggal\s+)?(\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|"
                          r"agustus|september|oktober|november|desember)(?:\s+\d{4})?)", re.I)


def before_change_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """"Sebelumnya tarif ojol diberlakukan di 133 kota …, mulai 2 September 2019 akan berlaku … di 224
    kota": a sentence opening on the earlier state, then the change from the day the question
    names: the figures before that day's clause are the old state's."""
    if not _EARLIER_OPENING_RE.match(sentence):
        return True
    change = next((m for m in _FROM_DAY_RE.finditer(sentence)
                   if re.search(rf"\b{re.escape(m.group(1))}", question, re.I)), None)
    if change is None:
        return True
    at = figure_at(sentence, q.get("text") or "")
    return at < 0 or at > change.start()


_FOR_KEYED_RE = re.compile(r"(\d[\d.,]*)(?:\s+(?:ribu|juta|miliar|triliun))?\s+(untuk|bagi)\s+([a-z]+(?:\s+[a-z]+)?)(?=\s*(?:,|\.|;|dan\b|untuk\b|bagi\b|$))")


def for_keyed_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """In a list of amounts each for another recipient ("Rp 1.000.000 untuk satu orang, Rp 1.300.000
    untuk tiga orang, dan Rp 1.600.000 untuk lima orang"), a question naming one ("untuk satu
    orang") takes only the amount for it."""
    if "untuk" not in sentence and "bagi" not in sentence:
        return True
    items = [(m.group(3).lower(), m.start(1)) for m in _FOR_KEYED_RE.finditer(sentence)]
    if len({key for key, _ in items}) < 2:
        return True
    at = figure_at(sentence, q.get("text") or "")
    mine = next((key for key, start in items if at <= start < at + len(q.get("text") or "") + 1), None)
    if mine is None:
        return True
    asked = _spaced(question)
    named = {key for key, _ in items if f" untuk {key} " in asked or f" bagi {key} " in asked}
    return not named or mine in named


# "Australia (13 kontainer), Amerika Serikat (7 kontainer)": figures bracketed after the names they are for
_NAME_KEYED_RE = re.compile(r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s*\(\s*(?:sekitar\s+)?(\d[\d.,]*(?:\s*[^\W\d_]+)?)\s*\)")


def name_keyed_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """In a list of figures each bracketed after a place ("dikembalikan ke negara asal yaitu Australia
    (13 kontainer), Amerika Serikat (7 kontainer), dan Belgia (1 kontainer)"), a figure is its
    place's part: it answers only a question naming that place, not one asking the whole. (After a
    person's name it is their tally, each an answer: "Nawawi Pamolango (50 suara)".)"""
    pairs = _place_keyed_list(sentence) if "(" in sentence else ()
    if not pairs:
        return True
    at = figure_at(sentence, q.get("text") or "")
    mine = next((key for key, start, end in pairs if start <= at < end), None)
    if mine is None:
        return True
    asked = set(re.findall(r"\w+", question.lower()))
    return set(re.findall(r"\w+", mine.lower())) <= asked


@lru_cache(maxsize=4096)   # a sentence's list, once for all its figures
def _place_keyed_list(sentence: str) -> tuple[tuple[str, int, int], ...]:
    """(name, figure start, figure end) of a list of two or more figures bracketed after names,
    mostly places; none for a list keyed by people ("Nawawi Pamolango (50 suara), Lili Pintouli
    Siregar (44 suara)": each holder's tally). "Great Britain (22 kontainer)" is of the list its
    neighbours make one of places."""
    pairs = tuple((m.group(1), m.start(2), m.end(2)) for m in _NAME_KEYED_RE.finditer(sentence))
    if len(pairs) < 2 or 2 * sum(_is_place(key) for key, _s, _e in pairs) <= len(pairs):
        return ()
    return pairs


def _is_place(name: str) -> bool:
    """Whether a name is a place of the gazetteer, whole ("Amerika Serikat", "Belgia")."""
    lex = lexicon()
    low = name.lower().split()
    hit = lex.names.at(low, 0)
    return bool(hit and hit[1] == len(low) and hit[0] in lex.places and lex.places[hit[0]].kind != "org")


# a capitalised run of a name ("Honda Civic Type R", "Honda HR-V"): one or more words
_NAME_RUN_RE = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z0-9][\w'.-]*)*")
SUB_ITEM_LIST = 2   # figures after names sharing the asked one that make a sentence a breakdown


def sub_item_fits(question: str, q: dict[str, Any], sentence: str, known: Callable[[str], bool] | None = None) -> bool:
    """A whole asked by its name ("penjualan ritel Honda") takes no figure of a breakdown under it:
    "Honda Accord … 100 unit, diikuti Honda Civic sedan sebanyak 70 unit, Honda City sebanyak 48
    unit" gives each model's part, whose name is the asked one and more. Only in such a list (two
    or more figures after names holding the asked one); a question naming the item takes it."""
    names = _asked_name_runs(question)
    if not names:
        return True
    asked = frozenset().union(*names)
    low = sentence.lower()
    if not any(w in low for w in asked):   # (most sentences name none of the question's names)
        return True
    if not _is_sub_item(_item_before(sentence, q.get("text") or "", known), names, asked):
        return True
    return _sub_items_in(sentence, question, known) < SUB_ITEM_LIST


@lru_cache(maxsize=4096)   # a sentence's breakdown, once for all its figures
def _sub_items_in(sentence: str, question: str, known: Callable[[str], bool] | None) -> int:
    """How many of a sentence's figures stand after an item of a name the question asks."""
    names = _asked_name_runs(question)
    asked = frozenset().union(*names)
    return sum(_is_sub_item(_item_before(sentence, m.group(), known), names, asked) for m in _DIGITS_RE.finditer(sentence))


@lru_cache(maxsize=512)
def _asked_name_runs(question: str) -> tuple[frozenset[str], ...]:
    """The capitalised names a question holds past its first word, each as its words ("Honda",
    "PT Honda Prospect Motor")."""
    return tuple(frozenset(w.lower() for w in m.group().split()) for m in _NAME_RUN_RE.finditer(question) if m.start() > 0)


def _is_sub_item(item: frozenset[str] | None, names: tuple[frozenset[str], ...], asked: frozenset[str]) -> bool:
    """A name that is a whole asked name and more ("Honda Civic" under "Honda"), or shares a word
    with an asked name and holds none whole ("Honda City" beside "Honda Civic" asked)."""
    if item is None or not item - asked:
        return False
    # ("Wilmar Group" shares only "Group" with "Musim Mas Group": no sibling of it)
    return any(name <= item for name in names) or bool((item & asked) - lexicon().words["company_words"])


_LISTED_PARTS_RE = re.compile(r"\(([A-Z][^()]{0,40}?)\s+dan\s+([A-Z][^()]{0,40}?)\)")


def listed_parts_fits(question: str, q: dict[str, Any], sentence: str, known: Callable[[str], bool] | None = None) -> bool:
    """A whole asked with its parts listed ("Honda Brio (Brio Satya dan Brio RS)") takes no figure
    of one part alone: "Honda Brio RS sebanyak 1.511 unit" names one part's own word and not the
    other's."""
    m = _LISTED_PARTS_RE.search(question)
    if not m:
        return True
    parts = [frozenset(w.lower() for w in g.split()) for g in m.groups()]
    own = [parts[0] - parts[1], parts[1] - parts[0]]
    if not all(own):
        return True
    item = _item_before(sentence, q.get("text") or "", known)
    if not item:
        return True
    named = [bool(item & o) for o in own]
    return named[0] == named[1]


def _item_before(sentence: str, figure_text: str, known: Callable[[str], bool] | None = None) -> frozenset[str] | None:
    """The words of the last name run before a figure, since the figure before ("Honda Civic" ->
    {honda, civic}), less dictionary words (`known`: "Terdakwa Yusuf" is Yusuf); None when none
    stands there."""
    stretch = _stretch_of(sentence, figure_text)
    if stretch is None:
        return None
    runs = [m.group() for m in _NAME_RUN_RE.finditer(stretch[0])]
    words = frozenset(w.lower() for w in runs[-1].split()) if runs else frozenset()
    # no dictionary word ("Terdakwa Yusuf" is Yusuf) nor currency ("Musim Mas Group Rp 1,18 triliun")
    words = frozenset(w for w in words if (known is None or not known(w)) and w not in lexicon().words["currencies"])
    return words or None


_STOCK_CODE_RE = re.compile(r"\(([A-Z]{4})\)")   # a stock code a question about shares writes: "saham Garuda (GIAA)"
_TICKER_RE = re.compile(r"\bTbk\.?\s*\(([A-Z]{4})\)")   # a listed company's stock code: "Tbk (GIAA)"


def company_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """Whose figure, among companies: a question naming a company ("… yang diimpor PT HI") takes no
    figure its sentence gives, before it, for other companies only ("Penindakan kedua dilakukan
    terhadap PT NHI yang mengimpor 138 kontainer"). A stock code asked ("saham Garuda Indonesia
    (GIAA)") takes, in a list of stocks, only the figures its own item gives: the last code before
    the figure is the asked one ("… (NUSA) naik Rp7 atau 9,33% ke Rp82" is NUSA's)."""
    codes = set(_STOCK_CODE_RE.findall(question)) if re.search(r"\bsaham\b", question, re.I) else set()
    if codes:
        at = figure_at(sentence, q.get("text") or "")
        said = _TICKER_RE.findall(sentence[:at]) if at > 0 else []
        if said and said[-1] not in codes:
            return False
    if "PT" not in question or "PT" not in sentence:
        return True
    asked = company_names(question)
    if not asked:
        return True
    at = figure_at(sentence, q.get("text") or "")
    said = company_names(sentence[:at]) if at > 0 else ()
    return not said or any(_same_company(a, b) for a in asked for b in said)


def _same_company(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"PT Freeport Indonesia" is "PT Freeport", "PT SMK" is "PT Solo Manufaktur Kreasi" (its
    initials); "PT HI" is not "PT NHI", nor "PT Bank Mandiri" "PT Bank Rakyat Indonesia"."""
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    return (len(a) == 1 and (a[0] == _initials(b) or _syllable_short(a[0], b))) \
        or (len(b) == 1 and (b[0] == _initials(a) or _syllable_short(b[0], a)))


def _syllable_short(short: str, words: tuple[str, ...]) -> bool:
    """A short form built of each word's opening letters, in order: "Jakpro" is "Jakarta
    Propertindo", "Inalum" "Indonesia Asahan Aluminium". Four letters at least, every word used."""
    if len(short) < 4 or len(words) < 2:
        return False

    def built(rest: str, i: int) -> bool:
        if i == len(words):
            return not rest
        return any(words[i][:n] == rest[:n] and built(rest[n:], i + 1)
                   for n in range(1, min(len(words[i]), len(rest)) + 1))
    return built(short, 0)


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words)


def _spaced(text: str) -> str:
    """A text lower case with one space between a number and its unit ("70kg" -> "70 kg")."""
    words = re.sub(r"\s+", " ", re.sub(r"[^\w\s.,/]|[.,](?!\d)", " ", text.lower()))
    return " " + re.sub(r"(\d)\s*([^\W\d_])", r"\1 \2", words).strip() + " "


_OPPONENT_MARK = (r"(?:atas|melawan|lawan|vs\.?|kontra|menghadapi|mengalahkan|dikalahkan|menaklukkan|ditaklukkan"
                  r"|menundukkan|ditundukkan|menekuk|ditekuk|kalah\s+dari|takluk\s+dari|perlawanan)")
_OPPONENT_RE = re.compile(_OPPONENT_MARK + r"\s+(?:[a-z]+\s+){0,2}?((?:[A-Z][\w'-]+\s*){1,3})")


def opponent_fits(question: str, sentence: str) -> bool:
    """A match asked by its opponent ("… ketika Tommy Sugiarto dikalahkan Kento Momota") is not
    one the sentence plays against another ("Tommy butuh waktu 32 menit untuk menaklukkan
    perlawanan ulet Wong"). Only names right after the word of playing count, and no country or
    place ("perlawanan pasangan Jepang" may be the asked pair's)."""
    asked = _opponents(question)
    if not asked:
        return True
    said = _opponents(sentence)
    return not said or bool({w for name in said for w in name} & {w for name in asked for w in name})


@lru_cache(maxsize=4096)   # a question's once, a sentence's once for all its figures
def _opponents(text: str) -> tuple[frozenset[str], ...]:
    places = lexicon().places
    return tuple(words for m in _OPPONENT_RE.finditer(text)
                 if (words := frozenset(w.lower() for w in m.group(1).split()))
                 and not any(w in places for w in words))


def magnitude_fits(question: str, sentence: str) -> bool:
    """A quake asked by its magnitude ("gempa pertama (M 5,6)") is not one the sentence gives
    another magnitude ("terjadi lagi gempa dengan kekuatan 6 SR … kedalaman 648 Km"): two quakes
    of one place and day are told apart by it. A sentence naming the asked magnitude, or none, may
    be of the asked quake."""
    asked = _magnitudes(question)
    if not asked:
        return True
    said = _magnitudes(sentence)
    return not said or bool(said & asked)


# "M 5,6", "Mag:6", "magnitudo 6,0", "berkekuatan 5,6", "6 SR", "5,6 skala Richter"
_MAGNITUDE_RE = re.compile(r"\b(?:M|Mag|magnitudo|magnitude|kekuatan|berkekuatan)\s*[:=]?\s*(\d(?:[.,]\d{1,2})?)(?![\d.,]*\d)"
                           r"|\b(\d(?:[.,]\d{1,2})?)\s*(?:SR|skala\s+richter|magnitudo)\b", re.I)


@lru_cache(maxsize=4096)
def _magnitudes(text: str) -> frozenset[float]:
    if not re.search(r"gempa|magnitud|\bSR\b|richter|\bM\s*\d", text, re.I):
        return frozenset()
    return frozenset(float((m.group(1) or m.group(2)).replace(",", ".")) for m in _MAGNITUDE_RE.finditer(text))


_ROUND_RE = re.compile(r"\b(?:babak\s+)?(perempat\s*-?\s*final|semi\s*-?\s*final|final)\b|\bbabak\s+(pertama|kedua|ketiga|keempat"
                       r"|satu|dua|tiga|empat|(?:16|32|8)\s+besar)\b|\b((?:16|32|8)\s+besar)\b", re.I)
_CLAUSE_MARK_RE = re.compile(r"[,;:]\s|\.\s|\s[-–]\s")


def round_fits(question: str, q: dict[str, Any], sentence: str) -> bool:
    """A tournament's round asked ("… yang tampil di babak kedua China Open 2019") is not another
    round the sentence names alone ("Enam wakil Indonesia akan berjuang pada babak perempat final").
    No round asked, a count its own clause places in a round ("delapan wakil Indonesia siap berlaga
    dalam babak pertama", "meloloskan 10 wakil ke babak dua") is that round's, not the whole
    tournament's."""
    asked = _rounds(question)
    if not asked:
        at = figure_at(sentence, q.get("text") or "")
        return at < 0 or not _rounds(_own_clause(sentence, at, len(q.get("text") or "")))
    said = _rounds(sentence)
    return not said or bool(said & asked)


def _own_clause(sentence: str, at: int, length: int) -> str:
    """The stretch of a sentence between the clause marks around the figure at sentence[at:at+length]."""
    start = max((m.end() for m in _CLAUSE_MARK_RE.finditer(sentence, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSE_MARK_RE.finditer(sentence, at + length)), len(sentence))
    return sentence[start:end]


@lru_cache(maxsize=4096)   # a question's once, a sentence's once for all its figures
def _rounds(text: str) -> frozenset[str]:
    return frozenset({re.sub(r"[\s-]+", "", (m.group(1) or m.group(2) or m.group(3)).lower()) for m in _ROUND_RE.finditer(text)})


# the part counted before its whole: "ada tujuh dari 12 gol", "118 dari total 122 anggota"
_PART_BEFORE_WHOLE_RE = re.compile(r"(\S+)\s+dari\s+(?:total\s+|sebanyak\s+|jumlah\s+)?$", re.I)
_WHOLE_TAIL_END_RE = re.compile(r"[,;:()]|\.(?!\d)|\s(?:dan|serta|sedangkan|sementara|namun|tetapi)\s", re.I)


def counted_whole_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """The whole a part is counted out of ("tujuh dari 12 gol tercipta dari situasi set piece")
    is not the part a question asks by what the sentence says of it ("berapa gol Arsenal yang
    tercipta dari situasi set piece"): what follows the whole is said of the part."""
    text = q.get("text") or ""
    at = figure_at(sentence, text)
    if at <= 0 or frame.pipeline is None or "dari" not in sentence[max(0, at - 30):at].lower():
        return True
    part = _PART_BEFORE_WHOLE_RE.search(sentence, max(0, at - 40), at)
    if not part or not (part.group(1)[:1].isdigit() or words_to_number(part.group(1).lower()) is not None) \
            or part.group(1).lower() in ("satu", "1", "seorang", "sebuah"):
        return True   # ("satu dari empat jenazah … yang sempat misterius": one member of the group asked)
    stem = frame.pipeline.stem
    tail = _WHOLE_TAIL_END_RE.split(sentence[at + len(text):], maxsplit=1)[0]
    if re.match(r"\s*(?:[^\W\d_]+\s+)?yang\b", tail, re.I):
        return True   # "terpilih tujuh dari 27 film yang ikut seleksi": a "yang" clause may tell the whole
    said = {stem(t) for t in _lower_words(tail) if t[:1].isalpha() and t not in lexicon().stopwords}
    said -= {stem((q.get("unit") or "").lower())}
    # most of it asked: one shared word ("dibawa ke sidang" for "perkara … yang disidangkan") is not
    return 2 * len(said & _stemmed_words(frame.question_text, stem)) <= len(said)
