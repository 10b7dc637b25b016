"""Session 47 rules (docs/frames.md "Session 47 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article

from .answered import topic_archive, values_asked

MIGAS = topic_archive("migas", "2019-09-10", [
    Article(id="kpk-migas", outlet="Kompas.com", published="2019-09-10", title="KPK Tetapkan Tersangka Kasus Mafia Migas",
            body="Laode menambahkan, KPK telah memeriksa 53 orang saksi dan menggeledah lima rumah dalam proses "
                 "penyelidikan kasus mafia migas. \"KPK menetapkan satu orang sebagai tersangka, yakni Bambang "
                 "Irianto,\" ujar Laode."),
])


async def test_a_classifier_person_noun_counts_the_kind_it_opens(empty_engine):
    """"berapa orang saksi … dengan tersangka Bambang Irianto": "53 orang saksi" counts the witnesses
    the question asks (frame.kind_fits), and "tersangka Bambang Irianto" labels a named person, no
    class of what befell the witnesses (frame._labels_named_one), so the one suspect is no answer."""
    values = await values_asked(empty_engine, MIGAS, "berapa orang saksi yang telah dimintai keterangan KPK dalam "
                                                     "penyelidikan kasus mafia migas dengan tersangka Bambang Irianto?")
    assert 53 in values and 1 not in values, values


def test_what_the_next_noun_is_itself_is_not_said_of_the_figure_before():
    """"ditumpangi lima orang dan satu jenazah": the corpse is the second figure's own noun, not a
    death of the five riders; "26 santri dan 2 guru dikabarkan tewas" still share the verb."""
    riders = find_quantities("Mobil ambulans yang ditumpangi lima orang dan satu jenazah melaju kencang ke Klaten.")
    assert [(q.text, q.casualty) for q in riders] == [("lima orang", False), ("satu jenazah", True)]
    dead = find_quantities("Sebanyak 26 santri dan 2 guru dikabarkan tewas.")
    assert [q.casualty for q in dead] == [True, True]


BLIMBINGSARI = topic_archive("bandara", "2017-07-15", [
    Article(id="blimbingsari", outlet="kumparan", published="2017-07-15",
            title="Uniknya Bandara Green Blimbingsari Di Banyuwangi",
            body="Bandara ini memiliki landas pacu 2.250 meter dan telah dibuka pada 29 Desember 2010 ."),
    Article(id="abdulrachman", outlet="kumparan", published="2017-07-16", title="Bandara Abdulrachman Saleh di Malang",
            body="Bandara ini memiliki landas pacu 1.800 meter ."),
])


async def test_every_word_of_an_event_name_run_names_it(empty_engine):
    """"Bandara Green Blimbingsari" names Blimbingsari too (frame.event_names reads the name run),
    so the title's airport is the asked one and the other airport's runway is not."""
    values = await values_asked(empty_engine, BLIMBINGSARI, "berapa meter panjang landas pacu Bandara Blimbingsari "
                                                            "di Banyuwangi?")
    assert 2250 in values and 1800 not in values, values


KEDUNDANG = topic_archive("kedundang", "2017-10-09", [
    Article(id="kereta-nyia", outlet="ANTARA", published="2017-10-09",
            title="Kemenhub Segera Berkoordinasi Bangun Jalur Kereta Bandara Nyia",
            body="Namun , setelah dilakukan kajian , kebutuhan lahan untuk Stasiun Kedundang berkisar 20 hektare "
                 "sampai 25 hektare ."),
    Article(id="bandara-lain", outlet="ANTARA", published="2017-10-10", title="Perluasan Bandara Kertajati",
            body="Kebutuhan lahan untuk stasiun di Bandara Kertajati berkisar 40 hektare ."),
])


async def test_an_event_whose_words_the_question_says_apart_is_asked(empty_engine):
    """"jalur kereta ke Bandara NYIA" asks the "Kereta Bandara" a title names
    (frame._events_spelled_apart): the title's airport train is no other event than the one asked."""
    values = await values_asked(empty_engine, KEDUNDANG, "Berapa hektare kebutuhan lahan Stasiun Kedundang untuk jalur "
                                                         "kereta ke Bandara NYIA Kulon Progo?")
    assert 20 in values and 40 not in values, values


ANTANG = topic_archive("antang", "2019-09-16", [
    Article(id="tpa-antang", outlet="Kompas.com", published="2019-09-16",
            title="TPA Antang Makassar Akhirnya Padam",
            body="Api di TPA Antang baru berhasil dipadamkan setelah memakan waktu 15 jam, Senin (16/9/2019). "
                 "Ada empat blok yang terbakar."),
])


async def test_the_numbers_of_a_date_asked_are_no_figure_the_question_gives(empty_engine):
    """"… 15-16 September 2019": the 15 is a day of the month, so "15 jam" is not a figure that
    restates the question (answer._asked_digits leaves dates out)."""
    values = await values_asked(empty_engine, ANTANG, "berapa jam TPA Antang Makassar terbakar sebelum apinya padam, "
                                                      "15-16 September 2019?")
    assert values == [15], values


BLIMBINGSARI_COST = topic_archive("bandara-biaya", "2017-07-15", [
    Article(id="blimbingsari-runway", outlet="kumparan", published="2017-07-15",
            title="Uniknya Bandara Green Blimbingsari Di Banyuwangi",
            body="Bandara ini memiliki landas pacu 2.250 meter dan telah dibuka pada 29 Desember 2010 ."),
])


async def test_a_place_asked_after_a_typed_name_is_where_it_is_not_its_name(empty_engine):
    """"Bandara Blimbingsari Banyuwangi": Banyuwangi is where the airport is (frame._where_dropped),
    so the title's "Bandara Green Blimbingsari" is the asked airport."""
    values = await values_asked(empty_engine, BLIMBINGSARI_COST, "berapa meter landas pacu Bandara Blimbingsari "
                                                                 "Banyuwangi?")
    assert values == [2250], values


DAKWAAN = topic_archive("dakwaan", "2019-09-19", [
    Article(id="habil", outlet="Kompas.com", published="2019-09-19",
            title="Kerusuhan 22 Mei, Ini Dakwaan Jaksa untuk Politikus Habil Marati",
            body="Habil bertemu Helmi di Saigon Cafe Pondok Indah pada 10 Maret 2019. Namun, saat itu Habil baru "
                 "membawa uang Rp 10 juta yang langsung diberikan kepada Helmi."),
])


async def test_a_date_naming_an_event_is_not_the_day_a_figure_holds(empty_engine):
    """"Kerusuhan 22 Mei" in a title names the riot (frame._names_event), not the day of the figures
    below it: the money handed over at the meeting of 10 March answers."""
    values = await values_asked(empty_engine, DAKWAAN, "berapa uang yang baru dibawa Habil Marati dan langsung diserahkan "
                                                       "kepada Helmi Kurniawan saat pertemuan di Saigon Cafe Pondok Indah "
                                                       "pada 10 Maret 2019?")
    assert 10_000_000 in values, values


NYIA = topic_archive("nyia", "2017-10-09", [
    Article(id="nyia-kereta", outlet="ANTARA", published="2017-10-09",
            title="Kemenhub Segera Berkoordinasi Bangun Jalur Kereta Bandara Nyia",
            body="Hal ini dikarenakan pembangunan NYIA tahap pertama seluas 120 ribu meter persegi akan diselesaikan "
                 "di 2019 ."),
    Article(id="kereta-soetta", outlet="ANTARA", published="2017-10-10", title="Kereta Bandara Soetta Segera Beroperasi",
            body="Pembangunan tahap pertama seluas 80 ribu meter persegi akan diselesaikan tahun depan ."),
])


async def test_a_sentence_writing_the_asked_name_tells_of_that_event(empty_engine):
    """"pembangunan NYIA tahap pertama": the sentence names the asked airport by its name alone
    (frame._says_event_name), so the title's airport train is no other event; the Soetta train's
    figure, naming neither, still is."""
    values = await values_asked(empty_engine, NYIA, "berapa meter persegi luas pembangunan tahap pertama Bandara NYIA "
                                                    "Kulon Progo yang ditargetkan selesai 2019?")
    assert values == [120_000], values


SENEN = topic_archive("senen", "2017-06-24", [
    Article(id="senen-harian", outlet="kumparan", published="2017-06-24", title="Arus Mudik di Stasiun Pasar Senen",
            body="Berikut jumlah penumpang yang berangkat dari Stasiun Pasar Senen. 22 Juni : 27.561 penumpang. "
                 "23 Juni : 27.058 penumpang."),
])


async def test_a_day_written_in_the_figures_own_sentence_has_no_slack(empty_engine):
    """"22 Juni : 27.561 penumpang" is the 22nd's count, not the asked 23rd's: the night's slack
    of a day (DAY_SLACK) is for days a report carries, not one written out at the figure."""
    values = await values_asked(empty_engine, SENEN, "berapa penumpang kereta yang berangkat dari Stasiun Pasar Senen "
                                                     "pada 23 Juni 2017?")
    assert values == [27_058], values


TIMBULAN = topic_archive("timbulan", "2019-09-15", [
    Article(id="pilah-sampah", outlet="Okezone", published="2019-09-15",
            title="Kementerian LHK Luncurkan Gerakan Nasional Ayo Pilah Sampah dari Rumah",
            body="KLHK juga menggerakkan masyarakat untuk peduli lingkungan dengan tiga pendekatan yaitu gerakan "
                 "mengurangi sampah, sirkular ekonomi, serta teknologi. Indonesia sudah menunjuk 12 kota untuk "
                 "membangun alat pengolah sampah menjadi listrik."),
])


async def test_no_figure_of_a_thing_the_question_never_names_answers(empty_engine):
    """"berapa timbulan sampah nasional": no figure names the asked noun, and "tiga pendekatan",
    "12 kota" count things the question never names (answer._counts_anything_asked), so nothing is
    listed as the answer."""
    values = await values_asked(empty_engine, TIMBULAN, "Berapa timbulan sampah nasional tahun 2019 saat KLHK "
                                                        "meluncurkan gerakan Ayo Pilah Sampah dari Rumah?")
    assert values == [], values


ANTANG_DAMKAR = topic_archive("damkar", "2019-09-16", [
    Article(id="antang-damkar", outlet="Kompas.com", published="2019-09-16", title="Api di TPA Antang Akhirnya Padam",
            body="Kebakaran TPA Antang akhirnya padam. Kepala Dinas Damkar Makassar mengatakan pihaknya berhasil "
                 "memadamkan api setelah menurunkan 15 armada mobil damkar."),
])


async def test_a_fleet_counted_in_armada_answers_a_question_asking_units(empty_engine):
    """"15 armada mobil damkar" counts the fire engines "berapa unit mobil pemadam kebakaran" asks:
    "armada" is a unit of the same count (frame_words unit_dimensions)."""
    values = await values_asked(empty_engine, ANTANG_DAMKAR, "Berapa unit mobil pemadam kebakaran yang diturunkan "
                                                             "untuk memadamkan kebakaran TPA Antang?")
    assert values == [15], values


NYIA_FLIGHTS = topic_archive("nyia-flight", "2017-10-09", [
    Article(id="nyia-flight", outlet="ANTARA", published="2017-10-09", title="Bandara NYIA Diprediksi Ramai",
            body="Menhub Budi Karya memprediksi Bandara NYIA di Kulon Progo akan melayani 300 flight sehari."),
])


async def test_flights_written_in_english_count_the_flights_asked(empty_engine):
    """"300 flight sehari" counts the "penerbangan" asked (answer.UNIT_SPELLINGS: English spellings)."""
    values = await values_asked(empty_engine, NYIA_FLIGHTS, "berapa penerbangan sehari yang diprediksi dilayani Bandara "
                                                            "NYIA di Kulon Progo?")
    assert values == [300], values


async def test_a_forecaster_is_the_speaker_of_the_forecast(empty_engine):
    """"Menhub Budi Karya memprediksi …": the one who predicts says the figure (claims.PREPOSED_VERBS),
    so "menurut Menhub Budi Karya" finds the claim his."""
    values = await values_asked(empty_engine, NYIA_FLIGHTS, "Menurut Menhub Budi Karya, berapa penerbangan sehari yang "
                                                            "diprediksi dilayani Bandara NYIA di Kulon Progo?")
    assert values == [300], values



def test_a_partial_match_counting_the_asked_noun_takes_half_its_articles_share():
    """"terdapat 1.628 kamera pengawas" holds a third of the question and its report three quarters:
    a quarter of the rest does not lift it to the floor, half does (relevance.with_counted_share),
    and it is taken only because its figure counts the asked noun (counts_asked_noun, counted_noun:
    not for "persen", "ton", "orang")."""
    from retrieval import relevance
    from retrieval.text import TextPipeline
    near = [(1, 10.0, 0.33), (2, 9.0, 0.45)]
    assert relevance.with_article_share(near, [0.78, 0.2], 0.5) == []
    assert relevance.with_counted_share(near, [0.78, 0.2], 0.5) == [(1, 10.0, 0.33)]
    pipeline = TextPipeline()
    key = pipeline.noun_key("kamera")
    assert relevance.counts_asked_noun([{"unit": "kamera", "text": "1.628 kamera"}], key, pipeline)
    assert not relevance.counts_asked_noun([{"unit": "orang", "text": "1.628 orang"}], key, pipeline)
    assert relevance.counted_noun("kamera") and not relevance.counted_noun("persen") and not relevance.counted_noun("orang")


NIKEL = topic_archive("nikel", "2019-09-04", [
    Article(id="nikel-apni", outlet="Tempo.co", published="2019-09-04", title="APNI: Larangan Ekspor Nikel Dipercepat",
            body="Menurut hitungan APNI, negara berpotensi kehilangan penerimaan dari ekspor bijih nikel sebesar "
                 "191 juta dollar Amerika jika larangan ekspor dipercepat."),
])


async def test_a_day_a_rule_starts_on_is_announced_before_it(empty_engine):
    """"larangan ekspor bijih nikel dipercepat ke 1 Januari 2020": the day the ban starts, which
    reports of September 2019 announce (frame._DAY_TO_COME_ASKED_RE); a report before it is no
    report of another day."""
    values = await values_asked(empty_engine, NIKEL, "Berapa potensi kehilangan penerimaan negara dari ekspor jika "
                                                     "larangan ekspor bijih nikel dipercepat ke 1 Januari 2020, menurut "
                                                     "hitungan APNI?")
    assert values == [191_000_000], values


ANGKE = topic_archive("angke", "2017-04-07", [
    Article(id="angke-metromini", outlet="kumparan", published="2017-04-07",
            title="Deretan Kecelakaan di Perlintasan Kereta Jakarta",
            body="Kecelakaan terjadi pada Minggu, 6 Desember 2015 di perlintasan dekat Stasiun Angke, Tambora. "
                 "18 orang penumpang MetroMini tewas dalam kejadian tersebut."),
])


async def test_a_later_story_dated_by_its_lead_in_the_asked_year_tells_of_that_year(empty_engine):
    """A 2017 page retelling the crash of 6 December 2015: the figure's sentence is dated by the
    lead before it (its `when`), so the page is not too late to tell of 2015 (frame.time_fits)."""
    values = await values_asked(empty_engine, ANGKE, "Berapa penumpang Metromini yang tewas ketika tertabrak KRL di "
                                                     "perlintasan dekat Stasiun Angke, Tambora, 6 Desember 2015?")
    assert values == [18], values


AUBAMEYANG = topic_archive("aubameyang", "2018-02-02", [
    Article(id="aubameyang", outlet="CNN Indonesia", published="2018-02-02", title="Debut Aubameyang Terancam Tertunda",
            body="Arsenal memperkenalkan Aubameyang di London, Kamis (1/2) . Pemain yang baru didatangkan dari "
                 "Borussia Dortmund dengan harga £ 56 juta itu dalam kondisi sakit ."),
])


async def test_a_report_of_the_first_days_after_the_asked_month_tells_of_it(empty_engine):
    """A page of 2 February dated by its lead "Kamis (1/2)": the day it was written, which tells of
    January's transfer (frame._reported_just_after), not a figure of February."""
    values = await values_asked(empty_engine, AUBAMEYANG, "Berapa harga yang dibayar Arsenal untuk mendatangkan "
                                                          "Aubameyang dari Borussia Dortmund pada Januari 2018?")
    assert values == [56_000_000], values


ANDREESCU = topic_archive("andreescu", "2019-09-08", [
    Article(id="andreescu", outlet="SINDOnews", published="2019-09-08", title="Andreescu Juara AS Terbuka 2019",
            body="Bianca Andreescu mengalahkan Serena Williams di final AS Terbuka 2019. Di sisi lain, usianya yang "
                 "masih 19 tahun membuat Andreescu menjadi juara US Open paling muda sejak Svetlana Kuznetsova dari "
                 "Rusia pada 2004."),
])


async def test_her_age_said_with_a_possessive_and_a_records_reach(empty_engine):
    """"usianya yang masih 19 tahun membuat Andreescu …": an age said with "-nya" and words between
    is the age of the one the sentence names (frame.age_fits); "paling muda sejak … pada 2004" is a
    record's reach, not the figure's year (frame._BASE_YEAR_RE)."""
    values = await values_asked(empty_engine, ANDREESCU, "Berapa usia Bianca Andreescu saat menjuarai tunggal putri "
                                                         "AS Terbuka 2019?")
    assert values == [19], values


TAMIMI = topic_archive("tamimi", "2018-01-02", [
    Article(id="tamimi", outlet="Suara.com", published="2018-01-02", title="Remaja Palestina Ahed Tamimi Ditahan",
            body="Pengadilan militer Israel memperpanjang penahanan. Persidangan akan dimulai pada tanggal 31 Januari , "
                 "tapi meski usianya baru 16 tahun , pengadilan yakin dakwaannya cukup untuk menahannya ."),
])


async def test_an_age_said_as_only_so_young_is_no_progress(empty_engine):
    """"meski usianya baru 16 tahun": "baru" says how young, not how far something has got
    (grades._SO_FAR_BEFORE_RE), and the title names whose age it is (frame.age_fits)."""
    values = await values_asked(empty_engine, TAMIMI, "berapa usia Ahed Tamimi, remaja Palestina yang ditahan setelah "
                                                      "menampar tentara Israel?")
    assert values == [16], values


HADIJAH = topic_archive("hadijah", "2019-09-17", [
    Article(id="hadijah", outlet="Kompas.com", published="2019-09-17", title="Bayi Hadijah Minum Kopi Setiap Hari",
            body="Bayi Hadijah Haura di Polewali Mandar usianya baru 14 bulan dan menghabiskan lima gelas kopi setiap "
                 "hari. Menurut Anita, kebiasaan tersebut dimulai sejak Hadijah berusia 6 bulan."),
])


async def test_since_what_age_asks_the_age_it_began_at(empty_engine):
    """"sejak usia berapa bulan": the age something began at ("sejak Hadijah berusia 6 bulan"), not
    the age now ("usianya baru 14 bulan") (frame._SINCE_AGE_RE)."""
    values = await values_asked(empty_engine, HADIJAH, "Sejak usia berapa bulan bayi Hadijah Haura di Polewali Mandar "
                                                       "diberi kopi oleh orang tuanya?")
    assert values == [6], values


KIRANA = topic_archive("kirana", "2019-09-09", [
    Article(id="kirana", outlet="detikcom", published="2019-09-09",
            title="Audisi Umum PB Djarum Disetop, Bunga Siap Kerja Keras",
            body="Audisi PB Djarum di Purwokerto melahirkan juara. Di Kudus, salah satunya adalah Bunga Kirana Larasati (9) "
                 "yang lolos ke final dari kelompok umur 11 tahun."),
])


async def test_the_asked_persons_bracketed_age_answers_whatever_the_sentence_tells(empty_engine):
    """"Bunga Kirana Larasati (9) yang lolos ke final dari kelompok umur 11 tahun": the bracketed
    age after the very name asked answers (frame.named_age), whatever befell her or where; the age
    group's 11 does not."""
    values = await values_asked(empty_engine, KIRANA, "berapa usia Bunga Kirana Larasati, peraih Super Tiket audisi "
                                                      "PB Djarum di Purwokerto?")
    assert values == [9], values


ZIKA = topic_archive("zika", "2016-09-09", [
    Article(id="zika-sg", outlet="Suara.com", published="2016-09-09", title="Penderita Zika di Singapura Bertambah",
            body="Kamis (8/9/2016) kemarin pemerintah Singapura mencatat kenaikan jumlah penderita virus zika sampai "
                 "8 orang ."),
])


async def test_a_rise_is_no_total(empty_engine):
    """"berapa total penderita …": "mencatat kenaikan jumlah penderita virus zika sampai 8 orang" is
    the rise, not the total (periods.stretch_fits, _RISE_BEFORE_RE): with no total in the archive,
    nothing is listed as the answer."""
    values = await values_asked(empty_engine, ZIKA, "Berapa total penderita virus Zika di Singapura setelah tambahan "
                                                    "kasus pada 8 September 2016?")
    assert 8 not in values, values
