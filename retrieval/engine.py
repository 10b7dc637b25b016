"""The answer engine as one explicit application object: storage, text pipeline and index together.

Used by the CLI and the Telegram bot alike; knows nothing of either. The index reference is
swapped in one assignment after a rebuild, so concurrent questions see either the old index or
the new one, never a mixture.
"""
from __future__ import annotations

import asyncio
import dataclasses
import itertools
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Awaitable, Callable, Iterable

from .answer import Answer, Candidate, add_closest, claims_of, compose, entries_where, mark_answer_spans, people_keys, unit_word, with_answering_figures, with_pages_of
from .clean import Article, slug_title
from .frame import question_frame, report_time_apart
from .index import BM25Index, DiskBuild
from . import derivation, relevance
from .ingest import InputError, Progress as ReadProgress, Unit, iter_units, payload_id, raw_hash, read_bytes
from .store import IndexRow, Store, passage_row
from .related import EXPANSION_WEIGHT, RelatedTerms
from .text import Query, TextPipeline

if TYPE_CHECKING:  # .workers (multiprocessing, concurrent.futures) is imported where ingest uses it:
    from .workers import Item, PreparePool, Prepared  # answering never does, and every start paid it

log = logging.getLogger("sumber.engine")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = PROJECT_ROOT / "seeds"
MAX_CANDIDATES = 400          # passages fetched per quantity question (every figure counts), best BM25 first
MAX_CANDIDATES_OTHER = 150    # other questions show the best dozen after reranking
RANKED_CANDIDATES = 150       # passages the second stage orders (a quantity question's further ones keep BM25 order)
PARTIAL_CANDIDATES = 40       # passages considered for "the closest few" when nothing matches strongly
# articles per transaction when ingesting many: an article's 32 random band keys dirty most leaf
# pages of story_bands whatever the batch, and each commit writes them all to the WAL, so fewer,
# larger commits cost the writer ~15% less a passage (800 against 200, docs/performance.md, tenth
# session). A crash loses at most the batches in flight (two: one written, one prepared); a re-run
# skips what was committed (Engine._skip_stored).
INGEST_BATCH = 800
REINDEX_BATCH = 100           # articles re-derived per transaction
PARALLEL_MIN_ARTICLES = 100   # below this, worker processes cost more to start than they save
MAX_QUESTION_CHARS = 500
MERGE_MIN_ROWS = 20_000       # added-segment passages before a background merge ...
MERGE_SHARE = 0.02            # ... or this share of the main segment, whichever is larger
# file-backed pages a process answering may keep mapped (the saved index's maps, mostly the
# postings, and the shared libraries) before `Engine.trim_mapped` drops the index's: at 10M
# passages the pages of the postings questions read grew VmRSS to 0.7-1.07 GB while the process's
# own memory was ~0.31 GB (docs/performance.md, sixteenth session)
MAPPED_BUDGET = 448 << 20
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

Progress = Callable[[int, int], Awaitable[None] | None]


def mapped_resident() -> int | None:
    """Bytes of file-backed pages resident in this process's maps (/proc/self/statm's shared
    field: RssFile + RssShmem), or None where /proc is not there. ~10 us to read."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[2]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


async def _report(progress: "Progress | None", done: int, total: int) -> None:
    if progress is not None:
        res = progress(done, total)
        if asyncio.iscoroutine(res):
            await res


def default_db_path() -> Path:
    env = os.environ.get("SUMBER_DB")
    if env:
        return Path(env).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "sumber" / "sumber.db"


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    details: list[dict] = field(default_factory=list)  # outlet/title/date/claims per added article
    # counts, always kept; the lists above only with keep_lists (a big import holds counts only)
    n_added: int = 0
    n_replaced: int = 0
    n_duplicates: int = 0
    n_problems: int = 0
    skipped: int = 0          # stored before with the same id and raw hash: not cleaned again
    passages: int = 0         # passages written
    keep_lists: bool = True
    on_article: Callable[[dict], None] | None = None   # called with each added/replaced article's details
    on_problem: Callable[[str], None] | None = None

    MAX_PROBLEMS_KEPT = 1000  # without keep_lists

    def merge(self, other: "IngestReport") -> None:
        for k in ("added", "replaced", "duplicates", "problems", "details"):
            getattr(self, k).extend(getattr(other, k))
        for k in ("n_added", "n_replaced", "n_duplicates", "n_problems", "skipped", "passages"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def problem(self, message: str) -> None:
        self.n_problems += 1
        if self.keep_lists or len(self.problems) < self.MAX_PROBLEMS_KEPT:
            self.problems.append(message)
        if self.on_problem is not None:
            self.on_problem(message)

    def summary(self) -> str:
        parts = [f"{self.n_added} added"]
        if self.n_replaced:
            parts.append(f"{self.n_replaced} replaced")
        if self.n_duplicates or self.skipped:
            parts.append(f"{self.n_duplicates + self.skipped} already present"
                         + (f" ({self.skipped} skipped unchanged)" if self.skipped else ""))
        if self.n_problems:
            parts.append(f"{self.n_problems} problem(s)")
        return ", ".join(parts)

    def to_dict(self) -> dict:
        return {"added": self.n_added, "already_present": self.n_duplicates + self.skipped,
                "skipped_unchanged": self.skipped, "replaced": self.n_replaced, "problems": self.n_problems,
                "passages": self.passages}


class ReindexRunning(Exception):
    """A reindex is already in progress."""


class _NamedKeep:
    """Engine._answer's `keep` once the question's names filter the candidates: the caller's
    keep, then the names (Engine._named_filter). A callable on one candidate, as before, and
    `each` on a list: the same verdicts with one article_holds pass for the list."""

    def __init__(self, outer: Callable[[Candidate], bool] | None,
                 named: Callable[[list[Candidate]], list[Candidate]]) -> None:
        self.outer = outer
        self.named = named

    def __call__(self, c: Candidate) -> bool:
        return (not self.outer or self.outer(c)) and bool(self.named([c]))

    def each(self, candidates: list[Candidate]) -> list[Candidate]:
        kept = [c for c in candidates if not self.outer or self.outer(c)]
        return self.named.each(kept)  # type: ignore[attr-defined]

    def joining(self, candidates: list[Candidate]) -> list[Candidate]:
        """`each` for reports that may only join a listed figure (Engine._same_figures): one of the
        question's names is enough, as the figure, its unit and every figure rule must agree besides
        (another outlet leaves out the gang's name: "Jakarta Tangerang All Star")."""
        kept = [c for c in candidates if not self.outer or self.outer(c)]
        return self.named.joining(kept)  # type: ignore[attr-defined]


def _keeps_figures(retry: Answer, answer: Answer) -> bool:
    """Whether a recomposed answer still lists every figure value the first one did."""
    values = {(c.figure.get("value"), c.figure.get("high")) for c in retry.claims if c.figure}
    return all((c.figure.get("value"), c.figure.get("high")) in values for c in answer.claims if c.figure)


def _kept(keep: Callable[[Candidate], bool] | None, candidates: list[Candidate]) -> list[Candidate]:
    """`[c for c in candidates if not keep or keep(c)]`, a list at a time when `keep` can judge one
    (_NamedKeep.each)."""
    if keep is None:
        return list(candidates)
    each = getattr(keep, "each", None)
    return each(candidates) if each is not None else [c for c in candidates if keep(c)]


class Engine:
    """Open with ``await Engine.open(path)``; close with ``await engine.close()``."""

    def __init__(self, db_path: Path | str | None = None, seeds_dir: Path | None = DEFAULT_SEEDS,
                 pipeline: TextPipeline | None = None, ingest_workers: int | None = None,
                 mapped_budget: int | None = MAPPED_BUDGET) -> None:
        self.db_path = Path(db_path) if db_path else default_db_path()
        self.index_dir = self.db_path.with_name(self.db_path.name + ".index")
        self.seeds_dir = seeds_dir
        self.pipeline = pipeline or TextPipeline()
        self.ingest_workers = ingest_workers or int(os.environ.get("SUMBER_INGEST_WORKERS") or os.cpu_count() or 1)
        self._pool: PreparePool | None = None
        self.store = Store(self.db_path)
        self.index: BM25Index = BM25Index.build([])
        self._write_lock = asyncio.Lock()
        self._reindex_lock = asyncio.Lock()
        self._index_lock = asyncio.Lock()     # held while the live index reference changes
        self._rebuild_lock = asyncio.Lock()   # one full build at a time
        self._merge_task: asyncio.Task | None = None
        self.index_built_at: float | None = None
        self.derived_stale = False   # the archive was derived with other rules (retrieval/derivation.py)
        self.ranker = relevance.Ranker.load()
        self._related: RelatedTerms | None = None  # words the archive uses for the question's words
        self._not_names = self.pipeline.question_words | self.pipeline.stopwords  # never a speaker's name
        # the budget for mapped file pages (MAPPED_BUDGET; None: never trim)
        self.mapped_budget = mapped_budget
        self.mapped_trims = 0   # how many times answering trimmed the index's mapped pages
        self._trim_thread: threading.Thread | None = None   # the trim `ask` started, if any

    @property
    def related(self) -> RelatedTerms:
        """Read when a question first needs the closest few (~60 ms of start-up otherwise)."""
        if self._related is None:
            self._related = RelatedTerms.load()
        return self._related

    @related.setter
    def related(self, table: RelatedTerms) -> None:
        self._related = table

    @classmethod
    async def open(cls, db_path: Path | str | None = None, **kwargs) -> "Engine":  # noqa: ANN003
        engine = cls(db_path, **kwargs)
        await engine.start()
        return engine

    async def start(self) -> None:
        await self.store.open()
        await self._check_derivation()   # before the seeds: a new archive is derived with these rules
        if self.seeds_dir and await self.store.get_meta("seeded") is None:
            counts = await self.store.counts()
            if counts["articles"] == 0 and Path(self.seeds_dir).is_dir():
                paths = sorted(p for p in Path(self.seeds_dir).iterdir()
                               if p.suffix in (".txt", ".html", ".jsonl") and not p.name.startswith("."))
                report = await self.ingest_paths(paths, source="seed", rebuild=False)
                log.info("first run: built-in seeds ingested (%s)", report.summary())
            await self.store.set_meta("seeded", "1")
        # the saved index is mapped in a thread meanwhile (its O(N) arrays are numpy work that
        # leaves the GIL): start-up is the longer of the two, not their sum
        loading = asyncio.ensure_future(asyncio.to_thread(BM25Index.load, self.index_dir))
        # answers never wait on Sastrawi for a word the archive has already seen (questions,
        # counted nouns): stored stems are read per word when first needed (loading all 111k
        # of a large archive took 0.2-0.4 s of start-up); all at once only for :memory:
        lookup = self.store.stem_reader()
        if lookup is None:
            self.pipeline.add_stems(await self.store.load_stems())
        else:
            self.pipeline.use_stored_stems(lookup)
        await self._load_or_rebuild_index(await loading)

    async def _check_derivation(self) -> None:
        """An empty archive takes the current rules' stamp; one derived with other rules (or by a
        version before stamps) is flagged, with a log line saying how to catch up."""
        stamp = await self.store.get_meta(derivation.META_KEY)
        if stamp == derivation.rules_stamp():
            return
        if not await self.store.has_articles():
            await self.store.set_meta(derivation.META_KEY, derivation.rules_stamp())
            return
        self.derived_stale = True
        log.warning("%s was derived with other rules than this version's: figures and terms stay as they "
                    "were read then until `sumber reindex` (or /reindex) derives them again", self.db_path)

    async def close(self) -> None:
        if self._merge_task is not None and not self._merge_task.done():
            await self._merge_task
        await self.wait_for_trim()
        await self._close_pool()
        await self.store.close()

    async def _close_pool(self) -> None:
        """Stop the ingest workers (started again on the next ingest that needs them)."""
        if self._pool is not None:
            await asyncio.to_thread(self._pool.close)
            self._pool = None

    # ------------------------------------------------------------------ index
    async def _load_or_rebuild_index(self, loaded: BM25Index | None) -> None:
        generation = await self.store.generation()
        if loaded is not None and loaded.generation == generation:
            async with self._index_lock:
                self.index = loaded
                self.index_built_at = (self.index_dir / "meta.json").stat().st_mtime
                await self._catch_up()
            if self.index.added_rows > self.merge_threshold():
                await self.rebuild_index()
            return
        if loaded is None:
            log.info("no saved index at %s; building it from the database", self.index_dir)
        else:
            log.warning("saved index (generation %s) does not match the database (generation %s); rebuilding",
                        loaded.generation, generation)
        await self.rebuild_index()

    def merge_threshold(self) -> int:
        """Passages held in added segments before they are merged into a new main segment."""
        return max(MERGE_MIN_ROWS, int(self.index.main_rows * MERGE_SHARE))

    async def _catch_up(self) -> None:
        """Add the passages stored after the index's last one (caller holds the index lock)."""
        rows = await self.store.terms_after(self.index.max_passage_id)
        if rows:
            self.index = await asyncio.to_thread(self.index.with_added, rows)

    async def rebuild_index(self) -> BM25Index:
        """Build from the stored terms (no re-stemming), save, then swap the reference.

        Articles added while the build runs are caught up before the swap, so none is missed."""
        async with self._rebuild_lock:
            generation = await self.store.generation()
            # straight into the saved files, a batch at a time: memory stays flat at 10M passages
            build = DiskBuild(self.index_dir, generation=generation)
            async for batch in self.store.iter_term_strings():
                await asyncio.to_thread(build.add_stored, batch)
            index = await asyncio.to_thread(build.finish)
            async with self._index_lock:
                self.index = index
                self.index_built_at = time.time()
                await self._catch_up()
            return self.index

    async def _index_additions(self) -> None:
        """Put newly stored passages into the live index in well under a second; merge in the
        background once the added segments grow past the threshold."""
        async with self._index_lock:
            await self._catch_up()
        if self.index.added_rows > self.merge_threshold() and not self._rebuild_lock.locked():
            self._merge_task = asyncio.create_task(self._merge())

    async def _merge(self) -> None:
        """A background rebuild must not fail silently: the added segments keep answering, the
        next addition tries again, and the log says why."""
        try:
            await self.rebuild_index()
        except Exception:  # noqa: BLE001
            log.exception("background merge of the added index segments failed; will retry on the next addition")

    async def wait_for_merge(self) -> None:
        if self._merge_task is not None:
            await self._merge_task

    # ------------------------------------------------------------------ questions
    async def ask(self, question: str, *, count: bool = True) -> Answer:
        question = (question or "").strip()
        if not question:
            raise InputError("the question is empty")
        if len(question) > MAX_QUESTION_CHARS:
            raise InputError(f"the question is too long (over {MAX_QUESTION_CHARS} characters)")
        bare, report_time = report_time_apart(question)
        focus = relevance.claim_focus(bare, self._not_names)
        if focus is not None:
            answer = await self._ask_about_claims(question, focus, report_time)
        else:
            answer = await self._answer(self.pipeline.parse_query(question))
        if self.mapped_budget is not None and (resident := mapped_resident()) is not None \
                and resident > self.mapped_budget:
            self._trim_in_background()
        if count:
            try:
                await self.store.count_question()
            except Exception as exc:  # noqa: BLE001 - a stats counter must never cost an answer
                log.warning("could not count question: %s", exc)
        return answer

    def trim_mapped(self) -> int:
        """Drop this process's resident pages of the saved index's maps (BM25Index.
        release_mapped_pages): the answers stay the same; the next reads map the pages again from
        the page cache. `ask` has it run on a thread once the mapped pages pass `mapped_budget`
        (`_trim_in_background`). Returns the bytes
        of the maps advised (0 for an index held in memory)."""
        self.mapped_trims += 1
        return self.index.release_mapped_pages()

    def _trim_in_background(self) -> None:
        """`trim_mapped` off the answer's path: on a thread of its own, started as the answer is
        returned (madvise runs without the GIL, BM25Index.release_mapped_pages), rather than
        inside the answer (3-8 ms at 10M passages on ~5% of answers, docs/performance.md). One at
        a time: while a trim runs, an answer starts none (that one is already dropping the pages).
        The thread holds the index snapshot, so its maps stay open until it is done."""
        if self._trim_thread is not None and self._trim_thread.is_alive():
            return
        self.mapped_trims += 1
        self._trim_thread = threading.Thread(target=self.index.release_mapped_pages, name="sumber-trim",
                                             daemon=True)
        self._trim_thread.start()

    async def wait_for_trim(self) -> None:
        """Until the trim `ask` last started (if any) is done."""
        if self._trim_thread is not None:
            await asyncio.to_thread(self._trim_thread.join)

    async def _answer(self, query: Query, keep: Callable[[Candidate], bool] | None = None, *,
                      asked_figures_answer: bool = False, spans: bool = True) -> Answer:
        """Strong matches; failing those, the closest few the learned ranker finds close enough.
        `keep` narrows the candidates (a speaker, outlet or figure the question names).
        `spans=False`: no answer phrases yet (`mark_answer_spans(answer, query)` adds them)."""
        index = self.index  # one consistent snapshot for the whole question
        idf = {t: v for t in set(query.terms) if (v := index.idf_of(t)) is not None}
        weights = relevance.coverage_weights(query.terms, idf, relevance.max_idf_for(index.n_docs))
        # every passage reaching the strong floor, the best MAX_CANDIDATES of them by BM25
        limit = MAX_CANDIDATES if query.intent == "quantity" else MAX_CANDIDATES_OTHER
        # and, from the same pass over the postings, the candidates for the closest few (_near)
        matches, near = index.floor_pair(query.terms, weights, relevance.strong_floor(query.intent),
                                         limit, relevance.CANDIDATE_FLOOR, PARTIAL_CANDIDATES)
        candidates, whole = await self._strong(query, index, matches, keep)
        set_aside: list[tuple[Candidate, int]] = []   # the last retry's rows of the articles read whole (_read_whole)
        if whole is not None:
            candidates += [c for c in await self._read_whole(query, *whole, set_aside=set_aside) if not keep or keep(c)]
        names: tuple[relevance.Name, ...] = ()
        events: tuple[relevance.Name, ...] = ()
        if query.intent == "quantity":
            events = (relevance.asked_event_names(query.text, self.pipeline)
                      + relevance.asked_protest_names(query.text, self.pipeline))
            names = (tuple(tuple((t,) for t in name) for name in relevance.asked_names(query.text, self.pipeline))
                     + relevance.asked_name_phrases(query.text, self.pipeline)
                     + events
                     + relevance.asked_place_names(query.text, self.pipeline)
                     + relevance.asked_body_names(query.text, self.pipeline)
                     + relevance.asked_case_names(query.text, self.pipeline)
                     + relevance.asked_owner_names(query.text, self.pipeline))
        # a place given as where, a disaster, a disease or a protest's cause asked hold even when no
        # article names them (the archive has no such event: another event's figures are no answer)
        located = relevance.located_names(query.text, names, self.pipeline) + events
        # the ways of any other name no article holds test nothing (a typo, a name the archive never uses)
        names = tuple(k for k in (tuple(w for w in name if all(index.term_id(t) is not None for t in w))
                                  for name in names) if k)
        if names or located:
            keep_named = self._named_filter(index, names, located)
            candidates = keep_named(candidates)
            keep = _NamedKeep(keep, keep_named)
        memo: dict = {}   # the figure tests, kept over this question's compositions (answer.compose)
        answer = compose(query, candidates, self.pipeline, asked_figures_answer=asked_figures_answer, spans=spans,
                         memo=memo)
        used = candidates   # the candidates the answer was composed from
        leads: list[Candidate] = []
        if query.intent == "quantity" and (answer.message or not answer.claims) and near:
            # no figure answers: the articles whose lead is among the best partial matches, read whole
            leads = await self._read_leads(query, near, whole[0] if whole else [], {c.passage.id for c in candidates},
                                           min((c.score for c in candidates), default=0.0))
            leads = _kept(keep, leads)
            if leads:
                retry = compose(query, candidates + leads, self.pipeline, asked_figures_answer=asked_figures_answer,
                                spans=spans, memo=memo)
                if retry.claims and not retry.message:
                    answer, used = retry, candidates + leads
        if query.intent == "quantity" and (answer.message or not answer.claims) and near:
            # nor the leads: the articles that hold most of the question between their sentences
            read = set(whole[0] if whole else []) | {c.article.id for c in leads}
            covered = _kept(keep, await self._read_covered(query, index, weights, near, read,
                                                           {c.passage.id for c in used + leads},
                                                           min((c.score for c in candidates), default=0.0),
                                                           set_aside=set_aside))
            if covered:
                retry = compose(query, used + covered, self.pipeline, asked_figures_answer=asked_figures_answer,
                                spans=spans, memo=memo)
                if retry.claims and not retry.message:
                    answer, used = retry, used + covered
        if query.intent == "quantity" and (answer.message or not answer.claims):
            # still no figure: the reports of the day asked, which seldom repeat its date
            timed = await self._timed_candidates(query, index, weights, limit, candidates, keep)
            if timed:
                retry = compose(query, candidates + timed, self.pipeline, asked_figures_answer=asked_figures_answer,
                                spans=spans, memo=memo)
                if retry.claims and not retry.message:
                    answer, used = retry, candidates + timed
        if query.intent == "quantity" and (answer.message or not answer.claims) and set_aside:
            # no figure still: the best articles' figures whose clause names the asked noun before
            # them ("Kerugian negara dalam kasus ini mencapai Rp 205,14 miliar")
            clause_named = [c for c in self._clause_named(query, set_aside) if not keep or keep(c)]
            if clause_named:
                retry = compose(query, candidates + clause_named, self.pipeline, asked_figures_answer=asked_figures_answer,
                                spans=spans, memo=memo)
                if retry.claims and not retry.message:
                    answer, used = retry, candidates + clause_named
        if query.intent == "quantity" and answer.claims and not answer.message:
            # other outlets' reports of the figures listed, worded too much their own way to match strongly
            more = with_answering_figures(query, await self._same_figures(query, index, weights, answer, used, keep, near),
                                          self.pipeline, memo)
            if more:
                retry = compose(query, used + more, self.pipeline, asked_figures_answer=asked_figures_answer,
                                spans=spans, memo=memo)
                if retry.claims and not retry.message and _keeps_figures(retry, answer):
                    answer = retry
        room = relevance.room_for_closest(query.intent, len(answer.claims))
        if room:
            near, related = self._near(query, index, weights, near)
            threshold = relevance.partial_threshold(self.ranker, after_strong=bool(answer.claims))
            shown = {s.passage_id for c in answer.claims for s in c.sources}
            after_strong = bool(answer.claims)
            closest = _kept(keep, await self._candidates(
                query, index, near, strong=False, related=related,
                accept=lambda pid, score, distinctive: relevance.close_enough(
                    score, threshold, distinctive, after_strong) and pid not in shown))
            if query.intent == "quantity":
                frame = question_frame(query.topic or query.text, self.pipeline)
                closest = [c for c in closest if relevance.closest_fits(frame, c.passage.text, c.article.title,
                                                                       c.article.published)]
            if closest and answer.claims:
                add_closest(answer, query, closest, room, spans=spans)
            elif closest:  # the strong candidates gave nothing: compose from the closest alone
                answer = compose(query, closest, self.pipeline, asked_figures_answer=asked_figures_answer,
                                 spans=spans, memo=memo)
        return answer

    async def _strong(self, query: Query, index: BM25Index, matches: list[tuple[int, float, float]],
                      keep: Callable[[Candidate], bool] | None
                      ) -> tuple[list[Candidate], tuple[list[str], float, set[int]] | None]:
        """The strong candidates that `keep` keeps, and for a quantity question what reading the
        best articles whole needs (their ids, the score their figures get, the passages already
        candidates), or None."""
        picked = await self._strong_needed(query, index, matches, keep)
        if picked is not None:
            return picked
        candidates = [c for c in await self._candidates(query, index, matches, strong=True) if not keep or keep(c)]
        if query.intent != "quantity" or not candidates:
            return candidates, None
        return candidates, (relevance.articles_to_read(candidates), min(c.score for c in candidates),
                            {c.passage.id for c in candidates})

    async def _strong_needed(self, query: Query, index: BM25Index, matches: list[tuple[int, float, float]],
                             keep: Callable[[Candidate], bool] | None
                             ) -> tuple[list[Candidate], tuple[list[str], float, set[int]] | None] | None:
        """_strong's result, with rows read and features computed only for the candidates the
        answer can use (None: every candidate may be used; the caller reads them all).

        Composing uses a strong candidate only when it has a claim that can answer: `keep` keeps
        claims only; a figure list (answer._compose_quantity) reads claims with figures only; a
        who-answer (answer._compose_general) takes the claims with a speaker that reach the
        relative BM25 floor, when there is one; any other answer the candidates that reach that
        floor. The second stage scores each candidate from its
        own row, rank and the best BM25 (relevance.features, `only`), so the others are not
        read, featured or built: ~2/3 of a who-question's 150 candidates. A quantity question's
        ranked order (its best articles, read whole) still needs every ranked candidate's terms."""
        figures = query.intent == "quantity"
        if not matches:
            return None
        rows_of = await self.store.stored_passage_rows([pid for pid, _, _ in matches])
        stored = {pid: r[1] for pid, r in rows_of.items()}
        matches = [m for m in matches if m[0] in stored]   # as _feature_rows: a passage removed since the build
        if keep is not None or figures:
            claims = await self.store.answer_claims([pid for pid, _, _ in matches])
            if keep is not None:
                need = {pid for pid, _, _ in matches if pid in claims}
            else:
                need = {pid for pid, _, _ in matches if (c := claims.get(pid)) is not None and c.quantities}
        else:
            # answer._compose_general drops the candidates under the relative floor first (the
            # best BM25 of all candidates, these very floats), a who-answer then keeps those
            # with a speaker when there are any: the others' claims and articles are never read
            top = max((bm25 for _, bm25, _ in matches), default=0.0)
            above = [pid for pid, bm25, _ in matches if bm25 >= relevance.RELATIVE_FLOOR * top]
            claims = await self.store.answer_claims(above)
            need = set()
            if query.intent == "who":
                need = {pid for pid in above if (c := claims.get(pid)) is not None and c.speaker}
            need = need or set(above)   # no speaker: every candidate above the floor is composed
        head, tail = matches[:RANKED_CANDIDATES], matches[RANKED_CANDIDATES:]
        all_ranked = figures and keep is None   # the articles read whole follow the whole ranked order
        featured = {pid for pid, _, _ in head} if all_ranked else need
        # the rows read above (one look-up each), built for those featured or composed alone
        passages = {pid: passage_row(rows_of[pid]) for pid, _, _ in matches if pid in featured or pid in need}
        featured, need = {p for p in featured if p in passages}, {p for p in need if p in passages}
        heads = [pid for pid, _, _ in head if pid in featured]
        held = index.title_holds(heads, query.terms)
        if held is not None:
            title_of = dict(zip(heads, held))
        else:
            titles = await self.store.title_terms(list({passages[pid].article_id for pid in heads}))
            title_of = {pid: titles.get(passages[pid].article_id, []) for pid in heads}
        rows = relevance.features(
            query.terms, query.intent, frozenset(query.words), head,
            {pid: passages[pid].terms or [] for pid, _, _ in head if pid in featured}, title_of,
            {pid: passages[pid].text for pid, _, _ in head if pid in featured}, index.idf_of, None,
            only=None if all_ranked else featured)
        ranked = relevance.order(head, rows, self.ranker) + [(pid, -1.0) for pid, _, _ in tail]
        info = {pid: (bm25, cov) for pid, bm25, cov in matches}
        distinctive = {pid for (pid, _, _), row in zip(head, rows) if pid in featured and relevance.holds_distinctive(row)}
        articles = await self.store.answer_articles(list(dict.fromkeys(passages[pid].article_id for pid in need)))
        candidates = [Candidate(passages[pid], articles[passages[pid].article_id], claims.get(pid), score,
                                info[pid][1], strong=True, bm25=info[pid][0], distinctive=pid in distinctive)
                      for pid, score in ranked if pid in need and passages[pid].article_id in articles]
        if keep is not None:
            candidates = [c for c in candidates if keep(c)]
            whole = ((relevance.articles_to_read(candidates), min(c.score for c in candidates),
                      {c.passage.id for c in candidates}) if candidates else None)
        elif figures:
            whole = (relevance.first_articles(stored[pid] for pid, _ in ranked), min(score for _, score in ranked),
                     {pid for pid, _ in ranked}) if ranked else None
        else:
            whole = None
        return candidates, (whole if figures else None)

    async def _same_figures(self, query: Query, index: BM25Index, weights: dict[str, float], answer: Answer,
                            seen: list[Candidate], keep: Callable[[Candidate], bool] | None,
                            near: list[tuple[int, float, float]]) -> list[Candidate]:
        """The partial matches (`near`, not among the candidates `seen`) stating a figure the answer
        lists (relevance.figure_numbers), with only those figures, at the lowest score of `seen`; then
        the passages deeper in the archive holding one of its numbers and a partial match's share of
        the question (a common question's partial matches run to thousands)."""
        numbers = relevance.figure_numbers((c.figure for c in answer.claims if c.figure), self.pipeline.terms,
                                           set(query.terms))
        have = {c.passage.id for c in seen}
        rest = [m for m in near if m[0] not in have] if numbers else []
        held = index.passage_holds([pid for pid, _, _ in rest], sorted(numbers)) if rest else []
        if held is None:   # (a passage removed since this snapshot: the figures are listed without it)
            return []
        matches = [m for m, h in zip(rest, held) if h]
        matches += await self._figure_sentences(index, rest[:relevance.SAME_FIGURE_ARTICLES], numbers,
                                                have | {pid for pid, _, _ in matches})
        if numbers:   # each number weighs a whole question: only passages holding one reach the floor
            wide, _ = index.matching(list(query.terms) + sorted(numbers), {**weights, **dict.fromkeys(numbers, 1.0)},
                                     1.0 + relevance.CANDIDATE_FLOOR, relevance.SAME_FIGURE_WIDE)
            taken = have | {pid for pid, _, _ in matches} | {pid for pid, _, _ in rest}
            matches += [m for m in wide if m[0] not in taken]
        if not matches:
            return []
        passages, claims, articles = await self.store.answer_rows([pid for pid, _, _ in matches])
        # a report joins an entry of its value whose unit agrees (answer._compose_quantity's agree)
        listed: dict[tuple, set[str]] = {}
        outlets: dict[tuple, set[str]] = {}   # the outlets each value is listed with already
        for c in answer.claims:
            if c.figure:
                key = (c.figure.get("value"), c.figure.get("high"))
                listed.setdefault(key, set()).add(self.pipeline.noun_key(unit_word(c.figure.get("unit") or "")))
                outlets.setdefault(key, set()).update(s.outlet for s in c.sources)
        floor_score = min((c.score for c in seen), default=0.0)
        people = people_keys(self.pipeline)

        def unit_agrees(unit: str, units: set[str]) -> bool:
            # "Lima warga" joins "lima orang": people counted by any noun of people (compose then
            # joins them only when what befell them agrees)
            key = self.pipeline.noun_key(unit_word(unit))   # "345.000 dolar" joins "345.000 dollar"
            return not unit or "" in units or key in units or (key in people and bool(units & people))
        out = []
        for pid, bm25, share in matches:
            if len(out) >= relevance.SAME_FIGURE_READ:
                break
            claim, passage = claims.get(pid), passages.get(pid)
            if claim is None or passage is None or passage.article_id not in articles:
                continue
            article = articles[passage.article_id]
            fits = [q for q in claim.quantities if (units := listed.get(key := (q.get("value"), q.get("high")))) is not None
                    and unit_agrees(q.get("unit") or "", units)
                    and (article.credit or article.outlet not in outlets[key])]   # (another page of a listed outlet adds nothing)
            if fits:
                out.append(Candidate(passage, article,
                                     dataclasses.replace(claim, quantities=fits), floor_score, share,
                                     strong=True, bm25=bm25, joins_only=True, siblings=claim.quantities))
        joining = getattr(keep, "joining", None)
        return joining(out) if joining is not None else _kept(keep, out)

    async def _figure_sentences(self, index: BM25Index, best: list[tuple[int, float, float]], numbers: frozenset[str],
                                skip: set[int]) -> list[tuple[int, float, float]]:
        """The other sentences of the best partial matches' articles that hold a listed figure, with
        their article's best match's score and share: a report names the story in one sentence and
        states the figure in another ("… rekonstruksi kasus tewasnya Muhammad Anjay …", then "ada
        sebanyak 18 adegan yang diperagakan …")."""
        if not best:
            return []
        of = await self.store.passage_articles([pid for pid, _, _ in best])
        scored: dict[str, tuple[float, float]] = {}
        for pid, bm25, share in best:
            if pid in of:
                scored.setdefault(of[pid], (bm25, share))
        article_of = await self.store.figure_passages(list(scored))
        pids = [p for p in article_of if p not in skip]
        held = index.passage_holds(pids, sorted(numbers)) if pids else None
        if not held:
            return []
        return [(p, *scored[article_of[p]]) for p, h in zip(pids, held) if h]

    async def _read_whole(self, query: Query, articles: list[str], floor: float, seen: set[int],
                          set_aside: list[tuple[Candidate, int]] | None = None) -> list[Candidate]:
        """Figures elsewhere in the best articles that say themselves what is asked (relevance.py),
        after every strong candidate (`seen`), with their lowest score (`floor`); only those
        figures of their sentence. `set_aside`, when given, receives the rows with figures that do not
        (for the last retry, _clause_named, with no second read)."""
        pids = [p for p in await self.store.figure_passages(articles) if p not in seen]
        if not pids:
            return []
        passages, claims, articles_ = await self.store.answer_rows(pids)
        frame = question_frame(query.topic or query.text, self.pipeline)
        asked = self.pipeline.noun_key(frame.noun) if frame.noun else None
        out = []
        for pid in pids:
            claim = claims.get(pid)
            if claim is None or pid not in passages:
                continue
            shared = len(set(passages[pid].terms or []) & set(query.terms))
            fits = [q for q in claim.quantities
                    if relevance.says_what_is_asked(frame, q, asked, self.pipeline.noun_key, shared, claim.text)]
            if fits:
                out.append(Candidate(passages[pid], articles_[passages[pid].article_id],
                                     dataclasses.replace(claim, quantities=fits), floor, 0.0, strong=True,
                                     siblings=claim.quantities))
            if set_aside is not None and len(fits) < len(claim.quantities):
                # judged only if the retry comes: most questions are answered before it
                set_aside.append((Candidate(passages[pid], articles_[passages[pid].article_id], claim, floor, 0.0,
                                        strong=True), shared))
        return out

    def _clause_named(self, query: Query, rows: list[tuple[Candidate, int]]) -> list[Candidate]:
        """Of the rows _read_whole set aside (each with its count of the question's terms), the
        figures whose clause names the asked noun before them (says_what_is_asked's clause_noun),
        with the figures that said what is asked anyway."""
        frame = question_frame(query.topic or query.text, self.pipeline)
        asked = self.pipeline.noun_key(frame.noun) if frame.noun else None
        out = []
        def says(q: dict, sentence: str, shared: int, clause_noun: bool) -> bool:
            return relevance.says_what_is_asked(frame, q, asked, self.pipeline.noun_key, shared, sentence,
                                                clause_noun=clause_noun)

        for c, shared in rows:
            fits = [q for q in c.claim.quantities if says(q, c.claim.text, shared, True)]
            if any(not says(q, c.claim.text, shared, False) for q in fits):   # a figure the first read left
                out.append(dataclasses.replace(c, claim=dataclasses.replace(c.claim, quantities=fits),
                                               siblings=c.claim.quantities))
        return out

    @staticmethod
    def _named_filter(index: BM25Index, names: tuple[relevance.Name, ...], located: tuple[relevance.Name, ...] = ()
                      ) -> Callable[[list[Candidate]], list[Candidate]]:
        """Candidates whose article names each of the question's own names, or as many as the first
        candidates' best articles do (relevance.names_needed, fixed by the first call: the strong
        candidates; later calls judge the articles read whole and the leads by it), and names every
        place of `located` (relevance.located_names) whatever the others do."""
        terms = list(dict.fromkeys(t for name in names + located for way in name for t in way))
        need: list[int] = []

        def keep(candidates: list[Candidate]) -> list[Candidate]:
            held = index.article_holds([c.passage.id for c in candidates], terms)
            if held is None:
                return candidates
            named = [relevance.names_named(names, h) for h in held]
            if not need:
                need.append(relevance.names_needed(names, named))
            return [c for c, n, h in zip(candidates, named, held)
                    if n >= need[0] and relevance.names_named(located, h) == len(located)]

        def keep_each(candidates: list[Candidate]) -> list[Candidate]:
            """The candidates `keep([c])` keeps, each judged alone, with one article_holds pass
            for the list (~0.1 ms of numpy a call: a lead or closest list judged one by one cost
            2-4 ms). Alone and together agree once `need` is fixed and every passage is in the
            snapshot; else each is judged alone, as before."""
            if not need or len(candidates) < 2:
                return [c for c in candidates if keep([c])]
            held = index.article_holds([c.passage.id for c in candidates], terms)
            if held is None:   # some passage not in this snapshot: that one alone is kept unjudged
                return [c for c in candidates if keep([c])]
            return [c for c, h in zip(candidates, held)
                    if relevance.names_named(names, h) >= need[0] and relevance.names_named(located, h) == len(located)]

        def keep_joining(candidates: list[Candidate]) -> list[Candidate]:
            held = index.article_holds([c.passage.id for c in candidates], terms) if candidates else None
            if held is None:
                return keep_each(candidates)
            least = min(need[0], 1) if need else min(len(names), 1)
            return [c for c, h in zip(candidates, held)
                    if relevance.names_named(names, h) >= least and relevance.names_named(located, h) == len(located)]
        keep.each = keep_each   # type: ignore[attr-defined]
        keep.joining = keep_joining   # type: ignore[attr-defined]
        return keep

    async def _timed_candidates(self, query: Query, index: BM25Index, weights: dict[str, float], limit: int,
                                seen: list[Candidate], keep: Callable[[Candidate], bool] | None) -> list[Candidate]:
        """Strong candidates when the time the question names weighs nothing in the floor
        (relevance.undated_weights), from articles published when that time was news."""
        undated = relevance.undated_weights(query.text, query.terms, weights)
        if not undated:
            return []
        matches, _ = index.floor_pair(query.terms, undated, relevance.strong_floor(query.intent), limit,
                                      relevance.CANDIDATE_FLOOR, 0)
        have = {c.passage.id for c in seen}
        matches = [m for m in matches if m[0] not in have]
        if not matches:
            return []
        frame = question_frame(query.topic or query.text, self.pipeline)
        return _kept(keep, [c for c in await self._candidates(query, index, matches, strong=True)
                            if relevance.near_asked_time(frame, c.article.published)])

    async def _read_leads(self, query: Query, near: list[tuple[int, float, float]], read: list[str],
                          seen: set[int], floor: float) -> list[Candidate]:
        """Figures of the articles whose lead is among the best partial matches (relevance.lead_articles)."""
        ids = [pid for pid, _, _ in near[:relevance.LEAD_CANDIDATES]]
        leads = await self.store.passage_articles(ids, relevance.LEAD_POSITIONS)
        articles = relevance.lead_articles(ids, leads, read)
        return await self._read_whole(query, articles, floor, seen) if articles else []

    async def _read_covered(self, query: Query, index: BM25Index, weights: dict[str, float],
                            near: list[tuple[int, float, float]], read: set[str], seen: set[int],
                            floor: float, set_aside: list[tuple[Candidate, int]] | None = None) -> list[Candidate]:
        """Figures of the articles holding most of the question between their passages and title
        (relevance.covered_passages), but those already `read` whole, past the passages `seen`;
        and the partial matches that reach the floor with part of their article's share
        (relevance.with_article_share). `set_aside` receives the rows of the articles read whole whose
        figures do not say what is asked, as `_read_whole`'s (for the last retry, _clause_named)."""
        near = near[:relevance.COVER_CANDIDATES]
        ids = [pid for pid, _, _ in near]
        held = index.article_holds(ids, query.terms)
        if not held:
            return []
        shares = relevance.article_shares(held, weights)
        covered = relevance.covered_passages(ids, shares)   # (owners read only when some article holds enough)
        articles = relevance.covered_articles(covered, await self.store.passage_articles(covered), read) if covered else []
        out = await self._read_whole(query, articles, floor, seen, set_aside=set_aside) if articles else []
        blended = [m for m in relevance.with_article_share(near, shares, relevance.strong_floor(query.intent))
                   if m[0] not in seen]
        have = {c.passage.id for c in out}
        if blended:
            out += [c for c in await self._candidates(query, index, blended, strong=True) if c.passage.id not in have]
        counted = [m for m in relevance.with_counted_share(near, shares, relevance.strong_floor(query.intent))
                   if m[0] not in seen]
        noun = question_frame(query.topic or query.text, self.pipeline).noun if counted else None
        if counted and noun and relevance.counted_noun(noun) and self.pipeline.known_word(noun.lower()):
            have = {c.passage.id for c in out}
            key = self.pipeline.noun_key(noun)
            out += [c for c in await self._candidates(query, index, counted, strong=True)
                    if c.passage.id not in have and c.claim is not None
                    and relevance.counts_asked_noun(c.claim.quantities, key, self.pipeline)]
        return out

    def _near(self, query: Query, index: BM25Index, weights: dict[str, float],
              near: list[tuple[int, float, float]] | None = None
              ) -> tuple[list[tuple[int, float, float]], dict[int, float]]:
        """Candidates for the closest few: passages holding part of the question, and the passages
        the question's related words (related.py) score best; with every candidate's related-term
        score (a ranker feature). `near`: the first part when already read (index.floor_pair)."""
        if near is None:
            near, _ = index.matching(query.terms, weights, relevance.CANDIDATE_FLOOR, PARTIAL_CANDIDATES)
        extra = self.related.expand(query.terms)
        if not extra:
            return near, {}
        scores, best = index.related_scores(extra, [pid for pid, _, _ in near], PARTIAL_CANDIDATES // 2)
        seen = {pid for pid, _, _ in near}
        near += [(pid, EXPANSION_WEIGHT * score, 0.0) for pid, score in best if pid not in seen]
        scores.update(best)
        return near, scores

    async def _ask_about_claims(self, question: str, focus: relevance.ClaimFocus, report_time: str = "") -> Answer:
        """Who said a figure, what a speaker said, what an outlet wrote: the topic is searched
        without the attribution words, then the claims are narrowed to the named figure, speaker
        or outlet. A speaker or outlet with no claim on the topic gets the others, and is told so.
        `report_time`: when the reports asked of were written, closing the topic ("(Mei 2017)")."""
        intent = "quantity" if focus.figures else self.pipeline.parse_query(question).intent
        figure_asked = bool(focus.figures)   # a figure named back ("siapa yang bilang 12.000 tentara?") answers

        def query_for(text: str) -> Query:
            text += report_time
            topic = self.pipeline.parse_query(text)
            return Query(question, intent, topic.terms, topic.words, topic=text)

        def keep(c: Candidate) -> bool:
            claim = c.claim
            return (claim is not None and relevance.speaker_fits(named, claim.speaker, c.article.title, claim.text)
                    and relevance.outlet_fits(named, c.article.outlet)
                    and relevance.figure_fits(named, claim.quantities))

        # the topic alone first: the speaker's name need not be in the sentence that quotes them.
        # Two or three answers are composed and one returned: only that one gets its answer
        # phrases (span.py, a third of composing), from the query that found it.
        topic_text, whole_text = focus.search_text(without_span=True), focus.search_text()
        topic_query = query_for(topic_text)
        first = await self._answer(topic_query, asked_figures_answer=figure_asked, spans=False)
        whole_query = topic_query if whole_text == topic_text else query_for(whole_text)
        # the same search text is the same query: its answer once (below, `first` and `whole`
        # are never both used after `seen`, so one object may stand for both)
        whole = first if whole_query is topic_query else await self._answer(
            whole_query, asked_figures_answer=figure_asked, spans=False)
        seen = first.claims + whole.claims
        # a claim said by no one named is its headline's ("Survei Poltracking: …", speaker_fits)
        named = relevance.name_words(focus, [s for c in seen for s in (c.speaker, *c.speakers)]
                                     + [s.title for c in seen if not c.speaker for s in c.sources]
                                     + [w for c in seen if not c.speaker for w in relevance.said_by(c.text)],
                                     [s.outlet for c in seen for s in c.sources])
        if not (named.speaker_words or named.outlet_words or named.unknown_names()):
            # no one named: all words are topic, and only a figure the question names narrows
            if named.narrows:
                return await self._answer(whole_query, keep, asked_figures_answer=figure_asked)
            mark_answer_spans(whole, whole_query)
            return whole
        narrowed = await self._answer(topic_query, keep, asked_figures_answer=figure_asked) if named.speaker_words or named.outlet_words else None
        if narrowed is not None and narrowed.claims and narrowed.match == "strong":
            if narrowed.message:
                # the one named's sentences count nothing asked: the figures they said that the
                # whole question (with their name) found come first
                theirs = self._named_in_whole(named, first, whole)
                if theirs is not None and theirs.claims and not theirs.message:
                    mark_answer_spans(theirs, whole_query)
                    return theirs
            # the pages both unnarrowed answers joined to each entry: the search with the name's
            # words finds the outlets that quote the one named in other words ("Menurut Finance Asia, …")
            for wider in (first, whole) if whole is not first else (first,):
                with_pages_of(narrowed, wider)
            return narrowed
        theirs = self._named_in_whole(named, first, whole)
        if theirs is not None:
            mark_answer_spans(theirs, whole_query)
            return theirs
        if narrowed is not None:
            # the one named's page may report a figure another outlet's sentence answered with
            # (Engine._same_figures): that entry is theirs too
            # (a page whose speaker is the one named: its headline alone says too little here)
            said = claims_of(first, lambda s: (s.speaker is not None or not named.speaker_words)
                             and relevance.speaker_fits(named, s.speaker) and relevance.outlet_fits(named, s.outlet),
                             self.pipeline)
            if said is not None:
                mark_answer_spans(said, topic_query)
                return said
            if narrowed.claims and (first.match != "strong" or any(
                    relevance.holds_asked_kind("quantity", c.text, frozenset()) for c in narrowed.claims)):
                # the closest passages of the one named stand before others' figures only when they
                # state a figure ("… memperkirakan pada tahun 1997 jumlahnya 12.770 ekor")
                return narrowed
        who = ", ".join(sorted(named.unknown_names() | named.speaker_words | named.outlet_words))
        if first.claims:
            first.message = f"Tidak ada klaim dari {who} tentang ini; klaim dari sumber lain:"
        mark_answer_spans(first, topic_query)
        return first

    def _named_in_whole(self, named: relevance.ClaimFocus, first: Answer, whole: Answer) -> Answer | None:
        """When the topic alone found no strong answer and the whole question (with the source's
        words) did, its entries whose own sentence names the asked source as the one saying or
        reckoning them ("Kementerian Pekerjaan Umum menaksir kerugian materi mencapai Rp 900
        miliar"), even when no speaker was read: the source's answer, with whole's message kept."""
        if whole is first or (first.match == "strong" and not first.message) or not (named.speaker_words or named.unknown_names()):
            return None
        asked = dataclasses.replace(named, speaker_words=named.speaker_words | named.unknown_names())
        # (a sentence said by no one under a headline naming the source is theirs: speaker_fits)
        theirs = entries_where(whole, lambda c: any(relevance.speaker_fits(asked, c.speaker, s.title, c.text)
                                                    for s in c.sources)
                               and any(relevance.outlet_fits(named, s.outlet) for s in c.sources), self.pipeline)
        if theirs is not None:
            theirs.message = whole.message
        return theirs

    async def ranking_inputs(self, query: Query, index: BM25Index, matches: list[tuple[int, float, float]],  # noqa: ANN201
                             *, related: dict[int, float] | None = None):
        """Stored rows of the matched passages, and the second stage's feature rows for the first
        RANKED_CANDIDATES of them (also what eval/train_ranker.py learns from). `related`: the
        related-term scores of the candidates (Engine._near), for the closest few only."""
        passages, claims, articles = await self.store.answer_rows([pid for pid, _, _ in matches])
        matches, rows = await self._feature_rows(query, index, matches, passages, related)
        return passages, claims, articles, matches, rows

    async def _feature_rows(self, query: Query, index: BM25Index, matches: list[tuple[int, float, float]],
                            passages: dict, related: dict[int, float] | None):  # noqa: ANN202
        """The matches still stored, and the second stage's feature rows for the first
        RANKED_CANDIDATES of them: passage terms and texts and their titles' terms, nothing else."""
        matches = [m for m in matches if m[0] in passages]  # a passage removed since the index was built
        head = matches[:RANKED_CANDIDATES]
        # the features ask a title only which of the question's terms it holds: the index knows
        # (its postings include every title row), so the titles' stored terms need not be read
        held = index.title_holds([pid for pid, _, _ in head], query.terms)
        if held is not None:
            title_of = {pid: h for (pid, _, _), h in zip(head, held)}
        else:
            titles = await self.store.title_terms(list({passages[pid].article_id for pid, _, _ in head}))
            title_of = {pid: titles.get(passages[pid].article_id, []) for pid, _, _ in head}
        rows = relevance.features(
            query.terms, query.intent, frozenset(query.words), head,
            {pid: passages[pid].terms or [] for pid, _, _ in head}, title_of,
            {pid: passages[pid].text for pid, _, _ in head}, index.idf_of, related)
        return matches, rows

    async def _candidates(self, query: Query, index: BM25Index, matches: list[tuple[int, float, float]],
                          *, strong: bool, related: dict[int, float] | None = None,
                          accept: Callable[[int, float, bool], bool] | None = None) -> list[Candidate]:
        """The first RANKED_CANDIDATES ordered by the second stage, the rest after them by BM25.

        `accept(passage id, score, distinctive)`: only the candidates it accepts are wanted (the
        closest few: most of their ~60 candidates fall below the threshold), so the articles and
        claims are read for those alone, after ranking, which needs neither."""
        if accept is None:
            passages, claims, articles, matches, rows = await self.ranking_inputs(query, index, matches, related=related)
        else:
            passages = await self.store.answer_passages([pid for pid, _, _ in matches])
            matches, rows = await self._feature_rows(query, index, matches, passages, related)
        head, tail = matches[:RANKED_CANDIDATES], matches[RANKED_CANDIDATES:]
        ranked = relevance.order(head, rows, self.ranker) + [(pid, -1.0) for pid, _, _ in tail]
        info = {pid: (bm25, cov) for pid, bm25, cov in matches}
        distinctive = {pid for (pid, _, _), row in zip(head, rows) if relevance.holds_distinctive(row)}
        if accept is not None:
            ranked = [(pid, score) for pid, score in ranked if accept(pid, score, pid in distinctive)]
            claims, articles = await self.store.answer_extras([passages[pid] for pid, _ in ranked])
            ranked = [(pid, score) for pid, score in ranked if passages[pid].article_id in articles]
        return [Candidate(passages[pid], articles[passages[pid].article_id], claims.get(pid), score,
                          info[pid][1], strong=strong, bm25=info[pid][0], distinctive=pid in distinctive)
                for pid, score in ranked]

    # ------------------------------------------------------------------ ingest
    async def ingest_articles(self, articles: Iterable[Article], *, source: str | None = None,
                              rebuild: bool = True) -> IngestReport:
        items: list[Item] = [(a.id or a.title or "article", a) for a in articles]
        return await self.ingest_items(items, source=source, rebuild=rebuild)

    def _prepare(self, items: list, source: str | None, use_pool: bool) -> asyncio.Future:
        """Start preparing one batch: in the worker processes, or in a thread beside the event loop."""
        if use_pool:
            return self._pool.submit(items, source)
        from .workers import prepare_items
        return asyncio.ensure_future(self._in_thread(prepare_items, items, source, self.pipeline))

    async def ingest_items(self, items: list[Item], *, source: str | None = None,
                           rebuild: bool = True) -> IngestReport:
        """Prepare in batches (in worker processes when there are many) while the previous batch
        is written; each batch is one transaction, so a crash loses at most the batch in flight."""
        report = IngestReport()
        use_pool = await self._use_pool(len(items))
        pending: asyncio.Future | None = None
        for start in range(0, len(items), INGEST_BATCH):
            batch = items[start : start + INGEST_BATCH]
            started = self._prepare(batch, source, use_pool)
            if pending is not None:
                await self._write_prepared(*await pending, report)
            pending = started
        if pending is not None:
            await self._write_prepared(*await pending, report)
        if rebuild:
            await self._refresh_index(report)
        return report

    async def _use_pool(self, n_articles: int) -> bool:
        """Worker processes for big jobs, started warm with the stems stored so far."""
        if self.ingest_workers <= 1 or n_articles < PARALLEL_MIN_ARTICLES:
            return False
        if self._pool is None:
            from .workers import PreparePool
            self._pool = PreparePool(self.ingest_workers, await self.store.load_stems(), self.store.path)
        return True

    async def _in_thread(self, fn, *args) -> tuple[list, dict[str, str]]:  # noqa: ANN001, ANN002
        out = await asyncio.to_thread(fn, *args)
        return out, self.pipeline.take_learned_stems()

    async def _keep_stems(self, stems: dict[str, str]) -> None:
        if stems:
            self.pipeline.add_stems(stems)
            await self.store.save_stems(stems)

    async def _write_prepared(self, prepared: list[Prepared], stems: dict[str, str], report: IngestReport) -> None:
        for _, _, problem in prepared:
            if problem:
                report.problem(problem)
        batch = [art for _, art, _ in prepared if art is not None]
        async with self._write_lock:
            await self._keep_stems(stems)
        if batch:
            await self._write(batch, report)

    async def _refresh_index(self, report: IngestReport) -> None:
        if report.n_replaced or report.passages > self.merge_threshold():
            # replaced passages must leave the index; and a big import is built once, from SQLite,
            # rather than held as an added segment and merged. The build is the import's memory
            # peak: the workers (~120 MB each) give theirs back first
            if report.passages > self.merge_threshold():
                await self._close_pool()
            await self.rebuild_index()
        elif report.n_added:
            await self._index_additions()

    async def _write(self, batch: list, report: IngestReport) -> None:
        async with self._write_lock:
            results = await self.store.insert_articles(batch)
        by_id = {a.id: a for a in batch}
        for art_id, status in results:
            name = {"added": "added", "replaced": "replaced", "duplicate": "duplicates"}[status]
            setattr(report, "n_" + name, getattr(report, "n_" + name) + 1)
            if report.keep_lists:
                getattr(report, name).append(art_id)
            if status != "duplicate" and art_id in by_id:
                a = by_id[art_id]
                report.passages += len(a.passages)
                detail = {"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published,
                          "url": a.url, "passages": len(a.passages), "claims": len(a.claims)}
                if report.keep_lists:
                    report.details.append(detail)
                if report.on_article is not None:
                    report.on_article(detail)

    async def ingest_paths(self, paths: Iterable[Path | str], *, source: str | None = None, rebuild: bool = True,
                           report: IngestReport | None = None, progress: ReadProgress | None = None,
                           on_batch: Callable[[IngestReport], None] | None = None) -> IngestReport:
        """Files, folders, .jsonl[.gz], .zip, "-" (stdin), read as a stream (ingest_stream)."""
        return await self.ingest_stream(iter_units(list(paths), progress), source=source, rebuild=rebuild,
                                        report=report, on_batch=on_batch)

    async def ingest_stream(self, units: Iterable[Unit], *, source: str | None = None, rebuild: bool = True,
                            report: IngestReport | None = None,
                            on_batch: Callable[[IngestReport], None] | None = None) -> IngestReport:
        """Any number of articles in memory flat in their count: INGEST_BATCH units are read (in a
        thread) while the previous batch is prepared and the one before is written. Articles
        stored before with the same id and raw hash are skipped before cleaning, so re-running an
        interrupted import costs little more than reading it. `on_batch` is called after each
        written batch (progress)."""
        report = report if report is not None else IngestReport()
        it = iter(units)
        use_pool: bool | None = None
        pending: asyncio.Future | None = None
        while True:
            units_batch = await asyncio.to_thread(lambda: list(itertools.islice(it, INGEST_BATCH)))
            if not units_batch:
                break
            items: list[Item] = []
            for origin, label, payload, problem in units_batch:
                if problem is not None:
                    report.problem(problem)
                else:
                    items.append((label, payload, source or origin))
            items = await self._skip_stored(items, report)
            if use_pool is None:
                use_pool = await self._use_pool(len(units_batch))
            started = self._prepare(items, None, use_pool)
            if pending is not None:
                await self._write_prepared(*await pending, report)
                if on_batch is not None:
                    on_batch(report)
            pending = started
        if pending is not None:
            await self._write_prepared(*await pending, report)
            if on_batch is not None:
                on_batch(report)
        if rebuild:
            await self._refresh_index(report)
        return report

    async def _skip_stored(self, items: list[Item], report: IngestReport) -> list[Item]:
        """Drop the items stored before from the same raw record (same id, same raw hash)."""
        ids = {pid for _, payload, *_ in items if (pid := payload_id(payload)) is not None} if items else set()
        stored = {k: v for k, v in (await self.store.raw_hashes(list(ids))).items() if v} if ids else {}
        if not stored:
            return items
        kept = []
        for item in items:
            pid = payload_id(item[1])
            if pid in stored and stored[pid] == raw_hash(item[1]):
                report.skipped += 1
                if report.keep_lists:
                    report.duplicates.append(pid)
            else:
                kept.append(item)
        return kept

    async def ingest_bytes(self, data: bytes, name: str, *, source: str | None = None) -> IngestReport:
        """An uploaded file: read and validated entirely before anything is written."""
        result = await asyncio.to_thread(read_bytes, data, name, defer_cleaning=True)
        items: list[Item] = [(a.id or name, a) for a in result.articles] + list(result.records)
        report = await self.ingest_items(items, source=source or name)
        report.problems[:0] = result.problems
        report.n_problems += len(result.problems)
        return report

    async def delete(self, article_id: str) -> bool:
        async with self._write_lock:
            deleted = await self.store.delete_article(article_id)
        if deleted:
            await self.rebuild_index()
        return deleted

    # ------------------------------------------------------------------ reindex
    @property
    def reindexing(self) -> bool:
        return self._reindex_lock.locked()

    async def reindex(self, progress: Progress | None = None) -> int:
        """Re-derive every passage's terms and every claim with the current word lists and rules.

        Passage ids stay stable, so the old index keeps answering until the new one is swapped in.
        The generation is bumped first: if the process dies half-way, the saved index no longer
        matches and start-up rebuilds it from whatever was committed.
        """
        if self._reindex_lock.locked():
            raise ReindexRunning()
        async with self._reindex_lock:
            async with self._write_lock, self.store.transaction():
                await self.store._bump_generation()
            async with self._write_lock:
                await self.store.clear_stories()   # grouped again batch by batch, in ingest order
            async with self.store.db.execute("SELECT id FROM articles ORDER BY rowid") as cur:
                article_ids = [r[0] for r in await cur.fetchall()]
            total = len(article_ids)
            use_pool = await self._use_pool(total)
            pending: asyncio.Future | None = None
            done = 0
            for start in range(0, total, REINDEX_BATCH):
                items = await self._stored_passages(article_ids[start : start + REINDEX_BATCH])
                if use_pool:
                    started = self._pool.submit_rederive(items)
                else:
                    from .workers import rederive_items
                    started = asyncio.ensure_future(self._in_thread(rederive_items, items, self.pipeline))
                if pending is not None:
                    done += await self._write_rederived(*await pending)
                    await _report(progress, done, total)
                pending = started
            if pending is not None:
                done += await self._write_rederived(*await pending)
                await _report(progress, done, total)
            await self.rebuild_index()
            await self.store.set_meta(derivation.META_KEY, derivation.rules_stamp())
            self.derived_stale = False
            return total

    async def _stored_passages(self, article_ids: list[str]) -> list[tuple[str, list, str, bool]]:
        marks = ",".join("?" * len(article_ids))
        async with self.store.db.execute(
                f"SELECT article_id, id, position, kind, text FROM passages WHERE article_id IN ({marks})"
                " ORDER BY article_id, position", article_ids) as cur:
            rows = await cur.fetchall()
        meta = {a: (body, title, url) for a, body, title, url in await self.store.db.execute_fetchall(
            f"SELECT id, body, title, url FROM articles WHERE id IN ({marks})", article_ids)}
        by_article: dict[str, list] = {a: [] for a in article_ids}
        for r in rows:
            by_article[r[0]].append((r[1], r[2], r[3], r[4]))
        out = []
        for a, passages in by_article.items():
            body, title, url = meta.get(a, ("", None, None))
            # a headline read from the address quotes no figure (clean.slug_title, as at ingest)
            out.append((a, passages, body, bool(title) and title == slug_title(url)))
        return out

    async def _write_rederived(self, results: list, stems: dict[str, str]) -> int:
        """One transaction per batch: an article's new terms and claims land together or not at all."""
        db = self.store.db
        async with self._write_lock:
            await self._keep_stems(stems)
            async with self.store.transaction():
                for article_id, terms, claims, _story in results:
                    await db.executemany("UPDATE passages SET terms = ? WHERE id = ?", terms)
                    await db.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
                    await db.executemany("INSERT INTO claims(passage_id, article_id, text, speaker, cited_from,"
                                         " quantities) VALUES (?,?,?,?,?,?)", claims)
                # results come back in the order asked (article rowid order): stories form as at ingest
                await self.store.restory([(article_id, *story) for article_id, _, _, story in results])
        return len(results)

    # ------------------------------------------------------------------ reading
    async def stats(self) -> dict:
        counts = await self.store.counts()
        counts["questions_answered"] = await self.store.questions_answered()
        counts["index_passages"] = self.index.n_docs
        counts["index_terms"] = self.index.n_terms
        counts["index_added_passages"] = self.index.added_rows
        counts["index_age_seconds"] = round(time.time() - self.index_built_at, 1) if self.index_built_at else None
        counts["schema_version"] = await self.store.schema_version()
        counts["derived_with_current_rules"] = not self.derived_stale
        counts["database"] = str(self.db_path)
        return counts
