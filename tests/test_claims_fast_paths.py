"""Fast paths of the claim rules give what the plain code they replace gives: the four words
before a figure read from a window (claims._last_words), and a sentence read for places only when
a later figure needs them (extract_claims)."""
from __future__ import annotations

import random
import re

from retrieval import claims
from retrieval.frame import located_places


def _reference_last_words(sentence: str, start: int) -> str:
    return " ".join(re.findall(r"[\w\-]+", sentence[:start])[-4:])


def test_last_words_equals_findall_over_the_whole_prefix() -> None:
    rng = random.Random(5)
    pieces = ["Kementerian", "Pertahanan", "-", "Korea", "Utara", "mengirim", "sekitar", "jong-un", ",", ".",
              "  ", "x" * 70, "kata-kata", "(", ")", "12.000", "—", "Jakarta"]
    for _ in range(3000):
        s = " ".join(rng.choice(pieces) for _ in range(rng.randrange(0, 80)))
        if rng.random() < 0.3:
            s = s.replace(" ", "")     # long runs: a word cut at the window's edge
        for start in {0, len(s), rng.randrange(len(s) + 1), max(0, len(s) - claims._BEFORE_WINDOW - 1)}:
            assert claims._last_words(s, start) == _reference_last_words(s, start), (s, start)


def test_a_figure_without_a_place_takes_the_nearest_earlier_sentence_naming_one() -> None:
    sentences = [
        "Gempa mengguncang wilayah di Cianjur pada Senin siang.",
        "Warga berhamburan keluar rumah.",
        "Petugas BPBD di Kabupaten Sukabumi mendata kerusakan.",
        "Sebanyak 162 orang meninggal dunia akibat gempa itu.",
        "Tim SAR masih mencari korban.",
        "Sebanyak 2.000 rumah rusak berat.",
    ]
    got = [q for c in claims.extract_claims(sentences) for q in c.quantities]
    assert [q.value for q in got] == [162.0, 2000.0]
    nearest = list(dict.fromkeys(located_places(sentences[2])))
    assert nearest, "the gazetteer should place the BPBD sentence"
    assert got[0].context == nearest
    assert got[1].context == nearest      # sentences with no place in between change nothing


def _reference_scope_cut(rest: str, words: frozenset[str]) -> str:
    for w in re.finditer(r"\w+", rest):
        if w.group().lower() in words:
            return rest[: w.start()]
    return rest


def test_scope_after_stops_at_the_same_word_of_saying_as_the_word_loop() -> None:
    """_scope_after finds the first word of saying in ASCII text with one compiled scan: the same
    cut as a loop over the words, also for words that only begin or end like one ("katakan",
    "berkata", "Katanya", "kata_kunci", "kata2")."""
    words = claims.frame_lexicon().words["report_words"]
    pattern = claims._report_word_re(words)
    rng = random.Random(9)
    pieces = ["kata", "Kata", "KATANYA", "katakan", "berkata", "kata_kunci", "kata2", "2kata", "ujarnya", "di",
              "Bandung", "ke", "Oblast", "Kursk", ",", ".", "-", "'", "ungkap-nya", "dikutip", "dihubungi", "x"]
    for _ in range(3000):
        rest = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", ", ", "-"]) for _ in range(rng.randrange(0, 14)))
        found = pattern.search(rest.lower())
        assert (rest[: found.start()] if found else rest) == _reference_scope_cut(rest, words), rest
    assert claims._scope_after(" orang tewas di Kabupaten Garut, kata Dedi di Gedung Humas") == "Kabupaten Garut"
    assert claims._scope_after(" orang, ujarnya di Bandung") is None
    assert claims._scope_after(" orang, katakan di Bandung Barat") == "Bandung Barat"
