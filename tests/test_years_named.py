"""Years that say no time of a figure: an event's name ("Pemilu 2019"), a span of years a case
covers ("dana hibah … 2019-2022"), the start of a running total ("Sejak Oktober 2023"); and a
running total from another start is another count."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import question_frame, time_fits
from retrieval.text import TextPipeline

from .answered import FILLER, answer_labels as labels


def test_a_year_in_an_events_name_is_no_time_of_the_figure():
    p = TextPipeline()
    # (the time of the figure: "(Juli 2017)" closing the question would date only the report, test_rules_s36)
    frame = question_frame("berapa jumlah maksimal pemilih dalam satu TPS pada Juli 2017 menurut Ketua KPU Arief Budiman?", p)
    said = "Terakhir, alokasi maksimal pemilih di satu TPS pada pemilu presiden adalah 800."
    assert time_fits(frame, said, "KPU Minta Tambahan Jumlah TPS untuk Pemilu 2019", "2017-07-13", None, "800")
    # a year that is no event's name still tells another year
    assert not time_fits(frame, said, "Jumlah TPS pada 2019 ditambah", "2017-07-13", None, "800")


def test_a_span_of_years_a_case_covers_is_told_years_after():
    p = TextPipeline()
    frame = question_frame("berapa tersangka yang ditetapkan KPK dalam kasus suap dana hibah Jawa Timur 2019-2022?", p)
    said = "KPK telah menetapkan 21 tersangka dalam kasus ini."
    assert time_fits(frame, said, "KPK Jerat 21 Tersangka Kasus Dana Hibah", "2025-10-21", None, "21 tersangka")
    assert not time_fits(frame, said, "KPK Jerat 21 Tersangka Kasus Dana Hibah", "2017-10-21", None, "21 tersangka")


GAZA = Article(
    id="gaza", outlet="detikcom", published="2025-10-20", title="Setelah gencatan senjata, siswa Gaza kembali bersekolah",
    body="Gencatan senjata di Gaza berlaku sejak Jumat, 10 Oktober. "
         "Sejak Oktober 2023, serangan Israel telah menewaskan hampir 68.000 warga Palestina di Gaza. "
         "Israel juga telah membunuh hampir 100 warga Palestina sejak gencatan senjata berlaku pada 10 Oktober.")


async def test_a_running_total_holds_on_its_report_day_and_counts_from_its_own_start(empty_engine):
    await empty_engine.ingest_articles([GAZA, *FILLER])
    got = labels(await empty_engine.ask(
        "berapa warga Palestina di Gaza yang tewas akibat serangan Israel sejak Oktober 2023, per 20 Oktober 2025?"))
    assert got == ["hampir 68.000"], got
