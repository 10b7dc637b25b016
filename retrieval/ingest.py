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

from . import syndication
from .claims import extract_claims
from .clean import Article, clean_page, extract_html, is_boilerplate_sentence, outlet_display
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
        meta = _sidecar(path)
        art = result.articles[0]
        if meta:
            art.title = meta.get("title", art.title)
            if meta.get("outlet"):
                art.outlet, art.outlet_domain = outlet_display(meta["outlet"])
            art.author = meta.get("author", art.author)
            art.published = meta.get("published", art.published)
            art.url = meta.get("url", art.url)
            art.id = meta.get("id", art.id)
        art.id = art.id or path.stem
    return result


def _short(exc: BaseException) -> str:
    msg = str(exc)
    return msg.split("\n")[0][:200]


def content_hash(body: str) -> str:
    norm = re.sub(r"\s+", " ", body.lower()).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def claim_rows(sentences: list[str], title: str | None) -> list[tuple[int, str, str | None, str | None, str]]:
    """(position, text, speaker, cited_from, quantities JSON) for every sentence that says something."""
    return [(c.position, c.text, c.speaker, c.cited_from,
             json.dumps([vars(q) for q in c.quantities], ensure_ascii=False))  # flat: vars == asdict
            for c in extract_claims(sentences, title=title) if c.quantities or c.speaker or c.cited_from]


def story_fields(body: str, raw: str | None = None) -> tuple[bytes | None, str | None, list[str]]:
    """(signature, credit, cites) for finding the article's copies and its origin
    (retrieval/syndication.py). The credit is read from the stored body first, so a reindex finds
    the same; the page as scraped is read when the body names none (cleaning removes datelines such
    as "Jakarta (ANTARA) -" and "Sumber: …" lines)."""
    credit = syndication.find_credit(body) or (syndication.find_credit(raw) if raw else None)
    return syndication.signature(body), credit, syndication.find_cites(body)


def prepare(article: Article, pipeline: TextPipeline, source: str | None = None, raw: str | None = None) -> NewArticle:
    """Everything stored for one article: passages with their index terms, and claims.
    ``raw`` is the page as it came (a .jsonl record's text), read for the outlet it credits."""
    if not article.body.strip():
        raise InputError("no article text left after cleaning")
    sentences = [s for s in segment(article.body) if not is_boilerplate_sentence(s)]
    if article.title and article.body.strip() == article.title.strip():
        sentences = []  # a headline-only item: its one line is stored once, as the title
    digest = content_hash(article.body)
    art_id = article.id or f"a-{digest[:12]}"
    passages: list[tuple[int, str, str, str]] = []
    if article.title:
        passages.append((0, "title", article.title, " ".join(pipeline.terms(article.title))))
    passages += [(i + 1, "body", s, " ".join(pipeline.terms(s))) for i, s in enumerate(sentences)]
    claims = claim_rows(sentences, article.title)
    sig, credit, cites = story_fields(article.body, raw)
    return NewArticle(id=art_id, content_hash=digest, outlet=article.outlet, outlet_domain=article.outlet_domain,
                      title=article.title, author=article.author, published=article.published, url=article.url,
                      source=source, body=article.body, passages=passages, claims=claims,
                      signature=sig, credit=credit, cites=cites)
