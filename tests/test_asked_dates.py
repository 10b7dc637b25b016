"""A year or a day asked ("sejak tahun berapa …", "tanggal berapa …") is answered like a figure:
each distinct year once, with every outlet that gives it, and a disagreement when outlets differ
(retrieval/asked_dates.py, answer._compose_dates)."""
from __future__ import annotations

from retrieval.asked_dates import answering_dates, asked_part, question_dates
from retrieval.clean import Article
from retrieval.text import TextPipeline

from .answered import answer_labels, topic_archive

AUDISI = topic_archive("audisi", "2019-09-10", [
    Article(id="kompas-audisi", outlet="Kompas.com", published="2019-09-08",
            title="PB Djarum Hentikan Audisi Umum Beasiswa Bulu Tangkis",
            body="Audisi Djarum sendiri merupakan ajang seleksi pebulu tangkis muda yang digelar oleh klub "
                 "PB Djarum sejak tahun 2006. PB Djarum memutuskan tidak menggelar audisi umum pada 2020."),
    Article(id="tribun-audisi", outlet="Tribunnews", published="2019-09-10",
            title="Audisi Umum PB Djarum Tahun Ini Jadi yang Terakhir",
            body="Tahun 2019 adalah tahun terakhir Audisi Umum Beasiswa Bulu Tangkis digelar sejak pertama kali "
                 "digelar pada 2006, kata Yoppy Rosimin, Senin (9/9/2019)."),
    Article(id="liputan6-audisi", outlet="Liputan6.com", published="2019-09-07",
            title="Djarum Foundation Hentikan Audisi Umum Beasiswa Bulu Tangkis",
            body=", menggelar Audisi Umum Beasiswa Bulu Tangkis sejak 2006."),
    Article(id="tempo-audisi", outlet="Tempo.co", published="2019-09-11",
            title="PB Djarum Bantah Audisi Eksploitasi Anak",
            body="PB Djarum telah melakukan pembinaan bulu tangkis sejak 1969 dan tidak pernah berbicara tentang "
                 "rokok."),
])

DIAGNOSIS = topic_archive("diagnosis", "2019-09-12", [
    Article(id="kompas-ria", outlet="Kompas.com", published="2019-09-11", title="Kanker Ria Irawan Kambuh",
            body="Ria Irawan pertama kali didiagnosis mengidap kanker dinding rahim pada tahun 2009."),
    Article(id="okezone-ria", outlet="Okezone", published="2019-09-12", title="Ria Irawan Kembali Dirawat",
            body="Ria Irawan pertama kali didiagnosis kanker kelenjar getah bening pada 2014 silam."),
])

PELATNAS = topic_archive("pelatnas", "2019-09-12", [
    Article(id="okezone-u19", outlet="Okezone", published="2019-09-11", title="Timnas U-19 Kalahkan Iran",
            body="Timnas U-19 Indonesia mengalahkan Iran dalam uji coba kedua di Stadion Mandala Krida, Yogyakarta, "
                 "Rabu, 11 September 2019."),
    Article(id="tempo-u19", outlet="Tempo.co", published="2019-09-12", title="Timnas U-19 Libur Sementara",
            body="Setelah dua kali uji coba melawan Iran, pemain Timnas U-19 libur sementara. Pemain Timnas U-19 "
                 "Indonesia akan kembali menjalani pemusatan latihan pada 25 September 2019, kata pelatih Fakhri "
                 "Husaini, Kamis (12/9/2019)."),
])


async def test_a_year_asked_lists_the_year_once_with_every_outlet_that_gives_it(empty_engine):
    """Three outlets' "sejak tahun 2006" / "sejak pertama kali digelar pada 2006" are one entry, led
    by a sentence written whole (the earliest page's was cut by its scraper); the
    year the audition stops (2020), the year of the statement and PB Djarum's other deed since 1969
    ("pembinaan", not "digelar") are no answer."""
    await empty_engine.ingest_articles(AUDISI)
    answer = await empty_engine.ask("sejak tahun berapa Audisi Umum Beasiswa Bulu Tangkis PB Djarum digelar?")
    assert answer_labels(answer) == ["2006"], [c.text for c in answer.claims]
    outlets = {s.outlet for s in answer.claims[0].sources}
    assert outlets == {"Kompas.com", "Tribunnews", "Liputan6.com"}, outlets
    assert answer.claims[0].text[slice(*answer.claims[0].answer_span)].endswith("2006")
    assert answer.claims[0].text[0].isalpha()   # a sentence the scraper cut leads no entry


async def test_outlets_that_give_different_years_are_shown_side_by_side(empty_engine):
    await empty_engine.ingest_articles(DIAGNOSIS)
    answer = await empty_engine.ask("Pada tahun berapa Ria Irawan pertama kali didiagnosis mengidap kanker?")
    assert sorted(answer_labels(answer)) == ["2009", "2014"], [c.text for c in answer.claims]
    assert answer.disagreement == "Tahun berbeda antar sumber: 2009, 2014"


async def test_a_day_asked_is_the_day_of_the_asked_deed_not_of_another_or_of_the_statement(empty_engine):
    """"tanggal berapa … kembali menjalani pemusatan latihan setelah … uji coba melawan Iran": the
    match's day is of the when-clause, "Kamis (12/9/2019)" of the saying; 25 answers."""
    await empty_engine.ingest_articles(PELATNAS)
    answer = await empty_engine.ask("Tanggal berapa pemain Timnas U-19 Indonesia kembali menjalani pemusatan "
                                    "latihan setelah dua uji coba melawan Iran?")
    assert [c.figure["value"] for c in answer.claims if c.figure] == [25], [c.text for c in answer.claims]
    assert answer_labels(answer) == ["25 September 2019"]


def test_which_part_of_a_date_a_question_asks():
    assert asked_part("Tahun berapakah Tembok Berlin runtuh?") == "year"
    assert asked_part("tanggal berapa pemilu digelar?") == "day"
    assert asked_part("berapa tahun masa jabatan presiden?") is None   # a duration is a quantity


def _dates(question: str, sentence: str) -> list[tuple[int, int | None]]:
    pipeline = TextPipeline()
    asked = question_dates(question, pipeline.stem, pipeline.stopwords)
    return [(d.value, d.high) for d in answering_dates(sentence, asked, pipeline.stem)]


def test_a_year_the_question_names_or_a_laws_year_is_no_answer():
    q = "Sejak tahun berapa Arab Saudi memberlakukan visa progresif yang dicabut pada September 2019?"
    assert _dates(q, "Arab Saudi memberlakukan visa progresif sejak 2016 dan mencabutnya pada 2019.") == [(2016, None)]
    q = "Tahun berapa Kota Tasikmalaya dibentuk?"
    assert _dates(q, "Kota Tasikmalaya dibentuk dengan Undang-Undang Nomor 10 Tahun 2001.") == []


def test_the_end_of_a_span_answers_until_and_a_list_answers_for_the_name_asked():
    assert _dates("Sampai tahun berapa Sultan Iskandar Thani memimpin Aceh?",
                  "Sultan Iskandar Thani memimpin Aceh pada 1637-1641.") == [(1641, None)]
    assert _dates("Hingga tanggal berapa BPK memeriksa KPU?",
                  "BPK memeriksa KPU sejak 5 Juli hingga 29 Agustus 2005.") == [(29, None)]
    assert _dates("Pada tahun berapa film Doea Tanda Mata dibuat?",
                  "Teguh Karya membuat film Ranjang Pengantin (1974) dan Doea Tanda Mata (1984).")[0] == (1984, None)


def test_a_day_in_brackets_dates_the_clause_before_it_unless_it_is_when_someone_spoke():
    q = "Tanggal berapa pesawat Kolombia jatuh di Venezuela?"
    assert _dates(q, "Sebuah pesawat Kolombia jatuh di Venezuela, Selasa (16/8), menewaskan 152 orang.") == [(16, None)]
    assert _dates(q, "Pesawat Kolombia jatuh di Venezuela, kata pejabat setempat, Rabu (17/8).") == []


def test_a_date_answers_for_the_deed_asked_by_whom_the_question_names():
    """The clause must hold a plain deed word of the question (PB Djarum's "pembinaan" since 1969
    is not the audition "digelar"), and the sentence a name of the question (Hosni Mubarak's birth
    is not the city's)."""
    q = "sejak tahun berapa Audisi Umum Beasiswa Bulu Tangkis PB Djarum digelar?"
    assert _dates(q, "PB Djarum telah melakukan pembinaan bulu tangkis sejak 1969.") == []
    assert _dates(q, "Audisi itu digelar oleh klub PB Djarum sejak tahun 2006.") == [(2006, None)]
    assert _dates("Tahun berapa lahirnya Kota Tasikmalaya?", "Hosni Mubarak lahir pada tahun 1928.") == []
    assert _dates("Tahun berapa lahirnya Kota Tasikmalaya?", "Mereka lahir pada tahun 2001.") == [(2001, None)]


def test_a_day_said_right_after_who_said_it_is_when_it_was_said():
    q = "Tanggal berapa pesawat Kolombia jatuh di Venezuela?"
    assert _dates(q, "Pesawat Kolombia jatuh di Venezuela tiga hari lalu kata pejabat Rabu (17/8).") == []
    assert _dates(q, "Pesawat Kolombia jatuh di Venezuela pada 16 Agustus kata pejabat Rabu (17/8).") == [(16, None)]


CEGAH = topic_archive("cegah", "2019-09-12", [
    Article(id="kompas-cegah", outlet="Kompas.com", published="2019-09-12", title="Imam Nahrawi Dicegah ke Luar Negeri",
            body="Imam Nahrawi dicegah bepergian ke luar negeri sejak 23 Agustus 2019 atas permintaan KPK."),
    Article(id="okezone-cegah", outlet="Okezone", published="2019-09-12", title="Imigrasi Cegah Imam Nahrawi",
            body="Menurut Ditjen Imigrasi, Imam Nahrawi dicegah bepergian ke luar negeri sejak 24 Agustus 2019."),
])


async def test_days_that_differ_are_named_as_written(empty_engine):
    """A disagreement over a day names the days as the answer heads them, not bare day numbers."""
    await empty_engine.ingest_articles(CEGAH)
    answer = await empty_engine.ask("Sejak tanggal berapa Imam Nahrawi dicegah bepergian ke luar negeri?")
    assert sorted(answer_labels(answer)) == ["23 Agustus 2019", "24 Agustus 2019"], [c.text for c in answer.claims]
    assert answer.disagreement == "Tanggal berbeda antar sumber: 23 Agustus 2019, 24 Agustus 2019"
