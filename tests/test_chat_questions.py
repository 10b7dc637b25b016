"""Questions as people type them in chats get the same answer as their formal spelling.

Each pair below is one question typed two ways: chat spellings (brp, yg, dgn, udh, tdk/ga, kpn,
dmn, sp, gmn, knp, krn, org...), particles (sih, dong, ya, nih, deh, kok, -kah) and lower case on
one side, the formal spelling on the other. Both go through the real Engine on the built-in seeds.
"""
from __future__ import annotations

import pytest

from retrieval.answer import figure_label
from retrieval.text import TextPipeline, tokenize

PAIRS = [
    # quantity
    ("brp tentara korut?", "berapa tentara Korut?"),
    ("brapa tentara korut sih", "berapa tentara Korut?"),
    ("tentara korut brp org?", "tentara Korut berapa orang?"),
    ("berapakah tentara korut?", "berapa tentara Korut?"),
    ("jml tentara korut yg dikirim ke rusia brp?", "jumlah tentara Korut yang dikirim ke Rusia berapa?"),
    ("brp tentara korut yg dikirim ke kursk dong", "berapa tentara Korut yang dikirim ke Kursk?"),
    ("brp perwira korut yg tewas sih?", "berapa perwira Korut yang tewas?"),
    ("udh brp tentara korut di rusia?", "sudah berapa tentara Korut di Rusia?"),
    ("brp tentara korut dgn senjata rusia?", "berapa tentara Korut dengan senjata Rusia?"),
    ("tentara korut di kursk brp nih", "tentara Korut di Kursk berapa?"),
    ("berapa sih jumlah tentara korut yg udh dikirim?", "berapa jumlah tentara Korut yang sudah dikirim?"),
    ("brp tentara korut menurut pentagon deh", "berapa tentara Korut menurut Pentagon?"),
    ("brp perwira dan jenderal yg dikirim?", "berapa perwira dan jenderal yang dikirim?"),
    # who
    ("sp yg bilang 12.000 tentara korut?", "siapa yang bilang 12.000 tentara Korut?"),
    ("spa yg melatih tentara korut?", "siapa yang melatih tentara Korut?"),
    ("Siapakah yg mengonfirmasi tentara korut ikut perang?", "siapa yang mengonfirmasi tentara Korut ikut perang?"),
    ("siapa sih presiden korsel yg komentar?", "siapa presiden Korsel yang komentar?"),
    ("sp menhan korsel?", "siapa Menhan Korsel?"),
    # when, where
    ("kpn korut kirim tentara ke rusia?", "kapan Korut kirim tentara ke Rusia?"),
    ("kapankah blinken bilang 8.000 tentara korut dikerahkan?", "kapan Blinken bilang 8.000 tentara Korut dikerahkan?"),
    ("dmn tentara korut dilatih?", "di mana tentara Korut dilatih?"),
    ("dimana tentara korut dikerahkan?", "di mana tentara Korut dikerahkan?"),
    # why, how, what
    ("knp rusia beralih ke pasukan korut?", "kenapa Rusia beralih ke pasukan Korut?"),
    ("apa alasan rusia beralih ke pasukan korut ya?", "apa alasan Rusia beralih ke pasukan Korut?"),
    ("knp zelensky minta dukungan lebih dong", "kenapa Zelensky minta dukungan lebih?"),
    ("gmn kesiapan militer korut di medan perang?", "bagaimana kesiapan militer Korut di medan perang?"),
    ("gimana hubungan rusia dan korut skrg?", "bagaimana hubungan Rusia dan Korut sekarang?"),
    ("krn apa rusia minta bantuan korut?", "karena apa Rusia minta bantuan Korut?"),
    ("senjata apa aja yg diberikan rusia ke tentara korut?", "senjata apa saja yang diberikan Rusia ke tentara Korut?"),
    ("rusia melengkapi pasukan korut dgn senjata apa sih?", "Rusia melengkapi pasukan Korut dengan senjata apa?"),
    ("apakah tentara korut udh ikut perang?", "apakah tentara Korut sudah ikut perang?"),
    # statements typed as questions
    ("tentara korut blm ikut perang ya?", "tentara Korut belum ikut perang?"),
    ("tentara korut blm diketahui jumlahnya ya?", "tentara Korut belum diketahui jumlahnya?"),
    ("tentara korut ga bisa menang kok?", "tentara Korut tidak bisa menang?"),
]

FLAGSHIP = {"sekitar 10.000", "3.000", "lebih dari 10.000", "12.000", "sekitar 8.000", "ribuan"}


def shown(answer) -> tuple:
    """What the user sees: the kind of answer, and per claim its figure, speaker, outlets, sentence."""
    return (answer.intent, [(figure_label(c.figure) if c.figure else None, c.speaker, c.cited_from,
                             sorted({s.outlet for s in c.sources}), c.text) for c in answer.claims])


@pytest.fixture(scope="module")
def pipe() -> TextPipeline:
    return TextPipeline()


@pytest.mark.parametrize(("chat", "formal"), PAIRS)
async def test_chat_question_gets_the_formal_answer(engine, chat, formal):
    expected = await engine.ask(formal)
    assert expected.claims, "a pair must have something to compare"
    assert shown(await engine.ask(chat)) == shown(expected)


@pytest.mark.parametrize("question", ["berapa tentara Korut?", "brp tentara korut?",
                                      "berapa tentara korut sih?", "tentara korut brp orang?"])
async def test_flagship_keeps_its_seven_figures(engine, question):
    answer = await engine.ask(question)
    assert answer.intent == "quantity"
    assert len(answer.claims) == 7
    assert {figure_label(c.figure) for c in answer.claims} == FLAGSHIP


@pytest.mark.parametrize(("question", "intent"), [
    ("tentara korut brp orang", "quantity"),    # question word not first
    ("brapa tentara korut", "quantity"),
    ("korut kirim tentara kpn?", "when"),
    ("tentara korut dmn skrg", "where"),
    ("sp yg kirim tentara", "who"),
    ("knp korut ikut perang", "why"),
    ("gmn nasib tentara korut", "how"),
    ("siapakah jubir pentagon", "who"),
])
def test_intent_is_read_from_chat_spellings(pipe, question, intent):
    assert pipe.parse_query(question).intent == intent


@pytest.mark.parametrize(("question", "kept"), [
    ("berapa persen warga menjawab ya atau tidak", "ya"),   # "ya" inside a question is a word
    ("siapa Lee Dong Wook", "dong"),                         # a capitalised name, not the particle
    ("penumpang pesawat GA 812 berapa", "ga"),               # an acronym, not "tidak"
    ("kapan dia nikah", "nikah"),                            # -kah that is not a particle
    ("berapa langkah yg diambil", "langkah"),
])
def test_words_that_only_look_like_chat_stay(pipe, question, kept):
    assert kept in pipe.question_tokens(question)


@pytest.mark.parametrize(("question", "formal"), [
    ("brp tentara korut sih", "berapa tentara korut"),
    ("Berapa ya tentara korut?", "berapa tentara korut"),
    ("tentara korut berapa ya", "tentara korut berapa"),
    ("dimanakah tentara korut", "di mana tentara korut"),
    ("bisakah korut menang dong", "bisa korut menang"),
    ("BRP TENTARA KORUT", "berapa tentara korut"),            # all capitals: no acronym to tell apart
    ("tentara korut yg udh dikirim blm pulang", "tentara korut yang sudah dikirim belum pulang"),
])
def test_chat_spellings_are_written_out(pipe, question, formal):
    assert pipe.question_tokens(question) == tokenize(formal)


def test_article_text_is_not_rewritten(pipe):
    # the chat list is for questions only: an article quoting chat speech is indexed as written
    assert pipe.terms("Warga bilang brp sih yg datang") == [pipe.stem(t) for t in ("warga", "bilang", "brp", "sih", "yg", "datang")]
