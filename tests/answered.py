"""What an answer lists as answering figures, for tests that assert on them."""
from __future__ import annotations

from retrieval.answer import Answer, figure_label
from retrieval.clean import Article

# other stories beside a test's own: in a few articles alone the names' weight (their idf) is nothing
FILLER = [
    Article(id="gempa", outlet="Kompas.com", published="2019-06-02", title="Gempa Guncang Maluku",
            body="Gempa bermagnitudo 5,1 mengguncang Maluku Utara pada Minggu pagi."),
    Article(id="bola", outlet="detikcom", published="2019-06-05", title="Timnas Menang",
            body="Timnas Indonesia menang 3-1 atas Vanuatu di Stadion Utama Gelora Bung Karno."),
    Article(id="tol", outlet="SINDOnews", published="2019-06-07", title="Arus Balik di Tol Cikampek",
            body="Sebanyak 120.000 kendaraan melintasi Tol Cikampek pada puncak arus balik."),
    Article(id="beras", outlet="Okezone", published="2019-06-08", title="Harga Beras Stabil",
            body="Harga beras medium di Pasar Induk Cipinang bertahan Rp 10.500 per kilogram."),
    Article(id="hujan", outlet="Tempo.co", published="2019-06-09", title="Hujan Deras di Bogor",
            body="Hujan deras mengguyur Bogor selama tiga jam pada Sabtu sore."),
]


def answer_labels(answer: Answer) -> list[str]:
    """The figures listed as answers, as labelled; none when the answer is the fallback ("figures
    of the closest sentences") or the closest few."""
    return [figure_label(c.figure) for c in answer.claims] if answer.match == "strong" and not answer.message else []


def answer_values(answer: Answer) -> list[float]:
    """The values of every figure an answer lists, rounded to two places (whatever its match)."""
    return [round(c.figure["value"], 2) for c in answer.claims if c.figure]


def listed_values(answer: Answer) -> list[float]:
    """The values of the figures an answer lists as answering (not the closest sentences' figures
    of a fallback), rounded to two places."""
    return answer_values(answer) if answer.match == "strong" and not answer.message else []


async def values_asked(engine, articles: list[Article], question: str) -> list[float]:  # noqa: ANN001
    """The figures an engine lists for a question once the articles are ingested (listed_values)."""
    await engine.ingest_articles(articles)
    return listed_values(await engine.ask(question))


def other_stories(prefix: str, outlet: str, published: str, stories: list[tuple[str, str]]) -> list[Article]:
    """Articles of one outlet and day from (title, body) pairs, ids "<prefix>-0", "<prefix>-1", …: the
    other stories of a test's topic that give its words a realistic weight."""
    return [Article(id=f"{prefix}-{k}", outlet=outlet, published=published, title=title, body=body)
            for k, (title, body) in enumerate(stories)]


def topic_archive(prefix: str, published: str, articles: list[Article]) -> list[Article]:
    """A test's own articles among FILLER and two unrelated stories of their day: the small
    archive the rule tests ask on."""
    return FILLER + other_stories(prefix, "Antaranews", published, [
        ("Cuaca Cerah di Ibu Kota", "Cuaca di ibu kota cerah sepanjang hari menurut pengamat."),
        ("Pasar Tradisional Ramai", "Pasar tradisional ramai dikunjungi warga menjelang akhir pekan."),
    ]) + articles
