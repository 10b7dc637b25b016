"""Session 43 rules (docs/frames.md "Session 43 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.claims import extract_claims
from retrieval.clean import Article
from retrieval.grades import breakdown_fits, negated_label_fits
from retrieval.relevance import figure_answers, question_frame
from retrieval.text import TextPipeline

from .answered import topic_archive, values_asked

LIGUE = topic_archive("ligue", "2019-09-15", [
    Article(id="psg-menang", outlet="Tempo.co", published="2019-09-15", title="PSG Menang Tipis atas Strasbourg",
            body="Paris Saint-Germain menang 1-0 atas Strasbourg pada pekan kelima Ligue 1, Sabtu, 14 September "
                 "2019. Gol itu sekaligus membuat PSG kini mengoleksi 12 poin dan kokoh di puncak klasemen."),
])
FP2 = topic_archive("fp2", "2019-09-20", [
    Article(id="fp2-hamilton", outlet="SINDOnews", published="2019-09-20",
            title="Hamilton Tercepat di FP2 GP Singapura",
            body="Lewis Hamilton menjadi yang tercepat pada sesi latihan bebas kedua F1 GP Singapura 2019. "
                 "Pembalap Mercedes itu mencatat keunggulan 0,184 detik di depan Max Verstappen (Red Bull), "
                 "Jumat (20/9/2019). Namun, Leclerc finis keenam di FP2, meski tertinggal 1,245 detik di "
                 "belakang Hamilton."),
    Article(id="fp-verstappen", outlet="Okezone", published="2019-09-20",
            title="Hasil Latihan Bebas F1 GP Singapura 2019",
            body="Lewis Hamilton berada di tempat ketiga sesi latihan bebas F1 GP Singapura 2019 dengan catatan "
                 "waktu yang terpaut 0,666 detik dengan Max Verstappen."),
])
MONZA = topic_archive("monza", "2019-09-09", [
    Article(id="monza-leclerc", outlet="Kompas.com", published="2019-09-09",
            title="Leclerc Juara GP Italia 2019",
            body="Charles Leclerc menjuarai F1 GP Italia 2019 di Sirkuit Monza. Ia menempati urutan keempat "
                 "klasemen pembalap dengan koleksi 182 poin, jauh di bawah Lewis Hamilton."),
    Article(id="monza-hamilton", outlet="Okezone", published="2019-09-09", title="Klasemen Pembalap F1",
            body="Lewis Hamilton memimpin klasemen pembalap F1 2019 dengan 284 poin setelah GP Italia."),
])
MARGIN_Q = ("Dengan selisih berapa detik Lewis Hamilton mengungguli Max Verstappen di sesi latihan bebas kedua "
            "(FP2) F1 GP Singapura 2019, Jumat 20 September?")


async def test_a_bracketed_acronym_in_the_question_names_the_same_holder(empty_engine):
    """"Paris Saint-Germain (PSG)": a report writing "PSG kini mengoleksi 12 poin" gives the asked
    club's points (frame._asked_holders)."""
    values = await values_asked(empty_engine, LIGUE,
        "Berapa poin Paris Saint-Germain (PSG) di puncak klasemen Ligue 1 setelah menang 1-0 atas Strasbourg "
        "pada pekan kelima, 14 September 2019?")
    assert 12 in values, values


async def test_a_description_pointing_back_is_no_other_holder(empty_engine):
    """"Pembalap Mercedes itu mencatat keunggulan 0,184 detik …": "… itu" points back to the driver
    asked (frame._last_name_in_clause), no other name holding the margin."""
    values = await values_asked(empty_engine, FP2, MARGIN_Q)
    assert 0.18 in values, values


async def test_a_subject_after_a_connective_holds_the_figure(empty_engine):
    """"Namun, Leclerc finis keenam …, meski tertinggal 1,245 detik di belakang Hamilton": Leclerc's
    gap, though Hamilton is named after it (frame._sentence_subject skips the connective)."""
    values = await values_asked(empty_engine, FP2, MARGIN_Q)
    assert 1.25 not in values and 0.18 in values, values


async def test_a_gap_behind_another_is_not_the_lead_asked(empty_engine):
    """"Hamilton … terpaut 0,666 detik dengan Verstappen": Hamilton behind Verstappen, not ahead of
    him as asked (grades.margin_fits reads which side each is on)."""
    values = await values_asked(empty_engine, FP2, MARGIN_Q)
    assert 0.67 not in values and 0.18 in values, values


async def test_a_gap_said_from_the_trailing_side_answers_the_lead(empty_engine):
    """"Verstappen tertinggal 0,184 detik dari Hamilton" answers "Hamilton unggul berapa detik atas
    Verstappen": the same gap said from the other side."""
    values = await values_asked(empty_engine, topic_archive("fp2b", "2019-09-20", [
        Article(id="fp2-verstappen", outlet="Kompas.com", published="2019-09-20",
                title="Verstappen Kedua di FP2 GP Singapura",
                body="Pada sesi latihan bebas kedua F1 GP Singapura 2019, Max Verstappen tertinggal 0,184 detik "
                     "dari Lewis Hamilton."),
    ]),
                                "Lewis Hamilton unggul berapa detik atas Max Verstappen di sesi latihan bebas kedua F1 "
                                "GP Singapura 2019?")
    assert 0.18 in values, values


async def test_a_pronoun_opening_the_sentence_stands_for_the_person_named_before(empty_engine):
    """"Ia menempati urutan keempat … dengan koleksi 182 poin, jauh di bawah Lewis Hamilton": "Ia" is
    the Charles Leclerc of the sentence before, so the points are his, not the asked Hamilton's
    (frame.holder_fits)."""
    values = await values_asked(empty_engine, MONZA,
                                "Berapa poin Lewis Hamilton di klasemen pembalap F1 2019 setelah GP Italia?")
    assert 284 in values and 182 not in values, values


async def test_a_short_form_of_a_name_the_question_says_is_the_asked_holder(empty_engine):
    """"Dovi unggul 31 poin dari Danilo Petrucci" answers "Dovizioso unggul berapa poin atas Danilo
    Petrucci": the subject is the question's Dovizioso, written short."""
    values = await values_asked(empty_engine, topic_archive("misano", "2019-09-16", [
        Article(id="misano-klasemen", outlet="detikcom", published="2019-09-16",
                title="Klasemen MotoGP Usai San Marino",
                body="Andrea Dovizioso masih di posisi kedua klasemen MotoGP usai seri San Marino. Dovi unggul 31 "
                     "poin dari Danilo Petrucci (3) dan 33 poin dari Maverick Vinales (4)."),
    ]),
                                "Dovizioso unggul berapa poin atas Danilo Petrucci di posisi ketiga klasemen setelah "
                                "San Marino?")
    assert 31 in values and 33 not in values, values


GROUP = topic_archive("grupd", "2019-09-19", [
    Article(id="atm-juve", outlet="Tempo.co", published="2019-09-19", title="Atletico Tahan Imbang Juventus",
            body="Hector Herrera menjadi penyelamat Atletico Madrid. Grup D Liga Champions menyajikan laga seru. "
                 "Ia mengemas gol pada menit ke-90 untuk mengamankan skor imbang 2-2 melawan Juventus di Wanda "
                 "Metropolitano, Kamis (19/9/2019)."),
])


async def test_a_pronoun_stands_for_a_person_not_for_an_earlier_group_or_event(empty_engine):
    """"Grup D Liga Champions menyajikan laga seru. Ia mengemas gol pada menit ke-90 …": the subject
    before is no person (frame._person_named), so "Ia" does not make the goal another's."""
    values = await values_asked(empty_engine, GROUP,
        "Pada menit ke berapa Hector Herrera mencetak gol penyeimbang Atletico Madrid saat melawan Juventus di "
        "Wanda Metropolitano, 19 September 2019?")
    assert 90 in values, values


HUBERT = topic_archive("hubert", "2019-09-01", [
    Article(id="hubert-f2", outlet="Kompas.com", published="2019-09-01", title="Anthoine Hubert Meninggal di Spa",
            body="Pebalap Formula 2 asal Prancis, Anthoine Hubert, meninggal dunia setelah kecelakaan di Sirkuit "
                 "Spa-Francorchamps. Hubert sudah memenangkan dua balapan F2 pada musim ini."),
    Article(id="leclerc-monza", outlet="Okezone", published="2019-09-10", title="Leclerc Menang Lagi",
            body="Charles Leclerc memenangi dua balapan beruntun di GP Belgia dan Italia 2019. Leclerc kini "
                 "mengoleksi 182 poin di klasemen pembalap F1 2019."),
])


KPK_ROAD = topic_archive("kpkjalan", "2019-09-05", [
    Article(id="kpk-jalan", outlet="Tempo.co", published="2019-09-05", title="KPK Tetapkan Tersangka Baru",
            body="KPK menetapkan tiga tersangka baru dalam kasus suap proyek jalan di Bengkalis. Sebelumnya "
                 "KPK sudah menetapkan dua tersangka dalam kasus suap proyek jalan tersebut."),
])


async def test_a_number_the_question_writes_in_a_word_is_no_answer(empty_engine):
    """"Selain dua tersangka sebelumnya" gives the question's own 2: "dua tersangka" restates it
    (answer._asked_digits, _restates), the new suspects answer."""
    values = await values_asked(empty_engine, KPK_ROAD,
        "Selain dua tersangka sebelumnya, berapa tersangka baru yang ditetapkan KPK dalam kasus suap proyek "
        "jalan di Bengkalis?")
    assert 3 in values and 2 not in values, values


async def test_a_label_s_digits_in_the_question_do_not_set_aside_a_figure_in_words(empty_engine):
    """"Berapa balapan F2 …": the 2 of "F2" is a label, so "dua balapan" still answers."""
    values = await values_asked(empty_engine, HUBERT,
                                "Berapa balapan F2 yang sudah dimenangi Anthoine Hubert pada musim 2019 sebelum "
                                "meninggal?")
    assert 2 in values, values


async def test_a_penalty_of_the_kind_asked_is_a_penalty_though_no_court_gives_it(empty_engine):
    """"… hingga dikenai penalti 10 detik" answers "berapa detik penalti yang dijatuhkan": the asked kind
    (penalti) names the sentence's penalty (frame.stage_fits)."""
    values = await values_asked(empty_engine, topic_archive("monzapen", "2019-09-10", [
        Article(id="vettel-penalti", outlet="Okezone", published="2019-09-10", title="Vettel Dihukum di Monza",
                body="Sebastian Vettel berputar di Sirkuit Monza pada F1 GP Italia 2019. Ketika kembali ke lintasan, "
                     "pembalap berusia 32 tahun itu menyenggol Lance Stroll hingga dikenai penalti 10 detik."),
    ]),
        "Berapa detik penalti yang dijatuhkan kepada Sebastian Vettel karena menyenggol Lance Stroll di F1 GP "
        "Italia 2019?")
    assert 10 in values and 32 not in values, values


async def test_a_tally_said_of_dia_is_left_to_whose_it_is(empty_engine):
    """"Di klasemen sementara dia menduduki posisi kedelapan dengan koleksi 77 poin": "dia" stands for
    someone no earlier sentence names as a person here, so the tally measures the one asked
    (frame.measure_fits); whose it is, holder_fits reads."""
    values = await values_asked(empty_engine, topic_archive("hubertpoin", "2019-09-01", [
        Article(id="hubert-poin", outlet="Liputan6.com", published="2019-09-01", title="Profil Anthoine Hubert",
                body="Pebalap F2 asal Prancis itu meninggal dunia di Spa-Francorchamps. Di klasemen sementara dia "
                     "menduduki posisi kedelapan dengan koleksi 77 poin dari sembilan balapan."),
    ]),
                                "Berapa poin Anthoine Hubert di klasemen sementara F2 2019 saat ia meninggal dunia?")
    assert 77 in values, values


LIGUE_WEEK5 = topic_archive("ligue5", "2019-09-16", [
    Article(id="ligue-pekan5", outlet="Tempo.co", published="2019-09-16", title="Hasil Pekan Kelima Liga Prancis",
            body="Paris Saint-Germain menang 1-0 atas Strasbourg pada pekan kelima Liga Prancis 2019-2020. PSG kini "
                 "unggul dua poin atas Rennes (10 poin) yang berada di posisi kedua. Olympique Marseille menang 4-3 "
                 "di kandang AS Monaco. Gol itu sekaligus membuat PSG kini mengoleksi 12 poin dan kokoh di puncak "
                 "klasemen."),
    Article(id="ligue-marseille", outlet="Tempo.co", published="2019-09-16",
            title="Pekan Kelima Liga Prancis: Marseille Menang, PSG di Puncak Klasemen",
            body="Tiga poin tersebut diraih Marseille dengan membalikkan ketertinggalan dua gol di kandang AS Monaco "
                 "pada pekan kelima Liga Prancis 2019-2020."),
])


async def test_a_bracketed_tally_after_a_name_is_that_sides_not_the_margin(empty_engine):
    """"PSG kini unggul dua poin atas Rennes (10 poin)": the bracketed 10 is Rennes's tally, the
    margin is 2 (grades.margin_fits)."""
    values = await values_asked(empty_engine, LIGUE_WEEK5,
        "Setelah pekan kelima Liga Prancis 2019-2020, PSG unggul berapa poin atas Rennes yang berada di posisi "
        "kedua?")
    assert 2 in values and 10 not in values, values


def test_a_figure_a_passive_verb_gives_to_another_is_not_the_asked_holders():
    """"Tiga poin tersebut diraih Marseille": the agent after the passive verb holds the points, not
    the PSG asked (frame._agent_after in holder_fits); "… dikoleksi PSG" would be PSG's."""
    frame = question_frame("Berapa poin Paris Saint-Germain (PSG) di puncak klasemen Ligue 1 setelah menang 1-0 "
                           "atas Strasbourg pada pekan kelima, 14 September 2019?", TextPipeline())
    for sentence, answers in (("Tiga poin tersebut diraih Marseille dengan membalikkan ketertinggalan dua gol.", False),
                              ("Tiga poin tersebut diraih PSG dengan gol tunggal Neymar.", True)):
        quantities = extract_claims([sentence])[0].to_dict()["quantities"]
        points = next(q for q in quantities if q["text"] == "Tiga poin")
        assert figure_answers(frame, points, sentence, None, "2019-09-16", quantities) is answers, sentence


ULN_SECTORS = topic_archive("ulnsektor", "2019-09-16", [
    Article(id="uln-swasta", outlet="Kompas.com", published="2019-09-16", title="ULN Swasta Juli 2019",
            body="Utang luar negeri swasta, termasuk BUMN, pada Juli 2019 tercatat sebesar 197,8 miliar dollar AS."),
    Article(id="uln-total", outlet="SINDOnews", published="2019-09-16", title="Utang Luar Negeri Juli 2019",
            body="Bank Indonesia mencatat utang luar negeri Indonesia pada Juli 2019 sebesar USD395,3 miliar."),
])


async def test_a_sector_asked_sets_aside_the_whole_when_its_part_is_said(empty_engine):
    """"ULN swasta" asked: the archive says the private debt (197,8), so "utang luar negeri
    Indonesia … USD395,3 miliar", naming no sector, is the whole (relevance.article_choices)."""
    values = await values_asked(empty_engine, ULN_SECTORS,
                                "Berapa nilai utang luar negeri swasta, termasuk BUMN, yang dicatat Bank Indonesia "
                                "pada Juli 2019?")
    assert 197_800_000_000 in values and 395_300_000_000 not in values, values


async def test_a_countrys_government_named_as_reporter_is_no_sector_asked(empty_engine):
    """"menurut laporan pemerintah India": the government reports, so figures not naming it stay."""
    values = await values_asked(empty_engine, topic_archive("srinagar", "2019-09-13", [
        Article(id="kashmir-tahan", outlet="Tempo.co", published="2019-09-13", title="Penahanan di Kashmir",
                body="Jumlah warga Srinagar yang ditahan mencapai hampir 1.000 orang. Menurut laporan pemerintah "
                     "India, sebanyak 4.000 orang ditahan di seluruh Kashmir."),
    ]),
                                "Berapa warga Srinagar yang ditahan menurut laporan pemerintah India soal penahanan di "
                                "Kashmir?")
    assert 1000 in values, values


NATUNA = topic_archive("natuna", "2019-09-10", [
    Article(id="natuna-tik", outlet="SINDOnews", published="2019-09-10", title="Digitalisasi Sekolah di Natuna",
            body="Sekolah yang akan menerima sarana pembelajaran tersebut di Kabupaten Natuna sebanyak 38 unit "
                 "sekolah, terdiri atas 25 SD, 9 SMP, 3 SMA, dan 1 SMK."),
])


async def test_an_item_of_a_breakdown_is_no_answer_to_the_whole(empty_engine):
    """"… 38 unit sekolah, terdiri atas 25 SD, 9 SMP …" for "berapa sekolah": the items are parts of
    the whole said before them (grades.breakdown_fits); a part asked takes its item (test_rules_s42)."""
    values = await values_asked(empty_engine, NATUNA,
                                "Berapa sekolah di Kabupaten Natuna yang menerima sarana pembelajaran TIK?")
    assert 38 in values and 25 not in values and 9 not in values, values


def test_a_figure_labelled_non_x_is_no_answer_about_x():
    """"Non - pelatnas : 6 wakil" is of the players outside the national camp: no answer to "berapa
    wakil dari pelatnas" (grades.negated_label_fits), unless the question says "non" too."""
    sentence = "Non - pelatnas : 6 wakil"
    six = next(q for q in extract_claims([sentence])[0].to_dict()["quantities"] if q["value"] == 6)
    stem = TextPipeline().stem
    assert not negated_label_fits("Berapa wakil dari pelatnas Cipayung yang dikirim ke Korea Terbuka 2017?",
                                  six, sentence, stem)
    assert negated_label_fits("Berapa wakil non-pelatnas yang dikirim ke Korea Terbuka 2017?", six, sentence, stem)


def test_a_route_named_in_a_span_question_holds_no_span():
    """"waktu tempuh … Jakarta - Soekarno-Hatta": a hyphenated route is no ticket of two people
    holding the span (frame._asked_holders makes tickets of counts held only: "suara Prabowo-Sandi"),
    so the travel time said of the train answers."""
    pipeline = TextPipeline()
    frame = question_frame("waktu tempuh kereta bandara Jakarta - Soekarno-Hatta dipercepat jadi berapa menit?", pipeline)
    assert not set(frame.holders) & {"soekarno", "hatta"}, frame.holders
    sentence = ("Waktu tempuh kereta bandara yang menghubungkan Jakarta menuju Bandar Udara Soekarno - Hatta akan "
                "dipercepat dari 55 menit menjadi 38 menit.")
    quantities = extract_claims([sentence])[0].to_dict()["quantities"]
    minutes = next(q for q in quantities if q["value"] == 38)
    assert figure_answers(frame, minutes, sentence, None, "2017-12-20", quantities)


def test_a_figure_after_a_verb_is_no_item_of_the_breakdown():
    """"Satu set kereta LRT yang terdiri atas enam gerbong mampu menampung 1.300 orang": a verb
    stands between the marker and the figure, so it is said of the whole, not listed as an item."""
    sentence = "Satu set kereta LRT yang terdiri atas enam gerbong mampu menampung sekitar 1.300 orang penumpang."
    quantities = extract_claims([sentence])[0].to_dict()["quantities"]
    people = next(q for q in quantities if q["value"] == 1300)
    assert breakdown_fits("Berapa orang yang dapat diangkut satu set kereta LRT?", people, sentence,
                          quantities, TextPipeline().stem)
