"""Whose amount of money a figure is, judged with its article: a party's share is not the whole,
the whole is not a party's share, and another person's money is not the asked person's."""
from __future__ import annotations

from retrieval.answer import figure_label
from retrieval.clean import Article

CPO = Article(
    id="cpo-1", outlet="detikcom", published="2025-10-20", title="Kejagung serahkan uang sitaan kasus CPO",
    body="Kejaksaan Agung menyerahkan uang sitaan kasus korupsi ekspor CPO kepada negara, Senin (20/10/2025). "
         "Uang Rp 13,2 triliun itu disita dari 3 perusahaan sekaligus, Wilmar Group, Musim Mas Group, dan "
         "Permata Hijau Group. Rinciannya untuk Wilmar Group mengembalikan kerugian negara Rp 11,88 triliun. "
         "Kemudian Musim Mas Group senilai Rp 1,18 triliun dan Permata Hijau Group senilai Rp 186,43 miliar.")
BRIBES = Article(
    id="suap-1", outlet="Tempo.co", published="2019-09-18", title="KPK tetapkan Menpora tersangka",
    body="KPK menetapkan Menteri Pemuda dan Olahraga Imam Nahrawi sebagai tersangka. "
         "Imam Nahrawi diduga menerima uang suap Rp 26,5 miliar terkait dana hibah KONI. "
         "Dalam perkara lain, KPK menduga Patrialis menerima uang suap sebesar Rp 2 miliar dari Basuki Hariman.")


def labels(answer) -> list[str]:
    return [figure_label(c.figure) for c in answer.claims]


async def test_a_partys_share_is_what_the_article_gives_that_party(empty_engine):
    await empty_engine.ingest_articles([CPO, BRIBES])
    got = labels(await empty_engine.ask("berapa uang kerugian negara kasus CPO yang dikembalikan Wilmar Group?"))
    assert "Rp 11,88 triliun" in got and "Rp 13,2 triliun" not in got, got
    got = labels(await empty_engine.ask("berapa uang kerugian negara kasus CPO yang dikembalikan Musim Mas Group?"))
    assert "Rp 1,18 triliun" in got and "Rp 186,43 miliar" not in got and "Rp 13,2 triliun" not in got, got


async def test_the_whole_is_no_companys_share(empty_engine):
    await empty_engine.ingest_articles([CPO, BRIBES])
    got = labels(await empty_engine.ask("berapa uang sitaan kasus CPO yang diserahkan Kejaksaan Agung ke negara?"))
    assert "Rp 13,2 triliun" in got and "Rp 1,18 triliun" not in got and "Rp 186,43 miliar" not in got, got


async def test_another_persons_bribe_is_not_the_asked_persons(empty_engine):
    await empty_engine.ingest_articles([CPO, BRIBES])
    got = labels(await empty_engine.ask("berapa uang suap yang diduga diterima Imam Nahrawi?"))
    assert got == ["Rp 26,5 miliar"], got


WEALTH = [
    Article(id="harta-firli", outlet="Okezone", published="2019-09-13", title="Harta Kekayaan Firli Bahuri Capai Rp18 Miliar",
            body="Calon pimpinan KPK Firli Bahuri melaporkan hartanya ke KPK. "
                 "Total harta bergerak Ketua KPK terpilih itu sebanyak Rp 632.500.000 menurut LHKPN. "
                 "Harta tidak bergerak berupa tanah dan bangunan bernilai Rp 10.443.500.000."),
    Article(id="harta-imam", outlet="Okezone", published="2019-09-18", title="Menpora Imam Nahrawi jadi tersangka",
            body="KPK menetapkan Imam Nahrawi sebagai tersangka suap dana hibah KONI. "
                 "Berdasarkan data LHKPN periode 2017, Imam Nahrawi memiliki total kekayaan sebesar Rp22,6 miliar."),
]


async def test_a_sentence_naming_no_one_is_its_titles_person(empty_engine):
    await empty_engine.ingest_articles([*WEALTH, CPO, BRIBES])
    # "menurut LHKPN" names a report, not whose wealth: the question is still about Imam Nahrawi
    got = labels(await empty_engine.ask("berapa total harta kekayaan Imam Nahrawi menurut LHKPN?"))
    assert "Rp 22,6 miliar" in got and "Rp 632.500.000" not in got and "Rp 10.443.500.000" not in got, got


async def test_a_total_asked_sets_aside_parts_far_below_a_stated_total(empty_engine):
    await empty_engine.ingest_articles([*WEALTH, CPO, BRIBES,
        Article(id="harta-rinci", outlet="Tempo.co", published="2019-09-18", title="Rincian harta Imam Nahrawi",
                body="Harta Menpora Imam Nahrawi didominasi tanah dan bangunan. "
                     "Harta kekayaan Imam Nahrawi terdiri atas harta bergerak senilai Rp 4,6 miliar dan kas Rp 1,7 miliar. "
                     "Menurut LHKPN 2018, total harta kekayaan Imam Nahrawi mencapai Rp 21,64 miliar.")])
    got = labels(await empty_engine.ask("berapa total harta kekayaan Imam Nahrawi?"))
    assert "Rp 22,6 miliar" in got and "Rp 21,64 miliar" in got, got
    assert "Rp 4,6 miliar" not in got and "Rp 1,7 miliar" not in got, got


EXCISE = Article(
    id="cukai-1", outlet="SINDOnews", published="2019-09-11", title="Penerimaan cukai tembakau hingga Juli 2019",
    body="Kementerian Keuangan melaporkan penerimaan cukai hasil tembakau pekan ini. "
         "Hingga bulan Juli 2019, target penerimaan cukai tembakau dari Rp159 triliun sudah tercapai Rp130 triliun. "
         "Pemerintah menaikkan tarif cukai rokok rata-rata 23 persen mulai 2020.")


async def test_a_target_asked_is_not_what_was_reached(empty_engine):
    await empty_engine.ingest_articles([EXCISE, CPO])
    got = labels(await empty_engine.ask("berapa target penerimaan cukai tembakau tahun 2019?"))
    assert "Rp 159 triliun" in got and "Rp 130 triliun" not in got, got


PROJECT = [
    Article(id="ektp-a", outlet="poskotanews.com", published="2017-11-25", title="Novanto tersangka korupsi e-KTP",
            body="KPK menetapkan Novanto sebagai tersangka kasus dugaan korupsi proyek pengadaan e-KTP, karena diduga "
                 "menerima kucuran dana sekitar Rp 2,5 triliun atau hampir setengah dari nilai proyek pengadaan e-KTP. "
                 "Novanto membantah tuduhan itu."),
    Article(id="ektp-b", outlet="Tempo.co", published="2017-03-09", title="Sidang perdana korupsi e-KTP",
            body="Sidang perdana kasus korupsi e-KTP digelar di Pengadilan Tipikor. "
                 "Nilai proyek pengadaan e-KTP mencapai Rp 5,9 triliun menurut dakwaan jaksa. "
                 "Dua terdakwa hadir di ruang sidang."),
]


async def test_an_amount_said_to_be_a_share_of_the_asked_thing_is_not_it(empty_engine):
    await empty_engine.ingest_articles(PROJECT)
    got = labels(await empty_engine.ask("berapa nilai proyek pengadaan e-KTP?"))
    assert "Rp 5,9 triliun" in got and "Rp 2,5 triliun" not in got, got


TRADE = [
    Article(id="ekspor-1", outlet="Kompas.com", published="2019-09-16", title="BPS umumkan neraca perdagangan",
            body="Badan Pusat Statistik mengumumkan neraca perdagangan Agustus 2019. "
                 "Nilai ekspor Indonesia pada Agustus 2019 mencapai US$ 14,28 miliar. "
                 "Angka itu turun dibanding bulan sebelumnya."),
    Article(id="iklan-1", outlet="Liputan6.com", published="2019-09-01", title="Pasar iklan digital tumbuh",
            body="Pasar iklan digital terus tumbuh di Indonesia pada 2019. "
                 "Nilai pasar iklan digital di Indonesia pada Agustus 2019 mencapai US$ 300 juta. "
                 "Pengiklan beralih ke media sosial."),
]


async def test_a_value_asked_is_the_value_of_what_the_question_names(empty_engine):
    await empty_engine.ingest_articles(TRADE)
    got = labels(await empty_engine.ask("berapa nilai ekspor Indonesia pada Agustus 2019?"))
    assert "US$ 14,28 miliar" in got and not any("300" in g for g in got), got


def test_a_value_narrowed_or_summed_over_months_is_not_the_months_value():
    """ "berapa nilai impor Indonesia pada Agustus 2019?": not imports of one kind or from one
    country (parts), nor the January-August total."""
    from retrieval.claims import find_quantities
    from retrieval.frame import money_fits, question_frame, time_fits
    from retrieval.text import TextPipeline
    frame = question_frame("berapa nilai impor Indonesia pada Agustus 2019?", TextPipeline())

    def fits(sentence: str) -> bool:
        (q,) = [x.__dict__ for x in find_quantities(sentence)]
        return money_fits(frame, q, sentence, "") and time_fits(frame, sentence, "", "2019-09-16", None, q["text"])
    assert fits("Nilai impor Agustus 2019 tercatat mencapai USD14,20 miliar.")
    assert not fits("Sementara impor nonmigas mencapai USD12,56 miliar pada Agustus 2019.")
    assert not fits("Impor dari China mencapai 3,74 miliar dollar AS pada Agustus 2019.")
    assert not fits("Nilai impor Januari-Agustus 2019 mencapai USD111,88 miliar.")


def test_a_headlines_figure_takes_the_year_its_body_gives_it():
    """ "Potensi Penerimaan Rp 173 Triliun" says no year; the body's "pada 2020 sebesar Rp 173
    triliun" does: the headline's figure holds for a question about 2020, not one about 2019."""
    from retrieval.claims import extract_claims
    from retrieval.frame import question_frame, time_fits
    from retrieval.text import TextPipeline
    title = "Cukai Rokok Naik, Sri Mulyani: Potensi Penerimaan Rp 173 Triliun"
    claims = extract_claims(["Menteri Keuangan Sri Mulyani menaikkan tarif cukai rokok.",
                             "Sri Mulyani memperkirakan penerimaan cukai rokok pada 2020 sebesar Rp 173 triliun."],
                            title=title)
    (q,) = claims[0].quantities
    assert q.when == ["2020"]

    def fits(question: str) -> bool:
        return time_fits(question_frame(question, TextPipeline()), title, title, "2019-09-13", q.when, q.text)
    assert not fits("berapa penerimaan cukai rokok tahun 2019?")
    assert fits("berapa penerimaan cukai rokok tahun 2020?")


def test_a_change_of_a_traded_amount_is_an_amount_of_money():
    """ "berapa penurunan impor dari China": the fall is an amount ("turun USD 358,7 juta")."""
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa penurunan impor nonmigas dari China pada Agustus 2019?", TextPipeline())
    assert (frame.money, frame.money_thing, frame.asks) == (True, "impor", "change")


def test_an_amount_named_right_before_the_question_word_is_what_is_asked():
    """ "neraca perdagangan Indonesia bulan Juli 2019 defisit berapa?" asks the deficit (money),
    while "tentara Korut berapa orang?" still asks soldiers."""
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    p = TextPipeline()
    frame = question_frame("neraca perdagangan Indonesia bulan Juli 2019 defisit berapa?", p)
    assert (frame.noun, frame.money) == ("defisit", True)
    assert question_frame("tentara Korut berapa orang?", p).noun == "tentara"


def test_an_amount_in_dollars_must_be_the_asked_amount_too():
    """ "14,2 miliar dollar AS" of exports, "surplus 85,1 juta dollar AS": counted in a currency
    word, they are still amounts of another thing for "defisit … berapa?" (they skipped the test
    of what the amount is before)."""
    from retrieval.claims import find_quantities
    from retrieval.frame import money_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("defisit neraca perdagangan migas Agustus 2019 berapa?", TextPipeline())

    def fits(sentence: str) -> list[str]:
        return [q.text for q in find_quantities(sentence) if money_fits(frame, q.__dict__, sentence, "")]
    assert fits("Neraca dagang Indonesia mengalami surplus 85,1 juta dollar AS pada Agustus 2019.") == []
    assert fits("Defisit neraca migas pada Agustus 2019 mencapai 755 juta dollar AS.") == ["mencapai 755 juta dollar"]


def test_another_companys_price_is_not_the_asked_ones():
    from retrieval.claims import find_quantities
    from retrieval.frame import money_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa harga saham BTN per lembar setelah BI memangkas suku bunga?", TextPipeline())

    def kept(sentence: str) -> list[str]:
        return [q.text for q in find_quantities(sentence) if money_fits(frame, q.__dict__, sentence, None)]

    assert kept("Penguatan tertinggi terjadi pada saham PT Bank Tabungan Negara (Persero) Tbk (BTN) sebesar 3,35% "
                "ke harga Rp 1.390 per lembar saham.") == ["1.390"]
    assert kept("Sementara PT Bank Rakyat Indonesia (Persero) Tbk (BRI), menguat 2,18% ke harga Rp 4.220 per lembar saham.") == []
    assert kept("Kemudian PT Bank Mandiri (Persero) Tbk (BMRI) tercatat menguat sebesar 0,67% ke harga Rp 4.510 per lembar.") == []
    # a person's amount named through his party is still his
    person = question_frame("berapa total harta kekayaan Imam Nahrawi menurut LHKPN?", TextPipeline())
    said = "Menurut laporan tersebut, harta politikus Partai Kebangkitan Bangsa itu mencapai Rp 21,64 miliar."
    assert [q.text for q in find_quantities(said) if money_fits(person, q.__dict__, said, None)]


def test_another_bodys_proposal_is_not_the_asked_proposal():
    from retrieval.claims import find_quantities
    from retrieval.frame import proposer_fits, question_frame
    from retrieval.text import TextPipeline
    djsn = ("Dewan Jaminan Sosial Nasional (DJSN) mengusulkan agar iuran peserta mandiri naik, kelas 1 dari "
            "Rp 80.000 menjadi Rp 120.000.")
    kemenkeu = "Bila mengacu pada usulan Kementerian Keuangan, iuran JKN untuk kelas I diusulkan sebesar Rp 160.000."

    def kept(question: str) -> list[str]:
        frame = question_frame(question, TextPipeline())
        return [q.text for s in (djsn, kemenkeu) for q in find_quantities(s) if proposer_fits(frame, q.__dict__, s)]

    assert kept("berapa iuran BPJS Kesehatan kelas I usulan Kementerian Keuangan tahun 2019?") == ["160.000"]
    assert kept("berapa iuran kelas I BPJS Kesehatan yang diusulkan Kemenkeu?") == ["160.000"]   # the ministry's short name
    assert "120.000" in kept("berapa iuran kelas I BPJS Kesehatan yang diusulkan DJSN?")
    # no proposer asked: not judged here ("kelas 1" is a class's label, no figure)
    assert kept("berapa iuran kelas I BPJS Kesehatan?") == ["80.000", "120.000", "160.000"]


async def test_money_seized_in_a_regents_arrest_answers(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="ott-1", outlet="Kompas.com", published="2019-09-04", title="KPK tangkap Bupati Muara Enim",
        body="KPK menggelar operasi tangkap tangan terhadap Bupati Muara Enim Ahmad Yani. "
             "KPK selain mengamankan Ahmad Yani dan tiga orang lainnya dalam operasi tangkap tangan (OTT), "
             "juga mengamankan uang 35.000 dollar Amerika Serikat (AS).")])
    got = labels(await empty_engine.ask("berapa uang yang disita KPK dalam operasi tangkap tangan Bupati Muara Enim?"))
    assert any("35.000" in g for g in got), got
    assert not any(g.startswith("tiga") for g in got), got


async def test_a_companys_share_is_not_the_amount_of_all_listed_nor_a_stated_total(empty_engine):
    await empty_engine.ingest_articles([CPO, Article(
        id="cpo-2", outlet="detikcom", published="2025-10-20", title="Kejagung serahkan uang kasus CPO ke negara",
        body="Kejaksaan Agung menyerahkan uang kerugian negara kasus korupsi ekspor CPO kepada negara. "
             "Uang kerugian negara Rp 13,2 triliun itu dikembalikan 3 perusahaan sekaligus, Wilmar Group, "
             "Musim Mas Group, dan Permata Hijau Group. "
             "Total kerugian negara kasus korupsi CPO yang dikembalikan menyentuh angka Rp 13,2 triliun.")])
    got = labels(await empty_engine.ask("berapa uang kerugian negara kasus CPO yang dikembalikan Musim Mas Group?"))
    assert "Rp 1,18 triliun" in got and "Rp 13,2 triliun" not in got, got


def test_a_partys_seats_said_of_no_party_are_its_titles():
    """"partai besutan SBY itu meraih 54 kursi" under "Demokrat Siap Bantu …" is Demokrat's, not PDIP's."""
    from retrieval.frame import held_party_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa kursi yang diraih PDIP di DPR pada Pemilu 2019?", TextPipeline())
    s = "Sehingga dalam perolehan kursi di DPR RI partai besutan SBY itu meraih 54 kursi."
    q = {"text": "54 kursi", "unit": "kursi"}
    assert not held_party_fits(frame, q, s, "Demokrat Siap Bantu Pemerintahan Jokowi-Ma'ruf")
    assert held_party_fits(frame, q, s, "PDIP Raih Kursi Terbanyak di DPR")
    assert held_party_fits(frame, q, s, "Hasil Pemilu 2019 di DPR")


def test_a_regional_council_is_not_the_national_one():
    """"anggota Dewan Perwakilan Rakyat Daerah (DPRD)" are a regional council's members, not the DPR's."""
    from retrieval.claims import find_quantities
    from retrieval.frame import figure_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa anggota DPR periode 2019-2024 yang dilantik?", TextPipeline())
    regional = find_quantities("Sebanyak dua dari 45 anggota Dewan Perwakilan Rakyat Daerah (DPRD) periode 2019-2024 batal dilantik.")
    national = find_quantities("Sebanyak 575 anggota Dewan Perwakilan Rakyat (DPR) RI periode 2019-2024 telah dilantik.")
    # (two of the 45 are counted too: "dua dari 45 anggota", a part of the same council's members)
    assert [(q.value, q.of) for q in regional] == [(2, "dprd"), (45, "dprd")]
    assert not any(figure_fits(q.__dict__, frame) for q in regional)
    assert [q.of for q in national] == ["dpr"] and figure_fits(national[0].__dict__, frame)


def test_each_amount_of_a_list_is_its_holders_even_the_first_and_restated():
    """"Akom … US$ 100 ribu atau Rp 1 miliar, Miryam US$ 1,2 juta dan Markus … US$ 400 ribu":
    the sentence's first word is a name (no Indonesian word), and a restated amount ("atau Rp 1
    miliar") is its holder's too."""
    from retrieval.frame import party_fits, question_frame
    from retrieval.text import TextPipeline
    s = ("Akom terbukti menerima uang panas e-KTP sebesar US$ 100 ribu atau Rp 1 miliar , Miryam US$ 1,2 juta "
         "dan Markus sejumlah US$ 400 ribu atau Rp 4 miliar .")
    frame = question_frame("berapa uang proyek e-KTP yang diterima Miryam S Haryani?", TextPipeline())
    kept = [t for t in ("100 ribu", "1 miliar", "1,2 juta", "400 ribu", "4 miliar") if party_fits(frame, {"text": t}, s)]
    assert kept == ["1,2 juta"], kept
