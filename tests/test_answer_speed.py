"""What the speed work reads differently must give what was read before: stored stems read per
word on demand (the stored ones, also after the database is closed; protected words keep their
rule), and the title terms the second stage asks about taken from the index."""
from __future__ import annotations

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
