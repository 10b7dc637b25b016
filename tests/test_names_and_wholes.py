"""Whose figure and what it counts, each a class: a body's name written with another spelling of
its place is the same body ("Kementerian Kesehatan Brasil" asked, "… Brazil" said), and a
university named in the English order ("Tsinghua University") is another university; a relative
clause after the noun the counted is in tells which whole, not a part of the counted ("santri di
pesantren eks-JI yang direkonstruksi"); a count asked of no country is not one foreign country's
share ("Inggris memiliki 100 universitas"); a day carried from another sentence does not date the
report of the asked day; what befalls people ("yang berujung … hingga tewas") does not befall an
amount of money asked; in a list of bodies a figure is the body's named since the figure before
it; and a band of places ("peringkat 601–800") is one figure."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.frame import body_fits, part_fits, question_frame
from retrieval.text import TextPipeline

from .answered import FILLER
from .answered import answer_labels as labels

PIPELINE = TextPipeline()


def _kept(rule, question: str, sentence: str) -> list[str]:  # noqa: ANN001
    frame = question_frame(question, PIPELINE)
    if rule is body_fits:
        return [q.text for q in find_quantities(sentence) if body_fits(frame, sentence)]
    return [q.text for q in find_quantities(sentence) if rule(frame, q.__dict__, sentence)]


def test_a_body_named_with_another_spelling_of_its_place_is_the_asked_body():
    sentence = "Kementerian Kesehatan Brazil mengatakan telah mengukuhkan 47 penderita demam kuning."
    asked = "Berapa penderita demam kuning yang dikukuhkan Kementerian Kesehatan Brasil pada Januari 2017?"
    assert _kept(body_fits, asked, sentence) == ["47 penderita"]
    # another country's ministry is still another body
    assert _kept(body_fits, asked.replace("Brasil", "Peru"), sentence) == []


def test_a_clause_after_the_whole_is_no_part_of_the_counted():
    sentence = "Kemenag merekonstruksi 25 pesantren eks-Jamaah Islamiyah dengan total 5.077 santri."
    asked = "Berapa santri di pesantren eks-Jamaah Islamiyah yang direkonstruksi Kementerian Agama?"
    assert "5.077 santri" in _kept(part_fits, asked, sentence)
    # a clause on the counted noun itself asks a part: the whole it is counted out of is no answer
    dpr = "Rapat paripurna dihadiri 77 anggota dari total 560 anggota dewan."
    assert _kept(part_fits, "berapa anggota DPR yang hadir dalam rapat paripurna?", dpr) == ["77 anggota"]
    # a place between them still leaves the clause on the counted ("warga di Bekasi yang mengungsi")
    flood = "Banjir merendam Bekasi; dari total 1.200 warga, 300 warga mengungsi."
    assert "1.200 warga" not in _kept(part_fits, "berapa warga di Bekasi yang mengungsi?", flood)


FEVER = Article(
    id="demam-kuning", outlet="rimanews.com", published="2017-01-25",
    title="Wabah di Amerika Selatan",
    body="Kementerian Kesehatan Brazil mengatakan telah mengukuhkan 47 penderita demam kuning dan masih "
         "menyelidiki puluhan dugaan kasus lain. Kementerian Kesehatan Peru mencatat 12 penderita demam kuning.")


async def test_the_asked_ministry_by_another_spelling_answers(empty_engine):
    await empty_engine.ingest_articles([FEVER, *FILLER])
    got = labels(await empty_engine.ask("Berapa penderita demam kuning yang dikukuhkan Kementerian Kesehatan "
                                        "Brasil pada Januari 2017?"))
    assert any(g.startswith("47") for g in got), got
    assert not any(g.startswith("12") for g in got), got


RANKING = Article(
    id="the-2020", outlet="kompas.com", published="2019-09-17",
    title="Daftar Kampus Terbaik Dunia Versi Terbaru",
    body="Daftar tahun ini mencakup 1.396 universitas yang masuk peringkat dunia. "
         "Secara keseluruhan, Inggris memiliki 100 universitas yang masuk peringkat dunia, sedangkan Jepang "
         "mempunyai 110 universitas.")


async def test_a_count_asked_of_no_country_takes_no_foreign_countrys_share(empty_engine):
    await empty_engine.ingest_articles([RANKING, *FILLER])
    got = labels(await empty_engine.ask("berapa universitas yang masuk peringkat dunia?"))
    assert any(g.startswith("1.396") for g in got), got
    assert not any(g.startswith(("100", "110")) for g in got), got
    # asked of that country, its count answers
    got = labels(await empty_engine.ask("berapa universitas Jepang yang masuk peringkat dunia?"))
    assert any(g.startswith("110") for g in got), got


def test_a_university_named_in_the_english_order_is_another_university():
    asked = "Di peringkat berapa Universitas Indonesia dalam pemeringkatan dunia 2020?"
    assert _kept(body_fits, asked, "Tsinghua University (peringkat ke-23 di tingkat internasional).") == []
    assert _kept(body_fits, asked, "The University of Tokyo berada di peringkat ke-36.") == []
    assert _kept(body_fits, "Tsinghua University berada di peringkat berapa dunia?",
                 "Tsinghua University (peringkat ke-23 di tingkat internasional).") == ["peringkat ke-23"]


PROTEST = Article(
    id="hk-tangkap", outlet="kompas.com", published="2019-09-09",
    title="Unjuk Rasa Berlanjut",
    body="Gelombang unjuk rasa itu bermula pada Minggu (9/6/2019) lalu. "
         "Polisi telah menangkap 157 orang selama tiga hari terakhir di Hong Kong.")


async def test_a_day_carried_from_another_sentence_does_not_date_the_report_of_the_asked_day(empty_engine):
    await empty_engine.ingest_articles([PROTEST, *FILLER])
    got = labels(await empty_engine.ask("berapa orang yang ditangkap polisi Hong Kong pada 9 September 2019?"))
    assert any(g.startswith("157") for g in got), got
    # a report days later, whose only day is the carried one, still tells no asked day
    got = labels(await empty_engine.ask("berapa orang yang ditangkap polisi Hong Kong pada 2 September 2019?"))
    assert not any(g.startswith("157") for g in got), got


STABBING = Article(
    id="tusuk-utang", outlet="detikcom", published="2025-10-21",
    title="Polisi Tangkap Pelaku Penusukan di Palembang",
    body="Polisi menangkap Erwin, pelaku penusukan yang menewaskan Riky di Palembang. "
         "Di mana Riky berutang pada tersangka Erwin sebesar Rp 200 ribu. Keduanya sempat cekcok.")


async def test_what_befell_a_person_does_not_befall_the_money_asked(empty_engine):
    await empty_engine.ingest_articles([STABBING, *FILLER])
    got = labels(await empty_engine.ask("berapa utang Riky kepada Erwin yang berujung pada penusukan hingga tewas "
                                        "di Palembang?"))
    assert any("200 ribu" in g for g in got), got


def test_in_a_list_of_bodies_each_figure_is_the_body_named_since_the_one_before():
    from retrieval.frame import body_keyed_fits
    sentence = ("Pagu anggaran Kementerian PUPR menjadi sebesar Rp 120,2 triliun, Kemenhub sebesar Rp 43,1 triliun, "
                "Kemendes PDTT sebesar Rp 3,4 triliun.")
    frame = question_frame("berapa total anggaran Kementerian Perhubungan untuk tahun 2020?", PIPELINE)
    kept = [q.text for q in find_quantities(sentence) if body_keyed_fits(frame, q.__dict__, sentence)]
    assert kept == ["43,1 triliun"], kept
    # one body named: its figures are not a list's
    one = "Anggaran Kementerian Perhubungan naik dari Rp 40 triliun menjadi Rp 43,1 triliun."
    assert len([q for q in find_quantities(one) if body_keyed_fits(frame, q.__dict__, one)]) == 2


BUDGETS = Article(
    id="pagu-2020", outlet="okezone.com", published="2019-09-10",
    title="DPR Setujui Pagu 2020",
    body="Komisi V DPR menyetujui pagu alokasi 2020. \"Pertama, pagu alokasi anggaran Kementerian PUPR menjadi "
         "sebesar Rp 120,2 triliun, Kemenhub sebesar Rp 43,1 triliun, Kemendes PDTT sebesar Rp 3,4 triliun,\" ujarnya.")


async def test_the_asked_ministrys_figure_from_a_list_of_ministries(empty_engine):
    await empty_engine.ingest_articles([BUDGETS, *FILLER])
    got = labels(await empty_engine.ask("berapa anggaran Kemenhub?"))
    assert any(g.startswith("Rp 43,1") or g.startswith("43,1") for g in got), got
    assert not any("120,2" in g for g in got), got


def test_a_band_of_places_is_one_figure_shown_as_a_band():
    from retrieval.answer import figure_label
    got = [(q.text, q.value, q.high) for q in find_quantities("Universitas Indonesia menempati peringkat 601–800.")]
    assert got == [("peringkat 601–800", 601.0, 800.0)], got
    q = find_quantities("UI berada di peringkat 601-800 dunia.")[0]
    assert figure_label(q.__dict__) == "peringkat 601–800"
    assert figure_label(find_quantities("Persib di peringkat 11.")[0].__dict__) == "peringkat ke-11"


RANKED = Article(
    id="the-ui", outlet="sindonews.com", published="2019-09-13",
    title="Kampus Terbaik Dunia Versi Terbaru",
    body="Universitas Indonesia menjadi representasi Indonesia yang masuk daftar dunia pada peringkat 600–800.")


async def test_a_band_answers_once_with_no_disagreement_of_its_own(empty_engine):
    await empty_engine.ingest_articles([RANKED, *FILLER])
    answer = await empty_engine.ask("di peringkat berapa Universitas Indonesia di daftar dunia?")
    assert labels(answer) == ["peringkat 600–800"], labels(answer)
    assert not answer.disagreement, answer.disagreement
