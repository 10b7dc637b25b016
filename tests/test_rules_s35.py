"""Session 35 rules (docs/frames.md "Session 35 rules"), each asked end to end on a small archive:
an amount earned with no income word, money earned from a count of things, a part drawn out of
a group told of before, a foreign plural written singular in a name, a sequel's number that
bounds no clause, and the value of the goods a tariff is for."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import FILLER, answer_values, other_stories

TOUR = FILLER + other_stories("konser", "CNN Indonesia", "2017-12-30", [
    ("Konser Coldplay", "Coldplay menggelar konser di Singapura dengan tiket habis terjual."),
    ("Festival jazz", "Festival jazz tahunan kembali digelar di Jakarta pekan depan."),
]) + [
    Article(id="mccartney", outlet="CNN Indonesia", published="2017-12-30",
            title="Paul McCartney Raup Rp 1,7 Triliun dari Tur Konser",
            body="Musisi legendaris Paul McCartney terbilang produktif tahun ini. "
                 "Sepanjang 2017, musisi berusia 75 tahun itu berhasil mengumpulkan US$ 132 juta atau sekitar "
                 "Rp 1,7 triliun dari tur konser One on One. "
                 "Lewat empat konser di Jepang pada April, McCartney berhasil mengumpulkan US$ 22,8 juta dari "
                 "143.826 tiket yang terjual."),
]


async def test_an_amount_earned_answers_the_income_asked(empty_engine):
    """"berhasil mengumpulkan US$ 132 juta" names no income word, but what a verb of earning got
    is one (frame._earned); a count of tickets is no income."""
    await empty_engine.ingest_articles(TOUR)
    values = answer_values(await empty_engine.ask("berapa pendapatan Paul McCartney dari tur konser One on One sepanjang 2017?"))
    assert 132e6 in values, values
    assert 143826 not in values, values


async def test_money_earned_from_a_count_is_no_part_of_a_whole(empty_engine):
    """"US$ 22,8 juta dari 143.826 tiket": money from tickets sold, not 22,8 of 143.826 (grades.
    progress_fits reads "X dari Y" as how far only when Y is money too)."""
    await empty_engine.ingest_articles(TOUR)
    values = answer_values(await empty_engine.ask("berapa nilai pemasukan Paul McCartney dari konser di Jepang?"))
    assert 22.8e6 in values, values


TURIN = FILLER + other_stories("bola", "kumparan", "2017-06-17", [
    ("Juventus kalah di final", "Juventus kalah 1-4 dari Real Madrid di final Liga Champions di Cardiff."),
    ("Dybala cedera", "Paulo Dybala menjalani pemeriksaan cedera usai laga."),
]) + [
    Article(id="turin-cnn", outlet="CNN Indonesia", published="2017-06-04", title="Ricuh Nobar Turin",
            body="Setidaknya 1000 orang terluka usai ledakan keras memicu kepanikan di Piazza San Carlo, Turin, "
                 "saat penggemar Juventus menggelar nonton bareng final Liga Champion."),
    Article(id="turin-kumparan", outlet="kumparan", published="2017-06-17", title="Suporter Juventus Meninggal",
            body="Kepanikan terjadi saat nonton bareng final Liga Champions di Piazza San Carlo, Turin. "
                 "Lima orang dari sekian banyak korban luka itu diketahui mengalami kritis."),
]


async def test_a_part_drawn_out_of_the_asked_group_is_not_the_group(empty_engine):
    """"Lima orang dari sekian banyak korban luka itu … kritis" counts the critical among the wounded
    (frame.drawn_from_fits); asked the critical, it answers."""
    await empty_engine.ingest_articles(TURIN)
    values = answer_values(await empty_engine.ask(
        "berapa orang terluka saat nonton bareng final Liga Champions di Piazza San Carlo, Turin?"))
    assert 5 not in values, values
    critical = answer_values(await empty_engine.ask(
        "berapa korban luka yang kritis saat nonton bareng final Liga Champions di Piazza San Carlo?"))
    assert 5 in critical, critical


async def test_a_plural_name_matches_its_singular(empty_engine):
    """"Liga Champions" asked, "Liga Champion" written: the named filter (relevance.asked_names)
    keeps the page that spells it singular."""
    await empty_engine.ingest_articles(TURIN)
    values = answer_values(await empty_engine.ask(
        "berapa orang terluka saat nonton bareng final Liga Champions di Piazza San Carlo, Turin?"))
    assert 1000 in values, values


FILM = FILLER + other_stories("film", "CNN Indonesia", "2017-09-07", [
    ("Film horor laris", "Film horor lokal kembali menguasai bioskop pekan ini."),
    ("Festival film", "Festival Film Indonesia mengumumkan nominasi tahun ini."),
]) + [
    Article(id="warkop", outlet="CNN Indonesia", published="2017-09-07", title="Warkop DKI Reborn 2 Tembus 2 Juta",
            body="Film Warkop DKI Reborn Jangkrik Boss Part 2 tayang sejak 31 Agustus. "
                 "Tepatnya, jumlah penonton Warkop DKI Reborn Part 2 saat ini sudah 2 juta 55 ribu orang."),
]


async def test_a_sequels_number_is_no_figure_between_noun_and_count(empty_engine):
    """"jumlah penonton Warkop DKI Reborn Part 2 saat ini sudah 2 juta 55 ribu orang": "Part 2" is a
    label (claims.NUMBER_LABELS), so the viewers "jumlah" opens are what the figure counts, and the
    figure is read whole (2.055.000, not 55 ribu)."""
    await empty_engine.ingest_articles(FILM)
    values = answer_values(await empty_engine.ask("berapa jumlah penonton film Warkop DKI Reborn: Jangkrik Boss! Part 2?"))
    assert 2_055_000 in values, values
    assert 2 not in values, values


TRADE = FILLER + other_stories("dagang", "Kompas.com", "2019-09-02", [
    ("Bursa Asia melemah", "Bursa saham Asia melemah menyusul kabar perang dagang."),
    ("Yuan melemah", "Mata uang yuan melemah terhadap dollar AS pada perdagangan Senin."),
]) + [
    Article(id="balasan", outlet="Kompas.com", published="2019-09-02", title="China Balas Tarif AS",
            body="Pihak China membantah terlibat dalam praktik perdagangan yang tidak adil, sekaligus telah "
                 "membalas memberikan tarif untuk 110 miliar dollar AS produk impor asal AS."),
    Article(id="tahap", outlet="Kompas.com", published="2019-09-02", title="Tarif Baru AS Berlaku",
            body="Trump akan memberlakukan bea sebesar 15 persen untuk 300 miliar dollar AS produk impor asal "
                 "China yang dikenai tarif di akhir tahun."),
]


async def test_the_value_of_the_goods_a_tariff_is_for(empty_engine):
    """"tarif untuk 110 miliar dollar AS produk impor": the amount is the products' value, named
    right after it (frame._thing_after_amount), not the tariff's amount."""
    await empty_engine.ingest_articles(TRADE)
    values = answer_values(await empty_engine.ask(
        "berapa nilai produk impor AS yang sudah dikenai tarif balasan oleh China?"))
    assert 110e9 in values, values


async def test_goods_from_another_country_are_no_answer(empty_engine):
    """Goods asked by where they come from take no value of another country's goods
    (frame.origin_fits): US goods taxed by China are not Chinese goods taxed by the US."""
    await empty_engine.ingest_articles(TRADE)
    us_goods = answer_values(await empty_engine.ask(
        "berapa nilai produk impor AS yang sudah dikenai tarif balasan oleh China?"))
    assert 300e9 not in us_goods, us_goods
    chinese_goods = answer_values(await empty_engine.ask(
        "berapa nilai produk impor asal China yang dikenai tarif oleh AS?"))
    assert 300e9 in chinese_goods and 110e9 not in chinese_goods, chinese_goods


def test_a_word_of_a_name_says_nothing_befell_anyone():
    """"kawasan utara Laut Mati" (the Dead Sea) asks no dead: a capitalised word after a
    capitalised one is a name's; a title-cased question still asks its class."""
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    pipe = TextPipeline()
    assert question_frame("Berapa warga Palestina yang tinggal di kawasan utara Laut Mati?", pipe).predicates == ()
    assert question_frame("Berapa Korban Tewas Gempa Cianjur?", pipe).predicates == ("killed",)
    assert question_frame("berapa korban mati di Laut Jawa?", pipe).predicates == ("killed",)


SINKING = FILLER + other_stories("kkp", "Rimanews", "2017-04-01", [
    ("Harga ikan naik", "Harga ikan tongkol di pasar naik menjelang Ramadan."),
    ("Nelayan melaut", "Nelayan Natuna kembali melaut setelah cuaca membaik."),
]) + [
    Article(id="tenggelam", outlet="Rimanews", published="2017-04-01", title="Pemerintah Tenggelamkan Kapal Pencuri Ikan",
            body="Pemerintah kembali meledakkan dan menenggelamkan 81 kapal penangkap ikan yang ditangkap mencuri "
                 "ikan di wilayah perairannya."),
]


async def test_the_questions_own_verb_takes_the_figure(empty_engine):
    """"kapal … yang diledakkan dan ditenggelamkan": "menenggelamkan 81 kapal … yang ditangkap" is
    the asked deed's object; the ships' being caught before is no class the answer needs
    (frame._asked_verb_governs). A question with no verb of the sentence still takes no arrest."""
    await empty_engine.ingest_articles(SINKING)
    sunk = answer_values(await empty_engine.ask("berapa kapal pencuri ikan yang diledakkan dan ditenggelamkan pemerintah?"))
    assert 81 in sunk, sunk
    plain = answer_values(await empty_engine.ask("berapa kapal pencuri ikan yang berlayar di Natuna?"))
    assert 81 not in plain, plain


def test_an_owners_country_and_a_destination_are_no_other_place():
    """"ekspor CPO Indonesia ke India": Indonesia is the owner's, India where the exports go; a
    sentence naming both fits. A destination asked is not ruled out by where the story is told
    from (Serang, the port of departure, named in an earlier sentence)."""
    from retrieval.frame import context_fits, question_frame
    from retrieval.text import TextPipeline
    pipe = TextPipeline()
    cpo = question_frame("Berapa ekspor CPO Indonesia ke India pada 2016 menurut data Gapki?", pipe)
    assert context_fits(cpo, "Menurut data Gapki, ekspor CPO Indonesia ke India tercatat 5,78 juta metrik ton.", None, None)
    chicken = question_frame("Berapa berat bersih ekspor daging ayam olahan ke Papua Nugini?", pipe)
    sentence = "Kiriman perdana yang akan diekspor sebanyak 1.000 carton, dengan berat bersih 5.999,25 kg."
    assert context_fits(chicken, sentence, None, ["serang", "banten"])
    # a place asked as where (no "ke") is still ruled out by the story's other place
    flood = question_frame("Berapa warga di Bekasi yang mengungsi?", pipe)
    assert not context_fits(flood, "Sebanyak 300 warga mengungsi ke masjid.", None, ["bogor"])


def test_a_year_kept_twice_is_one_model():
    """A "menurut …" question's topic keeps the year of its dropped "(Juni 2025)": "APBN 2025 2025"
    is APBN 2025, so its figure is not another budget's."""
    from retrieval.frame import model_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("Berapa asumsi harga minyak per barel yang digunakan dalam APBN 2025 2025", TextPipeline())
    sentence = "Harga minyak masih di bawah asumsi yang digunakan untuk APBN 2025 yaitu di US$ 82 per barel."
    assert model_fits(frame, {"text": "82"}, sentence)
    assert not model_fits(frame, {"text": "82"}, sentence.replace("APBN 2025", "APBN 2024"))


def test_the_clock_time_asked_is_the_part_of_the_day_asked():
    """"Kamis pagi … (pukul 04.17 GMT)" asked: a sentence "pada pukul 04.17 GMT" is that moment,
    though it names no part of the day; another clock time is not."""
    from retrieval.grades import grade_fits
    question = "Berapa harga minyak Brent pada Kamis pagi 18 September 2025 (pukul 04.17 GMT)?"
    sentence = "Harga minyak mentah Brent turun 13 sen menjadi US$ 67,82 per barel pada pukul 04.17 GMT."
    assert grade_fits(question, {"text": "67,82"}, sentence)
    assert not grade_fits(question, {"text": "67,82"}, sentence.replace("04.17", "19.30"))


APPLE = FILLER + other_stories("tekno", "detikcom", "2025-08-07", [
    ("Ponsel baru", "Produsen ponsel merilis seri terbaru bulan ini."),
    ("Pasar chip", "Permintaan chip global naik pada kuartal kedua."),
]) + [
    Article(id="apple", outlet="detikcom", published="2025-08-07", title="Apple Tambah Investasi",
            body="Pada Februari, Apple menjanjikan paket investasi senilai USD 500 miliar di Amerika Serikat, "
                 "yang kemudian meningkat menjadi USD 600 miliar pada Agustus."),
]


async def test_an_amount_that_changed_is_still_its_holders(empty_engine):
    """"USD 500 miliar di Amerika Serikat, yang kemudian meningkat menjadi USD 600 miliar": the
    place after "di" is no holder of the changed amount; it is Apple's, as the first was."""
    await empty_engine.ingest_articles(APPLE)
    values = answer_values(await empty_engine.ask(
        "berapa nilai paket investasi Apple di Amerika Serikat setelah dinaikkan pada Agustus 2025?"))
    assert 600e9 in values, values


AGUNG = FILLER + other_stories("bali", "CNN Indonesia", "2017-12-06", [
    ("Bandara dibuka", "Bandara Ngurah Rai kembali dibuka setelah abu vulkanik menipis."),
    ("Pengungsi pulang", "Sebagian pengungsi Gunung Agung mulai pulang ke rumah."),
]) + [
    Article(id="agung-bi", outlet="CNN Indonesia", published="2017-12-06", title="Dampak Erupsi Gunung Agung",
            body="Ada potensi kehilangan 1,2 juta wisatawan sepanjang kuartal IV 2017 dengan potensi pendapatan "
                 "yang hilang mencapai Rp 2,47 triliun, kata Kepala Perwakilan BI Bali."),
]


async def test_a_potential_income_lost_is_money(empty_engine):
    """"potensi pendapatan yang hilang": "potensi" says how much of the income after it (money);
    "hilang" is the income lost, no missing people, and the tourists are no money."""
    await empty_engine.ingest_articles(AGUNG)
    values = answer_values(await empty_engine.ask(
        "berapa potensi pendapatan masyarakat yang hilang akibat aktivitas Gunung Agung?"))
    assert 2.47e12 in values and 1.2e6 not in values, values


def test_a_length_unit_squared_is_an_area():
    """"wilayah 2.400 kilometer persegi" is an area: it answers no "sejauh berapa kilometer", but
    does answer a question about the area."""
    from retrieval.grades import area_fits
    sentence = "Lembah Jordan adalah wilayah 2.400 kilometer persegi yang membentang dari Laut Mati."
    figure = {"text": "2.400 kilometer", "unit": "kilometer"}
    assert not area_fits("Sejauh berapa kilometer Lembah Yordan membentang ke Tepi Barat?", figure, sentence)
    assert area_fits("Berapa luas Lembah Yordan dalam kilometer persegi?", figure, sentence)
    assert area_fits("Sejauh berapa kilometer Lembah Yordan membentang?", {"text": "16 kilometer", "unit": "kilometer"},
                     "Wilayah itu membentang sekitar 16 kilometer ke Tepi Barat.")


FEVER = FILLER + other_stories("brasil", "rimanews.com", "2017-01-25", [
    ("Vaksin dikirim", "Pemerintah pusat mengirim vaksin tambahan ke Minas Gerais."),
    ("Nyamuk diberantas", "Petugas kesehatan melakukan pengasapan untuk memberantas nyamuk."),
]) + [
    Article(id="demam", outlet="rimanews.com", published="2017-01-25", title="Brazil Selidiki Dugaan Kasus Demam Kuning",
            body="Kementerian Kesehatan Brazil mengatakan telah mengukuhkan 47 penderita demam kuning dan 25 kematian "
                 "terkait penyakit itu. Pusat wabah terletak di Minas Gerais, setelah laporan pendahuluan tentang "
                 "delapan kematian yang diduga akibat demam kuning."),
]


async def test_confirmed_deaths_asked_take_no_suspected_ones(empty_engine):
    """"kematian … yang telah dikukuhkan": "delapan kematian yang diduga akibat demam kuning" is a
    suspected count (grades.confirmed_fits); asked suspected deaths, it answers."""
    await empty_engine.ingest_articles(FEVER)
    confirmed = answer_values(await empty_engine.ask(
        "berapa kematian akibat demam kuning yang telah dikukuhkan Kementerian Kesehatan Brasil?"))
    assert 25 in confirmed and 8 not in confirmed, confirmed
    suspected = answer_values(await empty_engine.ask("berapa kematian yang diduga akibat demam kuning di Brasil?"))
    assert 8 in suspected, suspected


INSURANCE = FILLER + other_stories("asuransi", "Tempo.co", "2019-09-11", [
    ("Premi naik", "Pendapatan premi asuransi jiwa naik pada kuartal kedua."),
    ("Investasi asuransi", "Hasil investasi industri asuransi jiwa tertekan pasar saham."),
]) + [
    Article(id="aaji", outlet="Tempo.co", published="2019-09-11", title="Asuransi Jiwa Bayar Klaim",
            body="Asosiasi Asuransi Jiwa Indonesia (AAJI) mencatat pendapatan industri Rp 118 triliun. "
                 "Sementara itu, untuk klaim pada kuartal kedua tahun ini mencapai Rp 65,77 triliun."),
]


async def test_a_claim_asked_is_the_topic_not_a_saying(empty_engine):
    """"nilai klaim yang dibayar … menurut AAJI": "klaim" followed by no name is the insurance claims
    asked (relevance._says_at), so the topic keeps it and the claims' amount answers, not income."""
    await empty_engine.ingest_articles(INSURANCE)
    values = answer_values(await empty_engine.ask(
        "berapa nilai klaim yang dibayar industri asuransi jiwa pada kuartal II 2019 menurut AAJI?"))
    assert any(abs(v - 65.77e12) < 1e6 for v in values) and 118e12 not in values, values


REPATRIATION = FILLER + other_stories("pajak", "Okezone", "2017-01-02", [
    ("Tax amnesty berakhir", "Program pengampunan pajak periode kedua berakhir akhir Desember."),
    ("Penerimaan pajak", "Penerimaan pajak 2016 di bawah target APBN-P."),
]) + [
    Article(id="repatriasi", outlet="Okezone", published="2017-01-02", title="Realisasi Repatriasi Amnesti Pajak",
            body="Direktorat Jenderal Pajak mencatat realisasi repatriasi dari 21 bank gateway, hingga 31 Desember "
                 "2016 sebesar Rp 112,2 triliun. Uang tebusan yang masuk mencapai Rp 107 triliun."),
]


async def test_a_fund_named_by_its_use(empty_engine):
    """"dana repatriasi" asked: "realisasi repatriasi … sebesar Rp 112,2 triliun" names the fund by
    what it is for, without the word "dana" (frame._fund_named_by_use); the ransom is another amount."""
    await empty_engine.ingest_articles(REPATRIATION)
    values = answer_values(await empty_engine.ask(
        "berapa realisasi dana repatriasi amnesti pajak yang masuk lewat bank gateway hingga 31 Desember 2016?"))
    assert any(abs(v - 112.2e12) < 1e6 for v in values) and 107e12 not in values, values


def test_what_befell_things_counted_in_units_is_asked():
    """"berapa unit mobil yang rusak": the cars "unit" counts are the asked ones, and damage befalls
    them (a count in units is no measure whose classes are only seized or destroyed goods)."""
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    pipe = TextPipeline()
    assert question_frame("Berapa unit mobil yang rusak tertimpa pohon di Kota Bogor?", pipe).predicates == ("damaged",)
    # a measure still takes only goods' classes: lost output is no missing people
    assert question_frame("berapa barel produksi minyak yang hilang?", pipe).predicates == ()


def test_securing_a_place_in_a_round_is_passing():
    """"berhasil memastikan tempat pada babak perempat final" says they went through."""
    from retrieval.claims import find_quantities
    q = find_quantities("Lima wakil Indonesia berhasil memastikan tempat pada babak perempat final.")[0]
    assert "passed" in q.predicates, q.predicates


PELINDO = FILLER + other_stories("pelindo", "Suara.com", "2017-03-01", [
    ("Serikat pekerja protes", "Serikat pekerja BUMN memprotes hasil rekrutmen pegawai."),
    ("Tes rekrutmen", "Tes rekrutmen pegawai digelar di empat provinsi."),
]) + [
    Article(id="kopkarpel", outlet="Suara.com", published="2017-03-01",
            title="Kebijakan Pelindo I Terkait Pekerja Kopkarpel Sudah Sesuai Hukum",
            body="PT Pelindo I telah membuka kesempatan kepada seluruh 1.731 pekerja Kopkarpel untuk menjadi calon pegawai "
                 "PT Pelindo I pada 2016. Dimana Pekerja Kopkarpel yang mendaftar untuk ikut seleksi adalah sebanyak "
                 "1.318 orang, sisanya tidak ikut."),
]


async def test_people_counted_after_a_yang_clause(empty_engine):
    """"Pekerja Kopkarpel yang mendaftar … adalah sebanyak 1.318 orang": the people counted are the
    workers the "yang" clause describes (answer._restated_noun); a regency is no one, so "dua
    kabupaten yang komisionernya berjumlah lima orang" counts no regencies."""
    await empty_engine.ingest_articles(PELINDO)
    answer = await empty_engine.ask("berapa pekerja Kopkarpel yang mendaftar rekrutmen pegawai PT Pelindo I pada 2016?")
    assert not answer.message and 1318 in answer_values(answer), (answer.message, answer_values(answer))
    from retrieval.answer import _restated_noun
    sentence = "Dari 22 kabupaten di NTT, hanya dua kabupaten yang komisionernya berjumlah lima orang."
    five = {"text": "lima orang", "unit": "orang", "before": "yang komisionernya berjumlah", "value": 5.0}
    assert _restated_noun(five, sentence, {empty_engine.pipeline.noun_key("kabupaten")}, empty_engine.pipeline,
                          people=True) is None


COURT = FILLER + other_stories("sidang", "detikcom", "2025-08-28", [
    ("Sidang ditunda", "Sidang perkara pemerasan kembali ditunda pekan depan."),
    ("Saksi hadir", "Dua saksi hadir di ruang sidang utama."),
]) + [
    Article(id="nikita", outlet="detikcom", published="2025-08-28", title="Nikita Mirzani Menangis di Persidangan",
            body="Faktanya akun Nikita Huruhara milik Nikita Mirzani hanya 700 ribu, sedangkan followers Reza ada 7 juta."),
    Article(id="fitra", outlet="Tempo.co", published="2019-09-19", title="Fitra Duga Ada Duopoli Obat ARV",
            body="Pada 2018, menurut dokumen resmi agen pengadaan, harga obat ARV di pasaran internasional sekitar "
                 "Rp 115 ribu per botol. Harga obat ARV saat dijual ke pemerintah melonjak berkisar Rp 385 ribu per botol."),
]


async def test_an_unattributed_sentence_under_the_named_sources_headline(empty_engine):
    """"Menurut Nikita Mirzani …": "Faktanya akun Nikita Huruhara hanya 700 ribu" is said by no one
    read, under a headline naming her: hers (Engine._named_in_whole). A sentence giving its own
    source ("menurut dokumen resmi …") under Fitra's headline is that source's, not Fitra's."""
    await empty_engine.ingest_articles(COURT)
    followers = await empty_engine.ask(
        "Menurut Nikita Mirzani di sidang PN Jakarta Selatan (Agustus 2025), berapa pengikut akun Nikita Huruhara miliknya?")
    assert 700_000 in answer_values(followers), (followers.message, answer_values(followers))
    from retrieval.relevance import claim_focus, speaker_fits
    import dataclasses
    fitra = dataclasses.replace(claim_focus("Menurut Fitra, berapa harga obat ARV per botol yang dijual kepada pemerintah?"),
                                speaker_words=frozenset({"fitra"}))
    title = "Fitra Duga Ada Duopoli Obat ARV"
    assert speaker_fits(fitra, None, title, "Harga obat ARV saat dijual ke pemerintah melonjak berkisar Rp 385 ribu.")
    assert not speaker_fits(fitra, None, title, "Menurut dokumen resmi agen pengadaan, harga sekitar Rp 115 ribu.")
