"""A share asked of those who do something: "berapa persen pengguna Twitter yang memilih Jokowi".

Such a question names a group and what its share did ("yang memilih Jokowi", "yang menyadari
kondisi mereka", "yang sudah dibebaskan"). News writes the share beside that deed rather than
beside the group's noun: "… ternyata memilih Jokowi sebanyak 55 persen", "hanya 9 persen yang
terinfeksi menyadari status kondisi mereka", "proyek ini sudah membebaskan 32,50 persen dari
seluruh lahan". The phrase before such a figure ("sebanyak", "hanya", "Riskesdas 2018") says
nothing of what it measures, so frame.measure_fits would set it aside; a figure whose own
stretch of the sentence says the asked deed (its verb, every name it takes, its polarity) is the
asked share (asked_deed_said).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .frame import WORD_RE, QuestionFrame, lexicon

# the deed asked after "yang", up to what frames the question (a source, a time, a medium)
_DEED_RE = re.compile(r"\byang\s+(.+?)(?=\s+(?:menurut|berdasarkan|dalam|pada|saat|ketika|lewat|melalui|per|hingga|"
                      r"sampai|sejak|setelah|sebelum|selama|versi|seperti)\b|[,;:?(]|$)", re.I)
# words that time or hedge a deed, not the deed ("yang sudah dibebaskan", "yang akan dipegang")
_AUXILIARIES = frozenset("sudah telah akan masih sempat pernah bisa dapat hanya baru kini juga bakal ternyata "
                         "sedang tengah harus mesti akhirnya kemudian lalu pun".split())
_NEGATIONS = frozenset("tidak tak belum bukan enggan".split())
# a figure restating the one before it ("1.230.888.800 lembar saham … atau setara 30%") or the
# level it moved to ("yang semula 32 persen menjadi 19 persen"): the deed said before the first is
# the second's too
_RESTATED_RE = re.compile(r"\b(?:atau\s+(?:setara|sekitar|sebesar|senilai|sekira)?|menjadi)\s*$", re.I)
_NUMBER_RE = re.compile(r"(?<![\w.,])\d[\d.,]*")
_OF_NUMBER_RE = re.compile(r"\bdari\s+$", re.I)
# a word of the group and its label, a capital or a Roman numeral ("hepatitis B", "kelas III")
_LABELLED_RE = re.compile(r"\b([A-Za-z][a-z-]+)\s+([A-Z]|[IVX]+)\b")
SIDE_WORDS = 12          # words read on each side of the figure, at most
STRONG_DEED = 3          # words of the deed said that make the group's noun unnecessary


@dataclass(frozen=True)
class AskedDeed:
    verb: str                    # the deed's first word, stemmed ("pilih")
    words: frozenset[str]        # every content word of the deed, stemmed
    names: frozenset[str]        # the names it takes, lower case ("jokowi")
    negated: bool


@lru_cache(maxsize=256)   # read for every percentage of an answer
def asked_deed(question: str, stem: Callable[[str], str]) -> AskedDeed | None:
    """The deed a share is asked of ("berapa persen … yang memilih Jokowi"), or None."""
    if not re.search(r"\bberapa\s+persen\b", question, re.I):
        return None
    m = _DEED_RE.search(question)
    if not m:
        return None
    toks = WORD_RE.findall(m.group(1))
    words = [t for t in toks if t.isalpha() or "-" in t]
    negated = any(t.lower() in _NEGATIONS for t in words)
    content = [t for t in words if t.lower() not in _AUXILIARIES and t.lower() not in _NEGATIONS]
    stop = lexicon().stopwords
    if not content or content[0].lower() in stop:
        return None
    names = frozenset(t.lower() for k, t in enumerate(content) if k and t[:1].isupper())
    return AskedDeed(verb=stem(content[0].lower()),
                     words=frozenset(stem(t.lower()) for t in content if t.lower() not in stop),
                     names=names, negated=negated)


def asked_deed_said(frame: QuestionFrame, sentence: str, at: int, length: int) -> bool:
    """The figure's stretch of the sentence (back to the figure before it, unless this one restates
    it; forward to a comma or the next figure) says the asked deed: its verb or two of its other
    words, every name it takes, the same polarity; and the sentence names the asked group, unless the deed
    said is long enough to tell it alone ("sebanyak 69 persen menolak Inggris meninggalkan serikat
    pabean Uni Eropa")."""
    stem = frame.pipeline.stem if frame.pipeline else None
    if stem is None:
        return False
    deed = asked_deed(frame.question_text, stem)
    if deed is None:
        return False
    side = _stretch(sentence, at, length)
    low = [t.lower() for t in side]
    if any(t in _NEGATIONS for t in low) != deed.negated:
        return False
    stems = {stem(t) for t in low if t.isalpha()}
    said = deed.words & stems
    if deed.verb not in stems and len(said - {stem(n) for n in deed.names}) < 2:
        return False   # "UU Pemilu … ambang batas sebesar 20 persen" names the law, not what it requires
    if not deed.names <= set(low) or _other_label(frame.question_text, sentence):
        return False   # "… yang memilih Prabowo sebanyak 45 persen" for Jokowi's share
    sentence_words = {t.lower() for t in WORD_RE.findall(sentence)}
    group = {stem(t) for t in frame.measured} - deed.words
    return bool(group & {stem(t) for t in sentence_words if t.isalpha()}) or len(said) >= STRONG_DEED


def _other_label(question: str, sentence: str) -> bool:
    """The sentence names a word the question labels ("hepatitis B", "kelas III") with another
    label only ("hepatitis C"): another kind of the group."""
    for word, label in _LABELLED_RE.findall(question):
        if word.lower() in lexicon().stopwords:
            continue
        said = {m.group(1) for m in re.finditer(rf"\b(?i:{re.escape(word)})\s+([A-Z]|[IVX]+)\b", sentence)}
        if said and label not in said:
            return True
    return False


def _stretch(sentence: str, at: int, length: int) -> list[str]:
    """The words around a figure that may say its deed."""
    starts = [m.start() for m in _NUMBER_RE.finditer(sentence)]
    before_end = at
    prev = [m for m in _NUMBER_RE.finditer(sentence, 0, at) if m.end() <= at]
    begin = 0
    if prev:
        begin = prev[-1].end()
        if _RESTATED_RE.search(sentence[:at]) and len(prev) > 1:
            begin = prev[-2].end()
        elif _RESTATED_RE.search(sentence[:at]):
            begin = 0
    semi = sentence.rfind(";", begin, before_end)
    if semi >= 0:
        begin = semi + 1
    before = WORD_RE.findall(sentence[begin:before_end])[-SIDE_WORDS:]
    # the whole a share is of ("5,9 persen dari 17.400 narapidana terjangkit …") is read through
    end = min([s for s in starts if s >= at + length and not _OF_NUMBER_RE.search(sentence, 0, s)]
              + [len(sentence)])
    after = []
    for t in WORD_RE.findall(sentence[at + length:end])[:SIDE_WORDS]:
        if t in {",", ";", ".", ":"}:
            break
        after.append(t)
    return before + after
