"""A group a question's "yang" clause sets apart is not the whole it was drawn from (session 22):
"dari 66 orang ini, ada empat yang dirujuk ke RSUD" answers "berapa … yang dirujuk ke RSUD" with
four, not 66; "Totalnya ada 50 anggota dewan, tapi yang sudah (mengajukan pinjaman) sekitar 20-an"
gives no 50. "118 dari 122 anggota parlemen mendukung" is one phrase and is left alone."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import question_frame, subgroup_clause_fits
from retrieval.text import TextPipeline

from .answered import FILLER, answer_labels as labels


def test_a_whole_is_set_aside_for_the_group_another_clause_says():
    pipeline = TextPipeline()
    frame = question_frame("berapa warga korban keracunan hajatan yang dirujuk ke RSUD Palabuhanratu?", pipeline)
    sentence = "Juga, dari 66 orang ini, ada empat yang dirujuk ke RSUD Palabuhanratu."
    assert not subgroup_clause_fits(frame, {"text": "66 orang"}, sentence, [{"text": "66 orang"}])
    frame = question_frame("berapa anggota DPRD Kota Bekasi yang mengajukan pinjaman ke Bank BJB?", pipeline)
    sentence = "Totalnya kan di sini ada 50 anggota dewan, tapi yang sudah ada (mengajukan pinjaman) sekitar 20-an."
    assert not subgroup_clause_fits(frame, {"text": "50 anggota"}, sentence, [{"text": "50 anggota"}])
    frame = question_frame("berapa anggota parlemen yang mendukung pemakzulan?", pipeline)
    sentence = "Mayoritas 118 dari 122 anggota parlemen mendukung pemakzulannya."
    assert subgroup_clause_fits(frame, {"text": "118"}, sentence, [{"text": "118"}, {"text": "122 anggota"}])
    # a figure whose own clause says what is asked keeps it
    frame = question_frame("berapa pasien yang dirawat di RSUD?", pipeline)
    sentence = "Dari 300 orang yang dirawat di RSUD, 20 orang dirujuk ke Bandung."
    assert subgroup_clause_fits(frame, {"text": "300 orang"}, sentence, [{"text": "300 orang"}, {"text": "20 orang"}])


POISONING = [
    *FILLER,
    Article(id="hajatan", outlet="kompas.com", published="2019-09-17", title="Warga Simpenan Keracunan Makanan Hajatan",
            body="Warga Simpenan, Sukabumi, diduga keracunan makanan hajatan. Juga, dari 66 orang korban "
                 "keracunan ini, ada 4 warga yang dirujuk ke RSUD Palabuhanratu."),
]


async def test_the_group_asked_is_answered_not_its_whole(empty_engine):
    await empty_engine.ingest_articles(POISONING)
    got = labels(await empty_engine.ask("berapa warga korban keracunan makanan hajatan di Simpenan yang dirujuk ke "
                                        "RSUD Palabuhanratu?"))
    assert got == ["4"], got


LOANS = [
    *FILLER,
    Article(id="sk", outlet="kompas.com", published="2019-09-10", title="Anggota DPRD Kota Bekasi Gadaikan SK",
            body="Anggota DPRD Kota Bekasi ramai-ramai mengajukan pinjaman ke Bank BJB. \"Totalnya kan di sini ada 50 "
                 "anggota dewan, tapi yang sudah mengajukan pinjaman sekitar 20 anggota,\" kata Sekretaris DPRD."),
]


async def test_a_total_beside_the_group_asked_is_no_answer(empty_engine):
    await empty_engine.ingest_articles(LOANS)
    got = labels(await empty_engine.ask("berapa anggota DPRD Kota Bekasi yang mengajukan pinjaman ke Bank BJB?"))
    assert got == ["sekitar 20"], got


def test_a_part_drawn_from_a_whole_answers_no_question_about_the_whole():
    from dataclasses import asdict

    from retrieval.claims import find_quantities
    pipeline = TextPipeline()
    frame = question_frame("berapa total tunggakan pajak dari 200 pengemplang pajak yang sedang ditagih?", pipeline)
    sentence = '"Dari Rp 60 triliun tunggakan pajak, sudah bisa direalisasi sekitar Rp 7,21 triliun," ujar Bimo.'
    figures = [asdict(q) for q in find_quantities(sentence)]
    assert [subgroup_clause_fits(frame, q, sentence, figures) for q in figures] == [True, False]
    # another kind of figure is no part: goals are not some of the appearances
    frame = question_frame("berapa gol yang dicetak N'Douassel musim ini?", pipeline)
    sentence = "Dari 15 penampilan, N'Douassel mampu membukukan 13 gol."
    figures = [asdict(q) for q in find_quantities(sentence)]
    assert all(subgroup_clause_fits(frame, q, sentence, figures) for q in figures)
    # a question asking the part's own words takes it
    frame = question_frame("berapa tunggakan pajak yang sudah direalisasi?", pipeline)
    sentence = '"Dari Rp 60 triliun tunggakan pajak, sudah bisa direalisasi sekitar Rp 7,21 triliun," ujar Bimo.'
    figures = [asdict(q) for q in find_quantities(sentence)]
    assert subgroup_clause_fits(frame, figures[1], sentence, figures)
