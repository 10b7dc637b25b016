"""Whose tally a standings figure is: "berapa poin Arsenal setelah ditahan imbang Watford".

A club's tally is asked by its name alone ("poin Arsenal", "poin Persib Bandung"), so what the
question measures is a name, not a noun a sentence could repeat before the figure: "Hasil itu
membuat Arsenal tertahan di posisi ke-7 dengan koleksi 8 poin" says "koleksi". The figure's
clause names its holder first ("Persib masih tercecer di peringkat 10 … dengan 20 poin dari 18
laga sedangkan TIRA Persikabo di undakan kedua dengan 34 poin": 34 is Persikabo's); a tally
whose clause names the asked club first is that club's (asked_holder_first).
"""
from __future__ import annotations

from .frame import BREAK_MARKS, WORD_RE, QuestionFrame, lexicon

NAME_WORDS = 4   # words of a club's name read after its first


def asked_holder_first(frame: QuestionFrame, sentence: str, at: int) -> bool | None:
    """The question measures a name (every measured word written capitalised in it: "Arsenal",
    "Bali United") and the figure's clause, back to a clause break, names that name before any
    other ("membuat Arsenal tertahan … dengan koleksi 8 poin"; a sentence's first word counts as a
    name only when it is no Indonesian word: "Persib tertahan …", not "Hasil itu …"). False when
    it names another first (that one's tally); None when the question asks no name or the clause
    names none. Names the question itself says beside the asked one ("jatuh ke pelukan Manchester
    City" under "Gelar juara Liga Inggris") are its context, not holders."""
    pipeline = frame.pipeline
    if pipeline is None or not frame.measured:
        return None
    written = {t.lower(): t for t in WORD_RE.findall(frame.question_text)}
    asked = set(frame.measured)
    if not all(w in written and written[w][:1].isupper() for w in asked) or (frame.holders and not asked & set(frame.holders)):
        return None   # (a holder named apart: "poin ATP yang didapat Rafael Nadal" is Nadal's)
    opponents = _opponents(frame.question_text)
    stop = lexicon().stopwords
    toks = WORD_RE.findall(sentence[:at])
    start = len(toks)
    while start > 0 and not _breaks_clause(toks, start - 1):
        start -= 1
    for i in range(start, len(toks)):
        tok = toks[i]
        if not tok[:1].isupper() or tok.lower() in stop or (i == 0 and pipeline.known_word(tok.lower())):
            continue   # "Ia kini mengoleksi 96 poin": a pronoun, whoever was named before
        run = [t.lower() for t in toks[i:i + NAME_WORDS + 1]]
        named = []
        for t in run:   # the name's words: "Bali United", "TIRA Persikabo"
            if not t[:1].isalpha() or t not in written or not written[t][:1].isupper():
                break
            named.append(t)
        if named and not asked & set(named) and not opponents & set(named):
            continue   # a name the question says of its context: "Liga Inggris", "MotoGP"
        return bool(asked & set(named or run[:1]))   # the clause's first name is whose tally it is
    return None


def _breaks_clause(toks: list[str], i: int) -> bool:
    """Where a club's clause begins: a mark, or a contrast ("… sedangkan TIRA Persikabo …"; "sementara"
    only after a comma: "klasemen sementara", "sementara waktu" are no break)."""
    low = toks[i].lower()
    return toks[i] in BREAK_MARKS or low in _CONTRASTS or (low == "sementara" and i > 0 and toks[i - 1] == ",")


_CONTRASTS = frozenset("sedangkan namun tetapi tapi adapun".split())
_LOSS_WORDS = frozenset("kalah takluk tumbang keok dikalahkan ditaklukkan".split())


def _opponents(question: str) -> set[str]:
    """Name words the question gives an opponent ("… melawan Persib Bandung"): a club of its own,
    no context of the asked one's."""
    toks = WORD_RE.findall(question)
    markers = lexicon().words["opponent_markers"]
    out: set[str] = set()
    for i, tok in enumerate(toks[:-1]):
        # "kalah 2-3 dari Norwich City", "takluk dari …": "dari" after a loss names who beat the asked club
        lost = tok.lower() == "dari" and any(t.lower() in _LOSS_WORDS for t in toks[max(0, i - 4):i])
        if tok.lower() in markers or lost:
            for t in toks[i + 1:i + 1 + NAME_WORDS]:
                if not t[:1].isupper():
                    break
                out.add(t.lower())
    return out
