"""Session 36 rules (docs/frames.md "Session 36 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval import relevance
from retrieval.clean import Article

from .answered import FILLER, answer_values, other_stories

# three reports whose leads hold the question's words better than the one that counts: the leads
# read whole are theirs, and none of them gives a figure
SEATS = FILLER + other_stories("golkar", "detikcom", "2014-05-20", [
    ("Golkar Gelar Munas Usai Pileg 2014", "Partai Golkar menggelar musyawarah nasional usai Pileg 2014 di Bali. "
                                          "Munas memilih ketua umum baru."),
    ("Golkar Usung Calon Gubernur", "Partai Golkar yang kecewa pada Pileg 2014 mengusung calon gubernur sendiri. "
                                    "Pengumuman dilakukan di kantor DPP."),
    ("Golkar Menilai Pileg 2014 Lancar", "Partai Golkar menilai Pileg 2014 berjalan lancar dan jujur. "
                                         "Para kader diminta bekerja keras."),
]) + [
    Article(id="parlemen", outlet="Kompas.com", published="2014-05-21", title="Peta Parlemen Baru",
            body="Komposisi parlemen selalu berubah usai pileg. "
                 "Pemungutan suara digelar serentak pada April 2014 untuk memilih anggota DPR. "
                 "Tiap partai berharap mendapat dukungan. "
                 "Golkar mengalami kondisi stagnan dengan hanya 91 kursi."),
]


async def test_an_article_holding_the_question_between_its_sentences_is_read_whole(empty_engine):
    """No sentence of the report holds half the question, and its lead is not among the best
    partial matches, but between its sentences it names the party, the seats, the house and the
    year: read whole, its count of seats answers (relevance.covered_articles)."""
    await empty_engine.ingest_articles(SEATS)
    values = answer_values(await empty_engine.ask("berapa kursi DPR yang didapat Partai Golkar pada Pileg 2014?"))
    assert 91 in values, values
