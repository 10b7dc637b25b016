"""Start-up reads stored stems per word on demand: the stems a question gets must be the stored
ones (as when every stored stem was loaded at start-up), the same after the database is closed,
and protected words keep their own rule."""
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
