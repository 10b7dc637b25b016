"""A running total's start is not when it holds, and a target is not what is (session 21): "berapa
siswa di Gaza yang tewas sejak perang dimulai Oktober 2023" asks today's total, which a 2025 report
gives; "… sejak gencatan senjata berlaku pada 10 Oktober" in a report of 22 October is that day's
total, not 10 October's. A bound after the start ("sejak awal 2018 sampai September 2019") still
dates the total. A count asked with no target word takes no count called a target."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import question_frame
from retrieval.text import TextPipeline

from .answered import FILLER, answer_labels as labels


def test_the_start_of_a_total_dates_nothing_asked():
    pipeline = TextPipeline()
    frame = question_frame("berapa siswa di Gaza yang tewas sejak perang dimulai Oktober 2023?", pipeline)
    assert frame.years == () and frame.months == ()
    frame = question_frame("berapa fintech ilegal yang ditangani sejak awal 2018 sampai September 2019?", pipeline)
    assert frame.years == (2019,) and frame.months == (9,)
    frame = question_frame("berapa warga yang dibunuh sejak gencatan senjata 10 Oktober 2025 berlaku, "
                           "menurut laporan 22 Oktober 2025?", pipeline)
    assert frame.dates == ("2025-10-22",)


GAZA = [
    *FILLER,
    Article(id="sekolah", outlet="detikcom", published="2025-10-20", title="Siswa Gaza Kembali Bersekolah",
            body="Ratusan ribu siswa di Gaza kembali bersekolah. Kementerian Pendidikan Palestina menyatakan "
                 "17.711 siswa tewas dan 25.897 terluka sejak perang dimulai."),
    Article(id="gencatan", outlet="detikcom", published="2025-10-22", title="Israel Kembali Serang Gaza",
            body="Israel kembali menyerang Gaza. Sebagai informasi, Israel telah membunuh hampir 100 warga "
                 "Palestina sejak gencatan senjata berlaku pada 10 Oktober."),
]


async def test_a_total_since_a_start_answers_after_it(empty_engine):
    await empty_engine.ingest_articles(GAZA)
    got = labels(await empty_engine.ask("berapa siswa di Gaza yang tewas sejak perang dimulai Oktober 2023 "
                                        "menurut Kementerian Pendidikan Palestina?"))
    assert got == ["17.711"], got
    got = labels(await empty_engine.ask("berapa warga Palestina yang dibunuh Israel sejak gencatan senjata "
                                        "10 Oktober 2025 berlaku, menurut laporan 22 Oktober 2025?"))
    assert got == ["hampir 100"], got



TAXES = [
    *FILLER,
    Article(id="coretax", outlet="detikcom", published="2025-10-14", title="Baru 2,6 Juta Wajib Pajak Aktivasi Coretax, Target 14 Juta",
            body="Ditjen Pajak terus mendorong aktivasi akun Coretax. 'Yang sudah aktivasi itu sekitar 2,6 juta wajib pajak, "
                 "target kami 14 juta WP,' ujar Direktur Jenderal Pajak Bimo Wijayanto."),
]


def values(answer) -> list[float]:
    return [c.figure["value"] for c in answer.claims if c.figure] if answer.match == "strong" and not answer.message else []


async def test_a_count_called_a_target_is_no_count_of_what_is(empty_engine):
    await empty_engine.ingest_articles(TAXES)
    got = values(await empty_engine.ask("berapa wajib pajak yang sudah mengaktivasi akun Coretax per Oktober 2025?"))
    assert got == [2_600_000], got
    # a target asked takes the target
    got = values(await empty_engine.ask("Ditjen Pajak menargetkan berapa wajib pajak mengaktivasi akun Coretax?"))
    assert 14_000_000 in got, got


def test_a_question_asking_a_figure_names_none_back():
    from retrieval.relevance import claim_focus

    # "PPh 21" in a "berapa … menurut …" question is a name, not the figure the claims are narrowed to
    focus = claim_focus("berapa batas maksimal gaji pekerja yang mendapat fasilitas PPh 21 ditanggung pemerintah "
                        "menurut Menkeu Purbaya?")
    assert focus is not None and focus.figures == frozenset()
    assert claim_focus("siapa yang bilang 12.000 tentara Korut?").figures == frozenset({12000.0})


def test_a_target_verb_governs_the_verb_of_what_is_to_be_won():
    """Session 22: "menargetkan timnya meraih 13 poin" is a target, not points won; "target … sudah
    tercapai Rp130 triliun" is still what was reached."""
    from retrieval.frame import plan_fits
    pipeline = TextPipeline()
    goal = "Awalnya, pelatih Persib menargetkan timnya meraih 13 poin dari lima pertandingan awal."
    target = question_frame("berapa poin target pelatih Persib dari lima pertandingan awal?", pipeline)
    won = question_frame("berapa poin yang diraih Persib dari lima pertandingan awal?", pipeline)
    assert plan_fits(target, {"text": "13 poin"}, goal)
    assert not plan_fits(won, {"text": "13 poin"}, goal)
    reached = "Target cukai tembakau dari Rp159 triliun sudah tercapai Rp130 triliun."
    collected = question_frame("berapa penerimaan cukai tembakau yang sudah tercapai?", pipeline)
    assert plan_fits(collected, {"text": "130 triliun"}, reached)
