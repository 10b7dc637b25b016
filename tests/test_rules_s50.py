"""Session 50 rules (docs/frames.md "Session 50 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import topic_archive, values_asked

DELON = topic_archive("delon", "2019-09-19", [
    Article(id="wowkeren-delon", outlet="wowkeren.com", published="2019-09-19",
            title="Delon Thamrin Umumkan Rencana Menikah di Hari Pahlawan",
            body="Penyanyi Delon Thamrin akan menikahi Aida Noplie Chandra pada 10 November 2019. "
                 "Pria berusia 41 tahun ini mengumumkan rencana menikah itu kepada wartawan. "
                 "Pesta itu akan dihadiri 300 tamu undangan."),
    Article(id="okezone-artis", outlet="Okezone", published="2019-09-19", title="Artis Muda Rilis Album",
            body="Penyanyi muda Rara merilis album pertamanya. Gadis berusia 19 tahun itu menulis sendiri lagunya."),
])


async def test_an_age_pointed_back_to_is_of_the_singer_the_question_names_after_his_role(empty_engine):
    """"berapa usia penyanyi Delon Thamrin": the name comes after the role "penyanyi"; "Pria
    berusia 41 tahun ini" points back to the man the title names (frame._name_after_age). The
    lead's wedding day (10 November) does not date his age (frame.lead_dates): an age is his when
    the report is written. Another singer's age, under a title not naming him, is not his."""
    values = await values_asked(empty_engine, DELON, "Berapa usia penyanyi Delon Thamrin saat mengumumkan rencana "
                                                     "menikah pada September 2019?")
    assert values == [41], values


SAFAA = topic_archive("safaa", "2019-09-19", [
    Article(id="wowkeren-safaa", outlet="wowkeren.com", published="2019-09-19",
            title="Adik Zayn Malik Menikah, Sang Kakak Pilih Tak Hadir",
            body="Gadis cantik berusia 17 tahun tersebut baru saja melangsungkan pernikahan dengan Martin Tiser. "
                 "Sang kakak, yang berusia 26 tahun, tidak hadir."),
])


async def test_an_age_asked_at_the_end_is_of_the_subject_named_before_the_deed(empty_engine):
    """"Adik Zayn Malik, Safaa, menikah … pada usia berapa?": the name asked stands before "usia"
    (frame._name_after_age); "Gadis cantik berusia 17 tahun tersebut" points back to her."""
    values = await values_asked(empty_engine, SAFAA, "Adik Zayn Malik, Safaa, menikah dengan Martin Tiser pada "
                                                     "usia berapa?")
    assert values == [17], values


PENGANTIN = topic_archive("pengantin", "2019-09-16", [
    Article(id="tempo-pengantin", outlet="Tempo.co", published="2019-09-16",
            title="Geger Video Pernikahan Anak di Iran",
            body="Dalam rekaman itu terlihat mempelai perempuannya adalah seorang anak usia 10 tahun dan calon "
                 "suaminya, yang merupakan sepupunya berusia 22 tahun. Ayah mempelai berusia 45 tahun."),
])


async def test_the_role_a_question_sets_beside_the_name_asked_finds_the_age(empty_engine):
    """"usia Milad Jashani, sepupu yang menikahi …": the story never names him, but the question
    says he is the cousin (frame._role_apposed), and "sepupunya berusia 22 tahun" is the cousin's
    age; the bride's and the father's ages are others'."""
    values = await values_asked(empty_engine, PENGANTIN, "Berapa usia Milad Jashani, sepupu yang menikahi bocah "
                                                         "perempuan 10 tahun di Iran?")
    assert values == [22], values
