"""When no strong candidate gives a figure that answers, the articles whose title or first
sentence is among the best partial matches are read whole: the lead names the story, the next
sentence counts without naming it again (untitled pages, wire copy)."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import answer_labels as labels

CUBA = Article(
    id="kuba-1", outlet="poskotanews.com", published="2017-12-27", title="",
    body="KUBA – Karnaval kembang api di malam Natal di Kuba berujung tragedi. "
         "Sebuah ledakan terjadi dan melukai 22 orang, termasuk enam anak-anak. "
         "Festival tahunan itu digelar di pusat kota Remedios setiap 24 Desember.")
OTHER = [
    Article(id="kuba-2", outlet="Tempo.co", published="2017-12-20", title="",
            body="HAVANA – Kuba menggelar pemilihan umum daerah pekan lalu. "
                 "Kerusuhan kecil di sebuah tempat pemungutan suara melukai 3 orang. "
                 "Pemilu berlangsung damai di sebagian besar wilayah."),
    Article(id="petasan-1", outlet="Kompas.com", published="2017-12-31", title="Pesta kembang api tahun baru",
            body="Pesta kembang api tahun baru digelar di Monas. "
                 "Sebanyak 5.000 kembang api dinyalakan di langit Jakarta. "
                 "Polisi mengerahkan 1.200 personel untuk pengamanan."),
]



async def test_the_figure_after_a_lead_naming_the_story_answers(empty_engine):
    await empty_engine.ingest_articles([CUBA, *OTHER])
    got = labels(await empty_engine.ask("berapa orang terluka akibat ledakan kembang api di Kuba?"))
    assert any(g.startswith("22") for g in got), got
    assert not any(g.startswith("3") or g.startswith("5.000") for g in got), got


def test_a_figure_of_an_article_read_whole_may_count_the_noun_named_before_it():
    """ "jumlah kendaraan yang menyeberang, yakni sebanyak 67.287 unit" counts vehicles: the noun
    stands before the figure and "unit" is only its classifier. People classifiers count people
    only ("satu kampung nelayan diisi 5.000 orang" counts no villages)."""
    from retrieval.claims import find_quantities
    from retrieval.relevance import says_what_is_asked
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    p = TextPipeline()

    def says(question: str, sentence: str) -> list[str]:
        frame = question_frame(question, p)
        return [q.text for q in find_quantities(sentence)
                if says_what_is_asked(frame, q.__dict__, p.noun_key(frame.noun), p.noun_key, 2, sentence)]
    assert says("berapa kendaraan yang menyeberang ke Bakauheni?",
                "Begitu juga dengan jumlah kendaraan yang menyeberang, yakni sebanyak 67.287 unit pada 2017.") \
        == ["67.287 unit"]
    assert "5.000 orang" not in says("berapa kampung nelayan yang bisa dibangun?", "Satu kampung nelayan diisi 5.000 orang.")
