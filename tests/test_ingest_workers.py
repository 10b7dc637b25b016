"""The ingest worker processes (workers.PreparePool: forked from a warmed forkserver) prepare
exactly what the same code prepares in this process, and several articles prepared together
(ingest.prepare_many) exactly what each gives alone."""
from __future__ import annotations

import asyncio

from retrieval.clean import Article
from retrieval.ingest import prepare, prepare_many
from retrieval.text import TextPipeline
from retrieval.workers import PreparePool, prepare_items

PLACES = ["Bekasi", "Bogor", "Depok", "Cirebon", "Garut", "Sukabumi", "Karawang", "Subang"]


def record(i: int) -> dict:
    place = PLACES[i % len(PLACES)]
    body = (f"Jakarta, Kompas.com - Banjir merendam {i + 10} rumah warga di {place} pada Senin malam, kata Kepala BPBD "
            f"{place}. Sebanyak {i % 90 + 5} keluarga mengungsi ke balai desa, dilansir dari Antara. Ketinggian air "
            f"mencapai {i % 70 + 20} sentimeter di {i % 7 + 2} kecamatan. Petugas masih mendata kerugian yang ditaksir "
            f"Rp {i % 9 + 1} miliar. " * (1 + i % 3))
    if i % 5 == 0:
        body = ""            # no text: a problem line, in its place
    if i % 7 == 0:
        body = body.replace("rumah", "rumah caf\u00c3\u00a9")   # mojibake for ftfy
    return {"id": f"art-{i}", "outlet": "Kompas", "date": "2026-11-20", "title": f"Banjir rendam {i} rumah di {place}",
            "text": body}


def _fields(prepared: list) -> list:
    return [(label, vars(art) if art is not None else None, problem) for label, art, problem in prepared]


def test_worker_processes_prepare_what_this_process_prepares() -> None:
    items = [(f"r{i}", record(i)) for i in range(90)]
    here = _fields(prepare_items(items, "uji", pipeline=TextPipeline()))
    assert sum(1 for _, a, _ in here if a is None) == 18 and sum(1 for _, a, _ in here if a and a["signature"]) > 30

    async def in_pool() -> list:
        pool = PreparePool(2, {}, None)
        try:
            out, _ = await pool.submit(items, "uji")
            return out
        finally:
            pool.close()

    assert _fields(asyncio.run(in_pool())) == here


def test_articles_prepared_together_equal_each_alone() -> None:
    arts = [Article(id=f"a{i}", title=r["title"], body=r["text"], outlet="Kompas")
            for i, r in enumerate(record(i) for i in range(1, 30)) if r["text"]]
    pipe = TextPipeline()
    together = prepare_many([(a, "uji", None, None) for a in arts], pipe)
    alone = [prepare(a, TextPipeline(), "uji") for a in arts]
    assert [vars(x) for x in together] == [vars(y) for y in alone]
