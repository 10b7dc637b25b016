"""What the speed work reads differently must give what was read before: stored stems read per
word on demand (the stored ones, also after the database is closed; protected words keep their
rule), and the title terms the second stage asks about taken from the index."""
from __future__ import annotations

from retrieval import relevance
from retrieval.engine import Engine
from retrieval.text import TextPipeline


async def test_a_stored_stem_is_read_when_a_question_first_needs_it(tmp_path):
    db = tmp_path / "s.db"
    first = await Engine.open(db, seeds_dir=None)
    # a stored result that Sastrawi would not give: only the stored table can be its source
    await first.store.save_stems({"pengungsian": "ungsiku", "korut": "kor"})
    await first.close()

    engine = await Engine.open(db, seeds_dir=None)
    try:
        assert engine.pipeline.parse_query("berapa pengungsian?").terms == ["ungsiku"]
        # a word stored by another process after this one started is found too
        await engine.store.save_stems({"pengungsi": "xyz"})
        assert engine.pipeline.stem("pengungsi") == "xyz"
        # a word never stored is stemmed by Sastrawi as before
        assert engine.pipeline.stem("mengguncang") == "guncang"
    finally:
        await engine.close()
    # after close the pipeline still answers (from what it read, or by stemming)
    assert engine.pipeline.stem("pengungsian") == "ungsiku"
    assert engine.pipeline.stem("menyerang") == "serang"


async def test_protected_words_keep_their_rule_over_a_stored_stem(tmp_path):
    pipe = TextPipeline()
    word = next(iter(sorted(pipe.protected)))
    db = tmp_path / "s.db"
    first = await Engine.open(db, seeds_dir=None)
    await first.store.save_stems({word: "zzz"})
    await first.close()
    engine = await Engine.open(db, seeds_dir=None, pipeline=pipe)
    try:
        assert pipe.stem(word) == word
    finally:
        await engine.close()


async def test_title_terms_from_the_index_are_the_stored_titles_terms(engine):
    """The second stage asks each candidate's title which question terms it holds; the index's
    answer (BM25Index.title_holds) must be what the stored title terms say, for every passage,
    including passages in an added segment and articles without a title row."""
    await engine.ingest_bytes(
        "Warga mengungsi setelah gempa mengguncang Cianjur. Sebanyak 120 rumah rusak berat.\n".encode(),
        "tanpa-judul.txt")
    await engine.ingest_bytes(
        '{"id": "judul-1", "title": "Gempa Cianjur rusak 120 rumah", "text": "Warga mengungsi ke tenda."}\n'.encode(),
        "judul.jsonl")
    index = engine.index
    assert index.added_rows > 0
    async with engine.store.db.execute("SELECT id, article_id, terms FROM passages ORDER BY id") as cur:
        passages = [(r[0], r[1], r[2].split(" ") if r[2] else []) for r in await cur.fetchall()]
    titles = await engine.store.title_terms(list({a for _, a, _ in passages}))
    assert any(a not in titles for _, a, _ in passages)          # an article without a title row
    vocabulary = sorted({t for _, _, terms in passages for t in terms})
    pids = [pid for pid, _, _ in passages]
    for start in range(0, len(vocabulary), 7):
        question = vocabulary[start : start + 7] + ["katayangtidakada"]
        held = index.title_holds(pids, question)
        assert held is not None
        for (pid, article, _), got in zip(passages, held):
            assert got == set(question) & set(titles.get(article, [])), (pid, article)
    # a passage the index does not hold: the caller reads the titles from SQLite instead
    assert index.title_holds([max(pids) + 1000], ["gempa"]) is None
    # which terms any passage of each passage's article holds (the asked-names rule), likewise
    by_article: dict[str, set[str]] = {}
    for _, article, terms in passages:
        by_article.setdefault(article, set()).update(terms)
    for start in range(0, len(vocabulary), 7):
        question = vocabulary[start : start + 7] + ["katayangtidakada"]
        held = index.article_holds(pids, question)
        assert held is not None
        for (pid, article, _), got in zip(passages, held):
            assert got == set(question) & by_article[article], (pid, article)
    assert index.article_holds([max(pids) + 1000], ["gempa"]) is None


SUBSET_QUESTIONS = [
    "siapa Menteri Luar Negeri AS?", "siapa yang melatih tentara Korea Utara?", "siapa yang mengatakan Rusia melatih tentara Korea Utara?",
    "siapa yang bilang 12.000 tentara?", "apa kata Putin soal tentara Korut?", "apa kata Bisnis.com soal tentara Korut?",
    "media mana yang menyebut 8.000 tentara Korut?", "berapa tentara Korea Utara dikirim ke Rusia?", "berapa korban meninggal gempa Cianjur?",
    "berapa rumah terendam banjir di Bekasi?", "berapa truk beras tiba di pasar?", "berapa tentara Korut?",
    "Berapakah catatan waktu terbaik Tonique Williams-Darling dalam lari 400 meter putri ?",
    "kapan Zelensky menyebut Korea Utara mengirim personel?", "di mana tentara Korea Utara berlatih?",
    "siapa presiden Rusia?", "siapa yang menyebut korban gempa Cianjur?",
]


async def _answers(engine, questions):  # noqa: ANN001, ANN202
    from retrieval.answer import render_text
    out = []
    for q in questions:
        a = await engine.ask(q, count=False)
        out.append((a.to_dict(), render_text(a)))
    return out


async def test_strong_candidates_read_only_when_usable_answer_as_all_read(engine, monkeypatch):
    """Engine._strong_needed reads, features and builds only the strong candidates an answer can
    use (claims for `keep`, figures for a figure list, speakers above the floor for siapa); the
    answers must be those of reading every candidate, also when a passage the index still holds
    was removed (its article deleted without a rebuild)."""
    taken = []
    fast = engine._strong_needed

    async def counting(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        picked = await fast(*args, **kwargs)
        taken.append((args[0].intent, picked is not None))
        return picked

    monkeypatch.setattr(engine, "_strong_needed", counting)
    subset = await _answers(engine, SUBSET_QUESTIONS)
    assert {intent for intent, used in taken if used} >= {"who", "quantity"}

    async def every_candidate(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        return None

    monkeypatch.setattr(engine, "_strong_needed", every_candidate)
    assert await _answers(engine, SUBSET_QUESTIONS) == subset

    # the best-scoring strong passage of a figure question and of a siapa question removed
    # behind the index's back: both paths skip it the same way
    for q in ("berapa tentara Korea Utara dikirim ke Rusia?", "siapa yang melatih tentara Korea Utara?"):
        query = engine.pipeline.parse_query(q)
        (matches, _), _ = engine.index.matching_pair(
            query.terms, relevance.coverage_weights(query.terms, {t: v for t in query.terms if (v := engine.index.idf_of(t)) is not None},
                                                    relevance.max_idf_for(engine.index.n_docs)),
            relevance.strong_floor(query.intent), 400, relevance.CANDIDATE_FLOOR, 40)
        article = (await engine.store.answer_passages([matches[0][0]]))[matches[0][0]].article_id
        assert await engine.store.delete_article(article)
    monkeypatch.setattr(engine, "_strong_needed", every_candidate)
    whole = await _answers(engine, SUBSET_QUESTIONS)
    monkeypatch.setattr(engine, "_strong_needed", fast)
    assert await _answers(engine, SUBSET_QUESTIONS) == whole


def test_a_rows_probability_does_not_depend_on_the_other_rows():
    """relevance.features(only=…) leaves the unread candidates' rows zero: each wanted row must
    score exactly (bit for bit) as in the matrix of every row, whatever the others hold."""
    import numpy as np
    ranker = relevance.Ranker.load()
    assert ranker is not None
    rng = np.random.default_rng(13)
    for _ in range(300):
        n = int(rng.integers(1, 401))
        rows = rng.random((n, len(relevance.FEATURES))) * rng.choice([1.0, 10.0, 100.0], size=len(relevance.FEATURES))
        wanted = np.sort(rng.choice(n, size=int(rng.integers(1, n + 1)), replace=False))
        sparse = np.zeros_like(rows)
        sparse[wanted] = rows[wanted]
        with np.errstate(over="ignore"):
            assert np.array_equal(ranker.probabilities(rows)[wanted], ranker.probabilities(sparse)[wanted])
