"""Ingest speed must not change what is extracted: the compiled scans that find where a date span
or a figure may start (claims._matches_at) must find the same matches as the word-by-word loops
they replace (claims._matches_from with _can_start_date_span / _can_start_quantity), and the
faster tokenizer and caption check the same tokens and lines as the patterns they replace."""
from __future__ import annotations

import random
import re

import pytest

from retrieval import claims as C
from retrieval.clean import _norm_words, _remove_captions_and_repeats, _word_sets
from retrieval.text import tokenize

SENTENCES = [
    "Sebanyak 1.250 orang tewas pada 12 Januari 2024 di Kabupaten Cianjur, kata Kapolda.",
    "Pasal 12 ayat 3 dan halaman5 menyebut nomor 7, no.8 dan No. 9 (13/11/2024).",
    "Pukul 14.32 WIB, sekitar dua ribu warga mengungsi; hingga 2019 ada ratusan rumah rusak.",
    "Harga naik Rp42.000 menjadi Rp.50.000, atau lebih dari 5% sampai 10 persen sejak 2014-2018.",
    "Tidak kurang dari 300 orang tentara Korut dan tak kurang dari selusin tank dikirim ke Oblast Kursk.",
    "November lalu, nopember 2023, Mei 2020 dan medio 2021: setidaknya 3.000 pekan lalu, sedikitnya 12.",
    "Di atas 50 unit, di bawah 7 ekor; kira-kira 20 buah, paling sedikit seratus lima puluh sapi.",
    "Nomor20 dan ayat_2 serta _12 orang, 2_000 warga, abc123 dan 12abc serta 1,5 juta jiwa.",
    "Jam 9.30 pagi hingga jam 10:45, akhir 2022 dan awal 2023 periode 2019 - 2020 tercatat 17 korban.",
    "(25) Yudha (38) dan Dwi Resa, sebanyak puluhan ribu orang; jutaan warga; belasan ribu pelajar.",
]
WORDS = ("12", "1.250", "2019", "(", ")", "no", "no.", "nomor", "nomor5", "pasal", "halaman3", "januari", "jan",
         "mei", "Mei", "MEI", "pukul", "jam", "14.32", "WIB", "hingga", "sejak", "pada", "dua", "belas", "seratus",
         "ribu", "lebih", "dari", "di", "atas", "sekitar", "tak", "kurang", "puluhan", "ribuan", "orang", "tewas",
         "kira-kira", "_x", "a_1", "Rp42.000", "rp", "5%", "persen", "-", "–", "/", "13/11", ",", ".", "sehingga",
         "Sedikitnya", "setidaknya", "SEKITAR", "Nov", "novel", "nota", "ayatollah", "Pasalnya", "2014-2018")


def _fuzz(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(WORDS) + rnd.choice(("", " ", "  ", ", ", "(", ")")) for _ in range(rnd.randint(1, 14)))
            for _ in range(n)]


def _spans(matches) -> list[tuple[int, int]]:  # noqa: ANN001
    return [m.span() for m in matches]


@pytest.mark.parametrize("sentence", SENTENCES + _fuzz(3000, 13))
def test_date_spans_and_figures_are_tried_where_the_word_loops_try_them(sentence: str) -> None:
    assert _spans(C._matches_at(C.DATE_SPANS_RE, sentence, C._DATE_STARTS_RE)) == _spans(
        C._matches_from(C.DATE_SPANS_RE, sentence, C._PAREN_OR_WORD_RE, C._can_start_date_span))
    assert _spans(C._matches_at(C.QUANTITY_RE, sentence, C._QUANTITY_STARTS_RE)) == _spans(
        C._matches_from(C.QUANTITY_RE, sentence, C._WORD_RE, C._can_start_quantity))


def test_figures_read_from_news_sentences() -> None:
    """Spot values of the claims the scans feed (the same rules as before the scans changed)."""
    texts = [q.text for q in C.find_quantities(SENTENCES[0])]
    assert texts == ["1.250 orang"]
    figures = [(q.text, q.value) for q in C.find_quantities(SENTENCES[2])]
    assert ("sekitar dua ribu warga", 2000.0) in figures


# The tokenizer's letter-word alternative without a group step per character
_OLD_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*(?:[a-zA-Z]+\b)?|[^\W\d_](?:[\w]|[-'’](?=\w))*|(?:[a-zA-Z]\.){2,}")


@pytest.mark.parametrize("seed", range(5))
def test_tokens_are_those_of_the_per_character_pattern(seed: int) -> None:
    rnd = random.Random(seed)
    alphabet = "aZé9_-'’. ,\u00a0ßx1-'Ø"
    for _ in range(4000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        assert tokenize(s) == [t.lower() for t in _OLD_TOKEN_RE.findall(s)], s
    assert tokenize("Kim Jong-un's AK-12 di u.s. 10.000 60mm don’t - x- -y") == _OLD_TOKEN_RE.findall(
        "kim jong-un's ak-12 di u.s. 10.000 60mm don’t - x- -y")


def test_caption_word_sets_count_the_words_of_the_pattern() -> None:
    lines = ["Foto: Warga mengungsi di Cianjur, Senin (21/11/2022) setelah gempa M5,6.",
             "KOMPAS.com_Warga ber-lari 12 kali; 'kata' dia.", "Já não: café über naïve"]
    for ascii_only in (lines[:2], lines):
        assert [len(w) for w in _word_sets(ascii_only)] == [len(set(_norm_words(ln))) for ln in ascii_only]


def test_a_caption_repeated_by_the_story_is_dropped_and_headlines_are_kept() -> None:
    story = ("Sebanyak 268 orang meninggal dunia akibat gempa bumi magnitudo 5,6 yang mengguncang "
             "Kabupaten Cianjur, Jawa Barat, pada Senin siang.")
    caption = story.replace("pada Senin siang", "Senin")
    other = "Badan Nasional Penanggulangan Bencana mencatat ribuan rumah rusak berat di sebelas kecamatan."
    headline = "Gempa Cianjur: Korban Meninggal Dunia Bertambah Menjadi 268 Orang di Jawa Barat"
    assert _remove_captions_and_repeats([caption, other, story]) == [other, story]
    assert _remove_captions_and_repeats([headline, story, headline + " Lagi"]) == [headline, story, headline + " Lagi"]


def _terms_reference(pipe, text: str) -> list[str]:  # noqa: ANN001 - the per-occurrence loop the memos replace
    out = []
    for tok in pipe.canonical(tokenize(text)):
        if tok in pipe.stopwords:
            continue
        s = pipe.stem(tok)
        out.append(pipe.synonyms.get(s, s))
    return out


def test_index_terms_from_the_memos_equal_the_per_occurrence_steps() -> None:
    """The same index terms whether a token was met before or not, inside an alias phrase or alone."""
    from retrieval.text import TextPipeline

    pipe = TextPipeline()
    heads = list(dict.fromkeys(pipe.synonyms.values()))[:40]   # synonym lines' first words
    texts = [
        "Menlu AS Blinken mengatakan Korea Utara mengirim 12.000 tentara ke Rusia, kata Pentagon.",
        "Korut dan Korsel; pasukan Korea Utara, prajurit AS, serdadu Amerika Serikat di Kyiv dan Kiev.",
        "as yang dan di korea menteri luar negeri juru bicara Kementerian Pertahanan tentara pasukan",
        " ".join(list(pipe.synonyms)[:60]) + " " + " ".join(heads),
    ]
    for text in texts + texts[::-1]:
        assert pipe.terms(text) == _terms_reference(pipe, text), text
    for text in texts:   # a fresh pipeline, the other order
        assert TextPipeline().terms(text) == _terms_reference(TextPipeline(), text)
