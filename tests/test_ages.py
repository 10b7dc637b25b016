"""How old someone is (session 18): an age in brackets after a name ("Pupung Sadili (54)") is a
figure of its own, kept at ingest as `Quantity.age`, that answers only a question asking an age,
and only of the person asked; an age said ("Karjakin masih berusia 12 tahun") answers the same way;
a count of the story never answers an age."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.frame import age_fits, question_frame
from retrieval.text import TextPipeline

from .answered import FILLER, answer_labels as labels

CASE = [
    Article(id="k1", outlet="Kompas.com", published="2019-09-01", title="Fakta Baru Pembunuhan Pupung dan Dana",
            body="Polisi mengungkap fakta baru kasus pembunuhan Edi Chandra Purnama alias Pupung Sadili (54) "
                 "dan anaknya, M Adi Pradana alias Dana (23). Otak pembunuhan adalah istrinya, Aulia Kesuma (45)."),
    Article(id="t1", outlet="Tribunnews", published="2019-09-10", title="Rekonstruksi Pembunuhan Pupung",
            body="Polisi menggelar 62 adegan rekonstruksi pembunuhan Pupung Sadili (54) di tiga lokasi."),
    *FILLER,
]


def test_a_bracketed_age_after_a_name_is_kept_with_whose_it_is():
    found = [(q.text, q.unit, q.age) for q in find_quantities("Korban meninggal yakni Rohmadi (40) dan Imam (19).")]
    assert found == [("40", "tahun", "Rohmadi"), ("19", "tahun", "Imam")]
    assert find_quantities("lihat catatan (3) di bawah") == []   # no name before it: a note number


async def test_the_age_of_the_person_asked_and_of_no_one_else(empty_engine):
    await empty_engine.ingest_articles(CASE)
    got = labels(await empty_engine.ask("berapa usia Pupung Sadili?"))
    assert got and all("54" in x for x in got), got
    # a count of the story asks no age: the ages are no answer to it
    got = labels(await empty_engine.ask("berapa adegan rekonstruksi pembunuhan Pupung Sadili?"))
    assert got and all("62" in x for x in got), got


def test_whose_age_a_sentence_says():
    pipe = TextPipeline()
    trump = question_frame("berapa usia Trump?", pipe)
    said = "Trump memuji miliuner China berusia 52 tahun ini sebagai pengusaha yang hebat."
    assert not age_fits(trump, {"text": "52 tahun"}, said)   # the billionaire's, not Trump's
    assert age_fits(question_frame("berapa usia Karjakin saat itu?", pipe), {"text": "12 tahun"},
                    "Kala itu, Karjakin masih berusia 12 tahun.")
    driver = question_frame("berapa usia sopir truk yang ditabrak ambulans?", pipe)
    crash = ("Pengemudi truk bernama Zaenal Abidin (43) selamat, sedangkan penumpang ambulans Imam (19) tewas.")
    assert age_fits(driver, {"text": "43", "age": "Zaenal Abidin"}, crash)
    assert not age_fits(driver, {"text": "19", "age": "Imam"}, crash)
    # no age asked: an age answers nothing; an age asked: a count answers nothing
    assert not age_fits(question_frame("berapa korban tewas?", pipe), {"text": "19", "age": "Imam"}, crash)
    assert not age_fits(driver, {"text": "5 orang"}, "Kecelakaan itu menewaskan 5 orang.")


def test_a_measure_asked_counts_no_one():
    """"ambulans jenazah" is a hearse and "korban" names whose age: a speed or an age asked takes no
    casualty class from them (before, "5 orang tewas" answered "berapa kecepatan ambulans jenazah")."""
    pipe = TextPipeline()
    assert question_frame("berapa kecepatan ambulans jenazah sebelum menabrak truk?", pipe).predicates == ()
    assert question_frame("berapa umur Imam, korban kecelakaan ambulans?", pipe).predicates == ()
    assert question_frame("berapa korban tewas kecelakaan ambulans jenazah?", pipe).predicates == ("killed",)


def test_an_age_in_apposition_and_a_toddler_asked_as_a_baby():
    from retrieval.claims import find_quantities
    from retrieval.frame import age_fits, question_frame
    from retrieval.text import TextPipeline
    import dataclasses
    p = TextPipeline()
    said = "Pada Selasa, 10 September lalu, Kivlan, 73 tahun, didakwa menguasai senjata api ilegal."
    age = next(dataclasses.asdict(x) for x in find_quantities(said) if x.text.startswith("73"))
    assert age_fits(question_frame("berapa usia Kivlan Zen saat menjalani sidang pada September 2019?", p), age, said)
    assert not age_fits(question_frame("berapa usia Habil Marati saat sidang?", p), age, said)
    baby = "Seorang bayi berusia tiga tahun (balita) meregang nyawa diduga akibat mengkonsumsi nasi goreng."
    age = next(dataclasses.asdict(x) for x in find_quantities(baby) if x.text.startswith("tiga"))
    assert age_fits(question_frame("berapa usia balita yang meninggal setelah menyantap nasi goreng?", p), age, baby)
