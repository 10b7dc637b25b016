"""Session 47 rules (docs/frames.md "Session 47 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article

from .answered import topic_archive, values_asked

MIGAS = topic_archive("migas", "2019-09-10", [
    Article(id="kpk-migas", outlet="Kompas.com", published="2019-09-10", title="KPK Tetapkan Tersangka Kasus Mafia Migas",
            body="Laode menambahkan, KPK telah memeriksa 53 orang saksi dan menggeledah lima rumah dalam proses "
                 "penyelidikan kasus mafia migas. \"KPK menetapkan satu orang sebagai tersangka, yakni Bambang "
                 "Irianto,\" ujar Laode."),
])


async def test_a_classifier_person_noun_counts_the_kind_it_opens(empty_engine):
    """"berapa orang saksi … dengan tersangka Bambang Irianto": "53 orang saksi" counts the witnesses
    the question asks (frame.kind_fits), and "tersangka Bambang Irianto" labels a named person, no
    class of what befell the witnesses (frame._labels_named_one), so the one suspect is no answer."""
    values = await values_asked(empty_engine, MIGAS, "berapa orang saksi yang telah dimintai keterangan KPK dalam "
                                                     "penyelidikan kasus mafia migas dengan tersangka Bambang Irianto?")
    assert 53 in values and 1 not in values, values


def test_what_the_next_noun_is_itself_is_not_said_of_the_figure_before():
    """"ditumpangi lima orang dan satu jenazah": the corpse is the second figure's own noun, not a
    death of the five riders; "26 santri dan 2 guru dikabarkan tewas" still share the verb."""
    riders = find_quantities("Mobil ambulans yang ditumpangi lima orang dan satu jenazah melaju kencang ke Klaten.")
    assert [(q.text, q.casualty) for q in riders] == [("lima orang", False), ("satu jenazah", True)]
    dead = find_quantities("Sebanyak 26 santri dan 2 guru dikabarkan tewas.")
    assert [q.casualty for q in dead] == [True, True]


BLIMBINGSARI = topic_archive("bandara", "2017-07-15", [
    Article(id="blimbingsari", outlet="kumparan", published="2017-07-15",
            title="Uniknya Bandara Green Blimbingsari Di Banyuwangi",
            body="Bandara ini memiliki landas pacu 2.250 meter dan telah dibuka pada 29 Desember 2010 ."),
    Article(id="abdulrachman", outlet="kumparan", published="2017-07-16", title="Bandara Abdulrachman Saleh di Malang",
            body="Bandara ini memiliki landas pacu 1.800 meter ."),
])


async def test_every_word_of_an_event_name_run_names_it(empty_engine):
    """"Bandara Green Blimbingsari" names Blimbingsari too (frame.event_names reads the name run),
    so the title's airport is the asked one and the other airport's runway is not."""
    values = await values_asked(empty_engine, BLIMBINGSARI, "berapa meter panjang landas pacu Bandara Blimbingsari "
                                                            "di Banyuwangi?")
    assert 2250 in values and 1800 not in values, values


KEDUNDANG = topic_archive("kedundang", "2017-10-09", [
    Article(id="kereta-nyia", outlet="ANTARA", published="2017-10-09",
            title="Kemenhub Segera Berkoordinasi Bangun Jalur Kereta Bandara Nyia",
            body="Namun , setelah dilakukan kajian , kebutuhan lahan untuk Stasiun Kedundang berkisar 20 hektare "
                 "sampai 25 hektare ."),
    Article(id="bandara-lain", outlet="ANTARA", published="2017-10-10", title="Perluasan Bandara Kertajati",
            body="Kebutuhan lahan untuk stasiun di Bandara Kertajati berkisar 40 hektare ."),
])


async def test_an_event_whose_words_the_question_says_apart_is_asked(empty_engine):
    """"jalur kereta ke Bandara NYIA" asks the "Kereta Bandara" a title names
    (frame._events_spelled_apart): the title's airport train is no other event than the one asked."""
    values = await values_asked(empty_engine, KEDUNDANG, "Berapa hektare kebutuhan lahan Stasiun Kedundang untuk jalur "
                                                         "kereta ke Bandara NYIA Kulon Progo?")
    assert 20 in values and 40 not in values, values


ANTANG = topic_archive("antang", "2019-09-16", [
    Article(id="tpa-antang", outlet="Kompas.com", published="2019-09-16",
            title="TPA Antang Makassar Akhirnya Padam",
            body="Api di TPA Antang baru berhasil dipadamkan setelah memakan waktu 15 jam, Senin (16/9/2019). "
                 "Ada empat blok yang terbakar."),
])


async def test_the_numbers_of_a_date_asked_are_no_figure_the_question_gives(empty_engine):
    """"… 15-16 September 2019": the 15 is a day of the month, so "15 jam" is not a figure that
    restates the question (answer._asked_digits leaves dates out)."""
    values = await values_asked(empty_engine, ANTANG, "berapa jam TPA Antang Makassar terbakar sebelum apinya padam, "
                                                      "15-16 September 2019?")
    assert values == [15], values
