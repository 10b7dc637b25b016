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

from .answered import FILLER, answer_labels as labels

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
    # "Dari lima tersangka, empat di antaranya …": the whole the part is taken from; the part
    # (a number word counting some of the group, session 40) is the detained
    assert [q.predicates for q in find_quantities("Dari lima tersangka, empat di antaranya telah ditahan.")] == \
        [["suspect"], ["captured"]]
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


def test_a_sentence_opening_with_an_earlier_time_tells_an_earlier_story():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa orang tewas akibat bom bunuh diri dengan ambulans di Kabul, Januari 2018?", pipeline)
    earlier = "Seminggu yang lalu , gerilyawan Taliban membunuh 22 orang di sebuah hotel mewah di Kabul ."
    assert not F.time_fits(frame, earlier, None, "2018-01-29", None, "22 orang")
    assert F.time_fits(frame, "Bom itu menewaskan 95 orang di Kabul.", None, "2018-01-29", None, "95 orang")
    asked = F.question_frame("berapa orang tewas dalam serangan di hotel Kabul pekan lalu?", pipeline)
    assert F.time_fits(asked, earlier, None, "2018-01-29", None, "22 orang")
    # last year asked by its number: "Tahun lalu, …" in an article of the next year is it
    exports = F.question_frame("berapa ekspor batu bara tahun 2018?", pipeline)
    assert F.time_fits(exports, "Tahun lalu, ekspor batu bara mencapai 528 juta ton.", None, "2019-03-01", None, "528 juta ton")


def test_a_running_total_since_another_day_is_not_the_asked_days():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa warga sipil tewas di Ghouta Timur, Jumat 17 November 2017?", pipeline)
    s = "Menurut pengamat, 52 warga sipil telah terbunuh sejak Selasa ."
    assert not F.time_fits(frame, s, None, "2017-11-19", None, "52 warga")
    assert F.time_fits(frame, "Penembakan itu membunuh 19 warga sipil pada Jumat (17/11).", None, "2017-11-19", None, "19 warga")


async def test_three_parts_in_three_sentences_under_a_total_written_short(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="bri-1", outlet="detikcom", published="2025-10-18", title="Kejari Sikka usut korupsi kredit di tiga unit BRI",
        body="Kejari Sikka mengusut korupsi pencairan kredit di tiga unit BRI. "
             "Total kerugian negara atas korupsi kredit di tiga unit BRI itu mencapai Rp 3,6 miliar. "
             "BRI Unit Nita dengan jumlah kerugian negara sebesar Rp 1.151.809.771. "
             "BRI Unit Kewapante dengan jumlah kerugian negara sebesar Rp 1.376.471.078. "
             "BRI Unit Paga dengan jumlah kerugian negara sebesar Rp 1.164.839.894.")])
    got = labels(await empty_engine.ask("berapa kerugian negara kasus korupsi kredit di tiga unit BRI yang diusut Kejari Sikka?"))
    assert got == ["Rp 3,6 miliar"], got


def test_a_tally_is_the_country_the_question_names_even_as_for_whom():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa medali emas yang disumbangkan cabang bulu tangkis untuk Indonesia di SEA Games 2017?",
                             pipeline)
    other = "Singapura berada di peringkat kedua dengan torehan 13 medali emas , 13 medali perak , dan 11 medali perunggu ."
    own = "Tim bulu tangkis Indonesia pada akhirnya hanya bisa meraih dua medali emas dari ajang SEA Games 2017 ."
    assert not F.held_country_fits(frame, {"text": "13 medali emas"}, other)
    assert F.held_country_fits(frame, {"text": "dua medali emas"}, own)


async def test_an_untitled_articles_address_gives_its_sentences_their_story(empty_engine):
    from retrieval.clean import clean_page
    art = clean_page("Guncangan itu terasa hingga ke kabupaten tetangga pada Senin malam. "
                     "Sebanyak 348 bangunan mengalami kerusakan, kata petugas di lokasi.",
                     url="https://example.co.id/news/gempa-poso-348-bangunan-rusak", outlet="Antara",
                     published="2017-05-30")
    await empty_engine.ingest_articles([art])
    answer = await empty_engine.ask("berapa bangunan yang rusak akibat gempa di Poso?")
    assert labels(answer) == ["348"], labels(answer)
    # the address is no headline to quote: every claim is a sentence of the body
    assert all("Gempa Poso 348" not in c.text for c in answer.claims)


async def test_a_reindex_keeps_an_address_headline_unquoted(empty_engine):
    from retrieval.clean import clean_page
    art = clean_page("Sebanyak 348 bangunan mengalami kerusakan, kata petugas di lokasi pada Selasa.",
                     url="https://example.co.id/news/gempa-poso-348-bangunan-rusak", outlet="Antara",
                     published="2017-05-30")
    await empty_engine.ingest_articles([art])
    before = await empty_engine.store.db.execute_fetchall("SELECT text FROM claims ORDER BY id")
    await empty_engine.reindex()
    after = await empty_engine.store.db.execute_fetchall("SELECT text FROM claims ORDER BY id")
    assert [r[0] for r in before] == [r[0] for r in after] and not any("Gempa Poso" in r[0] for r in after)


def test_an_average_asked_is_a_figure_said_to_be_one():
    from retrieval.grades import average_fits
    q = "berapa skor rata-rata kinerja pemerintahan dalam survei IndoStrategi?"
    assert not average_fits(q, {"text": "3,35"}, "Kemendikdasmen mendapat skor terbaik dengan 3,35 (dari 5).")
    assert average_fits(q, {"text": "3,07"}, "Menurut IndoStrategi, kabinet mendapat skor rata-rata 3,07 dengan kategori sedang.")
    assert average_fits("berapa skor kinerja kabinet?", {"text": "3,35"}, "Kemendikdasmen mendapat skor 3,35.")


def test_a_figure_of_one_field_is_a_part_of_the_whole_asked():
    from retrieval.grades import domain_fits
    q = "berapa persen warga Jawa Timur puas dengan kinerja satu tahun Prabowo-Gibran?"
    s = "Lalu di bidang kemandirian energi, 75,5% warga Jatim puas atas kebijakan Prabowo-Gibran."
    assert not domain_fits(q, {"text": "75,5%"}, s)
    assert domain_fits("berapa persen warga Jatim puas di bidang kemandirian energi?", {"text": "75,5%"}, s)
    assert domain_fits(q, {"text": "82,2%"}, "Sebanyak 82,2% warga Jatim puas dengan kinerja Prabowo selama setahun.")


def test_a_surveys_margin_of_error_is_no_finding_even_when_respondents_are_named():
    pipeline = TextPipeline()
    finding = F.question_frame("berapa persen responden survei Index Politica yang puas dengan kinerja Presiden?", pipeline)
    assert not F.method_fits(finding, "Adapun margin of error survei +/- 3 persen.")
    method = F.question_frame("berapa responden survei Index Politica?", pipeline)
    assert F.method_fits(method, "Survei melibatkan 1.220 responden dengan margin of error 2,9 persen.")


def test_a_ticket_is_not_a_warning_and_enforcement_is_both():
    got = {q.text: q.predicates for q in find_quantities(
        "Sepanjang operasi, kendaraan yang ditilang sebanyak 114.673 dan kendaraan yang diberikan teguran sebanyak 53.255.")}
    assert got == {"114.673": ["ticketed"], "53.255": ["warned"]}, got
    assert [q.predicates for q in find_quantities("Polres Tangerang Selatan telah menindak 1.227 pengendara.")] == [["enforced"]]
    pipeline = TextPipeline()
    assert F.question_frame("berapa kendaraan yang kena tilang selama Operasi Patuh Jaya 2019?", pipeline).predicates == ("ticketed",)
    # "bukan tilang": what the question rules out is not what it asks
    assert F.question_frame("berapa pengendara yang hanya diberi teguran, bukan tilang?", pipeline).predicates == ("warned",)


async def test_a_pronoun_subject_holds_the_count_of_whom_an_earlier_sentence_named(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="motogp-1", outlet="detikcom", published="2019-09-15", title="Klasemen MotoGP usai San Marino",
        body="Marc Marquez menang di San Marino. Dengan kemenangan itu, Marc Marquez kini telah mengemas 275 poin. "
             "Andrea Dovizioso tetap di posisi kedua klasemen pebalap. "
             "Dia mengumpulkan 182 poin usai finis keenam di MotoGP San Marino.")])
    got = labels(await empty_engine.ask("berapa poin Marc Marquez di klasemen MotoGP 2019 usai seri San Marino?"))
    assert "275" in got and "182" not in got, got
    got = labels(await empty_engine.ask("berapa poin Andrea Dovizioso di klasemen MotoGP 2019 usai seri San Marino?"))
    assert "182" in got and "275" not in got, got


def test_a_price_compared_with_another_day_is_that_days():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa harga emas Antam per gram pada Rabu 18 September 2019?", pipeline)
    s = ("Harga emas Antam naik Rp 4.000 pada perdagangan hari ini, Rabu 18 September 2019, "
         "dibandingkan dengan harga Selasa sebesar Rp 753 ribu per gram.")
    assert not F.time_fits(frame, s, None, "2019-09-18", None, "Rp 753 ribu")
    s = ("Rabu (18/9/2019) harga emas Antam naik Rp4.000 menjadi Rp764.000 per gram dibandingkan Selasa kemarin "
         "yang mendatar di level Rp760.000/gram.")
    assert F.time_fits(frame, s, None, "2019-09-18", None, "Rp764.000")
    assert not F.time_fits(frame, s, None, "2019-09-18", None, "Rp760.000")
    # "… dibandingkan posisi kemarin, menjadi Rp760.000": the new level is the report's day's
    later = F.question_frame("berapa harga emas UBS 1 gram pada Kamis 19 September 2019?", pipeline)
    s = "Harga emas UBS 1 gram melambung Rp13.000 dibandingkan posisi kemarin, menjadi Rp760.000."
    assert F.time_fits(later, s, None, "2019-09-19", None, "Rp760.000")


def test_a_buyback_price_answers_only_a_buyback_question():
    from retrieval.grades import buyback_fits
    s = "Harga jual emas Rp 757.000 per gram, sedangkan harga buyback Rp 675.000 per gram."
    assert buyback_fits("berapa harga emas Antam per gram?", {"text": "Rp 757.000"}, s)
    assert not buyback_fits("berapa harga emas Antam per gram?", {"text": "Rp 675.000"}, s)
    assert buyback_fits("berapa harga buyback emas Antam?", {"text": "Rp 675.000"}, s)
    assert not buyback_fits("berapa harga buyback emas Antam?", {"text": "Rp 757.000"}, s)
    s = "Sementara harga buyback atau pembelian kembali juga berkurang Rp4.000 per gram menjadi Rp678.000 per gram."
    assert buyback_fits("berapa harga buyback emas Antam?", {"text": "Rp678.000"}, s)


def test_one_sports_tally_is_a_part_of_the_countrys():
    pipeline = TextPipeline()
    s = "Tim bulu tangkis Indonesia pada akhirnya hanya bisa meraih dua medali emas dari ajang SEA Games 2017 ."
    whole = F.question_frame("berapa medali emas yang dibawa pulang Indonesia dari SEA Games 2017?", pipeline)
    assert not F.held_country_fits(whole, {"text": "dua medali emas"}, s)
    sport = F.question_frame("berapa medali emas yang diraih tim bulu tangkis Indonesia di SEA Games 2017?", pipeline)
    assert F.held_country_fits(sport, {"text": "dua medali emas"}, s)


def test_the_clauses_first_country_holds_its_tally_and_the_end_asked_takes_no_interim_count():
    from retrieval.periods import interim_fits
    pipeline = TextPipeline()
    frame = F.question_frame("berapa medali emas yang dibawa pulang Indonesia dari SEA Games 2017?", pipeline)
    s = "Sementara itu , Myanmar mulai membayangi Indonesia di urutan ketiga setelah meraih 2 medali emas ."
    assert not F.held_country_fits(frame, {"text": "2 medali emas"}, s)
    assert F.held_country_fits(frame, {"text": "5 medali emas"}, "Indonesia mengalahkan Malaysia dan meraih 5 medali emas.")
    s = "Secara keseluruhan , Indonesia saat ini sudah mengumpulkan lima medali emas dan berada di peringkat keempat ."
    assert not interim_fits(frame.question_text, {"text": "lima medali emas"}, s)
    assert interim_fits("sampai Senin Indonesia sudah mengumpulkan berapa medali?", {"text": "lima medali emas"}, s)


def test_a_price_per_unit_written_with_a_slash_is_a_figure_and_its_change_reads_past_it():
    got = [(q.text, q.value) for q in find_quantities("Nilai tukar rupiah ditutup di level Rp 16.335/US$ dan emas Rp760.000/gram.")]
    assert ("16.335", 16335.0) in got and ("760.000", 760000.0) in got, got
    assert find_quantities("Pada 9/9 sekitar 1/2 bagian buka 24/7.") == []   # dates and fractions stay out
    pipeline = TextPipeline()
    frame = F.question_frame("harga pupuk NPK subsidi sekarang jadi berapa per kg?", pipeline)
    s = "Kemudian, untuk pupuk NPK Rp 2.300/kg menjadi Rp 1.840/kg."
    old, new = [x.__dict__ for x in find_quantities(s)]
    title = "Harga Pupuk Subsidi Turun 20 Persen"
    assert not F.money_fits(frame, old, s, title) and F.money_fits(frame, new, s, title)


def test_an_article_written_two_years_before_the_asked_year_cannot_report_it():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa kursi DPR RI yang diraih Partai Golkar pada Pileg 2019?", pipeline)
    s = '" Pileg ya kami akan mencapai antara 120 sampai 130 kursi , " ujar Idrus .'
    assert not F.time_fits(frame, s, "Golkar Incar 130 Kursi Di Pileg 2019", "2017-08-28", None, "120 sampai 130 kursi")
    assert F.time_fits(frame, "Golkar berhasil mendapatkan 85 kursi di parlemen pada Pileg 2019.", None,
                       "2019-09-15", None, "85 kursi")


def test_a_span_of_years_said_with_a_figure_is_its_own():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa uang yang diterima Imam Nahrawi melalui Miftahul Ulum pada 2014-2018?", pipeline)
    s = ("Imam diduga menerima total suap Rp 26,5 miliar dengan rincian Rp 14,7 miliar diterima melalui Miftahul Ulum "
         "selama rentang waktu 2014-2018, dan dalam kurun waktu 2016-2018 Imam diduga meminta uang sejumlah Rp 11,8 miliar.")
    assert F.time_fits(frame, s, None, "2019-09-19", None, "Rp 14,7 miliar")
    assert not F.time_fits(frame, s, None, "2019-09-19", None, "Rp 11,8 miliar")


def test_the_year_of_a_tournament_whose_qualifiers_are_asked_is_a_name_not_a_time():
    pipeline = TextPipeline()
    q = "berapa poin Thailand di klasemen Grup G Kualifikasi Piala Dunia 2022 setelah menang 3-0 atas Indonesia?"
    frame = F.question_frame(q, pipeline)
    assert frame.years == ()
    assert F.time_fits(frame, "Sementara Thailand naik ke peringkat pertama dengan mengoleksi 4 poin.",
                       "Indonesia Ditaklukkan Thailand", "2019-09-10", None, "4 poin")
    assert F.question_frame("berapa medali emas Indonesia di SEA Games 2017?", pipeline).years == (2017,)


def test_a_place_in_an_order_is_read_and_answers_only_a_question_asking_one():
    got = {q.text: (q.value, q.unit, q.ordinal) for q in find_quantities(
        "Kini Indonesia menduduki peringkat ke-167, turun tujuh strip dari Juli.")}
    assert got["peringkat ke-167"] == (167.0, "peringkat", True) and not got["tujuh strip"][2], got
    assert [(q.value, q.unit) for q in find_quantities("Posisi Indonesia berada di peringkat kelima SEA Games 2017.")
            if q.ordinal] == [(5.0, "peringkat")]
    assert not any(q.ordinal for q in find_quantities("suku bunga bertahan di posisi 5,25%"))
    pipeline = TextPipeline()
    rank = F.question_frame("Indonesia berada di peringkat berapa dalam ranking FIFA?", pipeline)
    count = F.question_frame("berapa penonton yang hadir di SUGBK?", pipeline)
    minute = F.question_frame("pada menit ke berapa Supachok Sarachat mencetak gol pertama?", pipeline)
    place = {"value": 167.0, "text": "peringkat ke-167", "unit": "peringkat", "ordinal": True}
    assert F.ordinal_fits(rank, place) and not F.ordinal_fits(count, place) and not F.ordinal_fits(minute, place)
    assert not F.ordinal_fits(rank, {"value": 11619.0, "text": "11.619 penonton", "unit": "penonton"})
    from retrieval.answer import figure_label
    assert figure_label(place) == "peringkat ke-167"


async def test_a_minute_asked_of_a_scorer_is_his_goals(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="timnas-1", outlet="Kompas.com", published="2019-09-10", title="Indonesia Ditaklukkan Thailand 0-3",
        body="Timnas Indonesia kalah 0-3 dari Thailand di SUGBK pada Kualifikasi Piala Dunia 2022. "
             "Gol pertama Thailand diciptakan oleh Supachok Sarachat pada menit ke-56. "
             "Thailand kemudian menggandakan keunggulan melalui eksekusi penalti Theerathon Bunmathan pada menit ke-64.")])
    got = labels(await empty_engine.ask("pada menit ke berapa Supachok Sarachat mencetak gol pertama Thailand?"))
    assert got == ["menit ke-56"], got
    got = labels(await empty_engine.ask("menit ke berapa Theerathon Bunmathan mencetak gol penalti Thailand?"))
    assert got == ["menit ke-64"], got


async def test_outlets_disagreeing_on_a_minute_say_so_as_places(empty_engine):
    await empty_engine.ingest_articles([
        Article(id=f"penalti-{k}", outlet=outlet, published="2019-09-10", title=f"Thailand menang atas Indonesia {k}",
                body=f"Thailand menang 3-0 di SUGBK pada Kualifikasi Piala Dunia 2022. Berita {k} dari {outlet} hari ini. "
                     f"Gol penalti dicetak Theerathon Bunmathan pada menit ke-{minute}.")
        for k, (outlet, minute) in enumerate([("Kompas.com", 64), ("Tempo.co", 65)])])
    answer = await empty_engine.ask("menit ke berapa Theerathon Bunmathan mencetak gol penalti?")
    assert sorted(labels(answer)) == ["menit ke-64", "menit ke-65"], labels(answer)
    from retrieval.answer import render_text
    assert "Angka berbeda antar sumber: menit ke-64–65" in render_text(answer)


def test_the_asked_day_of_a_stretch_dates_a_figure_as_its_calendar_date_does():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa pelanggar ganjil genap pada hari ketiga perluasan, Rabu 11 September 2019?", pipeline)
    s = "Terbanyak pada hari ketiga penerapan ganjil genap yang mencapai 2.026 pelanggar."
    assert F.time_fits(frame, s, "Seminggu Perluasan Ganjil Genap", "2019-09-16", None, "mencapai 2.026 pelanggar")
    other = "Pada hari kedua penerapan ganjil genap tercatat 1.761 pelanggar."
    assert not F.time_fits(frame, other, "Seminggu Perluasan Ganjil Genap", "2019-09-16", None, "1.761 pelanggar")


def test_any_enforcement_asked_takes_tickets_and_warnings():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa pelanggar yang ditindak pada hari kedua perluasan ganjil genap?", pipeline)
    (q,) = [x.__dict__ for x in find_quantities("Sebanyak 1.761 pengendara ditilang di hari kedua perluasan ganjil genap.")]
    assert F.figure_fits(q, frame)
    tickets = F.question_frame("berapa kendaraan yang ditilang selama operasi?", pipeline)
    (w,) = [x.__dict__ for x in find_quantities("Sebanyak 53.255 kendaraan diberikan teguran selama operasi.")]
    assert not F.figure_fits(w, tickets)


def test_a_margin_asked_is_a_figure_said_to_be_one():
    from retrieval.grades import margin_fits
    q = "Marquez unggul berapa poin dari Dovizioso setelah MotoGP San Marino 2019?"
    s = "Marquez menduduki puncak klasemen dengan koleksi 275 poin, unggul 93 poin dari Dovizioso."
    assert margin_fits(q, {"text": "93 poin"}, s) and not margin_fits(q, {"text": "275 poin"}, s)
    assert not margin_fits(q, {"text": "182 poin"}, "Dia mengumpulkan 182 poin, usai finis keenam di San Marino.")
    # a distance is no margin
    assert margin_fits("berapa jarak gudang ke rumah warga?", {"text": "100 meter"}, "Jaraknya sekitar 100 meter.")


def test_a_sentence_opening_with_untuk_names_its_topic_not_a_destination():
    assert F.located_places("Untuk kawasan Jakarta Utara, polisi sedikitnya menindak 389 pelanggar.") == ["jakarta_utara"]
    pipeline = TextPipeline()
    frame = F.question_frame("berapa pelanggar ganjil genap di wilayah Jakarta Barat pada hari pertama perluasan?", pipeline)
    assert not F.context_fits(frame, "Untuk kawasan Jakarta Utara, polisi sedikitnya menindak 389 pelanggar.", None)


def test_an_amount_said_to_be_a_loss_answers_only_a_loss_question():
    pipeline = TextPipeline()
    loss = "Setnov diduga telah merugikan negara hingga Rp 2,3 triliun dalam proyek pengadaan e-KTP ."
    value = "Andi diduga ikut berperan sentral dalam mengatur proyek senilai Rp 5,9 triliun itu ."
    (q_loss,) = [x.__dict__ for x in find_quantities(loss)]
    (q_value,) = [x.__dict__ for x in find_quantities(value)]
    worth = F.question_frame("berapa nilai proyek pengadaan e-KTP?", pipeline)
    lost = F.question_frame("berapa kerugian negara akibat korupsi proyek e-KTP?", pipeline)
    assert not F.money_fits(worth, q_loss, loss) and F.money_fits(worth, q_value, value)
    assert F.money_fits(lost, q_loss, loss)


def test_a_sports_tally_asked_takes_only_figures_naming_the_sport():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa medali emas yang disumbangkan cabang bulu tangkis untuk Indonesia di SEA Games 2017?",
                             pipeline)
    assert not F.held_country_fits(frame, {"text": "38 medali emas"},
                                   "Posisi Indonesia berada di peringkat kelima SEA Games 2017 dengan 38 medali emas .")
    assert F.held_country_fits(frame, {"text": "dua medali emas"},
                               "Tim bulu tangkis Indonesia hanya bisa meraih dua medali emas dari ajang SEA Games 2017 .")


def test_a_target_asked_is_not_a_tally_reached_for_counts_too():
    pipeline = TextPipeline()
    frame = F.question_frame("PBSI menargetkan berapa medali emas dari SEA Games 2017?", pipeline)
    assert F.plan_fits(frame, {"text": "tiga medali"}, '" Di SEA Games target kami tiga medali .')
    assert not F.plan_fits(frame, {"text": "dua medali emas"},
                           "Tim bulu tangkis Indonesia pada akhirnya hanya bisa meraih dua medali emas .")
    reached = F.question_frame("berapa medali emas yang diraih Indonesia di SEA Games 2017?", pipeline)
    assert not F.plan_fits(reached, {"text": "tiga medali"}, '" Di SEA Games target kami tiga medali .')


async def test_a_realisation_asked_is_the_amount_of_what_it_names(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="apbn-1", outlet="detikcom", published="2025-10-14", title="APBN sampai September 2025",
        body="Menteri Keuangan mengumumkan posisi APBN sampai 30 September 2025. "
             "Tercatat pendapatan negara sampai 30 September 2025 mencapai Rp 1.863,3 triliun, sementara belanja negara "
             "terealisasi sebesar Rp 2.234,8 triliun.")])
    got = labels(await empty_engine.ask("berapa realisasi belanja negara sampai akhir September 2025?"))
    assert got == ["Rp 2.234,8 triliun"], got


def test_a_date_anywhere_in_the_attribution_after_a_quote_is_when_it_was_said():
    s = ('"Defisit APBN Rp 321,6 triliun atau 1,35% dari PDB (sampai Agustus 2025)," kata Purbaya dalam '
         'konferensi pers APBN KiTA di kantornya, Jakarta Pusat, Senin (22/9).')
    assert F._months_named(s, "2025-10-14") == {8}
    pipeline = TextPipeline()
    frame = F.question_frame("berapa defisit APBN sampai akhir September 2025?", pipeline)
    assert not F.time_fits(frame, s, None, "2025-10-14", None, "Rp 321,6 triliun")


def test_violators_asked_by_what_befell_them_are_counted_by_any_person_noun():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa pelanggar ganjil genap yang ditindak pada hari kedua perluasan?", pipeline)
    (q,) = [x.__dict__ for x in find_quantities("Sebanyak 1.761 pengendara ditilang di hari kedua perluasan.")]
    assert F.people_of_asked_class(q, frame)
    (w,) = [x.__dict__ for x in find_quantities("Sebanyak 1.761 pengendara melintas di hari kedua perluasan.")]
    assert not F.people_of_asked_class(w, frame)


def test_a_size_asked_takes_that_sizes_price_from_a_price_list():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa harga emas Antam ukuran 1 kilogram (1.000 gram) pada Kamis 19 September 2019?", pipeline)
    s = ("Berikut daftar harga emas Antam:,- 0,5 gram: Rp400.500,- 1 gram: Rp752.000,- 500 gram: Rp350.800.000,"
         "- 1.000 gram: Rp700.600.000.")
    assert [t for t in ("Rp400.500", "Rp752.000", "Rp350.800.000", "Rp700.600.000")
            if F.per_unit_fits(frame, {"text": t}, s)] == ["Rp700.600.000"]
    assert not F.per_unit_fits(frame, {"text": "Rp 752.000"}, "Harga emas Antam Rp 752.000 per gram.")
    assert F.per_unit_fits(frame, {"text": "Rp 700 juta"}, "Harga emas Antam naik menjadi Rp 700 juta.")   # no size said


def test_where_a_price_went_from_the_asked_price_is_not_it():
    pipeline = TextPipeline()
    offer = F.question_frame("berapa harga penawaran saham perdana Gunung Raja Paksi?", pipeline)
    opened = F.question_frame("di harga berapa saham GGRP dibuka pada hari pertama pencatatan?", pipeline)
    s = "Saat pembukaan perdagangan, saham GGRP dibuka naik 10,12% dari harga IPO menjadi Rp925 per saham."
    q = [x.__dict__ for x in find_quantities(s) if x.text.endswith("925")][0]
    assert not F.money_fits(offer, q, s) and F.money_fits(opened, q, s)


def test_what_is_needed_is_said_so():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa kursi yang dibutuhkan untuk membentuk pemerintahan mayoritas di Knesset Israel?", pipeline)
    assert frame.predicates == ("in_need",)
    (need,) = [x.__dict__ for x in find_quantities("Untuk menjadi mayoritas di Knesset dibutuhkan 61 kursi.")]
    (won,) = [x.__dict__ for x in find_quantities("Aliansi Biru dan Putih memenangkan 33 kursi Knesset.")]
    assert F.figure_fits(need, frame) and not F.figure_fits(won, frame)


def test_a_share_asked_in_percent_is_not_a_change_in_percent():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa persen saham Gunung Raja Paksi yang dilepas ke publik lewat IPO?", pipeline)
    s = "Saat pembukaan perdagangan, saham GGRP dibuka naik 10,12% dari harga IPO menjadi Rp925 per saham."
    q = [x.__dict__ for x in find_quantities(s) if x.text == "10,12%"][0]
    assert not F.measure_fits(frame, q, s)
    rise = F.question_frame("saham Gunung Raja Paksi naik berapa persen di hari pertama?", pipeline)
    assert F.measure_fits(rise, q, s)


def test_a_breakdowns_parts_counted_with_the_wholes_classifier_are_parts():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa jumlah pemudik yang menyeberang dari Merak ke Bakauheni menjelang Lebaran 2017?", pipeline)
    s = ("Posko mencatat total penyeberang selama periode tersebut mencapai 371.286 orang , yang terdiri dari "
         "38.480 orang pejalan kaki dan 332.806 orang penyeberang dalam kendaraan .")
    qs = [x.__dict__ for x in find_quantities(s)]
    kept = [q["text"] for q in qs if F.count_fits(frame, q, s, qs)]
    assert kept == ["mencapai 371.286 orang"], kept


def test_a_year_followed_by_a_word_that_counts_nothing_is_a_year():
    assert find_quantities("Posko Angkutan Lebaran Bakauheni 2017 mencatat total penyeberang.") == []
    assert find_quantities("Kualifikasi Piala Dunia 2022 zona Asia digelar di Jakarta.") == []
    assert [q.text for q in find_quantities("Sebanyak 2019 orang mengungsi.")] == ["2019 orang"]
    assert [q.text for q in find_quantities("Sekitar 2000 buku terbakar.")] == ["Sekitar 2000 buku"]


def test_an_average_is_no_one_days_count():
    pipeline = TextPipeline()
    frame = F.question_frame("berapa jumlah penumpang Transjakarta pada hari pertama perluasan, Senin 9 September 2019?",
                             pipeline)
    s = "Masa uji coba rata-rata penumpang 840 ribu per hari, ujarnya pada Senin (9/9/2019)."
    assert not F.time_fits(frame, s, None, "2019-09-10", None, "840 ribu")
    day = "Jumlah penumpang Transjakarta pada Senin, 9 September 2019 mencapai 892 ribu orang."
    assert F.time_fits(frame, day, None, "2019-09-10", None, "892 ribu orang")


def test_a_place_name_written_in_capitals_ends_where_they_end():
    assert F.typed_places("Gunung Raja Paksi menjadi emiten ke berapa yang tercatat di BEI?", caps=False) == \
        (("gunung", "raja paksi"),)
    assert F.typed_places("berapa pengungsi gunung agung di bali?", caps=False) == (("gunung", "agung"),)


ODD_EVEN = Article(
    id="gage-1", outlet="Kompas.com", published="2019-09-10", title="Pelanggar ganjil genap hari pertama perluasan",
    body="Polisi menilang pelanggar ganjil genap pada hari pertama perluasan, Senin (9/9/2019). "
         "Sebanyak 1.904 pelanggar ganjil genap ditilang pada hari pertama perluasan. "
         "Pada pukul 06.00-10.00, tercatat 941 pelanggar ganjil genap ditilang. "
         "Sementara itu, tercatat 963 pelanggar ganjil genap ditilang pada pukul 16.00-21.00.")


async def test_parts_of_the_day_are_parts_of_the_days_count(empty_engine):
    """A day's count asked takes the day's whole, not the morning's and the evening's; the morning
    asked ("pagi hari (06.00-10.00)") takes the morning's."""
    await empty_engine.ingest_articles([ODD_EVEN])
    got = labels(await empty_engine.ask("berapa pelanggar ganjil genap yang ditilang pada hari pertama perluasan?"))
    assert got == ["1.904"], got
    got = labels(await empty_engine.ask(
        "berapa pelanggar ganjil genap yang ditilang pada pagi hari (06.00-10.00) di hari pertama perluasan?"))
    assert got == ["tercatat 941"], got


def test_an_event_asked_by_its_order_is_not_another_of_its_kind():
    from retrieval.grades import event_order_fits
    q = "pada menit ke berapa Supachok Sarachat mencetak gol pertama Thailand ke gawang Indonesia?"
    assert not event_order_fits(q, "Adapun gol ketiga Thailand tercipta lewat tendangan Sarachat pada menit ke-72.")
    assert event_order_fits(q, "Gol pertama Thailand dicetak Supachok Sarachat pada menit ke-56.")
    assert event_order_fits(q, "Thailand mencetak gol ke gawang Indonesia pada menit ke-55.")
    assert event_order_fits("berapa poin Thailand?", "Adapun gol ketiga Thailand tercipta pada menit ke-72.")


def test_a_match_asked_by_its_sides_is_not_another_match():
    from retrieval.grades import matchup_fits
    q = "berapa personel gabungan yang disiapkan polisi untuk pengamanan laga Indonesia vs Malaysia, 5 September 2019?"
    s = '"Kita sudah mempersiapkan pengamanan sekitar 10 ribu personel lebih gabungan TNI-Polri," kata Argo.'
    assert not matchup_fits(q, s, "Ribuan Personel Gabungan Amankan Laga Indonesia vs Thailand")
    assert matchup_fits(q, s, "Ribuan Personel Gabungan Amankan Laga Indonesia vs Malaysia")
    assert matchup_fits(q, "Laga Indonesia kontra Malaysia dijaga 11.000 personel.", "Laga Indonesia vs Thailand")


def test_what_remains_asked_is_a_figure_said_to_remain():
    from retrieval.grades import remainder_fits
    q = "berapa sisa kerugian negara kasus korupsi CPO yang masih ditagih Kejagung?"
    assert remainder_fits(q, {"text": "Rp 4 triliun"}, "Sementara itu, sekitar Rp 4 triliun lagi masih ditagih oleh Kejagung.")
    assert not remainder_fits(q, {"text": "Rp 17,7 triliun"}, "Total kerugian negara dalam kasus CPO mencapai Rp 17,7 triliun.")
    assert remainder_fits("berapa kerugian negara kasus CPO?", {"text": "Rp 17,7 triliun"},
                          "Total kerugian negara dalam kasus CPO mencapai Rp 17,7 triliun.")


def test_a_figure_of_a_purpose_clause_is_an_aim():
    from retrieval.grades import aim_fits
    s = "Bea Cukai menindak rokok ilegal agar angka peredaran turun menjadi 3% secara nasional."
    assert not aim_fits("berapa persen peredaran rokok ilegal pada 2018?", {"text": "3%"}, s)
    assert aim_fits("berapa target persentase peredaran rokok ilegal?", {"text": "3%"}, s)
    assert aim_fits("berapa persen peredaran rokok ilegal pada 2018?", {"text": "7%"},
                    "Peredaran rokok ilegal turun menjadi 7% pada 2018.")


def test_a_size_is_asked_only_of_the_counted_noun():
    """Session 22: "… diterima bekerja di BUMN dan perusahaan swasta besar" sizes the employers, so
    the graduates counted ("seribu sarjana") are on no size scale; "berapa kapal nelayan kecil"
    still asks small boats."""
    from retrieval.grades import asked_grades
    assert asked_grades("berapa sarjana asal Papua yang dijanjikan akan diterima bekerja di BUMN dan perusahaan "
                        "swasta besar?") == ()
    assert ("size", "kecil") in asked_grades("berapa kapal nelayan kecil yang tenggelam?")


def test_a_unit_named_before_the_figures_of_a_change_is_theirs():
    """Session 22: "Sementara harga per sak dari Rp 115.000 menjadi Rp 92.000" prices a sack, not the
    kilogram asked; "harga per kilogram … menjadi Rp 2.250" still answers it."""
    from retrieval.frame import per_unit_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa harga eceran tertinggi pupuk urea bersubsidi per kilogram setelah diturunkan?",
                           TextPipeline())
    assert not per_unit_fits(frame, {"text": "92.000"}, "Sementara harga per sak dari Rp 115.000 menjadi Rp 92.000.")
    assert per_unit_fits(frame, {"text": "2.250"}, "Harga urea per kilogram turun dari Rp 2.250 menjadi Rp 1.800.")


SEIZURES = [Article(
    id="sita-jateng", outlet="detikcom", published="2025-10-17", title="Kanwil DJP Jateng II Sita Aset Penunggak Pajak",
    body="Sebanyak 36 kendaraan dan dua bidang tanah milik penunggak pajak disita Kantor Wilayah Direktorat "
         "Jenderal Pajak (Kanwil DJP) Jawa Tengah II bersama 12 Kantor Pelayanan Pajak (KPP).")]


async def test_plots_counted_by_bidang_are_no_field(empty_engine):
    """Session 34: "dua bidang tanah" counts plots of land; it is no field ("di bidang pertanian") the
    figure before it would be a part of."""
    await empty_engine.ingest_articles(FILLER + SEIZURES)
    answer = await empty_engine.ask("berapa kendaraan bermotor milik penunggak pajak yang disita Kanwil DJP Jawa Tengah II?")
    assert labels(answer) and labels(answer)[0].startswith("36"), labels(answer)
