"""A question asking a span of time ("berapa tahun hukuman …", "berapa lama vonis …", "berapa
hari …") takes spans of time in the asked unit, labelled as written ("2 tahun 8 bulan"), and no
other figure of the sentence."""
from __future__ import annotations

import pytest

from retrieval.answer import figure_label
from retrieval.clean import Article

VERDICTS = [
    Article(id="vonis-1", outlet="Kompas.com", published="2019-05-20", title="Sekjen KONI divonis",
            body="Majelis hakim Pengadilan Tipikor Jakarta membacakan putusan untuk Sekjen KONI Ending Fuad Hamidy. "
                 "Ending Fuad Hamidy divonis 2 tahun 8 bulan penjara dan denda Rp 150 juta. "
                 "Sidang putusan berlangsung selama 3 jam."),
    Article(id="vonis-2", outlet="Tempo.co", published="2019-05-20", title="Bendahara KONI divonis",
            body="Bendahara Umum KONI Johnny E Awuy juga menjalani sidang putusan. "
                 "Johnny E Awuy divonis 1 tahun 8 bulan penjara oleh majelis hakim. "
                 "Ia menerima putusan itu."),
]


async def test_a_span_of_time_asked_gets_the_span_as_written(empty_engine):
    await empty_engine.ingest_articles(VERDICTS)
    answer = await empty_engine.ask("berapa tahun hukuman penjara Sekjen KONI Ending Fuad Hamidy?")
    labels = [figure_label(c.figure) for c in answer.claims]
    assert labels == ["2 tahun 8 bulan"], labels   # not the fine, not the hours of the hearing
    assert answer.claims[0].sources[0].outlet == "Kompas.com"


async def test_how_long_takes_any_unit_of_time_but_no_other_figure(empty_engine):
    await empty_engine.ingest_articles(VERDICTS)
    answer = await empty_engine.ask("berapa lama vonis penjara Bendahara Umum KONI Johnny E Awuy?")
    labels = [figure_label(c.figure) for c in answer.claims]
    assert "1 tahun 8 bulan" in labels and "8 bulan" not in labels, labels
    assert not any("150" in lb for lb in labels), labels


ENDING_Q = "berapa tahun hukuman penjara Sekjen KONI Ending Fuad Hamidy?"
JOHNNY_Q = "berapa lama vonis penjara Bendahara Umum KONI Johnny E Awuy?"


@pytest.mark.parametrize("body", [
    # each defendant named right before his term
    "Pengadilan Tipikor menjatuhkan putusan untuk dua pejabat KONI. "
    "Sekjen KONI Ending Fuad Hamidy divonis 2 tahun 8 bulan penjara, sedangkan Bendahara Umum KONI "
    "Johnny E Awuy divonis 1 tahun 8 bulan penjara.",
    # a list whose parts end at ";", each named last in its part
    "Kasus dana hibah KONI sudah menjerat dua terpidana. "
    "Keduanya yakni terpidana Ending Fuad Hamidy, sekretaris jenderal KONI Pusat, yang divonis 2 tahun "
    "8 bulan penjara; dan terpidana Jhony E Awuy, bendahara umum KONI Pusat, dengan vonis 1 tahun 8 bulan.",
])
async def test_each_defendants_term_is_his_own(empty_engine, body):
    await empty_engine.ingest_articles([Article(id="vonis-3", outlet="SINDOnews", published="2019-09-19",
                                                title="Dua terpidana kasus hibah KONI", body=body)])
    ending = await empty_engine.ask(ENDING_Q)
    assert [figure_label(c.figure) for c in ending.claims] == ["2 tahun 8 bulan"]
    johnny = await empty_engine.ask(JOHNNY_Q)
    assert [figure_label(c.figure) for c in johnny.claims] == ["1 tahun 8 bulan"]


async def test_a_term_given_to_someone_named_after_it_is_theirs(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="vonis-5", outlet="kumparan", published="2017-07-20", title="Vonis dua terdakwa e-KTP",
        body="Majelis hakim membacakan putusan perkara korupsi e-KTP. "
             "Hakim menjatuhkan vonis penjara 7 tahun kepada terdakwa Irman dan 5 tahun kepada terdakwa Sugiharto.")])
    irman = await empty_engine.ask("berapa tahun vonis penjara untuk Irman?")
    assert [figure_label(c.figure) for c in irman.claims] == ["7 tahun"]
    sugiharto = await empty_engine.ask("berapa tahun hukuman penjara yang dijatuhkan hakim kepada Sugiharto?")
    assert [figure_label(c.figure) for c in sugiharto.claims] == ["5 tahun"]


async def test_a_span_written_in_words_is_a_span(empty_engine):
    """ "divonis tujuh tahun penjara", "selama tujuh jam": a number word before a unit of time is a
    figure (number words otherwise need a counted noun)."""
    await empty_engine.ingest_articles([
        Article(id="vonis-3", outlet="detikcom", published="2025-10-22", title="Penculik divonis",
                body="Majelis hakim membacakan putusan untuk penculik warga Rusia di Sanur. "
                     "Terdakwa penculikan itu divonis tujuh tahun penjara oleh majelis hakim. "
                     "Korban mengaku disekap selama sembilan jam oleh para penculik.")])
    labels = [figure_label(c.figure) for c in (await empty_engine.ask("berapa tahun vonis penjara terdakwa penculikan?")).claims]
    assert labels == ["tujuh tahun"], labels
    labels = [figure_label(c.figure) for c in (await empty_engine.ask("berapa jam korban penculikan disekap?")).claims]
    assert labels == ["sembilan jam"], labels   # a victim asked: a span of time, not a casualty


def test_a_verdict_asked_is_not_the_prosecutors_demand():
    """ "berapa lama … divonis": not "jaksa menuntut … 3 tahun 10 bulan" (nor the other way round),
    read in the figure's clause, then its sentence; and a span in a sentence about no sentence
    ("pikir-pikir selama tujuh hari") answers no verdict asked."""
    from retrieval.claims import find_quantities
    from retrieval.frame import question_frame, stage_fits
    from retrieval.text import TextPipeline
    p = TextPipeline()
    verdict = question_frame("berapa lama Abdullah Puteh divonis penjara dalam kasus penipuan?", p)
    demand = question_frame("berapa tahun hukuman yang dituntut jaksa untuk Abdullah Puteh?", p)

    def fits(frame, sentence: str) -> list[str]:
        return [q.text for q in find_quantities(sentence) if stage_fits(frame, q.__dict__, sentence)]
    asked_demand = ("Hakim tidak sependapat dengan tuntutan pidana penuntut umum bahwa terdakwa harus "
                    "dipidana selama 3 tahun 10 bulan.")
    given = "Hakim memvonis eks Gubernur Aceh , penjara selama 1,5 tahun penjara."
    assert fits(verdict, asked_demand) == [] and fits(demand, asked_demand) != []
    assert fits(demand, given) == [] and fits(verdict, given) != []
    assert fits(verdict, '"Kami pikir-pikir selama tujuh hari Yang Mulia," kata Lumumba.') == []


def test_the_laws_threat_time_held_and_an_age_are_no_sentence():
    from retrieval.claims import find_quantities
    from retrieval.frame import penalty_fits, question_frame
    from retrieval.text import TextPipeline
    pipeline = TextPipeline()

    def kept(question: str, sentence: str) -> list[str]:
        frame = question_frame(question, pipeline)
        return [q.text for q in find_quantities(sentence) if penalty_fits(frame, q.__dict__, sentence)]

    demand = "berapa bulan tuntutan jaksa untuk mahasiswa terdakwa kerusuhan?"
    assert kept(demand, "Para terdakwa itu awalnya dituntut delapan bulan penjara.")
    assert not kept(demand, "Mereka diancam dengan pidana penjara paling lama enam tahun.")
    assert not kept(demand, "Karena para terdakwa sudah ditahan 4 bulan, mereka bisa bebas pekan depan.")
    verdict = "berapa tahun vonis untuk pelaku pembunuhan itu?"
    assert not kept(verdict, "Wanita itu membunuh anak berusia 11 tahun.")
    # asked, each is taken
    assert kept("berapa tahun ancaman hukuman bagi pelaku pembunuhan berencana?", "Pelaku terancam hukuman penjara 20 tahun.")
    assert kept("berapa umur korban pembunuhan itu?", "Wanita itu membunuh anak berusia 11 tahun.")


def test_a_stage_after_a_when_word_asks_no_stage():
    """Session 22: "berapa lama durasi kontrak … sebelum diputus" asks the contract's length; "diputus"
    dates it and asks no verdict, so a sentence naming no verdict still answers."""
    from retrieval.frame import question_frame, stage_fits
    from retrieval.text import TextPipeline
    frame = question_frame("berapa lama durasi kontrak tim kepelatihan Patrick Kluivert dengan PSSI sebelum diputus "
                           "pada Oktober 2025?", TextPipeline())
    sentence = "Sebelumnya, tim kepelatihan terikat kontrak kerja sama berdurasi dua tahun."
    assert stage_fits(frame, {"text": "dua tahun", "unit": "tahun"}, sentence)
    verdict = question_frame("berapa lama hukuman yang diputus hakim untuk Irman?", TextPipeline())
    assert not stage_fits(verdict, {"text": "7 tahun", "unit": "tahun"}, "Jaksa menuntut Irman 7 tahun penjara.")
