"""Claims: the figures a sentence states, who said them, and which secondary source the outlet cites.

Three different fields are kept apart on purpose: the *speaker* (Pentagon, HUR, Blinken), the
*cited source* the outlet took it from (Bloomberg, Al Jazeera), and the *outlet* that published
the article (set from the article, not here). A figure is only a quantity when it counts
something: dates, calibres (60mm), model names (AK-12), times and page numbers are not.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Callable, Iterator

from .clean import _ASCII_WORD_BYTES, DAYS_RE, MONTH_RE, MONTHS
from .frame import CASUALTY_CLASSES, CASUALTY_WORDS, INSTALMENT_WORDS, figure_frames, last_person, located_places, may_name_place
from .frame import lexicon as frame_lexicon
from .text import _data_lines, affixed_verb

# ---------------------------------------------------------------- numbers
UNITS_WORDS = {
    "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9,
}
TEENS_WORDS = {"sepuluh": 10, "sebelas": 11, "selusin": 12}  # selusin: a dozen
SCALES = {"ribu": 1_000, "rb": 1_000, "juta": 1_000_000, "jt": 1_000_000, "miliar": 10**9,
          "milyar": 10**9, "triliun": 10**12,
          "ribuan": 1_000, "jutaan": 1_000_000}   # "7 ribuan": some seven thousand
VAGUE = {
    "puluhan ribu": 10_000, "ratusan ribu": 100_000, "belasan ribu": 10_000, "ribuan": 1_000,
    "ratusan": 100, "puluhan": 10, "belasan": 10, "jutaan": 1_000_000, "puluhan juta": 10_000_000,
    "ratusan juta": 100_000_000, "miliaran": 10**9, "lusinan": 12,
}
QUALIFIERS = (
    "tidak kurang dari", "tak kurang dari", "paling sedikit", "lebih dari", "kurang dari",
    "kurang lebih", "lebih kurang", "kira-kira", "sedikitnya", "setidaknya", "sekitar", "sekira",
    "hampir", "hingga", "sampai", "mencapai", "minimal", "maksimal", "di atas", "di bawah",
    "lebih", "nyaris", "tercatat",
)
WORD_NUM = (r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+setengah\b"   # "dua setengah hari": 2,5
            r"|(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
            r"(?:\s*(?:belas|puluh|ratus|ribu))?(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
            r"(?:\s+(?:belas|puluh|ratus))?)?|sepuluh|sebelas|selusin|seratus|seribu|sejuta")
# (and a decimal written the English way before a scale or a percent: "lebih dari 1.2 juta bibit",
# "skor 93.92 persen")
DIGIT_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?=\s*(?:ribuan|jutaan|ribu|juta|miliar|milyar|triliun|persen)\b|\s?%)|\d+(?:,\d+)?"


def _smaller_parts(*scales: str) -> str:
    """The rest of a number read in parts, each with a smaller scale: "2 juta 55 ribu", "dua juta 10 ribu"."""
    return "".join(rf"(?:\s+(?:\d{{1,3}}|{WORD_NUM})\s*{s}\b)?" for s in scales)


SCALE_RE = (rf"(?:\s*(?:triliun\b{_smaller_parts('(?:miliar|milyar)', 'juta', 'ribu')}"
            rf"|(?:miliar|milyar)\b{_smaller_parts('juta', 'ribu')}|juta\b{_smaller_parts('ribu')}|(?:ribuan|jutaan|ribu|rb|jt)\b))?")
NUM = rf"(?:(?:{DIGIT_NUM}){SCALE_RE}|\b(?:{WORD_NUM}){SCALE_RE})"
QUAL_RE = "|".join(re.escape(q) for q in QUALIFIERS)
VAGUE_RE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
# A range word stands apart from the number: "sehingga tiga orang" is not "se(1) hingga tiga".
# measure units written glued to their number ("total angkatan 306kg"); not mm ("mortir 60mm" is a calibre)
GLUED_PER_UNITS = frozenset({"barel", "ton", "liter", "kilogram", "kg", "unit", "orang", "kwh", "mw", "meter"})  # "barelper"
GLUED_UNIT_RE = r"(?:kg|km|gr|gram|mg|ml|ha|ton|liter|mw|kwh|gw|gb|mah)\b"
QUANTITY_RE = re.compile(
    rf"(?<![\w\-/.,])(?:(?P<qual>{QUAL_RE})\s+)?"
    rf"(?:(?P<vague>\b(?:{VAGUE_RE})\b)"
    rf"|(?P<low>{NUM})(?:(?P<lowunit>\s?%|\s+persen)?(?:\s*[-–]|\s+(?:hingga|sampai|s\.d\.?|sampai dengan))\s*(?P<high>{NUM}))?)"
    # not "1/2", "9/9"; "Rp 16.335/US$", "Rp760.000/gram" are prices; "49-nya di antaranya" is a count
    rf"(?!(?!{GLUED_UNIT_RE})[\w]|-(?!nya\b)|/(?!US\$|[a-zA-Z]{{2,}})|[.,]\d)"
    rf"(?:\s?(?P<pct>%)|(?:\s+|(?={GLUED_UNIT_RE}))(?P<unit>[^\W\d_][\w\-]*))?",
    re.IGNORECASE,
)
# spans masked before quantities are looked for: dates, times, page and article numbers
TIME_WORDS = ("pukul", "jam")                     # "pukul 14.32"
YEAR_WORDS = ("tahun", "sejak", "pada", "hingga", "akhir", "awal", "medio", "periode")  # "sejak 2019"
LABEL_WORDS = ("halaman", "pasal", "ayat", "nomor")  # "pasal 12", also written glued: "halaman5"
# what a number after "nomor" labels: "nomor punggung 10" (a shirt), "nomor urut 2" (a ballot place)
NUMBERED_THINGS = ("punggung", "urut", "induk", "polisi", "rekening", "telepon", "registrasi", "perkara",
                   "antrean", "antrian", "peserta", "dada", "rumah", "kamar", "kursi", "pokok")
# "peserta BPJS kelas 3", "zona 5", "golongan 3", "tahap 2": a class or stage named by its number, no count
# and "Warkop DKI Reborn Part 2", "season 3": a sequel or instalment named by its number
CLASS_LABEL_WORDS = ("kelas", "golongan", "zona", "tahap", "gelombang", *INSTALMENT_WORDS)
RANK_WORDS = ("peringkat", "ranking", "rangking", "urutan")   # "peringkat 11": a place in an order, masked like a label
# "ronde 3", "lap 10", "set 2": a round, lap or set named by its bare number is a place in an order too
# (not "babak 16 besar", a stage)
ROUND_WORDS = ("ronde", "babak", "set", "gim", "lap")
AREA_NUMBER_WORDS = ("rt", "rw", "blok", "kavling")   # "RT 05", "RW 12": a neighbourhood named by its number
# words naming a number as a label, not a count: "Part 2", "kelas 3", "peringkat 5", "pasal 12"
NUMBER_LABELS = frozenset([*LABEL_WORDS, *RANK_WORDS, *ROUND_WORDS, *CLASS_LABEL_WORDS])
DATE_SPANS_RE = re.compile(
    rf"\(\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\)|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b"
    rf"|\b\d{{1,2}}\s*(?:[-–]|hingga|sampai|s\.d\.?)\s*\d{{1,2}}\s+(?:{MONTH_RE})\b(?:\s+\d{{4}})?"   # "4 - 9 Juli 2018"
    rf"|\b\d{{1,2}}\s+(?:{MONTH_RE})\b(?:\s+\d{{4}})?|\b(?:{MONTH_RE})\s+\d{{4}}\b"
    rf"|\b(?:{'|'.join(TIME_WORDS)})\s+\d{{1,2}}[.:]\d{{2}}|\b\d{{1,2}}[.:]\d{{2}}\s*(?:WIB|WITA|WIT)\b"
    rf"|\b(?:{'|'.join(YEAR_WORDS)})\s+(?:19|20)\d{{2}}(?:\s*[-–]\s*(?:19|20)\d{{2}})?\b"
    rf"|\b(?:19|20)\d{{2}}\s*[-–]\s*(?:19|20)\d{{2}}\b"   # a span of years: "2014-2018"
    rf"|\b1[34]\d{{2}}\s*(?:Hijriah|Hijriyah|Hijriyyah|H)\b"   # a year of the Islamic calendar: "Idul Fitri 1438 H"
    rf"|\b(?:{'|'.join(LABEL_WORDS)}|no\.)\s*:?\s*\d+"
    rf"|\b(?:ber)?nomor\s+(?:{'|'.join(NUMBERED_THINGS)})\s*:?\s*\d+"   # "nomor punggung 10", "nomor urut 2": a label
    rf"|\b(?:tanggal|tgl\.?)\s+\d{{1,2}}\b(?![.,]\d)"   # "tanggal 9, 29 Juli": a day of the month
    rf"|\b(?:{'|'.join(RANK_WORDS)})\s+\d{{1,4}}(?:\s?[-–]\s?\d{{1,4}})?\b(?![.,]\d)"   # a place (or band) in an order (find_ordinals), no count
    rf"|\b(?:{'|'.join(ROUND_WORDS)})\s+\d{{1,2}}\b(?![.,]\d|\s*(?:besar|%|persen)\b)"
    rf"|\b\d{{1,3}}['’′](?!\w)|\bmenit\s+\d{{1,3}}\b(?![.,]\d)"   # a match's minute: "(56', 72')", "menit 55"
    rf"|\b(?:{'|'.join(CLASS_LABEL_WORDS)})\s+\d{{1,2}}\b(?![.,]\d)"
    rf"|\blantai\s+\d{{1,3}}\b(?![.,]\d)"   # a floor named by its number: "di lantai 4" (a place, no count)
    rf"|\b(?:{'|'.join(AREA_NUMBER_WORDS)})\.?\s*\d{{1,3}}\b(?![.,]\d)",   # a neighbourhood or plot by its number: "warga RW 12"
    re.IGNORECASE,
)
_LIPAT_RE = re.compile(r"\s*lipat\b", re.I)
# a number word that counts some of a group named before ("Dari 20 korban, tiga di antaranya
# meninggal", "dari 66 orang ini, ada empat yang dirujuk"): it borrows the group's noun
_ONE_OF_GROUP_RE = re.compile(r"\s+(?:di\s*antaranya\b|yang\s+(?:di|ter|me|ber)[a-z]{3,})", re.I)
# a number word counted out of a whole: "tujuh dari 12 gol", "tiga dari lima tersangka" (the whole's noun is its)
_PART_OF_COUNT_RE = re.compile(rf"\s+dari\s+(?:total\s+)?(?:\d|(?:{WORD_NUM})\b)", re.I)
NON_UNITS = frozenset(
    "pekan minggu hari bulan tahun lalu jam menit detik yang dan atau di ke dari dengan untuk pada "
    "dalam ini itu tersebut lainnya lain sama per sejak selama hingga sampai oleh atas bagi kepada terhadap "
    "akan telah sudah masih juga saja pun bahwa karena sehingga namun tetapi saat ketika setelah sebelum "
    "menjadi adalah ialah yaitu yakni sebagai seperti tidak tak belum antara "
    "kehilangan".split()   # "enam orang kehilangan nyawa": what befell them, not what they are
)
_DIGIT_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"\w+")
_PAREN_OR_WORD_RE = re.compile(r"\(|\w+")
DATE_FIRST_WORDS = frozenset([*MONTHS, *TIME_WORDS, *YEAR_WORDS, *RANK_WORDS, *ROUND_WORDS, *CLASS_LABEL_WORDS, "menit", "tanggal",
                              "tgl", "bernomor", "lantai", *AREA_NUMBER_WORDS])
DATE_GLUED_WORDS = (*LABEL_WORDS, "no")
# the first word of every figure QUANTITY_RE accepts that is not written in digits
NUMBER_FIRST_WORDS = frozenset(
    [*UNITS_WORDS, *(u + s for u in UNITS_WORDS for s in ("belas", "puluh", "ratus", "ribu")),
     "sepuluh", "sebelas", "selusin", "seratus", "seribu", "sejuta", *(v.split()[0] for v in VAGUE)]
)
# the first word of every QUANTITY_RE match: a number word, a vague amount or a qualifier
QUANTITY_FIRST_WORDS = NUMBER_FIRST_WORDS | {re.findall(r"\w+", q)[0] for q in QUALIFIERS}


@dataclass
class Quantity:
    value: float
    text: str
    qualifier: str | None = None
    unit: str | None = None  # the noun counted, as written ("tentara", "perwira")
    high: float | None = None  # upper end of a range
    vague: bool = False
    casualty: bool = False
    scope: str | None = None  # place the figure refers to ("Oblast Kursk"), when stated
    before: str = ""  # the words just before: "korban meninggal mencapai 162 orang" counts korban
    # whose the counted noun is, as a gazetteer/alias key ("korea_utara"; "rusia+ukraina"), when said
    of: str | None = None
    predicate: str = "other"  # the first of predicates, "other" when none
    # what it counts (data/predicates.txt): sent killed wounded missing captured displaced affected,
    # or ["total"]; "tewas atau terluka" is both killed and wounded (frame.figure_frames)
    predicates: list[str] = field(default_factory=list)
    # places named by the nearest earlier sentence of the article, when this one names none: where
    # the story is at that point ("Bea Cukai Kudus menindak …" … "diamankan 544.000 batang")
    context: list[str] | None = None
    # dates stated by the nearest earlier sentence that states one, when this one states none:
    # when the story happens at that point ("… KM 92, Selasa (10/9/2019)" … "dua orang luka-luka")
    when: list[str] | None = None
    # the person an opening pronoun stands for, named in an earlier sentence ("Andrea Dovizioso finis
    # keenam." … "Dia mengumpulkan 182 poin"): whose a held count is when the sentence names no one
    subject: str | None = None
    # a place in an order, not a count ("menit ke-56", "peringkat 167", "posisi kelima"): answers only
    # a question asking one ("menit ke berapa", "peringkat berapa"); `unit` is the ordered noun
    ordinal: bool = False
    # whose age a bracketed figure after a name is ("Zaenal Abidin (43)": "Zaenal Abidin"): answers
    # only a question asking an age (frame.age_fits); a count takes it for nothing
    age: str | None = None
    # the other side's tally of a scoreline, as written ("menang 95-75": value 95, against 75):
    # answers only a question asking a match's goals, points or score, which says whose side it
    # wants (scores.py); a count takes it for nothing
    against: float | None = None


def words_to_number(text: str) -> float | None:
    """'dua belas ribu' -> 12000, 'seratus lima puluh' -> 150, 'enam' -> 6."""
    toks = re.findall(r"[a-z]+", text.lower().replace("se", "se ", 1) if re.match(r"se(ratus|ribu|juta|puluh|belas)", text.lower()) else text.lower())
    # total: thousands and above; current: below a thousand; digit: a unit word waiting for its scale
    total = current = digit = 0
    seen = False
    for t in toks:
        if t in UNITS_WORDS:
            if digit:
                return None   # "delapan delapan": a scraper's doubled word, not 16 ("dua puluh tiga" has a scale between)
            digit = UNITS_WORDS[t]
        elif t in TEENS_WORDS:
            current += TEENS_WORDS[t]
        elif t in ("belas", "puluh", "ratus"):
            # the scale takes the unit word before it only: "seratus lima puluh" is 100 + 5 × 10
            current += (digit or 1) + 10 if t == "belas" else (digit or 1) * (10 if t == "puluh" else 100)
            digit = 0
        elif t in ("ribu", "juta", "miliar", "milyar", "triliun"):
            total += (current + digit or 1) * SCALES[t]
            current = digit = 0
        elif t == "sejuta":
            total += 1_000_000
        elif t == "setengah" and digit and not current:
            digit += 0.5   # "dua setengah": two and a half
        else:
            return None
        seen = True
    return float(total + current + digit) if seen else None


_SCALED_PARTS_RE = re.compile(rf"(?:\d+(?:[.,]\d+)*|{WORD_NUM})\s*(?:ribu|juta|miliar|milyar|triliun)\b\s*", re.I)


@lru_cache(maxsize=16384)   # ingest speed: the same figures come back ("10", "2019", "1,5 juta")
def parse_number(text: str) -> float | None:
    """Indonesian number as written: '10.000', '1,5 juta', 'dua belas ribu', '12 ribu'."""
    t = text.strip().lower()
    if len(parts := _SCALED_PARTS_RE.findall(t)) > 1 and _SCALED_PARTS_RE.sub("", t).strip() == "":
        values = [parse_number(part) for part in parts]   # "2 juta 55 ribu": each part with its own scale
        return None if None in values else float(sum(values))  # type: ignore[arg-type]
    m = re.fullmatch(r"(\d+(?:[.,]\d+)*)\s*(ribuan|jutaan|ribu|juta|miliar|milyar|triliun|rb|jt)?", t)
    if m:
        digits, scale = m.group(1), m.group(2)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", digits):
            num = float(digits.replace(".", "").replace(",", "."))
        elif re.fullmatch(r"\d+,\d+", digits):
            num = float(digits.replace(",", "."))
        elif re.fullmatch(r"\d+\.\d{1,2}", digits):  # "1.5 juta" written the English way
            num = float(digits)
        elif re.fullmatch(r"\d+", digits):
            num = float(digits)
        else:
            return None
        return num * SCALES[scale] if scale else num
    return words_to_number(t)


def _matches_from(pattern: re.Pattern[str], text: str, candidates: re.Pattern[str],
                  can_start: Callable[[str], bool]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, but the pattern is only tried where ``candidates`` finds a
    token that ``can_start`` a match, resuming after each match as finditer does.

    Exact when every match of the pattern begins at such a token (each caller says why). The long
    alternations below cost more per position than this loop does per word. ASCII text only:
    case-insensitive matching has Unicode folds that a lower-cased word check would miss."""
    resume = 0
    for token in candidates.finditer(text):
        start = token.start()
        if start < resume or not can_start(token.group()):
            continue
        m = pattern.match(text, start)
        if m:
            yield m
            resume = m.end()


def _can_start_date_span(token: str) -> bool:
    # DATE_SPANS_RE: "(" of "(13/11/2024)", else after \b: a digit, a month, a keyword + \s,
    # or "halaman"/"pasal"/"ayat"/"nomor"/"no." with digits possibly glued on
    low = token.lower()
    return token == "(" or token[0].isdigit() or low in DATE_FIRST_WORDS or low.startswith(DATE_GLUED_WORDS)


# ---- ingest speed only: where _matches_from's token loops would try a pattern, found by one
# compiled scan of the lower-cased ASCII text instead of a Python step per word (the loop over
# the words was ~3/4 of masking and finding figures). The positions are the same as the loops'
# (_can_start_date_span, _can_start_quantity; tests/test_claim_starts.py compares them).
def _trie_regex(words: "frozenset[str] | set[str]") -> str:
    """A pattern matching exactly these literal words, as a trie (one branch per letter):
    Python's regex engine tries a plain alternation's words one by one at every position."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) or "(?!)"   # no words: nothing matches


# "(" ; a word starting with a digit or a glued label word; a month or date keyword, whole
_DATE_STARTS_RE = re.compile(rf"\(|\b(?:\d|{'|'.join(map(re.escape, DATE_GLUED_WORDS))}|{_trie_regex(DATE_FIRST_WORDS)}\b)")
# a word starting with a digit; a number word, a vague amount's or a qualifier's first word, whole
_QUANTITY_STARTS_RE = re.compile(rf"\b(?:\d|{_trie_regex(QUANTITY_FIRST_WORDS)}\b)")


def _matches_at(pattern: re.Pattern[str], text: str, starts: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``_matches_from`` with the candidate words found by ``starts`` on the lower-cased text
    (ASCII only: lower-casing keeps every offset)."""
    resume = 0
    for token in starts.finditer(text.lower()):
        start = token.start()
        if start < resume:
            continue
        m = pattern.match(text, start)
        if m:
            yield m
            resume = m.end()


def _mask(sentence: str) -> str:
    """Replace date/time/page spans by spaces so offsets stay aligned, and a currency glued to
    its amount ("Rp42.000", "Rp.42.000") too, so the amount starts a word as any figure does."""
    if "antai " in sentence:   # "lantai empat gedung FISIP": a floor named by its number word
        sentence = _FLOOR_WORD_RE.sub(lambda m: " " * len(m.group(0)), sentence)
    if not _DIGIT_RE.search(sentence):
        return sentence  # every span holds a digit; most sentences have none
    if not sentence.isascii():
        masked = DATE_SPANS_RE.sub(lambda m: " " * len(m.group(0)), sentence)
    else:
        out: list[str] = []
        pos = 0
        for m in _matches_at(DATE_SPANS_RE, sentence, _DATE_STARTS_RE):
            out += (sentence[pos : m.start()], " " * (m.end() - m.start()))
            pos = m.end()
        out.append(sentence[pos:])
        masked = "".join(out)
    if "km" in masked or "KM" in masked or "Km" in masked or "ilometer" in masked:   # "KM 91+200": a point on a road
        masked = _ROAD_MARKER_RE.sub(lambda m: " " * len(m.group(0)), masked)
    if "-" in masked and _MODEL_RE.search(masked):
        masked = _MODEL_RE.sub(lambda m: " " * len(m.group(0)), masked)
    if _SERIES_RE.search(masked):   # "Twin Otter DHC-6 seri 400", "diabetes tipe 2": a model or kind, no count
        masked = _SERIES_RE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), masked)
    if "H" in masked and _DAY_LABEL_RE.search(masked):   # "H-7 Lebaran", "H - 14 hingga H+14": a day, no count
        masked = _DAY_LABEL_RE.sub(lambda m: " " * len(m.group(0)), masked)
    if "RI" in masked and _OFFICE_LABEL_RE.search(masked):   # "kursi RI 6", "RI-1": an office, no count
        masked = _OFFICE_LABEL_RE.sub(lambda m: " " * len(m.group(0)), masked)
    if "Rp" in masked or "rp" in masked or "RP" in masked or "US" in masked or "$" in masked or "EUR" in masked \
            or "IDR" in masked or "RM" in masked:
        return _GLUED_CURRENCY_RE.sub(lambda m: " " * len(m.group(0)), masked)
    return masked


_FLOOR_WORDS = f"(?:{'|'.join([w for w in UNITS_WORDS if w != 'se'] + ['sepuluh'])})"   # "lantai empat"
_FLOOR_WORD_RE = re.compile(rf"\b[Ll]antai\s+{_FLOOR_WORDS}\b")
# "Rp42.000", "USD14,28 miliar", "US$85,1 juta", "S$5 juta": the amount starts a word as any figure does
_GLUED_CURRENCY_RE = re.compile(r"(?:\b(?:[Rr][Pp]\.?|USD|IDR|EUR|SGD|RM)|\b(?:US|S)?\$)(?=\d)")
_SPELLED_AGAIN_RE = re.compile(r"\s*\(\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4})\s*\)\s*([^\W\d_]+)")
_SCORE_RE = re.compile(r"\d{1,2}\s?[-–]\s?\d{1,2}")
_SCORE_WORDS_RE = re.compile(r"\b(?:kalah|menang|skor|imbang|takluk|tumbang|ditahan|bermain|hasil|unggul|tertinggal|"
                             r"membalas|mengalahkan|dikalahkan|menekuk|ditekuk|dibantai|membantai)\s+(?:\w+\s+)?(?-i:[A-Z][\w'-]*\s+){0,3}$", re.I)
_OFFICE_LABEL_RE = re.compile(r"\bRI\s?[-]?\s?\d\b")
_DAY_LABEL_RE = re.compile(r"\bH\s?[-+–]\s?\d{1,3}\b")
_MODEL_RE = re.compile(r"\b[A-Z]{2,5}\s?\d{1,4}-\d{2,4}\b")   # "DHC 6-400", "ATR 72-600": a model, no range
_SERIES_RE = re.compile(r"(\b(?:[Ss]eri|[Ss]eries|SERI|[Tt]ipe|[Tt]ype|[Vv]ersi)\s+)\d{1,4}\b(?![.,]\d)")
_ROAD_MARKER_RE = re.compile(r"\b(?:[Kk][Mm]|[Kk]ilometer)\s?\.?\s?(?P<km>\d+(?:[.,]\d+)?)(?:\s?\+\s?(?P<metres>\d+))?")


def _words(sentence: str) -> frozenset[str]:
    """The sentence's lower-cased word runs, for the literal checks below."""
    if sentence.isascii():   # ingest speed: the same runs, split as bytes through one table
        return frozenset(sentence.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split())
    return frozenset(_WORD_RE.findall(sentence.lower()))


def _may_hold_quantity(sentence: str, words: frozenset[str]) -> bool:
    """False only when QUANTITY_RE cannot match: no digit, no number word, no vague amount.

    A cheap literal check before the long pattern (the regex engine has no such prefilter);
    ingest throughput depends on it."""
    return bool(_DIGIT_RE.search(sentence)) or not words.isdisjoint(NUMBER_FIRST_WORDS)


def _can_start_quantity(word: str) -> bool:
    # QUANTITY_RE's look-behind excludes word characters, so a match starts a word: digits, a
    # number word, a vague amount or a qualifier (range words must stand apart, see above)
    return word[0].isdigit() or word.lower() in QUANTITY_FIRST_WORDS


def _quantity_matches(masked: str) -> Iterator[re.Match[str]]:
    if not masked.isascii():
        return QUANTITY_RE.finditer(masked)
    return _matches_at(QUANTITY_RE, masked, _QUANTITY_STARTS_RE)


_THOUSANDS_COMMA_RE = re.compile(r"\d{1,3}(?:,\d{3})+")  # English-style thousands in a count
# an amount of money before the figure, or the rest of a broken one ("Rp200, 200, 000")
def _currency_before(sentence: str, at: int) -> bool:
    """An amount of money ends right before ``at`` (read on the last few words: the pattern is
    anchored at the end, and searching a whole prefix costs a pass per position)."""
    window = sentence[max(0, at - CURRENCY_REACH):at]
    if window.isascii() and "$" not in window:   # ingest speed: each sign as a literal first
        low = window.lower()   # (re.I folds only non-ASCII letters such as "ſ" onto these)
        if "rp" not in low and "usd" not in low and "idr" not in low and "eur" not in low and "sgd" not in low:
            return False
    return _CURRENCY_BEFORE_RE.search(window) is not None


MAX_AGE = 120
# (a name's lower-case link words are part of it: "Hamza bin Laden", "Robin van Persie")
_NAME_WORDS = r"((?:[A-Z][\w'’.-]*\s+(?:(?:bin|binti|van|von|der|de|al|el|da|dos)\s+)?){0,3}[A-Z][\w'’.-]*)"
_NAME_BEFORE_BRACKET_RE = re.compile(rf"{_NAME_WORDS}\s*\(\s*$")


def _name_before_bracket(sentence: str, start: int) -> str | None:
    """The capitalised name written right before "(25)": whose age the figure is."""
    m = _NAME_BEFORE_BRACKET_RE.search(sentence[max(0, start - 80):start])
    return m.group(1) if m else None


_NAME_BEFORE_COMMA_RE = re.compile(rf"(?<![\w.]){_NAME_WORDS}\s*,\s*$")
# after the age: its comma and a word in lower case that goes on about the person ("mengatakan",
# "perempuan"); "Aceh, 12, Sumut, 8" lists places and counts
_AGE_COMMA_AFTER_RE = re.compile(r"\s*(?:tahun\s*)?,\s*[a-z]")


def _name_before_comma(sentence: str, start: int) -> str | None:
    """The capitalised name written right before ", 74,": whose age the figure is; not a place, an
    organisation or a day ("Palu, 120, tersebar …", "Pada Selasa, 10, …")."""
    m = _NAME_BEFORE_COMMA_RE.search(sentence[max(0, start - 80):start])
    if not m:
        return None
    low = [w.lower() for w in m.group(1).split()]
    lex = frame_lexicon()
    if any(w in lex.stopwords or _DAY_OR_MONTH_RE.fullmatch(w) or lex.names.at(low, i) is not None
           for i, w in enumerate(low)):
        return None
    return m.group(1)


_DAY_OR_MONTH_RE = re.compile(rf"{DAYS_RE}|{MONTH_RE}", re.I)


def _bracketed(sentence: str, start: int, end: int) -> bool:
    """The figure alone in brackets: "(25)"."""
    return sentence[:start].rstrip().endswith("(") and sentence[end:].lstrip().startswith(")")


def currency_of(sentence: str, figure_text: str) -> str | None:
    """The currency written before a figure ("Rp 42.000", "US$ 5 miliar"), as readers write it, or
    None when the figure is no amount of money."""
    at = sentence.find(figure_text)
    if at < 0:
        return None
    if glued := _GLUED_SIGN_RE.search(figure_text):  # "sekitar Rp80 ribu"
        return CURRENCY_SIGNS[glued.group(1).lower()]
    m = _CURRENCY_BEFORE_RE.search(sentence[max(0, at - CURRENCY_REACH):at])
    if not m:
        return None
    sign = CURRENCY_SIGN_RE.match(m.group())
    return CURRENCY_SIGNS.get(sign.group(1).lower() if sign else "", "Rp")


HEADLINE_SCALES = {"T": 10**12, "M": 10**9}   # "Rp 52 T" (triliun), "Rp 10 M" (miliar), capitals only
_SIGNS = r"rp|us\$|usd|idr|eur|sgd|\$|€"
CURRENCY_SIGN_RE = re.compile(rf"({_SIGNS})\.?\s*", re.I)  # the sign and what follows it
_GLUED_SIGN_RE = re.compile(rf"(?:^|\s)({_SIGNS})\.?\s*\d", re.I)  # a sign inside a figure's text
CURRENCY_SIGNS = {"rp": "Rp", "idr": "Rp", "us$": "US$", "usd": "US$", "$": "US$", "eur": "€", "€": "€", "sgd": "S$"}
CURRENCY_REACH = 40  # characters: "Rp200, 200, " of a broken amount fits
_CURRENCY_BEFORE_RE = re.compile(r"(?:\brp|\bus\$|\busd|\bidr|\beur|\bsgd|\$|€)\.?\s*(?:\d[\d.]*,\s*)*$", re.I)


def _counted_after_classifier(word: str) -> bool:
    lex = frame_lexicon()
    w = word.lower()
    return (w not in NON_UNITS and w not in lex.stopwords and w not in CASUALTY_WORDS
            and lex.verbs.at([w], 0) is None and not affixed_verb(w))


_NASAL_PREFIXES = ("mem", "men")   # an active verb's prefix (meng-, meny- too): never a counted noun's


_SCOPE_RE = re.compile(r"\b(?:ke|di)\s+((?:wilayah\s+|Oblast\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})")


@lru_cache(maxsize=4)
def _report_word_re(words: frozenset[str]) -> re.Pattern[str]:
    """Ingest speed only: the first whole run of word characters in lower-cased ASCII text that
    is one of ``words`` (a word holding other characters is never such a run), for _scope_after."""
    runs = {w for w in words if _WORD_RE.fullmatch(w)}
    return re.compile(r"(?<!\w)(?:" + _trie_regex(runs) + r")(?!\w)")


def _scope_after(rest: str) -> str | None:
    """The place a figure holds in ("dikirim ke Oblast Kursk"), read before any word of saying: "…
    menewaskan 8 orang, kata Dedi di Gedung Humas Mabes" names where it was said. A road's marker
    alone ("di KM 91") is a point on the road, not a scope: it is left off."""
    lex = frame_lexicon()
    if rest.isascii():   # the same first word, in one scan (lower-casing ASCII keeps the offsets)
        w = _report_word_re(lex.words["report_words"]).search(rest.lower())
        rest = rest[: w.start()] if w else rest
    else:
        for w in _WORD_RE.finditer(rest):
            if w.group().lower() in lex.words["report_words"]:
                rest = rest[: w.start()]
                break
    m = _SCOPE_RE.search(rest)
    if not m:
        return None
    words = m.group(1).split()
    if words and any(ch.isdigit() for ch in words[0]):
        return None   # "di USD1.517,70": an amount, no place
    while words and words[-1].lower() in lex.words["point_markers"]:
        words.pop()
    while words and lex.events.at([words[0].lower()], 0):
        words.pop(0)   # a headline's "di Kecelakaan Tol Purbaleunyi": the event is no place
    low = [w.lower() for w in words]
    for i in range(1, len(words)):   # a headline capitalises its verbs: "di Sukabumi Diduga Keracunan"
        if low[i] in lex.words["headline_verbs"] or lex.predicates.at(low, i):
            words = words[:i]
            break
    return " ".join(words) or None


# find_quantities' patterns, compiled once (a module-level re.* call looks its pattern up in re's
# cache every time: ~1/6 of the function's own time)
MORE_THAN_WORDS = frozenset("dari banyak besar kecil tinggi rendah sedikit cepat lama murah mahal".split())   # "10 lebih banyak": a comparison
_NEXT_WORD_RE = re.compile(r"\s+([^\W\d_][\w\-]*)")
_LETTER_WORD_RE = re.compile(r"[^\W\d_][\w\-]*")
_DATED_AFTER_RE = re.compile(r"\s+(?:lalu|ini|depan|silam|kemarin|mendatang|sebelumnya)\b", re.I)
_MONTH_UNIT_RE = re.compile(MONTH_RE, re.I)
_YEAR_FIGURE_RE = re.compile(r"(?:19|20)\d{2}")


def _year_word(unit: str) -> bool:
    """After a number that reads as a year, a word that counts nothing ("mendatang", "merupakan",
    "zona", "digelar"): the number is a year. Only people, classifiers and measures are counted
    in such numbers ("2019 orang", "2020 ton")."""
    w = frame_lexicon().words
    low = unit.split()[0].lower()
    return low not in _YEAR_COUNTED and low not in w["person_nouns"] and low not in w["people_nouns"] \
        and low not in w["measure_nouns"]


_YEAR_COUNTED = frozenset({"orang", "jiwa", "unit", "buah", "ekor", "kali", "kasus", "rumah", "kendaraan", "personel",
                           "peserta", "pasien", "korban", "ton", "hektare", "hektar", "km", "meter"})
# a count's link before a number that reads as a year: "menyebar sebanyak 2000 undangan" counts
_COUNT_LINK_BEFORE_RE = re.compile(r"\b(?:sebanyak|sejumlah|berjumlah)\s+$", re.I)
_SALAH_BEFORE_RE = re.compile(r"\bsalah\s+$")
_LEADING_ZERO_RE = re.compile(r"0\d")
_BEFORE_WORD_RE = re.compile(r"[\w\-]+")
_BEFORE_WINDOW = 160   # characters read back for a figure's four words before


def _last_words(sentence: str, start: int) -> str:
    r"""The last four words before ``start``, space-joined: what
    ``" ".join(re.findall(r"[\w\-]+", sentence[:start])[-4:])`` gives, read from a window before
    the figure (a word cut at the window's edge can only be the window's first: five words found
    there leave the last four whole)."""
    a = start - _BEFORE_WINDOW
    if a > 0:
        found = _BEFORE_WORD_RE.findall(sentence, a, start)
        if len(found) >= 5:
            return " ".join(found[-4:])
    return " ".join(_BEFORE_WORD_RE.findall(sentence, 0, start)[-4:])


def find_quantities(sentence: str, words: frozenset[str] | None = None) -> list[Quantity]:
    """Every counted figure in a sentence, as written, with qualifier and counted noun."""
    out: list[Quantity] = []
    ordinals = find_ordinals(sentence)
    words = _words(sentence) if words is None else words
    if not _may_hold_quantity(sentence, words) and not (words & _ONE_SPAN_WORDS and _ONE_SPAN_RE.search(sentence)):
        return ordinals
    masked = _mask(sentence)
    spans: list[tuple[int, int, str | None]] = []  # figure start, end of its noun, the noun (frames)
    durations: set[int] = set()  # "dalam 30 tahun", "senilai Rp 200.200.000": no counted noun
    scorelines: list[Quantity] = []   # "kalah 0-2": no count, and no noun for the unit-less figures
    for m in _quantity_matches(masked):
        if m.group("low") and (o := _ORDINAL_BEFORE_RE.search(masked, max(0, m.start() - 24), m.start())) \
                and (o.group(1) is None or not m.group("unit")):
            continue   # "menit ke-47 dan 77", "hari ke - 3": a place in an order, not a count
        unit = "persen" if m.group("pct") else m.group("unit")  # "5,25%" is 5,25 persen
        if unit and len(unit) > 5 and unit[-3:].lower() == "per" and unit[:-3].lower() in GLUED_PER_UNITS:
            unit = unit[:-3]   # "619.000 barelper day": the scraper glued "barel per"
        low_text = m.group("low")
        vague = m.group("vague")
        unit_end = m.end()
        if unit and unit.lower() in ("orang", "unit", "buah", "ekor", "perolehan", "raihan"):
            nxt = _NEXT_WORD_RE.match(masked, m.end())
            # "300 orang tentara Korut": the noun after the classifier is counted (its owner follows
            # it); not a function word or a predicate ("3 orang di Jepang", "5 orang tewas"); a tally
            # names what it counts after it too ("85 perolehan kursi Partai Golkar")
            if nxt and nxt.group(1)[0].islower() and _counted_after_classifier(nxt.group(1)):
                unit = f"{unit} {nxt.group(1)}"
                unit_end = nxt.end()
        alias_end = None
        spelled_span = False   # "paling lama 24 (dua puluh empat) bulan": a span of time, as "24 bulan" is
        if not unit and low_text and low_text[0].isdigit() and (again := _SPELLED_AGAIN_RE.match(sentence, m.end("low"))) \
                and words_to_number(again.group(1)) == parse_number(low_text):
            # "sebanyak 3 (tiga) orang": the number spelled out again in brackets, then its unit
            if again.group(2).lower() in frame_lexicon().words["time_words"]:
                spelled_span = True
            else:
                unit, alias_end = again.group(2), again.end(2)
                unit_end = alias_end
        if unit and unit.lower() == "lebih" and low_text:
            # "35,04 juta lebih KPM", "500 lebih yang kita beri peringatan": more than the figure,
            # of the noun after it, if any
            nxt = _NEXT_WORD_RE.match(masked, m.end())
            unit = None
            if nxt and _counted_after_classifier(nxt.group(1)) and nxt.group(1).lower() not in MORE_THAN_WORDS:
                unit, alias_end = nxt.group(1), nxt.end()
                unit_end = alias_end
        if unit and m.group("unit") and unit.lower() in frame_lexicon().aliases.starts:
            # "20 pesawat nirawak" counts drones: a counted noun of several words known as an alias
            after = list(_LETTER_WORD_RE.finditer(masked[m.start("unit"):m.start("unit") + 60]))[:4]
            hit = frame_lexicon().aliases.at([w.group().lower() for w in after], 0)
            if hit and hit[1] > 1:
                unit, alias_end = hit[0], m.start("unit") + after[hit[1] - 1].end()
                unit_end = alias_end
        # "dalam 30 tahun" is a span of time; "3.000 pekan lalu" a figure dated last week
        timed = (bool(unit) and unit.lower() in frame_lexicon().words["time_words"]
                 and not _DATED_AFTER_RE.match(masked, m.end()))
        said_of = False   # "tiga tewas": the verb says what befell them; no noun is counted
        if unit and frame_lexicon().verbs.at([unit.lower()], 0) is not None and not unit[0].isupper():
            unit, said_of = None, True
        elif unit and not unit[0].isupper() and affixed_verb(unit.lower(), _NASAL_PREFIXES):
            unit = None   # "Badai kategori empat menghantam pesisir": a verb follows, nothing is counted
        if unit and (unit.lower() in NON_UNITS or _MONTH_UNIT_RE.fullmatch(unit)
                     or (unit.lower() == "kali" and _LIPAT_RE.match(masked, m.end()))):
            unit = None   # "empat kali" counts times (berapa kali); "dua kali lipat" multiplies
        money_scale = None
        if unit and low_text and m.group("unit") and _currency_before(sentence, m.start("low")):
            # "Rp 52 T", "Rp 10 M": a headline's triliun and miliar
            money_scale = HEADLINE_SCALES.get(m.group("unit")) if m.group("unit") in HEADLINE_SCALES else None
            unit = None  # "Rp59 ribu menjadi …": an amount of money counts nothing
        if low_text:
            if _YEAR_FIGURE_RE.fullmatch(low_text.strip()) and (not unit or (not m.group("qual") and _year_word(unit))) \
                    and not (unit and _COUNT_LINK_BEFORE_RE.search(sentence, max(0, m.start() - 20), m.start())):
                continue  # a bare year; "2020 mendatang", "Bakauheni 2017 mencatat": a year, no count
            is_word = not low_text[0].isdigit()
            if is_word and not unit and not said_of and not timed and not _PART_OF_COUNT_RE.match(masked, m.end("low")) \
                    and not (_ONE_OF_GROUP_RE.match(masked, m.end("low")) and any(q.unit for q in out)):
                continue  # "salah satu", "kedua belah pihak": number words need a counted noun ("tujuh jam" has one)
            if is_word and _SALAH_BEFORE_RE.search(masked[: m.start()].lower()):
                continue
            split_range = False
            value = parse_number(low_text)
            if value is None or _LEADING_ZERO_RE.match(low_text):
                continue  # "000", "05": the pieces of a broken number, not a count
            if (unit and _THOUSANDS_COMMA_RE.fullmatch(low_text.strip())
                    and unit.split()[0].lower() not in frame_lexicon().words["measure_nouns"]):
                value = float(low_text.strip().replace(",", ""))  # "136,392 batang": nobody counts 136.392 sticks
            elif (not unit and _THOUSANDS_COMMA_RE.fullmatch(low_text.strip())
                  and _currency_before(sentence, m.start("low"))):
                value = float(low_text.strip().replace(",", ""))  # "Rp 9,500", "US$ 1,250": money has no thousandths
            high = parse_number(m.group("high")) if m.group("high") else None
            if high is not None and _SCORE_RE.fullmatch(masked[m.start("low"):m.end("high")]) and (
                    high < value or _SCORE_WORDS_RE.search(masked[max(0, m.start() - 48):m.start()])):
                # "menang 3-0 atas Indonesia", "kalah 0-2": a score, no range nor count
                scorelines.append(Quantity(value=value, text=sentence[m.start("low"):m.end("high")].strip(),
                                           against=high, before=_last_words(sentence, m.start("low"))))
                continue
            if high is not None and (scale := _shared_scale(low_text, m.group("high"))) and value * scale <= high:
                value *= scale   # "Rp 400-500 miliar", "40 sampai 50 ribu": the scale after the range is both ends'
            text_end = m.end("high") if m.group("high") else m.end("low")
            if money_scale and value < 1000 and not m.group("high"):
                value, text_end = value * money_scale, m.end("unit")
            if m.group("lowunit") and (unit or "").lower() != "persen":
                # "5% sampai 10 orang": two figures, not a range; the first is a percentage
                high, unit, text_end = None, "persen", m.end("lowunit")
                unit_end = text_end
                split_range = True
        else:
            value = float(VAGUE[vague.lower()])
            high = None
            text_end = m.end("vague")
            if not unit:
                continue
        qual = m.group("qual")
        start = m.start("qual") if qual else (m.start("low") if low_text else m.start("vague"))
        if low_text and split_range:
            text = sentence[start:text_end]
        elif alias_end is not None:
            text = sentence[start:alias_end]
        else:
            text = sentence[start : (m.end("pct") if m.group("pct") else m.end("unit") if m.group("unit") and unit else text_end)]
        if not unit and not qual and _bracketed(sentence, start, text_end):
            # "Yudha (25)", "Dwi Resa (38)": an age after a name, a note number, never a count
            if low_text and (name := _name_before_bracket(sentence, start)) and value == int(value) and 0 < value <= MAX_AGE:
                out.append(Quantity(value=value, text=text.strip(), unit="tahun", age=name,
                                    before=_last_words(sentence, start)))
                spans.append((start, text_end, "tahun"))
                durations.add(len(out) - 1)
            continue
        if not qual and low_text and high is None and (not unit or unit.lower() == "tahun") \
                and value == int(value) and 0 < value <= MAX_AGE \
                and (name := _name_before_comma(sentence, start)) and _AGE_COMMA_AFTER_RE.match(sentence, text_end):
            # "Shyam Lal Yadav, 74, mengatakan …", "Munda Birsi, 57 tahun, perempuan …": an age set
            # off by commas after a name, as "(74)" is; no count, length or span of time
            out.append(Quantity(value=value, text=text.strip(), unit="tahun", age=name,
                                before=_last_words(sentence, start)))
            spans.append((start, text_end, "tahun"))
            durations.add(len(out) - 1)
            continue
        if (not unit and low_text and high is None and _TRUNCATED_RUPIAH_RE.fullmatch(low_text.strip())
                and not _THOUSANDS_COMMA_RE.fullmatch(low_text.strip())
                and _RUPIAH_BEFORE_RE.search(sentence[max(0, start - 6):start])):
            continue  # "senilai Rp14,7 dan …": rupiah has no cents, the scraper cut its "miliar" off
        if (not unit and low_text and _RUPIAH_BEFORE_RE.search(sentence[max(0, start - 6):start])
                and _LOST_SEPARATOR_RE.match(sentence, text_end)) \
                or _LOST_SEPARATOR_BEFORE_RE.search(sentence[max(0, start - 10):start]):
            continue  # "Kartu Ok Otrip Rp 3 500": a headline slug lost the thousands' dot; no Rp 3, no 500
        unit_first = unit.split()[-1].lower() if unit else None
        before = _last_words(sentence, start)
        out.append(Quantity(
            value=value, text=text.strip(), qualifier=qual.lower() if qual else None,
            unit=unit_first if unit else None, high=high, vague=bool(vague),
            scope=_scope_after(sentence[m.end():]), before=before,
        ))
        spans.append((start, unit_end if unit else text_end, unit_first))
        if unit is None and (timed or spelled_span or _currency_before(sentence, m.start("low") if low_text else start)):
            durations.add(len(out) - 1)
    for m in (_ONE_SPAN_RE.finditer(sentence) if words & _ONE_SPAN_WORDS else ()):   # "selama setahun": one year, as "1 tahun" is
        out.append(Quantity(value=1.0, text=m.group(1), unit=m.group(2).lower(), before=_last_words(sentence, m.start(1))))
        spans.append((m.start(1), m.end(1), None))
        durations.add(len(out) - 1)
    if len(spans) > 1 and spans[-1][0] < spans[-2][0]:
        order = sorted(range(len(out)), key=lambda k: spans[k][0])
        durations = {order.index(k) for k in durations}
        out, spans = [out[k] for k in order], [spans[k] for k in order]
    out, spans, durations = _joined_ranges(sentence, out, spans, durations)
    # whose and what each figure counts; casualty (read by answer.py) follows from the classes
    for q, (of, predicates, victim) in zip(out, figure_frames(sentence, spans)):
        q.of, q.predicates = of, predicates
        q.predicate = predicates[0] if predicates else "other"
        q.casualty = victim or any(p in CASUALTY_CLASSES for p in predicates)
    # "kematian … akan meningkat dari 45.000 pada 2018 menjadi 48.000": the level a change reaches
    # is of what its starting level is of
    for k in range(1, len(out)):
        q, start_level = out[k], out[k - 1]
        if not q.predicates and start_level.predicates and _FROM_TO_RE.fullmatch(sentence, spans[k - 1][1], spans[k][0]) \
                and _FROM_BEFORE_RE.search(sentence, 0, spans[k - 1][0]):
            q.predicates, q.predicate, q.casualty = list(start_level.predicates), start_level.predicate, start_level.casualty
    # "menemukan mayat 31 pria dan delapan wanita": the parts of one group by sex, joined, are what
    # the first of them is (the dead, victims)
    subgroups = frame_lexicon().words["subgroup_words"]
    for k in range(1, len(out)):
        q, first = out[k], out[k - 1]
        if not q.predicates and not q.casualty and (first.predicates or first.casualty) \
                and (q.unit or "").lower() in subgroups and (first.unit or "").lower() in subgroups \
                and _PAIR_JOIN_RE.fullmatch(sentence, spans[k - 1][1], spans[k][0]):
            q.predicates, q.predicate, q.casualty = list(first.predicates), first.predicate, first.casualty
    # "naik dari perkiraan awal AS sebanyak 3.000 pekan lalu": a unit-less figure next to a counted one
    # but not one whose noun the scraper took out with its link ("selusin rudal dan lebih dari 20 , digunakan")
    counted = [q for q in out if q.unit and not q.age]
    for k, q in enumerate(out):
        if q.unit is None and k not in durations and k + 1 < len(out) and out[k + 1].unit \
                and _PART_OF_COUNT_RE.match(sentence, spans[k][1]):
            q.unit, q.of = out[k + 1].unit, q.of or out[k + 1].of   # "lima dari sepuluh calon": five candidates
            continue
        if q.unit is None and k not in durations and (held := _HELD_NOUN_BEFORE_RE.search(sentence, 0, spans[k][0])):
            q.unit = held.group(1).lower()   # "naik tiga tangga … setelah mengumpulkan poin 28": points, no steps
            continue
        if q.unit is None and counted and k not in durations and not _STRIPPED_NOUN_RE.match(sentence, spans[k][1]) \
                and not _LEVEL_BEFORE_RE.search(sentence, 0, spans[k][0]) \
                and not (_COUNT_VERB_BEFORE_RE.search(sentence, 0, spans[k][0]) and _CLAUSE_AFTER_RE.match(sentence, spans[k][1])) \
                and not _LIST_UNIT_BEFORE_RE.search(sentence, 0, spans[k][0]) \
                and not _EQUIVALENT_BEFORE_RE.search(sentence, 0, spans[k][0]) \
                and not (q.value < AGO_MAX and _AGO_AFTER_RE.match(sentence, spans[k][1])):
            q.unit = counted[0].unit
            q.of = q.of or counted[0].of  # the same noun, the same owner
    return out + scorelines + ordinals


# a unit-less figure a count's verb gives and a "yang" clause follows counts the noun named before
# the verb, not one the clause names: "Kantor Imigrasi yang saat ini berjumlah 125 yang tersebar di
# 34 provinsi" counts offices ("ada empat yang dirujuk" still borrows the group's noun)
_COUNT_VERB_BEFORE_RE = re.compile(r"\b(?:berjumlah|sebanyak|sejumlah|mencapai)\s+$", re.I)
_CLAUSE_AFTER_RE = re.compile(r"\s+yang\b")
# "video yang diunggah 5 hari lalu itu telah ditonton oleh seratus ribu kali": a time ago, no count of a noun;
# but "naik dari perkiraan awal AS sebanyak 3.000 pekan lalu" is 3,000 (soldiers) last week: no span is that long
AGO_MAX = 100
_AGO_AFTER_RE = re.compile(r"\s*(?:detik|menit|jam|hari|pekan|minggu|bulan|tahun)\s+(?:yang\s+)?(?:lalu|silam|sebelumnya)\b", re.I)
# "644.067 unit rumah atau setara dengan 43,21 triliun": what the count is worth, no count of its noun
_EQUIVALENT_BEFORE_RE = re.compile(r"\b(?:setara|senilai|sebanding|seharga|bernilai)\s+(?:dengan\s+)?(?:sekitar\s+)?$", re.I)


# between the two ends of a range written whole twice ("Rp 500 miliar hingga Rp 1,5 triliun",
# "42 derajat celcius hingga 50 derajat celcius", "antara 8.000 dan 10.000 orang"): the word the
# unit's name ends in, the range word, the currency again
_RANGE_GAP_RE = re.compile(r"\s*(?P<tail>[^\W\d_]+\s+)?(?P<link>hingga|sampai(?:\s+dengan)?|s\.?d\.?|[-–]|dan)\s*"
                           r"(?:rp\.?|us\$|usd|idr|\$|€)?\s*$", re.I)
_BETWEEN_BEFORE_RE = re.compile(r"\bantara\s+(?:rp\.?\s*|us\$\s*)?$", re.I)
_CHANGE_FROM_RE = re.compile(r"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|melonjak|anjlok|merosot|tumbuh)"
                             r"\s+(?:\S+\s+)?dari\s+(?:rp\.?\s*|us\$\s*)?$", re.I)


def _joined_ranges(sentence: str, out: list[Quantity], spans: list[tuple[int, int, str | None]],
                   durations: set[int]) -> tuple[list[Quantity], list[tuple[int, int, str | None]], set[int]]:
    """Two figures of one unit joined by a range word, the second the larger, are one range:
    "Rp 500 miliar hingga Rp 1,5 triliun" is 500 miliar-1,5 triliun, not two amounts ("dan" only
    after "antara"; not a change, "naik dari 5 persen hingga 7 persen")."""
    k = 1
    while k < len(out):
        a, b = out[k - 1], out[k]
        start_a, end_a, unit_a = spans[k - 1]
        start_b = spans[k][0]
        # (the high end may have taken the range word as its qualifier: "… hingga 50 derajat")
        gap = sentence[end_a:start_b] + (b.qualifier + " " if b.qualifier in ("hingga", "sampai") else "")
        m = _RANGE_GAP_RE.fullmatch(gap)
        # ("antara 8.000 dan 10.000 orang": the noun after the high end counts both)
        same_unit = (a.unit or "").lower() == (b.unit or "").lower() or (
            a.unit is None and b.unit is not None and not _currency_before(sentence, start_a))
        if (m and same_unit and a.high is None and b.high is None and not a.vague and not b.vague
                and not a.age and not b.age and b.value > a.value and (k - 1 in durations) == (k in durations)
                and (m.group("link").lower() != "dan" or _BETWEEN_BEFORE_RE.search(sentence, 0, start_a))
                and not _CHANGE_FROM_RE.search(sentence, 0, start_a)
                and (not m.group("tail") or sentence[spans[k][1]:].lower().lstrip().startswith(m.group("tail").strip().lower()))):
            out[k - 1] = dataclasses.replace(a, high=b.value, unit=a.unit or b.unit, text=sentence[start_a:spans[k][1]].strip())
            spans[k - 1] = (start_a, spans[k][1], unit_a or spans[k][2])
            del out[k], spans[k]
            durations = {i if i < k else i - 1 for i in durations if i != k}
            continue
        k += 1
    return out, spans, durations


# between two joined figures: "31 pria dan delapan wanita"
_PAIR_JOIN_RE = re.compile(r"\s*(?:,\s*)?(?:dan|serta)?\s*", re.I)
# between a change's two levels: "dari 45.000 [pada 2018] menjadi 48.000"
_FROM_TO_RE = re.compile(r"\s*(?:(?:pada|di|tahun)\s+)?(?:\S+\s+){0,2}?(?:menjadi|jadi|ke)\s+(?:sekitar\s+|sebanyak\s+)?")
_FROM_BEFORE_RE = re.compile(r"\bdari\s+(?:sekitar\s+|sebanyak\s+)?$")


# places in an order: "menit ke-56", "emiten ke- 36", "peringkat 167", "posisi kelima"
_CARDINAL_WORD = "|".join([*(w for w in UNITS_WORDS if w != "se"), "sepuluh"])   # satu … sepuluh
_KE_ORDINAL_WORD = rf"ke(?:{'|'.join(w for w in _CARDINAL_WORD.split('|') if w != 'satu')})"   # kedua … kesepuluh
_ORDINAL_WORD = rf"pertama|{_KE_ORDINAL_WORD}"
_ORDINAL_HINT_RE = re.compile(rf"\bke\s?-|\b(?:peringkat|posisi|urutan|ranking|rangking|lantai)\b|\d['’′]|\bmenit\s+\d"
                              rf"|\b(?:{_KE_ORDINAL_WORD})"
                              rf"|\b(?:km|kilometer)\s?\.?\s?\d"
                              rf"|\b(?:{'|'.join(ROUND_WORDS)})\s+(?:\d|{_ORDINAL_WORD})", re.I)


@lru_cache(maxsize=1)
def _ordinal_re() -> re.Pattern[str]:
    nouns = "|".join(sorted(frame_lexicon().words["ordinal_nouns"], key=len, reverse=True))
    ranks = "|".join(sorted(frame_lexicon().words["rank_nouns"], key=len, reverse=True))
    rounds = "|".join(ROUND_WORDS)
    return re.compile(rf"\b(?P<noun>{nouns})\s+ke\s?-?\s?(?P<num>\d{{1,4}})\b"
                      rf"|\b(?P<round>{rounds})\s+(?:(?P<bare>\d{{1,2}})\b(?![.,]\d|\s*(?:besar|%|persen)\b)|(?P<rword>{_ORDINAL_WORD})\b)"
                      rf"|\b(?P<rank>{ranks})\s+(?:ke\s?-?\s?)?(?:(?P<rnum>\d{{1,4}})(?:\s?[-–]\s?(?P<rhigh>\d{{1,4}}))?\b|(?P<word>{_ORDINAL_WORD})\b"
                      rf"|(?P<cword>{_CARDINAL_WORD})\b(?!\s+(?:belas|puluh|ratus|ribu|juta)\b))"
                      rf"|\b(?P<apos>\d{{1,3}})['’′](?!\w)|\bmenit\s+(?P<mnum>\d{{1,3}})\b(?![.,]\d)"
                      rf"|\blantai\s+(?:ke\s?-?\s?)?(?P<floor>\d{{1,3}}\b(?![.,]\d)|{_FLOOR_WORDS}\b|{_ORDINAL_WORD}\b)"
                      # any noun with an ordinal word after it ("gelar keempat mereka", "uji coba nuklir
                      # keenamnya"): a place in its order, asked "gelar keberapa"
                      # (or a number after "ke-": "negara ke-16 di dunia", asked "negara ke berapa")
                      rf"|\b(?P<onoun>[a-z]{{3,}})\s+(?P<oword>{_KE_ORDINAL_WORD}|ke-\d{{1,3}}(?![.,]?\d))(?:nya)?\b", re.I)


def find_ordinals(sentence: str) -> list[Quantity]:
    """Places in an order a sentence states, as figures flagged ``ordinal`` (see Quantity)."""
    if not _ORDINAL_HINT_RE.search(sentence):
        return []
    out = []
    for m in _ordinal_re().finditer(sentence):
        if m.group("floor"):   # "lantai 4", "lantai empat", "lantai keempat": a floor
            word = m.group("floor").lower()
            value = float(word) if word.isdigit() else 1.0 if word == "pertama" else words_to_number(
                word[2:] if word.startswith("ke") else word)
            if value is None:
                continue
            noun = "lantai"
        elif m.group("apos") or m.group("mnum"):
            noun, value = "menit", float(m.group("apos") or m.group("mnum"))   # "(56', 72')", "menit 55"
        elif m.group("noun"):
            noun, value = m.group("noun"), float(m.group("num"))
        elif m.group("round"):   # "ronde 3", "ronde ketiga", "set kedua"
            word = (m.group("rword") or "").lower()
            noun = m.group("round")
            value = float(m.group("bare")) if m.group("bare") else 1.0 if word == "pertama" else words_to_number(word[2:])
            if value is None:
                continue
        elif m.group("rnum"):
            noun, value = m.group("rank"), float(m.group("rnum"))
        elif m.group("cword"):   # "berada di peringkat enam", "juara tiga"
            noun, value = m.group("rank"), words_to_number(m.group("cword").lower())
            if value is None:
                continue
        elif m.group("onoun"):
            noun = m.group("onoun")
            low = noun.lower()
            if low in _NOT_ORDINAL_NOUNS or low in frame_lexicon().stopwords or low in frame_lexicon().words["time_words"] \
                    or frame_lexicon().verbs.at([low], 0) is not None or affixed_verb(low, ("me", "ber", "di", "ter")):
                continue   # "yang kedua", "bahwa kedua", "menghabisi ketiga"; "hari kelima" is a time
            word = m.group("oword").lower()
            value = float(word[3:]) if word[3:].isdigit() else words_to_number(word[2:])
            if value is None:
                continue
        else:
            word = m.group("word").lower()
            noun, value = m.group("rank"), 1.0 if word == "pertama" else words_to_number(word[2:])
            if value is None:
                continue
        if sentence[m.end():m.end() + 1] in ("%", ",") and sentence[m.end() + 1:m.end() + 2].isdigit():
            continue   # "posisi 5,5%": a level, not a place
        high = float(m.group("rhigh")) if m.group("rhigh") else None   # a band: "peringkat 601-800"
        out.append(Quantity(value=value, text=m.group(0), unit=noun.lower(), ordinal=True,
                            high=high if high is not None and high > value else None))
    return out + _road_points(sentence)


_DIGIT_BEFORE_RE = re.compile(r"\d\s*$")
# words before an ordinal that order nothing themselves
_NOT_ORDINAL_NOUNS = frozenset("yang dan atau untuk dari pada di ke dengan oleh serta adalah ialah yakni yaitu "
                               "menjadi jadi para sang the its itu ini juga pun saja hanya".split())


def _road_points(sentence: str) -> list[Quantity]:
    """Points on a road ("Tol Cipularang KM 91+200", "ke kilometer 4,75"): a place along it, asked
    by "di kilometer berapa", never a distance ("sejauh 5 km 300 meter" is one)."""
    out = []
    for m in _ROAD_MARKER_RE.finditer(sentence):
        if _DIGIT_BEFORE_RE.search(sentence[:m.start()]):
            continue
        value = parse_number(m.group("km"))
        if value is None:
            continue
        if m.group("metres"):
            value += float(m.group("metres")) / 10 ** len(m.group("metres"))   # "91+200": 91.2
        out.append(Quantity(value=value, text=m.group(0), unit="km", ordinal=True))
    return out


_TRUNCATED_RUPIAH_RE = re.compile(r"\d{1,3},\d{1,3}")
_SCALE_WORD_RE = re.compile(rf"\b({'|'.join(w for w in SCALES if not w.endswith('an'))})\b", re.I)   # no "ribuan"


def _shared_scale(low: str, high: str) -> float | None:
    """The scale a range writes once, after its high end ("400-500 miliar"): the low end's too,
    when it has none of its own."""
    if _SCALE_WORD_RE.search(low):
        return None
    m = _SCALE_WORD_RE.search(high)
    return float(SCALES[m.group(1).lower()]) if m else None


_RUPIAH_BEFORE_RE = re.compile(r"\b[Rr][Pp]\.?\s*$")
_LOST_SEPARATOR_BEFORE_RE = re.compile(r"\b[Rr][Pp]\.?\s*\d{1,3} $")
_LOST_SEPARATOR_RE = re.compile(r" \d{3}\b(?![.,]\d)")   # "Rp 3 500": the rest of the amount
_ORDINAL_BEFORE_RE = re.compile(r"\bke\s?-\s?(\d+\s?(?:,|dan)\s?)?$", re.I)
_STRIPPED_NOUN_RE = re.compile(r"\s+,|,,")   # a space before a comma: a linked word was cut out here
# one unit of time written as a word, after a word saying how long: "selama setahun", "hampir sebulan"
# (not "dalam sehari": mostly a rate)
_ONE_SPAN_WORDS = frozenset({"setahun", "sebulan", "sepekan", "seminggu", "sehari", "sejam", "seabad", "sedekade"})
_ONE_SPAN_RE = re.compile(r"\b(?:selama|waktu|hampir|sekitar|kurang\s+dari|lebih\s+dari|paling\s+lama|hanya|cuma)\s+"
                          r"(se(tahun|bulan|pekan|minggu|hari|jam|abad|dekade))\b(?!\s+(?:lalu|silam|sebelumnya|kemudian))", re.I)
# a tally's noun written before its number ("mengumpulkan poin 28", "meraih suara 1.200")
_HELD_NOUN_BEFORE_RE = re.compile(r"(?<!selisih )\b(poin|suara|kursi|medali|gol)\s+$", re.I)
# "menguat 2,19% ke level 8.088,98": a bare figure named a level is that level, not a percentage
_LEVEL_BEFORE_RE = re.compile(r"\b(?:level|posisi)\s*$", re.I)
# a list of numbers opened by what they are ("lima gol, yaitu pada menit 9, 50, 52, 63 dan 90"):
# minutes, not goals
_LIST_UNIT_BEFORE_RE = re.compile(r"\b(?:menit|detik|jam|pukul|tanggal|hari|tahun|nomor|no|pasal|ayat|halaman|ronde|babak|"
                                  r"gim|pekan|nomor\s+punggung)\s+(?:ke-?\s*)?\d[\d.,:]*"
                                  r"(?:\s*(?:,|dan|serta|atau)\s*\d[\d.,:]*)*\s*(?:,|dan|serta|atau)?\s*$", re.I)


# ---------------------------------------------------------------- speakers and cited sources
SPEECH_SUFFIX = r"(?:kata|ujar|ucap|tutur|tegas|jelas|papar|tambah|lanjut|imbuh|terang|ungkap|sebut|pungkas|kilah|tandas|seru)"
POSTPOSED_RE = re.compile(rf"(?:[,.!?…]\s*[\"”’']|[\"”’']|,)\s*{SPEECH_SUFFIX}(?P<nya>nya)?\b(?P<rest>.*)$", re.I)
PREPOSED_VERBS = (
    "mengatakan|menyebut|menyebutkan|melaporkan|menegaskan|menjelaskan|memperkirakan|memprediksi|memproyeksikan|menaksir|menilai|mengklaim|"
    "menuduh|mengungkapkan|mengungkap|menyatakan|memastikan|mengonfirmasi|mengkonfirmasi|menambahkan|"
    "menekankan|berjanji|memuji|meragukan|menduga|mengumumkan|mencatat|membantah|menepis|menerangkan|"
    "menuturkan|mengakui|memperingatkan|berkata|bilang|memaparkan|mengimbau|meminta|mendesak|"
    "lapor|sebut|klaim|ungkap|tegaskan|akui|bantah"
)
PREPOSED_RE = re.compile(rf"(?P<subj>^.*?)\b(?P<verb>{PREPOSED_VERBS})\b", re.I)
MENURUT_RE = re.compile(r"\b[Mm]enurut\s+(?P<who>[^,.;:\"“”]+)")
PASSIVE_VERBS = "disebut|dianggap|dinilai|diklaim|diungkapkan|dinyatakan"
PASSIVE_RE = re.compile(rf"\b(?:{PASSIVE_VERBS})\s+(?P<who>[A-Z][^,.;:\"“”]*?)\s+(?:telah|sudah|akan|sebagai|bahwa|tengah|sedang|masih|kini|mencapai|berjumlah|sebanyak)\b")
CITED_VERBS = "dikutip|dilansir|melansir|mengutip|lapor|dilaporkan"
CITED_RE = re.compile(
    rf"\b(?:seperti\s+)?(?:dikutip\s+dari|dilansir\s+dari|{CITED_VERBS})\s+"
    r"(?P<src>[A-Z][\w.\-]*(?:\s+[A-Z0-9][\w.\-]*){0,3}|media\s+\w+)",
)
NAME_STOP_WORDS = (
    "dalam|kepada|pada|saat|ketika|di|seperti|dikutip|dilansir|mengutip|melalui|usai|setelah|sebelum|"
    "sembari|sambil|dan|yang|bahwa|awal|lewat|via|dari|terkait|soal|mengenai|tentang|ini|itu|"
    "Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu"
)
NAME_STOP_RE = re.compile(rf"\s+(?:{NAME_STOP_WORDS})\b.*$|[,(].*$|\s*[.;:!?\"”].*$")
SUBJECT_CUT_RE = re.compile(
    r"\s+(?:pada|awal|dalam|saat|ketika|sebelumnya|juga|telah|sudah|kemudian|pun|justru|sebenarnya|"
    r"akan|tidak|belum|sempat|kembali|lantas|lalu|secara|dengan|kepada|melalui|di|selama|sendiri|"
    r"sebelumnya|hari|pekan|bulan|tahun)\b.*$"
)
CONNECTIVES_RE = re.compile(
    r"^(?:namun|tetapi|sementara itu|tak hanya itu|adapun|sebelumnya|selain itu|bahkan|di sisi lain|"
    r"kemudian|lalu|oleh karena itu|karena itu|dengan demikian|meski begitu|sebagai catatan|selanjutnya)\s*,?\s*",
    re.I,
)
ROLE_START_RE = re.compile(
    r"^(?:Presiden|Wakil|Menteri|Menlu|Menhan|Juru|Jubir|Kepala|Direktur|Ketua|Sekretaris|Gubernur|"
    r"Bupati|Wali|Kapolri|Kapolda|Kapolres|Panglima|Komandan|Duta|Perdana|Kanselir|Raja|Ratu|Dirut)\b"
)
PRONOUNS = frozenset({"ia", "dia", "beliau"})
NOT_IN_SUBJECT = frozenset("merupakan adalah yang ini itu kalinya pertama bahwa jika karena untuk".split())
CONTINUATION_RE = re.compile(r"^(?:Ini termasuk|Termasuk|Jumlah itu|Jumlah tersebut|Angka itu|Angka tersebut|Di antaranya)\b")
GENERIC_SPEAKER_WORDS = frozenset(
    "juru bicara jubir menteri menlu presiden kepala direktur ketua sekretaris jenderal wakil badan pejabat "
    "para seorang pemerintah kementerian departemen luar negeri".split()
)


# Each pattern above needs one of these whole words (any case): a sentence without them skips the
# pattern. Word-set checks are ~10x cheaper than the patterns, and most sentences have none.
def _word_set(alternation: str) -> frozenset[str]:
    return frozenset(alternation.lower().split("|"))


CITED_WORDS = _word_set(CITED_VERBS)
SPEECH_WORDS = _word_set(SPEECH_SUFFIX.strip("(?:)")) | {w + "nya" for w in _word_set(SPEECH_SUFFIX.strip("(?:)"))}
PASSIVE_WORDS = _word_set(PASSIVE_VERBS)
PREPOSED_WORDS = _word_set(PREPOSED_VERBS)
# ingest speed: PREPOSED_RE's lazy subject tries the verb alternation at every position; its one
# possible match (it is anchored at ^) ends the subject at the first whole verb word, found here
# in one scan of a trie (the same word: with the closing \b, no two verbs match at one position)
_PREPOSED_VERB_RE = re.compile(r"\b(?:" + _trie_regex(PREPOSED_WORDS) + r")\b", re.I)


def _preposed(sentence: str) -> list[tuple[str, str]]:
    """(subject, verb) of ``PREPOSED_RE.finditer(sentence)``: at most one, before any line break
    ("." does not cross one)."""
    stop = sentence.find("\n")
    m = _PREPOSED_VERB_RE.search(sentence, 0, len(sentence) if stop < 0 else stop)
    return [(sentence[: m.start()], m.group())] if m else []


@lru_cache(maxsize=1)
def media_names() -> frozenset[str]:
    return frozenset(n.lower() for n in _data_lines("media.txt"))


def _is_media(name: str | None) -> bool:
    return bool(name) and name.strip().lower() in media_names()


def _clean_name(raw: str) -> str | None:
    name = NAME_STOP_RE.sub("", " " + raw.strip()).strip()
    name = re.sub(r"\s+(?:ini|itu|tersebut)$", "", name)
    words = name.split()
    if not words or len(words) > 10:
        return None
    if not any(w[:1].isupper() for w in words):
        return None
    return name


def _subject_before(prefix: str) -> str | None:
    """The speaker standing before a speech verb: 'Sementara itu, Menlu AS Blinken awal pekan ini'."""
    p = prefix.strip().rstrip(",").strip()
    if not p or any(c in p for c in "\"“”"):
        return None
    p = CONNECTIVES_RE.sub("", p)
    parts = [x.strip() for x in p.split(",") if x.strip()]
    if not parts:
        return None
    subj = parts[-1]
    if len(parts) >= 2 and ROLE_START_RE.match(parts[-2]) and not CONNECTIVES_RE.match(parts[-2] + " "):
        subj = f"{parts[-2]}, {subj}"
    first, _, rest = subj.partition(" ")
    subj = first + SUBJECT_CUT_RE.sub("", " " + rest).rstrip() if rest else first
    subj = CONNECTIVES_RE.sub("", subj).strip()
    words = subj.split()
    if not words or len(words) > 12:
        return None
    if words[0].lower() in PRONOUNS and len(words) == 1:
        return words[0].lower()
    if any(w.lower() in NOT_IN_SUBJECT or re.match(r"^(?:me|ber|di|ter)[a-z]{4,}$", w) for w in words):
        return None  # a clause, not a name: "Laporan ini merupakan pertama kalinya AS"
    if words[0].lower() == "para" or words[0].lower() == "pejabat":
        return subj
    if not subj[:1].isupper():
        return None
    return subj


@dataclass
class Attribution:
    speaker: str | None = None
    cited_from: str | None = None
    pronoun: bool = False  # speaker must be resolved from context (ia, dia, katanya)


def find_attribution(sentence: str, *, is_title: bool = False, words: frozenset[str] | None = None) -> Attribution:
    """Who said it and whom the outlet cites, from this sentence alone."""
    att = Attribution()
    words = _words(sentence) if words is None else words
    for m in (CITED_RE.finditer(sentence) if not words.isdisjoint(CITED_WORDS) else ()):
        src = _clean_name(m.group("src")) if not m.group("src").startswith("media") else m.group("src")
        if src and (_is_media(src) or len(src.split()) <= 3):
            att.cited_from = src
            break
    if is_title:
        head, sep, _ = sentence.partition(":")
        if sep and len(head.split()) <= 4:
            att.speaker = head.strip()
            return att
    post = POSTPOSED_RE.search(sentence) if not words.isdisjoint(SPEECH_WORDS) else None
    if post:
        if post.group("nya"):
            att.pronoun = True
        else:
            name = _clean_name(post.group("rest"))
            if name and not _is_media(name):
                att.speaker = name
                return att
            if name is None and post.group("rest").strip(" .").lower() in ("", *PRONOUNS):
                att.pronoun = True
    m = MENURUT_RE.search(sentence) if "menurut" in words else None
    if m and (first := m.group("who").split()[0].lower()) in (*PRONOUNS, "kami", "kita", "saya", "aku"):
        # "menurut kami anggaran Rp 500 triliun itu …": the one quoted, no name; "menurut dia":
        # whoever an earlier sentence named
        att.pronoun = att.pronoun or first in PRONOUNS
        m = None
    if m:
        name = _clean_name(m.group("who"))
        if name and not _is_media(name):
            att.speaker, att.pronoun = name, False
            return att
    m = PASSIVE_RE.search(sentence) if not words.isdisjoint(PASSIVE_WORDS) else None
    if m:
        name = m.group("who").strip()
        if " atau " in name:
            long, _, short = name.partition(" atau ")
            name = f"{short.strip()} ({long.strip()})"
        if not _is_media(name):
            att.speaker, att.pronoun = name, False
            return att
    for before, verb in (_preposed(sentence) if not words.isdisjoint(PREPOSED_WORDS) else ()):
        if verb[0].isupper() and not is_title:
            continue
        subj = _subject_before(before)
        if not subj:
            continue
        if subj in PRONOUNS:
            att.pronoun = True
            return att
        if _is_media(subj):
            att.cited_from = att.cited_from or subj
            return att
        att.speaker, att.pronoun = subj, False
        return att
    if _SAID_IN_THEIR_RE.match(sentence):
        att.pronoun = True   # "Dalam paparannya, kebijakan … mengurangi pegawai 979 orang": whoever was named before
    return att


# a sentence opening with its speaker's own words by "-nya" ("Menurutnya, …", "Dalam paparannya di
# rapat, …", "Dalam keterangan tertulisnya, …"): said by whoever an earlier sentence named
_SAID_IN_THEIR_RE = re.compile(
    r"^\W*(?:(?:namun|sementara itu|selain itu|kemudian|lebih lanjut|adapun)\s*,?\s*)?"
    r"(?:menurutnya|dalam\s+(?:paparan|pemaparan|keterangan(?:\s+(?:tertulis|pers|resmi))?|sambutan|pidato|"
    r"wawancara|penjelasan|pernyataan|presentasi|konferensi\s+pers|rilis|unggahan|cuitan|kicauan|laporan)nya)\b", re.I)


def speaker_key(speaker: str | None) -> frozenset[str]:
    """Name words that identify a speaker across spellings of roles ("Menlu AS Blinken" ~ "Blinken")."""
    if not speaker:
        return frozenset()
    words = re.findall(r"[\w\-]+", speaker.lower())
    return frozenset(w for w in words if w not in GENERIC_SPEAKER_WORDS and len(w) > 1)


def same_speaker(a: str | None, b: str | None) -> bool:
    ka, kb = speaker_key(a), speaker_key(b)
    if not ka or not kb:
        return False
    # shared name words: "Pentagon" ~ "juru bicara Pentagon Sabrina Singh", "HUR" ~ "Badan … (HUR)"
    return bool(ka & kb)


# ---------------------------------------------------------------- article-level extraction
@dataclass
class Claim:
    """One sentence's worth of attributed content (a continuation sentence may be folded in)."""

    position: int  # passage position within the article
    text: str
    quantities: list[Quantity] = field(default_factory=list)
    speaker: str | None = None
    cited_from: str | None = None
    is_title: bool = False
    extra_positions: list[int] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _expand_name(short: str, known: list[str]) -> str:
    """'Patel' -> 'juru bicara Departemen Luar Negeri AS Vedant Patel' when seen before in the article."""
    if len(short.split()) != 1:
        return short
    for full in reversed(known):
        if short.lower() in (w.lower() for w in re.findall(r"[\w\-]+", full)) and full != short:
            return full
    return short





@lru_cache(maxsize=4096)  # a syndicated story's sentences come back in every copy
def event_date_texts(sentence: str, year_lead: bool = False) -> tuple[str, ...]:
    """The date phrases of a sentence that say when something happens: not approximate ("pekan
    lalu"), not when someone said it ("ujar X, Rabu (18/9)"). With `year_lead`, failing those, the
    year a sentence opens with ("Pada 2017, …"): the time of the story told after it."""
    from .frame import compared_on, reported_on  # noqa: PLC0415 - frame reads the word lists lazily too
    from .timeline import date_phrases  # noqa: PLC0415 - timeline imports answer, which imports this module
    stated = tuple(p.text for p in date_phrases(sentence) if not p.approximate and not reported_on(sentence, p.start)
                   and not compared_on(sentence, p.start))   # "dibandingkan Rabu kemarin": not the story's day
    if not stated and year_lead and (lead := _YEAR_LEAD_RE.match(sentence)):
        return (lead.group(1),)   # "Pada 2017, sebuah drone … dilaporkan jatuh": the story told next is 2017's
    return stated


# a sentence opening with the year its story happens in ("Pada 2017, sebuah drone …", "Tahun 2014, …")
_YEAR_LEAD_RE = re.compile(r"\W*(?:pada\s+(?:tahun\s+)?|tahun\s+|di\s+tahun\s+)((?:19|20)\d\d)\s*,", re.I)


def extract_claims(sentences: list[str], *, title: str | None = None) -> list[Claim]:
    """Claims for an article: position 0 is the title (when known), body sentences are 1..n.

    Speakers resolve across sentences: pronouns and -nya forms take the last named speaker within a
    few sentences, a quotation with no attribution takes the one given at the quote's end, short
    names expand to the fuller form used earlier in the same article.
    """
    items: list[tuple[int, str, bool]] = []
    if title:
        items.append((0, title, True))
    items += [(i + 1, s, False) for i, s in enumerate(sentences)]  # position 0 is the title's
    words = [_words(s) for _, s, _ in items]
    atts = [find_attribution(s, is_title=t, words=w) for (_, s, t), w in zip(items, words)]

    # a quotation opened in one sentence and attributed where it closes
    for i, (_, s, _) in enumerate(items):
        if atts[i].speaker or atts[i].pronoun or not s.lstrip().startswith(("\"", "“")):
            continue
        for j in range(i + 1, min(i + 4, len(items))):
            if atts[j].speaker or atts[j].pronoun:
                atts[i].speaker, atts[i].pronoun = atts[j].speaker, atts[j].pronoun
                atts[i].cited_from = atts[i].cited_from or atts[j].cited_from
                break
            if not items[j][1].lstrip().startswith(("\"", "“")) and re.search(r"[\"”]", items[j][1]) is None:
                break

    claims: list[Claim] = []
    places_so_far: list[str] = []  # the places of the nearest earlier sentence that names one
    unplaced: list[str] = []       # later sentences without a figure that may name one, read only when a figure needs it
    from .timeline import date_stating_words  # noqa: PLC0415 - timeline imports answer, which imports this module
    date_words = date_stating_words()
    dates_so_far: tuple[str, ...] = ()  # the event dates of the nearest earlier sentence that states one
    undated: list[str] = []        # later sentences that may state one, read only when a figure needs it
    known: list[str] = []
    unread: list[str] = []   # body sentences since the last person found, read only when a pronoun needs one
    person: str | None = None
    last_speaker: str | None = None
    last_at = -99
    for idx, ((pos, s, is_title), att) in enumerate(zip(items, atts)):
        speaker = att.speaker
        if speaker:
            speaker = _expand_name(speaker, known)
            known.append(speaker)
            if not is_title:
                last_speaker, last_at = speaker, idx
        elif att.pronoun and last_speaker and idx - last_at <= 4:
            speaker = last_speaker
            last_at = idx
        quantities = find_quantities(s, words[idx])
        if not is_title:
            if quantities:
                here = list(dict.fromkeys(located_places(s)))
                if here:
                    places_so_far = here
                    unplaced.clear()
                else:
                    # the nearest earlier sentence naming a place: read back from the nearest, once
                    # each (most sentences that may name one hold no figure and are never read)
                    while unplaced:
                        found = located_places(unplaced.pop())
                        if found:
                            places_so_far = list(dict.fromkeys(found))
                            unplaced.clear()
                    if places_so_far:
                        for q in quantities:
                            q.context = list(places_so_far)
            elif may_name_place(s):
                unplaced.append(s)
            if quantities:
                # the nearest earlier sentence stating an event date (its own dates are read at
                # answer time, first): read back from the nearest, once each (date_phrases is costly)
                while undated:
                    stated = event_date_texts(undated.pop(), year_lead=True)
                    if stated:
                        dates_so_far = stated
                        undated.clear()
                if dates_so_far:
                    for q in quantities:
                        q.when = list(dates_so_far)
            # (a year lead dates the story after it only when it states no figure in digits of its own:
            # "Pada 2014, blok konservatif … 41,5 persen suara" is one figure's year, not the next
            # sentence's; "… Zona Demiliterisasi yang memisahkan dua Korea" states none)
            if "/" in s or not words[idx].isdisjoint(date_words) or (
                    _YEAR_LEAD_RE.match(s) and not any(c.isdigit() for q in quantities for c in q.text)):
                undated.append(s)
            if quantities and _PRONOUN_SUBJECT_RE.match(s):
                while unread:   # the nearest earlier sentence naming a person, read back once each
                    found = last_person(unread.pop())
                    if found:
                        person = found
                        unread.clear()
                if person:
                    for q in quantities:
                        q.subject = person
            unread.append(s)
        if CONTINUATION_RE.match(s) and claims and claims[-1].position == pos - 1 and not claims[-1].is_title:
            prev = claims[-1]
            prev.text = f"{prev.text} {s}"
            prev.extra_positions.append(pos)
            prev.quantities.extend(quantities)
            speaker = speaker or prev.speaker
        claims.append(Claim(position=pos, text=s, quantities=quantities, speaker=speaker,
                            cited_from=att.cited_from, is_title=is_title))
    if claims and claims[0].is_title and claims[0].quantities:
        # a headline's figure is dated by its lead: "Polisi Amankan Dua Orang …" of Jumat (20/9)
        for _, s, _ in items[1:1 + TITLE_DATE_REACH]:
            stated = event_date_texts(s)
            if stated:
                for q in claims[0].quantities:
                    q.when = q.when or list(stated)
                break
        _title_years_from_body(claims)
    return claims


_PRONOUN_SUBJECT_RE = re.compile(r"\W*(?:Ia|Dia|Beliau)\s+[a-z]")   # "Dia mengumpulkan 182 poin"
_YEARS_SAID_RE = re.compile(r"\b(?:19|20)\d\d\b|\btahun\s+(?:depan|ini|lalu)\b", re.I)


def _title_years_from_body(claims: list[Claim]) -> None:
    """A headline's figure restated in the body with its year takes that year ("Potensi Penerimaan
    Rp 173 Triliun" over "penerimaan negara pada 2020 sebesar Rp 173 triliun"): the headline says
    no year, its story does."""
    from .frame import planned_years  # noqa: PLC0415 - frame reads the word lists lazily too
    for q in claims[0].quantities:
        for c in claims[1:]:
            if any(b.value == q.value and b.high == q.high and (not b.unit or not q.unit or b.unit == q.unit.lower())
                   for b in c.quantities):
                # ("… akan bebas karbon pada 2040": a goal's year, not the headline figure's)
                aimed = {str(y) for y in planned_years(c.text)}
                said = [m.group() for m in _YEARS_SAID_RE.finditer(c.text) if m.group() not in aimed]
                if said:
                    q.when = [*(q.when or []), *dict.fromkeys(said)]
                break


TITLE_DATE_REACH = 3   # body sentences read for the date of a headline's story
