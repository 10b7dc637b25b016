"""The CPU-bound half of ingest (cleaning, segmenting, stemming, claims) for many articles at once.

This work is pure Python, so threads share one core; worker processes use all of them. Each
worker builds its own TextPipeline once. Small jobs (an upload, one URL) stay in a thread of the
calling process: starting processes costs about a second.
"""
from __future__ import annotations

import asyncio
import multiprocessing
import sqlite3
from pathlib import Path
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Union

from .clean import Article
from .ingest import (InputError, Job, RawFile, article_from_file, article_from_record, claim_rows, content_hash,
                     prepare_many, raw_hash, story_fields)
from .store import NewArticle, _without_cycle_collection
from .text import TextPipeline

Item = tuple[str, Union[Article, dict, RawFile]]   # (label for problems, article, raw .jsonl record or page file)
Prepared = tuple[str, Union[NewArticle, None], Union[str, None]]

CHUNK = 40  # articles per task sent to a worker (prepared step by step together: ingest.prepare_many)

_worker_pipeline: TextPipeline | None = None   # set only inside worker processes
_worker_db: sqlite3.Connection | None = None   # read-only, inside worker processes: stored content hashes


PackedStems = Union[dict[str, str], tuple[int, str, str]]


def _pack_stems(stems: dict[str, str]) -> PackedStems:
    """The stems handed to each worker at its start (111k for the corpus archive): two
    newline-joined strings pickle and unpickle in a few ms, where the dict took ~65 ms to pickle in
    the parent for every worker and ~55 ms to unpickle in each. Tokens and stems hold no newline
    (tokenize splits on whitespace); should one, the dict goes as it is."""
    if not stems:
        return stems
    keys, values = "\n".join(stems), "\n".join(stems.values())
    if keys.count("\n") != len(stems) - 1 or values.count("\n") != len(stems) - 1:
        return stems
    return (len(stems), keys, values)


def _unpack_stems(packed: PackedStems) -> dict[str, str]:
    """_pack_stems' dict again (same items, same order)."""
    if isinstance(packed, dict):
        return packed
    _, keys, values = packed
    return dict(zip(keys.split("\n"), values.split("\n")))


def _init_worker(stems: PackedStems, db_path: str | None = None) -> None:
    global _worker_pipeline, _worker_db
    _worker_pipeline = TextPipeline()
    _worker_pipeline.add_stems(_unpack_stems(stems))
    if db_path and db_path != ":memory:" and Path(db_path).is_file():
        _worker_db = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True, timeout=5)


def _stored_copy(art: Article, db: sqlite3.Connection) -> "NewArticle | str | None":
    """An article whose cleaned text is stored already (a copy that cleans to a stored text, or a
    re-run with new ids) becomes a stub: the writer reports it as already present, as it would the
    whole article, and the segmenting, stemming, claims and signature are not computed for it
    (half the records of bench-10m's append rounds are such copies). Only what is committed is
    seen; copies within the batches in flight are prepared and found by the writer, as before.
    Returns the stub, or the body's content hash (not stored), or None (no text)."""
    if not art.body.strip():
        return None   # prepare_items() reports it
    digest = content_hash(art.body)
    try:
        if db.execute("SELECT 1 FROM articles WHERE content_hash = ?", (digest,)).fetchone() is None:
            return digest   # not stored: prepared with the hash computed here
    except sqlite3.Error:
        return digest   # the check only saves work; the writer decides
    return NewArticle(id=art.id or f"a-{digest[:12]}", content_hash=digest, outlet=art.outlet,
                      outlet_domain=art.outlet_domain, title=art.title, author=art.author, published=art.published,
                      url=art.url, source=None, body="", passages=[], claims=[], stored_copy=True)


def _prepare_task(items: list[Item], source: str | None, others_stems: dict[str, str]) -> tuple[list[Prepared], dict[str, str]]:
    """In a worker: results plus the stems it had to compute, so the parent can keep them.
    ``others_stems`` are what the other workers learned lately (see PreparePool._submit)."""
    _worker_pipeline.add_stems(others_stems)
    out = prepare_items(items, source)
    return out, _worker_pipeline.take_learned_stems()


def _rederive_task(items: list[StoredArticle], others_stems: dict[str, str]) -> tuple[list, dict[str, str]]:
    _worker_pipeline.add_stems(others_stems)
    out = rederive_items(items)
    return out, _worker_pipeline.take_learned_stems()


@_without_cycle_collection   # as the writer's batch: nothing made here forms a reference cycle
def prepare_items(items: list[Item], source: str | None, pipeline: TextPipeline | None = None) -> list[Prepared]:
    """Each item becomes a NewArticle or one problem line; one bad item never costs the others.
    Items are read and cleaned one by one (where problems show), then prepared together
    (ingest.prepare_many: one step at a time over all of them)."""
    pipe = pipeline or _worker_pipeline
    assert pipe is not None, "prepare_items needs a pipeline outside worker processes"
    out: list[Prepared] = []
    jobs: list[Job] = []
    slots: list[tuple[int, "str | None"]] = []   # where each job's article goes in out, its raw hash
    for label, item, *origin in items:   # an item may name its own source (the file it came from)
        try:
            if isinstance(item, dict):
                art = article_from_record(item)
            elif isinstance(item, RawFile):
                art = article_from_file(item)
            else:
                art = item
            stub = _stored_copy(art, _worker_db) if _worker_db is not None and pipeline is None else None
            if isinstance(stub, NewArticle):
                out.append((label, stub, None))
                continue
            if not art.body.strip():
                raise InputError("no article text left after cleaning")
            raw = item.get("text") if isinstance(item, dict) else None
            jobs.append((art, origin[0] if origin and source is None else source, raw if isinstance(raw, str) else None,
                         stub))
            # a re-run skips it without cleaning (Engine.ingest_stream)
            slots.append((len(out), None if isinstance(item, Article) else raw_hash(item)))
            out.append((label, None, None))
        except InputError as exc:
            out.append((label, None, f"{label}: {exc}"))
    for (at, hashed), new in zip(slots, prepare_many(jobs, pipe)):
        if hashed is not None:
            new.raw_hash = hashed
        out[at] = (out[at][0], new, None)
    return out


StoredPassage = tuple[int, int, str, str]                  # id, position, kind, text
StoredArticle = tuple[str, list[StoredPassage], str, bool]   # article id, its passages, its body, title from its address
StoryFields = tuple["bytes | None", "str | None", list[str]]  # signature, credit, cites (ingest.story_fields)
Rederived = tuple[str, list[tuple[str, int]], list[tuple], StoryFields]  # article id, (terms, passage id), claim rows, story


def rederive_items(items: list[StoredArticle], pipeline: TextPipeline | None = None) -> list[Rederived]:
    """For /reindex: each stored article's passage terms and claims, derived again with the
    current word lists and rules, and its story signature from the stored body. Passage ids are
    kept, so the live index stays valid meanwhile."""
    pipe = pipeline or _worker_pipeline
    assert pipe is not None, "rederive_items needs a pipeline outside worker processes"
    out: list[Rederived] = []
    for article_id, rows, stored_body, title_from_url in items:
        title = next((r[3] for r in rows if r[2] == "title"), None)
        body = [r for r in rows if r[2] == "body"]
        terms = [(" ".join(pipe.terms(r[3])), r[0]) for r in rows]
        ids = {r[1]: r[0] for r in rows}
        claims = [(ids[pos], article_id, text, speaker, cited, quantities)
                  for pos, text, speaker, cited, quantities in claim_rows([r[3] for r in body], title)
                  if pos in ids and (pos or not title_from_url)]
        out.append((article_id, terms, claims, story_fields(stored_body)))
    return out


def _context() -> multiprocessing.context.BaseContext:
    """Not fork: the parent runs threads (aiosqlite) that fork would copy mid-lock. A forkserver
    (a fresh single-threaded process) that imports and warms the ingest code once
    (retrieval/_ingest_warm.py) and forks every worker from it: each worker's start went from
    ~0.5 s of CPU to the fork. Spawn where there is no forkserver."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["retrieval._ingest_warm"])
    return ctx


class PreparePool:
    """A lazily started process pool; ``close()`` shuts it down."""

    def __init__(self, workers: int, stems: dict[str, str] | None = None, db_path: "Path | str | None" = None) -> None:
        self.workers = max(1, workers)
        self._stems = stems or {}
        self._db_path = str(db_path) if db_path is not None else None   # read by workers (_stored_copy)
        self._executor: Executor | None = None
        self._recent_stems: dict[str, str] = {}  # learned by some worker, not yet passed to the others

    def _pool(self) -> Executor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(self.workers, mp_context=_context(),
                                                 initializer=_init_worker, initargs=(_pack_stems(self._stems), self._db_path))
            self._stems = {}
        return self._executor

    def _submit(self, task, *args) -> "asyncio.Future[tuple[list, dict[str, str]]]":  # noqa: ANN001, ANN002
        """One task per CHUNK articles. The stems learned since the last submission ride along
        with the first task each worker is likely to take: without this every worker stems each
        new word itself (Sastrawi, ~250 µs a word, was a third of ingest; 2 workers stemmed 1.44x
        the distinct words of the corpus). Only speed depends on which worker gets them."""
        items, rest = args[0], args[1:]
        loop = asyncio.get_running_loop()
        recent, self._recent_stems = self._recent_stems, {}
        futures = [loop.run_in_executor(self._pool(), task, items[i : i + CHUNK], *rest,
                                        recent if n < self.workers else {})
                   for n, i in enumerate(range(0, len(items), CHUNK))]

        async def collect() -> tuple[list, dict[str, str]]:
            results: list = []
            stems: dict[str, str] = {}
            for part, learned in await asyncio.gather(*futures):
                results.extend(part)
                stems.update(learned)
            self._recent_stems.update(stems)
            return results, stems

        return asyncio.ensure_future(collect())

    def submit(self, items: list[Item], source: str | None) -> "asyncio.Future[tuple[list[Prepared], dict[str, str]]]":
        """Start preparing now; await (results, new stems) later, so writing can overlap with it."""
        return self._submit(_prepare_task, items, source)

    def submit_rederive(self, items: list[StoredArticle]) -> "asyncio.Future[tuple[list[Rederived], dict[str, str]]]":
        return self._submit(_rederive_task, items)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
