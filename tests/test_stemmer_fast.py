"""The faster Sastrawi (retrieval/_sastrawi_fast.py) gives Sastrawi's own stems.

Index terms and stored stems come from the stemmer: a different stem for one word would change
which passages a question finds. The reference runs in a separate interpreter that never imports
retrieval, so it is Sastrawi exactly as installed (the fast path also changes how Sastrawi's
modules call `re`, process-wide)."""
from __future__ import annotations

import json
import random
import subprocess
import sys

from retrieval.text import TextPipeline, sastrawi_root_words

PREFIXES = ["", "me", "mem", "men", "meng", "meny", "menge", "pe", "pem", "pen", "peng", "peny", "penge", "ber", "be",
            "ter", "te", "per", "pel", "di", "ke", "se", "ku", "kau", "memper", "diper", "ber", "bel", "mempe"]
SUFFIXES = ["", "i", "kan", "an", "nya", "lah", "kah", "tah", "ku", "mu", "pun", "kannya", "annya", "inya"]
HAND = ["menyelesaikan", "pemberdayaan", "mempertanggungjawabkan", "berlari", "ditemukannya", "perekonomian",
        "kemerdekaan", "menggunakan", "penyelenggaraan", "terbengkalai", "belajar", "pelajaran", "gemetar",
        "gerigi", "kemauan", "menaati", "peranan", "memperbarui", "bersama-sama", "malaikat-malaikatnya",
        "berbalas-balasan", "meniru-nirukan", "Kota", "MENJADI", "café", "naïve", "e", "ku", "mengkaji", "kau"]


def _words() -> list[str]:
    rng = random.Random(13)
    roots = sorted(sastrawi_root_words())
    words = {rng.choice(PREFIXES) + rng.choice(roots) + rng.choice(SUFFIXES) for _ in range(4000)}
    # prefixes on letter pairs outside the table (numbers, marks) and short words
    words.update(p + s for p in PREFIXES for s in ("a", "e", "r", "ra", "er", "in"))
    return sorted(words) + HAND


REFERENCE = """
import json, sys
from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Stemmer import Stemmer
roots, words = json.load(sys.stdin)
st = Stemmer(ArrayDictionary(roots))
print(json.dumps([st.stem_word(w) if w.isascii() and w.islower() else st.stem(w) for w in words]))
"""


def test_fast_stemmer_gives_sastrawis_stems() -> None:
    words = _words()
    roots = sorted(sastrawi_root_words())
    done = subprocess.run([sys.executable, "-c", REFERENCE], input=json.dumps([roots, words]), capture_output=True,
                          text=True, check=True)
    expected = json.loads(done.stdout)
    stemmer = TextPipeline()._stemmer
    got = [stemmer.stem_word(w) if w.isascii() and w.islower() else stemmer.stem(w) for w in words]
    differ = [(w, e, g) for w, e, g in zip(words, expected, got) if e != g]
    assert not differ, differ[:20]
    assert sum(w != e for w, e in zip(words, expected)) > len(words) // 3   # the words do get stemmed


def test_prefix_visitors_that_cannot_apply_are_skipped() -> None:
    """The speed-up holds: most prefix rules are ruled out by a word's first two letters (if
    Sastrawi's rules change shape, the check on their source keeps them all, and this fails)."""
    stemmer = TextPipeline()._stemmer
    visitors = stemmer.visitor_provider.prefix_visitors
    table = stemmer.visitor_provider._sumber_prefix_table
    assert len(table["ko"]) < len(visitors) // 4
    assert len(table["me"]) < len(visitors) // 2
    # a visitor is never dropped from the letter pairs its rules start with
    assert all(v in table["be"] for v in visitors[1:6])
