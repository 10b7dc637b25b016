"""One article restating its figure is one entry (session 16): a headline, its lead and a quote
saying "2,5%" (once written "2,5±1%") are the same report, not three claims to check."""
from __future__ import annotations

from retrieval.clean import Article

TARGET = [
    Article(id="target-1", outlet="detikcom", published="2026-08-22", title="BI Proyeksi Inflasi 2,5% di 2027-2028, Ini Alasannya",
            body="Bank Indonesia (BI) memperkirakan tren laju inflasi Indonesia di kisaran 2,5±1% pada 2027 dan 2028. "
                 "\"Ke depan kita perkirakan inflasi masih tetap terjaga rendah, kita punya dalam sasaran 2,5% dengan "
                 "deviasi 1%,\" kata Direktur Departemen Kebijakan Ekonomi dan Moneter BI Juli Budi Winantya."),
    Article(id="jalan-1", outlet="Bisnis.com", published="2021-08-21", title="Jalan Tol Baru Dibuka",
            body="Jalan tol sepanjang 40 kilometer dibuka untuk umum pada pekan ini. Pengelola memberlakukan tarif Rp 30.000."),
]


async def test_an_articles_repeated_figure_is_one_entry(empty_engine):
    await empty_engine.ingest_articles(TARGET)
    answer = await empty_engine.ask("berapa sasaran inflasi Bank Indonesia untuk tahun 2027 dan 2028?")
    got = [str((c.figure or {}).get("text")) for c in answer.claims]
    assert len([x for x in got if x.startswith("2,5")]) == 1, got
    entry = next(c for c in answer.claims if c.figure and str(c.figure.get("text", "")).startswith("2,5"))
    assert {s.article_id for s in entry.sources} == {"target-1"} and len(entry.sources) >= 2
