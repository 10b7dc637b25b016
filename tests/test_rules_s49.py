"""Session 49 rules (docs/frames.md "Session 49 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import topic_archive, values_asked

PUPUK = topic_archive("pupuk", "2019-09-17", [
    Article(id="kementan", outlet="Okezone", published="2019-09-17",
            title="Kementan Siapkan Rencana Strategi Pupuk Bersubsidi di 2020",
            body="Kementerian Pertanian menyiapkan strategi terkait pupuk bersubsidi tahun 2020. "
                 "Dirjen PSP Sarwo Edhy menjelaskan, tahun 2020 mendatang alokasi pupuk subsidi turun menjadi "
                 "7,9 juta ton dibandingkan tahun 2019 mencapai 8,6 juta ton. "
                 "Tahun ini, dari alokasi pupuk subsidi 8,8 juta ton, urea mencapai 3,825 juta ton."),
    Article(id="asosiasi", outlet="SINDOnews", published="2019-09-18",
            title="Kementan Diminta Tambah Pupuk Bersubsidi",
            body="Sekretaris Umum APPI Budi Santoso mengatakan, alokasi pupuk subsidi tahun 2019 "
                 "mencapai 9,5 juta ton."),
])


async def test_an_official_named_by_post_speaks_for_the_ministry_the_headline_names(empty_engine):
    """"menurut Kementerian Pertanian": "Dirjen PSP Sarwo Edhy" names a post in a ministry but not
    which; under a headline naming Kementan the figure is the ministry's (relevance.
    _official_under_headline). An association's secretary under such a headline is not."""
    values = await values_asked(empty_engine, PUPUK, "Berapa juta ton alokasi pupuk subsidi tahun 2019 menurut "
                                                     "Kementerian Pertanian?")
    assert 8_600_000 in values and 9_500_000 not in values, values


KAPAL_INDUK = topic_archive("kapal-induk", "2019-09-20", [
    Article(id="hms", outlet="SINDOnews", published="2019-09-20",
            title="Kapal Induk Baru Inggris HMS Prince of Wales Berlayar Perdana",
            body="HMS Prince of Wales dibangun dengan dana sekitar 3 miliar poundsterling. Awak kapal induk itu "
                 "dibekali dengan dana operasional 40 juta poundsterling per tahun."),
])


async def test_the_asked_deeds_passive_verb_with_money_names_the_cost(empty_engine):
    """"biaya pembangunan": "dibangun dengan dana sekitar 3 miliar poundsterling" is what building it
    cost (frame._spent_as_cost: the passive verb's stem is the question's "pembangunan"); money
    another verb took ("dibekali dengan dana operasional") is not."""
    values = await values_asked(empty_engine, KAPAL_INDUK, "Berapa biaya pembangunan kapal induk HMS Prince of Wales?")
    assert 3_000_000_000 in values and 40_000_000 not in values, values


PASPOR = topic_archive("paspor", "2019-09-12", [
    Article(id="kakek", outlet="Tempo.co", published="2019-09-12",
            title="Pria India Jadi Tua demi Bisa Masuk ke Amerika Serikat",
            body="Pria itu, Jayesh Patel yang berusia 32 tahun, menyamar menjadi kakek dengan paspor palsu. "
                 "Petugas keamanan, Ramesh Kumar yang berusia 45 tahun, memeriksa paspor palsu pria India itu."),
])


async def test_an_age_of_the_role_pointed_back_to_is_the_asked_ones(empty_engine):
    """"berapa usia sebenarnya pria India …": "sebenarnya" says which age, not whose, and "Pria itu,
    Jayesh Patel yang berusia 32 tahun" points back to the man the title names (frame.age_fits);
    the guard's age, said with no "pria itu", stays another's."""
    values = await values_asked(empty_engine, PASPOR, "Berapa usia sebenarnya pria India yang menyamar menjadi kakek "
                                                      "dengan paspor palsu?")
    assert values == [32], values


DEPORTASI = topic_archive("deportasi", "2019-09-11", [
    Article(id="jeddah", outlet="Okezone", published="2019-09-11",
            title="Banyak WNI Dideportasi di Musim Haji 2019",
            body="Pada bulan musim haji 2019, sudah lebih dari 1.200 WNI yang dideportasi Arab Saudi. "
                 "Padahal, pada bulan-bulan biasa, WNI yang dideportasi hanya 600 orang."),
])


async def test_a_usual_level_set_against_the_asked_time_is_not_its_figure(empty_engine):
    """"pada bulan musim haji 2019": "Padahal, pada bulan-bulan biasa, … hanya 600 orang" is the
    usual month's count set against it (frame.baseline_fits), not the asked time's."""
    values = await values_asked(empty_engine, DEPORTASI, "Berapa WNI yang sudah dideportasi Arab Saudi pada bulan "
                                                         "musim haji 2019?")
    assert 1200 in values and 600 not in values, values


TAMAN = topic_archive("taman", "2019-09-14", [
    Article(id="taman", outlet="Kompas.com", published="2019-09-14", title="Tiket Masuk Taman Safari Bogor 2019",
            body="Harga tiket masuk Taman Safari Bogor pada hari biasa Rp 180.000 per orang."),
])


async def test_a_usual_level_set_against_nothing_still_answers(empty_engine):
    """"pada hari biasa Rp 180.000" with no "padahal" before it is no usual level set against the
    asked time: the weekday price answers "berapa harga tiket … 2019"."""
    values = await values_asked(empty_engine, TAMAN, "Berapa harga tiket masuk Taman Safari Bogor tahun 2019?")
    assert 180_000 in values, values


PANGANDARAN = topic_archive("wna", "2019-09-12", [
    Article(id="jemput", outlet="SINDOnews", published="2019-09-12",
            title="8 WNA di Pangandaran Dijemput Petugas Kantor Imigrasi Tasikmalaya",
            body="Petugas Kantor Imigrasi Tasikmalaya menjemput 8 WNA di Pangandaran pada Rabu. "
                 "Dari 8 WNA hanya 1 orang yang memegang paspor, akan tetapi paspor tersebut sudah kedaluwarsa."),
])


async def test_a_count_picked_out_of_a_whole_in_one_clause_is_a_part(empty_engine):
    """"Dari 8 WNA hanya 1 orang yang memegang paspor": the one is picked out of the eight by its
    "yang" clause (frame._drawn_from_whole), so it answers only a question asking that clause."""
    values = await values_asked(empty_engine, PANGANDARAN, "Berapa WNA di Pangandaran yang dijemput petugas Kantor "
                                                           "Imigrasi Tasikmalaya?")
    assert 8 in values and 1 not in values, values
    holders = await values_asked(empty_engine, [], "Berapa WNA yang dijemput di Pangandaran yang memegang paspor?")
    assert 1 in holders, holders


AUDISI = topic_archive("audisi", "2019-09-09", [
    Article(id="screening", outlet="Kompas.com", published="2019-09-08", title="Audisi PB Djarum 2019 di Purwokerto",
            body="Sebanyak 206 peserta audisi PB Djarum di Purwokerto lolos tahap screening pada hari pertama."),
    Article(id="turnamen", outlet="Kompas.com", published="2019-09-09", title="Audisi PB Djarum 2019 di Purwokerto",
            body="Sebanyak 48 peserta audisi PB Djarum di Purwokerto berhasil lolos dari tahap turnamen pada hari kedua."),
])


async def test_another_named_phase_is_not_the_asked_one(empty_engine):
    """"lolos tahap screening": "48 peserta berhasil lolos dari tahap turnamen" tells of another
    phase (frame.phase_fits); the screening's 206 answers."""
    values = await values_asked(empty_engine, AUDISI, "Berapa peserta audisi PB Djarum di Purwokerto yang lolos tahap "
                                                      "screening?")
    assert 206 in values and 48 not in values, values


def test_a_phase_ordinal_is_one_name_however_written():
    """"tahap kedua" is "tahap II" and "tahap ke-2" (frame._phases), not "tahap pertama"."""
    from retrieval.frame import _phases
    assert _phases("proyek tahap kedua") == _phases("proyek tahap II") == _phases("proyek tahap ke-2")
    assert _phases("proyek tahap pertama") != _phases("proyek tahap II")
    assert _phases("tahap ini") == frozenset()


TIKET = topic_archive("tiket", "2019-09-10", [
    Article(id="sepi", outlet="Tempo.co", published="2019-09-10", title="Laga Indonesia vs Thailand Sepi Penonton",
            body="Pada laga melawan Thailand ini, dari 60 ribu lebih tiket yang dilepas ke publik, hanya sekitar "
                 "12 ribu tiket yang terjual. PSSI mengalokasikan 3.000 tiket untuk suporter Thailand."),
])
WNI_SURIAH = topic_archive("wni-suriah", "2017-07-14", [
    Article(id="pulang", outlet="CNN Indonesia", published="2017-07-14", title="WNI Simpatisan ISIS Ingin Pulang",
            body="Belasan WNI bekas simpatisan ISIS di Suriah ingin pulang ke Indonesia. Difansa menyampaikan, "
                 "dari 17 WNI tersebut, 12 di antaranya berada di kamp Ain Issa, sementara lima lainnya di penjara."),
])


async def test_a_whole_its_own_clause_gives_another_deed_is_not_the_asked_group(empty_engine):
    """"tiket yang dialokasikan … untuk suporter Thailand": "dari 60 ribu lebih tiket yang dilepas ke
    publik, hanya … 12 ribu tiket yang terjual" - the whole is the tickets released, another deed
    (frame.subgroup_clause_fits). A whole named before ("dari 17 WNI tersebut, 12 di antaranya …")
    is still the asked group."""
    values = await values_asked(empty_engine, TIKET, "Berapa tiket yang dialokasikan PSSI untuk suporter Thailand di "
                                                     "laga Indonesia vs Thailand?")
    assert 3000 in values and 60_000 not in values, values
    wni = await values_asked(empty_engine, WNI_SURIAH, "Berapa WNI bekas simpatisan ISIS di Suriah yang ingin pulang ke "
                                                       "Indonesia?")
    assert 17 in wni, wni


JET = topic_archive("jet", "2019-09-13", [
    Article(id="qanus", outlet="SINDOnews", published="2019-09-11", title="Jet Tempur AS Bom Sarang ISIS di Pulau Qanus",
            body="Sarang ISIS di Pulau Qanus itu dijatuhi bom seberat 80.000 pound oleh jet tempur F-15 Amerika."),
    Article(id="chatteris", outlet="SINDOnews", published="2019-09-13", title="Dua Skydiver Nyaris Ditabrak Jet Tempur AS",
            body="Dua penerjun parasut hampir ditabrak dua jet tempur F-15 Amerika yang melesat dengan kecepatan hampir "
                 "350 mph di atas Chatteris."),
])


async def test_a_weight_or_speed_in_imperial_units_answers_its_dimension(empty_engine):
    """"berapa berat bom": "seberat 80.000 pound" weighs it; "berapa kecepatan": "hampir 350 mph"
    is a speed (frame_words unit_dimensions: pound with the weights, mph and knot with km)."""
    weight = await values_asked(empty_engine, JET, "Berapa berat bom yang dijatuhkan jet tempur F-15 ke sarang ISIS di "
                                                   "Pulau Qanus?")
    assert 80_000 in weight, weight
    speed = await values_asked(empty_engine, [], "Berapa kecepatan dua jet tempur F-15 Amerika yang nyaris menabrak "
                                                 "penerjun parasut di atas Chatteris?")
    assert 350 in speed, speed


IMIGRASI = topic_archive("imigrasi", "2019-09-18", [
    Article(id="ukk", outlet="Kompas.com", published="2019-09-18", title="Ditjen Imigrasi Dirikan Unit Kerja Kantor",
            body="Penambahan unit kerja ini akan meringankan beban Kantor Imigrasi yang saat ini berjumlah 125 kantor, "
                 "kata Dirjen Imigrasi Ronny F Sompie."),
])


async def test_what_is_now_said_after_a_plan_is_what_is_now(empty_engine):
    """"berapa … saat ini": "… akan meringankan beban Kantor Imigrasi yang saat ini berjumlah 125"
    tells the plan's effect, then what is now (grades.aim_fits reads "saat ini" after "akan")."""
    values = await values_asked(empty_engine, IMIGRASI, "Berapa jumlah Kantor Imigrasi di Indonesia saat ini menurut "
                                                        "Dirjen Imigrasi Ronny F Sompie?")
    assert 125 in values, values


PROYEKTIL = topic_archive("proyektil", "2019-09-10", [
    Article(id="kaechon", outlet="Liputan6.com", published="2019-09-10", title="Korea Utara Tembakkan Dua Proyektil",
            body="Mereka diluncurkan ke arah timur dari Kaechon di Provinsi Pyongan Selatan dan jangkauannya sekitar "
                 "330 km."),
])


async def test_a_figure_of_a_sentence_whose_subject_is_them_all_is_of_them_all(empty_engine):
    """"dua proyektil": "Mereka diluncurkan … jangkauannya sekitar 330 km" is said of both, though it
    names no "dua" (grades.whole_count_fits reads the opening pronoun)."""
    values = await values_asked(empty_engine, PROYEKTIL, "Sejauh berapa kilometer dua proyektil yang ditembakkan Korea "
                                                         "Utara dari Provinsi Pyongan Selatan terbang?")
    assert 330 in values, values


KCIC = topic_archive("kcic", "2019-09-11", [
    Article(id="kcic", outlet="Tempo.co", published="2019-09-11", title="Kereta Cepat Jakarta-Bandung Butuh Personel",
            body="PT KCIC menargetkan untuk melibatkan 1.700 personil saat kereta cepat tersebut beroperasi. "
                 "Progres konstruksi kereta cepat Jakarta-Bandung mencapai 32,8 persen."),
])


async def test_a_noun_spelled_another_way_counts_the_asked_one(empty_engine):
    """"berapa personel": "1.700 personil" counts them, spelled the other way (synonyms.txt), so the
    answer lists it instead of falling back to the closest sentences' figures (32,8 persen)."""
    values = await values_asked(empty_engine, KCIC, "Berapa personel yang ditargetkan PT KCIC dilibatkan saat kereta "
                                                    "cepat Jakarta-Bandung beroperasi?")
    assert values == [1700], values


def test_spelling_variants_are_one_word():
    """The news writes "propinsi", "ijin", "resiko", "obyek", "apotik" for the standard words."""
    from retrieval.text import TextPipeline
    pipeline = TextPipeline()
    for variant, standard in (("propinsi", "provinsi"), ("ijin", "izin"), ("resiko", "risiko"), ("obyek", "objek"),
                              ("apotik", "apotek"), ("personil", "personel")):
        assert pipeline.noun_key(variant) == pipeline.noun_key(standard), variant


PULAU_KECIL = topic_archive("pulau-kecil", "2025-10-20", [
    Article(id="iup", outlet="detikcom", published="2025-10-20", title="Tambang di Pulau Kecil Tak Setor Jaminan Reklamasi",
            body="\"43 pulau ada IUP tapi di pulau di bawah 10 hektare,\" kata Dian. Dian juga memaparkan 154 pertambangan "
                 "yang telah mendapatkan IUP tidak setor jaminan reklamasi."),
])


async def test_a_count_of_what_the_question_names_as_where_is_no_answer(empty_engine):
    """"berapa perusahaan tambang … di pulau kecil": "43 pulau" counts the islands the question
    names only as where (answer._counts_a_place_asked), not the companies."""
    values = await values_asked(empty_engine, PULAU_KECIL, "Berapa perusahaan tambang pemegang IUP di pulau kecil yang "
                                                           "tidak setor jaminan reklamasi?")
    assert 43 not in values, values


def test_a_title_dating_a_rule_months_ahead_names_the_asked_day():
    """"… larangan ekspor nikel mulai 1 Januari 2020" asked: a September report whose title says
    "Per 1 Januari 2020" tells of that day to come, four months ahead (frame._coming_day reads a
    date written with its year up to a year ahead); a title naming another day does not."""
    from retrieval.frame import question_frame, time_fits
    from retrieval.text import TextPipeline
    frame = question_frame("Berapa cadangan nikel Indonesia yang dapat ditambang, yang jadi alasan larangan ekspor "
                           "nikel mulai 1 Januari 2020?", TextPipeline())
    sentence = "\"Itu yang jadi pertimbangan, cadangan kita ini kan yang dapat ditambang hampir 700 juta ton."
    assert time_fits(frame, sentence, "Pemerintah Resmi Larang Ekspor Nikel Per 1 Januari 2020", "2019-09-02",
                     ["hari ini"], "hampir 700 juta ton")
    assert not time_fits(frame, sentence, "Pemerintah Resmi Larang Ekspor Nikel Per 1 Juli 2020", "2019-09-02",
                         ["hari ini"], "hampir 700 juta ton")


def test_a_count_a_yang_clause_follows_takes_no_later_figures_unit():
    """"Kantor Imigrasi yang saat ini berjumlah 125 yang tersebar di 34 provinsi": 125 counts the
    offices named before "berjumlah", not provinces (claims._COUNT_VERB_BEFORE_RE); "ada empat yang
    dirujuk" still counts the group's people."""
    from retrieval.claims import find_quantities
    offices = find_quantities("Kantor Imigrasi yang saat ini berjumlah 125 yang tersebar di 34 provinsi.")
    assert [(q.value, q.unit) for q in offices] == [(125, None), (34, "provinsi")]
    referred = find_quantities("Dari 66 orang ini, ada empat yang dirujuk ke RSUD Palabuhanratu.")
    assert [(q.value, q.unit) for q in referred] == [(66, "orang"), (4, "orang")]


DRONE = topic_archive("drone", "2019-09-17", [
    Article(id="block-i", outlet="Kompas.com", published="2019-09-17",
            title="Kembangkan Sistem Anti-Drone, Korsel Investasikan Dana Rp 1 Triliun",
            body="Korea Selatan menyiapkan sistem anti-drone menyusul penyusupan drone mata-mata Korea Utara. "
                 "Pada 2017, sebuah drone mata-mata Korea Utara dilaporkan jatuh di Zona Demiliterisasi yang memisahkan "
                 "dua Korea. "
                 "\"Sekitar 550 foto dari lokasi sistem pertahanan anti-rudal AS, yang diambil menggunakan kamera "
                 "bawaan, ditemukan dari dalam drone tersebut,\" kata seorang pejabat Korea Selatan."),
])


async def test_a_year_lead_dates_the_story_told_after_it(empty_engine):
    """"… drone … yang jatuh di Zona Demiliterisasi pada 2017" asked of a 2019 report: "Pada 2017,
    sebuah drone … jatuh di Zona Demiliterisasi yang memisahkan dua Korea" dates the next sentence's
    550 photos (claims: a year lead with no figure in digits of its own is the story's time, `when`)."""
    values = await values_asked(empty_engine, DRONE, "Berapa foto lokasi sistem pertahanan anti-rudal AS yang "
                                                     "ditemukan di dalam drone mata-mata Korea Utara yang jatuh di Zona "
                                                     "Demiliterisasi pada 2017?")
    assert 550 in values, values


def test_a_year_lead_with_its_own_figure_dates_only_itself():
    """"Pada 2014, blok konservatif … 41,5 persen suara." then "Sementara itu, SDP … 20,8 persen
    suara": the lead's year is its own figure's, not the next sentence's."""
    from retrieval.claims import extract_claims
    claims = extract_claims(["Pada 2014, blok konservatif Merkel berhasil memenangkan 41,5 persen suara.",
                             "Sementara itu, SDP hanya meraih 20,8 persen suara."], title="Merkel Menang Lagi")
    spd = next(q for c in claims for q in c.quantities if q.value == 20.8)
    assert spd.when is None, spd.when


def test_a_body_figures_year_from_its_lead_is_its_year():
    """time_fits reads a body figure's `when` when it holds only years (a year lead's): 2017's
    story in a 2019 report fits "… pada 2017", and no longer a question of 2019."""
    from retrieval.frame import question_frame, time_fits
    from retrieval.text import TextPipeline
    pipeline = TextPipeline()
    sentence = "Peneliti menemukan ada 550 foto lokasi rudal dari drone itu, yang dipasangi kamera."
    asked_2017 = question_frame("Berapa foto yang ditemukan di dalam drone Korea Utara yang jatuh pada 2017?", pipeline)
    asked_2019 = question_frame("Berapa foto yang ditemukan di dalam drone Korea Utara pada 2019?", pipeline)
    assert time_fits(asked_2017, sentence, "Korsel Siapkan Sistem Anti Drone", "2019-09-17", ["2017"], "550 foto")
    assert not time_fits(asked_2017, sentence, "Korsel Siapkan Sistem Anti Drone", "2019-09-17", None, "550 foto")
    assert not time_fits(asked_2019, sentence, "Korsel Siapkan Sistem Anti Drone", "2019-09-17", ["2017"], "550 foto")


LAGA_U16 = topic_archive("u16", "2019-09-18", [
    Article(id="gol", outlet="Okezone", published="2019-09-18", title="Timnas U-16 Indonesia Hajar Filipina di Stadion Madya",
            body="Dalam laga Timnas U-16 Indonesia vs Filipina di Stadion Madya, Indonesia mencetak empat gol."),
    Article(id="relawan", outlet="Tempo.co", published="2019-09-18", title="Relawan Bantu Laga Timnas U-16 di Stadion Madya",
            body="Sebanyak 40 relawan membantu pengamanan laga Timnas U-16 Indonesia vs Filipina di Stadion Madya."),
])


async def test_the_closest_figures_for_people_asked_count_people(empty_engine):
    """"berapa personel polisi …" with no figure of them: the closest sentences' figures shown are
    not counts of other things ("empat gol"); people counted otherwise ("40 relawan") still are
    (answer._of_another_kind)."""
    await empty_engine.ingest_articles(LAGA_U16)
    answer = await empty_engine.ask("Berapa personel polisi yang dikerahkan untuk pengamanan laga Timnas U-16 "
                                    "Indonesia vs Filipina di Stadion Madya?")
    shown = [c.figure.get("text") for c in answer.claims if c.figure]
    assert "empat gol" not in shown and "40 relawan" in shown, shown


PEJAGAN = topic_archive("pejagan", "2019-09-20", [
    Article(id="fakta", outlet="Okezone", published="2019-09-20",
            title="Fakta-Fakta di Balik Tabrakan Ambulans vs Truk di Tol Pejagan yang Tewaskan 5 Orang",
            body="Ambulans jenazah menabrak truk di Tol Pejagan. Saksi mata menyebut ambulans jenazah melaju kencang "
                 "sebelum menabrak truk dan membawa 7 penumpang."),
])


async def test_a_speed_asked_takes_no_count_of_the_things_named(empty_engine):
    """"berapa kecepatan ambulans jenazah …" where no sentence gives a speed: a count of the people
    in the story ("5 Orang", "7 penumpang") answers nothing, nor stands among the closest figures
    (answer: a dimension noun's targets are its units; _of_another_kind)."""
    from .answered import answer_values
    await empty_engine.ingest_articles(PEJAGAN)
    answer = await empty_engine.ask("Berapa kecepatan ambulans jenazah sebelum menabrak truk di Tol Pejagan menurut "
                                    "saksi mata?")
    assert 5 not in answer_values(answer) and 7 not in answer_values(answer), answer_values(answer)


SOLAR = topic_archive("solar", "2019-09-12", [
    Article(id="timika", outlet="Tempo.co", published="2019-09-12", title="Pembatasan Solar Subsidi di Timika",
            body="Selain itu, juga dilakukan pembatasan pengisian solar subsidi di Timika ke semua mobil yaitu maksimal "
                 "50 liter per hari, sementara untuk jenis truk maksimal 70 liter per hari."),
])


async def test_a_clause_set_beside_the_one_before_measures_the_same(empty_engine):
    """"…, sementara untuk jenis truk maksimal 70 liter per hari": the clause sets trucks beside all
    cars and measures what the clause before measures (frame._contrasted_for_earlier), the
    "pengisian solar subsidi" asked."""
    values = await values_asked(empty_engine, SOLAR, "Berapa liter batas maksimal pengisian solar subsidi untuk truk "
                                                     "per hari di Timika?")
    assert 70 in values, values


ANGKATAN_KERJA = topic_archive("angkatan-kerja", "2025-05-05", [
    Article(id="bps", outlet="detikcom", published="2025-05-05", title="Angkatan Kerja Indonesia Februari 2025",
            body="Per Februari 2025, angkatan kerja Indonesia tembus 153,05 juta orang, tapi yang aktif bekerja "
                 "mencapai 145,77 juta orang."),
])


async def test_a_group_a_headless_yang_clause_sets_apart_is_a_part(empty_engine):
    """"angkatan kerja … tembus 153,05 juta orang, tapi yang aktif bekerja mencapai 145,77 juta
    orang": the second counts those the clause sets apart (frame.subgroup_clause_fits), not the
    labour force asked; a question asking them takes it."""
    values = await values_asked(empty_engine, ANGKATAN_KERJA, "Berapa orang angkatan kerja Indonesia per Februari 2025?")
    assert 153_050_000 in values and 145_770_000 not in values, values
    working = await values_asked(empty_engine, [], "Berapa orang yang aktif bekerja di Indonesia per Februari 2025?")
    assert 145_770_000 in working, working


MANDIRI = topic_archive("mandiri", "2025-06-30", [
    Article(id="laba", outlet="detikcom", published="2025-06-30", title="Laba Bank Mandiri hingga Mei 2025",
            body="Bank Mandiri membukukan laba bersih Rp 18,7 triliun sepanjang Januari hingga Mei 2025. Sementara di "
                 "bulan Mei 2025, Bank Mandiri membukukan laba bersih sebesar Rp 4,46 triliun."),
])


async def test_one_month_said_is_not_the_stretch_asked(empty_engine):
    """"sepanjang Januari hingga Mei 2025": "di bulan Mei 2025 … Rp 4,46 triliun" is May's alone
    (frame.time_fits, _ONE_MONTH_RE), not the five months'."""
    values = await values_asked(empty_engine, MANDIRI, "Berapa laba bersih Bank Mandiri sepanjang Januari hingga Mei "
                                                       "2025?")
    assert 18_700_000_000_000 in values and 4_460_000_000_000 not in values, values


MD3 = topic_archive("md3", "2019-09-16", [
    Article(id="md3", outlet="Kompas.com", published="2019-09-16", title="DPR Revisi UU MD3, Pimpinan MPR Bertambah",
            body="UU MD3 mengatur pimpinan MPR periode 2019-2024 berjumlah 5 orang. Sedangkan terkait revisi UU MD3, "
                 "sebagian besar fraksi menginginkan penambahan jumlah pimpinan MPR periode 2019-2024 menjadi 10 orang."),
])


async def test_a_state_before_a_change_asked_takes_not_the_number_it_became(empty_engine):
    """"Sebelum revisi UU MD3 …, berapa orang pimpinan MPR": "… menjadi 10 orang" is the number the
    change makes (frame.baseline_fits, _STATE_BEFORE_ASKED_RE), not the one before it."""
    values = await values_asked(empty_engine, MD3, "Sebelum revisi UU MD3 September 2019, berapa orang pimpinan MPR "
                                                   "periode 2019-2024 yang diatur UU MD3?")
    assert 5 in values and 10 not in values, values


NOTE10 = topic_archive("note10", "2019-09-12", [
    Article(id="rekor", outlet="SINDOnews", published="2019-09-12", title="Galaxy Note 10 Cetak Rekor di Korea Selatan",
            body="Samsung berhasil mengapalkan 1 juta unit Galaxy Note 10 di Korea Selatan dalam 25 hari. Samsung "
                 "Galaxy S8 sebelumnya mencetak rekor dan menjual lebih dari 1 juta unit dalam waktu 37 hari setelah "
                 "dirilis."),
])


async def test_a_sentence_whose_subject_is_another_model_is_that_models(empty_engine):
    """"Galaxy Note 10": "Samsung Galaxy S8 sebelumnya mencetak rekor … dalam waktu 37 hari" is the
    S8's record, though its name stands far before the figure (frame.model_fits reads the subject)."""
    values = await values_asked(empty_engine, NOTE10, "Dalam berapa hari Samsung berhasil mengapalkan 1 juta unit "
                                                      "Galaxy Note 10 di Korea Selatan?")
    assert 25 in values and 37 not in values, values


IDBYTE = topic_archive("idbyte", "2019-09-10", [
    Article(id="hadiah", outlet="Tempo.co", published="2019-09-10", title="Turnamen eSports IDBYTE 2019",
            body="Shinta mengatakan turnamen ini menyediakan total hadiah Rp 750 juta, di mana Rp 290 juta "
                 "disiapkan untuk pemenang kategori pro player wanita."),
])


async def test_where_a_group_is_sets_it_apart_from_nothing(empty_engine):
    """"hadiah yang disiapkan untuk pemenang kategori pro player wanita di turnamen …": "di turnamen"
    says where, so "turnamen ini menyediakan total hadiah Rp 750 juta" says nothing of the group asked,
    and the whole gives way to the part (frame._restricting_stems stops at "di")."""
    values = await values_asked(empty_engine, IDBYTE, "Berapa hadiah yang disiapkan untuk pemenang kategori pro player "
                                                      "wanita di turnamen eSports IDBYTE 2019?")
    assert 290_000_000 in values and 750_000_000 not in values, values


KIVLAN = topic_archive("kivlan", "2019-09-25", [
    Article(id="dakwaan", outlet="Kompas.com", published="2019-09-10", title="Kivlan Zen Didakwa Kuasai Senjata Api",
            body="Dalam sidang dakwaan di PN Jakarta Pusat, jaksa menyebut Kivlan Zen menguasai empat pucuk senjata api "
                 "ilegal."),
    Article(id="habil", outlet="Okezone", published="2019-09-25", title="Sidang Habil Marati Digelar",
            body="Sekadar diketahui, Kivlan Zen didakwa menguasai empat pucuk senjata api ilegal dan 117 peluru."),
])


async def test_a_charge_retold_in_a_later_report_is_the_charge(empty_engine):
    """"… yang didakwakan jaksa … dalam sidang dakwaan …, 10 September 2019": a report two weeks
    later retelling "Kivlan Zen didakwa menguasai empat pucuk senjata api" states the charge as it
    was (frame._stage_retold, charge_words), so the entry lists both outlets."""
    await empty_engine.ingest_articles(KIVLAN)
    answer = await empty_engine.ask("Berapa pucuk senjata api ilegal yang didakwakan jaksa dikuasai Kivlan Zen dalam "
                                    "sidang dakwaan di PN Jakarta Pusat, 10 September 2019?")
    outlets = {s.outlet for c in answer.claims if c.figure and c.figure.get("value") == 4 for s in c.sources}
    assert outlets == {"Kompas.com", "Okezone"}, [(c.figure, [s.outlet for s in c.sources]) for c in answer.claims]


def test_a_lead_dating_the_asked_day_outweighs_the_headlines_other_year():
    """"… pada Selasa 10 September 2019": a figure whose lead dates it "(10/9/2019)" holds then, though
    its headline speaks of next year ("Istana Presiden Dibangun di Papua Mulai Tahun Depan"): the
    headline's year is another story's (frame._lead_dates_asked_day). With no such lead it decides."""
    from retrieval.frame import question_frame, time_fits
    from retrieval.text import TextPipeline
    frame = question_frame("Berapa tokoh Papua dan Papua Barat yang hadir bertemu Presiden Jokowi di Istana Negara, "
                           "Jakarta, pada Selasa 10 September 2019?", TextPipeline())
    sentence = "Dalam pertemuan ini hadir 61 tokoh Papua yang terdiri dari pejabat daerah, tokoh adat dan mahasiswa."
    title = "Jokowi: Istana Presiden Dibangun di Papua Mulai Tahun Depan"
    assert time_fits(frame, sentence, title, "2019-09-10", ["(10/9/2019)"], "61 tokoh")
    assert not time_fits(frame, sentence, title, "2019-09-10", None, "61 tokoh")


def test_a_date_after_disebutkan_is_when_it_was_said():
    """"… telah mem-PHK 435 karyawan …, demikian disebutkan dalam laman …, Rabu, 11 September 2019":
    the date is when the page said it (frame_words report_words: disebutkan), not a day the lay-offs
    held on, so the Tuesday asked may be theirs."""
    from retrieval.frame import question_frame, time_fits
    from retrieval.text import TextPipeline
    frame = question_frame("Berapa karyawan Uber yang di-PHK pada Selasa, 10 September 2019?", TextPipeline())
    sentence = ("Uber telah mem-PHK 435 karyawan di seluruh bagian produksi dan tekniknya, demikian disebutkan dalam "
                "laman resminya, Rabu, 11 September 2019.")
    assert time_fits(frame, sentence, "Uber Pecat 435 Karyawan", "2019-09-12", None, "435 karyawan")


def test_a_short_name_in_brackets_after_the_noun_does_not_end_its_clause():
    """"Sebanyak 47 warga negara asing (WNA) asal China dan Taiwan ditangkap …": the bracketed
    acronym names the noun again, so "ditangkap" after it is the figure's predicate (frame._scan_after);
    a bracketed aside of words still ends the clause it opens."""
    from retrieval.claims import find_quantities
    held = find_quantities("Sebanyak 47 warga negara asing (WNA) asal China dan Taiwan ditangkap jajaran Polresta "
                           "Balerang, Kota Batam.")
    assert [q.predicates for q in held] == [["captured"]], [q.predicates for q in held]
    aside = find_quantities("Sebanyak 47 warga negara asing (sebelumnya) ditangkap jajaran Polresta.")
    assert [q.predicates for q in aside] == [[]], [q.predicates for q in aside]
