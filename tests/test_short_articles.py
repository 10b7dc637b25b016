"""Short articles are articles: one-sentence briefs and headline-only items are ingested and
answerable; reporter initials are removed from the text; only empty text and furniture are refused."""
from __future__ import annotations

import json

import pytest

from retrieval.clean import clean_page
from retrieval.ingest import InputError, article_from_record, prepare
from retrieval.text import TextPipeline

# hand-written briefs in the style of the archive's wire items
BRIEF_INITIALS = ("Adapun Siti Rahmawati , berjasa dalam penanganan penyakit tropis , seperti malaria dan "
                  "demam berdarah , berkat risetnya . ( LAM )")
BRIEF_AGENCIES = ("Korut mengusir 4 inspektur nuklir IAEA pada hari terakhir tahun 2002 dan keluar dari "
                  "perjanjian NPT pada Januari 2003 . ( AFP / Reuters / muk )")
BRIEF_QUOTE_ADV = '"Program ini kami lanjutkan sampai 2025," tukasnya. (adv)'
BRIEF_DATE_INITIALS = "Begitulah Kota Bandung yang menapak usia ke - 195 tahun , Minggu ( 25/9 ) . ( ynt / d03 / d09 )"
BRIEF_QUESTION = ("Kota Bau-Bau di Sulawesi Tenggara boleh bangga karena memiliki industri mutiara . "
                  "Bukankah mutiara merupakan simbol kemewahan bagi wanita ?")
HEADLINE = "Di Kepulauan Krakatau Terdapat 400 Tanaman"


@pytest.fixture(scope="module")
def pipe() -> TextPipeline:
    return TextPipeline()


@pytest.mark.parametrize(("raw", "kept"), [
    (BRIEF_INITIALS, "berkat risetnya ."),
    (BRIEF_AGENCIES, "Januari 2003 ."),
    (BRIEF_QUOTE_ADV, 'sampai 2025," tukasnya.'),
    (BRIEF_DATE_INITIALS, "Minggu (25/9) ."),   # the date written word by word is written as one
])
def test_one_sentence_brief_keeps_its_sentence_without_the_initials(raw, kept, pipe):
    art = clean_page(raw)
    assert art.body.endswith(kept)
    assert art.title is None  # a sentence, not a headline
    stored = prepare(art, pipe)
    assert [p[1] for p in stored.passages] == ["body"]
    assert stored.passages[0][2].endswith(kept)


def test_brief_that_ends_with_a_question_or_quote_is_body_text(pipe):
    art = clean_page(BRIEF_QUESTION)
    assert art.body == BRIEF_QUESTION and art.title is None
    assert len([p for p in prepare(art, pipe).passages if p[1] == "body"]) == 2


def test_headline_only_item_is_an_article_whose_body_is_its_title(pipe):
    art = clean_page(HEADLINE)
    assert art.title == HEADLINE and art.body == HEADLINE
    stored = prepare(art, pipe)
    # stored once (as the title), not as a title and a body copy of the same line
    assert [(p[1], p[2]) for p in stored.passages] == [("title", HEADLINE)]
    assert [json.loads(c[4])[0]["value"] for c in stored.claims] == [400]


def test_headline_given_as_title_and_text_is_stored_once(pipe):
    art = article_from_record({"id": "h1", "title": HEADLINE, "text": HEADLINE})
    assert [(p[1], p[2]) for p in prepare(art, pipe).passages] == [("title", HEADLINE)]


def test_initials_closing_paragraphs_of_a_long_article_are_removed():
    raw = ("Jakarta - Pemerintah menaikkan harga BBM bersubsidi mulai Sabtu , kata Menteri Keuangan "
           "kepada wartawan di Jakarta . ( rsa )\n\n"
           "Kenaikan itu berlaku di seluruh Indonesia dan diumumkan dalam jumpa pers di Istana "
           "Merdeka , Jakarta , pada Sabtu siang . ( Antara / Reuters )\n\n( rah / rah )")
    body = clean_page(raw).body
    assert "( rsa )" not in body and "Antara / Reuters" not in body and "rah" not in body
    assert body.count("\n\n") == 1 and body.endswith("pada Sabtu siang .")


@pytest.mark.parametrize("line", [
    "Sebanyak 45 pegawai diperiksa oleh Komisi Pemberantasan Korupsi (KPK)",  # no final stop before it
    "Rapat itu digelar pada Minggu ( 25/9 )",                                    # a date, not initials
    "Tim gabungan menyita 12 kilogram sabu dari dua tersangka . (Bersambung ke halaman sebelah)",
])
def test_parentheses_that_are_not_initials_stay(line):
    raw = "Polisi menggelar jumpa pers tentang kasus tersebut di Jakarta pada Senin pagi kemarin .\n\n" + line
    assert clean_page(raw).body.endswith(line)


@pytest.mark.parametrize("raw", [
    " , - , , ",
    ", , - Ketua Harian ",
    "Baca juga: Harga BBM naik lagi\n\n© 2024 Kompas.com. All rights reserved.",
    "Home\nNews\nSport\nShare\nFacebook\nTwitter",
    "( LAM )",
])
def test_empty_text_and_furniture_are_still_refused(raw, pipe):
    with pytest.raises(InputError, match="no article text left"):
        prepare(article_from_record({"text": raw}), pipe)


async def test_brief_and_headline_are_ingested_and_answered(empty_engine):
    lines = [json.dumps({"id": "brief-1", "outlet": "kompas.com", "text": BRIEF_AGENCIES}),
             json.dumps({"id": "head-1", "outlet": "kompas.com", "text": HEADLINE})]
    report = await empty_engine.ingest_bytes("\n".join(lines).encode(), "short.jsonl")
    assert sorted(report.added) == ["brief-1", "head-1"] and not report.problems
    answer = await empty_engine.ask("berapa tanaman di Kepulauan Krakatau?")
    [claim] = answer.claims
    assert claim.figure["value"] == 400 and claim.sources[0].is_title
    answer = await empty_engine.ask("berapa inspektur nuklir IAEA diusir Korut?")
    assert [c.figure["value"] for c in answer.claims] == [4]
    assert "muk" not in answer.claims[0].text
