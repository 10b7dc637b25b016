"""Telegram HTML for answers: everything from articles escaped, never over 4096 characters,
split only between claims so no tag or entity is ever cut."""
from __future__ import annotations

from html import escape

from retrieval.answer import (CLOSEST_LABEL, Answer, AnswerClaim, Source, figure_label, format_date, several_speakers,
                              source_label, source_lists)
from retrieval.timeline import timeline_entries, timeline_line

TELEGRAM_LIMIT = 4096
MAX_QUOTE = 700
MAX_MESSAGES = 6


def _quote(text: str, span: tuple[int, int] | None = None, *, limit: int = MAX_QUOTE) -> str:
    """The claim escaped, whitespace collapsed, shortened past `limit`; the answer phrase in bold
    when it survives the shortening."""
    flat = " ".join(text.split())
    if span:
        start, end = span
        before, phrase, after = text[:start], " ".join(text[start:end].split()), text[end:]
        before = " ".join(before.split()) + (" " if before[-1:].isspace() else "")
        after = (" " if after[:1].isspace() else "") + " ".join(after.split())
        if phrase and len(before) + len(phrase) <= limit:
            if len(before) + len(phrase) + len(after) > limit:
                after = after[: limit - 1 - len(before) - len(phrase)].rsplit(" ", 1)[0] + "…"
            return f"{escape(before)}<b>{escape(phrase)}</b>{escape(after)}"
    if len(flat) > limit:
        flat = flat[: limit - 1].rsplit(" ", 1)[0] + "…"
    return escape(flat)


def _source_html(s: Source, with_speaker: bool = False) -> str:
    """'CNN Indonesia (dimuat ulang oleh example.com) · 3 Mar 2025', linked to the page."""
    bits = escape(source_label(s, with_speaker))
    if s.url:
        bits = f'<a href="{escape(s.url, quote=True)}">{bits}</a>'
    return bits


def claim_block(n: int, c: AnswerClaim) -> str:
    head = f"<b>{escape(figure_label(c.figure))}</b>" if c.figure else f"<b>{n}.</b>"
    if c.figure and c.figure.get("scope"):
        head += f" (di/ke {escape(c.figure['scope'])})"
    who = escape(c.speaker) if c.speaker else "<i>tanpa atribusi</i>"
    others = [s for s in c.speakers if s != c.speaker]
    if others:
        who += " / " + " / ".join(escape(s) for s in others)
    if c.cited_from:
        who += f" (dikutip dari {escape(c.cited_from)})"
    absent, first, copies = source_lists(c)
    named = several_speakers(c)
    src = "; ".join(dict.fromkeys(_source_html(s, named) for s in first))
    if copies:   # the origin first, the outlets that carried the same story after it
        rest = "; ".join(dict.fromkeys(_source_html(s, named) for s in copies))
        src = f"{src}\n<i>juga dimuat:</i> {rest}" if src else rest
    if absent:
        src = f"<i>berita {escape(absent)}:</i> {src}"
    lead = f"{n}. {head} — {who}" if c.figure else f"{head} {who}"
    return f"{lead}\n{src}\n<i>“{_quote(c.text, c.answer_span)}”</i>"


def render_answer(answer: Answer) -> list[str]:
    """One or more HTML messages, each within Telegram's limit."""
    if not answer.claims:
        return [f"🔎 {escape(answer.message or 'Tidak ditemukan.')}"]
    header = f"🔎 <b>{len(answer.claims)} klaim</b> untuk: <i>{escape(answer.question[:200])}</i>"
    if answer.message:  # "Tidak ada yang cocok penuh; yang paling dekat:" and the like
        header += f"\n{escape(answer.message)}"
    blocks = []
    for i, c in enumerate(answer.claims, 1):
        if c.match == "partial" and answer.match == "strong" and answer.claims[i - 2].match != "partial":
            blocks.append(f"<i>{escape(CLOSEST_LABEL)}</i>")
        blocks.append(claim_block(i, c))
    footer = f"⚖️ {escape(answer.disagreement)}" if answer.disagreement else ""
    if line := timeline_line(timeline_entries(answer)):   # "Perkembangan angka: 22 Okt: 3.000 (AS) → …"
        footer = (f"{footer}\n" if footer else "") + f"📅 {escape(line)}"
    return pack([header, *blocks, footer] if footer else [header, *blocks])


def pack(blocks: list[str], limit: int = TELEGRAM_LIMIT, max_messages: int = MAX_MESSAGES) -> list[str]:
    """Join blocks into messages no longer than the limit, breaking only between blocks."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        if len(block) > limit:
            block = block[: limit - 20].rsplit("\n", 1)[0]  # a single huge block: drop its quote line
        candidate = f"{current}\n\n{block}" if current else block
        if len(candidate) <= limit:
            current = candidate
        else:
            messages.append(current)
            current = block
    if current:
        messages.append(current)
    if len(messages) > max_messages:
        dropped = len(messages) - (max_messages - 1)
        messages = messages[: max_messages - 1]
        messages.append(f"… {dropped} pesan lagi tidak ditampilkan; persempit pertanyaan.")
    return messages


def render_article(article, passages, focus: int | None = None) -> str:  # noqa: ANN001
    lines = [f"<b>{escape(article.title or '(tanpa judul)')}</b>",
             f"{escape(article.outlet or '?')} · {escape(format_date(article.published) or 'tanggal tidak diketahui')}"
             f" · id <code>{escape(article.id)}</code>"]
    if article.url:
        lines.append(f'<a href="{escape(article.url, quote=True)}">{escape(article.url[:200])}</a>')
    lines.append("")
    for p in passages:
        text = _quote(p.text, limit=900)
        lines.append(f"<b>{text}</b>" if p.id == focus else text)
    return pack(["\n".join(lines)])[0]
