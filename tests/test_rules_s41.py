"""Session 41 rules (docs/frames.md "Session 41 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.clean import Article, clean_page, repair_text
from retrieval.frame import labels_named

from .answered import listed_values, other_stories, topic_archive


BRAWL = topic_archive("brawl", "2019-09-20", [
    Article(id="brawl-tebet", outlet="Kompas.com", published="2019-09-20", title="Tawuran Warga di Tebet",
            body="Tawuran antarwarga pecah di kawasan Bukit Duri, Tebet, hingga membuat lima orang terluka "
                 "dan dilarikan ke rumah sakit. Sebanyak enam orang pelaku penyerangan diciduk petugas Polsek Tebet."),
    Article(id="brawl-rt", outlet="Detik", published="2019-09-20", title="Banjir Rendam Rumah",
            body="Banjir merendam 44 rumah di Kelurahan Cawang. Di RT 05 saja, 12 rumah terendam."),
])


async def test_numbered_parts_after_antar_are_the_sides_of_a_clash(empty_engine):
    """"tawuran antarwarga RW 08 dan RW 12": the RWs tell who fought, not a part whose figure is
    asked; "lima orang terluka" of the brawl answers though its sentence names no RW."""
    await empty_engine.ingest_articles(BRAWL)
    values = listed_values(await empty_engine.ask(
        "Berapa korban luka dalam tawuran antarwarga RW 08 dan RW 12 di Bukit Duri, Tebet?"))
    assert 5 in values and 6 not in values, values


def test_a_part_asked_is_still_a_label_and_sides_are_not():
    assert labels_named("tawuran antarwarga RW 08 dan RW 12 di Bukit Duri") == ()
    assert labels_named("tawuran antara warga RT 1 dengan RT 2, berapa rumah rusak di RW 5?") == (("rw", "5"),)
    assert labels_named("berapa rumah terendam di RT 05?") == (("rt", "5"),)


async def test_the_whole_is_still_not_a_part_asked(empty_engine):
    """The rule above leaves a part asked alone: "44 rumah" of the kelurahan is no answer for RT 05."""
    await empty_engine.ingest_articles(BRAWL)
    values = listed_values(await empty_engine.ask("Berapa rumah terendam banjir di RT 05 Cawang?"))
    assert 12 in values and 44 not in values, values


async def test_captured_said_as_diciduk_or_kita_amankan(empty_engine):
    """"diciduk", "(telah kita) amankan": words of arrest (predicates.txt captured), so a question
    asking who was arrested takes the figure; before, it said nothing of what befell them."""
    await empty_engine.ingest_articles(BRAWL + [
        Article(id="brawl-kapolsek", outlet="Tempo.co", published="2019-09-20", title="Polisi Buru Pelaku Lain",
                body="\"Sudah ada tujuh pelaku yang telah kita amankan,\" ungkap Kapolsek Kramat Jati, Jumat."),
    ])
    values = listed_values(await empty_engine.ask("Berapa pelaku penyerangan yang ditangkap Polsek Tebet?"))
    assert 6 in values and 5 not in values, values
    values = listed_values(await empty_engine.ask("Berapa pelaku yang ditangkap Kapolsek Kramat Jati?"))
    assert 7 in values, values


FEE = topic_archive("fee", "2019-09-04", [
    Article(id="fee-ptpn", outlet="Kompas.com", published="2019-09-04", title="KPK Tahan Dirut PTPN III",
            body="Dalam kasus ini, Dolly diduga menerima fee sebesar 345.000 dollar Singapura dari Pieko "
                 "terkait distribusi gula. Pieko adalah pemilik PT Fajar Mulia Transindo."),
])


async def test_money_from_someone_is_who_paid_not_a_place_measured_from(empty_engine):
    """"fee … dari pemilik PT X" asked, "dari Pieko" said: a payer, not a distance's start
    (grades.distance_from_fits judges lengths only; "mil dari Ilaga" is still one:
    test_regions_and_restatements)."""
    await empty_engine.ingest_articles(FEE)
    values = listed_values(await empty_engine.ask(
        "Berapa fee yang diduga diterima Dirut PTPN III Dolly dari pemilik PT Fajar Mulia Transindo terkait distribusi gula?"))
    assert 345_000 in values, values


SUSPECTS = topic_archive("bawang", "2019-09-19", [
    Article(id="bawang-kpk", outlet="Okezone", published="2019-09-19", title="KPK Periksa Saksi Suap Bawang",
            body="KPK telah menetapkan enam orang sebagai tersangka kasus dugaan suap pengurusan izin impor "
                 "bawang putih tahun 2019."),
    Article(id="bawang-ektp", outlet="Detik", published="2019-09-19", title="Tersangka Baru e-KTP",
            body="KPK telah menetapkan empat orang sebagai tersangka kasus korupsi e-KTP."),
])


async def test_a_case_asked_in_parts_joined_by_dan(empty_engine):
    """"kasus suap kuota dan izin impor bawang putih" is one case: its words after "dan" name it too,
    so "izin impor bawang putih" is the case asked, and e-KTP's suspects are still another's."""
    await empty_engine.ingest_articles(SUSPECTS)
    values = listed_values(await empty_engine.ask(
        "Berapa orang yang ditetapkan KPK sebagai tersangka kasus dugaan suap kuota dan izin impor bawang putih tahun 2019?"))
    assert 6 in values and 4 not in values, values


LOAN = topic_archive("loan", "2019-09-20", [
    Article(id="loan-ptpn", outlet="Tempo.co", published="2019-09-20", title="PTPN III Dapat Kredit Sindikasi",
            body="PT Perkebunan Nusantara III memperoleh kredit sindikasi sebesar US$390,6 juta dari 19 bank, "
                 "bertenor dua tahun, yang akan dimanfaatkan untuk modal kerja, transformasi bisnis, serta investasi "
                 "anak usaha hingga 2023. Pada 2023, PTPN III menargetkan laba Rp 2 triliun."),
    Article(id="loan-waskita", outlet="CNN Indonesia", published="2019-09-19", title="Waskita Raih Pinjaman",
            body="PT Waskita Karya (Persero) Tbk memperoleh fasilitas kredit sindikasi dari sembilan bank asing "
                 "senilai Rp 5 triliun dengan tenor lima tahun. Waskita juga membangun jalan tol senilai Rp 9 triliun."),
])


async def test_the_year_money_is_used_until_is_not_its_year(empty_engine):
    """"akan dimanfaatkan untuk … hingga 2023": the plan's end (frame._TERM_END_YEAR_RE), so the loan
    got in September 2019 answers; a figure said of 2023 itself still is 2023's."""
    await empty_engine.ingest_articles(LOAN)
    values = listed_values(await empty_engine.ask(
        "Berapa kredit sindikasi yang diperoleh PT Perkebunan Nusantara III pada September 2019?"))
    assert 390_600_000 in values and 2_000_000_000_000 not in values, values


async def test_credit_is_money_and_its_lenders_stand_between_it_and_its_worth(empty_engine):
    """"kredit" is a money thing (frame words money_things), and "kredit sindikasi dari sembilan bank
    asing senilai Rp 5 triliun" is the credit's worth: the lenders between them are no other thing
    (frame.worth_fits); the toll road's worth is still another's."""
    await empty_engine.ingest_articles(LOAN)
    values = listed_values(await empty_engine.ask(
        "Berapa nilai kredit sindikasi yang diperoleh PT Waskita Karya dari sembilan bank asing?"))
    assert 5_000_000_000_000 in values and 9_000_000_000_000 not in values, values


BRIBE = topic_archive("suap", "2019-09-19", [   # a scraped page, cleaned as ingest cleans it
    clean_page(article_id="suap-okezone", outlet="Okezone", published="2019-09-19", title="Enam Tersangka Suap Impor Bawang",
               raw="Keenamnya yakni, \u201a\u00c4\u00e9anggota Komisi VI DPR I Nyoman Dhamantra, Mirawati Basri, "
                   "serta empat pihak swasta, Chandry Suanda, Doddy Wahyudi, Zulfikar, dan Elviyanto.,\u201a\u00c4\u00e9"
                   "I Nyoman diduga telah menerima suap Rp2 miliar dari total komitmen fee sebesar Rp39,6 miliar "
                   "untuk pengurusan izin impor 20.000 ton bawang putih."),
])


def test_utf8_punctuation_read_as_mac_roman_is_repaired():
    """"‚Äé" (a left-to-right mark read as Mac Roman) hid the sentence break after ".,"; ftfy leaves
    it when a page has too little of it to judge."""
    text = "Keenamnya yakni, \u201a\u00c4\u00e9anggota Komisi VI dan Elviyanto.,\u201a\u00c4\u00e9I Nyoman menerima suap Rp2 miliar."
    repaired = repair_text(text)
    assert "\u00c4" not in repaired and "'" not in repaired, repaired
    assert "Elviyanto.\nI Nyoman" in repaired, repaired
    assert repair_text("ujar\u00ac\u2020Pelaksana") == "ujar Pelaksana"
    assert repair_text("Harga naik 5% \u00ac\u00df") != ""   # no valid UTF-8 behind it: left as written


async def test_a_bribe_after_a_mac_roman_mark_is_its_own_sentence(empty_engine):
    """Repaired, the bribe is read in its own sentence, apart from the list of the six named."""
    await empty_engine.ingest_articles(BRIBE)
    values = listed_values(await empty_engine.ask(
        "Berapa uang suap yang diduga diterima anggota Komisi VI DPR I Nyoman Dhamantra untuk mengurus impor bawang putih?"))
    assert 2_000_000_000 in values and 20_000 not in values, values


ARRESTS = topic_archive("arrest", "2019-09-20", [
    Article(id="arrest-sindo", outlet="SINDOnews", published="2019-09-20", title="Pelaku Penyerangan Warga Bukit Duri Ditangkap",
            body="Sebanyak enam orang pelaku penyerangan terhadap warga Bukit Duri, Tebet, diciduk petugas Polsek Tebet "
                 "di Jalan Bukit Duri Tanjakan Dalam."),
    Article(id="arrest-kompas", outlet="Kompas.com", published="2019-09-20", title="Polisi Tangkap 6 Pelaku Tawuran di Tebet",
            body="Setelah memeriksa saksi-saksi, polisi mengamankan 6 orang pelaku tawuran. Barang bukti berupa celurit dan batu."),
    Article(id="arrest-tempo", outlet="Tempo.co", published="2019-09-20", title="Kepolisian Sektor Tebet Ringkus Pelaku",
            body="Kepala Kepolisian Sektor Tebet Komisaris Alam Nur mengatakan anggotanya telah menangkap enam orang pelaku."),
])


async def test_one_count_written_in_words_and_in_digits_lists_every_outlet(empty_engine):
    """"enam orang" listed, "6 orang" elsewhere: the other outlets' reports of the figure are found by
    either spelling (relevance.figure_numbers), and "Polsek" names no one ("Kepolisian Sektor Tebet"
    is the same unit): each outlet that reported it is listed."""
    await empty_engine.ingest_articles(ARRESTS)
    answer = await empty_engine.ask(
        "Berapa pelaku tawuran di Jalan Bukit Duri Tanjakan Dalam, Tebet yang ditangkap Polsek Tebet?")
    assert listed_values(answer) == [6], listed_values(answer)
    outlets = {s.outlet for c in answer.claims for s in c.sources}
    assert outlets >= {"SINDOnews", "Kompas.com", "Tempo.co"}, outlets


def test_a_figure_is_found_by_either_spelling_of_a_small_count():
    from retrieval.relevance import figure_numbers
    from retrieval.text import TextPipeline
    terms = TextPipeline().terms
    assert figure_numbers([{"text": "enam orang", "value": 6.0}], terms, set()) >= {"enam", "6"}
    assert figure_numbers([{"text": "6 pelaku", "value": 6.0}], terms, set()) >= {"enam", "6"}
    assert "25" not in figure_numbers([{"text": "25 orang", "value": 25.0}], terms, {"25"})


async def test_a_headline_arrest_is_written_without_affix(empty_engine):
    """Headlines drop the affix: "Polisi Tangkap 7 Pelaku Begal" is an arrest (predicates.txt "tangkap")."""
    await empty_engine.ingest_articles(topic_archive("begal", "2019-09-21", [
        Article(id="begal-okezone", outlet="Okezone", published="2019-09-21", title="Polisi Tangkap 7 Pelaku Begal di Cakung",
                body="Para pelaku begal itu kerap beraksi pada malam hari di jalan sepi. Korban mengalami luka di tangan."),
    ]))
    values = listed_values(await empty_engine.ask("Berapa pelaku begal yang ditangkap polisi di Cakung?"))
    assert 7 in values, values


APAR = topic_archive("apar", "2019-09-17", [
    Article(id="apar-tempo", outlet="Tempo.co", published="2019-09-17", title="Gudang Alfamidi Minim Pemadam",
            body="Menurut Agus, gudang Alfamidi hanya punya satu tabung pemadam 6 kilogram. "
                 "Semestinya, kata dia, untuk gudang sebesar itu minimal ada tiga tabung pemadam 25 kilogram."),
])


async def test_what_should_be_is_a_norm_not_the_fact(empty_engine):
    """"Semestinya … minimal ada tiga tabung pemadam": what the warehouse should have had
    (grades.norm_fits), not the one extinguisher it had; asked as a norm, it answers."""
    await empty_engine.ingest_articles(APAR)
    values = listed_values(await empty_engine.ask("Berapa tabung pemadam yang ada di gudang Alfamidi yang terbakar?"))
    assert 1 in values and 3 not in values, values
    values = listed_values(await empty_engine.ask("Berapa tabung pemadam yang seharusnya ada di gudang Alfamidi?"))
    assert 3 in values, values


def test_a_fact_after_a_norm_is_the_fact():
    from retrieval.grades import norm_fits
    sentence = "Seharusnya terpasang 100 unit, namun hanya 60 unit yang terpasang."
    assert not norm_fits("berapa unit yang terpasang?", {"text": "100 unit"}, sentence)
    assert norm_fits("berapa unit yang terpasang?", {"text": "60 unit"}, sentence)


WOUNDED = topic_archive("luka", "2019-09-20", [
    Article(id="luka-sindo", outlet="SINDOnews", published="2019-09-20", title="Tawuran Antarwarga di Bukit Duri",
            body="Tawuran antarwarga terjadi di kawasan Bukit Duri, Tebet, hingga membuat lima orang terluka "
                 "dan terpaksa dilarikan ke rumah sakit."),
    Article(id="luka-kompas", outlet="Kompas.com", published="2019-09-20", title="Polisi Buru Pelaku Penyerangan",
            body="Polisi memeriksa saksi tawuran di Bukit Duri, Tebet. Lima warga RW 08 terluka dalam peristiwa tersebut."),
])


async def test_another_outlets_count_of_people_by_another_noun_joins(empty_engine):
    """"lima orang terluka" listed; another outlet's "Lima warga RW 08 terluka", under the strong
    floor, joins it (Engine._same_figures takes any noun of people, as composing does)."""
    await empty_engine.ingest_articles(WOUNDED)
    answer = await empty_engine.ask("Berapa korban luka dalam tawuran antarwarga RW 08 dan RW 12 di Bukit Duri, Tebet?")
    assert listed_values(answer) == [5], listed_values(answer)
    assert {s.outlet for c in answer.claims for s in c.sources} == {"SINDOnews", "Kompas.com"}, answer.claims


RECONSTRUCTION = topic_archive("adegan", "2019-09-19", [
    Article(id="adegan-kompas", outlet="Kompas.com", published="2019-09-19", title="Rekonstruksi Pembunuhan Anjay",
            body="Polisi menggelar rekonstruksi pembunuhan Muhammad Anjay. Saat rekonstruksi, para pelaku geng motor "
                 "Jakarta Tangerang All Star memeragakan 18 adegan."),
    Article(id="adegan-sindo", outlet="SINDOnews", published="2019-09-19", title="Polisi Temukan Bukti Baru Pembunuhan Geng Motor",
            body="Satreskrim Polrestro Jakarta Barat menggelar rekonstruksi kasus tewasnya Muhammad Anjay dengan "
                 "menghadirkan delapan pelaku. Dalam rekonstruksi itu, polisi temukan bukti baru. "
                 "Totalnya ada 18 adegan, kata Iptu Yudi."),
])


async def test_another_outlet_states_the_figure_in_another_sentence_of_its_story(empty_engine):
    """The other outlet names the story in one sentence and states "18 adegan" in another that
    holds too little of the question: the figure sentences of the best partial matches' articles
    join a listed figure (Engine._figure_sentences), with one of the question's names enough (it
    leaves out the gang's name: _NamedKeep.joining)."""
    await empty_engine.ingest_articles(RECONSTRUCTION)
    answer = await empty_engine.ask(
        "Berapa adegan yang diperagakan dalam rekonstruksi pembunuhan M Anjay oleh anggota geng motor Jakarta Tangerang All Star?")
    assert listed_values(answer) == [18], listed_values(answer)
    assert {s.outlet for c in answer.claims for s in c.sources} == {"Kompas.com", "SINDOnews"}, answer.claims


async def test_the_figure_sentences_of_a_partial_matchs_article(empty_engine):
    """Engine._figure_sentences: from a partial match naming the story, the sentences of its article
    that hold a listed figure, with the match's score and share (the rest of the article is not read)."""
    await empty_engine.ingest_articles(RECONSTRUCTION)
    passages, _claims, _articles = await empty_engine.store.answer_rows(
        list(await empty_engine.store.figure_passages(["adegan-sindo"])))
    lead = next(p.id for p in passages.values() if "Muhammad Anjay" in p.text)
    found = await empty_engine._figure_sentences(empty_engine.index, [(lead, 9.5, 0.3)], frozenset({"18"}), {lead})
    assert [(passages[p].text, bm25, share) for p, bm25, share in found] == [("Totalnya ada 18 adegan, kata Iptu Yudi.", 9.5, 0.3)]


async def test_dollar_and_dolar_are_one_unit(empty_engine):
    """"345.000 dollar Singapura" and "345.000 dolar Singapura" of two outlets are one figure, one
    entry listing both (answer.UNIT_SPELLINGS)."""
    await empty_engine.ingest_articles(FEE + [
        Article(id="fee-tempo", outlet="Tempo.co", published="2019-09-04", title="Dirut PTPN III Ditahan KPK",
                body="Menurut KPK, Dolly diduga menerima fee senilai 345.000 dolar Singapura dari Pieko terkait distribusi gula."),
    ])
    answer = await empty_engine.ask(
        "Berapa fee yang diduga diterima Dirut PTPN III Dolly dari pemilik PT Fajar Mulia Transindo terkait distribusi gula?")
    assert len(answer.claims) == 1 and listed_values(answer) == [345_000], answer.claims
    assert {s.outlet for s in answer.claims[0].sources} == {"Kompas.com", "Tempo.co"}, answer.claims


def test_a_figure_said_of_them_all_answers_a_whole_asked():
    """"untuk lima desa", "dari enam anak punk": a figure a sentence says is of them all ("Total yang
    kita sita", "dkk … masing-masing", "secara bersama-sama") is the whole though it names no count;
    "dengan total anggaran Rp 526 miliar" inside one project's sentence totals that one."""
    from retrieval.grades import whole_count_fits
    punks = "Berapa botol arak yang disita polisi dari enam anak punk dalam razia di Ngawi?"
    assert whole_count_fits(punks, "Total yang kita sita 65 botol, kata Setyo.", {"text": "65 botol"})
    assert not whole_count_fits(punks, "Polisi menyita 12 botol dari seorang pemuda.", {"text": "12 botol"})
    areas = "berapa anggaran yang disiapkan untuk lima kawasan pariwisata?"
    assert not whole_count_fits(areas, "Pelebaran Jalan Lingkar Samosir dengan total anggaran Rp 526 miliar.", {"text": "526 miliar"})
    trial = "Berapa tuntutan penjara jaksa terhadap Eka Sapanca dan tiga bos perusahaan gula?"
    assert whole_count_fits(trial, "Eka Sapanca dkk dituntut pidana masing-masing 4 tahun penjara.", {"text": "4 tahun"})


def test_a_number_after_a_labelling_noun_counts_nothing():
    """"di lantai empat kampus" is the fourth floor, no four campuses; "Seksi 6" a section."""
    from retrieval.grades import whole_count_fits
    question = "berapa menit setelah saksi duduk di lantai empat kampus TAS datang korban?"
    assert whole_count_fits(question, "Kurang lebih 15 menit kemudian datang korban dari arah pintu lift.", {"text": "15"})


def test_what_follows_a_condition_is_what_would_be():
    """"kalau tanah Perhutani bebas, kami sudah masuk 74 persen": a hypothetical (grades.hypothetical_fits);
    the facts of the same sentence, a reckoning ("Bila dirinci"), a reason and a question asking
    what could be are not."""
    from retrieval.grades import hypothetical_fits
    question = "Berapa persen lahan Seksi 6 Tol Cisumdawu yang sudah dibebaskan?"
    sentence = ("Kalau total pembebasan lahan yang baru itu 16 persen, kemudian tanah Perhutani 58,7 persen, "
                "kalau tanah Perhutani bebas, kami sudah masuk 74 persen.")
    assert hypothetical_fits(question, {"text": "16 persen"}, sentence)
    assert not hypothetical_fits(question, {"text": "74 persen"}, sentence)
    assert hypothetical_fits("Berapa persen lahan yang bisa dibebaskan?", {"text": "74 persen"}, sentence)
    assert hypothetical_fits("berapa kasus dibiayai?", {"text": "54.601 kasus"},
                             "Bila dirinci, dana tersebut digunakan untuk membiayai 54.601 kasus.")
    assert hypothetical_fits("berapa jarak rumah warga?", {"text": "20 meter"},
                             "Kalau warga ya trauma, karena jaraknya kan cuma 20 meter.")


LAND = topic_archive("banjir", "2019-09-20", [
    Article(id="banjir-kompas", outlet="Kompas.com", published="2019-09-20", title="Banjir Rendam Desa Sukamaju",
            body="Banjir merendam 120 rumah di Desa Sukamaju, Kabupaten Bandung. "
                 "Kalau tanggul Sungai Citarum jebol, kami sudah hitung 500 rumah terendam, kata Kepala BPBD."),
])


async def test_a_hypothetical_is_not_listed(empty_engine):
    await empty_engine.ingest_articles(LAND)
    values = listed_values(await empty_engine.ask("Berapa rumah yang terendam banjir di Desa Sukamaju?"))
    assert 120 in values and 500 not in values, values


def test_a_condition_defining_its_noun_states_no_hypothesis():
    from retrieval.grades import hypothetical_fits
    sentence = "Harga yang didapat jika pemegang emas Antam mau menjual, tersebut adalah Rp 676.000 per gram."
    assert hypothetical_fits("berapa harga buyback emas Antam hari ini?", {"text": "676.000"}, sentence)


def test_a_norm_inside_a_quote_before_the_figure_leaves_it_a_fact():
    from retrieval.grades import norm_fits
    sentence = ("\"Saya membatalkan Camp David karena mereka melakukan sesuatu yang tidak seharusnya dilakukan,\" "
                "katanya, mengutuk serangan bom di Kabul yang menewaskan 12 orang.")
    assert norm_fits("berapa orang tewas dalam serangan bom mobil Taliban di Kabul?", {"text": "12 orang"}, sentence)


def test_a_figure_is_found_by_the_number_terms_of_its_value():
    """"Rp500 miliar" is one term ("rp500"); another outlet's "Rp 500 miliar" holds "500", and
    "Rp 1,5 triliun" "1,5" (relevance._value_terms: the value before each scale word)."""
    from retrieval.relevance import figure_numbers
    from retrieval.text import TextPipeline
    terms = TextPipeline().terms
    assert "500" in figure_numbers([{"text": "lebih dari Rp500 miliar", "value": 5e11}], terms, set())
    assert {"1,5", "1.5"} <= figure_numbers([{"text": "Rp1,5 triliun", "value": 1.5e12}], terms, set())
    assert "1.280" in figure_numbers([{"text": "1280 botol", "value": 1280.0}], terms, set())


HERO = topic_archive("hero", "2019-09-19", [
    Article(id="hero-sindo", outlet="SINDOnews", published="2019-09-19", title="Hero Group Targetkan Investasi",
            body="Hero Group menargetkan nilai investasi lebih dari Rp500 miliar untuk unit-unit bisnisnya."),
    Article(id="hero-kompas", outlet="Kompas.com", published="2019-09-19", title="Gerai Baru Hero Group di Apartemen",
            body="Menurut dia, Hero menargetkan berinvestasi lebih dari Rp 500 miliar tahun ini."),
]) + other_stories("gerai", "Tribunnews", "2019-09-10", [   # more partial matches than the closest list holds
    (f"Hero Group Buka Gerai di Desa {a}{b}", f"Hero Group menargetkan investasi untuk unit-unit bisnisnya di Desa {a}{b}.")
    for a in ("Suka", "Mekar", "Sari", "Jaya", "Tanjung", "Karang", "Sumber", "Harja") for b in ("maju", "asih", "rame", "laya", "wangi", "mulya", "galih", "rasa")])


async def test_another_outlets_report_deep_in_the_partial_matches_joins(empty_engine):
    """"Rp 500 miliar" of another outlet, in a sentence that holds a partial match's share of the
    question but lies deeper than the closest list (sixty store openings match more of it): the
    passages holding a listed figure's number are searched on their own (Engine._same_figures'
    wide pass) and join the listed entry."""
    await empty_engine.ingest_articles(HERO)
    answer = await empty_engine.ask("Berapa nilai investasi yang ditargetkan Hero Group untuk unit-unit bisnisnya?")
    assert listed_values(answer) == [500_000_000_000], listed_values(answer)
    assert {s.outlet for c in answer.claims for s in c.sources} == {"SINDOnews", "Kompas.com"}, answer.claims


def test_a_neighbourhood_named_by_its_number_is_no_figure():
    """"penangkapan di RW 12", "warga RT 003 RW 008 dengan RW 12": a neighbourhood's number
    (claims.AREA_NUMBER_WORDS), no count; "12 RW terendam" counts neighbourhoods."""
    from retrieval.claims import extract_claims

    def figures(sentence: str) -> list[str]:
        return [q.text for c in extract_claims([sentence]) for q in c.quantities]
    assert figures("\"Anggota Polda melakukan penangkapan di RW 12,\" ujar Alam Nur.") == []
    assert figures("Sebanyak 5 orang menjadi korban tawuran warga RT 003 RW 008 dengan RW 12.") == ["5 orang"]
    assert figures("Sebanyak 12 RW terendam banjir.") == ["12 RW"]
