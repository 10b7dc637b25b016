"""SQLite storage through aiosqlite: the source of truth for articles, passages, claims and stats.

WAL mode so readers never block the writer; schema versions in PRAGMA user_version with ordered
migrations; every article is written in one transaction (an article is either entirely there,
with all its passages and claims, or not at all). A "generation" counter in `meta` changes on
every write that removes or rewrites passages (delete, replace, reindex), so a persisted index can
tell whether it still matches the database; pure additions get larger passage ids and are added
to a loaded index without a rebuild.
"""
from __future__ import annotations

import functools
import gc
import json
import os
from contextlib import asynccontextmanager
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, AsyncIterator, Callable, Iterable, TypeVar

import aiosqlite
import numpy as np

from . import syndication

BUSY_TIMEOUT_MS = 5000
# WAL pages written before SQLite copies them into the database (its default is 1,000). A batch of
# an import dirties thousands of pages spread over the band keys' B-tree (random keys): with the
# default every batch's commit also checkpointed, writing each page twice; with 20,000 pages
# (80 MB of WAL at most, reused) a page dirtied by several batches is copied once
# (docs/performance.md, eighth session). SUMBER_WAL_CKPT overrides it (measurements).
WAL_CHECKPOINT_PAGES = 20_000
T = TypeVar("T")
READER_CACHE_KIB = 65536   # the answer reader's page cache (docs/performance.md, eighth session)
QUESTION_COUNT_WRITE_S = 10.0   # the questions-answered count is written at most this often (count_question)
READER_STATEMENTS = 512   # statements the answer reader keeps compiled (~9 answer reads x ~30 IN lengths)
ROWS_KEPT = 20_000   # keys of each answer read whose rows are kept between answers (Store._keyed_rows; 350-1,300 bytes a key: ~75 MB at most over the five reads)
IndexRow = tuple[int, list[str], str, bool]   # passage id, terms, article id, is the title

MIGRATIONS: list[str] = [
    # 1: initial schema
    """
    CREATE TABLE articles (
        id            TEXT PRIMARY KEY,
        content_hash  TEXT NOT NULL UNIQUE,
        outlet        TEXT,
        outlet_domain TEXT,
        title         TEXT,
        author        TEXT,
        published     TEXT,
        url           TEXT,
        source        TEXT,
        body          TEXT NOT NULL,
        ingested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_url ON articles(url);
    CREATE TABLE passages (
        id         INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('title', 'body')),
        text       TEXT NOT NULL,
        terms      TEXT NOT NULL,
        UNIQUE (article_id, position)
    );
    CREATE TABLE claims (
        id          INTEGER PRIMARY KEY,
        passage_id  INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
        article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text        TEXT NOT NULL,
        speaker     TEXT,
        cited_from  TEXT,
        quantities  TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX claims_passage ON claims(passage_id);
    CREATE INDEX claims_article ON claims(article_id);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta(key, value) VALUES ('generation', '0'), ('questions_answered', '0');
    """,
    # 2: Sastrawi stems already computed (stemming an unseen word costs ~150 µs; ingest and
    # reindex workers start warm from here)
    """
    CREATE TABLE stems (token TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID;
    """,
    # 3: stories (retrieval/syndication.py): copies of one report on several outlets. Every article
    # with enough text has a MinHash signature (story_docs) and 32 LSH band keys (story_bands, one
    # B-tree: finding an article's copies is 32 index look-ups at any archive size); articles.story
    # is the story's id (the smallest doc number in it); stories holds its origin outlet.
    # Articles stored before this migration join stories on `sumber reindex`.
    """
    ALTER TABLE articles ADD COLUMN story INTEGER;
    ALTER TABLE articles ADD COLUMN credit TEXT;
    ALTER TABLE articles ADD COLUMN cites TEXT;
    CREATE INDEX articles_story ON articles(story);
    CREATE TABLE story_docs (
        doc        INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
        sig        BLOB NOT NULL
    );
    CREATE TABLE story_bands (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
    CREATE TABLE stories (
        id             INTEGER PRIMARY KEY,
        origin         TEXT,
        origin_article TEXT,
        size           INTEGER NOT NULL
    );
    """,
    # 4: followed feeds (retrieval/feeds.py) and watched questions (retrieval/watch.py). A feed keeps
    # its validators (ETag / Last-Modified), when it is next due, its failures (backoff) and the last
    # error as one line; feed_items is every item URL seen (added, duplicate, refused or failed, with
    # attempts); a watch is a question saved for a chat (and forum thread), watch_seen the claims
    # already announced (figure + outlet), seen_upto the last article (rowid) it has been checked
    # against.
    """
    CREATE TABLE feeds (
        id            INTEGER PRIMARY KEY,
        url           TEXT NOT NULL UNIQUE,
        every_minutes INTEGER NOT NULL,
        kind          TEXT,
        title         TEXT,
        etag          TEXT,
        last_modified TEXT,
        added_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        last_poll     REAL,
        last_ok       REAL,
        last_new      REAL,
        next_poll     REAL NOT NULL DEFAULT 0,
        failures      INTEGER NOT NULL DEFAULT 0,
        last_error    TEXT,
        note          TEXT,
        backlog       INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE feed_items (
        feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        url        TEXT NOT NULL,
        status     TEXT NOT NULL,
        article_id TEXT,
        attempts   INTEGER NOT NULL DEFAULT 1,
        seen_at    REAL NOT NULL,
        PRIMARY KEY (feed_id, url)
    );
    CREATE INDEX feed_items_url ON feed_items(url);
    CREATE TABLE watches (
        id         INTEGER PRIMARY KEY,
        chat_id    INTEGER NOT NULL,
        thread_id  INTEGER NOT NULL DEFAULT 0,
        question   TEXT NOT NULL,
        created_at REAL NOT NULL,
        seen_upto  INTEGER NOT NULL DEFAULT 0,
        last_notice REAL,
        UNIQUE (chat_id, thread_id, question)
    );
    CREATE TABLE watch_seen (
        watch_id INTEGER NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
        key      TEXT NOT NULL,
        PRIMARY KEY (watch_id, key)
    ) WITHOUT ROWID;
    """,
    # 5: resumable imports (issue 13): the hash of an imported record or page as it came
    # (ingest.raw_hash), so re-running an interrupted import skips stored articles without
    # cleaning them again. Looked up by article id (the primary key): no index needed.
    """
    ALTER TABLE articles ADD COLUMN raw_hash TEXT;
    """,
    # 6: what joining a story reads, kept beside the signature (issue 13, import rate): the story id
    # and the fields its origin is decided from (syndication.Member). The story join read them from
    # each candidate's and each member's article row, walking the body's overflow pages (`story`,
    # `credit` and `cites` come after `body`). Kept equal to the article's by the write path
    # (store._write_stories, _recluster); an article's own row keeps them too (answers read them there).
    """
    ALTER TABLE story_docs ADD COLUMN story INTEGER;
    ALTER TABLE story_docs ADD COLUMN outlet TEXT;
    ALTER TABLE story_docs ADD COLUMN outlet_domain TEXT;
    ALTER TABLE story_docs ADD COLUMN url TEXT;
    ALTER TABLE story_docs ADD COLUMN published TEXT;
    ALTER TABLE story_docs ADD COLUMN credit TEXT;
    ALTER TABLE story_docs ADD COLUMN cites TEXT;
    UPDATE story_docs SET (story, outlet, outlet_domain, url, published, credit, cites) =
        (SELECT a.story, a.outlet, a.outlet_domain, a.url, a.published, a.credit, a.cites
         FROM articles a WHERE a.id = story_docs.article_id);
    CREATE INDEX story_docs_story ON story_docs(story);
    """,
    # 7: an answer's article fields without the article's row (issue 13, reading candidates): an
    # index holding every field answers read (Store.answer_articles, answer_rows: `INDEXED BY
    # articles_meta`), so a look-up reads this B-tree alone. The row put `story` and `credit` after
    # `body`, reached through the body's overflow pages (~1-3 pages an article). SQLite keeps the
    # index equal to the rows on every write; ~250 bytes an article.
    """
    CREATE INDEX IF NOT EXISTS articles_meta ON articles(id, outlet, title, author, published, url, outlet_domain, story, credit);
    """,
]


class StoreError(Exception):
    """A storage problem worth one clear line to the user (read-only, locked, disk full)."""


def explain_sqlite_error(exc: BaseException) -> str:
    msg = str(exc).lower()
    if "readonly" in msg or "read-only" in msg:
        return "database is read-only; check the file's permissions"
    if "locked" in msg or "busy" in msg:
        return "database is locked by another writer; try again in a moment"
    if "full" in msg or "disk" in msg and "i/o" not in msg:
        return "disk is full; nothing was written"
    if "malformed" in msg or "not a database" in msg:
        return "database file is damaged or not a Sumber database"
    return f"database error: {exc}"


@dataclass
class ArticleRow:
    id: str
    outlet: str | None
    title: str | None
    author: str | None
    published: str | None
    url: str | None
    body: str = ""
    outlet_domain: str | None = None
    story: int | None = None            # id of the story (copies of one report); None: too short to compare
    credit: str | None = None           # the outlet the text says this is the article of ("Jakarta, CNN Indonesia --")
    origin: str | None = None           # the story's origin outlet (syndication.story_origin)
    origin_article: str | None = None   # the origin outlet's own copy, when stored


@dataclass
class PassageRow:
    id: int
    article_id: str
    position: int
    kind: str
    text: str
    terms: list[str] | None = None


@dataclass
class ClaimRow:
    id: int
    passage_id: int
    article_id: str
    text: str
    speaker: str | None
    cited_from: str | None
    quantities: list[dict[str, Any]]


@dataclass
class NewArticle:
    """Everything written for one article in one transaction."""

    id: str
    content_hash: str
    outlet: str | None
    outlet_domain: str | None
    title: str | None
    author: str | None
    published: str | None
    url: str | None
    source: str | None
    body: str
    passages: list[tuple[int, str, str, str]]  # position, kind, text, space-joined terms
    claims: list[tuple[int, str, str | None, str | None, str]]  # position, text, speaker, cited, quantities json
    signature: bytes | None = None      # MinHash of the body's shingles (syndication.signature)
    credit: str | None = None           # outlet the page says it is the article of
    cites: list[str] = field(default_factory=list)  # outlets the text quotes ("dikutip dari Antara")
    raw_hash: str | None = None         # ingest.raw_hash of the record or page it came from
    stored_copy: bool = False           # a stub: its content hash was stored when a worker cleaned it (workers._stored_copy)


StoryInput = tuple[str, "bytes | None"]  # article id, signature


class Store:
    """One connection; aiosqlite runs it on its own thread so the event loop never blocks."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._db: aiosqlite.Connection | None = None
        self._reader: sqlite3.Connection | None = None   # answer reads on the calling thread (read_now)
        self._stems_reader: sqlite3.Connection | None = None   # stem_reader's connection
        # answer reads' rows by key, kept while the database is unchanged (_keyed_rows): read name ->
        # key -> that key's rows as SQLite returned them; valid for the reader's data_version
        self._kept_rows: dict[str, dict[Any, tuple[tuple, ...]]] = {}
        self._kept_version: int | None = None
        self._questions_pending = 0   # questions counted but not yet written (count_question)
        self._questions_written_at = time.monotonic()

    @property
    def db(self) -> aiosqlite.Connection:
        if self._db is None:
            raise RuntimeError("Store is not open")
        return self._db

    async def open(self) -> None:
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = await aiosqlite.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        await self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            await self._db.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError:
            pass  # read-only media: fall back to the existing journal mode
        await self._db.execute("PRAGMA synchronous = NORMAL")
        await self._db.execute(f"PRAGMA wal_autocheckpoint = {int(os.environ.get('SUMBER_WAL_CKPT') or WAL_CHECKPOINT_PAGES)}")
        await self._db.execute("PRAGMA foreign_keys = ON")
        await self.migrate()

    async def close(self) -> None:
        if self._db is not None:
            try:
                await self.write_question_count()
            except sqlite3.Error:
                pass   # a stats counter must never keep the store from closing
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._stems_reader is not None:
            self._stems_reader.close()
            self._stems_reader = None
        if self._db is not None:
            await self._db.close()
            self._db = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error. SQLite itself rolls back on some
        errors (a full disk, for one); rolling back again would replace the real error with
        "no transaction is active", so only a still-open transaction is rolled back."""
        await self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            await self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                await self.db.execute("ROLLBACK")
            raise

    async def migrate(self) -> None:
        """Apply pending migrations, each in its own transaction."""
        async with self.db.execute("PRAGMA user_version") as cur:
            version = (await cur.fetchone())[0]
        for number, sql in enumerate(MIGRATIONS, start=1):
            if number <= version:
                continue
            async with self.transaction():
                for stmt in [s for s in sql.split(";") if s.strip()]:
                    await self.db.execute(stmt)
                await self.db.execute(f"PRAGMA user_version = {number}")

    async def schema_version(self) -> int:
        async with self.db.execute("PRAGMA user_version") as cur:
            return (await cur.fetchone())[0]

    # ------------------------------------------------------------------ writes
    async def _bump_generation(self) -> None:
        await self.db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")

    async def insert_articles(self, articles: Iterable[NewArticle]) -> list[tuple[str, str]]:
        """Write articles in one transaction; returns (article_id, status) with status
        'added', 'duplicate' (same content already stored) or 'replaced' (same id, new content).

        The whole batch is one call on aiosqlite's thread (`_insert_batch`): an awaited statement
        costs a round trip between the event loop and that thread, and a batch took ~15."""
        return await self._call(_atomic, _insert_batch, list(articles))

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(cursor, *args)`` on aiosqlite's thread, on this store's connection (rows as tuples)."""
        return await self.db._execute(_with_cursor, self.db._conn, fn, *args)

    async def _lookup(self, select_in: str, keys: list[str]) -> list[tuple]:
        """Rows for ``select_in (?, ?, …)`` over many keys, in chunks below SQLite's variable limit (the list
        goes where ``{keys}`` stands, else at the end)."""
        rows: list[tuple] = []
        for chunk in _chunks(keys, 900):
            marks = f"({','.join('?' * len(chunk))})"
            sql = select_in.replace("{keys}", marks) if "{keys}" in select_in else f"{select_in} {marks}"
            rows += [tuple(r) for r in await self.db.execute_fetchall(sql, chunk)]
        return rows

    async def raw_hashes(self, article_ids: list[str]) -> dict[str, str | None]:
        """Stored raw hashes of these ids (None: stored before raw hashes were kept)."""
        return dict(await self._lookup("SELECT id, raw_hash FROM articles WHERE id IN", article_ids))

    async def delete_article(self, article_id: str) -> bool:
        """The article goes; its story's other copies stay, regrouped without it."""
        return await self._call(_atomic, _delete_article, article_id)

    # ------------------------------------------------------------------ stories
    async def clear_stories(self) -> None:
        """Forget every story (reindex groups every article again, in ingest order)."""
        async with self.transaction() as db:
            for stmt in ("DELETE FROM story_bands", "DELETE FROM story_docs", "DELETE FROM stories",
                         "UPDATE articles SET story = NULL WHERE story IS NOT NULL"):
                await db.execute(stmt)

    async def restory(self, items: list[tuple[str, bytes | None, str | None, list[str]]]) -> None:
        """For reindex, inside the caller's transaction: (article id, signature, credit found in the
        stored body, cites). A credit read at ingest from the page as scraped (a dateline cleaning
        removed) is kept when the stored body names none."""
        await self._call(_restory, items)

    async def story_counts(self) -> dict[str, int]:
        async with self.db.execute("SELECT count(*), coalesce(sum(size), 0) FROM stories WHERE size > 1") as cur:
            groups, copies = await cur.fetchone()
        return {"stories_with_copies": groups, "articles_in_them": copies}

    async def load_stems(self) -> dict[str, str]:
        async with self.db.execute("SELECT token, stem FROM stems") as cur:
            return dict(await cur.fetchall())

    def stem_reader(self) -> Callable[[str], str | None] | None:
        """One stored stem at a time, from any thread (TextPipeline.use_stored_stems); None for an
        in-memory database, which a second connection cannot see."""
        if str(self.path) == ":memory:":
            return None
        lock = threading.Lock()

        def lookup(token: str) -> str | None:
            with lock:
                if self._db is None:   # closed: the caller stems the word itself (the same result)
                    return None
                if self._stems_reader is None:
                    self._stems_reader = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True,
                                                         check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
                row = self._stems_reader.execute("SELECT stem FROM stems WHERE token = ?", (token,)).fetchone()
            return row[0] if row else None

        return lookup

    async def save_stems(self, stems: dict[str, str]) -> None:
        if stems:
            async with self.transaction() as db:
                await db.executemany("INSERT OR IGNORE INTO stems(token, stem) VALUES (?, ?)", stems.items())

    async def count_question(self) -> None:
        """One more question answered; written at most every QUESTION_COUNT_WRITE_S (and on
        stats and close). A write per answer cost the next answer its reads' page cache: another
        connection's commit makes SQLite drop the answer reader's whole cache (read_now), so every
        page an answer passes through was read again from the OS."""
        self._questions_pending += 1
        if time.monotonic() - self._questions_written_at >= QUESTION_COUNT_WRITE_S:
            await self.write_question_count()

    async def write_question_count(self) -> None:
        """Add the questions counted since the last write to the stored count."""
        n, self._questions_pending = self._questions_pending, 0
        self._questions_written_at = time.monotonic()
        if not n:
            return
        try:
            await self.db.execute(
                "UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'questions_answered'", (n,))
        except BaseException:
            self._questions_pending += n   # counted again with the next write
            raise

    async def questions_answered(self) -> int:
        """Questions answered, those not yet written included."""
        await self.write_question_count()
        return int(await self.get_meta("questions_answered") or 0)

    async def set_meta(self, key: str, value: str) -> None:
        await self.db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                              (key, value))

    # ------------------------------------------------------------------ reads
    async def get_meta(self, key: str) -> str | None:
        async with self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def generation(self) -> int:
        return int(await self.get_meta("generation") or 0)

    async def iter_terms(self, after: int = -1, batch: int = 20000) -> AsyncIterator[list[IndexRow]]:
        """Stored terms of every passage with an id above ``after``, in id order and in batches
        (no re-stemming on reindex)."""
        async for rows in self.iter_term_strings(batch, after=after):
            yield [(r[0], _terms(r[1]), r[2], r[3] == "title") for r in rows]

    async def iter_term_strings(self, batch: int = 20000, *, after: int = -1) -> AsyncIterator[list[tuple]]:
        """iter_terms' rows as stored, (id, terms, article_id, kind), the terms unsplit: what the
        full index build reads (DiskBuild.add_stored splits a batch at once)."""
        while True:
            async with self.db.execute(
                "SELECT id, terms, article_id, kind FROM passages WHERE id > ? ORDER BY id LIMIT ?", (after, batch)
            ) as cur:
                rows = await cur.fetchall()
            if not rows:
                return
            after = rows[-1][0]
            yield rows

    async def terms_after(self, passage_id: int) -> list[IndexRow]:
        """Stored terms of passages added after the given id (what a loaded index lacks)."""
        return [row async for batch in self.iter_terms(after=passage_id) for row in batch]

    async def passages(self, ids: list[int]) -> dict[int, PassageRow]:
        out: dict[int, PassageRow] = {}
        for chunk in _chunks(ids, 900):
            q = f"SELECT id, article_id, position, kind, text, terms FROM passages WHERE id IN ({','.join('?' * len(chunk))})"
            async with self.db.execute(q, chunk) as cur:
                for r in await cur.fetchall():
                    out[r[0]] = PassageRow(r[0], r[1], r[2], r[3], r[4], _terms(r[5]))
        return out

    def read_now(self, sql: str, args: list) -> list[tuple]:
        """A read on the calling thread, through a second, read-only connection (WAL: it sees
        every committed write). An answer's reads take a few milliseconds of SQLite; a round trip
        to aiosqlite's thread for each cost more than that on a busy machine (waking the thread
        and handing the GIL over and back: bench/ A/B in docs/performance.md)."""
        if self._reader is None:
            self._reader = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False,
                                           timeout=BUSY_TIMEOUT_MS / 1000, cached_statements=READER_STATEMENTS)
            # SQLite's default page cache (2 MB) cannot even hold the B-tree pages an answer's
            # 400 look-ups pass through (passages, the articles' key, stories): each was read
            # again from the OS. Bounded heap, not a map of the file (RSS stays predictable at 10M).
            self._reader.execute(f"PRAGMA cache_size = -{READER_CACHE_KIB}")
            # data_version values are this connection's own: rows kept under another's are dropped
            self._kept_rows.clear()
            self._kept_version = None
        return self._reader.execute(sql, args).fetchall()

    async def _read(self, sql: str, args: list) -> list:
        """Answer-path reads: on this thread for a database file, else through aiosqlite."""
        if str(self.path) == ":memory:":
            return list(await self.db.execute_fetchall(sql, args))
        return self.read_now(sql, args)

    async def _keyed_rows(self, name: str, select_in: str, keys: list, key_col: int) -> list[tuple]:
        """The rows of `select_in (?, ...)` over these keys, as the chunked read returns them
        (`_in_chunks`, each chunk's rows by ascending key: SQLite walks an IN list in sorted
        order, the key's rows in its own order), with each key's rows kept between answers while
        the database is unchanged: the reader's `PRAGMA data_version` changes when any other
        connection commits (an import, a delete, a story change, the questions count), and every
        kept row is then dropped. A key with no row is kept as such. The same rows, in the same
        order, as reading them all: a question asked again (or another sharing candidates) reads
        only the keys not kept. `key_col`: the key's column in the rows (unique per key or not)."""
        if str(self.path) == ":memory:":
            out: list[tuple] = []
            for chunk in _in_chunks(keys):
                out += await self._read(f"{select_in} ({','.join('?' * len(chunk))})", chunk)
            return out
        version = self.read_now("PRAGMA data_version", [])[0][0]
        if version != self._kept_version:
            self._kept_rows.clear()
            self._kept_version = version
        kept = self._kept_rows.setdefault(name, {})
        out = []
        for part in _chunks(keys, IN_CHUNK):
            wanted = sorted(set(part))
            missing = [k for k in wanted if k not in kept]
            if missing and len(kept) + len(missing) > ROWS_KEPT:
                kept.clear()   # full: start again (this part's keys all read now)
                missing = wanted
            if missing:
                got: dict[Any, list[tuple]] = {}
                for chunk in _in_chunks(missing):
                    for r in self.read_now(f"{select_in} ({','.join('?' * len(chunk))})", chunk):
                        got.setdefault(r[key_col], []).append(r)
                for k in missing:
                    kept[k] = tuple(got.get(k, ()))
            for k in wanted:
                out += kept[k]
        return out

    async def answer_rows(self, ids: list[int]) -> tuple[dict[int, PassageRow], dict[int, ClaimRow], dict[str, ArticleRow]]:
        """Everything an answer needs about these passages: the passage, its article and its claim."""
        passages: dict[int, PassageRow] = {}
        claims: dict[int, ClaimRow] = {}
        articles: dict[str, ArticleRow] = {}
        # two queries: SQLite plans the three-way join with the claims' text ~5x slower
        q = ("SELECT p.id, p.article_id, p.position, p.kind, p.text, p.terms,"
             " a.outlet, a.title, a.author, a.published, a.url, a.outlet_domain, a.story, a.credit,"
             " s.origin, s.origin_article"
             " FROM passages p JOIN articles a INDEXED BY articles_meta ON a.id = p.article_id"
             " LEFT JOIN stories s ON s.id = a.story WHERE p.id IN")
        for r in await self._keyed_rows("answer rows", q, ids, 0):
            passages[r[0]] = PassageRow(r[0], r[1], r[2], r[3], r[4], _terms(r[5]))
            if r[1] not in articles:
                articles[r[1]] = ArticleRow(r[1], r[6], r[7], r[8], r[9], r[10], "", *r[11:16])
        q = "SELECT id, passage_id, article_id, text, speaker, cited_from, quantities FROM claims WHERE passage_id IN"
        for r in await self._keyed_rows("claims", q, ids, 1):
            claims[r[1]] = ClaimRow(r[0], r[1], r[2], r[3], r[4], r[5], _quantities(r[6]))
        return passages, claims, articles

    async def answer_passages(self, ids: list[int]) -> dict[int, PassageRow]:
        """The passages alone, on the answer path (what the second stage orders candidates by)."""
        out: dict[int, PassageRow] = {}
        q = "SELECT id, article_id, position, kind, text, terms FROM passages WHERE id IN"
        for r in await self._keyed_rows("passages", q, ids, 0):
            out[r[0]] = PassageRow(r[0], r[1], r[2], r[3], r[4], _terms(r[5]))
        return out

    async def answer_extras(self, passages: list[PassageRow]) -> tuple[dict[int, ClaimRow], dict[str, ArticleRow]]:
        """The claims and articles of passages read by answer_passages: with them, answer_rows."""
        articles = await self.answer_articles(list(dict.fromkeys(p.article_id for p in passages)))
        return await self.answer_claims([p.id for p in passages]), articles

    async def answer_articles(self, article_ids: list[str]) -> dict[str, ArticleRow]:
        """Articles (without body) with their story's origin, as answer_rows joins them: from the
        covering index articles_meta (migration 7), never the article's row and its body."""
        articles: dict[str, ArticleRow] = {}
        q = ("SELECT a.id, a.outlet, a.title, a.author, a.published, a.url, a.outlet_domain, a.story, a.credit,"
             " s.origin, s.origin_article FROM articles a INDEXED BY articles_meta LEFT JOIN stories s ON s.id = a.story"
             " WHERE a.id IN")
        for r in await self._keyed_rows("articles", q, article_ids, 0):
            articles[r[0]] = ArticleRow(r[0], r[1], r[2], r[3], r[4], r[5], "", *r[6:11])
        return articles

    async def answer_claims(self, passage_ids: list[int]) -> dict[int, ClaimRow]:
        """The claim of each of these passages that has one (the same query as answer_rows')."""
        claims: dict[int, ClaimRow] = {}
        decoded: dict[str, list[dict[str, Any]]] = {}
        q = "SELECT id, passage_id, article_id, text, speaker, cited_from, quantities FROM claims WHERE passage_id IN"
        for r in await self._keyed_rows("claims", q, passage_ids, 1):
            claims[r[1]] = ClaimRow(r[0], r[1], r[2], r[3], r[4], r[5], _quantities_once(r[6], decoded))
        return claims

    async def stored_passages(self, ids: list[int]) -> dict[int, str]:
        """Which of these passages are stored (with their article, as answer_rows' inner join
        finds them), and their article ids: one look-up each, no text read."""
        out: dict[int, str] = {}
        for chunk in _in_chunks(ids):
            q = ("SELECT p.id, p.article_id FROM passages p JOIN articles a ON a.id = p.article_id"
                 f" WHERE p.id IN ({','.join('?' * len(chunk))})")
            out.update((r[0], r[1]) for r in await self._read(q, chunk))
        return out

    async def stored_passage_rows(self, ids: list[int]) -> dict[int, tuple]:
        """stored_passages' look-up (the passages stored, with their article) returning each row as
        answer_passages reads it, unbuilt (`passage_row` builds one): the strong candidates are
        looked up once, not once to filter and again for the texts of those composed (at 10M a
        quantity question's 400 candidates: ~2 ms of a second read). The article's existence is
        looked up in articles_meta, the covering index answer_articles then reads the composed
        candidates' articles from: the pages this look-up brings into the reader's cache are the
        ones that read needs (the table's own key index, SQLite's choice, is a second B-tree of
        the same keys, cold on a question's first answer). The same rows either way."""
        q = ("SELECT p.id, p.article_id, p.position, p.kind, p.text, p.terms FROM passages p"
             " JOIN articles a INDEXED BY articles_meta ON a.id = p.article_id WHERE p.id IN")
        return {r[0]: r for r in await self._keyed_rows("stored passage rows", q, ids, 0)}

    async def passage_articles(self, ids: list[int], below_position: int | None = None) -> dict[int, str]:
        """These passages' article ids; with ``below_position``, only of those that open their
        article (position below it: the title and the first sentence, for a lead)."""
        out: dict[int, str] = {}
        where = "position < ? AND " if below_position is not None else ""
        head = [below_position] if below_position is not None else []
        for chunk in _in_chunks(ids):
            q = f"SELECT id, article_id FROM passages WHERE {where}id IN ({','.join('?' * len(chunk))})"
            out.update((r[0], r[1]) for r in await self._read(q, [*head, *chunk]))
        return out

    async def figure_passages(self, article_ids: list[str]) -> dict[int, str]:
        """Passages of these articles whose claim holds a figure, each with its article: an article
        read whole (the claims row holds both, so the article costs no second read)."""
        out: dict[int, str] = {}
        for chunk in _in_chunks(article_ids):
            q = ("SELECT passage_id, article_id FROM claims WHERE quantities != '[]'"
                 f" AND article_id IN ({','.join('?' * len(chunk))})")
            out.update((r[0], r[1]) for r in await self._read(q, chunk))
        return out

    async def title_terms(self, article_ids: list[str]) -> dict[str, list[str]]:
        """Index terms of these articles' titles, as stored at ingest (no stemming at answer time)."""
        out: dict[str, list[str]] = {}
        for chunk in _in_chunks(article_ids):
            marks = ",".join("?" * len(chunk))
            q = f"SELECT article_id, terms FROM passages WHERE position = 0 AND kind = 'title' AND article_id IN ({marks})"
            for r in await self._read(q, chunk):
                out[r[0]] = _terms(r[1])
        return out

    async def article(self, article_id: str) -> ArticleRow | None:
        async with self.db.execute(
            "SELECT a.id, a.outlet, a.title, a.author, a.published, a.url, a.body, a.outlet_domain, a.story, a.credit,"
            " s.origin, s.origin_article FROM articles a LEFT JOIN stories s ON s.id = a.story WHERE a.id = ?", (article_id,)
        ) as cur:
            r = await cur.fetchone()
        return ArticleRow(*r) if r else None

    async def neighbours(self, article_id: str, position: int, radius: int = 1) -> list[PassageRow]:
        async with self.db.execute(
            "SELECT id, article_id, position, kind, text FROM passages WHERE article_id = ? AND position BETWEEN ? AND ?"
            " ORDER BY position", (article_id, position - radius, position + radius)
        ) as cur:
            return [PassageRow(*r) for r in await cur.fetchall()]

    async def has_articles(self) -> bool:
        """One row looked up, not the counts' scans (start-up reads this on archives of any size)."""
        async with self.db.execute("SELECT 1 FROM articles LIMIT 1") as cur:
            return await cur.fetchone() is not None

    async def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "passages", "claims"):
            async with self.db.execute(f"SELECT count(*) FROM {table}") as cur:  # noqa: S608 - fixed names
                out[table] = (await cur.fetchone())[0]
        async with self.db.execute("SELECT count(DISTINCT outlet) FROM articles") as cur:
            out["outlets"] = (await cur.fetchone())[0]
        return out

    async def outlets(self) -> list[dict[str, Any]]:
        async with self.db.execute(
            "SELECT coalesce(outlet, '(tidak diketahui)'), count(*), min(published), max(published) FROM articles"
            " GROUP BY 1 ORDER BY 2 DESC, 1"
        ) as cur:
            return [{"outlet": r[0], "articles": r[1], "first": r[2], "last": r[3]} for r in await cur.fetchall()]

    async def integrity_check(self) -> str:
        async with self.db.execute("PRAGMA integrity_check") as cur:
            return (await cur.fetchone())[0]

    async def backup(self, target: Path) -> None:
        """Online backup with SQLite's backup API: consistent while other connections write."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        dest = await aiosqlite.connect(str(target))
        try:
            await self.db.backup(dest)
        finally:
            await dest.close()

    # ================================================================== feeds and watches (migration 4)
    # Writes here run in their own transaction on the shared connection: callers hold the engine's
    # write lock (Engine._write_lock) as every other writer does.
    async def add_feed(self, url: str, every_minutes: int) -> tuple["FeedRow", bool]:
        """The feed (and True when it is new); following a followed URL again changes its interval."""
        async with self.transaction() as db:
            cur = await db.execute("INSERT INTO feeds(url, every_minutes) VALUES (?, ?) ON CONFLICT(url) DO NOTHING",
                                   (url, every_minutes))
            created = cur.rowcount > 0
            if not created:
                await db.execute("UPDATE feeds SET every_minutes = ? WHERE url = ?", (every_minutes, url))
        rows = await self.db.execute_fetchall(f"SELECT {_FEED_COLUMNS} FROM feeds WHERE url = ?", (url,))
        return FeedRow(*rows[0]), created

    async def remove_feed(self, feed_id: int) -> bool:
        async with self.transaction() as db:
            cur = await db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
            return cur.rowcount > 0

    async def feeds(self) -> list["FeedRow"]:
        return [FeedRow(*r) for r in await self.db.execute_fetchall(f"SELECT {_FEED_COLUMNS} FROM feeds ORDER BY id")]

    async def feed(self, feed_id: int) -> "FeedRow | None":
        rows = await self.db.execute_fetchall(f"SELECT {_FEED_COLUMNS} FROM feeds WHERE id = ?", (feed_id,))
        return FeedRow(*rows[0]) if rows else None

    async def known_item_urls(self, urls: list[str], max_attempts: int) -> set[str]:
        """URLs already settled: an item of any feed that was stored, was a duplicate, was refused, or
        failed `max_attempts` times; or the URL of a stored article (added by hand or by another feed)."""
        known = {r[0] for r in await self._lookup(
            f"SELECT url FROM feed_items WHERE (status != 'failed' OR attempts >= {int(max_attempts)}) AND url IN", urls)}
        return known | {r[0] for r in await self._lookup("SELECT url FROM articles WHERE url IN", urls)}

    async def record_poll(self, feed_id: int, now: float, items: list[tuple[str, str, str | None]], *,
                          kind: str | None, title: str | None, etag: str | None, last_modified: str | None,
                          new_items: int, note: str | None, backlog: int, next_poll: float) -> None:
        """A successful poll in one transaction: the items seen (url, status, article id; a failed
        item counts one more attempt) and the feed's state (failures reset)."""
        async with self.transaction() as db:
            await db.executemany(
                "INSERT INTO feed_items(feed_id, url, status, article_id, seen_at) VALUES (?,?,?,?,?)"
                " ON CONFLICT(feed_id, url) DO UPDATE SET status = excluded.status, article_id = excluded.article_id,"
                " attempts = feed_items.attempts + 1, seen_at = excluded.seen_at",
                [(feed_id, url, status, art, now) for url, status, art in items])
            await db.execute(
                "UPDATE feeds SET kind = coalesce(?, kind), title = coalesce(?, title), etag = ?, last_modified = ?,"
                " last_poll = ?, last_ok = ?, last_new = CASE WHEN ? > 0 THEN ? ELSE last_new END, next_poll = ?,"
                " failures = 0, last_error = NULL, note = ?, backlog = ? WHERE id = ?",
                (kind, title, etag, last_modified, now, now, new_items, now, next_poll, note, backlog, feed_id))

    async def record_feed_failure(self, feed_id: int, now: float, error: str, next_poll: float) -> int:
        """One more failure in a row; returns how many."""
        async with self.transaction() as db:
            await db.execute("UPDATE feeds SET last_poll = ?, failures = failures + 1, last_error = ?, next_poll = ?"
                             " WHERE id = ?", (now, error, next_poll, feed_id))
        rows = await self.db.execute_fetchall("SELECT failures FROM feeds WHERE id = ?", (feed_id,))
        return rows[0][0] if rows else 0

    async def last_article_rowid(self) -> int:
        rows = await self.db.execute_fetchall("SELECT coalesce(max(rowid), 0) FROM articles")
        return rows[0][0]

    async def article_rowids(self, article_ids: list[str]) -> dict[str, int]:
        return {r[0]: r[1] for r in await self._lookup("SELECT id, rowid FROM articles WHERE id IN", article_ids)}

    async def add_watch(self, chat_id: int, thread_id: int, question: str, now: float, seen_upto: int,
                        keys: Iterable[str]) -> tuple["WatchRow", bool]:
        """Save a question for a chat with what it already answers (not announced later)."""
        async with self.transaction() as db:
            cur = await db.execute(
                "INSERT INTO watches(chat_id, thread_id, question, created_at, seen_upto) VALUES (?,?,?,?,?)"
                " ON CONFLICT(chat_id, thread_id, question) DO NOTHING", (chat_id, thread_id, question, now, seen_upto))
            created = cur.rowcount > 0
            rows = await db.execute_fetchall(f"SELECT {_WATCH_COLUMNS} FROM watches WHERE chat_id = ? AND thread_id = ?"
                                             " AND question = ?", (chat_id, thread_id, question))
            watch = WatchRow(*rows[0])
            if created:
                await db.executemany("INSERT OR IGNORE INTO watch_seen(watch_id, key) VALUES (?, ?)",
                                     [(watch.id, k) for k in keys])
        return watch, created

    async def watches(self, chat_id: int | None = None) -> list["WatchRow"]:
        if chat_id is None:
            q, args = f"SELECT {_WATCH_COLUMNS} FROM watches ORDER BY id", ()
        else:
            q, args = f"SELECT {_WATCH_COLUMNS} FROM watches WHERE chat_id = ? ORDER BY id", (chat_id,)
        return [WatchRow(*r) for r in await self.db.execute_fetchall(q, args)]

    async def remove_watch(self, watch_id: int, chat_id: int | None = None) -> bool:
        """Remove a watch (only from its own chat when `chat_id` is given)."""
        async with self.transaction() as db:
            if chat_id is None:
                cur = await db.execute("DELETE FROM watches WHERE id = ?", (watch_id,))
            else:
                cur = await db.execute("DELETE FROM watches WHERE id = ? AND chat_id = ?", (watch_id, chat_id))
            return cur.rowcount > 0

    async def watch_keys(self, watch_id: int) -> set[str]:
        return {r[0] for r in await self.db.execute_fetchall("SELECT key FROM watch_seen WHERE watch_id = ?", (watch_id,))}

    async def mark_watch(self, watch_id: int, keys: Iterable[str], seen_upto: int, notice_at: float | None) -> None:
        """After a notice went out (or nothing was new): its claims are known, the articles checked."""
        async with self.transaction() as db:
            await db.executemany("INSERT OR IGNORE INTO watch_seen(watch_id, key) VALUES (?, ?)",
                                 [(watch_id, k) for k in keys])
            await db.execute("UPDATE watches SET seen_upto = max(seen_upto, ?), last_notice = coalesce(?, last_notice)"
                             " WHERE id = ?", (seen_upto, notice_at, watch_id))


_FEED_COLUMNS = ("id, url, every_minutes, kind, title, etag, last_modified, added_at, last_poll, last_ok, last_new,"
                 " next_poll, failures, last_error, note, backlog")
_WATCH_COLUMNS = "id, chat_id, thread_id, question, created_at, seen_upto, last_notice"


@dataclass
class FeedRow:
    id: int
    url: str
    every_minutes: int
    kind: str | None
    title: str | None
    etag: str | None
    last_modified: str | None
    added_at: str
    last_poll: float | None      # epoch seconds
    last_ok: float | None
    last_new: float | None       # the last poll that stored a new article
    next_poll: float
    failures: int                # failures in a row (backoff)
    last_error: str | None
    note: str | None             # a warning from the last good poll (broken dates, items refused)
    backlog: int                 # new items left for the next poll (the per-poll cap)


@dataclass
class WatchRow:
    id: int
    chat_id: int                 # Telegram chat; 0 for the command line
    thread_id: int               # forum topic; 0 for none
    question: str
    created_at: float
    seen_upto: int               # articles.rowid checked up to
    last_notice: float | None


def _terms(stored: str | None) -> list[str]:
    return stored.split(" ") if stored else []


def passage_row(r: tuple) -> PassageRow:
    """A row of Store.stored_passage_rows built as answer_passages builds it."""
    return PassageRow(r[0], r[1], r[2], r[3], r[4], _terms(r[5]))


_decode = json.JSONDecoder().decode


def _quantities_once(stored: str, decoded: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """_quantities, each distinct stored text decoded once per read: the copies of one sentence
    (~22 of each at 10M, one claim each) share the decoded list, which answering only reads (a
    figure shown is a new dict: `{**q, ...}`; a claim narrowed gets a new list)."""
    if stored == "[]":
        return []
    out = decoded.get(stored)
    if out is None:
        out = decoded[stored] = _decode(stored)
    return out


def _quantities(stored: str) -> list[dict[str, Any]]:
    """A claim's stored figures. ~40% of the claims an answer reads have none ("[]"): a new
    empty list without the decoder (decoding was ~40% of building an answer's rows in Python:
    ad hoc, cProfile over the bench questions' reads)."""
    return [] if stored == "[]" else _decode(stored)


def _chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


IN_BUCKET = 32   # an answer read's IN list is padded to a multiple of this many values (_in_chunks)


IN_CHUNK = 896   # an answer read's IN list is cut into chunks of at most this many values


def _in_chunks(items: list, size: int | None = None) -> Iterable[list]:
    """An answer read's IN-list values in chunks of at most `size`, each longer than 8 padded with
    its last value to a multiple of IN_BUCKET. IN tests membership: a repeated value adds no row
    and moves none (SQLite reads the list as a set, in its own order). With ~30 lengths in place
    of ~900, sqlite3's statement cache keeps the answer path's statements compiled (the slowest
    40 bench questions' 232 reads replayed: 21 -> 13 ms in `execute` of ~75 ms, 0 rows differ)."""
    for chunk in _chunks(items, size or IN_CHUNK):
        n = len(chunk)
        if n > 8 and n % IN_BUCKET:
            chunk = chunk + [chunk[-1]] * (IN_BUCKET - n % IN_BUCKET)
        yield chunk


# ====================================================================== the write path, synchronous
# These run on aiosqlite's thread (Store._call), a whole batch in one call; `cur` is a cursor of the
# store's connection that returns rows as tuples.
_MEMBER_FIELDS = "outlet, outlet_domain, url, published, credit, cites"
MemberFields = tuple[str | None, str | None, str | None, str | None, str | None, str | None]   # _MEMBER_FIELDS


def _with_cursor(con: sqlite3.Connection, fn: Callable[..., T], *args: Any) -> T:
    cur = con.cursor()
    cur.row_factory = None
    try:
        return fn(cur, *args)
    finally:
        cur.close()


def _atomic(cur: sqlite3.Cursor, fn: Callable[..., T], *args: Any) -> T:
    """``fn(cur, *args)`` in BEGIN IMMEDIATE ... COMMIT, rolled back on any error (as Store.transaction)."""
    con = cur.connection
    cur.execute("BEGIN IMMEDIATE")
    try:
        out = fn(cur, *args)
        cur.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            cur.execute("ROLLBACK")
        raise
    return out


def _rows_in(cur: sqlite3.Cursor, select_in: str, keys: list) -> list[tuple]:
    """Store._lookup on this thread: rows for ``select_in (?, ?, …)`` over many keys, in chunks."""
    rows: list[tuple] = []
    for chunk in _chunks(keys, 900):
        marks = f"({','.join('?' * len(chunk))})"
        sql = select_in.replace("{keys}", marks) if "{keys}" in select_in else f"{select_in} {marks}"
        rows += cur.execute(sql, chunk).fetchall()
    return rows


def _bump(cur: sqlite3.Cursor) -> None:
    cur.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")


def _without_cycle_collection(fn: Callable[..., T]) -> Callable[..., T]:
    """Ingest speed: the writer builds and drops ~10^5 objects a batch (rows, band keys, the
    rows looked up); every 700 allocations started a collection and the objects in flight made
    full ones: ~6 µs of the writer thread's ~50 a stored passage (bench/import_cpu.py,
    parent_gc_us). Nothing written here forms a reference cycle, so reference counting frees it
    all as before; collections (for the whole process) resume when the batch is settled. Left
    as it is when collections are off already."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> T:
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()

    return run


@_without_cycle_collection
def _insert_batch(cur: sqlite3.Cursor, articles: list[NewArticle]) -> list[tuple[str, str]]:
    """Store.insert_articles inside its transaction: the batch is settled in Python first and
    written with a handful of statements."""
    results: list[tuple[str, str]] = []
    stored_hashes = dict(_rows_in(cur, "SELECT content_hash, id FROM articles WHERE content_hash IN",
                                  [a.content_hash for a in articles]))
    stored_ids = {row[0] for row in _rows_in(cur, "SELECT id FROM articles WHERE id IN", [a.id for a in articles])}
    kept: dict[str, NewArticle] = {}          # article id -> its newest content in this batch
    replaced: set[str] = set()
    for art in articles:
        same = stored_hashes.get(art.content_hash)
        if same is not None:
            results.append((same, "duplicate"))
            continue
        if art.stored_copy:
            # its stored twin was deleted since the worker looked (a delete during an import):
            # a stub has no text to store; a re-run of the import stores the article
            results.append((art.id, "duplicate"))
            continue
        exists = art.id in stored_ids or art.id in kept
        if art.id in kept:                    # the same id twice in one batch: the later wins
            stored_hashes.pop(kept[art.id].content_hash, None)
        elif exists:
            replaced.add(art.id)              # its stored content no longer counts as a duplicate
            stored_hashes = {h: i for h, i in stored_hashes.items() if i != art.id}
        kept[art.id] = art
        stored_hashes[art.content_hash] = art.id
        results.append((art.id, "replaced" if exists else "added"))
    if replaced:
        left = _leave_stories(cur, list(replaced))
        cur.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in replaced])
        _recluster(cur, left)
    # stories are settled before the articles are written, so each row is written once, with its story
    plan = _plan_stories(cur, [(a.id, a.signature) for a in kept.values() if a.signature])
    cur.executemany(
        "INSERT INTO articles(id, content_hash, outlet, outlet_domain, title, author, published, url, source, body,"
        " story, credit, cites, raw_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(a.id, a.content_hash, a.outlet, a.outlet_domain, a.title, a.author, a.published, a.url, a.source, a.body,
          plan.story.get(a.id), a.credit, "\n".join(a.cites) or None, a.raw_hash)
         for a in kept.values()],
    )
    _write_stories(cur, plan, {a.id: (a.outlet, a.outlet_domain, a.url, a.published, a.credit, "\n".join(a.cites) or None)
                               for a in kept.values() if a.signature})
    # passage ids assigned here (the write lock is held), so claims can point at them
    next_id = cur.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0] + 1
    passages: list[tuple] = []
    claims: list[tuple] = []
    for art in kept.values():
        ids = {}
        for position, kind, text, terms in art.passages:
            ids[position] = next_id
            passages.append((next_id, art.id, position, kind, text, terms))
            next_id += 1
        claims += [(ids[pos], art.id, text, spk, cited, q) for pos, text, spk, cited, q in art.claims]
    cur.executemany("INSERT INTO passages(id, article_id, position, kind, text, terms) VALUES (?,?,?,?,?,?)", passages)
    cur.executemany(
        "INSERT INTO claims(passage_id, article_id, text, speaker, cited_from, quantities) VALUES (?,?,?,?,?,?)", claims)
    if any(status == "replaced" for _, status in results):
        _bump(cur)
    return results


def _delete_article(cur: sqlite3.Cursor, article_id: str) -> bool:
    left = _leave_stories(cur, [article_id])
    deleted = cur.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0
    if deleted:
        _recluster(cur, left)
        _bump(cur)
    return deleted


@dataclass
class _StoryPlan:
    docs: list[tuple[int, str, bytes]] = field(default_factory=list)   # new story_docs: doc, article id, signature
    bands: list[tuple[int, int]] = field(default_factory=list)         # new story_bands rows, in key order
    story: dict[str, int] = field(default_factory=dict)                # article id -> its story after the batch
    merged: list[tuple[int, int]] = field(default_factory=list)        # (story kept, story merged into it)


def _plan_stories(cur: sqlite3.Cursor, items: list[StoryInput]) -> _StoryPlan:
    """Each new article's story: the story of every stored or batch article whose signature
    shares an LSH band with it and agrees on >= THRESHOLD of its values. An article that matches
    several stories merges them (the smallest id stays). Reads story_docs and story_bands only."""
    plan = _StoryPlan()
    if not items:
        return plan
    cap = syndication.BAND_CAP
    keys = syndication.band_keys_many([sig for _, sig in items])
    by_key: dict[int, list[int]] = {}
    # at most BAND_CAP documents a key (the first stored): bounded work per article at any size.
    # Rows in key and doc order, the first BAND_CAP of each key kept here: what a window function
    # (row_number() <= BAND_CAP) gave, at ~60% of its SQLite cost; it read every row of a key too.
    for key, doc in _rows_in(cur, "SELECT key, doc FROM story_bands WHERE key IN {keys} ORDER BY key, doc",
                             sorted({k for ks in keys for k in ks})):
        held = by_key.get(key)
        if held is None:
            by_key[key] = [doc]
        elif len(held) < cap:
            held.append(doc)
    sig_of: dict[int, bytes] = {}
    story_of: dict[int, int] = {}
    for doc, sig, story in _rows_in(cur, "SELECT doc, sig, story FROM story_docs WHERE doc IN",
                                    list({d for ds in by_key.values() for d in ds})):
        sig_of[doc], story_of[doc] = sig, story if story is not None else doc
    parent: dict[int, int] = {}

    def root(s: int) -> int:
        while parent.get(s, s) != s:
            s = parent[s]
        return s

    similarity, threshold = syndication.similarity, syndication.THRESHOLD
    add_band = plan.bands.append
    next_doc = cur.execute("SELECT coalesce(max(doc), 0) FROM story_docs").fetchone()[0] + 1
    # ingest speed: a key that one article of the batch alone has and no stored document holds
    # (most keys) is that article's band row without the loop below: it matches nothing and no
    # later article looks it up. Only the other keys are visited, in the same order.
    grid = np.array(keys, dtype=np.int64)
    _, where, counts = np.unique(grid, return_inverse=True, return_counts=True)
    alone = counts[where.reshape(grid.shape)] == 1
    if by_key:
        alone &= ~np.isin(grid, np.fromiter(by_key, dtype=np.int64, count=len(by_key)))
    docs_grid = np.broadcast_to(np.arange(next_doc, next_doc + len(items), dtype=np.int64)[:, None], grid.shape)
    alone_keys, alone_docs = grid[alone], docs_grid[alone]
    visit = np.split(grid[~alone], np.cumsum((~alone).sum(axis=1))[:-1])
    for (aid, sig), its_keys in zip(items, (v.tolist() for v in visit)):
        doc, next_doc = next_doc, next_doc + 1
        matched: set[int] = set()
        seen: set[int] = set()
        for key in its_keys:
            held = by_key.get(key)
            if held is None:       # most keys: no stored or batch document holds it yet
                by_key[key] = [doc]
                add_band((key, doc))
                continue
            for other in held:
                if other not in seen and other in sig_of:
                    seen.add(other)
                    if similarity(sig, sig_of[other]) >= threshold:
                        matched.add(root(story_of[other]))
            if len(held) < cap:
                held.append(doc)   # later articles of the batch can match this one
                add_band((key, doc))
        story = min(matched | {doc})
        for s in matched:
            parent[s] = story
        sig_of[doc], story_of[doc] = sig, story
        plan.docs.append((doc, aid, sig))
    # in key order (then doc): neighbouring keys share B-tree pages
    band_keys = np.concatenate([alone_keys, np.fromiter((k for k, _ in plan.bands), dtype=np.int64, count=len(plan.bands))])
    band_docs = np.concatenate([alone_docs, np.fromiter((d for _, d in plan.bands), dtype=np.int64, count=len(plan.bands))])
    order = np.lexsort((band_docs, band_keys))
    plan.bands = list(zip(band_keys[order].tolist(), band_docs[order].tolist()))
    plan.story = {aid: root(story_of[doc]) for doc, aid, _ in plan.docs}
    plan.merged = [(root(s), s) for s in parent if root(s) != s]
    return plan


def _write_stories(cur: sqlite3.Cursor, plan: _StoryPlan, members: dict[str, MemberFields]) -> None:
    """Write a plan whose articles are stored with their story: their story_docs and band keys,
    stories merged, and the origin of every story touched."""
    if not plan.docs:
        return
    cur.executemany(f"INSERT INTO story_docs(doc, article_id, sig, story, {_MEMBER_FIELDS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [(doc, aid, sig, plan.story[aid], *members[aid]) for doc, aid, sig in plan.docs])
    cur.executemany("INSERT OR IGNORE INTO story_bands(key, doc) VALUES (?,?)", plan.bands)
    if plan.merged:
        cur.executemany("UPDATE articles SET story = ? WHERE story = ?", plan.merged)
        cur.executemany("UPDATE story_docs SET story = ? WHERE story = ?", plan.merged)
        cur.executemany("DELETE FROM stories WHERE id = ?", [(s,) for _, s in plan.merged])
    _refresh_origins(cur, set(plan.story.values()))


def _join_stored(cur: sqlite3.Cursor, items: list[StoryInput]) -> None:
    """Stories for articles already stored (reindex: their stories were cleared)."""
    plan = _plan_stories(cur, [(aid, sig) for aid, sig in items if sig])
    if not plan.docs:
        return
    cur.executemany("UPDATE articles SET story = ? WHERE id = ?", [(plan.story[aid], aid) for _, aid, _ in plan.docs])
    members = {r[0]: r[1:] for r in _rows_in(cur, f"SELECT id, {_MEMBER_FIELDS} FROM articles WHERE id IN",
                                             [aid for _, aid, _ in plan.docs])}
    _write_stories(cur, plan, members)


def _restory(cur: sqlite3.Cursor, items: list[tuple[str, bytes | None, str | None, list[str]]]) -> None:
    """Store.restory on this thread."""
    cur.executemany("UPDATE articles SET credit = coalesce(?, credit), cites = ? WHERE id = ?",
                    [(credit, "\n".join(cites) or None, aid) for aid, _, credit, cites in items])
    _join_stored(cur, [(aid, sig) for aid, sig, _, _ in items])


def _leave_stories(cur: sqlite3.Cursor, article_ids: list[str]) -> set[int]:
    """Before articles are deleted: drop their band keys; returns the stories they were in."""
    rows = _rows_in(cur, "SELECT doc, sig, story FROM story_docs WHERE article_id IN", article_ids)
    cur.executemany("DELETE FROM story_bands WHERE key = ? AND doc = ?",
                    [(k, doc) for doc, sig, _ in rows for k in syndication.band_keys(sig)])
    return {story for _, _, story in rows if story is not None}


def _recluster(cur: sqlite3.Cursor, stories: Iterable[int]) -> None:
    """After copies left: what remains of each story, split where no copy links the parts."""
    for story in stories:
        rows = cur.execute("SELECT doc, sig, article_id FROM story_docs WHERE story = ?", (story,)).fetchall()
        cur.execute("DELETE FROM stories WHERE id = ?", (story,))
        article_of = {r[0]: r[2] for r in rows}
        parts = syndication.components({r[0]: r[1] for r in rows})
        moved = [(part[0], d) for part in parts for d in part if part[0] != story]
        cur.executemany("UPDATE articles SET story = ? WHERE id = ?", [(s, article_of[d]) for s, d in moved])
        cur.executemany("UPDATE story_docs SET story = ? WHERE doc = ?", moved)
        _refresh_origins(cur, {part[0] for part in parts})


def _refresh_origins(cur: sqlite3.Cursor, stories: set[int]) -> None:
    """Each story's origin outlet and size, from what its copies say (syndication.story_origin);
    the copies' fields are read from story_docs (migration 6), not from their article rows."""
    members: dict[int, list[syndication.Member]] = {s: [] for s in stories}
    for r in _rows_in(cur, f"SELECT story, article_id, {_MEMBER_FIELDS}, doc FROM story_docs WHERE story IN",
                      list(stories)):
        members[r[0]].append(syndication.Member(r[1], r[2], r[3], r[4], r[5], r[6],
                                                r[7].split("\n") if r[7] else [], r[8]))
    rows = []
    for story, ms in members.items():
        if ms:
            origin, origin_article = syndication.story_origin(ms)
            rows.append((story, origin, origin_article, len(ms)))
    cur.executemany("INSERT OR REPLACE INTO stories(id, origin, origin_article, size) VALUES (?,?,?,?)", rows)
