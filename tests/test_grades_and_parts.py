"""A figure of one grade is a part ("tiga rumah rusak berat" of "44 rumah rusak"); a numbered part of a
place ("RT 005") asked takes that part only; a suspect named is not one detained; and other
readings of the same class: a word restated in brackets keeps its denial, a loss named by its verb
("merugikan keuangan negara"), a company's loss acted for by its people, where a figure was said
(a press conference in Jakarta) is not where it holds, and "Sabtu (6/3)" in a June story is 3 June."""
from __future__ import annotations

from retrieval import frame as F
from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.grades import asked_grades, grade_fits, graded_part
from retrieval.text import TextPipeline

from .answered import answer_labels as labels

DEPOT = Article(
    id="depot-1", outlet="Kompas.com", published="2019-09-15", title="Rumah warga rusak akibat ledakan gudang",
    body="Ledakan gudang bahan peledak di Mako Brimob Srondol, Semarang, Sabtu (14/9/2019), merusak rumah warga. "
         "Tercatat ada sebanyak 44 rumah yang mengalami kerusakan akibat ledakan gudang itu. "
         "Dengan perincian rumah warga RT 005 ada sebanyak 28 rumah dan di RT 006 ada sebanyak 16 rumah. "
         "Polisi menyebutkan ada sebanyak tiga rumah yang mengalami rusak berat akibat ledakan itu. "
         "Selain itu, sebanyak 18 rumah yang mengalami rusak ringan akibat ledakan sudah diperbaiki. "
         "Polisi menemukan enam mortir besar, tiga mortir sedang, delapan mortir kecil di gudang itu.")
QUAKE_ONLY_GRADES = Article(
    id="quake-1", outlet="Antara", published="2019-09-27", title="Gempa rusak rumah di Seram",
    body="Gempa magnitudo 6,5 mengguncang Seram, Kamis (26/9/2019). "
         "Sebanyak 3.500 rumah rusak berat akibat gempa di Seram itu.")


async def test_a_grade_asked_takes_that_grade_and_no_grade_takes_the_whole(empty_engine):
    await empty_engine.ingest_articles([DEPOT, QUAKE_ONLY_GRADES])
    got = labels(await empty_engine.ask("berapa rumah yang rusak berat akibat ledakan gudang di Mako Brimob Srondol?"))
    assert got == ["3"], got
    got = labels(await empty_engine.ask("berapa rumah warga yang rusak akibat ledakan gudang di Mako Brimob Srondol?"))
    assert "44" in got and "3" not in got and "18" not in got, got
    # an article giving only a grade keeps it: it is all the article says
    got = labels(await empty_engine.ask("berapa rumah rusak akibat gempa di Seram?"))
    assert got == ["3.500"], got


async def test_a_size_asked_takes_that_size(empty_engine):
    await empty_engine.ingest_articles([DEPOT])
    got = labels(await empty_engine.ask("berapa mortir besar yang ditemukan di gudang Mako Brimob Srondol?"))
    assert got == ["6"], got


async def test_a_numbered_part_of_a_place_takes_its_own_figure_not_the_whole(empty_engine):
    await empty_engine.ingest_articles([DEPOT])
    got = labels(await empty_engine.ask("berapa rumah di RT 005 yang rusak karena ledakan gudang di Mako Brimob Srondol?"))
    assert got == ["28"], got


def test_grades_read_from_the_question_and_the_figures_clause():
    assert asked_grades("berapa korban luka ringan?") == (("severity", "ringan"),)
    assert asked_grades("berapa korban luka?") == (("severity", None),)
    assert asked_grades("berapa kapal yang tenggelam?") == ()   # a size is a scale only when asked
    assert asked_grades("berapa pabrik pupuk baru yang sedang dibangun?") == ()   # "sedang": now, not a size
    s = "Lima orang luka berat dan 12 orang luka ringan dalam kecelakaan itu."
    assert grade_fits("berapa korban luka ringan?", {"text": "12 orang", "unit": "orang"}, s)
    assert not grade_fits("berapa korban luka ringan?", {"text": "Lima orang", "unit": "orang"}, s)
    assert graded_part("berapa korban luka?", {"text": "Lima orang", "unit": "orang"}, s) is True
    assert graded_part("berapa korban luka?", {"text": "17 orang", "unit": "orang"}, "Sebanyak 17 orang luka-luka.") is False
    assert graded_part("berapa korban tewas?", {"text": "17 orang", "unit": "orang"}, "Sebanyak 17 orang tewas.") is None


def test_a_suspect_named_is_not_one_detained():
    pipeline = TextPipeline()
    assert F.question_frame("berapa tersangka yang sudah ditahan?", pipeline).predicates == ("captured",)
    assert F.question_frame("berapa tersangka kasus itu?", pipeline).predicates == ("suspect",)
    got = {q.text: q.predicates for q in find_quantities(
        "Kejari menetapkan lima tersangka, dan ada empat tersangka yang ditahan di rutan.")}
    assert got == {"lima tersangka": ["suspect"], "empat tersangka": ["captured"]}, got
    # "Dari lima tersangka, empat di antaranya …": the whole the part is taken from
    assert [q.predicates for q in find_quantities("Dari lima tersangka, empat di antaranya telah ditahan.")] == [["suspect"]]
    assert F.question_frame("berapa pabrik yang sedang dibangun?", pipeline).predicates == ()


def test_a_word_restated_in_brackets_is_denied_with_it():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa jenis bahan peledak yang belum dimusnahkan (didisposal)?", pipeline)
    s = '"Masih ada 24 jenis bahan peledak yang belum didisposal, dari total 40 baru didisposal 1," tuturnya.'
    assert F.polarity_fits(frame, {"text": "24 jenis"}, s)


def test_a_loss_named_by_its_verb_is_the_loss_asked():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa kerugian negara dalam kasus korupsi BUMD Majalengka?", pipeline)
    s = "Penyidik menemukan penyalahgunaan wewenang yang merugikan keuangan negara hingga Rp2,36 miliar."
    q = [x.__dict__ for x in find_quantities(s)][0]
    assert F.money_fits(frame, q, s)
    # a money thing named before an amount, with no verb of the asked stem, is still another amount
    s = "Proyek itu menelan anggaran sebesar Rp 12 miliar."
    q = [x.__dict__ for x in find_quantities(s)][0]
    assert not F.money_fits(frame, q, s)


def test_a_companys_loss_is_acted_for_by_its_people():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa kerugian negara dalam kasus korupsi BUMD Majalengka (PT Sindangkasih Multi Usaha)?",
                             pipeline)
    s = 'Audit dari Inspektorat kemudian mengonfirmasi adanya kerugian negara sebesar Rp2.369.144.695," ujarnya.'
    q = [x.__dict__ for x in find_quantities(s)][0]
    assert F.party_fits(frame, q, s, "Eks Dirut BUMD di Majalengka Jadi Tersangka Korupsi")


def test_where_a_figure_was_said_is_not_where_it_holds():
    s = ('Pertama, menyita uang sebesar Rp 5,4 miliar," kata Wadir Kortas Tipikor Polri dalam jumpa pers '
         'di Mabes Polri, Jakarta Selatan, Selasa (21/10).')
    assert F.located_places(s) == []
    assert F.located_places("Banjir merendam 300 rumah di Bekasi, kata Kepala BPBD di Bogor.") == ["bekasi"]
    pipeline = TextPipeline()
    frame = F.question_frame("berapa uang yang disita dari kasus korupsi PT SPR Riau?", pipeline)
    assert F.context_fits(frame, s, "Polri Sita Rumah hingga Mobil Tersangka Kasus Korupsi BUMD di Riau")


def test_a_weekday_tells_a_month_first_date():
    s = "Tujuh orang tewas pada hari Sabtu (6/3) saat bom meletus dalam pemakaman seorang pemrotes."
    assert F._months_named(s, "2017-06-04") == {6}       # 3 June 2017 was a Saturday, 6 March a Monday
    assert F._months_named("pada Senin (2/9/2019)", "2019-09-03") == {9}   # day first when the weekday fits
    pipeline = TextPipeline()
    frame = F.question_frame("berapa orang tewas saat bom meledak di pemakaman di Kabul awal Juni 2017?", pipeline)
    assert F.time_fits(frame, s, None, "2017-06-04")
