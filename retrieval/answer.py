"""Answer composition: from ranked passages to attributed claims, grouped, with disagreements stated.

It never picks a "true" figure. For a quantity question it leads with each distinct figure, lists
who said it and where it was published, and says when sources disagree. The same claim carried by
two copies of a story (e.g. two translations in one outlet) is shown once with both sources.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from .claims import CASUALTY_WORDS, same_speaker
from .store import ArticleRow, ClaimRow, PassageRow
from .syndication import credited, outlet_names
from .text import Query, TextPipeline

COVERAGE_FLOOR = 0.6        # share of the question's idf mass a passage must contain
QUANTITY_COVERAGE_FLOOR = 0.5
RELATIVE_FLOOR = 0.35       # for non-quantity questions: score relative to the best passage
MAX_NON_QUANTITY_CLAIMS = 12
TEXT_SIMILARITY = 0.5       # Jaccard of index terms above which two sentences are the same claim
DATE_IN_TEXT_RE = re.compile(
    r"\(\d{1,2}/\d{1,2}/\d{4}\)|\b\d{1,2}\s+(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|"
    r"Oktober|November|Desember)\b|\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b|\btahun\s+\d{4}\b", re.I)
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


@dataclass
class Source:
    outlet: str                      # the outlet credited: the one the page says it is the article of
    article_id: str
    title: str | None
    published: str | None
    url: str | None
    passage_id: int
    is_title: bool = False
    role: str = "origin"             # "origin": the story's origin outlet's copy; "copy": any other copy
    rehosted_by: str | None = None   # the site carrying another outlet's article ("dimuat ulang oleh")
    story: int | None = None         # story id: pages that are copies of one report share it
    origin: str | None = None        # the story's origin outlet

    @property
    def label(self) -> str:
        """'CNN Indonesia (dimuat ulang oleh example.com)'."""
        return f"{self.outlet} (dimuat ulang oleh {self.rehosted_by})" if self.rehosted_by else self.outlet

    def to_dict(self) -> dict[str, Any]:
        return {"outlet": self.outlet, "article_id": self.article_id, "title": self.title,
                "published": self.published, "url": self.url, "passage_id": self.passage_id,
                "in_title": self.is_title, "role": self.role, "rehosted_by": self.rehosted_by,
                "story": self.story}


@dataclass
class AnswerClaim:
    text: str
    quantities: list[dict[str, Any]]
    speaker: str | None
    cited_from: str | None
    sources: list[Source]
    score: float
    figure: dict[str, Any] | None = None  # the quantity that answers a quantity question
    speakers: list[str] = field(default_factory=list)
    origin: str | None = None   # outlet the story comes from (set by _merge_into; sources lead with it)
    member_terms: list[set[str]] = field(default_factory=list, repr=False, compare=False)  # each merged sentence's terms

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "quantities": [{k: q.get(k) for k in ("value", "text", "qualifier", "unit", "high", "vague", "scope")}
                           for q in self.quantities],
            "speaker": self.speaker,
            "cited_from": self.cited_from,
            "sources": [s.to_dict() for s in self.sources],
            "origin": self.origin or (self.sources[0].origin or self.sources[0].outlet if self.sources else None),
            "figure": self.figure,
            "other_speakers": [s for s in self.speakers if s != self.speaker],
            "score": round(self.score, 4),
        }


@dataclass
class Answer:
    question: str
    intent: str
    claims: list[AnswerClaim]
    disagreement: str | None = None
    message: str | None = None

    @property
    def found(self) -> bool:
        return bool(self.claims)

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "intent": self.intent, "found": self.found,
                "claims": [c.to_dict() for c in self.claims], "disagreement": self.disagreement,
                "message": self.message}


@dataclass
class Candidate:
    passage: PassageRow
    article: ArticleRow
    claim: ClaimRow | None
    score: float
    coverage: float


def format_number(value: float) -> str:
    """10000 -> '10.000', 1500000.0 -> '1.500.000', 1.5 -> '1,5' (Indonesian style)."""
    if value == int(value):
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.2f}".rstrip("0").replace(",", "_").replace(".", ",").replace("_", ".")


def format_date(iso: str | None) -> str | None:
    if not iso:
        return None
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTH_ABBR[int(m) - 1]} {y}"


def figure_label(q: dict[str, Any]) -> str:
    """'sekitar 10.000', 'lebih dari 10.000', '2.000–3.000', 'ribuan'."""
    if q.get("vague"):
        words = q["text"].split()
        if q.get("unit") and len(words) > 1 and words[-1].lower() == q["unit"].lower():
            words = words[:-1]
        return " ".join(words).lower()
    num = format_number(q["value"])
    if q.get("high") is not None:
        num = f"{num}–{format_number(q['high'])}"
    return f"{q['qualifier']} {num}" if q.get("qualifier") else num


def coverage_weights(query_terms: list[str], idf: dict[str, float], max_idf: float) -> dict[str, float]:
    """Each distinct question term's share of the question: the mean of its share of the terms and
    its share of the idf mass (unknown terms weigh the most). Counting alone lets two common words
    pass; idf alone is noisy on a small archive where every word is rare. Shares sum to 1."""
    uniq = list(dict.fromkeys(query_terms))
    if not uniq:
        return {}
    idf_w = {t: max(idf.get(t, max_idf), 1e-6) for t in uniq}
    total = sum(idf_w.values())
    return {t: (w / total + 1 / len(uniq)) / 2 for t, w in idf_w.items()}


def coverage_floor(intent: str) -> float:
    return QUANTITY_COVERAGE_FLOOR if intent == "quantity" else COVERAGE_FLOOR


def _source(c: Candidate) -> Source:
    a = c.article
    outlet, rehosted = credited(a.outlet, a.outlet_domain, a.url, a.credit) if a.credit else (a.outlet, None)
    outlet = outlet or "(outlet tidak diketahui)"
    origin = a.origin or outlet
    names = outlet_names()
    role = "origin" if origin == outlet or names.key(origin) == names.key(outlet) else "copy"
    return Source(outlet=outlet, article_id=a.id, title=a.title, published=a.published, url=a.url,
                  passage_id=c.passage.id, is_title=c.passage.kind == "title", role=role, rehosted_by=rehosted,
                  story=a.story, origin=origin)


def _order_sources(claim: AnswerClaim) -> None:
    """Origin first, copies after; one origin article per story. The origin is the outlet of the
    story the claim was first found in ("Jakarta, CNN Indonesia --" or the earliest copy); among
    the pages credited to it the outlet's own page leads, then the earliest."""
    names = outlet_names()
    origin_key = names.key(claim.origin)
    order = {s.article_id: i for i, s in reversed(list(enumerate(claim.sources)))}
    claim.sources.sort(key=lambda s: (names.key(s.outlet) != origin_key, s.rehosted_by is not None,
                                      s.published or "9999", order[s.article_id]))
    lead_of: dict[object, str] = {}
    for s in claim.sources:
        story = s.story if s.story is not None else ("article", s.article_id)
        if s.role == "origin" or names.key(s.outlet) == names.key(s.origin):
            lead_of.setdefault(story, s.article_id)
        s.role = "origin" if lead_of.get(story) == s.article_id else "copy"


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _quantity_matches(q: dict[str, Any], targets: set[str], casualty_question: bool, pipeline: TextPipeline) -> bool:
    if q.get("casualty", False) != casualty_question:
        return False
    unit = q.get("unit")
    if not targets:
        return True
    if unit and pipeline.noun_key(unit) in targets:
        return True
    if unit in (None, "orang"):  # "korban meninggal mencapai 162 orang": the noun comes first
        return any(pipeline.noun_key(w) in targets for w in q.get("before", "").split())
    return False


def compose(query: Query, candidates: list[Candidate], pipeline: TextPipeline) -> Answer:
    """Turn scored candidates into the answer a journalist reads."""
    if not query.terms:
        return Answer(query.text, query.intent, [], message="Pertanyaan tidak berisi kata kunci yang bisa dicari.")
    if query.intent == "quantity":
        answer = _compose_quantity(query, candidates, pipeline)
    else:
        answer = _compose_general(query, candidates)
    if not answer.claims:
        answer.message = "Tidak ditemukan klaim yang menjawab pertanyaan ini di artikel yang diindeks."
    return answer


def _merge_into(groups: list[AnswerClaim], group_terms: list[set[str]], entry: AnswerClaim, terms: set[str],
                same_claim) -> None:  # noqa: ANN001
    """Add a claim to an existing group when it is the same claim from the same outlet, or the same
    sentence (term Jaccard >= TEXT_SIMILARITY) in another copy of the same story: one report carried
    by many outlets is one entry listing every outlet, the origin first."""
    src = entry.sources[0]
    for g, gt in zip(groups, group_terms):
        gsrc = g.sources[0]
        copy = False
        if src.story is not None and any(s.story == src.story for s in g.sources):
            # the same sentence in another copy: compared with every sentence merged so far (the
            # group may lead with a headline that words it differently)
            best = max(g.member_terms or [gt], key=lambda t: _jaccard(terms, t))
            if _jaccard(terms, best) >= TEXT_SIMILARITY:
                copy, gt = True, best
        if src.outlet != gsrc.outlet and not copy:
            continue
        # copies of one sentence have one speaker, whatever each page's wording let the rules find
        speakers_ok = (copy or same_speaker(entry.speaker, g.speaker)
                       or (entry.speaker is None and g.speaker is None)
                       or ((entry.speaker is None or g.speaker is None) and src.article_id == gsrc.article_id))
        if not speakers_ok:
            continue
        if not same_claim(entry, g, terms, gt):
            continue
        if all(s.passage_id != src.passage_id for s in g.sources):
            g.sources.append(src)
            g.member_terms.append(terms)
            _absorb_copies(groups, group_terms, g, src, terms, same_claim)
            _order_sources(g)
        if entry.speaker and entry.speaker not in g.speakers:
            g.speakers.append(entry.speaker)
        if g.speaker is None and entry.speaker:
            g.speaker = entry.speaker
        g.cited_from = g.cited_from or entry.cited_from
        if entry.figure and g.figure:
            if not g.figure.get("qualifier") and entry.figure.get("qualifier"):
                g.figure = entry.figure
                g.text = entry.text
            if not g.figure.get("scope") and entry.figure.get("scope"):
                g.figure = {**g.figure, "scope": entry.figure["scope"]}
        return
    entry.origin = entry.origin or src.origin or src.outlet
    entry.member_terms = [terms]
    _order_sources(entry)
    groups.append(entry)
    group_terms.append(terms)


def _absorb_copies(groups: list[AnswerClaim], group_terms: list[set[str]], g: AnswerClaim, src: Source,
                   terms: set[str], same_claim) -> None:  # noqa: ANN001
    """A sentence just joined ``g`` through its outlet may be the copy of a sentence that already
    leads another group (another outlet's copy of the story, met earlier): the two groups are one."""
    if src.story is None:
        return
    for i in range(len(groups) - 1, -1, -1):
        h, ht = groups[i], group_terms[i]
        if h is g or all(s.story != src.story for s in h.sources):
            continue
        if max(_jaccard(terms, t) for t in h.member_terms or [ht]) < TEXT_SIMILARITY or not same_claim(h, g, ht, terms):
            continue
        seen = {s.passage_id for s in g.sources}
        g.sources += [s for s in h.sources if s.passage_id not in seen]
        g.member_terms += h.member_terms or [ht]
        g.speakers += [sp for sp in h.speakers if sp not in g.speakers]
        g.speaker = g.speaker or h.speaker
        g.cited_from = g.cited_from or h.cited_from
        g.score = max(g.score, h.score)
        del groups[i], group_terms[i]


def _compose_quantity(query: Query, candidates: list[Candidate], pipeline: TextPipeline) -> Answer:
    targets = {pipeline.noun_key(w) for w in query.words}
    casualty_question = any(pipeline.noun_key(w) in {pipeline.noun_key(c) for c in CASUALTY_WORDS} for w in query.words)
    present_units = {pipeline.noun_key(w) for c in candidates if c.claim for q in c.claim.quantities
                     for w in [q.get("unit") or "", *q.get("before", "").split()] if w}
    targets &= present_units  # "berapa jumlah korban gempa" has no counted noun in "gempa"
    groups: list[AnswerClaim] = []
    group_terms: list[set[str]] = []

    def same_figure(a: AnswerClaim, b: AnswerClaim) -> bool:
        fa, fb = a.figure or {}, b.figure or {}
        return (fa.get("value") == fb.get("value") and fa.get("high") == fb.get("high")
                and pipeline.noun_key(fa.get("unit") or "") == pipeline.noun_key(fb.get("unit") or "")
                and (fa.get("qualifier") == fb.get("qualifier") or not fa.get("qualifier") or not fb.get("qualifier")))

    for c in candidates:
        if c.claim is None or c.coverage < QUANTITY_COVERAGE_FLOOR:
            continue
        for q in c.claim.quantities:
            if not _quantity_matches(q, targets, casualty_question, pipeline):
                continue
            # a quantity folded in from a continuation sentence ("Ini termasuk 500 perwira") is context
            if q["text"] not in c.passage.text:
                continue
            entry = AnswerClaim(text=c.claim.text, quantities=c.claim.quantities, speaker=c.claim.speaker,
                                cited_from=c.claim.cited_from, sources=[_source(c)], score=c.score, figure=q,
                                speakers=[c.claim.speaker] if c.claim.speaker else [])
            terms = set(c.passage.terms or [])
            _merge_into(groups, group_terms, entry, terms, lambda a, b, _ta, _tb: same_figure(a, b))
    groups.sort(key=lambda g: (bool(g.figure and g.figure.get("vague")),
                               min((s.published or "9999") for s in g.sources), -g.score))
    return Answer(query.text, "quantity", groups, disagreement=_disagreement(groups, pipeline))


def _disagreement(groups: list[AnswerClaim], pipeline: TextPipeline) -> str | None:
    by_unit: dict[str, list[dict[str, Any]]] = {}
    for g in groups:
        f = g.figure
        if f and not f.get("vague"):
            by_unit.setdefault(pipeline.noun_key(f.get("unit") or ""), []).append(f)
    lines = []
    for unit, figs in by_unit.items():
        values = sorted({f["value"] for f in figs} | {f["high"] for f in figs if f.get("high") is not None})
        if len(values) < 2:
            continue
        scopes = sorted({f["scope"] for f in figs if f.get("scope")})
        unit_word = figs[0].get("unit") or ""
        line = f"Angka berbeda antar sumber: {format_number(values[0])}–{format_number(values[-1])} {unit_word}".rstrip()
        if len(scopes) > 1:
            line += f" (cakupan berbeda: {', '.join(scopes)}; ada yang menyebut total dikirim, ada yang lokasi tertentu)"
        lines.append(line)
    return "\n".join(lines) or None


def _compose_general(query: Query, candidates: list[Candidate]) -> Answer:
    kept = [c for c in candidates if c.coverage >= COVERAGE_FLOOR]
    if not kept:
        return Answer(query.text, query.intent, [])
    top = max(c.score for c in kept)
    kept = [c for c in kept if c.score >= RELATIVE_FLOOR * top]
    if query.intent == "who":
        with_speaker = [c for c in kept if c.claim and c.claim.speaker]
        kept = with_speaker or kept
    elif query.intent == "when":
        kept.sort(key=lambda c: (not DATE_IN_TEXT_RE.search(c.passage.text), -c.score))
    groups: list[AnswerClaim] = []
    group_terms: list[set[str]] = []
    for c in kept:
        claim = c.claim
        entry = AnswerClaim(text=claim.text if claim else c.passage.text,
                            quantities=claim.quantities if claim else [],
                            speaker=claim.speaker if claim else None,
                            cited_from=claim.cited_from if claim else None,
                            sources=[_source(c)], score=c.score,
                            speakers=[claim.speaker] if claim and claim.speaker else [])
        _merge_into(groups, group_terms, entry, set(c.passage.terms or []),
                    lambda _a, _b, ta, tb: _jaccard(ta, tb) >= TEXT_SIMILARITY)
        if len(groups) >= MAX_NON_QUANTITY_CLAIMS:
            break
    return Answer(query.text, query.intent, groups)


def max_idf_for(n_docs: int) -> float:
    return math.log(n_docs + 0.5) - math.log(0.5) if n_docs else 1.0


def source_lists(c: AnswerClaim) -> tuple[str | None, list[Source], list[Source]]:
    """(origin outlet when none of the sources is its page, origin sources, copies) for display."""
    first = [s for s in c.sources if s.role == "origin"]
    copies = [s for s in c.sources if s.role != "origin"]
    names = outlet_names()
    origin = c.origin or (c.sources[0].origin if c.sources else None)
    absent = origin if origin and all(names.key(s.outlet) != names.key(origin) for s in c.sources) else None
    return absent, first, copies


def source_label(s: Source) -> str:
    """'CNN Indonesia (dimuat ulang oleh example.com) · 3 Mar 2025 (judul)'."""
    bits = [format_date(s.published)] if s.published else []
    if s.is_title:
        bits.append("(judul)")
    return s.label + (" · " + " ".join(bits) if bits else "")


def sources_text(c: AnswerClaim) -> str:
    """The origin first, then "juga dimuat:" and the copies; "berita X" when the origin outlet's own
    page is not in the archive (an agency report carried by others)."""
    absent, first, copies = source_lists(c)
    out = "; ".join(dict.fromkeys(source_label(s) for s in first))
    if copies:
        rest = "; ".join(dict.fromkeys(source_label(s) for s in copies))
        out = f"{out} — juga dimuat: {rest}" if out else rest
    return f"berita {absent}: {out}" if absent else out


def render_text(answer: Answer) -> str:
    """Plain text for the CLI: one block per claim, figure first."""
    if not answer.claims:
        return answer.message or "Tidak ditemukan."
    out = []
    for i, c in enumerate(answer.claims, 1):
        head = figure_label(c.figure) if c.figure else None
        if c.figure and c.figure.get("scope"):
            head += f" (di/ke {c.figure['scope']})"
        who = c.speaker or "tanpa atribusi"
        if len(c.speakers) > 1:
            who += " / " + " / ".join(s for s in c.speakers if s != c.speaker)
        line = f"{i}. " + (f"{head} — " if head else "") + who
        if c.cited_from:
            line += f" (dikutip dari {c.cited_from})"
        line += " · " + sources_text(c)
        out.append(line)
        out.append(f"   “{c.text}”")
        ids = ", ".join(dict.fromkeys(s.article_id for s in c.sources))
        out.append(f"   artikel: {ids}")
    if answer.disagreement:
        out.append("")
        out.append(answer.disagreement)
    return "\n".join(out)
