"""A figure list's stored stems read in one query (stem_prefetch.py) must be the stems the
per-word look-ups gave: stored ones as stored, protected words by their rule, words never stored
by Sastrawi, and a word stored after it was asked about still found."""
from __future__ import annotations

import shutil
from pathlib import Path

from retrieval.answer import render_text
from retrieval.engine import Engine
from retrieval.text import TextPipeline


async def test_prefetched_stems_are_the_stored_ones(tmp_path: Path) -> None:
    pipe = TextPipeline()
    protected = next(iter(sorted(pipe.protected)))
    db = tmp_path / "s.db"
    first = await Engine.open(db, seeds_dir=None)
    # stored results Sastrawi would not give: only the stored table can be their source
    await first.store.save_stems({"pengungsian": "ungsiku", "digusur": "gusurku", protected: "zzz"})
    await first.close()

    engine = await Engine.open(db, seeds_dir=None, pipeline=pipe)
    lookups: list[str] = []
    per_word = pipe._stored_stem
    assert per_word is not None and engine._stem_prefetch is not None

    def counted(token: str) -> str | None:
        lookups.append(token)
        return per_word(token)

    pipe.use_stored_stems(counted)
    try:
        sentence = f"Sebanyak 300 pengungsian digusur dari kampung {protected}, menurut data."
        assert engine._stem_prefetch.sentences([sentence]) > 0
        assert engine._stem_prefetch.sentences([sentence]) == 0   # each word asked about once
        assert pipe.stem("pengungsian") == "ungsiku" and pipe.stem("digusur") == "gusurku"
        assert pipe.stem(protected) == protected
        assert "pengungsian" not in lookups and "digusur" not in lookups
        # asked about and not stored then: stored later by another connection, still found
        await engine.store.save_stems({"kampung": "kampungku"})
        assert pipe.stem("kampung") == "kampungku"
        assert pipe.stem("menurut") == "turut"   # never stored: Sastrawi
    finally:
        await engine.close()


QUESTIONS = [
    "Berapa tentara Korea Utara yang dikirim ke Rusia?",
    "Berapa korban tewas?",
    "Berapa jumlah pasukan yang dikirim?",
    "Berapa harga beras?",
    "Siapa yang mengatakan pasukan dikirim?",
]


async def _answers(db: Path, prefetch: bool) -> tuple[list[str], list[dict], int]:
    engine = await Engine.open(db)
    lookups = [0]
    per_word = engine.pipeline._stored_stem
    if per_word is not None:
        def counted(token: str) -> str | None:
            lookups[0] += 1
            return per_word(token)
        engine.pipeline.use_stored_stems(counted)
    if not prefetch:
        engine._stem_prefetch = None
    try:
        answers = [await engine.ask(q, count=False) for q in QUESTIONS]
        return [render_text(a) for a in answers], [a.to_dict() for a in answers], lookups[0]
    finally:
        await engine.close()


async def test_answers_with_the_stems_read_at_once_are_the_answers_without(seeded_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    shutil.copy(seeded_db, other)
    shutil.copytree(seeded_db.with_name(seeded_db.name + ".index"), other.with_name(other.name + ".index"))
    texts_without, dicts_without, lookups_without = await _answers(seeded_db, prefetch=False)
    texts_with, dicts_with, lookups_with = await _answers(other, prefetch=True)
    assert texts_with == texts_without and dicts_with == dicts_without
    assert any("Tidak ditemukan" not in t for t in texts_with)
    assert lookups_with < lookups_without
