"""A market's close or open is quoted day by day (session 22): "IHSG ditutup di level berapa pada
Senin 20 Oktober 2025" takes no level of a report dated 21/10, while a count reported the day after
still answers its day."""
from __future__ import annotations

from retrieval.frame import market_close_asked, question_frame, time_fits
from retrieval.text import TextPipeline


def test_a_close_asked_takes_only_its_own_day():
    pipeline = TextPipeline()
    question = "IHSG ditutup di level berapa pada perdagangan Senin 20 Oktober 2025?"
    assert market_close_asked(question)
    frame = question_frame(question, pipeline)
    next_day = "IHSG ditutup menguat pada perdagangan Selasa (21/10), naik 1,84% ke level 8.238,08."
    assert not time_fits(frame, next_day, None, "2025-10-21", None, "8.238,08")
    same_day = "IHSG ditutup melemah pada perdagangan Senin (20/10) ke level 8.088,98."
    assert time_fits(frame, same_day, None, "2025-10-21", None, "8.088,98")
    # a count asked for a day keeps a day's slack: a report of the night before still tells it
    frame = question_frame("berapa korban banjir di Bekasi pada 2 Januari 2020?", pipeline)
    assert not market_close_asked(frame.question_text)
    assert time_fits(frame, "Banjir di Bekasi pada Rabu (1/1/2020) menewaskan 9 orang.", None, "2020-01-02", None,
                     "9 orang")


def test_a_currencys_level_at_the_close_is_an_amount():
    """Session 22: "rupiah ditutup di level berapa per dolar AS" takes "ditutup di level Rp
    16.335/US$", an amount; "berapa level IHSG" takes none."""
    from retrieval.frame import amounts_answer
    pipeline = TextPipeline()
    assert amounts_answer(question_frame("rupiah ditutup di level berapa per dolar AS pada Senin 28 Juli 2025?", pipeline))
    assert not amounts_answer(question_frame("IHSG ditutup di level berapa pada Senin 20 Oktober 2025?", pipeline))
