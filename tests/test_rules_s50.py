"""Session 50 rules (docs/frames.md "Session 50 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import answer_values, topic_archive, values_asked

DELON = topic_archive("delon", "2019-09-19", [
    Article(id="wowkeren-delon", outlet="wowkeren.com", published="2019-09-19",
            title="Delon Thamrin Umumkan Rencana Menikah di Hari Pahlawan",
            body="Penyanyi Delon Thamrin akan menikahi Aida Noplie Chandra pada 10 November 2019. "
                 "Pria berusia 41 tahun ini mengumumkan rencana menikah itu kepada wartawan. "
                 "Pesta itu akan dihadiri 300 tamu undangan."),
    Article(id="okezone-artis", outlet="Okezone", published="2019-09-19", title="Artis Muda Rilis Album",
            body="Penyanyi muda Rara merilis album pertamanya. Gadis berusia 19 tahun itu menulis sendiri lagunya."),
])


async def test_an_age_pointed_back_to_is_of_the_singer_the_question_names_after_his_role(empty_engine):
    """"berapa usia penyanyi Delon Thamrin": the name comes after the role "penyanyi"; "Pria
    berusia 41 tahun ini" points back to the man the title names (frame._name_after_age). The
    lead's wedding day (10 November) does not date his age (frame.lead_dates): an age is his when
    the report is written. Another singer's age, under a title not naming him, is not his."""
    values = await values_asked(empty_engine, DELON, "Berapa usia penyanyi Delon Thamrin saat mengumumkan rencana "
                                                     "menikah pada September 2019?")
    assert values == [41], values


SAFAA = topic_archive("safaa", "2019-09-19", [
    Article(id="wowkeren-safaa", outlet="wowkeren.com", published="2019-09-19",
            title="Adik Zayn Malik Menikah, Sang Kakak Pilih Tak Hadir",
            body="Gadis cantik berusia 17 tahun tersebut baru saja melangsungkan pernikahan dengan Martin Tiser. "
                 "Sang kakak, yang berusia 26 tahun, tidak hadir."),
])


async def test_an_age_asked_at_the_end_is_of_the_subject_named_before_the_deed(empty_engine):
    """"Adik Zayn Malik, Safaa, menikah … pada usia berapa?": the name asked stands before "usia"
    (frame._name_after_age); "Gadis cantik berusia 17 tahun tersebut" points back to her."""
    values = await values_asked(empty_engine, SAFAA, "Adik Zayn Malik, Safaa, menikah dengan Martin Tiser pada "
                                                     "usia berapa?")
    assert values == [17], values


PENGANTIN = topic_archive("pengantin", "2019-09-16", [
    Article(id="tempo-pengantin", outlet="Tempo.co", published="2019-09-16",
            title="Geger Video Pernikahan Anak di Iran",
            body="Dalam rekaman itu terlihat mempelai perempuannya adalah seorang anak usia 10 tahun dan calon "
                 "suaminya, yang merupakan sepupunya berusia 22 tahun. Ayah mempelai berusia 45 tahun."),
])


async def test_the_role_a_question_sets_beside_the_name_asked_finds_the_age(empty_engine):
    """"usia Milad Jashani, sepupu yang menikahi …": the story never names him, but the question
    says he is the cousin (frame._role_apposed), and "sepupunya berusia 22 tahun" is the cousin's
    age; the bride's and the father's ages are others'."""
    values = await values_asked(empty_engine, PENGANTIN, "Berapa usia Milad Jashani, sepupu yang menikahi bocah "
                                                         "perempuan 10 tahun di Iran?")
    assert values == [22], values


DEPOK = topic_archive("depok", "2019-09-17", [
    Article(id="kompas-depok", outlet="Kompas.com", published="2019-09-17",
            title="KPU Pastikan PKS Bisa Calonkan Wali Kota Depok Tanpa Koalisi",
            body="Partai politik bisa mencalonkan wali kota Depok apabila memiliki 10 kursi DPRD Kota Depok. "
                 "Pasalnya, PKS telah memiliki 12 kursi DPRD Kota Depok. "
                 "Pasangan calon wali kota Depok harus mendapatkan 10 kursi DPRD dari partai pengusung."),
])


async def test_a_condition_or_a_threshold_is_no_count_of_what_a_party_holds(empty_engine):
    """"berapa kursi yang dimiliki PKS": "apabila memiliki 10 kursi" is a condition and "harus
    mendapatkan 10 kursi" what is needed (frame.required_fits), not PKS's seats."""
    values = await values_asked(empty_engine, DEPOK, "Berapa kursi yang dimiliki PKS di DPRD Kota Depok sehingga "
                                                     "bisa mencalonkan wali kota tanpa koalisi?")
    assert values == [12], values


PANDEGLANG = topic_archive("pandeglang", "2019-09-17", [
    Article(id="okezone-ktp", outlet="Okezone", published="2019-09-17",
            title="Vokalis Jamrud Maju Pilkada Pandeglang via Jalur Perseorangan",
            body="Pasangan calon bupati Pandeglang jalur perseorangan Krisyanto dan Hendra sudah berhasil "
                 "mengumpulkan 40 ribu fotokopi KTP. Relawan membantu agar calon bupati jalur perseorangan "
                 "dapat mengumpulkan sebanyak 69.807 fotokopi KTP sebagai minimal syarat pencalonan pada Pilkada 2020."),
])


async def test_a_requirement_asked_takes_no_count_already_gathered(empty_engine):
    """"berapa minimal fotokopi KTP yang disyaratkan": what one team "sudah berhasil mengumpulkan"
    is theirs so far (frame.required_fits), not the rule's minimum; "agar dapat mengumpulkan
    sebanyak 69.807 … sebagai minimal syarat" is an aim, and a requirement asked is one
    (grades.aim_fits)."""
    values = await values_asked(empty_engine, PANDEGLANG, "Berapa minimal fotokopi KTP yang disyaratkan untuk calon "
                                                          "bupati Pandeglang jalur perseorangan di Pilkada 2020?")
    assert values == [69807], values


KAYU = topic_archive("kayu", "2019-09-17", [
    Article(id="kompas-kayu", outlet="Kompas.com", published="2019-09-17",
            title="Pengusaha Mebel Keluhkan PPN Kayu Log kepada Presiden",
            body="Pengusaha mebel mengeluh karena pengolah kayu harus membayar PPN kayu log 10 persen. "
                 "Untuk pembangunan pabrik pengolahan kayu log diperlukan waktu 7 minggu. "
                 "Untuk pembangunan pabrik pengolahan kayu log itu diperlukan dana Rp 5 miliar."),
])


async def test_a_duty_and_the_time_a_task_needs_are_the_facts_themselves(empty_engine):
    """"harus membayar PPN 10 persen" is the tax paid ("harus" before a verb of getting only is a
    threshold), "diperlukan waktu 7 minggu" how long it takes and "diperlukan dana Rp 5 miliar" what
    it costs (frame.required_fits)."""
    assert await values_asked(empty_engine, KAYU, "Berapa persen PPN kayu log yang dikeluhkan pengusaha mebel?") == [10]
    assert await values_asked(empty_engine, KAYU, "Berapa minggu waktu pembangunan pabrik pengolahan kayu log?") == [7]
    assert await values_asked(empty_engine, KAYU, "Berapa dana pembangunan pabrik pengolahan kayu log?") == [5e9]


RESEPSI = topic_archive("resepsi", "2019-08-03", [
    Article(id="kapanlagi-resepsi", outlet="kapanlagi.com", published="2019-08-03",
            title="Resepsi Tania Nadira di Kempinski Didominasi Royal Blue",
            body="Untuk acara resepsi, Tania Nadira dan Abdulla Alwi menyebar sebanyak 2000 undangan. "
                 "Namun total tamu yang hadir diperkirakan mencapai 3000 sampai 4000 orang."),
])


async def test_a_number_that_reads_as_a_year_after_a_counts_link_is_a_count(empty_engine):
    """"menyebar sebanyak 2000 undangan": "sebanyak" says a count follows, so 2000 is no year
    (claims._COUNT_LINK_BEFORE_RE, at ingest); the guests who came are not the invitations sent."""
    values = await values_asked(empty_engine, RESEPSI, "Berapa undangan yang disebar Tania Nadira dan Abdulla Alwi "
                                                       "untuk resepsi pernikahan mereka di Kempinski?")
    assert values == [2000], values


def test_a_year_after_since_stays_a_year():
    from retrieval.claims import find_quantities

    assert [q.value for q in find_quantities("Tania menyebar sebanyak 2000 undangan.")] == [2000]
    assert find_quantities("Tradisi itu digelar sejak 2000 di Jakarta.") == []


PACARAN = topic_archive("pacaran", "2019-09-09", [
    Article(id="okezone-hito", outlet="Okezone", published="2019-09-09",
            title="Setelah 6,5 Tahun Pacaran, Caesar Hito Mantap Menikahi Felicya Angelista",
            body="Caesar Hito dan Felicya Angelista sudah pacaran selama 6,5 tahun. "
                 "Caesar Hito pacaran dengan Felicya, dan menjaga komitmen itu yang paling penting, kata aktor 26 "
                 "tahun itu."),
])


async def test_a_persons_age_pointed_back_to_is_no_span_of_time(empty_engine):
    """"berapa tahun Caesar Hito pacaran": "kata aktor 26 tahun itu" is the actor's age
    (frame._age_pointed_back), not how long they dated."""
    values = await values_asked(empty_engine, PACARAN, "berapa tahun Caesar Hito pacaran dengan Felicya Angelista "
                                                       "sebelum mantap menikahinya?")
    assert values == [6.5], values


BEGAL = topic_archive("begal", "2019-09-19", [
    Article(id="kompas-begal", outlet="Kompas.com", published="2019-09-19",
            title="Fakta Percobaan Perampokan Taksi Online di Bintaro",
            body="Polsek Pondok Aren menangkap MS (33) pelaku percobaan perampokan terhadap Fatur Rahman (27) sopir "
                 "taksi online di Bintaro, Tangerang Selatan."),
])


async def test_a_role_asked_takes_the_age_after_whom_the_role_names_not_the_victims(empty_engine):
    """"berapa usia pelaku yang membegal sopir taksi online Fatur Rahman": the role "pelaku" follows
    MS's bracketed age, and Fatur Rahman, named by the question as the one robbed, is not the one
    asked (frame._role_asked_unnamed, the words after the bracket, none past "terhadap")."""
    values = await values_asked(empty_engine, BEGAL, "Berapa usia pelaku yang membegal sopir taksi online Fatur "
                                                     "Rahman di Bintaro, Tangerang Selatan?")
    assert values == [33], values


MARATON = topic_archive("maraton", "2019-09-17", [
    Article(id="sindonews-maraton", outlet="SINDOnews", published="2019-09-17",
            title="BOPI Minta PASI Proaktif Bina Penyelenggara Lomba Lari",
            body="Pada Maybank Marathon Bali 2019 pelari asal Jepang, Atsushi Ono (58 tahun) meninggal dunia di "
                 "kawasan Gianyar, setelah berlari 10 kilometer."),
])


async def test_an_age_in_brackets_with_its_unit_is_the_named_ones(empty_engine):
    """"Atsushi Ono (58 tahun)": a bracketed age written with "tahun" is his as "(58)" would be
    (frame._BRACKETED_AGE_NAME_RE)."""
    values = await values_asked(empty_engine, MARATON, "Berapa usia pelari Jepang Atsushi Ono yang meninggal di "
                                                       "Maybank Marathon Bali 2019?")
    assert values == [58], values


ZOHRI = topic_archive("zohri", "2019-09-16", [
    Article(id="tempo-zohri", outlet="Tempo.co", published="2019-09-16",
            title="Zohri Siap Tampil di Kejuaraan Dunia Atletik 2019",
            body="Zohri lolos ke Kejuaraan Dunia Atletik 2019 lewat Seiko GP Osaka, Jepang. Saat itu, sprinter asal "
                 "Lombok, Nusa Tenggara Barat ini mencatatkan waktu 10,03 detik pada nomor 100 meter di Osaka."),
])


async def test_where_a_person_comes_from_is_not_where_the_figure_holds(empty_engine):
    """"sprinter asal Lombok, Nusa Tenggara Barat": a person's origin (frame.PERSON_ORIGIN_REACH
    after "asal" following a person word), not a place that conflicts with the asked Osaka."""
    from retrieval.frame import located_places

    assert located_places("Saat itu, sprinter asal Lombok, Nusa Tenggara Barat ini mencatatkan waktu 10,03 detik.") == []
    await empty_engine.ingest_articles(ZOHRI)
    values = answer_values(await empty_engine.ask("Berapa catatan waktu Lalu Muhammad Zohri di nomor 100 meter "
                                                  "Seiko GP Osaka?"))
    assert 10.03 in values, values


LOMBA = topic_archive("lomba", "2019-09-17", [
    Article(id="sindonews-lomba", outlet="SINDOnews", published="2019-09-17",
            title="BOPI Minta PASI Proaktif Bina Penyelenggara Lomba Lari",
            body="Menurut BOPI, ada enam orang kehilangan nyawa dalam lomba lari di Indonesia selama 12 bulan "
                 "terakhir. Sebanyak 40 orang dirawat karena kelelahan dalam lomba lari itu."),
])


async def test_people_who_lost_their_lives_are_the_dead(empty_engine):
    """"enam orang kehilangan nyawa": "kehilangan" says what befell the six, not what they are (a
    non-unit, at ingest), and "kehilangan nyawa" is dying (data/predicates.txt); the treated are not."""
    values = await values_asked(empty_engine, LOMBA, "Menurut BOPI, berapa orang meninggal saat ikut lomba lari di "
                                                     "Indonesia dalam 12 bulan terakhir?")
    assert values == [6], values
