"""Learn which dictionary words the archive writes as names (retrieval/data/name_words.txt).

Many Indonesian names are also words of the dictionary: "Aulia", "Siti", "Bambang", "Hadi",
"Helmi", "Bambang". A question's name tells which article it asks about ("berapa harga senjata api
yang gagal dibeli Aulia …"), but relevance.asked_names skips capitalised dictionary words, since
most are titles and common nouns written with a capital ("Kementerian", "Presiden", "Kota").
The archive tells the two apart: after a word in lower case, a name is written with a capital
letter nearly every time, a common noun often without one (the word after "Kementerian" is left
out: the head's capital explains it). This script counts both
spellings over ../shared/corpus and writes the dictionary words written with a capital in at
least MIN_CAPITAL_SHARE of at least MIN_OCCURRENCES occurrences, minus the words other lists
already read (months and days, stopwords, places and organisations of the gazetteer).

Usage (make name-words): python tools/build_name_words.py [--check]
    --check   print what would change instead of writing the file
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.frame import lexicon  # noqa: E402
from retrieval.relevance import NAME_WORDS_FILE  # noqa: E402
from retrieval.text import TextPipeline  # noqa: E402

CORPUS = sorted((ROOT.parent / "shared" / "corpus").glob("*/articles.jsonl.gz"))
MIN_OCCURRENCES = 20       # occurrences after a lower-case word, for a share to mean something
MIN_CAPITAL_SHARE = 0.95   # "Aulia" 1.0, "Bambang" 1.0; "Presiden" 0.77, "Kementerian" 0.84
# a word after a word written in lower case: not the start of a sentence, nor the second word of
# an organisation's name ("Kementerian Perhubungan"), which its head's own capital explains
AFTER_LOWER_RE = re.compile(r"(?<![\w.])[a-z]+[,;:]? (?=([A-Za-z][a-z]+)\b)")   # the word read: a lookahead, so it may lead the next match

HEADER = ("# dictionary words the archive writes as names (tools/build_name_words.py; do not edit by hand):\n"
          f"# capitalised in >= {MIN_CAPITAL_SHARE:.0%} of >= {MIN_OCCURRENCES} occurrences after a lower-case word\n")


def count_spellings(paths: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """(capitalised, lower-case) occurrences of each word after a lower-case word, lower-cased."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                for m in AFTER_LOWER_RE.finditer(json.loads(line).get("text") or ""):
                    word = m.group(1)
                    (capital if word[0].isupper() else lower)[word.lower()] += 1
    return capital, lower


def name_words(capital: Counter[str], lower: Counter[str], pipeline: TextPipeline) -> list[str]:
    """Dictionary words written as names, without those another list already reads."""
    lex = lexicon()
    skip = lex.stopwords | lex.words["not_names"] | lex.words["time_words"]
    out = []
    for word, caps in capital.items():
        total = caps + lower[word]
        if total < MIN_OCCURRENCES or caps / total < MIN_CAPITAL_SHARE or not pipeline.known_word(word):
            continue
        if word in skip or lex.names.at([word], 0):
            continue
        out.append(word)
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print the change, write nothing")
    args = parser.parse_args()
    if not CORPUS:
        sys.exit("no corpus under ../shared/corpus")
    words = name_words(*count_spellings(CORPUS), TextPipeline())
    text = HEADER + "".join(w + "\n" for w in words)
    if args.check:
        old = {ln.strip() for ln in NAME_WORDS_FILE.read_text(encoding="utf-8").splitlines()
               if ln.strip() and not ln.startswith("#")} if NAME_WORDS_FILE.exists() else set()
        print(f"{len(words)} words; added {sorted(set(words) - old)}; dropped {sorted(old - set(words))}")
        return
    NAME_WORDS_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {len(words)} words to {NAME_WORDS_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
