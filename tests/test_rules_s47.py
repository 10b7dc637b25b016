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
