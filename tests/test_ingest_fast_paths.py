"""Ingest-speed rewrites give what the code they replace gives (issue 13, eleventh session): the
speaker verb found by one trie scan (claims._preposed against PREPOSED_RE), joined paragraphs split
without re's template (clean._paragraph_break), figure windows tokenised in place (frame.WORD_RE
with positions against slices), and parse_number's cache."""
from __future__ import annotations

import random
import re

from retrieval import claims, clean, frame

_PIECES = ["Menlu", "AS", "Blinken", "mengatakan", "Mengatakan", "MENYEBUTKAN", "menyebut", "menyebutkannya",
           "bilang", "bilangan", "sebut", "disebut", "lapor", "melaporkan", ",", ".", "\"", "“", "\n", "-", "ia",
           "kata", "12.000", "jong-un", "ſebut", "akui", "mengakui", "Kepala", "BNPB", "(", ")", ""]


def _generated(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        words = [rng.choice(_PIECES) for _ in range(rng.randrange(0, 14))]
        out.append(rng.choice([" ", " ", "", "  "]).join(words))
    return out


def test_preposed_equals_the_lazy_subject_pattern() -> None:
    rng = random.Random(13)
    sentences = _generated(rng, 4000) + [
        "Menlu AS Antony Blinken mengatakan bahwa bantuan akan dikirim.",
        "Kepala BNPB menyebutkan 162 orang meninggal, kata petugas.",
        "Ia menyebut\nangka itu mengatakan hal lain.",   # "." does not cross the line break
        "Polisi MENYEBUTKAN korban bertambah.",
        "Tidak ada yang bilang begitu; bilangan itu salah.",
    ]
    for s in sentences:
        want = [(m.group("subj"), m.group("verb")) for m in claims.PREPOSED_RE.finditer(s)]
        assert claims._preposed(s) == want, s


def test_attribution_reads_the_subject_before_the_first_verb() -> None:
    att = claims.find_attribution("Menlu AS Antony Blinken mengatakan bantuan akan dikirim pekan depan.")
    assert att.speaker == "Menlu AS Antony Blinken"
    assert claims.find_attribution("Ia mengatakan bantuan akan dikirim.").pronoun


def test_joined_paragraphs_split_as_the_template_did() -> None:
    rng = random.Random(3)
    pieces = ["Polisi mengamankan Suria", ".", ",", " ", "\"", "”", "“", "Penangkapan", "keduanya", "!", "?", "a", "\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30))) for _ in range(3000)]
    texts.append("…mengamankan Suria.,Penangkapan keduanya dilakukan Senin.\" , \"Kami tidak tahu\"")
    # the reference, written independently: one comma before a capital (a quote may open it) or a
    # figure, or two and more commas before anything
    pattern = r"([.!?\"”])(?:\s*,(?=\s*[\"“]?[A-Z]|\s*[1-9])|\s*,(?:\s*,)+\s*)"
    for t in texts:
        assert clean._JOINED_PARAGRAPH_RE.sub(clean._paragraph_break, t) == re.sub(pattern, r"\1\n", t), t
    assert clean.repair_text("mengamankan Suria.,Penangkapan keduanya") == "mengamankan Suria.\nPenangkapan keduanya"
    assert clean.repair_text("mengamankan Suria.,, ,penangkapan") == "mengamankan Suria.\npenangkapan"


def test_word_tokens_read_in_place_equal_those_of_slices() -> None:
    rng = random.Random(8)
    pieces = ["Korea", "Utara", "jong-un", "12.000", "1,5", "'", "’", "-", ".", ",", "(", ")", " ", "  ", "é", "_"]
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        a, b = sorted(rng.randrange(len(s) + 1) for _ in range(2))
        assert frame.WORD_RE.findall(s, a, b) == frame.WORD_RE.findall(s[a:b]), (s, a, b)
        assert frame.WORD_RE.findall(s, b, a) == frame.WORD_RE.findall(s[b:a]) == []
        assert frame.WORD_RE.findall(s, a) == frame.WORD_RE.findall(s[a:])


def test_parse_number_cached_values() -> None:
    for _ in range(2):   # the second round is read from the cache
        assert claims.parse_number("10.000") == 10000.0
        assert claims.parse_number("1,5 juta") == 1_500_000.0
        assert claims.parse_number("dua belas ribu") == 12000.0
        assert claims.parse_number("sekian") is None


def test_stems_packed_for_the_workers_come_back_the_same() -> None:
    import pickle

    from retrieval.workers import _init_worker, _pack_stems, _unpack_stems
    import retrieval.workers as workers

    stems = {"mengatakan": "kata", "rumah": "rumah", "korban": "korban", "jong-un": "jong-un", "": "", "é": "é"}
    for given in (stems, {}, {"a\nb": "x", "c": "d"}, {"a": "b\nc"}):
        back = _unpack_stems(pickle.loads(pickle.dumps(_pack_stems(given))))
        assert back == given and list(back) == list(given)
    saved = workers._worker_pipeline, workers._worker_db
    try:   # a worker's start: the stems it was handed are its stems
        _init_worker(_pack_stems({"mengatakan": "kata"}))
        assert workers._worker_pipeline.terms("Dia mengatakan") == workers._worker_pipeline.terms("dia kata")
    finally:
        workers._worker_pipeline, workers._worker_db = saved


def test_currency_before_equals_the_pattern_on_the_window() -> None:
    rng = random.Random(21)
    pieces = ["Rp", "rp.", "RP ", "US$", "USD", "usd", "IDR", "EUR", "SGD", "€", "$", "ſgd", "uſd", "ıdr", "senilai",
              "200,", " ", "  ", "42.000", "miliar", "sekitar", "drp", "x", ",", "."]
    for _ in range(4000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14))) + " 5"
        at = len(s) - 1
        want = claims._CURRENCY_BEFORE_RE.search(s[max(0, at - claims.CURRENCY_REACH):at]) is not None
        assert claims._currency_before(s, at) is want, s


def test_sentences_split_as_with_every_word_of_the_sentence_so_far() -> None:
    from retrieval import segment

    def reference(paragraph: str) -> list[str]:   # the last word as .split()[-1] read it
        text = paragraph.strip()
        out, start = [], 0
        for m in segment.BOUNDARY_RE.finditer(text):
            nxt = text[m.end(): m.end() + 1]
            if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in segment.OPENERS):
                continue
            if m.group(1) == ".":
                before = text[start: m.start()].split()
                last = before[-1].lower().lstrip(segment.OPENERS) if before else ""
                if last in segment.ABBREVIATIONS or (len(last) == 1 and last.isalpha()) \
                        or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last):
                    continue
            if sentence := text[start: m.end(2)].strip():
                out.append(sentence)
            start = m.end()
        return out + ([text[start:].strip()] if text[start:].strip() else [])

    rng = random.Random(4)
    pieces = ["Jl.", "Sudirman", "M.", "Hendra", "S.H.", "kata", "dia.", "Ia", "10.000", "“Kami", "pergi.”", " ", "\t",
              ". ", "! ", "? ", "… ", "(8/10/2024).", "Dr.", "u.s.", "A"]
    for _ in range(3000):
        p = " ".join(rng.choice(pieces) for _ in range(rng.randrange(0, 25)))
        assert segment.split_sentences(p) == reference(p), p


def test_terms_text_is_the_joined_terms() -> None:
    from retrieval.text import TextPipeline

    pipe = TextPipeline()
    texts = ["Presiden Korea Utara Kim Jong-un mengirim 12.000 tentara ke Rusia.", "Yang di dan ke.", "",
             "Korut mengatakan pasukan itu sudah tiba", "Pasukan Korut tiba; pasukan itu tiba."]
    for _ in range(2):   # the second round reads every term from the memos
        for t in texts:
            assert pipe.terms_text(t) == " ".join(pipe.terms(t)) == " ".join(TextPipeline().terms(t)), t


def test_a_given_date_wins_and_the_body_date_is_read_without_one() -> None:
    body = ("Jakarta, Rabu (13/11/2024) - Banjir merendam 1.200 rumah di Kota Bekasi, Jawa Barat, sejak pagi hari ini.\n\n"
            "Petugas gabungan dikerahkan ke lokasi untuk mengevakuasi warga yang terjebak banjir di rumahnya.")
    assert clean.clean_page(body, published="2024-11-14").published == "2024-11-14"
    assert clean.clean_page(body, published="kemarin").published is None   # given but unreadable: unknown, as before
    assert clean.clean_page(body).published == "2024-11-13"


def test_words_of_ascii_sentences_equal_the_pattern_runs() -> None:
    rng = random.Random(17)
    pieces = ["Korea", "UTARA", "jong-un", "12.000", "1,5", "_x", "a_b", "'", "-", ".", ",", "(", ")", " ", "\t", "\x1c",
              "\x7f", "Rp42.000", "US$", "é", "Ünal"]
    for _ in range(4000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        assert claims._words(s) == frozenset(re.findall(r"\w+", s.lower())), s


def test_the_writer_batch_runs_without_cycle_collection_and_restores_it() -> None:
    import gc

    import pytest

    from retrieval.store import _without_cycle_collection

    seen: list[bool] = []

    @_without_cycle_collection
    def batch(fail: bool) -> int:
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("a failed batch")
        return 7

    assert gc.isenabled()
    assert batch(False) == 7 and seen == [False] and gc.isenabled()
    with pytest.raises(ValueError):
        batch(True)
    assert gc.isenabled()
    gc.disable()
    try:   # off already (the caller's choice): left off
        batch(False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_tokens_of_lower_cased_ascii_text_equal_token_re() -> None:
    from retrieval.text import _LOWER_ASCII_TOKEN_RE, TOKEN_RE, tokenize

    rng = random.Random(29)
    pieces = ["Kim", "Jong-un", "jong-un's", "AK-12", "60mm", "10.000", "1,5", "2.000-3.000", "U.S.", "u.s.", "s.d.",
              "_x", "a_b", "x_", "'", "-", ".", ",", " ", "\t", "\n", "\x1c", "12km2", "3G", "Rp42.000", "(8/10)", "é"]
    for _ in range(5000):
        s = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randrange(0, 20))).lower()
        if s.isascii():
            assert _LOWER_ASCII_TOKEN_RE.findall(s) == TOKEN_RE.findall(s), s
    assert tokenize("Presiden AS Joe Biden, 10.000 tentara u.s. dan AK-12.") == \
        ["presiden", "as", "joe", "biden", "10.000", "tentara", "u", "s", "dan", "ak-12"]
