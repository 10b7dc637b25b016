"""An amount asked of a budget: not one of the uses it is spread over, not the proposal when the
approved one is asked, not what comes every year when one year is asked."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.frame import allocation_fits, habitual_fits, purpose_fits, question_frame, stage_fits
from retrieval.text import TextPipeline

from .answered import FILLER, answer_labels as labels

WHOLE = "berapa anggaran Kementerian PUPR tahun 2020 yang disetujui DPR?"


def _kept(question: str, sentence: str, rule) -> list[str]:
    frame = question_frame(question, TextPipeline())
    return [q.text for q in find_quantities(sentence) if rule(frame, q.__dict__, sentence)]


def test_the_uses_a_budget_is_spread_over_are_not_the_budget():
    spread = ("Anggaran tersebut akan dimanfaatkan untuk sumber daya air (SDA) Rp 43,97 triliun, "
              "konektivitas Rp 42,95 triliun, dan perumahan Rp 8,48 triliun.")
    assert _kept(WHOLE, spread, allocation_fits) == []
    braces = ("Anggaran Kementerian PUPR tahun 2020 akan dialokasikan pada infrastruktur sumber daya air "
              "(Rp43,97 triliun), konektivitas (Rp42,95 triliun), permukiman (Rp22 triliun).")
    assert _kept(WHOLE, braces, allocation_fits) == []
    # the use asked: its amount answers
    assert _kept("berapa anggaran PUPR untuk konektivitas tahun 2020?", spread, allocation_fits) == ["42,95 triliun"]
    # the spreading word must be said of the asked money: another use's "digunakan" is no list of uses
    prices = ("Penurunan ini meliputi pupuk bersubsidi yang digunakan petani, yaitu urea dari Rp 2.250 per kilogram "
              "menjadi Rp 1.800 per kilogram.")
    assert "1.800" in " ".join(_kept("berapa harga pupuk urea bersubsidi per kilogram?", prices, allocation_fits))


def test_the_approved_amount_is_not_the_proposal():
    proposed = "Alokasi ini hanya terpaut tipis dari usulan yang diajukan dalam pagu sebesar Rp 120,37 triliun."
    approved = "Komisi V DPR menyetujui pagu anggaran Kementerian PUPR tahun 2020 sebesar Rp 120,21 triliun."
    assert _kept(WHOLE, proposed, stage_fits) == []
    assert _kept(WHOLE, approved, stage_fits) == ["120,21 triliun"]
    asked = "berapa pagu anggaran PUPR yang diusulkan untuk 2020?"
    assert _kept(asked, proposed, stage_fits) == ["120,37 triliun"] and _kept(asked, approved, stage_fits) == []


def test_what_comes_every_year_is_no_one_years_amount():
    every = "Untuk diketahui, setiap tahun Kementerian PUPR memperoleh anggaran sekitar Rp 110 triliun."
    assert _kept(WHOLE, every, habitual_fits) == []
    assert _kept("berapa anggaran Kementerian PUPR?", every, habitual_fits) == ["110 triliun"]


async def test_a_budget_answer_lists_the_whole_not_its_uses(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="apbn-1", outlet="Kompas.com", published="2019-09-17", title="DPR setujui anggaran Kementerian PUPR 2020",
        body="Komisi V DPR menyetujui pagu anggaran Kementerian PUPR tahun 2020 sebesar Rp 120,21 triliun. "
             "Anggaran tersebut akan dimanfaatkan untuk sumber daya air Rp 43,97 triliun, konektivitas Rp 42,95 "
             "triliun, dan perumahan Rp 8,48 triliun. Alokasi ini terpaut tipis dari usulan yang diajukan dalam "
             "pagu sebesar Rp 120,37 triliun.")])
    got = labels(await empty_engine.ask(WHOLE))
    assert any("120,21" in g for g in got), got
    assert not any(v in g for g in got for v in ("43,97", "42,95", "8,48", "120,37")), got


def test_an_amount_in_a_list_by_item_is_its_own_items():
    from retrieval.frame import money_list_fits
    prices = ("Penurunan ini meliputi seluruh jenis pupuk bersubsidi, yaitu urea dari Rp 2.250 per kilogram menjadi "
              "Rp 1.800 per kilogram, NPK dari Rp 2.300 per kilogram menjadi Rp 1.840 per kilogram, NPK kakao dari "
              "Rp 3.300 per kilogram menjadi Rp 2.640 per kilogram.")
    urea = _kept("berapa harga eceran tertinggi pupuk urea bersubsidi per kilogram setelah diturunkan?", prices,
                 money_list_fits)
    assert "1.800" in " ".join(urea) and not any(v in " ".join(urea) for v in ("1.840", "2.640")), urea
    npk = " ".join(_kept("harga pupuk NPK subsidi sekarang jadi berapa per kg?", prices, money_list_fits))
    assert "1.840" in npk and "2.640" not in npk and "1.800" not in npk, npk     # "NPK kakao" is another kind
    # a restatement in another currency is the same item's; the old amount "dari sebelumnya" too
    paid = "Akom menerima US$ 100 ribu atau Rp 1 miliar, Miryam US$ 1,2 juta dan Markus sejumlah US$ 400 ribu atau Rp 4 miliar."
    markus = " ".join(_kept("berapa uang yang diterima Markus Nari?", paid, money_list_fits))
    assert "4 miliar" in markus and "1 miliar" not in markus, markus
    fees = "Kelas I dari sebelumnya Rp 80 ribu jadi Rp 160 ribu dan kelas II dari sebelumnya Rp 51 ribu menjadi Rp110 ribu, kelas III Rp 42 ribu."
    assert "110 ribu" in _kept("berapa iuran BPJS Kesehatan kelas II setelah naik?", fees, money_list_fits)
    # what "dengan" brings ("dengan total anggaran") names the amount, not the item
    places = ("Seperti Danau Toba dengan total anggaran Rp109,2 miliar, Labuan Bajo sebesar Rp207,6 miliar, dan "
              "Destinasi Mandalika sebesar Rp126,5 miliar.")
    bajo = " ".join(_kept("berapa anggaran Kemenhub untuk transportasi di Labuan Bajo tahun 2020?", places, money_list_fits))
    assert "207,6" in bajo and "109,2" not in bajo and "126,5" not in bajo, bajo
    toba = " ".join(_kept("berapa anggaran untuk Danau Toba?", places, money_list_fits))
    assert "109,2" in toba and "207,6" not in toba, toba


def test_a_price_asked_per_one_unit_is_not_the_price_per_another():
    from retrieval.frame import per_unit_fits
    sack = "Hitung per sak dari Rp 112.500 turun menjadi Rp 90.000 per sak."
    kilo = "NPK dari Rp 2.300 per kg menjadi Rp 1.840 per kilogram."
    asked = "harga pupuk NPK subsidi sekarang jadi berapa per kg?"
    assert "90.000" not in " ".join(_kept(asked, sack, per_unit_fits))
    assert "1.840" in " ".join(_kept(asked, kilo, per_unit_fits))
    # kilogram and kg are one unit; a figure with no unit after it is not judged here
    assert "1.840" in " ".join(_kept("berapa harga NPK per kilogram?", kilo, per_unit_fits))
    assert _kept(asked, "Harga NPK kini Rp 1.840.", per_unit_fits) == ["1.840"]
    # the noun of "… jadi berapa per kg?" is the money asked before it, not "per"
    assert question_frame(asked, TextPipeline()).money


def test_the_noun_before_the_question_word_when_a_preposition_follows_it():
    frame = question_frame("Kemenhub mendapat tambahan anggaran berapa untuk destinasi wisata prioritas tahun 2020?",
                           TextPipeline())
    assert frame.noun == "anggaran" and frame.money      # not "destinasi": counts of places are no answer
    assert question_frame("berapa destinasi wisata prioritas?", TextPipeline()).noun == "destinasi"


def test_the_day_a_plan_was_said_on_is_no_year_of_it():
    from retrieval.frame import time_fits
    frame = question_frame(WHOLE, TextPipeline())
    said = ('"Pagu alokasi anggaran Kementerian PUPR menjadi sebesar Rp 120,2 triliun," kata Ketua Komisi V DPR '
            "di Gedung Nusantara DPR RI, Senayan, Jakarta, Rabu (18/9/2019).")
    assert time_fits(frame, said, None, "2019-09-19", None, "120,2 triliun")
    # a year named in the sentence still decides, and a date after the asked year is that year's news
    assert not time_fits(frame, "Pagu anggaran PUPR pada 2019 sebesar Rp 110,7 triliun.", None, "2019-09-19", None,
                         "110,7 triliun")
    late = question_frame("berapa anggaran Kementerian PUPR tahun 2018?", TextPipeline())
    assert not time_fits(late, said, None, "2019-09-19", None, "120,2 triliun")


def test_what_a_thing_is_worth_is_not_the_asked_money():
    from retrieval.frame import worth_fits
    bridge = ("Ditjen Bina Marga membangun Jembatan Tano Pangol di Kabupaten Samosir 1,2 kilometer senilai "
              "Rp 297 miliar.")
    assert "297 miliar" not in _kept(WHOLE, bridge, worth_fits)   # (the length is for the money rule)
    assert _kept(WHOLE, "Kementerian PUPR mendapat anggaran senilai Rp 120,2 triliun.", worth_fits) == ["120,2 triliun"]
    # money itself asked: a thing's worth may be it; a value asked is read by the value rule
    assert _kept("berapa uang yang diterima Markus?", "Markus menerima mobil senilai Rp 500 juta.", worth_fits)
    target = "Penerimaan naik menjadi Rp 185 triliun dari target tahun ini senilai Rp 157 triliun."
    assert "157 triliun" in _kept("berapa target penerimaan cukai rokok tahun 2019?", target, worth_fits)


def test_an_unnamed_amount_under_a_title_about_another_amount_is_that_ones():
    from retrieval.frame import money_fits
    frame = question_frame("berapa iuran BPJS Kesehatan kelas II setelah naik?", TextPipeline())
    title = "Jika Iuran Tak Naik, Defisit BPJS Kesehatan Bisa Capai Rp 77,9 Triliun"
    later = "Kemudian, Rp 58,6 triliun pada 2022, Rp 67,3 triliun pada 2023 dan Rp 77,9 triliun pada 2024."
    assert not money_fits(frame, {"text": "58,6 triliun", "unit": None}, later, title)
    # under a title whose amount is the asked one, an unnamed part still answers
    fee_title = "Iuran BPJS Kesehatan Kelas II Naik Jadi Rp 110.000"
    assert money_fits(frame, {"text": "110.000", "unit": None}, "Kelas II menjadi Rp 110.000 per bulan.", fee_title)


def test_the_price_of_a_size_is_not_the_price_per_unit_and_a_daily_price_is_its_reports_day():
    from retrieval.claims import find_quantities
    from retrieval.frame import per_unit_fits, question_frame, time_fits
    from retrieval.text import TextPipeline
    frame = question_frame("berapa harga emas Antam per gram pada Rabu 18 September 2019?", TextPipeline())

    def kept(sentence: str) -> list[str]:
        return [q.text for q in find_quantities(sentence) if per_unit_fits(frame, q.__dict__, sentence)]

    bar = "Dan harga emas batangan 1.000 gram yaitu Rp 724.600.000."
    assert any("724.600.000" in q.text for q in find_quantities(bar)) and "724.600.000" not in " ".join(kept(bar))
    listed = kept("Berikut daftar harga emas Antam hari ini:,- 0,5 gram: Rp403.000,- 1 gram: Rp757.000,- 2 gram: Rp1.463.000.")
    assert "757.000" in listed and "403.000" not in listed and "1.463.000" not in listed, listed
    assert "753.000" in kept("Harga emas Antam dijual Rp 753.000 per gram.")
    # a price stated without its day is its report's: two days later it is another day's price
    plain = "Harga emas Antam dijual Rp 752.000 per gram."
    assert time_fits(frame, plain, None, "2019-09-18", None, "752.000")
    assert not time_fits(frame, plain, None, "2019-09-20", None, "752.000")
    # a toll reported two days later still tells of the asked day
    toll = question_frame("berapa korban tewas kecelakaan pada 2 September 2019?", TextPipeline())
    assert time_fits(toll, "Korban tewas bertambah menjadi 9 orang.", None, "2019-09-04", None, "9 orang")


def test_one_ministrys_share_and_an_addition_are_not_the_joint_total():
    from retrieval.claims import find_quantities
    from retrieval.frame import question_frame, share_fits
    from retrieval.periods import stretch_fits
    from retrieval.text import TextPipeline
    q = "berapa total anggaran pembangunan infrastruktur lima destinasi super prioritas tahun 2020?"
    frame = question_frame(q, TextPipeline())
    share = ("Kementerian PUPR mendapatkan porsi penambahan anggaran paling besar, yakni sebesar Rp 5,54 triliun "
             "di lima destinasi super prioritas.")
    total = "Total anggaran bagi pembangunan infrastruktur di lima destinasi pariwisata super prioritas mencapai Rp9,35 triliun."
    assert not any(share_fits(frame, x.__dict__, share) for x in find_quantities(share))
    assert all(share_fits(frame, x.__dict__, total) for x in find_quantities(total))
    # a ministry asked takes its share
    own = question_frame("berapa total anggaran Kementerian PUPR untuk lima destinasi super prioritas?", TextPipeline())
    assert all(share_fits(own, x.__dict__, share) for x in find_quantities(share))
    added = "Pemerintah telah mengucurkan anggaran tambahan sebesar Rp 6,34 triliun dari APBN 2020."
    assert not any(stretch_fits(q, x.__dict__, added) for x in find_quantities(added))


def test_what_was_raised_is_not_the_target():
    from retrieval.claims import find_quantities
    from retrieval.frame import money_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa dana yang diraup PT Gunung Raja Paksi dari IPO di BEI?", TextPipeline())
    target = "Asal tahu saja, PT Gunung Raja Paksi menargetkan dana IPO sebesar Rp1 triliun."
    raised = "Harga yang ditawarkan sebesar Rp840 per saham, dengan demikian perusahaan bakal meraup dana segar dari IPO sebesar Rp1,03 triliun."
    assert not any(money_fits(frame, q.__dict__, target, None) for q in find_quantities(target))
    assert any(money_fits(frame, q.__dict__, raised, None) for q in find_quantities(raised) if "1,03" in q.text)


def test_an_amount_bound_to_a_use_or_a_project_is_no_bodys_budget():
    """A body's whole budget asked: "dana Rp 22 triliun … untuk penyediaan air minum", "dalam
    mendukung konektivitas …, … Rp297 miliar", "membangun Jembatan … dengan anggaran Rp297 miliar"
    are parts; "anggaran … untuk tahun 2020 sebesar Rp 120,21 triliun" and "anggaran Rp43,5 triliun
    ini akan digunakan untuk …" are the whole."""
    use = ("Pemerintah menganggarkan dana Rp 22 triliun melalui Kementerian Pekerjaan Umum dan Perumahan Rakyat "
           "(PUPR) untuk penyediaan air minum dan penataan kawasan kumuh.")
    assert _kept(WHOLE, use, purpose_fits) == []
    adverbial = ("Pada tahun 2020, dalam mendukung konektivitas di KSPN Danau Toba, Kementerian PUPR mengalokasikan "
                 "anggaran sebesar Rp 297 miliar.")
    assert _kept(WHOLE, adverbial, purpose_fits) == []
    project = "Kementerian PUPR membangun Jembatan Tano Pangol sepanjang 1 km dengan anggaran Rp297 miliar."
    assert "297 miliar" not in " ".join(_kept(WHOLE, project, purpose_fits))
    year = "Anggaran Kementerian PUPR untuk tahun 2020 sebesar Rp 120,21 triliun disetujui DPR."
    assert _kept(WHOLE, year, purpose_fits) == ["120,21 triliun"]
    known = "Menkeu mengatakan, anggaran Rp43,5 triliun ini akan digunakan untuk menciptakan kemakmuran."
    assert _kept("berapa anggaran Kementerian Keuangan tahun 2020?", known, purpose_fits) == ["43,5 triliun"]
    fronted = ("Untuk mengakselerasi pengembangan di lima KSPN tersebut, Kementerian PUPR akan meningkatkan pagu "
               "anggaran infrastruktur menjadi Rp 7,1 triliun.")
    assert "7,1 triliun" not in _kept(WHOLE, fronted, purpose_fits)
    listed = ("Kementerian PUPR juga melakukan Penataan Kawasan Parapat yakni Pembangunan Gerbang Kawasan Rp 148,2 "
              "miliar, dan Penataan Ruang Publik Parapat dengan anggaran Rp 50 miliar.")
    assert _kept(WHOLE, listed, purpose_fits) == []
    # the use asked is allocation_fits' to judge
    assert _kept("berapa anggaran PUPR untuk penyediaan air minum tahun 2020?", use, purpose_fits) == ["22 triliun"]


REVOLVER = Article(
    id="senpi-dakwaan", outlet="Tribunnews", published="2019-09-10", title="Helmi membeli senjata api untuk Kivlan",
    body="Jaksa menyebut Helmi kemudian membeli revolver merk Taurus kaliber 38 seharga Rp 50 juta dari saksi Asmaizulfi. "
         "Helmi juga membeli mobil bekas seharga Rp 200 juta dari seorang pengusaha.")


async def test_a_price_said_with_seharga_is_the_price_of_the_thing_it_follows(empty_engine):
    # "seharga" names the asked price itself ("harga revolver"): the revolver's, not the car's
    await empty_engine.ingest_articles([REVOLVER, *FILLER])
    got = labels(await empty_engine.ask("berapa harga revolver Taurus yang dibeli Helmi?"))
    assert got == ["Rp 50 juta"], got
    got = labels(await empty_engine.ask("berapa harga mobil bekas yang dibeli Helmi?"))
    assert got == ["Rp 200 juta"], got


PICKUP = Article(
    id="esemka-harga", outlet="Kompas.com", published="2019-09-07", title="Harga mobil pikap Esemka Bima",
    body="Harga off the road (belum terkena pajak) mobil pikap Esemka Bima ditaksir Rp 95 juta, sedangkan harga "
         "on the road (termasuk pajak) berkisar Rp 105 juta per unit.")


async def test_an_aside_saying_what_an_amount_includes_does_not_name_it(empty_engine):
    # "(termasuk pajak)" says the price includes the tax: the amount is still the price asked
    await empty_engine.ingest_articles([PICKUP, *FILLER])
    got = labels(await empty_engine.ask("berapa harga on the road (sudah termasuk pajak) mobil pikap Esemka Bima per unit?"))
    assert "Rp 105 juta" in got and "Rp 95 juta" not in got, got


PROMISED = Article(
    id="aulia-bayaran", outlet="Kompas.com", published="2019-09-02", title="Aulia janjikan bayaran kepada pembunuh bayaran",
    body="Aulia menjanjikan bayaran Rp 200 juta kepada dua pembunuh bayaran untuk menghabisi suaminya. "
         "Namun, Aulia hanya membayarkan Rp 10 juta kepada pembunuh bayaran setelah peristiwa pembunuhan itu.")


async def test_a_payment_promised_is_not_the_one_made(empty_engine):
    await empty_engine.ingest_articles([PROMISED, *FILLER])
    got = labels(await empty_engine.ask("berapa bayaran yang dijanjikan Aulia kepada pembunuh bayaran?"))
    assert got == ["Rp 200 juta"], got
    got = labels(await empty_engine.ask("berapa bayaran yang dibayarkan Aulia kepada pembunuh bayaran?"))
    assert got == ["Rp 10 juta"], got
