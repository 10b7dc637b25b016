"""Sentence segmentation that survives Indonesian news punctuation.

Handled: “…” and "…" quotes (a sentence ending inside a quote continues when the next word is
lower-case: `“…,” katanya.` / `… 31 Oktober. katanya.`), bracketed dates "(8/10/2024)",
abbreviations (Jl., dr., No., H., initials), decimal commas and thousands dots.
"""
from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """
    a.n bpk dr drs dra h hj ir jl jln kab kec kel kol no nomor prof pt tbk st sdr sdri
    dll dsb dst tsb yth mr mrs ms jr sr vs u.s etc
    """.split()
)
CLOSERS = "\"'”’)]»"
OPENERS = "\"'“‘([«"
# candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace
BOUNDARY_RE = re.compile(r"([.!?…]+)([" + re.escape(CLOSERS) + r"]*)(\s+)")


_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n|\n")
_DOTTED_ABBREVIATION_RE = re.compile(r"(?:[a-z]\.)+[a-z]")


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARAGRAPH_BREAK_RE.split(text) if p.strip()]


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences; paragraph breaks are always boundaries (caller's job)."""
    text = paragraph.strip()
    if not text:
        return []
    out: list[str] = []
    start = 0
    for m in BOUNDARY_RE.finditer(text):
        end = m.end(2)
        nxt = text[m.end() : m.end() + 1]
        if not nxt:
            continue
        if not (nxt.isupper() or nxt.isdigit() or nxt in OPENERS):
            continue  # "… Oktober. katanya." and "…,” kata X" stay one sentence
        if m.group(1) == ".":
            # the last word only (rsplit: not every word of the sentence so far)
            before = text[start : m.start()].rsplit(None, 1)
            last = before[-1].lower().lstrip(OPENERS) if before else ""
            if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue  # "Jl. Sudirman", "M. Hendra"
            if _DOTTED_ABBREVIATION_RE.fullmatch(last):
                continue  # "S.H." style dotted abbreviations
        sentence = text[start:end].strip()
        if sentence:
            out.append(sentence)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def segment(text: str) -> list[str]:
    """All sentences of a cleaned article body, in order."""
    return [s for p in split_paragraphs(text) for s in split_sentences(p)]
