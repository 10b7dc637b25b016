"""Questions about claims compose two or three answers and return one; only the returned one gets
its answer phrases (span.py, for speed). Every way of returning must still show them."""
from __future__ import annotations

import pytest

from retrieval.answer import render_text


@pytest.mark.parametrize("question", [
    "apa kata Putin soal tentara Korut?",                 # the speaker has no claim: the others', told so
    "siapa yang bilang tentara Korut dikirim ke Rusia?",  # no one named: the whole question's answer
    "siapa yang bilang 12.000 tentara?",                  # a figure named: asked again, narrowed to it
    "apa kata Pentagon soal tentara Korut?",              # a speaker named: the topic narrowed to them
])
async def test_claim_questions_show_their_answer_phrase(engine, question):
    answer = await engine.ask(question)
    assert answer.claims, question
    marked = [c.text[c.answer_span[0]:c.answer_span[1]] for c in answer.claims if c.answer_span]
    assert marked, question
    shown = render_text(answer, lambda s: f"[{s}]")
    assert all(f"[{m}]" in shown for m in marked), question


async def test_the_figure_named_is_the_phrase_marked(engine):
    answer = await engine.ask("siapa yang bilang 12.000 tentara?")
    c = answer.claims[0]
    assert c.text[c.answer_span[0]:c.answer_span[1]] == "12.000 tentara"
