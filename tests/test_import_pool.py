"""A big import stops its worker processes before the full index build that ends it: the build is
the import's memory peak (bench/import_memory.py), and the workers hold ~120 MB each. A later
import starts them again."""
from __future__ import annotations

import json

import retrieval.engine as engine_module
from retrieval.engine import Engine
from retrieval.ingest import iter_units


def _records(n: int, start: int = 0) -> list[dict]:
    return [{"id": f"imp-{i}", "outlet": "Kompas.com", "date": "2019-09-01", "title": f"Banjir di kota {i}",
             "text": f"Banjir melanda kota nomor {i} dan merendam {i + 10} rumah warga. Sebanyak {i + 3} "
                     f"warga mengungsi ke balai desa. Petugas masih mendata kerugian."}
            for i in range(start, start + n)]


async def test_a_big_import_stops_its_workers_before_the_full_build(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "MERGE_MIN_ROWS", 50)   # "big" at this test's size
    eng = await Engine.open(tmp_path / "imp.db", seeds_dir=None, ingest_workers=2)
    try:
        src = tmp_path / "a.jsonl"
        src.write_text("\n".join(json.dumps(r) for r in _records(150)), encoding="utf-8")
        report = await eng.ingest_stream(iter_units([src]))
        assert report.n_added == 150
        assert eng._pool is None                      # stopped before the build
        assert eng.index.n_docs == report.passages    # and the build took every passage
        answer = (await eng.ask("berapa rumah terendam banjir di kota nomor 42?")).to_dict()
        assert any("52 rumah" in c["text"] for c in answer["claims"]), answer
        # a second big import starts the workers again
        src2 = tmp_path / "b.jsonl"
        src2.write_text("\n".join(json.dumps(r) for r in _records(150, 150)), encoding="utf-8")
        assert (await eng.ingest_stream(iter_units([src2]))).n_added == 150
        assert eng.index.n_docs == report.passages * 2
    finally:
        await eng.close()
