"""Whose tally a standings story gives (session 16 rules).

"Marquez kini telah mengemas 275 poin, unggul 93 poin dari Dovizioso": the 275 are Marquez's (the
name before the verb holds them, adverbs between), the 93 a margin, no one's tally. A tally asked
("berapa poin Dovizioso") takes neither; a margin asked ("unggul berapa poin") takes the margin.
A pronoun holding a tally ("Ia kini mengoleksi 96 poin") is whoever an earlier sentence named."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import _holder_before
from retrieval.grades import margin_fits

from .answered import answer_labels as labels

STANDINGS = [
    Article(id="gp-a", outlet="detikcom", published="2021-05-10", title="Klasemen Balap Usai Seri Mugello",
            body="Dengan kemenangan itu, Bagnaia kini telah mengemas 120 poin, unggul 24 poin dari Zarco. "
                 "Fabio Quartararo yang mengumpulkan 96 poin berada di posisi ketiga."),
    Article(id="gp-b", outlet="Tempo.co", published="2021-05-10", title="Zarco Bertahan di Posisi Kedua",
            body="Johann Zarco finis kedua di Mugello. Ia kini mengoleksi 96 poin di klasemen."),
]


async def test_a_riders_tally_is_not_the_leaders_nor_a_margin(empty_engine):
    await empty_engine.ingest_articles(STANDINGS)
    got = labels(await empty_engine.ask("berapa poin Johann Zarco di klasemen usai seri Mugello?"))
    assert got and not any(x.startswith(("120", "24")) for x in got), got
    assert any(x.startswith("96") for x in got), got   # "Ia kini mengoleksi 96 poin": Zarco, named before


def test_the_name_before_a_tally_verb_holds_the_tally():
    s = "Dengan kemenangan itu, Bagnaia kini telah mengemas 120 poin."
    assert _holder_before(s, s.find("120")) == {"bagnaia"}
    s = "Fabio Quartararo yang mengumpulkan 96 poin berada di posisi ketiga."
    assert _holder_before(s, s.find("96")) == {"fabio", "quartararo"}


def test_a_margin_is_no_tally():
    q = "berapa poin Zarco?"
    s = "Rins mengoleksi 149 poin, tertinggal 23 poin dari Zarco."
    assert not margin_fits(q, {"text": "23 poin"}, s)
    assert not margin_fits(q, {"text": "hingga 93 angka"}, "Ia unggul hingga 93 angka dari Zarco.")
    assert margin_fits(q, {"text": "149 poin"}, s)
    assert margin_fits("Rins tertinggal berapa poin dari Zarco?", {"text": "23 poin"}, s)


def test_a_tally_asked_of_a_person_is_measured_where_the_sentence_names_them():
    from retrieval.frame import measure_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa poin Johann Zarco di klasemen usai seri Mugello?", TextPipeline())
    s = "Pencapaian itu membuat Johann Zarco semakin kukuh di posisi kedua klasemen sementara dengan koleksi 96 poin."
    assert measure_fits(frame, {"text": "96 poin", "unit": "poin"}, s)
    # "dengan perbedaan 93 poin" is a margin, no tally
    assert not margin_fits("berapa poin Zarco?", {"text": "24 poin"}, "Bagnaia unggul atas Zarco dengan perbedaan 24 poin.")


def test_a_margin_asked_over_someone_is_the_margin_over_them():
    q = "Bagnaia unggul berapa poin dari Zarco setelah seri Mugello?"
    s = "Bagnaia kini mengemas 120 poin, unggul 24 poin dari Johann Zarco."
    assert margin_fits(q, {"text": "24 poin"}, s) and not margin_fits(q, {"text": "120 poin"}, s)
    other = "Zarco unggul 31 poin dari Fabio Quartararo di posisi ketiga."
    assert not margin_fits(q, {"text": "31 poin"}, other)   # Zarco's margin over another rider


def test_an_event_named_with_a_place_is_no_holder():
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa poin Danilo Petrucci setelah MotoGP San Marino 2019?", TextPipeline())
    assert set(frame.holders) == {"danilo", "petrucci"}   # not "motogp san marino"
    company = question_frame("berapa bea keluar yang dibayar PT Freeport Indonesia pada 2016?", TextPipeline())
    assert "freeport" in company.parties


def test_a_matchs_minute_written_with_a_mark_or_after_menit_is_a_place_in_order():
    from retrieval.claims import find_ordinals, find_quantities
    s = "Dua gol Persib dicetak oleh Ciro Alves (34', 80') dan satu gol oleh David da Silva (61')."
    assert [(q.text, q.value) for q in find_ordinals(s)] == [("34'", 34.0), ("80'", 80.0), ("61'", 61.0)]
    assert all(q.ordinal for q in find_quantities(s) if q.text.endswith("'"))
    assert not any(q.text in ("34", "80", "61") for q in find_quantities(s))   # no plain counts
    t = "Ia mencetak gol pada menit 55 dan laga berjalan 90 menit."
    assert [q.text for q in find_ordinals(t)] == ["menit 55"]
    assert "90" in [q.text for q in find_quantities(t)]   # a duration stays a count of minutes


def test_the_first_goal_is_the_first_of_a_scorers_minutes():
    from retrieval.claims import find_quantities
    from retrieval.grades import event_order_fits, first_in_list_fits
    q = "menit ke berapa Ciro Alves mencetak gol pertama Persib?"
    s = "Dua gol Persib dicetak oleh Ciro Alves (34', 80') dan satu gol oleh David da Silva (61')."
    figures = [vars(x) for x in find_quantities(s)]
    kept = [f["text"] for f in figures if f.get("ordinal") and first_in_list_fits(q, f, s, figures)]
    assert "34'" in kept and "80'" not in kept
    assert not event_order_fits(q, "Ciro Alves mencetak gol penutup Persib pada menit 88.")   # penutup: the last
    assert event_order_fits(q, "Ciro Alves mencetak gol pembuka Persib pada menit 34.")


def test_a_gap_in_a_tally_is_no_tally_but_a_distance_is_a_distance():
    from retrieval.grades import margin_fits
    said = "Marquez pemuncak klasemen dengan 129 poin sedangkan Rossi yang ada di posisi keempat hanya berjarak 10 poin."
    assert not margin_fits("berapa poin Valentino Rossi di posisi keempat klasemen?", {"text": "10 poin", "unit": "poin"}, said)
    assert margin_fits("berapa kilometer jarak lokasi dari pusat kota?", {"text": "5 kilometer", "unit": "kilometer"},
                       "Lokasi itu berjarak 5 kilometer dari pusat kota.")
