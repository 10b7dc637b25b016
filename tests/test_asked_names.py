"""A question giving a name no list knows (a ship, a person, a company) takes figures only from
articles that name it somewhere; victims asked are people of any kind."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.relevance import asked_names
from retrieval.text import TextPipeline

from .answered import FILLER, answer_labels as labels

SHIP = Article(
    id="kapal-1", outlet="Kompas.com", published="2019-09-05", title="Kebakaran kapal di perairan Masalembu",
    body="Kapal penumpang KM Santika Nusantara terbakar di perairan Masalembu, Jawa Timur. "
         "Sebanyak 308 penumpang selamat dan 3 penumpang meninggal dunia dalam kebakaran itu. "
         "Tim SAR gabungan masih mencari penumpang yang hilang.")
ROAD = Article(
    id="kapal-2", outlet="Tempo.co", published="2019-09-10", title="Kebakaran kapal KM Lestari Maju",
    body="Kapal KM Lestari Maju terbakar di perairan Selayar. "
         "Kebakaran kapal KM itu menyebabkan delapan korban tewas dan puluhan penumpang luka. "
         "Polisi memeriksa nakhoda kapal.")



def test_the_names_a_question_gives_are_those_no_list_knows():
    p = TextPipeline()
    assert asked_names("berapa korban tewas kebakaran KM Santika Nusantara?", p) == (("santika",),)
    # gazetteer places have their own rules; a place it lacks is a name the article must give
    assert asked_names("berapa orang tewas dalam serangan di Charikar, Parwan?", p) == ()
    assert asked_names("berapa korban tewas penembakan di Las Vegas?", p) == (("vegas",),)   # "las" is a word
    # acronyms, compounds and common abbreviations may be written otherwise in an article
    assert asked_names("berapa personel TNI-Polri mengamankan laga di SUGBK pada Pileg 2019?", p) == ()
    assert asked_names("berapa suara yang diraih Dedi Mulyadi?", p) == (("dedi", "mulyadi"),)


def test_each_name_is_its_words_written_together_or_joined_as_alternatives():
    p = TextPipeline()
    # two names apart in the question: an article must give both
    assert asked_names("berapa persen responden survei Index Politica yang puas dengan kinerja Presiden Prabowo?",
                       p) == (("index", "politica"), ("prabowo",))
    # one run of capitalised words is one name, whatever words in it a list knows ("E", "KONI")
    assert asked_names("berapa lama vonis penjara Bendahara Umum KONI Johnny E Awuy?", p) == (("johnny", "awuy"),)
    # names joined by "dan" are alternatives: an article on either answers
    assert asked_names("berapa juta data penumpang Malindo Air dan Thai Lion Air yang tersebar?", p) == (
        ("malindo", "thai", "lion"),)


async def test_a_figure_answers_a_named_question_only_from_an_article_naming_it(empty_engine):
    await empty_engine.ingest_articles([SHIP, ROAD])
    got = labels(await empty_engine.ask("berapa korban tewas kebakaran kapal KM Santika Nusantara?"))
    assert any(g.startswith("3") for g in got) and not any(g.startswith("8") for g in got), got


async def test_a_name_no_article_holds_tests_nothing(empty_engine):
    await empty_engine.ingest_articles([SHIP, ROAD])
    # a typo: no article holds "Santica", so the name sets nothing aside (the other ship's toll shows)
    got = labels(await empty_engine.ask("berapa korban tewas kebakaran kapal KM Santica Nusantara?"))
    assert any(g.startswith("8") for g in got), got


POLL_A = Article(
    id="survei-1", outlet="detikcom", published="2025-10-20", title="Survei Index Politica: publik puas kinerja Prabowo",
    body="Lembaga survei Index Politica merilis hasil survei setahun pemerintahan. "
         "Sebanyak 83,5 persen responden puas dengan kinerja Presiden Prabowo. "
         "Survei dilakukan pada 1-10 Oktober 2025.")
POLL_B = Article(
    id="survei-2", outlet="detikcom", published="2025-10-21", title="Warga Jatim puas kinerja Prabowo",
    body="Lembaga survei ARCI merilis kepuasan warga Jawa Timur terhadap kinerja Presiden Prabowo. "
         "Sebanyak 82,2 persen responden puas dengan kinerja Presiden Prabowo selama setahun. "
         "Survei dilakukan di 38 kabupaten dan kota.")


async def test_every_name_the_question_gives_must_be_in_the_article(empty_engine):
    await empty_engine.ingest_articles([POLL_A, POLL_B])
    got = labels(await empty_engine.ask(
        "berapa persen responden survei Index Politica yang puas dengan kinerja Presiden Prabowo?"))
    # the other pollster's article names Prabowo too, but not Index Politica
    assert any(g.startswith("83,5") for g in got) and not any(g.startswith("82,2") for g in got), got
    # without the pollster's name both answer
    got = labels(await empty_engine.ask("berapa persen responden yang puas dengan kinerja Presiden Prabowo?"))
    assert any(g.startswith("83,5") for g in got) and any(g.startswith("82,2") for g in got), got


def test_the_places_asked_are_named_with_every_place_within_or_around_them():
    from retrieval.relevance import asked_place_names
    p = TextPipeline()
    (jatim,) = asked_place_names("berapa persen warga Jawa Timur puas dengan kinerja Prabowo?", p)
    assert ("jatim",) in jatim and ("surabaya",) in jatim and ("jawa", "timur") in jatim
    # a foreign city: its country names it too; several places are alternatives of one name
    (asked,) = asked_place_names("berapa orang tewas dalam serangan di Charikar dan di Kabul?", p)
    assert ("kabul",) in asked and ("afghanistan",) in asked
    # Indonesia is no test: national figures seldom name the country
    assert asked_place_names("berapa nilai ekspor Indonesia pada Agustus 2019?", p) == ()


JATIM = Article(
    id="survei-3", outlet="detikcom", published="2025-10-21", title="Survei ARCI: warga puas kinerja Prabowo",
    body="Lembaga survei ARCI merilis hasil survei di 38 kabupaten dan kota di Jatim. "
         "Sebanyak 82,2 persen warga puas dengan kinerja Presiden Prabowo.")
NATIONAL = Article(
    id="survei-4", outlet="detikcom", published="2025-10-20", title="Survei nasional: warga puas kinerja Prabowo",
    body="Lembaga survei nasional merilis hasil survei di 38 provinsi. "
         "Sebanyak 78,3 persen warga puas dengan kinerja Presiden Prabowo.")


async def test_a_figure_of_a_place_comes_only_from_an_article_naming_it(empty_engine):
    await empty_engine.ingest_articles([JATIM, NATIONAL])
    got = labels(await empty_engine.ask("berapa persen warga Jawa Timur puas dengan kinerja Presiden Prabowo?"))
    assert any(g.startswith("82,2") for g in got) and not any(g.startswith("78,3") for g in got), got


async def test_when_no_article_gives_every_name_the_best_ones_answer(empty_engine):
    # the question names the pollster and a place no article gives together with it
    other = Article(id="banjir-9", outlet="detikcom", published="2025-10-20", title="Banjir di Kalimantan",
                    body="Banjir melanda Kalimantan Selatan. Sebanyak 300 rumah terendam.")
    await empty_engine.ingest_articles([POLL_A, POLL_B, other])
    got = labels(await empty_engine.ask(
        "berapa persen responden survei Index Politica di Kalimantan yang puas dengan kinerja Presiden Prabowo?"))
    # no article names Kalimantan: the article naming Index Politica (and Prabowo) still answers, ARCI's does not
    assert any(g.startswith("83,5") for g in got) and not any(g.startswith("82,2") for g in got), got


def test_a_name_of_indonesian_words_must_be_given_whole():
    from retrieval.relevance import asked_name_phrases
    p = TextPipeline()
    q = "naik berapa persen jumlah tilang Operasi Patuh Jaya 2019 dibanding operasi tahun 2018?"
    assert asked_name_phrases(q, p) == ((("operasi", "patuh", "jaya"), ("opj",)),)
    # a ministry is written in many ways (Kemenhub): its own rule; title case is no name; nor one word
    assert asked_name_phrases("berapa anggaran Kementerian Perhubungan untuk tahun 2020?", p) == ()
    assert asked_name_phrases("Berapa Korban Tewas Gempa Cianjur Tahun Ini?", p) == ()
    assert asked_name_phrases("berapa pemudik saat Lebaran 2017?", p) == ()


async def test_another_operation_of_the_same_words_answers_nothing(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="op-1", outlet="Tempo.co", published="2019-09-13", title="Hasil Operasi Patuh Jaya 2019",
                body="Polda Metro Jaya menggelar Operasi Patuh Jaya 2019 selama dua pekan. "
                     "Jumlah tilang naik 63,29 persen dibanding operasi tahun 2018."),
        Article(id="op-2", outlet="Okezone", published="2019-09-12", title="Hasil Operasi Patuh Toba 2019",
                body="Polda Sumut menggelar Operasi Patuh Toba 2019 selama dua pekan. "
                     "Jumlah tilang naik 50 persen dibanding operasi tahun 2018 di Sumatera Utara."),
    ])
    got = labels(await empty_engine.ask("naik berapa persen jumlah tilang Operasi Patuh Jaya 2019 dibanding operasi tahun 2018?"))
    assert any(g.startswith("63,29") for g in got) and not any(g.startswith("50") for g in got), got


def test_the_closest_few_are_of_the_asked_year_and_place():
    from retrieval.frame import question_frame
    from retrieval.relevance import closest_fits
    frame = question_frame("berapa warga yang terluka akibat gempa Poso tahun 2017?", TextPipeline())
    assert not closest_fits(frame, "Gempa Magnitudo 3,4 Guncang Palu", "Gempa Magnitudo 3,4 Guncang Palu", "2019-09-10")
    assert closest_fits(frame, "Daerah Poso merupakan daerah rawan gempa.", None, "2017-06-03")
    # a day the passage gives without its year is no conflict; nor a place when the question says whose, not where
    crash = question_frame("berapa orang luka ringan pada kecelakaan tanggal 3 Agustus 2005 di Toronto, Kanada?", TextPipeline())
    assert closest_fits(crash, "Seluruh 309 penumpang selamat, Rabu (3/8) di bandara Pearson, Toronto, Kanada.", None, None)
    athlete = question_frame("Berapakah umur atlet loncat jauh AS , Dwight Phillips ?", TextPipeline())
    assert closest_fits(athlete, "Atlet loncat jauh AS, Dwight Phillips (27), mempertahankan gelar di Paris 2003.", None, None)


def test_the_disaster_or_disease_asked_must_be_named_in_the_article():
    from retrieval.relevance import asked_event_names
    p = TextPipeline()
    dbd = asked_event_names("berapa orang yang meninggal akibat demam berdarah di Indonesia tahun 2019?", p)
    assert dbd and ("dbd",) in dbd[0] and ("demam", "darah") in dbd[0]
    # a crash is told in too many ways to require one
    assert asked_event_names("berapa korban tewas kecelakaan di Tol Cipularang?", p) == ()


async def test_deaths_of_another_cause_do_not_answer_a_disease_question(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="dbd-1", outlet="Kompas.com", published="2019-09-02", title="Kasus DBD di Kabupaten Bogor meningkat",
                body="Dinas Kesehatan Kabupaten Bogor mencatat kasus demam berdarah meningkat pada 2019. "
                     "Sebanyak 12 orang meninggal akibat demam berdarah di Kabupaten Bogor tahun 2019."),
        Article(id="miras-1", outlet="Okezone", published="2019-09-19", title="Warga meninggal usai pesta miras",
                body="Polisi menyelidiki pesta miras oplosan di Indonesia tahun 2019. "
                     "Sebanyak 3 orang meninggal akibat menenggak miras oplosan di Indonesia tahun 2019."),
    ])
    got = labels(await empty_engine.ask("berapa orang yang meninggal akibat demam berdarah di Indonesia tahun 2019?"))
    assert any(g.startswith("12") for g in got) and not any(g.split()[0] == "3" for g in got), got


def test_a_stock_ticker_is_a_name_an_acronym_is_not():
    """"harga saham BBRI": a ticker articles write as it is; "sistem PLTS": an acronym an article may
    spell out (Pembangkit Listrik Tenaga Surya)."""
    from retrieval.relevance import asked_names
    from retrieval.text import TextPipeline
    p = TextPipeline()
    assert asked_names("berapa harga saham BBRI?", p) == (("bbri",),)
    assert asked_names("berapa efektivitas sistem PLTS ketika mendung?", p) == ()


def test_a_dictionary_word_the_archive_writes_as_a_name_is_a_name():
    p = TextPipeline()
    # "aulia" is in the dictionary, but the archive writes it with a capital after a lower-case word
    assert asked_names("berapa harga senjata api yang gagal dibeli Aulia untuk menembak suaminya?", p) == (("aulia",),)
    # titles and common nouns written with a capital are still no names
    assert asked_names("berapa anggaran Kementerian Perhubungan untuk tahun 2020?", p) == ()
    assert asked_names("berapa suara Presiden Jokowi di Kota Solo?", p) == (("jokowi",),)


def test_learned_name_words_are_those_capitalised_after_a_lower_case_word():
    from collections import Counter

    from tools.build_name_words import AFTER_LOWER_RE, name_words

    text = "kata Aulia kepada polisi. uang Aulia habis. yang Presiden minta. kata presiden itu."
    spelled = [m.group(1) for m in AFTER_LOWER_RE.finditer(text)]
    assert spelled == ["Aulia", "polisi", "Aulia", "Presiden", "presiden", "itu"]   # "uang" follows a full stop
    # "Perhubungan" after "Kementerian" is no occurrence: the head's capital explains it
    assert [m.group(1) for m in AFTER_LOWER_RE.finditer("anggaran Kementerian Perhubungan naik")] == ["Kementerian"]
    words = name_words(Counter(aulia=40, presiden=77, senin=50), Counter(presiden=23), TextPipeline())
    assert words == ["aulia"]   # presiden: 77% capitalised; senin: a day, read by another list


GUNMAN = Article(
    id="senpi-1", outlet="Kompas.com", published="2019-08-30", title="Aulia sempat cari senjata api untuk membunuh suami",
    body="Polisi menyebut tersangka Aulia Kesuma sempat mencari senjata api untuk membunuh suaminya. "
         "Namun harga senjata apinya adalah Rp 50 juta, kata Kapolda. Aulia lalu menyewa pembunuh bayaran.")
TRIAL = Article(
    id="senpi-2", outlet="Tribunnews", published="2019-09-10",
    title="Kivlan Zen sebut senjata api yang dibeli hanya cocok untuk menembak tikus",
    body="Jaksa mendakwa Kivlan Zen menguasai senjata api ilegal. "
         "Satu pucuk senjata api laras pendek jenis revolver kaliber 22 mm seharga Rp 6 juta dibeli dari seorang saksi. "
         "Sidang dilanjutkan pekan depan.")


async def test_a_price_is_taken_only_from_the_article_naming_the_person_asked(empty_engine):
    await empty_engine.ingest_articles([GUNMAN, TRIAL, *FILLER])
    got = labels(await empty_engine.ask("berapa harga senjata api yang gagal dibeli Aulia untuk menembak suaminya?"))
    assert any(g.startswith("Rp 50 juta") for g in got) and not any("6 juta" in g for g in got), got
