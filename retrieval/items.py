"""Which item or kind a figure is of, when a sentence names several of one noun.

Items named before their figures: "Danur: I Can See Ghosts (2017) meraih 2,7 juta penonton,
sekuel keduanya, Danur 2: Maddah (2018) meraih 2,5 juta penonton". A sentence listing one unit for
several items may name each item before its figure. A question that names the words of one item
("… Danur pertama (Danur: I Can See Ghosts)") picks that item's figure; another item's figure,
whose own words the question does not say, answers something else (lead_item_fits).
Items named after their figures ("13.440 kursi KA Argo, 6.300 kursi KA Eksekutif") are
frame.list_item_fits's; amounts of money by item are frame.money_list_fits's.

Kinds of the asked money: "pendapatan premi lanjutan … Rp35,68 triliun" is renewal premiums, a
kind of the premium income "pendapatan premi bisnis baru" is another of; neither answers a
question asking the other (money_kind_fits).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from .frame import BREAK_MARKS, WORD_RE, QuestionFrame, _item_words, _lower_words, _stemmed_words, _verb_like, lexicon
from .text import figure_at

LEAD_ITEMS = 2   # figures of one unit in a sentence that may be a list of items named before them
# an item begins after one of these; before the first figure, the sentence's start
_ITEM_MARKS = frozenset({",", ";", "dan", "serta", "sedangkan", "sementara"})
# what may follow a figure of an item named before it: the next item's mark, or its rate ("per tahun")
_TAIL_RE = re.compile(r"\s*(?:$|[,;.:)]|(?:dan|serta|sedangkan|sementara|atau)\b|per\s+\w+\s*(?:$|[,;.)]))", re.I)
# words that order items without telling which ("database pertama … kedua"): said of every item
_ORDER_WORDS = frozenset("pertama kedua ketiga keempat kelima terakhir lainnya".split())


def lead_item_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str,
                   siblings: list[dict[str, Any]]) -> bool:
    """A figure whose item (its nouns back to a comma or "dan") says words the question does not,
    while the question names every word of another figure's item of the same unit, and more of
    them than of this one's, is that item's neighbour, not the asked one ("pengendara" names no
    item "kendaraan" against "SIM" and "operasi"). Judged only when every figure of the unit ends
    its item (nothing but a mark or a rate after it: words after a figure may be said of it), and
    an item brought by "dengan" or "yang" is an attribute of what precedes, no item of its own.
    Only nouns and names tell items apart: a verb ("meraih", "ditemukan") is how each is told."""
    pipeline = frame.pipeline
    unit = (q.get("unit") or "").lower()
    if pipeline is None or not unit or q.get("against") is not None:
        return True
    placed = _placed_figures(sentence, unit, siblings)
    # the list is the figures that end their items, from the last one that does not on: a whole
    # told first ("55 proyek tersebut digolongkan …, antara lain proyek SDA sebanyak 24 proyek,
    # proyek sektor jalan sebanyak 19 proyek, …") is no item of it
    first = next((i + 1 for i in range(len(placed) - 1, -1, -1) if not _TAIL_RE.match(sentence, placed[i][1])), 0)
    listed = placed[first:]
    at = figure_at(sentence, q.get("text") or "")
    if len(listed) < LEAD_ITEMS or at not in {start for start, _ in listed}:
        return True
    stem = pipeline.stem
    items: dict[int, set[str] | None] = {}
    for i, (start, _end) in enumerate(listed):
        words = list(_lower_words(sentence[placed[first + i - 1][1] if first + i else 0:start]))
        if i and not _ITEM_MARKS & set(words):
            return True   # no mark between two figures: the words may be the figure before's
        items[start] = _item_nouns(words, stem)
    own = items[at]
    asked = _asked_nouns(frame.question_text, stem)
    if own is None or not own - asked:
        return True
    return not any(other and other <= asked and len(other) > len(own & asked)
                   for start, other in items.items() if start != at)


def _placed_figures(sentence: str, unit: str, siblings: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Where each figure of the unit stands in the sentence, in order (start, end of its text)."""
    out = set()
    for s in siblings:
        if (s.get("unit") or "").lower() != unit or s.get("against") is not None:
            continue
        text = s.get("text") or ""
        at = figure_at(sentence, text)
        if at >= 0:
            out.add((at, at + len(text)))
    return sorted(out)


def _item_nouns(words: list[str], stem: Callable[[str], str]) -> set[str] | None:
    """The stems of an item's nouns and names, read back from its figure to the item's mark; None
    for an attribute ("… dengan kapasitas produksi total sebesar 12.000 unit")."""
    back = []
    for t in reversed(words):
        if t in _ITEM_MARKS or t == "(":
            break
        back.append(t)
    if {"dengan", "yang"} & set(back):
        return None
    verbs = {stem(t) for t in back if t.isalpha() and _verb_like(t, stem)}
    return _item_words(words, stem) - verbs - {stem(t) for t in _ORDER_WORDS}


@lru_cache(maxsize=512)   # once per question, not once per figure
def _asked_nouns(question: str, stem: Callable[[str], str]) -> frozenset[str]:
    """The stems of the question's words that are no verb, stopword or punctuation."""
    stop = lexicon().stopwords
    return frozenset(stem(t) for t in _lower_words(question) if t.isalpha() and t not in stop and not _verb_like(t, stem))


# words after an amount's head that say how much or whose, not which kind ("pendapatan premi tahun ini")
# (besides stopwords and the amount, filler, time and person words money_kind_fits reads from the lexicon)
_NO_KIND_WORDS = frozenset("totalnya keseluruhan seluruhnya seluruh semester kuartal triwulan periode "
                           "sendiri segar jauh atas per sepanjang sampai politikus pejabat tersangka terdakwa "
                           "harian mingguan bulanan tahunan "   # "iuran bulanannya": how often, not which
                           "mulai minimal maksimal "   # "Biayanya mulai Rp 200.000": from what, not which
                           "jual".split())   # "harga jual" is the price a question asks unless it says "buyback"
_NET_WORDS = frozenset({"bersih", "neto", "netto"})
_MATERIAL_WORDS = frozenset({"materi", "materiil", "materil", "material"})   # a loss in goods: the plain loss
_OTHER_LOSS_ASKED_RE = re.compile(r"\b(?:kerugian|rugi)\s+(?:keuangan\s+)?(?:negara|jiwa|ekonomi|imateri\w*|immateri\w*|waktu)\b", re.I)
_GROSS_ASKED_RE = re.compile(r"\b(?:kotor|bruto|gross)\b", re.I)
_NOMINAL_RE = re.compile(r"^pe(?:m|n|ng|ny|r)?\w{3,}an$")   # "pembangunan", "pengembangan": what it is for
_MEASURE_FRAME_RE = re.compile(r"^se(?:luas|panjang|besar|tinggi|berat|dalam|jauh|lebar|banyak|nilai|harga)$")   # "lahan seluas": how much


def money_kind_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """An amount whose own phrase names a kind of the asked money the question does not ("pendapatan
    premi lanjutan naik 5,8% menjadi Rp35,68 triliun" for "pendapatan premi … asuransi jiwa";
    "realisasi belanja barang … Rp 62,96 triliun" for "realisasi belanja pemerintah") is a part or
    a sibling kind, not the asked amount. The kind is the one word right after the last asked money
    word of the figure's clause; a name (capitalised) there is whose the amount is, a person noun
    too ("harta politikus"), and an activity ("anggaran pengembangan") what it is for, said many ways."""
    pipeline = frame.pipeline
    if not frame.money or pipeline is None:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    stem = pipeline.stem
    loss = _LOSS_KIND_AFTER_RE.match(sentence, at + len(q.get("text") or ""))
    if loss is not None:
        # "Rp 10 juta untuk material dan Rp 1 miliar untuk imaterial": the loss in goods or the other
        said_im = loss.group(1).lower().startswith("i")
        asked_im = _IMMATERIAL_ASKED_RE.search(frame.question_text) is not None
        if said_im != asked_im and (asked_im or _MATERIAL_ASKED_RE.search(frame.question_text)):
            return False
    heads = {stem(x.lower()) for x in frame.money_words if x.lower() not in lexicon().words["money_generic"]}
    if not heads:
        return True   # "uang bayaran", "uang suap": the kind is the question's own word after "uang"
    label = _LABEL_AFTER_RE.match(sentence, at + len(q.get("text") or ""))
    if label is not None and (word := label.group(1).lower()) not in lexicon().words["money_generic"] \
            and (word in lexicon().words["money_things"] or word in lexicon().words["money_nouns"] or word in _PAID_IN_KIND
                 or word in _ADDITION_LABELS):
        # "dibayar 125.000 dollar AS (Rp 1,75 miliar) sebagai gaji dan 250.000 dollar AS … dalam bentuk
        # saham": what each amount is paid as, said after it
        return stem(word) in heads or stem(word) in _stemmed_words(frame.question_text, stem)
    return not _other_kind_named(frame, sentence, at, heads)


_LOSS_KIND_AFTER_RE = re.compile(r"\s*(?:untuk|sebagai)\s+(?:kerugian\s+)?((?:im|i)?materi\w*)", re.I)
_IMMATERIAL_ASKED_RE = re.compile(r"\bim+ateri\w*", re.I)
_MATERIAL_ASKED_RE = re.compile(r"\b(?<!im)materi\w*", re.I)
_PAID_IN_KIND = frozenset({"saham", "obligasi", "emas", "barang"})   # "dalam bentuk saham": no money paid as the asked
_ADDITION_LABELS = frozenset({"tambahan", "penambahan"})   # "Rp600 miliar sebagai tambahan dari penerimaan": an addition
# what an amount is paid or given as, right after it (and its conversion in brackets): a money thing
# ("sebagai gaji") or a kind of payment, not what it is for ("sebagai bisnis tambahan")
_LABEL_AFTER_RE = re.compile(r"\s*\)?\s*(?:[A-Z]{2,3}\s+)?(?:\([^)]{0,40}\)\s*)?(?:sebagai|dalam\s+bentuk|berupa)\s+([^\W\d_]+)", re.I)


def measure_kind_fits(frame: QuestionFrame, q: dict[str, Any], sentence: str) -> bool:
    """A measure asked of a kind ("kilometer jalan tol") is not one whose own phrase names another
    kind of the same thing ("pembangunan jalan nasional sepanjang 194,75 kilometer"): as
    money_kind_fits reads an amount's head, when the question itself names a kind right after it."""
    pipeline = frame.pipeline
    if frame.money or pipeline is None or len(frame.measured) < 2:
        return True
    at = figure_at(sentence, q.get("text") or "")
    if at < 0:
        return True
    asked = _asked_kind(frame.question_text, frame.measured, pipeline)
    if asked is None:
        return True
    head, word, kinds = asked
    if not _other_kind_named(frame, sentence, at, {head}, spelled_as=word):
        return True
    # the sentence says the asked kind too ("… secara year on year" for "inflasi tahunan (year on year)")
    return not kinds.isdisjoint(pipeline.stem(t) for t in pipeline.canonical(list(_lower_words(sentence))))


@lru_cache(maxsize=512)   # once per question, not once per figure
def _asked_kind(question: str, measured: tuple[str, ...], pipeline: Any) -> tuple[str, str, frozenset[str]] | None:
    """The measured head's stem, the question's word right after it (the asked kind) and the stems of
    the measured words the question writes in lower case; None when the word after the head is a
    name ("saham PT …", "Taman Nasional …": whose, not which kind) or there is none."""
    stem = pipeline.stem
    head = stem(measured[0].lower())
    toks = _lower_words(question)
    word = next((toks[i + 1] for i in range(len(toks) - 1) if stem(toks[i]) == head), None)
    raw = WORD_RE.findall(question)
    if word is None or not word.isalpha() or word.upper() in raw or word.capitalize() in raw:
        return None
    kinds = [x.lower() for x in measured[1:] if x.lower() in raw]   # (names say whose: "Honda")
    return head, word, frozenset(stem(t) for t in pipeline.canonical(kinds))


def _consonants(word: str) -> str:
    """A word's consonants in order: one word spelled two ways ("retail", "ritel") keeps them."""
    return re.sub(r"[aeiou]+", "", word)


def _other_kind_named(frame: QuestionFrame, sentence: str, at: int, heads: set[str], spelled_as: str | None = None) -> bool:
    """The one word right after the last head in the figure's clause before it names a kind the
    question does not say (a name, a person noun, an activity, a verb or a word of amount or
    time is no kind; nor the asked kind word `spelled_as` spelled otherwise: "retail" for "ritel")."""
    stem = frame.pipeline.stem
    w = lexicon()
    words = WORD_RE.findall(sentence[:at])
    start = max((i + 1 for i, t in enumerate(words) if t in BREAK_MARKS), default=0)
    last = max((i for i in range(start, len(words)) if stem(words[i].lower()) in heads
                and not _verb_like(words[i].lower(), stem)), default=None)   # "menganggarkan dana …": a verb
    if last is None or last + 1 >= len(words):
        return False
    kind = words[last + 1]
    low = kind.lower().removesuffix("nya") if len(kind) > 6 else kind.lower()   # "bulanannya"
    if not kind.isalpha() or not kind[:1].islower() or low in w.stopwords or _verb_like(low, stem) \
            or low in _NO_KIND_WORDS or low in w.words["amount_frame_words"] or low in w.words["object_fillers"] \
            or low in w.words["time_words"] or low in w.words["person_nouns"] or _NOMINAL_RE.match(low) \
            or _MEASURE_FRAME_RE.match(low):
        return False
    if low in _NET_WORDS and not _GROSS_ASKED_RE.search(frame.question_text):
        return False   # "kekayaan bersih USD38,6 miliar": the wealth asked, net unless gross is asked
    if low in _MATERIAL_WORDS and not _OTHER_LOSS_ASKED_RE.search(frame.question_text):
        return False   # "Kerugian materi … sekitar Rp120 juta": the loss asked, unless the state's or lives' is
    if spelled_as and _consonants(low) == _consonants(spelled_as):
        return False   # "retail" is "ritel" (not "minoritas" "mayoritas")
    return stem(low) not in _stemmed_words(frame.question_text, stem)
