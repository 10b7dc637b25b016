"""Speed rewrites of the answer's reads (issue 13, tenth session, reading candidates at 1M) that
must give exactly the answers of the code they replace: each test runs the reference (the code
before the rewrite, kept here) beside the engine and compares what users see."""
from __future__ import annotations

from retrieval import relevance
from retrieval.answer import Answer, Candidate, compose, mark_answer_spans, render_text
from retrieval.engine import MAX_CANDIDATES_OTHER, PARTIAL_CANDIDATES, Engine
from retrieval.text import Query

FOCUS_QUESTIONS = [
    "siapa yang mengatakan Rusia melatih tentara Korea Utara?",   # no speaker named: one search text
    "siapa yang menyebut 12.000 tentara Korea Utara?",            # a figure named
    "berapa tentara Korea Utara di Rusia menurut Korsel?",         # a source named
    "apa kata Putin soal tentara Korut?",                          # a speaker named
    "apa kata Bisnis.com soal tentara Korut?",                     # an outlet named
    "Apakah nama pulau yang disebut juga pulau dewata ?",
    "apa kata Zelensky soal tentara Korut?",                       # a speaker with no claim on it
]


async def _reference_ask_about_claims(engine: Engine, question: str, focus: relevance.ClaimFocus) -> Answer:
    """Engine._ask_about_claims before the rewrite: both searches answered, even when their
    texts are the same."""
    intent = "quantity" if focus.figures else engine.pipeline.parse_query(question).intent

    def query_for(text: str) -> Query:
        topic = engine.pipeline.parse_query(text)
        return Query(question, intent, topic.terms, topic.words, topic=text)

    def keep(c: Candidate) -> bool:
        claim = c.claim
        return (claim is not None and relevance.speaker_fits(named, claim.speaker)
                and relevance.outlet_fits(named, c.article.outlet)
                and relevance.figure_fits(named, claim.quantities))

    topic_query = query_for(focus.search_text(without_span=True))
    first = await engine._answer(topic_query, asked_figures_answer=True, spans=False)
    whole_query = query_for(focus.search_text())
    whole = await engine._answer(whole_query, asked_figures_answer=True, spans=False)
    seen = first.claims + whole.claims
    named = relevance.name_words(focus, [s for c in seen for s in (c.speaker, *c.speakers)],
                                 [s.outlet for c in seen for s in c.sources])
    if not (named.speaker_words or named.outlet_words or named.unknown_names()):
        if named.narrows:
            return await engine._answer(whole_query, keep, asked_figures_answer=True)
        mark_answer_spans(whole, whole_query)
        return whole
    narrowed = (await engine._answer(topic_query, keep, asked_figures_answer=True)
                if named.speaker_words or named.outlet_words else None)
    if narrowed is not None and narrowed.claims:
        return narrowed
    who = ", ".join(sorted(named.unknown_names() | named.speaker_words | named.outlet_words))
    if first.claims:
        first.message = f"Tidak ada klaim dari {who} tentang ini; klaim dari sumber lain:"
    mark_answer_spans(first, topic_query)
    return first


async def test_one_search_text_answered_once_gives_the_same_answer(engine: Engine) -> None:
    """A who-said question whose topic with and without the speaker's words is the same text is
    searched once (Engine._ask_about_claims): its answer, message and answer phrases must be those
    of searching twice, also when the answer found first is the one returned with a message."""
    same_text = shown = 0
    for question in FOCUS_QUESTIONS:
        focus = relevance.claim_focus(question, engine._not_names)
        assert focus is not None, question
        same_text += focus.search_text(without_span=True) == focus.search_text()
        expected = await _reference_ask_about_claims(engine, question, focus)
        got = await engine.ask(question, count=False)
        assert got.to_dict() == expected.to_dict(), question
        assert render_text(got) == render_text(expected), question
        shown += bool(got.claims)
    assert same_text >= 2 and same_text < len(FOCUS_QUESTIONS)   # both paths are exercised
    assert shown >= 3


GENERAL_QUESTIONS = [
    "apa yang dilakukan tentara Korea Utara di Rusia?",
    "kapan tentara Korea Utara dikirim ke Rusia?",
    "di mana tentara Korea Utara dilatih?",
    "siapa yang melatih tentara Korea Utara?",
    "siapa presiden Rusia?",
    "mengapa Korea Utara mengirim tentara?",
    "bagaimana reaksi Korea Selatan?",
    "apa kata Putin soal tentara Korut?",
]


async def test_strong_candidates_under_the_relative_floor_are_not_read(engine: Engine) -> None:
    """Engine._strong reads and ranks only the strong candidates an answer other than a figure
    list can show (those reaching the relative BM25 floor; for who, those with a speaker when
    any): the answer composed from them must be the one composed from every strong candidate
    read and ranked (Engine._candidates, the path before the rewrite)."""
    dropped = 0
    for question in GENERAL_QUESTIONS:
        query = engine.pipeline.parse_query(question)
        assert query.intent != "quantity", question
        index = engine.index
        idf = {t: v for t in set(query.terms) if (v := index.idf_of(t)) is not None}
        weights = relevance.coverage_weights(query.terms, idf, relevance.max_idf_for(index.n_docs))
        matches, _ = index.floor_pair(query.terms, weights, relevance.strong_floor(query.intent),
                                      MAX_CANDIDATES_OTHER, relevance.CANDIDATE_FLOOR, PARTIAL_CANDIDATES)
        every = await engine._candidates(query, index, list(matches), strong=True)
        needed, whole = await engine._strong(query, index, list(matches), None)
        assert whole is None
        assert {c.passage.id for c in needed} <= {c.passage.id for c in every}, question
        dropped += len(every) - len(needed)
        expected = compose(query, every, engine.pipeline)
        got = compose(query, needed, engine.pipeline)
        assert got.to_dict() == expected.to_dict(), question
        assert render_text(got) == render_text(expected), question
    assert dropped > 0   # some candidates were under the floor (the short cut is exercised)


async def test_questions_answered_counts_every_question_across_restarts(seeded_db, monkeypatch) -> None:
    """The questions-answered count is written in batches (a write per answer emptied the answer
    reader's page cache): stats must still count every question asked, and closing the engine
    must keep the questions not yet written."""
    from retrieval import store as store_module

    eng = await Engine.open(seeded_db)
    try:
        before = (await eng.stats())["questions_answered"]
        for _ in range(3):
            await eng.ask("berapa tentara Korea Utara di Rusia?")
        await eng.ask("siapa presiden Rusia?", count=False)
        assert (await eng.stats())["questions_answered"] == before + 3
        await eng.ask("siapa presiden Rusia?")
        await eng.ask("siapa presiden Rusia?")
    finally:
        await eng.close()   # two counted but not yet written: closing writes them
    eng = await Engine.open(seeded_db)
    try:
        assert (await eng.stats())["questions_answered"] == before + 5
        monkeypatch.setattr(store_module, "QUESTION_COUNT_WRITE_S", 0.0)   # every answer written at once
        await eng.ask("siapa presiden Rusia?")
        assert int(await eng.store.get_meta("questions_answered") or 0) == before + 6
    finally:
        await eng.close()


def test_token_kinds_by_text_are_the_tokens_own(monkeypatch) -> None:
    """span._Tok takes what a token's text decides from a table by text (bounded, emptied when
    full): every token must carry what its own text says, also after the table was emptied."""
    from retrieval import span

    texts = ["Presiden Joko Widodo mengatakan 1.200 tentara dikirim ke Papua pada 12/3/2024.",
             "KPK menahan Bupati  X; ia tiba pukul 09:30 WIB (kata juru bicara) — 3G, 5G dan A1.",
             "yang di dan ke DARI Dari dari 2024an Çelik İstanbul ſerangan \u212aelvin 1,5 persen"]

    def expected(t: str) -> tuple[str, bool, bool, bool, bool]:
        c = t[0]
        word = c.isalpha()
        return (t.lower(), c.isdigit(), word,
                bool(word and (c.isupper() or (not t.isalpha() and any(ch.isdigit() for ch in t)))),
                t.lower() in span.STOPWORDS)

    monkeypatch.setattr(span, "TOK_KINDS_MAX", 7)   # emptied several times on these texts
    for _ in range(2):
        for text in texts:
            for tok in span._tokens(text):
                got = (tok.low, tok.num, tok.word, bool(tok.cap), tok.stop)
                assert got == expected(tok.text), tok.text
                assert text[tok.start:tok.end] == tok.text and tok.q is False
    assert len(span._TOK_KINDS) <= 7


async def test_padded_in_lists_read_the_same_rows_in_the_same_order(engine: Engine, monkeypatch) -> None:
    """The answer path's reads pad each IN list with its last value to a multiple of IN_BUCKET
    (fewer distinct statements to compile): every read must return the rows, and the order of
    its dicts, of the unpadded list."""
    from retrieval import store as store_module

    st = engine.store
    ids = await st._read("SELECT id FROM passages ORDER BY id", [])
    pids = [r[0] for r in ids][::-1]          # not in id order: SQLite's own order must win
    article_ids = list(dict.fromkeys(r[0] for r in await st._read("SELECT article_id FROM passages", [])))
    article_ids = article_ids * 4   # the seeds have few articles: repeated, the lists reach the padded lengths
    assert len(pids) > 40 and len(article_ids) > 12

    async def reads() -> list:
        out = []
        for n in (9, 10, 31, 33, len(pids)):
            part = pids[:n]
            passages, claims, articles = await st.answer_rows(part)
            out += [list(passages.items()), list(claims.items()), list(articles.items()),
                    list((await st.answer_passages(part)).items()), list((await st.answer_claims(part)).items()),
                    list((await st.stored_passages(part)).items()),
                    list((await st.passage_articles(part, 2)).items())]
        for n in (3, 9, 10, len(article_ids)):
            part = article_ids[:n]
            out += [list((await st.answer_articles(part)).items()), await st.figure_passages(part),
                    list((await st.title_terms(part)).items())]
        return out

    padded = await reads()
    monkeypatch.setattr(store_module, "IN_BUCKET", 1)   # no list padded
    assert await reads() == padded
    assert any(padded)


async def test_stored_passage_rows_are_the_stored_passages_as_answer_passages_builds_them(engine: Engine) -> None:
    """One look-up for the strong candidates (eleventh session): the passages it returns are
    stored_passages' (with their articles), each built by passage_row as answer_passages builds
    it; ids not stored are left out, as there."""
    from retrieval.store import passage_row

    st = engine.store
    pids = [r[0] for r in await st._read("SELECT id FROM passages ORDER BY id DESC", [])]
    asked = pids[:50] + [10**9, -1] + pids[:3]   # unknown ids and repeats
    rows = await st.stored_passage_rows(asked)
    assert {pid: r[1] for pid, r in rows.items()} == await st.stored_passages(asked)
    assert {pid: passage_row(r) for pid, r in rows.items()} == await st.answer_passages(asked)
    assert 10**9 not in rows and len(rows) == 50
    # an article gone (its passages left behind) takes its passages out, as stored_passages' join does
    gone = rows[pids[0]][1]
    await st.db.execute("PRAGMA foreign_keys = OFF")
    await st.db.execute("DELETE FROM articles WHERE id = ?", (gone,))
    await st.db.commit()
    after = await st.stored_passage_rows(asked)
    assert all(r[1] != gone for r in after.values()) and after.keys() == (await st.stored_passages(asked)).keys()


async def test_claims_read_decode_each_stored_figure_list_once(engine: Engine) -> None:
    """answer_claims decodes each distinct stored figure list once per read (copies of a sentence
    share it): the claims equal those decoded one by one; equal texts give the one list."""
    from retrieval.store import _quantities, _quantities_once

    st = engine.store
    rows = await st._read("SELECT passage_id, quantities FROM claims ORDER BY passage_id", [])
    claims = await st.answer_claims([pid for pid, _ in rows])
    assert claims and all(claims[pid].quantities == _quantities(text) for pid, text in rows if pid in claims)
    assert any(claims[pid].quantities for pid, _ in rows if pid in claims)
    decoded: dict = {}
    text = next(t for _, t in rows if t != "[]")
    first, again = _quantities_once(text, decoded), _quantities_once(str(text), decoded)
    assert first is again and first == _quantities(text)
    assert _quantities_once("[]", decoded) == [] and _quantities_once("[]", decoded) is not _quantities_once("[]", decoded)
