"""Which rules an archive's stored terms and claims were derived with.

Passages' index terms and claims' figures (owner, predicate, unit, value) are derived once, at
ingest, by the text pipeline and the claim rules and their word lists. A newer Sumber reads
figures better, but an archive keeps what the version that ingested it derived until
`sumber reindex` derives it again. The stamp below is a digest of everything that derivation
reads; the store keeps the stamp of the rules its archive was derived with (meta
`derived_with`), so the engine can say when an archive lags behind its code.

A change to a rule that only judges answers (frame.py holds both kinds) also changes the stamp:
reindexing then is unneeded but harmless; missing a needed one is the worse error.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

META_KEY = "derived_with"

# the modules that derive what is stored: cleaning, passages, terms, claims and their frames
DERIVING_MODULES = ("clean.py", "segment.py", "text.py", "claims.py", "frame.py", "syndication.py", "_sastrawi_fast.py")
# word lists read at answer time only (learned ranker, related terms, span weights, chat words)
ANSWER_ONLY_DATA = frozenset({"ranker.json", "related.tsv", "span_weights.tsv", "chat_words.tsv", "chart_words.tsv",
                              "claim_question_words.txt", "question_words.txt", "name_words.txt"})


@lru_cache(maxsize=1)
def rules_stamp() -> str:
    """A short digest of the installed deriving modules and the word lists they read."""
    return stamp_of(resources.files("retrieval"))


def stamp_of(package: Traversable) -> str:
    """rules_stamp of the package directory `package` (the installed one, or a copy in a test)."""
    digest = hashlib.sha256()
    for name in DERIVING_MODULES:
        digest.update(name.encode())
        digest.update(package.joinpath(name).read_bytes())
    data = package.joinpath("data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.is_file() and entry.name not in ANSWER_ONLY_DATA and entry.name.endswith((".txt", ".tsv")):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]
