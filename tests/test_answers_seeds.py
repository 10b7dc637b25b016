"""What a journalist gets for questions over the five built-in seed articles."""
from __future__ import annotations

import pytest

from retrieval.answer import figure_label, render_text


def figures(answer) -> dict[str, list]:
    out: dict[str, list] = {}
    for c in answer.claims:
        out.setdefault(figure_label(c.figure), []).append(c)
    return out


async def test_troop_count_lists_every_figure_with_speaker_and_outlet(engine):
    answer = await engine.ask("berapa tentara Korut?")
    assert answer.intent == "quantity"
    figs = figures(answer)
    assert set(figs) >= {"sekitar 10.000", "3.000", "lebih dari 10.000", "12.000", "sekitar 8.000", "ribuan"}
    [pentagon] = figs["sekitar 10.000"]
    assert "Pentagon" in pentagon.speaker
    assert any("Sabrina Singh" in s for s in pentagon.speakers)
    assert {s.outlet for s in pentagon.sources} == {"Medcom.id"}
    assert pentagon.sources[0].published == "2024-10-29"
    [patel] = figs["lebih dari 10.000"]
    assert "Vedant Patel" in patel.speaker and patel.cited_from == "Bloomberg"
    assert patel.sources[0].outlet == "Bisnis.com" and patel.sources[0].published == "2024-11-13"
    [hur] = figs["12.000"]
    assert "HUR" in hur.speaker and hur.sources[0].outlet == "Tribunnews"
    assert "500 perwira" in hur.text and "3 jenderal" in hur.text
    [blinken] = figs["sekitar 8.000"]
    assert "Blinken" in blinken.speaker and blinken.figure["scope"].startswith("Oblast Kursk")
    ribuan_outlets = {s.outlet for c in figs["ribuan"] for s in c.sources}
    assert ribuan_outlets == {"Tribunnews", "Bisnis.com"}
    assert any(s.is_title for c in figs["ribuan"] for s in c.sources)
    assert answer.disagreement and "3.000–12.000" in answer.disagreement


async def test_no_false_figures_in_troop_count(engine):
    answer = await engine.ask("berapa tentara Korut?")
    labels = set(figures(answer))
    for wrong in ("60", "12", "5", "6", "2024", "13", "31", "lima", "enam"):
        assert wrong not in labels
    assert all("enam perwira" not in c.figure["text"] for c in answer.claims)


async def test_same_claim_in_two_copies_is_one_claim(engine):
    answer = await engine.ask("berapa tentara Korut?")
    # 8.000 is stated twice in seed 003 (reported, then quoted): one claim
    assert len([c for c in answer.claims if c.figure["value"] == 8000]) == 1
    # the Pentagon's 10.000 is stated twice in seed 001: one claim
    assert len([c for c in answer.claims if c.figure["value"] == 10000 and c.sources[0].outlet == "Medcom.id"]) == 1


async def test_translated_copies_grouped_for_general_question(engine):
    answer = await engine.ask("apa alasan Rusia beralih ke pasukan Korea Utara?")
    putus_asa = [c for c in answer.claims if "putus asa" in c.text]
    assert len(putus_asa) == 1
    assert {s.article_id for s in putus_asa[0].sources} == {"seed-000", "seed-003"}
    assert "Blinken" in putus_asa[0].speaker


@pytest.mark.parametrize("question", [
    "jumlah pasukan Korea Utara",
    "berapa banyak prajurit korut dikirim ke Rusia",
    "Berapa jumlah serdadu DPRK?",
])
async def test_question_variants_find_the_same_figures(engine, question):
    answer = await engine.ask(question)
    values = {c.figure["value"] for c in answer.claims}
    assert {10000, 12000, 8000, 3000} <= values


async def test_casualty_question_is_not_a_troop_count(engine):
    answer = await engine.ask("berapa perwira Korea Utara yang tewas?")
    assert [c.figure["text"] for c in answer.claims] == ["enam perwira"]
    assert "Kim Yong-hyun" in answer.claims[0].speaker
    assert answer.claims[0].cited_from == "media Ukraina"


async def test_who_question_names_speakers(engine):
    answer = await engine.ask("siapa yang mengatakan Rusia melatih tentara Korea Utara?")
    assert answer.intent == "who"
    speakers = " ".join(c.speaker or "" for c in answer.claims)
    assert "Blinken" in speakers and "Patel" in speakers


async def test_when_question_leads_with_dated_passage(engine):
    answer = await engine.ask("kapan Zelensky menyebut Korea Utara mengirim personel?")
    assert answer.intent == "when"
    assert "13/10/2024" in answer.claims[0].text


async def test_where_question(engine):
    answer = await engine.ask("di mana tentara Korea Utara berlatih?")
    assert answer.intent == "where"
    assert any("Timur Jauh Rusia" in c.text for c in answer.claims)


async def test_no_answer_is_said_plainly(engine):
    answer = await engine.ask("berapa jumlah korban gempa di Cianjur?")
    assert not answer.claims
    assert "Tidak ditemukan" in answer.message
    assert "Tidak ditemukan" in render_text(answer)


async def test_boilerplate_is_never_cited(engine):
    for q in ("berita populer", "baca juga Israel Hizbullah", "langganan BisnisPro", "Google News WhatsApp"):
        answer = await engine.ask(q)
        for c in answer.claims:
            for junk in ("Baca juga", "Berita Populer", "Langganan", "Google News", "WhatsApp", "Halaman"):
                assert junk not in c.text


async def test_json_shape(engine):
    d = (await engine.ask("berapa tentara Korut?")).to_dict()
    assert set(d) >= {"question", "intent", "claims"}
    c = d["claims"][0]
    assert set(c) >= {"text", "quantities", "speaker", "cited_from", "sources"}
    assert set(c["quantities"][0]) >= {"value", "text", "qualifier", "unit"}
    assert set(c["sources"][0]) >= {"outlet", "article_id", "title", "published", "url"}


async def test_continuation_figure_answers_a_question_about_its_own_noun(engine):
    # "HUR menyebutkan 12.000 tentara ... Ini termasuk sekitar 500 perwira dan 3 jenderal."
    officers = await engine.ask("berapa perwira Korea Utara yang dikirim untuk membantu Rusia?")
    labels = {figure_label(c.figure) for c in officers.claims}
    assert "sekitar 500" in labels and "12.000" not in labels
    assert "HUR" in officers.claims[0].speaker
    troops = await engine.ask("berapa tentara Korut?")
    assert "sekitar 500" not in {figure_label(c.figure) for c in troops.claims}
