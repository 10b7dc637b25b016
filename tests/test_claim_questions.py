"""Questions about the claims themselves, and the graded answer (strong, closest few, nothing),
on the built-in seeds through the real engine."""
from __future__ import annotations

from retrieval.answer import figure_label


def speakers(answer) -> list[str]:
    return [c.speaker or "" for c in answer.claims]


async def test_figure_in_question_gets_the_claims_carrying_it(engine):
    answer = await engine.ask("siapa yang bilang 12.000 tentara?")
    assert [figure_label(c.figure) for c in answer.claims] == ["12.000"]
    assert "HUR" in answer.claims[0].speaker and answer.claims[0].sources[0].outlet == "Tribunnews"
    media = await engine.ask("media mana yang menyebut 8.000 tentara Korut?")
    assert [figure_label(c.figure) for c in media.claims] == ["sekitar 8.000"]
    assert "Blinken" in media.claims[0].speaker and media.claims[0].sources[0].outlet == "Tribunnews"


async def test_speaker_in_question_gets_that_speakers_claims_only(engine):
    for question, name in (("apa kata Pentagon soal tentara Korut?", "Pentagon"),
                           ("Zelensky bilang apa soal tentara Korea Utara?", "Zelensky"),
                           ("menurut HUR berapa tentara Korut?", "HUR")):
        answer = await engine.ask(question)
        assert answer.claims, question
        assert all(name in s for s in speakers(answer)), (question, speakers(answer))
        assert answer.message is None


async def test_speaker_or_outlet_without_claims_is_said_so(engine):
    answer = await engine.ask("apa kata Putin soal tentara Korut?")
    assert answer.message and "putin" in answer.message.lower()
    assert answer.claims and all("Putin" not in s for s in speakers(answer))


async def test_outlet_in_question_gets_that_outlets_claims(engine):
    answer = await engine.ask("apa kata Bisnis.com soal tentara Korut?")
    assert answer.claims
    assert all(s.outlet == "Bisnis.com" for c in answer.claims for s in c.sources)


async def test_match_is_strong_partial_or_nothing(engine):
    strong = await engine.ask("berapa tentara Korut?")
    assert strong.to_dict()["match"] == "strong"
    nothing = await engine.ask("berapa harga cabai rawit di Jakarta hari ini?")
    assert nothing.claims == [] and nothing.to_dict()["match"] is None


async def test_quantity_question_with_another_unit_gets_the_best_sentences_figures(empty_engine):
    from retrieval.clean import Article

    await empty_engine.ingest_articles([Article(
        id="atletik-1", outlet="Kompas", title="Williams-Darling juara 400 meter",
        body="Pelari Bahama Tonique Williams-Darling menjuarai lari 400 meter putri. "
             "Catatan waktu terbaiknya , 49,07 detik , dicapai di Athena. "
             "Sebanyak 8 pelari tampil di final.")])
    answer = await empty_engine.ask("Berapakah catatan waktu terbaik Tonique Williams-Darling dalam lari 400 meter putri ?")
    assert answer.claims, answer.message
    assert answer.claims[0].figure["unit"] == "detik" and answer.claims[0].figure["value"] == 49.07


async def test_answer_phrase_is_marked_in_json_cli_and_bot(engine):
    from bot.render import render_answer
    from retrieval.answer import render_text

    answer = await engine.ask("berapa tentara Korut?")
    first = answer.to_dict()["claims"][0]
    span = first["answer_span"]
    assert span["text"] == "Sekitar 10.000 tentara"
    assert first["text"][span["start"]:span["end"]] == span["text"]
    assert "<b>Sekitar 10.000 tentara</b>" in "".join(render_answer(answer))
    assert "[Sekitar 10.000 tentara]" in render_text(answer, lambda s: f"[{s}]")
    who = await engine.ask("siapa Menteri Luar Negeri AS?")
    assert any(c.answer_span and "Blinken" in c.text[c.answer_span[0]:c.answer_span[1]] for c in who.claims)
