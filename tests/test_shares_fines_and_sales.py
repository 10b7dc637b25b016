"""Which figure of a sentence answers (session 21): a share of a part or of a whole ("95 persen
bagian mata kiri", "16,3% dari total biaya hidup"); a fine added to a sentence ("penjara ditambah
denda Rp 200 juta"), no rise; a price said by a sale's verb ("dilepas mulai USD999"); one of two
figures each with words of its own, or parts told apart by a group; what a change left or a
comparison names (what was); and a figure of another one ("sementara pengawalnya, …", "dua anak
buah Fahmi")."""
from __future__ import annotations

import dataclasses

from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.frame import (baseline_fits, contrasted_pair_fits, measure_fits, question_frame, related_party_fits,
                             switched_subject_fits)
from retrieval.text import TextPipeline

from .answered import FILLER, answer_labels as labels

EYE = [
    *FILLER,
    Article(id="novel", outlet="kumparan", published="2017-07-28", title="Kondisi Mata Novel Baswedan",
            body="Novel Baswedan masih dirawat di Singapura. Sebelumnya , dokter yang menangani Novel di Singapura "
                 "mendiagnosa sekitar 95 persen bagian mata kiri Novel rusak akibat serangan air keras . "
                 "Sementara itu , 40 persen penglihatan mata kanan Novel sudah pulih ."),
]


async def test_a_share_of_a_part_measures_the_part(empty_engine):
    await empty_engine.ingest_articles(EYE)
    got = labels(await empty_engine.ask("berapa persen mata kiri Novel Baswedan yang rusak akibat siraman air keras?"))
    assert got == ["sekitar 95%"], got   # not the right eye's 40 persen


FINES = [
    *FILLER,
    Article(id="tuntut", outlet="kumparan", published="2017-05-11", title="Fahmi Darmawansyah Dituntut 4 Tahun Penjara",
            body="Jaksa membacakan tuntutan di Pengadilan Tipikor Jakarta. Direktur PT Merial Esa , Fahmi Darmawansyah "
                 ", dituntut hukuman 4 tahun penjara ditambah denda Rp 200 juta subsider 6 bulan kurungan ."),
    Article(id="anggaran", outlet="Tempo.co", published="2017-05-12", title="Anggaran Bakamla Naik",
            body="Anggaran Bakamla pada tahun depan ditambah Rp 500 miliar menjadi Rp 2 triliun ."),
]


async def test_a_fine_added_to_a_sentence_is_the_fine(empty_engine):
    await empty_engine.ingest_articles(FINES)
    got = labels(await empty_engine.ask("berapa denda yang dituntut jaksa untuk Fahmi Darmawansyah?"))
    assert got == ["Rp 200 juta"], got


async def test_an_amount_added_to_a_budget_is_still_a_rise(empty_engine):
    await empty_engine.ingest_articles(FINES)
    got = labels(await empty_engine.ask("berapa anggaran Bakamla tahun depan?"))
    assert "Rp 500 miliar" not in got and "Rp 2 triliun" in got, got


PHONES = [
    *FILLER,
    Article(id="iphone", outlet="SINDOnews", published="2019-09-11", title="Apple Rilis Tiga iPhone Baru",
            body="Apple merilis tiga iPhone baru di Cupertino. Layarnya disebut Super Retina XDR. iPhone 11 Pro "
                 "dilepas mulai USD999 atau Rp14 juta. Apple juga menyiapkan 500 toko untuk penjualan perdana."),
]


async def test_a_sale_verb_names_a_price(empty_engine):
    await empty_engine.ingest_articles(PHONES)
    got = labels(await empty_engine.ask("berapa harga iPhone 11 Pro dalam rupiah?"))
    assert "Rp 14 juta" in got, got


def verdicts(rule, question: str, sentence: str) -> dict[str, bool]:
    """Each figure of the sentence: does `rule` let it answer the question? (The pair rule also
    reads the sentence's other figures.)"""
    frame = question_frame(question, TextPipeline())
    found = [dataclasses.asdict(x) for x in find_quantities(sentence)]
    if rule is contrasted_pair_fits:
        return {x["text"]: rule(frame, x, sentence, [y for y in found if y is not x]) for x in found}
    return {x["text"]: rule(frame, x, sentence) for x in found}


def pair_verdicts(question: str, sentence: str) -> dict[str, bool]:
    return verdicts(contrasted_pair_fits, question, sentence)


def baseline_verdicts(question: str, sentence: str) -> dict[str, bool]:
    return verdicts(baseline_fits, question, sentence)


def switch_verdicts(question: str, sentence: str) -> dict[str, bool]:
    return verdicts(switched_subject_fits, question, sentence)


def measure_verdict(question: str, sentence: str, figure: str) -> bool:
    return verdicts(measure_fits, question, sentence)[figure]


def test_a_pair_of_figures_each_with_its_own_words():
    jkn = ("Di tahun 2024, terdapat 20,5 juta peserta JKN terdiagnosis hipertensi dan 7,4 juta peserta JKN "
           "terdiagnosis diabetes melitus.")
    assert pair_verdicts("berapa peserta JKN yang terdiagnosis hipertensi pada 2024?", jkn) == {
        "20,5 juta peserta": True, "7,4 juta peserta": False}
    assert pair_verdicts("berapa peserta JKN yang terdiagnosis diabetes melitus pada 2024?", jkn) == {
        "20,5 juta peserta": False, "7,4 juta peserta": True}
    # neither named: both stay
    assert all(pair_verdicts("berapa peserta JKN pada 2024?", jkn).values())
    rise = "Pemerintah mengusulkan kenaikan iuran 100 persen untuk kelas I dan II dan 65 persen untuk kelas III."
    assert pair_verdicts("berapa persen kenaikan iuran BPJS Kesehatan kelas III?", rise) == {
        "100 persen": False, "65 persen": True}


def test_words_said_of_both_figures_choose_neither():
    # the place after the second figure is the whole attack's
    shot = ("Pengungsi Burundi mengatakan bahwa lebih dari 30 orang telah dibunuh dan sedikitnya 100 orang "
            "luka-luka dalam aksi kekerasan di Kamanyola , pada Jumat .")
    assert pair_verdicts("berapa pengungsi Burundi yang tewas di Kamanyola?", shot)["lebih dari 30 orang"]
    # a first figure with no words of its own: what follows the second may be both's
    bomb = "Pelaku bom bunuh diri menewaskan 95 orang dan melukai 158 lainnya di pusat ibukota Afghanistan , Kabul ."
    assert all(pair_verdicts("berapa orang tewas akibat bom di pusat kota Kabul?", bomb).values())
    # a figure's change from one level to another is no pair of items
    trains = "Jumlah penumpang naik dari 4,08 juta penumpang di tahun lalu menjadi 4,37 juta penumpang di tahun ini ."
    assert all(pair_verdicts("berapa penumpang tahun lalu?", trains).values())


def test_a_count_a_change_left_or_a_comparison_names_is_what_was():
    cases = ("Jumlah kasus penyakit paru-paru misterius di AS tercatat telah melonjak dari 380 menjadi 530 .",
             "Jumlah penumpang KAI naik dari 4,08 juta penumpang di tahun lalu menjadi 4,37 juta penumpang di tahun ini .")
    assert baseline_verdicts("berapa kasus penyakit paru-paru terkait vape di AS?", cases[0]) == {"380": False, "530": True}
    assert baseline_verdicts("berapa penumpang KAI saat mudik Lebaran 2017?", cases[1]) == {
        "4,08 juta penumpang": False, "4,37 juta penumpang": True}
    compared = ("Indonesia mendapat wisman dari China sebanyak 214,57 ribu wisman atau meningkat 15,88 persen "
                "dibandingkan bulan sebelumnya , 153,93 ribu wisman .")
    got = baseline_verdicts("berapa wisman asal China yang berkunjung ke Indonesia pada Juli 2017?", compared)
    assert got["214,57 ribu wisman"] and not got["153,93 ribu wisman"]
    # asked for the earlier count, it answers
    assert baseline_verdicts("berapa penumpang KAI tahun lalu?", cases[1])["4,08 juta penumpang"]


def test_becoming_something_is_no_change_of_count():
    # "menjadi" before a noun, not a figure: the count itself
    assert baseline_verdicts("berapa orang menjadi korban?",
                             "Dari 40 penumpang , sebanyak 12 orang menjadi korban luka .") == {
        "40 penumpang": True, "12 orang": True}
    # a part out of a whole ("dari 1.000 peserta") is no level a change left
    assert all(baseline_verdicts("berapa peserta yang lolos?",
                                 "Sebanyak 206 dari 1.000 peserta lolos tahap screening .").values())
    # a dated earlier level is left to the dates: "turun dari 12,1% pada 2016 menjadi 7% pada 2018"
    assert all(baseline_verdicts("berapa persen peredaran rokok ilegal pada 2016?",
                                 "Peredaran rokok ilegal turun dari 12,1% pada 2016 menjadi 7% pada 2018.").values())


def test_a_share_of_a_whole_named_after_it():
    # the whole after "dari total" is what the share is of
    depok = "Depok: Rp 1,80 juta per bulan atau sekitar 16,3% dari total biaya hidup"
    assert measure_verdict("berapa persen biaya hidup warga Depok yang habis untuk ongkos transportasi?",
                           depok, "sekitar 16,3%")
    # a whole asked: the share's whole must be it, whatever the part
    puso = "Luas areal sawah yang mengalami puso mencapai 70.201 Ha atau 26,49% dari total luas kekeringan."
    assert not measure_verdict("berapa persen luas kekeringan pada musim kemarau 2019 dibandingkan total luas tanam?",
                               puso, "26,49%")
    hibah = ("Diduga ada kesepakatan antara Kemenpora dan KONI untuk mengalokasikan , sebesar 19,13 persen dari "
             "total dana hibah Rp 17,9 miliar, yaitu Rp 3,4 miliar.")
    assert measure_verdict("berapa persen commitment fee yang disepakati Kemenpora dan KONI dari dana hibah?",
                           hibah, "19,13 persen")


def test_a_currency_country_is_no_place_of_a_share():
    mafia = ("Mafia tersebut diduga menguasai kontrak 6 miliar dolar AS per tahun atau sekitar 15 persen dari "
             "rata-rata impor minyak tahunan senilai 40 miliar dolar AS.")
    assert measure_verdict("berapa persen dari rata-rata impor minyak tahunan Indonesia yang kontraknya dikuasai "
                           "mafia migas?", mafia, "sekitar 15 persen")
    # a country named as such still is whose measure it is
    assert not measure_verdict("berapa persen pertumbuhan ekonomi Indonesia?",
                               "Pertumbuhan ekonomi Thailand mencapai 2,3 persen.", "mencapai 2,3 persen")


def test_an_amount_a_change_started_from_is_what_was():
    profit = ("PT PP ( Persero ) Tbk memperkirakan dapat meraup laba bersih hingga Rp 625 miliar sepanjang semester I "
              "2017 , naik 52 persen dari capaian di periode yang sama tahun lalu sebesar Rp 410 miliar .")
    got = baseline_verdicts("berapa laba bersih yang diperkirakan diraih PT PP pada semester I 2017?", profit)
    assert got["625 miliar"] and not got["410 miliar"], got
    # compared with a dated day, the dates decide (time_fits)
    gold = ("Harga tersebut turun Rp 4.000 dibandingkan harga batangan pada Senin (9/9/2019) kemarin yang berada "
            "diangka Rp 758.000.")
    assert baseline_verdicts("berapa harga emas Antam per gram pada Senin 9 September 2019?", gold)["758.000"]


def test_a_figure_after_sementara_another_one_is_that_ones():
    fines = ("Putri Hassa juga diperintahkan untuk membayar denda sebesar 10.000 euro (sekira Rp154 juta), sementara "
             "pengawalnya, Rani Saidi, menerima hukuman percobaan delapan bulan dan denda 5.000 euro (sekira Rp77 juta).")
    got = switch_verdicts("berapa denda yang harus dibayar putri Arab Saudi?", fines)
    assert got["10.000 euro"] and got["sekira Rp154 juta"], got
    assert not got["5.000 euro"] and not got["sekira Rp77 juta"], got
    # the new one asked: its figures stay
    assert switch_verdicts("berapa denda yang harus dibayar pengawal putri Arab Saudi?", fines)["5.000 euro"]
    # "sedangkan" needs no comma before it (session 22)
    sentences = "Diketahui Ending menerima hukuman 2 tahun 8 bulan penjara sedangkan Johnny dijatuhi vonis 1 tahun 8 bulan."
    got = switch_verdicts("berapa tahun hukuman penjara Sekjen KONI Ending Fuad Hamidy?", sentences)
    assert got["2"] and not got["1"], got
    # "sementara itu" (meanwhile) switches to no one
    assert all(switch_verdicts("berapa denda yang dibayar putri?",
                               "Putri membayar 10.000 euro, sementara itu denda 5.000 euro dibayar kemudian.").values())


def test_counts_told_apart_by_a_group_only_are_parts():
    athletes = ("Kami mengirim 10 atlet putra dan delapan atlet putri pada nomor cross country karena kejuaraan itu "
                "hanya untuk nomor cross country .")
    assert not any(pair_verdicts("berapa atlet paralayang Indonesia yang ikut kejuaraan uji coba?", athletes).values())
    # a group asked takes its own count
    assert pair_verdicts("berapa atlet putri paralayang Indonesia yang ikut kejuaraan uji coba?", athletes) == {
        "10 atlet": False, "delapan atlet": True}


def test_a_figure_of_someones_subordinates_is_theirs():
    sentence = ("Terkait perkara ini dua anak buah Fahmi yaitu Muhammad Adami Okta dan Hardy Stefanus juga dituntut "
                "2 tahun penjara ditambah denda Rp 100 juta subsider 6 bulan kurungan .")
    fine = next(dataclasses.asdict(x) for x in find_quantities(sentence) if x.value == 100_000_000)
    pipeline = TextPipeline()
    assert not related_party_fits(question_frame("berapa denda yang dituntut jaksa untuk Fahmi Darmawansyah?", pipeline),
                                  fine, sentence)
    # the subordinates asked: theirs
    assert related_party_fits(question_frame("berapa denda yang dituntut untuk anak buah Fahmi?", pipeline), fine, sentence)
    # the named one's own figure stays his
    own = "Direktur PT Merial Esa , Fahmi Darmawansyah , dituntut hukuman 4 tahun penjara ditambah denda Rp 200 juta ."
    q200 = next(dataclasses.asdict(x) for x in find_quantities(own) if x.value == 200_000_000)
    assert related_party_fits(question_frame("berapa denda yang dituntut jaksa untuk Fahmi Darmawansyah?", pipeline),
                              q200, own)


def test_a_sentence_opening_with_a_contrast_names_another_party():
    """Session 34: "Sementara, Gojek akan beroperasi di 221 kota/kabupaten", "Sedangkan Go-Jek, pesaing
    terdekat Grab, memiliki 35,3 persen …": the contrast opens the sentence (the one contrasted was
    the sentence before's), and its new subject is a name the question does not say."""
    cities = "Di berapa kota/kabupaten Grab menerapkan tarif baru ojek online sejak 2 September 2019?"
    assert switch_verdicts(cities, "Sementara, Gojek akan beroperasi di 221 kota/kabupaten.") == {"221 kota": False}
    assert switch_verdicts(cities, "Sementara, Grab akan beroperasi di 224 kota/kabupaten.") == {"224 kota": True}
    share = "Berapa persen pangsa pasar ride-hailing Grab di Indonesia menurut ABI Research?"
    got = switch_verdicts(share, "Sedangkan Go-Jek, pesaing terdekat Grab, memiliki 35,3 persen dari pasar Indonesia.")
    assert got == {"35,3 persen": False}, got
