"""Session 53 rules (docs/frames.md "Session 53 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import topic_archive, values_asked

UJI_BEBAN = topic_archive("ujibeban", "2019-09-20", [
    Article(id="sindo-ujibeban", outlet="SINDOnews", published="2019-09-20",
            title="Tol Layang Jakarta-Cikampek II Diuji Beban Pekan Depan",
            body="Uji beban Tol Layang Jakarta-Cikampek II dimulai pada Senin, 23 September 2019. Sebelum "
                 "dioperasikan akan dilakukan uji beban dengan menggunakan 16 truk dengan beban masing-masing "
                 "40 ton. Hingga kini masih ada 12 truk kontraktor yang diparkir di lokasi proyek."),
])


async def test_a_plan_told_under_a_lead_naming_the_day_to_come_answers_that_day(empty_engine):
    """A report written before the asked day tells of it when its lead names that day to come and
    the figure's sentence says what is to happen ("akan dilakukan uji beban dengan menggunakan 16
    truk"); a state of the day of writing ("masih ada 12 truk") is not the day's
    (frame._TO_COME_SAID_RE in time_fits)."""
    values = await values_asked(empty_engine, UJI_BEBAN, "Berapa truk yang dipakai dalam uji beban Tol Layang "
                                                         "Jakarta-Cikampek II yang dimulai 23 September 2019?")
    assert values == [16], values
