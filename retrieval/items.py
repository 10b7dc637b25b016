"""Items named before their figures: "Danur: I Can See Ghosts (2017) meraih 2,7 juta penonton,
sekuel keduanya, Danur 2: Maddah (2018) meraih 2,5 juta penonton".

A sentence listing one unit for several items may name each item before its figure. A question
that names words of one item ("… Danur pertama (Danur: I Can See Ghosts)") picks that item's
figure; another item's figure, whose own words the question does not say, answers something else.
Items named after their figures ("13.440 kursi KA Argo, 6.300 kursi KA Eksekutif") are
frame.list_item_fits's; amounts of money by item are frame.money_list_fits's.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from .frame import WORD_RE, QuestionFrame, _item_words, _verb_like, lexicon
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
    at = figure_at(sentence, q.get("text") or "")
    if len(placed) < LEAD_ITEMS or at not in {start for start, _ in placed}:
        return True
    if not all(_TAIL_RE.match(sentence, end) for _, end in placed):
        return True
    stem = pipeline.stem
    items: dict[int, set[str] | None] = {}
    for i, (start, _end) in enumerate(placed):
        words = [t.lower() for t in WORD_RE.findall(sentence[placed[i - 1][1] if i else 0:start])]
        if i and not _ITEM_MARKS & set(words):
            return True   # no mark between two figures: the words may be the figure before's
        items[start] = _item_nouns(words, stem)
    own = items[at]
    asked = _noun_stems(WORD_RE.findall(frame.question_text.lower()), stem)
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


def _noun_stems(words: list[str], stem: Callable[[str], str]) -> set[str]:
    """The stems of the words that are no verb, stopword or punctuation."""
    stop = lexicon().stopwords
    return {stem(t) for t in words if t.isalpha() and t not in stop and not _verb_like(t, stem)}
