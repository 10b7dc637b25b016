"""People counted by a classifier ("139.199 jiwa") answer a question whose noun is itself the class
asked ("berapa pengungsi": the displaced), whatever noun the sentence opens with (session 17)."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import answer_labels as labels

ERUPTION = Article(
    id="agung-pengungsi", outlet="ANTARA", published="2017-10-15", title="Status Darurat Gunung Agung Diperpanjang",
    body="Masa tanggap darurat erupsi Gunung Agung diperpanjang hingga akhir bulan. "
         "Pengungsi di Gunung Agung saat ini tercatat sebanyak 139.199 jiwa di 389 titik pengungsian yang tersebar "
         "di sembilan kabupaten / kota di Bali . "
         "Pemerintah menyiapkan lahan seluas 1,2 hektare untuk penampungan ternak.")
SHELTER = Article(
    id="agung-posko", outlet="Tribunnews", published="2017-10-14", title="Posko Klungkung Tampung Pengungsi Gunung Agung",
    body="Posko di Klungkung menampung 1.500 pengungsi erupsi Gunung Agung. Relawan membagikan makanan setiap hari.")


async def test_the_displaced_counted_in_jiwa_answer_a_question_about_refugees(empty_engine):
    await empty_engine.ingest_articles([ERUPTION, SHELTER])
    got = labels(await empty_engine.ask("berapa pengungsi Gunung Agung?"))
    assert any(x.startswith("139.199") for x in got) and any(x.startswith("1.500") for x in got), got


async def test_a_count_of_people_answers_no_question_about_land(empty_engine):
    await empty_engine.ingest_articles([ERUPTION])
    got = labels(await empty_engine.ask("berapa hektare lahan untuk penampungan ternak dari erupsi Gunung Agung?"))
    assert got and all("139.199" not in x for x in got), got


POISONING = [
    Article(id="racun-a", outlet="Kompas.com", published="2019-09-17",
            title="Warga Sukabumi yang Diduga Keracunan Makanan Jadi 182 Orang",
            body="Jumlah warga Sukabumi yang diduga keracunan makanan hajatan bertambah menjadi 182 orang. "
                 "Sebanyak 66 orang dirawat di puskesmas dan 3 warga dirujuk ke RSUD Palabuhanratu."),
]


async def test_the_treated_among_the_poisoned_are_what_is_asked(empty_engine):
    """"korban keracunan makanan … yang dirawat" names the affliction and asks the treated: the
    182 poisoned are the whole, not the answer; asked without "dirawat", they are."""
    await empty_engine.ingest_articles(POISONING)
    treated = labels(await empty_engine.ask("berapa korban keracunan makanan di Sukabumi yang dirawat?"))
    assert any(x.startswith("66") for x in treated) and not any(x.startswith("182") for x in treated), treated
    poisoned = labels(await empty_engine.ask("berapa warga Sukabumi yang keracunan makanan?"))
    assert any(x.startswith("182") for x in poisoned), poisoned



def test_the_closest_figures_are_no_spans_of_time():
    """When no figure counts what is asked, the answer shows the best sentences' figures, each with
    its own unit (answer._other_figures): never a span of time that only says when ("mulai dari
    sepuluh hari sebelum Lebaran"), unless a span of time is what is asked."""
    from retrieval.answer import span_of_time
    from retrieval.claims import find_quantities
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    sentence = "Jumlah pemudik yang menyeberang mulai dari sepuluh hari sebelum Lebaran melonjak menjadi 371.286 orang."
    figures = {q.text: vars(q) for q in find_quantities(sentence)}
    pipe = TextPipeline()
    crossing = question_frame("berapa kapal yang melayani pemudik di Pelabuhan Merak?", pipe)
    span = next(q for text, q in figures.items() if text.lower().startswith("sepuluh"))
    count = next(q for text, q in figures.items() if "371.286" in text)
    assert span_of_time(span, sentence, crossing) and not span_of_time(count, sentence, crossing)
    assert not span_of_time(span, sentence, question_frame("berapa hari arus mudik berlangsung?", pipe))
    # a time measured is what a question about a time asks: "catatan waktu … 49,07 detik"
    record = "Catatan waktu terbaiknya , 49,07 detik , dicapai di Athena."
    time = next(vars(q) for q in find_quantities(record))
    assert not span_of_time(time, record, question_frame("berapa catatan waktu terbaik pelari itu?", pipe))
