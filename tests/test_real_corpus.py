"""Real damaged text from ../shared/corpus (optional: skipped where the shared data is absent, e.g. CI).

clickid: UTF-8 read as Mac Roman ("‚Äú", "¬†") and paragraphs joined by ".,"; detik: "Baca juga"
and advertisement lines; indosum: stray cp1252 mojibake. All of it must ingest without error, and
the stored text must have the damage repaired.
"""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from retrieval.engine import Engine

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
MAC_ROMAN = re.compile("‚Äú|‚Äù|‚Äô|‚Äì|¬†")
JOINED = re.compile(r"[.!?\"”]\s*,[A-Z]")
BACA_JUGA = re.compile(r"(?im)^\s*baca juga\b")

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")


def damaged_records(per_source: int = 120) -> list[dict]:
    out = []
    for f in sorted(CORPUS.glob("*/articles.jsonl.gz")):
        taken = 0
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                t = rec.get("text") or ""
                if MAC_ROMAN.search(t) or JOINED.search(t) or BACA_JUGA.search(t) or "â€" in t:
                    out.append({k: rec.get(k) for k in ("id", "title", "text", "outlet", "url")})
                    taken += 1
                    if taken >= per_source:
                        break
    return out


async def test_damaged_real_articles_ingest_and_come_out_repaired(tmp_path):
    records = damaged_records()
    assert len(records) >= 200
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()
    engine = await Engine.open(tmp_path / "real.db", seeds_dir=None)
    try:
        report = await engine.ingest_bytes(data, "real.jsonl")
        assert len(report.added) + len(report.duplicates) >= len(records) * 0.98, report.problems[:5]
        async with engine.store.db.execute("SELECT text FROM passages") as cur:
            texts = [r[0] for r in await cur.fetchall()]
        joined = "\n".join(texts)
        assert not MAC_ROMAN.search(joined)           # Mac Roman mojibake undone
        assert "â€" not in joined and "\ufffd" not in joined
        assert not BACA_JUGA.search(joined)           # link lines dropped
        assert not JOINED.search(joined)              # ".,Next paragraph" split back into paragraphs
        counts = await engine.store.counts()
        assert counts["claims"] >= counts["articles"]  # figures and speakers found in the repaired text
    finally:
        await engine.close()
