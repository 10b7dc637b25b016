"""Stored stems of a figure list's sentences, read in one query before the figure tests need them.

The engine reads stored Sastrawi stems one word at a time when a word is first met
(`TextPipeline.use_stored_stems`: no 0.2-0.4 s start-up load). A quantity question met for the
first time then pays one SQLite look-up (~12 µs with the lock and the call) for each new word the
figure tests (`relevance.figure_answers`) stem in its candidates' sentences: up to ~200 words,
1-2 ms, in the slowest bench questions. Reading the stored stems of those sentences' words in one
`IN` query costs ~1.4 µs a word.

Exact by construction: only stored stems are put in the pipeline's cache, through
`TextPipeline.add_stems` (which keeps a cached stem and leaves protected words to their rule), so
each later `stem(word)` returns what its own look-up would have returned; a word not read here
is looked up as before. A word is asked about once per process (found or not): the rows of the
stems table are only ever added, never changed.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from .store import _in_chunks
from .text import TextPipeline

WORD_RE = re.compile(r"[\w\-]+")   # the lower-cased words of a sentence, as the figure tests read them
ASKED_KEPT = 200_000               # words remembered as asked (a large archive has ~111k distinct words)


class StemPrefetch:
    """One engine's prefetch: `read(sql, args)` is the store's answer reader (`Store.read_now`)."""

    def __init__(self, read: Callable[[str, list], list[tuple]], pipeline: TextPipeline) -> None:
        self._read = read
        self._pipeline = pipeline
        self._asked: set[str] = set()

    def sentences(self, texts: Iterable[str]) -> int:
        """Read the stored stems of these sentences' words not asked about before; returns how
        many words were asked about."""
        asked = self._asked
        words: dict[str, None] = {}
        for text in texts:
            for w in WORD_RE.findall(text.lower()):
                if w not in asked:
                    words[w] = None
        if not words:
            return 0
        if len(asked) + len(words) > ASKED_KEPT:
            asked.clear()
        new = list(words)
        found: dict[str, str] = {}
        for chunk in _in_chunks(new):
            found.update(self._read(f"SELECT token, stem FROM stems WHERE token IN ({','.join('?' * len(chunk))})",
                                    chunk))
        self._pipeline.add_stems(found)
        asked.update(new)
        return len(new)
