"""Whose figure and what it counts, read further back (session 20): the owner of "Korea Utara
mengatakan telah mempersiapkan 3,5 juta tentara" is who says it did so; a country the question
names as an attacker is not whose soldiers it asks about when it asks another country's; a count
of people restates the noun its relative clause is of ("anggota dewan periode sebelumnya yang
mencapai 40 orang") or the one "jumlah" opens, though a place and a time stand between."""
from __future__ import annotations

from dataclasses import asdict

from retrieval.answer import _quantity_matches
from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.text import TextPipeline

from .answered import FILLER, answer_labels as labels


def owners(sentence: str) -> list[str | None]:
    return [q.of for q in find_quantities(sentence)]


def test_who_says_it_did_so_owns_the_figure():
    assert owners("Korea Utara mengatakan telah mempersiapkan 3,5 juta tentara untuk berperang melawan "
                  "Amerika Serikat .") == ["korea_utara"]
    assert owners("Pyongyang telah menyiapkan 3,5 juta tentara.") == ["pyongyang"]
    # a source reporting another's act stays no owner of it
    assert owners("Pentagon menyatakan Korea Utara telah mengirim 12.000 tentara ke Rusia.") == ["korea_utara"]


GUAM = [
    *FILLER,
    Article(id="guam", outlet="CNN Indonesia", published="2017-08-10", title="Diancam Bom oleh Korut, Guam Tetap Santai",
            body="Korea Utara mengancam menyerang Guam dengan rudal. Guam , yang lokasinya berdekatan dengan "
                 "Semenanjung Korea , memiliki 6000 tentara AS dan dua instalasi militer ."),
    Article(id="korut", outlet="CNN Indonesia", published="2017-08-14", title="Korut Siapkan 3,5 Juta Tentara",
            body="Korea Utara kembali mengancam Guam dengan serangan rudal. Korea Utara mengatakan telah "
                 "mempersiapkan 3,5 juta tentara untuk berperang melawan Amerika Serikat ."),
]


async def test_another_country_is_not_whose_soldiers_are_asked(empty_engine):
    await empty_engine.ingest_articles(GUAM)
    got = labels(await empty_engine.ask("berapa jumlah tentara AS di Guam yang diancam serangan rudal Korea Utara?"))
    assert not any("3.500.000" in x or "3,5" in x for x in got), got
    assert any("6000" in x or "6.000" in x for x in got), got


def test_a_count_of_people_restates_the_noun_of_its_clause():
    pipe = TextPipeline()

    def counts(sentence: str, value: float, noun: str) -> bool:
        q = next(q for q in find_quantities(sentence) if q.value == value)
        return _quantity_matches(asdict(q), {pipe.noun_key(noun)}, pipe, sentence)

    said = ("Sampai hari ini sudah ada 20 anggota dewan yang menggadai SK nya, jumlah tersebut diprediksi terus "
            "bertambah melihat dari anggota dewan periode sebelumnya 2014-2018 yang mencapai 40 orang.")
    assert counts(said, 40, "anggota")
    said = ("Polda Jabar mencatat jumlah korban meninggal dunia akibat banjir bandang di Kabupaten Garut , Jawa "
            "Barat , hingga Rabu malam , bertambah menjadi 23 orang .")
    assert counts(said, 23, "korban")
    # a clause of its own names what its count is of
    assert not counts("Warga yang mengungsi sebanyak 40 orang.", 40, "anggota")


def test_a_source_named_in_capitals_ends_with_them():
    from retrieval.relevance import claim_focus

    def span(question: str) -> set[str]:
        focus = claim_focus(question)
        return set(focus.name_span) if focus else set()

    assert span("berapa tentara yang menurut Korea Utara telah disiapkan untuk berperang melawan Amerika "
                "Serikat?") == {"korea", "utara"}
    assert span("berapa persen tingkat kemiskinan menurut data BPS 2025?") == {"data", "bps"}
    assert span("berapa korban menurut Kapolri dan Panglima TNI?") == {"kapolri", "dan", "panglima", "tni"}
    # typed in lower case: the words up to the topic, as before
    assert span("menurut pentagon soal tentara korut berapa?") == {"pentagon"}


def test_a_plural_written_twice_is_its_root():
    pipe = TextPipeline()
    assert pipe.terms("paru-parunya anak-anak korban-korban") == ["paru", "anak", "korban"]
    # a compound of two words and a code stay whole
    assert pipe.terms("Tol Pejagan-Pemalang e-KTP") == ["tol", "pejagan-pemalang", "e-ktp"]


def test_a_predicate_that_dates_the_question_is_not_asked():
    from retrieval.frame import question_frame
    pipe = TextPipeline()
    assert question_frame("berapa lama Adam menggunakan vape sebelum paru-parunya rusak?", pipe).predicates == ()
    assert question_frame("berapa tentara Korut tewas setelah dikirim ke Rusia?", pipe).predicates == ("killed",)


PERU = [
    *FILLER,
    Article(id="peru", outlet="detikcom", published="2025-10-17", title="Demo Gen Z di Peru Ricuh",
            body="Demo Gen Z di Lima, Peru, berakhir ricuh pada Rabu. Sekitar 113 orang mengalami luka-luka ketika "
                 "ribuan demonstran turun ke jalan. Para korban luka terdiri atas 29 warga sipil dan 84 polisi."),
]


async def test_police_asked_are_not_everyone_wounded(empty_engine):
    await empty_engine.ingest_articles(PERU)
    got = labels(await empty_engine.ask("berapa polisi yang terluka dalam kericuhan demo di Peru?"))
    assert got == ["84"], got   # not the 113 wounded in all


PHONE = [
    *FILLER,
    Article(id="baterai", outlet="Okezone", published="2019-09-12", title="Baterai iPhone 11 Pro Max Terungkap",
            body="Apple tidak pernah mengumumkan baterai iPhone 11 Pro Max. Kapasitas baterainya adalah 3.969 mAh "
                 "sesuai informasi di situs sertifikasi TENNA. Apple menjual 3 model tahun ini."),
]


async def test_an_amount_asked_by_what_it_measures_in_any_unit(empty_engine):
    await empty_engine.ingest_articles(PHONE)
    got = labels(await empty_engine.ask("berapa kapasitas baterai iPhone 11 Pro Max?"))
    assert any("3.969" in x for x in got), got
    assert not any(x.startswith("3 ") or x == "3" for x in got), got   # models counted, no capacity


def test_a_span_between_events_is_no_one_s_own():
    from retrieval.frame import question_frame
    pipe = TextPipeline()
    between = question_frame("berapa hari setelah penyiraman Novel Baswedan Presiden Jokowi pertama memanggil "
                             "Kapolri?", pipe)
    assert between.holders == ()
    # a result and a penalty stay someone's
    assert question_frame("Fabio Quartararo finis berapa detik di belakang Marquez di MotoGP San Marino 2019?",
                          pipe).holders
    assert question_frame("berapa tahun vonis penjara untuk Irman setelah sidang di Pengadilan Tipikor?",
                          pipe).holders


def test_a_state_up_to_the_month_asked_is_read_from_its_own_sentence():
    from retrieval.frame import question_frame, time_fits
    pipe = TextPipeline()
    frame = question_frame("sampai akhir Februari 2018, sudah berapa sketsa wajah terduga penyerang Novel Baswedan "
                           "yang dibuat polisi?", pipe)
    said = "Polisi hanya baru membuat empat sketsa wajah terduga pelaku yang menyerang Novel ."
    # the lead's date is the attack's (April 2017); the report of late February holds the count
    assert time_fits(frame, said, "Polisi Datang ke Rumah Novel", "2018-02-28", ["11 April 2017"], "empat sketsa")
    # without the bound, the lead's other month still rules a figure out
    plain = question_frame("berapa sketsa wajah terduga penyerang Novel Baswedan pada Februari 2018?", pipe)
    assert not time_fits(plain, said, "Polisi Datang ke Rumah Novel", "2018-02-28", ["11 April 2017"], "empat sketsa")
