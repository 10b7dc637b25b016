"""Readers for the input formats and the per-article pipeline (clean -> segment -> terms -> claims).

Readers never raise on a user's bad input: they return the good articles plus one clear
problem per bad item (with the line number for .jsonl), so a broken line does not cost the rest.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import syndication
from .claims import extract_claims
from .clean import Article, boilerplate_rules, clean_page, extract_html, outlet_display
from .segment import segment
from .store import NewArticle
from .text import TextPipeline

MAX_ARTICLE_CHARS = 2_000_000
SIDECAR_SUFFIX = ".meta.json"


class InputError(Exception):
    """A user's input cannot be read; the message is shown as it is."""


@dataclass
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # .jsonl records checked but not cleaned yet (read with defer_cleaning), with their labels
    records: list[tuple[str, dict]] = field(default_factory=list)


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM); a binary file is refused; other encodings fall back to cp1252."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: not a text file (binary content)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _sidecar(path: Path) -> dict:
    side = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{side}: metadata sidecar is not valid JSON ({exc})") from exc
    return meta if isinstance(meta, dict) else {}


def check_record(rec: object) -> dict:
    """A {"id","outlet","title","date","url","text"} record; only text is required."""
    if not isinstance(rec, dict):
        raise InputError("not a JSON object")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError('"text" is missing or empty')
    for key in ("id", "outlet", "title", "date", "url", "published", "author"):
        if rec.get(key) is not None and not isinstance(rec[key], (str, int)):
            raise InputError(f'"{key}" must be a string or null')
    return rec


def article_from_record(rec: dict) -> Article:
    rec = check_record(rec)
    text = rec["text"]
    art = clean_page(text[:MAX_ARTICLE_CHARS], title=_s(rec.get("title")), outlet=_s(rec.get("outlet")),
                     author=_s(rec.get("author")), published=_s(rec.get("date") or rec.get("published")),
                     url=_s(rec.get("url")), article_id=_s(rec.get("id")))
    return art


def _s(v: object) -> str | None:
    return None if v is None else str(v)


def read_bytes(data: bytes, name: str, *, defer_cleaning: bool = False) -> ReadResult:
    """Read an uploaded or local file by its extension: .txt, .html/.htm, .jsonl.

    With defer_cleaning, .jsonl records are only checked here and left in ``records`` so the
    (slow) cleaning can run in worker processes."""
    suffix = Path(name).suffix.lower()
    result = ReadResult()
    if suffix in (".txt", ".text"):
        text = decode_text(data, name)
        if not text.strip():
            raise InputError(f"{name}: file is empty")
        result.articles.append(clean_page(text[:MAX_ARTICLE_CHARS]))
    elif suffix in (".html", ".htm"):
        decode_text(data, name)  # refuses binary content
        art = extract_html(data)
        if not art.body.strip():
            raise InputError(f"{name}: no article text found in the HTML")
        result.articles.append(art)
    elif suffix in (".jsonl", ".ndjson"):
        text = decode_text(data, name)
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = check_record(json.loads(line))
                if defer_cleaning:
                    result.records.append((f"{name}: line {lineno}", rec))
                else:
                    result.articles.append(article_from_record(rec))
            except (ValueError, InputError) as exc:
                result.problems.append(f"{name}: line {lineno}: {_short(exc)}")
        if not result.articles and not result.records and not result.problems:
            raise InputError(f"{name}: file is empty")
    else:
        raise InputError(f"{name}: unsupported file type {suffix or '(none)'}; use .txt, .html or .jsonl")
    return result


def read_path(path: Path, *, defer_cleaning: bool = False) -> ReadResult:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    result = read_bytes(data, path.name, defer_cleaning=defer_cleaning)
    if path.suffix.lower() in (".txt", ".html", ".htm") and result.articles:
        _apply_sidecar(result.articles[0], _sidecar(path), path.stem)
    return result


def _apply_sidecar(art: Article, meta: dict, stem: str) -> None:
    """A page's sidecar fields win over what its text signals; its id defaults to the file stem."""
    if meta:
        art.title = meta.get("title", art.title)
        if meta.get("outlet"):
            art.outlet, art.outlet_domain = outlet_display(meta["outlet"])
        art.author = meta.get("author", art.author)
        art.published = meta.get("published", art.published)
        art.url = meta.get("url", art.url)
        art.id = meta.get("id", art.id)
    art.id = art.id or stem


def _short(exc: BaseException) -> str:
    msg = str(exc)
    return msg.split("\n")[0][:200]


_SPACES = re.compile(r"\s+")
# json.dumps builds an encoder per call when given options; one built once gives the same text
_QUANTITIES_JSON = json.JSONEncoder(ensure_ascii=False).encode
_RAW_JSON = json.JSONEncoder(ensure_ascii=False, default=str).encode


def content_hash(body: str) -> str:
    # str.split() splits on the whitespace \s matches (str.isspace): the same text as
    # _SPACES.sub(" ", ...).strip(), without a pattern pass over the body
    norm = " ".join(body.lower().split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def claim_rows(sentences: list[str], title: str | None) -> list[tuple[int, str, str | None, str | None, str]]:
    """(position, text, speaker, cited_from, quantities JSON) for every sentence that says something."""
    return [(c.position, c.text, c.speaker, c.cited_from,
             _QUANTITIES_JSON([vars(q) for q in c.quantities]) if c.quantities else "[]")  # flat: vars == asdict
            for c in extract_claims(sentences, title=title) if c.quantities or c.speaker or c.cited_from]


def story_fields(body: str, raw: str | None = None, *, sign: bool = True) -> tuple[bytes | None, str | None, list[str]]:
    """(signature, credit, cites) for finding the article's copies and its origin
    (retrieval/syndication.py). The credit is read from the stored body first, so a reindex finds
    the same; the page as scraped is read when the body names none (cleaning removes datelines such
    as "Jakarta (ANTARA) -" and "Sumber: …" lines). ``sign=False``: no signature (the caller signs
    many bodies at once, syndication.signatures)."""
    credit = syndication.find_credit(body) or (syndication.find_credit(raw) if raw else None)
    return syndication.signature(body) if sign else None, credit, syndication.find_cites(body)


def prepare(article: Article, pipeline: TextPipeline, source: str | None = None, raw: str | None = None,
            digest: str | None = None) -> NewArticle:
    """Everything stored for one article: passages with their index terms, and claims.
    ``raw`` is the page as it came (a .jsonl record's text), read for the outlet it credits;
    ``digest`` its body's content_hash when already computed (workers._stored_copy)."""
    return prepare_many([(article, source, raw, digest)], pipeline)[0]


Job = tuple[Article, "str | None", "str | None", "str | None"]   # article, source, raw page, content hash or None


def prepare_many(jobs: list[Job], pipeline: TextPipeline) -> list[NewArticle]:
    """``prepare`` for many articles, one step at a time over all of them (segmenting, index
    terms, claims, story fields, then the signatures in one array pass): the same results, ~8%
    less CPU in an ingest worker than article by article, whose steps (regexes, word lists, numpy)
    evict each other's code and data from the CPU caches. Raises InputError (nothing prepared)
    when an article has no text; workers.prepare_items checks that first, per article."""
    for article, *_ in jobs:
        if not article.body.strip():
            raise InputError("no article text left after cleaning")
    all_sentences: list[list[str]] = []
    dropped = boilerplate_rules()["drop"].fullmatch   # is_boilerplate_sentence, looked up once
    for article, *_ in jobs:
        sentences = [s for s in segment(article.body) if dropped(s.strip()) is None]
        if article.title and article.body.strip() == article.title.strip():
            sentences = []  # a headline-only item: its one line is stored once, as the title
        all_sentences.append(sentences)
    all_passages: list[list[tuple[int, str, str, str]]] = []
    for (article, *_), sentences in zip(jobs, all_sentences):
        passages: list[tuple[int, str, str, str]] = []
        if article.title:
            passages.append((0, "title", article.title, pipeline.terms_text(article.title)))
        passages += [(i + 1, "body", s, pipeline.terms_text(s)) for i, s in enumerate(sentences)]
        all_passages.append(passages)
    all_claims = [claim_rows(sentences, article.title) for (article, *_), sentences in zip(jobs, all_sentences)]
    all_claims = [[c for c in claims if c[0]] if article.title_from_url else claims   # an address quotes no figure
                  for (article, *_), claims in zip(jobs, all_claims)]
    fields = [story_fields(article.body, raw, sign=False) for article, _, raw, _ in jobs]
    sigs = syndication.signatures([article.body for article, *_ in jobs])
    out: list[NewArticle] = []
    for (article, source, _, digest), passages, claims, (_, credit, cites), sig in zip(
            jobs, all_passages, all_claims, fields, sigs):
        digest = digest or content_hash(article.body)
        out.append(NewArticle(id=article.id or f"a-{digest[:12]}", content_hash=digest, outlet=article.outlet,
                              outlet_domain=article.outlet_domain, title=article.title, author=article.author,
                              published=article.published, url=article.url, source=source, body=article.body,
                              passages=passages, claims=claims, signature=sig, credit=credit, cites=cites))
    return out


# ---------------------------------------------------------------------------------- streaming
# A newsroom's archive can be larger than memory: `iter_units` reads it one record or one file at
# a time, so what is held at once is a batch of articles, never the file.

STREAM_SUFFIXES = (".jsonl", ".ndjson")
PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm")
MAX_LINE_BYTES = 64 * 1024 * 1024     # one JSON line larger than this is a problem, not a reason to run out of memory


@dataclass(frozen=True)
class RawFile:
    """A .txt or .html page read whole (one article, small), cleaned later in a worker process."""

    name: str
    data: bytes
    meta: dict = field(default_factory=dict)   # its .meta.json sidecar, if any

    @property
    def article_id(self) -> str:
        return str(self.meta.get("id") or Path(self.name).stem)


Payload = "dict | RawFile"
Unit = tuple[str, str, "dict | RawFile | None", "str | None"]   # (file it came from, label, record or page, problem)


def raw_hash(payload: "dict | RawFile") -> str:
    """What decides whether a stored article can be skipped on a re-run without cleaning it
    again: the record's fields as given (or the page's bytes and sidecar)."""
    h = hashlib.sha256()
    if isinstance(payload, RawFile):
        h.update(payload.data)
        h.update(json.dumps(payload.meta, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8"))
    else:
        h.update(_RAW_JSON([payload.get(k) for k in ("text", "title", "outlet", "author", "date", "published", "url")])
                 .encode("utf-8"))
    return h.hexdigest()


def payload_id(payload: "dict | RawFile") -> str | None:
    """The id an item will be stored under, when it is known before cleaning."""
    if isinstance(payload, RawFile):
        return payload.article_id
    v = payload.get("id")
    return None if v is None else str(v)


def article_from_file(raw: RawFile) -> Article:
    """A page file as `read_path` reads it: cleaned, then its sidecar's fields, id = file stem."""
    art = read_bytes(raw.data, raw.name).articles[0]
    _apply_sidecar(art, raw.meta, Path(raw.name).stem)
    return art


class Progress:
    """Bytes read so far of the inputs' total (None for stdin), shared by the readers."""

    def __init__(self) -> None:
        self.total: int | None = 0
        self.done = 0           # bytes of finished inputs
        self._current = None    # a function giving the bytes read of the open input

    @property
    def read(self) -> int:
        return self.done + (self._current() if self._current else 0)


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def iter_lines(stream, name: str) -> "Iterator[Unit]":  # noqa: ANN001 - any binary file object
    """Records of a .jsonl stream, one line at a time; a bad line is one problem with its number."""
    first = True
    any_line = False
    for lineno, raw in enumerate(_bounded_lines(stream), 1):
        if raw is None:
            yield (name, f"{name}: line {lineno}", None, f"{name}: line {lineno}: line longer than {MAX_LINE_BYTES // 2**20} MB")
            continue
        if first:
            first = False
            if b"\x00" in raw[:8192]:
                raise InputError(f"{name}: not a text file (binary content)")
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        any_line = True
        label = f"{name}: line {lineno}"
        try:
            yield (name, label, check_record(json.loads(_decode_line(raw))), None)
        except (ValueError, InputError) as exc:
            yield (name, label, None, f"{label}: {_short(exc)}")
    if not any_line:
        raise InputError(f"{name}: file is empty")


def _bounded_lines(stream) -> "Iterator[bytes | None]":  # noqa: ANN001
    """Lines as bytes; an overlong line is skipped (None) without holding it."""
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (more := stream.readline(MAX_LINE_BYTES)) and not more.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _is_stream_name(name: str) -> bool:
    low = name.lower()
    return low.endswith(STREAM_SUFFIXES) or low.endswith(tuple(s + ".gz" for s in STREAM_SUFFIXES))


def _open_stream(raw, name: str):  # noqa: ANN001, ANN202
    import gzip

    return gzip.GzipFile(fileobj=raw, mode="rb") if name.lower().endswith(".gz") else raw


def _iter_file(path: Path, progress: Progress, label: str | None = None) -> "Iterator[Unit]":
    name = label or str(path)
    low = path.name.lower()
    if low.endswith(".meta.json"):
        return
    try:
        if _is_stream_name(low):
            with open(path, "rb") as raw:
                progress._current = raw.tell
                try:
                    yield from iter_lines(_open_stream(raw, low), name)
                except (OSError, EOFError) as exc:   # a truncated or damaged .gz: keep what was read
                    yield (name, name, None, f"{name}: cannot read further ({_short(exc)})")
        elif low.endswith(".zip"):
            yield from _iter_zip(path, progress, name)
        else:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise InputError(f"{name}: cannot read ({exc.strerror})") from exc
            if Path(low).suffix not in PAGE_SUFFIXES:
                raise InputError(f"{name}: unsupported file type {Path(low).suffix or '(none)'}; "
                                 "use .txt, .html, .jsonl, .jsonl.gz, .zip or a folder")
            meta = _sidecar(path) if Path(low).suffix in (".txt", ".html", ".htm") else {}
            yield (name, name, RawFile(path.name, data, meta), None)
    except InputError as exc:
        yield (name, name, None, str(exc))
    finally:
        progress._current = None


def _iter_zip(path: Path, progress: Progress, name: str) -> "Iterator[Unit]":
    import zipfile
    import zlib

    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(f"{name}: not a readable zip file ({_short(exc)})") from exc
    with zf:
        done = 0
        for info in zf.infolist():
            member = f"{name}:{info.filename}"
            low = info.filename.lower()
            base = low.rsplit("/", 1)[-1]
            if info.is_dir() or base.startswith(".") or low.startswith("__macosx/") or base.endswith(".meta.json"):
                done += info.compress_size
                continue
            progress._current = lambda: done
            try:
                if _is_stream_name(low):
                    with zf.open(info) as raw:
                        yield from iter_lines(_open_stream(raw, low), member)
                elif Path(low).suffix in PAGE_SUFFIXES:
                    data = zf.read(info)
                    meta: dict = {}
                    side = info.filename.rsplit(".", 1)[0] + SIDECAR_SUFFIX
                    if side in zf.namelist():
                        try:
                            meta = json.loads(zf.read(side).decode("utf-8"))
                        except ValueError as exc:
                            raise InputError(f"{name}:{side}: metadata sidecar is not valid JSON ({_short(exc)})") from exc
                    yield (member, member, RawFile(base, data, meta if isinstance(meta, dict) else {}), None)
                else:
                    raise InputError(f"{member}: unsupported file type {Path(low).suffix or '(none)'}")
            except InputError as exc:
                yield (member, member, None, str(exc))
            except (OSError, EOFError, zipfile.BadZipFile, RuntimeError, zlib.error) as exc:  # damaged member
                yield (member, member, None, f"{member}: cannot read ({_short(exc)})")
            done += info.compress_size


def _readable(path: Path) -> bool:
    low = path.name.lower()
    return not path.name.startswith(".") and not low.endswith(".meta.json") and (
        _is_stream_name(low) or Path(low).suffix in PAGE_SUFFIXES or low.endswith(".zip"))


def iter_units(inputs: "Iterable[str | Path]", progress: Progress | None = None,
               stdin=None) -> "Iterator[Unit]":  # noqa: ANN001
    """Every record or page of these inputs, in order: files, folders (recursively, sorted),
    .jsonl[.gz]/.ndjson[.gz], .zip, and "-" for .jsonl on stdin. Nothing is read ahead."""
    import sys

    progress = progress or Progress()
    inputs = [str(x) for x in inputs]
    files: list[tuple[str, Path | None]] = []
    for spec in inputs:
        if spec == "-":
            files.append(("-", None))
            progress.total = None
            continue
        path = Path(spec)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
            if not found:
                files.append((spec, path))   # reported below
            files += [(str(p), p) for p in found]
        else:
            files.append((spec, path))
    if progress.total is not None:
        progress.total = sum(p.stat().st_size for _, p in files if p is not None and p.is_file())
    for spec, path in files:
        if path is None:
            stream = stdin or sys.stdin.buffer
            counter = _CountingReader(stream)
            if hasattr(stream, "peek") and stream.peek(2)[:2] == b"\x1f\x8b":   # gzip on stdin
                import gzip

                counter = _CountingReader(gzip.GzipFile(fileobj=stream, mode="rb"))
            progress._current = lambda: counter.count
            try:
                yield from iter_lines(counter, "stdin")
            except InputError as exc:
                yield ("stdin", "stdin", None, str(exc))
            finally:
                progress.done += counter.count
                progress._current = None
            continue
        if not path.exists():
            yield (spec, spec, None, f"{spec}: no such file")
            continue
        if path.is_dir():
            yield (spec, spec, None, f"{spec}: no .txt, .html, .jsonl, .jsonl.gz or .zip files in this folder")
            continue
        yield from _iter_file(path, progress, spec)
        try:
            progress.done += path.stat().st_size
        except OSError:
            pass


class _CountingReader:
    """A binary stream that counts the bytes read through it (progress on stdin)."""

    def __init__(self, stream) -> None:  # noqa: ANN001
        self.stream = stream
        self.count = 0

    def readline(self, limit: int = -1) -> bytes:
        line = self.stream.readline(limit)
        self.count += len(line)
        return line
