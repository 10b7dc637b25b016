"""Turn a scraped news page into an article: body without site furniture, plus metadata.

Real input is what scrapers produce: menus, repeated photo captions, "Baca juga:" links,
pagination, subscription banners and copyright footers around the story. Everything removed
here can never be cited. Rules live in data/boilerplate.tsv and data/outlets.tsv so they can grow.
"""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit
from dataclasses import dataclass, field
from functools import lru_cache

from .text import _data_lines

MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "pebruari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6,
    "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7, "agustus": 8, "agu": 8, "agt": 8,
    "aug": 8, "august": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "oct": 10, "october": 10, "november": 11, "nov": 11, "nopember": 11, "desember": 12,
    "des": 12, "dec": 12, "december": 12,
}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6}
DAYS_RE = r"Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"
NUMERIC_DATE_RE = re.compile(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)")
TEXT_DATE_RE = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_RE})\.?\s+(\d{{4}})\b", re.IGNORECASE)
STANDALONE_DATE_RE = re.compile(rf"^(?:(?:{DAYS_RE}),?\s*)?\d{{1,2}}\s+(?:{MONTH_RE})\s+\d{{4}}(?:[\s,|]+\d{{1,2}}[:.]\d{{2}}.*)?$", re.I)
BYLINE_RE = re.compile(rf"^(?P<author>[A-Z][\w.' -]{{2,60}}?)\s*[•|·]\s*(?P<date>\d{{1,2}}\s+(?:{MONTH_RE})\s+\d{{4}})", re.I)
AUTHOR_RE = re.compile(r"^(?:Penulis|Reporter|Oleh)\s*:\s*(.+)$", re.I)
CREDIT_AUTHOR_RE = re.compile(r"^\((?:[\w.]+\.(?:com|id|co\.id))/([^)]+)\)$", re.I)
SOURCE_LINE_RE = re.compile(r"^Sumber\s*:\s*(\S+)", re.I)
# "TRIBUNNEWS.COM – ", "Bisnis.com, JAKARTA - ", "KOMPAS.com - ", "Jakarta (ANTARA) - "
DATELINE_OUTLETS = ("CNN Indonesia", "Kompas", "KOMPAS", "Tempo", "TEMPO", "Antara", "ANTARA", "Republika",
                    "detikcom", "Liputan6", "Okezone", "VIVA", "Suara", "Tribunnews", "Bisnis", "Medcom")
DATELINE_RE = re.compile(
    r"^(?:[A-Z][\w]*\.(?:COM|com|CO\.ID|co\.id|ID|id|CO|co)(?:,\s*[A-Z][A-Za-z .]{1,30})?"
    r"|[A-Z][a-z]+\s*\((?:ANTARA|Antara)\)"
    # "Jakarta, CNN Indonesia --", "Pekanbaru , Kompas -": a city, then the outlet's name
    rf"|[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?\s*,\s*(?:{'|'.join(DATELINE_OUTLETS)})(?:\.com)?)\s*(?:--|[–—-])\s*"
)
PHOTO_CREDIT_RE = re.compile(
    r"(?:\((?:AFP|AP|Reuters|REUTERS|ANTARA[^)]*|Dok[^)]*|Istimewa|Foto[^)]*|[A-Z]{2,6}/[^)]*)\)"
    r"|\b(?:\w+ via )?REUTERS|/AFP|Getty Images|\bKCNA via \w+)\s*$"
)
# every PHOTO_CREDIT_RE match ends the line with one of these (or follows "KCNA via"): a cheap
# check before the pattern, which is slow on the long single-line texts some scrapers produce
PHOTO_CREDIT_ENDS = (")", "REUTERS", "/AFP", "Getty Images")
MAX_DEDUP_LINES = 400
# Reporter or desk initials closing a paragraph after its final stop ("… berkat risetnya . ( LAM )",
# "…," tukasnya. (adv)", "( AFP / Reuters / muk )"), or standing alone on a line: the sentence is
# kept, the initials are not text. Tokens are 2-8 letters/digits starting with a letter, so dates
# ("( 25/9 )"), domains ("(kompas.com/…)") and parenthetical words are left alone.
_INITIAL = r"[A-Za-z][A-Za-z0-9]{1,7}"
REPORTER_INITIALS_RE = re.compile(rf"\(\s*{_INITIAL}(?:\s*[/,]\s*{_INITIAL})*\s*\)")
_SENTENCE_END = (".", "!", "?", '"', "'", "”", "’")


def strip_reporter_initials(line: str) -> str:
    """The line without closing initials ("" if it held nothing else); other lines unchanged.
    Only the last parenthesis is looked at, so a line costs one rfind and at most one match."""
    start = line.rfind("(")
    if start < 0 or not line.endswith(")") or REPORTER_INITIALS_RE.fullmatch(line, start) is None:
        return line
    head = line[:start].rstrip()
    return head if not head or head.endswith(_SENTENCE_END) else line


@dataclass
class Article:
    """A cleaned article: the body and what is known about it; unknown fields stay None."""

    body: str
    title: str | None = None
    outlet: str | None = None  # display name, e.g. "Tribunnews"
    outlet_domain: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    # the title was read from the address ("…/poso-tanggap-darurat-7-hari-pascagempa"): context for
    # the sentences' place, event and time, not a headline to search or quote (no title passage)
    title_from_url: bool = False
    id: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class OutletRule:
    domain: str
    name: str
    patterns: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def outlet_rules() -> tuple[OutletRule, ...]:
    rules = []
    for ln in _data_lines("outlets.tsv"):
        parts = ln.split("\t")
        if len(parts) < 3:
            continue
        pats = tuple(re.compile(p.strip()) for p in parts[2].split(" || ") if p.strip())
        rules.append(OutletRule(parts[0].strip(), parts[1].strip(), pats))
    return tuple(rules)


@lru_cache(maxsize=1)
def boilerplate_rules() -> dict[str, re.Pattern[str]]:
    """One pattern per kind: the file's lines as alternatives, so a line costs one fullmatch per
    kind instead of one per rule (fullmatch backtracks into every alternative, so the meaning is
    the same). A leading "(?i)" becomes a scoped "(?i:…)" so it applies to its own rule only."""
    kinds: dict[str, list[str]] = {"drop": [], "stop": [], "caption_next": []}
    for ln in _data_lines("boilerplate.tsv"):
        kind, _, pattern = ln.partition("\t")
        pattern = pattern.strip()
        re.compile(pattern)  # a broken rule is reported as itself, not as part of the alternation
        scoped = f"(?i:{pattern[4:]})" if pattern.startswith("(?i)") else f"(?:{pattern})"
        kinds.setdefault(kind.strip(), []).append(scoped)
    return {k: re.compile("|".join(v) or r"(?!)") for k, v in kinds.items()}


def outlet_display(domain_or_name: str | None) -> tuple[str | None, str | None]:
    """(display name, domain) for an outlet given as a domain ("kompas.com") or a name."""
    if not domain_or_name:
        return None, None
    if not isinstance(domain_or_name, str):   # a sidecar's odd value: not cached, fails as before
        return _outlet_display.__wrapped__(domain_or_name)
    return _outlet_display(domain_or_name)


@lru_cache(maxsize=4096)   # an import names the same few outlets on every record
def _outlet_display(domain_or_name: str) -> tuple[str | None, str | None]:
    key = domain_or_name.strip().lower()
    key = re.sub(r"^https?://", "", key).removeprefix("www.").split("/")[0]
    for rule in outlet_rules():
        if key == rule.domain or key == rule.name.lower() or key.endswith("." + rule.domain):
            return rule.name, rule.domain
    return domain_or_name.strip(), key if "." in key else None


def detect_outlet(lines: list[str]) -> tuple[str | None, str | None]:
    """The outlet whose own signals the page carries most often (a dateline counts double)."""
    best: tuple[int, int, OutletRule] | None = None
    for order, rule in enumerate(outlet_rules()):
        score = 0
        for ln in lines:
            for i, pat in enumerate(rule.patterns):
                if pat.search(ln):
                    score += 2 if i == 0 else 1
                    break
        if score and (best is None or score > best[0]):
            best = (score, -order, rule)
    if best:
        return best[2].name, best[2].domain
    for ln in lines:
        m = SOURCE_LINE_RE.match(ln)
        if m:
            return outlet_display(m.group(1))
    return None, None


def parse_date(text: str) -> str | None:
    """First date in the text as YYYY-MM-DD: "(13/11/2024)" or "29 Oktober 2024"."""
    candidates = []
    m = NUMERIC_DATE_RE.search(text)
    if m:
        candidates.append((m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1))))
    m = TEXT_DATE_RE.search(text)
    if m:
        candidates.append((m.start(), int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))))
    for _, y, mo, d in sorted(candidates):
        try:
            return dt.date(y, mo, d).isoformat()
        except ValueError:
            continue
    return None


def normalise_date(value: str | None) -> str | None:
    """Accept ISO dates/datetimes or Indonesian dates; anything else is unknown."""
    if not value:
        return None
    value = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    return parse_date(value) or parse_date(f"({value})")


# Text with nothing outside ASCII and everyday typography cannot hold mojibake, HTML entities,
# terminal escapes or width/ligature oddities, so ftfy (the slowest step of ingest) is skipped and
# only its quote uncurling is applied, keeping both paths' output identical.
_NEEDS_FTFY_RE = re.compile(r"[^\x00-\x7f“”„‟‘’‚‛–—…•·°\u00a0]|&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);|\x1b", re.I)
# its three alternatives apart: the alternation is tried at every position of the text (~50 µs an
# article); each part has a literal or a one-class scan, and ASCII text cannot hold the first
_NEEDS_FTFY_CHAR_RE = re.compile(r"[^\x00-\x7f“”„‟‘’‚‛–—…•·°\u00a0]", re.I)
_NEEDS_FTFY_ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)


def _needs_ftfy(text: str) -> bool:
    """``_NEEDS_FTFY_RE.search(text) is not None``, faster."""
    return ((not text.isascii() and _NEEDS_FTFY_CHAR_RE.search(text) is not None)
            or ("&" in text and _NEEDS_FTFY_ENTITY_RE.search(text) is not None) or "\x1b" in text)


_UNCURL = (("“", '"'), ("”", '"'), ("„", '"'), ("‟", '"'), ("‘", "'"), ("’", "'"), ("‚", "'"), ("‛", "'"))


def _uncurl(text: str) -> str:
    """ftfy's quote uncurling; str.replace per quote present is ~10x faster than str.translate."""
    for curly, straight in _UNCURL:
        if curly in text:
            text = text.replace(curly, straight)
    return text


# A run of text between ASCII whitespace that holds such a character (a no-break space stays inside:
# "Ã\u00a0" is one damaged "à").
_SUSPECT_RUN_RE = re.compile(r"(?<![^ \t\n\r\f\v])[^ \t\n\r\f\v]*(?:" + _NEEDS_FTFY_RE.pattern + r")[^ \t\n\r\f\v]*", re.I)


def _fix_suspect_runs(text: str) -> str:
    """ftfy over only the runs that can be damaged, joined by spaces so it judges them together.

    ftfy over a whole 4 KB article costs ~4 ms (half of all cleaning); over its few damaged words,
    a fifth of that, with the same result. Anything that makes the two differ falls back to the
    whole text: HTML ("&amp;" is left alone next to markup) or a fix that eats a separator."""
    import ftfy  # here, not at the top: answering never cleans, and ftfy is ~0.05 s of every start

    if "<" in text:
        return ftfy.fix_text(text, normalization="NFC")
    runs = list(_SUSPECT_RUN_RE.finditer(text))
    fixed = ftfy.fix_text(" ".join(m.group(0) for m in runs), normalization="NFC").split(" ")
    if len(fixed) != len(runs):
        return ftfy.fix_text(text, normalization="NFC")
    out: list[str] = []
    pos = 0
    for m, repaired in zip(runs, fixed):
        out += (text[pos : m.start()], repaired)
        pos = m.end()
    out.append(text[pos:])
    return _uncurl("".join(out))


_CONTROLS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060\ufeff]")


# UTF-8 punctuation read as Mac Roman, which ftfy leaves when a page holds too little of it to judge:
# "‚Äé" is a left-to-right mark (and, kept, hides the sentence break before it), "¬†" a no-break space
_MAC_ROMAN_RE = re.compile("‚Ä[\u0080-\uffff]|¬[\u0080-\uffff]")


def _unmac(m: re.Match[str]) -> str:
    try:
        return m.group(0).encode("mac_roman").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return m.group(0)


def repair_text(text: str) -> str:
    """Undo common scraper damage: mojibake, NULs and controls, paragraphs joined by commas."""
    if "‚Ä" in text or "¬" in text:
        text = _MAC_ROMAN_RE.sub(_unmac, text)
    if _needs_ftfy(text):
        text = _fix_suspect_runs(text)
    elif not text.isascii():
        text = _uncurl(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not (text.isascii() and text.replace("\n", "").replace("\t", "").isprintable()):
        # (ASCII text without \r whose other controls are none has nothing to remove here)
        text = _CONTROLS_RE.sub("", text)
    text = text.replace("\u00a0", " ")
    # "…mengamankan Suria.,Penangkapan keduanya…" -> paragraph break
    text = _JOINED_PARAGRAPH_RE.sub(_paragraph_break, text)
    return text


# one comma before a capital or a figure ("terbakar.,8 orang meninggal"), or two and more before
# anything ("Rp126,5 miliar.,,,\"Kemudian", "riset.,, mengisi"): paragraphs a scraper joined
_JOINED_PARAGRAPH_RE = re.compile(r"([.!?\"”])(?:\s*,(?=\s*[\"“]?[A-Z]|\s*[1-9])|\s*,(?:\s*,)+\s*)")


def _paragraph_break(m: re.Match[str]) -> str:
    """The replacement r"\\1\\n", without re's template expansion per match."""
    return m.group(1) + "\n"


def _is_drop(line: str, rules: dict[str, re.Pattern[str]]) -> bool:
    return rules["drop"].fullmatch(line) is not None


def is_boilerplate_sentence(sentence: str) -> bool:
    """A sentence that is page furniture ("Baca juga : …") even though it sat inside a paragraph."""
    return _is_drop(sentence.strip(), boilerplate_rules())


_WORD_RE = re.compile(r"\w+")
_LETTER_WORD_RE = re.compile(r"[^\W\d_]\w*")
_SPACES_RE = re.compile(r"[ \t]+")
_FINAL_STOP_RE = re.compile(r"[.!?\"”)]$")


def _norm_words(line: str) -> list[str]:
    return _WORD_RE.findall(line.lower())


# ASCII bytes -> the lower-cased word characters of _WORD_RE, everything else a separator
_ASCII_WORD_BYTES = bytes((c | 32 if 65 <= c <= 90 else c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c == 95)
                          else 32 for c in range(256))


def _word_sets(lines: list[str]) -> "list[set[str]] | list[set[bytes]]":
    """Each line's distinct lower-cased words (_norm_words), compared only with each other. All-ASCII
    lines (most pages) are split as bytes through one translation table: the same words, as bytes,
    at half the cost of the pattern."""
    if all(ln.isascii() for ln in lines):
        return [set(ln.encode("ascii").translate(_ASCII_WORD_BYTES).split()) for ln in lines]
    return [set(_norm_words(ln)) for ln in lines]


def _remove_captions_and_repeats(lines: list[str]) -> list[str]:
    """Drop repeated photo captions and decks that the lead paragraph repeats."""
    keep = [True] * len(lines)
    for i in range(1, len(lines)):
        if lines[i] == lines[i - 1]:
            keep[i] = keep[i - 1] = False
    limit = min(len(lines), MAX_DEDUP_LINES) if len(lines) > 1 else 0  # one line: nothing to compare
    words = _word_sets(lines[:limit])
    # lines of 8+ words not dropped above; only keep[i] of the line being judged changes below, so
    # which later lines it is compared with is known beforehand
    compared = [j for j in range(limit) if keep[j] and len(words[j]) >= 8]
    for n, i in enumerate(compared):
        if not _FINAL_STOP_RE.search(lines[i]):
            continue  # headlines (no final stop) are never treated as captions
        wi = words[i]
        size_i = len(wi)
        for j in compared[n + 1 :]:
            wj = words[j]
            size_j = len(wj)
            if len(wi & wj) >= 0.85 * (size_i if size_i <= size_j else size_j):
                keep[i] = False  # the earlier copy is the caption/deck; the later one is the story
                break
    for i, ln in enumerate(lines):
        if ((ln.rstrip().endswith(PHOTO_CREDIT_ENDS) or "KCNA via" in ln) and PHOTO_CREDIT_RE.search(ln)
                and not re.search(r"[.!?\"”]\s*\S*\s*$", ln[:-1] if ln else ln)):
            keep[i] = False
    return [ln for ln, k in zip(lines, keep) if k]


def _may_be_byline(line: str) -> bool:
    """BYLINE_RE needs one of its separators; its lazy author run is tried at every length up to 60
    characters on any line starting with a letter, so the literal check comes first."""
    return "•" in line or "|" in line or "·" in line


def _looks_like_title(line: str) -> bool:
    n = len(line.split())
    return 5 <= n <= 30 and not line.rstrip().endswith((".", ",", ":", ";")) and not DATELINE_RE.match(line)


# "Jumat ( 18 / 8 / 2017 )": a date in text tokenised word by word (IndoSum's); written as
# "(18/8/2017)" it is one date everywhere, not the figures 18 and 8
_SPACED_PAREN_DATE_RE = re.compile(r"\(\s*(\d{1,2}) ?/ ?(\d{1,2})(?: ?/ ?(\d{2,4}))?\s*\)")


def _compact_dates(text: str) -> str:
    if " /" not in text and "/ " not in text:
        return text
    return _SPACED_PAREN_DATE_RE.sub(lambda m: "(" + "/".join(g for g in m.groups() if g) + ")", text)


# a tokenized corpus (IndoSum) spaces a word's hyphen like a dash: "e - KTP", "anak - anak",
# "Kim Jong - un"; a prefix or a repeated word joined back is the word the question writes
_SPACED_PREFIX_RE = re.compile(r"(?<![\w-])(e|E|non|anti|pra|pre|pasca|multi|co|Co|se|ke|di|al|Al|Go|GO|Wi) - (?=\w)")
_SPACED_REPEAT_RE = re.compile(r"(?<![\w-])(\w{2,}) - (\1\w*)\b", re.I)


# a decimal comma a scraper spaced: "51, 72 juta penumpang", "Rp 158, 7 triliun" (a list of counts
# never puts a scale word after its last one-or-two-digit item alone)
_SPACED_DECIMAL_RE = re.compile(r"(?<![\d.,])(\d{1,3}), (\d{1,2}) (juta|miliar|triliun|ribu|persen)\b")


def _compact_decimals(text: str) -> str:
    return _SPACED_DECIMAL_RE.sub(r"\1,\2 \3", text) if ", " in text else text


def _compact_hyphens(text: str) -> str:
    if " - " not in text:
        return text
    return _SPACED_REPEAT_RE.sub(r"\1-\2", _SPACED_PREFIX_RE.sub(r"\1-", text))


_SLUG_WORD_RE = re.compile(r"[a-z][a-z0-9]*|\d+")


def slug_title(url: str | None) -> str | None:
    """An untitled record's headline from its address: outlets write it into the URL
    ("…/poso-tanggap-darurat-7-hari-pascagempa" -> "Poso Tanggap Darurat 7 Hari Pascagempa"),
    so its place and event hold for every sentence as a title's do. None when the address holds
    no run of three words."""
    if not url:
        return None
    path = urlsplit(url).path
    best: list[str] = []
    for seg in path.split("/"):
        seg = re.sub(r"\.\w{2,5}$", "", seg.lower())   # ".html"
        words = seg.split("-")
        while words and words[-1].isdigit() and len(words[-1]) >= 5:   # a trailing article number
            words.pop()
        while words and words[0].isdigit() and len(words[0]) >= 5:     # a leading date or number
            words.pop(0)
        if len(words) >= 3 and all(_SLUG_WORD_RE.fullmatch(w) for w in words) \
                and sum(w.isalpha() for w in words) >= 3 and len(words) > len(best):
            best = words
    return " ".join(w.capitalize() for w in best) or None


def clean_page(raw: str, *, title: str | None = None, outlet: str | None = None,
               author: str | None = None, published: str | None = None,
               url: str | None = None, article_id: str | None = None) -> Article:
    """Clean one scraped page. Explicit metadata wins over what the text itself signals."""
    text = _compact_decimals(_compact_hyphens(_compact_dates(repair_text(raw))))
    # most lines hold neither tabs nor double spaces; only those go through the pattern
    all_lines = [(_SPACES_RE.sub(" ", ln) if "\t" in ln or "  " in ln else ln).strip() for ln in text.split("\n")]
    all_lines = [strip_reporter_initials(ln) if ln.endswith(")") else ln for ln in all_lines]
    all_lines = [ln for ln in all_lines if ln]
    rules = boilerplate_rules()

    # the outlet patterns are a third of cleaning: not run when the caller already knows the outlet
    det_outlet, det_domain = detect_outlet(all_lines) if not outlet else (None, None)
    det_author = None
    det_date = None
    bylines = [_may_be_byline(ln) for ln in all_lines]   # read twice below
    for ln, may_byline in zip(all_lines, bylines):
        m = (AUTHOR_RE.match(ln) if ":" in ln else None) or (CREDIT_AUTHOR_RE.match(ln) if ln[0] == "(" else None)
        if m and not det_author:
            det_author = m.group(1).strip()
        b = BYLINE_RE.match(ln) if may_byline else None
        if b:
            det_author = det_author or b.group("author").strip()
            det_date = det_date or parse_date(b.group("date"))

    # body lines: furniture dropped, stop at end-of-article markers, captions removed
    body_lines: list[str] = []
    skip_next = False
    started = False
    for ln, may_byline in zip(all_lines, bylines):
        if skip_next:
            skip_next = False
            continue
        if rules["caption_next"].fullmatch(ln):
            skip_next = True
            continue
        if started and len(body_lines) >= 3 and rules["stop"].fullmatch(ln):
            break
        if _is_drop(ln, rules) or (may_byline and BYLINE_RE.match(ln)) or STANDALONE_DATE_RE.match(ln):
            continue
        if ln[0] == "(" and CREDIT_AUTHOR_RE.match(ln):
            continue
        body_lines.append(ln)
        if len(ln.split()) >= 12:
            started = True
    body_lines = _remove_captions_and_repeats(body_lines)

    # title: a headline-shaped line before the first body paragraph; menus are shorter
    det_title = None
    title_line: str | None = None  # the line taken as the headline, restored if nothing else is left
    first_body = next((i for i, ln in enumerate(body_lines) if not _looks_like_title(ln) and len(ln.split()) >= 8), len(body_lines))
    for i, ln in enumerate(body_lines[:first_body]):
        if _looks_like_title(ln):
            det_title = title_line = ln
            body_lines = body_lines[i + 1 :]
            break
    else:
        # a short headline ("Gempa Guncang Cianjur") right above the story
        prev = body_lines[first_body - 1] if 0 < first_body <= len(body_lines) else ""
        if len(prev.split()) >= 3 and not prev.endswith((".", ",", ":", ";")):
            det_title = title_line = prev
            body_lines = body_lines[first_body:]
    # menu words and section tags before the story are not body
    while body_lines and len(body_lines[0].split()) < 5 and not body_lines[0].endswith("."):
        body_lines.pop(0)
    if not body_lines and title_line is not None and len(_LETTER_WORD_RE.findall(title_line)) >= 3:
        # a headline-only item or a one-sentence brief: that line is the article's text (scraper
        # debris such as ", , - Ketua Harian" is not). A line that ends like a sentence
        # ("… seperti apa?", a closing quote) was a brief, not a headline.
        body_lines = [title_line]
        if title_line.endswith((".", "!", "?", '"', "'", "”", "’")):
            det_title = None

    if det_date is None and not published:   # (a given date wins: the body's is not read)
        for ln in body_lines[:3]:
            det_date = parse_date(ln)
            if det_date:
                break
    paragraphs = [DATELINE_RE.sub("", ln, count=1).strip() for ln in body_lines]
    body = "\n\n".join(p for p in paragraphs if p)

    out_name, out_domain = (outlet_display(outlet) if outlet else (det_outlet, det_domain))
    from_url = slug_title(url) if not title and not det_title else None   # the address's headline, read once
    return Article(
        body=body,
        title=(title.strip() if title else det_title or from_url),
        title_from_url=from_url is not None,
        outlet=out_name,
        outlet_domain=out_domain,
        author=author or det_author,
        published=normalise_date(published) if published else det_date,
        url=url,
        id=article_id,
    )


def extract_html(html: str | bytes, url: str | None = None) -> Article:
    """Article text and metadata from an HTML page with trafilatura, then the same cleaning."""
    import trafilatura

    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None:
        return Article(body="", url=url)
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    text = get("text") or ""
    art = clean_page(text, title=get("title"), author=get("author"), published=get("date"), url=url or get("url"))
    if art.outlet is None:
        site = get("hostname") or get("sitename")
        art.outlet, art.outlet_domain = outlet_display(site) if site else (None, None)
    return art
