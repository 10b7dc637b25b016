"""A stretch of days asked ("17-22 September 2019") starts on its first day; a team sent to it is
known before it starts; a day an article names in the weeks after it is a day to come, not one
a year before; and a count placed in a round is that round's, not the whole tournament's."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import asked_dates, question_frame, time_fits
from retrieval.grades import round_fits
from retrieval.text import TextPipeline

from .answered import FILLER, answer_labels as labels

SENT = Article(
    id="co-kirim", outlet="Tempo.co", published="2019-09-16", title="Indonesia kirim wakil ke China Open 2019",
    body="Sebanyak 15 wakil Indonesia akan mengikuti turnamen bulu tangkis China Open 2019 yang digelar di "
         "Olympic Sports Center Gymnasium, Changzhou, China, 17-22 September.")
FIRST_DAY = Article(
    id="co-babak", outlet="Tempo.co", published="2019-09-17", title="Wakil Indonesia di babak pertama China Open 2019",
    body="Sebanyak delapan wakil Indonesia siap berlaga dalam babak pertama turnamen bulu tangkis China Open 2019 "
         "di Changzhou, China.")
ASKED = "berapa wakil yang dikirim Indonesia ke turnamen bulu tangkis China Open 2019 di Changzhou (17-22 September 2019)?"


def test_a_stretch_of_days_asks_its_first_day_and_its_last():
    assert asked_dates("IFC 2025 di Bali, 21-23 Oktober 2025?") == ("2025-10-21", "2025-10-23")
    assert asked_dates("di Semarang (31 Agustus - 4 September 2019)?") == ("2019-08-31", "2019-09-04")
    assert asked_dates("skor 2-1 pada 3 Mei 2019") == ("2019-05-03",)


async def test_a_team_sent_is_told_the_day_before_and_a_round_is_no_team(empty_engine):
    await empty_engine.ingest_articles([SENT, FIRST_DAY, *FILLER])
    got = labels(await empty_engine.ask(ASKED))
    assert got == ["15"], got


def test_a_day_to_come_counts_only_when_a_day_to_come_is_asked():
    p = TextPipeline()
    frame = question_frame(ASKED, p)
    assert time_fits(frame, SENT.body, SENT.title, SENT.published, None, "15 wakil")
    # the day after a match, its report names the next fixture: not the asked day's figure either way
    match = question_frame("berapa penonton yang hadir di SUGBK saat laga Indonesia vs Thailand, 10 September 2019?", p)
    said = ("Saat Indonesia menjamu Thailand semalam, hanya 11.619 penonton yang hadir. "
            "Timnas akan menjamu Vietnam pada 15 Oktober 2019.")
    assert time_fits(match, said, None, "2019-09-11", None, "11.619 penonton")


def test_a_count_its_clause_places_in_a_round_answers_only_a_round_asked():
    q = {"text": "delapan wakil"}
    assert not round_fits(ASKED, q, FIRST_DAY.body)
    assert round_fits("berapa wakil Indonesia yang tampil di babak pertama China Open 2019?", q, FIRST_DAY.body)
    # a round in another clause says nothing of the count
    assert round_fits(ASKED, {"text": "15 wakil"}, "Sebanyak 15 wakil Indonesia berangkat, sementara babak pertama digelar besok.")
