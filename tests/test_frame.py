"""Question frames: a figure answers a quantity question only when it is the asked party's, counts
the asked predicate, and holds in the asked place and event (retrieval/frame.py).

Sentences are written in the style of news for each class of error, across topics."""
from __future__ import annotations

import json

import pytest

from retrieval.claims import find_quantities
from retrieval.frame import QuestionFrame, context_fits, figure_fits, question_frame, time_fits
from retrieval.text import TextPipeline

PIPELINE = TextPipeline()


def taken(question: str, sentence: str, title: str | None = None) -> list[str]:
    """The figures of a sentence (as written) that the question's frame takes, as the answer would:
    each figure must fit, and its sentence must hold in the question's place and event."""
    frame = question_frame(question, PIPELINE)
    figures = [json.loads(json.dumps(vars(q))) for q in find_quantities(sentence)]  # as stored
    return [q["text"] for q in figures if figure_fits(q, frame) and context_fits(frame, sentence, title)]


def answered(question: str, sentence: str, units: tuple[str, ...] | None = None, title: str | None = None) -> list[str]:
    """The figures of a sentence that answer the question by every rule of relevance.figure_answers;
    ``units``: the counted nouns the answer's noun filter (answer.py) would let through; ``title``:
    the sentence's article's."""
    from retrieval.relevance import figure_answers
    frame = question_frame(question, PIPELINE)
    figures = [json.loads(json.dumps(vars(q))) for q in find_quantities(sentence)]
    return [q["text"] for q in figures
            if (units is None or q.get("unit") in units) and figure_answers(frame, q, sentence, title, siblings=figures)]


# ---------------------------------------------------------------- another party's figure
@pytest.mark.parametrize("question,sentence,expected", [
    # war: whose soldiers
    ("berapa tentara Korut yang tewas?", "Lebih dari 600.000 tentara Rusia tewas atau terluka sejak awal invasi.", []),
    ("berapa tentara Korut yang tewas?", "Sekitar 300 tentara Korea Utara tewas dalam pertempuran di Kursk.",
     ["Sekitar 300 tentara"]),
    ("berapa tentara Korea Utara yang tewas?", "Intelijen Korsel menyebut 100 tentara DPRK tewas di garis depan.",
     ["100 tentara"]),
    ("berapa tentara Korut?", "Ukraina mengerahkan 50.000 pasukan Ukraina ke perbatasan.", []),
    ("berapa tentara Korut?", "Pyongyang mengirim ribuan tentara ke wilayah Kursk.", ["ribuan tentara"]),
    ("berapa tentara Rusia?", "Pyongyang mengirim ribuan tentara ke wilayah Kursk.", []),
    ("berapa tentara Korut yang tewas?", "Sebanyak 200 tentara Rusia dan Ukraina tewas dalam serangan itu.", []),
    ("berapa tentara Ukraina yang tewas?", "Sebanyak 200 tentara Rusia dan Ukraina tewas dalam serangan itu.",
     ["200 tentara"]),
    # cities and provinces
    ("berapa warga Bekasi yang mengungsi?", "Sebanyak 1.500 warga Bogor mengungsi akibat banjir.", []),
    ("berapa warga Bekasi yang mengungsi?", "Sebanyak 1.500 warga Kota Bekasi mengungsi akibat banjir.",
     ["1.500 warga"]),
    ("berapa warga Jawa Barat yang mengungsi?", "Sebanyak 1.500 warga Bekasi mengungsi akibat banjir.",
     ["1.500 warga"]),
    ("berapa warga Riau terserang ISPA?", "Sebanyak 1.200 warga Jambi terserang ISPA akibat kabut asap.", []),
    ("berapa warga Riau terserang ISPA?", "Sebanyak 1.200 warga Pekanbaru terserang ISPA akibat kabut asap.",
     ["1.200 warga"]),
    # companies
    ("berapa karyawan Sritex yang terkena PHK?", "Sebanyak 2.000 karyawan PT Gudang Garam terkena PHK.", []),
    ("berapa karyawan Sritex yang terkena PHK?", "Sebanyak 10.665 karyawan PT Sritex Tbk terkena PHK.",
     ["10.665 karyawan"]),
    # elections: the party that won the seats, in either place of the sentence
    ("berapa kursi PDIP di DPR?", "Partai Golkar memperoleh 102 kursi DPR.", []),
    ("berapa kursi PDIP di DPR?", "PDI Perjuangan meraih 110 kursi DPR.", ["110 kursi"]),
    ("berapa suara Gerindra?", "Sebanyak 20 juta suara PKB dihitung ulang.", []),
    # organisations belong to their country
    ("berapa tentara Indonesia yang dikirim?", "Sebanyak 1.000 prajurit TNI dikirim ke Lebanon.", ["1.000 prajurit"]),
    ("berapa personel Polri yang dikerahkan?", "Sebanyak 1.000 prajurit TNI dikerahkan untuk pengamanan.", []),
])
def test_another_partys_figure_is_left_out(question, sentence, expected):
    assert taken(question, sentence) == expected


def test_a_figure_naming_no_party_stays():
    """Only a stated, different owner excludes: most sentences do not repeat whose soldiers."""
    assert taken("berapa tentara Korut yang tewas?", "Sedikitnya 300 tentara tewas dalam serangan drone itu.") \
        == ["Sedikitnya 300 tentara"]
    assert taken("berapa warga Bekasi yang mengungsi?", "Sebanyak 300 warga mengungsi ke masjid.") \
        == ["300 warga"]


# ---------------------------------------------------------------- another predicate
@pytest.mark.parametrize("question,sentence,expected", [
    # a later verb of the same clause decides what a "yang" clause figure counts
    ("berapa tentara Korut yang dikirim ke Rusia?", "Sekitar 300 tentara Korut yang dikirim ke Rusia telah tewas.", []),
    ("berapa tentara Korut yang tewas?", "Sekitar 300 tentara Korut yang dikirim ke Rusia telah tewas.",
     ["Sekitar 300 tentara"]),
    ("berapa tentara Korut?", "Sekitar 300 tentara Korut yang dikirim ke Rusia telah tewas.", []),
    ("berapa tentara Korut yang dikirim ke Rusia?", "Sekitar 10.000 tentara Korea Utara telah dikirim ke Rusia.",
     ["Sekitar 10.000 tentara"]),
    # a combined casualty figure counts as each of its classes, never as a troop count
    ("berapa tentara Rusia yang terluka?", "Lebih dari 600.000 tentara Rusia tewas atau terluka.", ["Lebih dari 600.000 tentara"]),
    ("berapa tentara Rusia yang tewas?", "Lebih dari 600.000 tentara Rusia tewas atau terluka.", ["Lebih dari 600.000 tentara"]),
    ("berapa tentara Rusia?", "Lebih dari 600.000 tentara Rusia tewas atau terluka.", []),
    # disasters: dead, missing, wounded, displaced
    ("berapa korban meninggal gempa Cianjur?", "Menurut BNPB, 151 orang masih hilang dan 1.083 orang luka-luka.", []),
    ("berapa orang hilang akibat gempa Cianjur?", "Menurut BNPB, 151 orang masih hilang dan 1.083 orang luka-luka.",
     ["151 orang"]),
    ("berapa korban meninggal gempa Cianjur?", "BNPB melaporkan 268 orang meninggal dunia akibat gempa Cianjur.",
     ["268 orang"]),
    ("berapa korban meninggal gempa Cianjur?", "Gubernur menyebut korban meninggal mencapai 162 orang.", ["mencapai 162 orang"]),
    ("berapa warga mengungsi akibat banjir?", "Banjir menewaskan 5 warga dan memaksa 3.000 warga mengungsi.", ["3.000 warga"]),
    ("berapa warga tewas akibat banjir?", "Banjir menewaskan 5 warga dan memaksa 3.000 warga mengungsi.", ["5 warga"]),
    # an active verb takes the figure after it as object; the next figure's verb is not this one's
    ("berapa warga Palestina tewas?", "Serangan itu menewaskan 20 warga Palestina dan melukai 50 lainnya.", ["20 warga"]),
    ("berapa siswi yang tewas?", "Asrama yang dihuni 1.200 siswi itu terbakar dan menewaskan 8 siswi.", ["8 siswi"]),
    # arrests
    ("berapa tersangka ditangkap?", "Polisi menangkap 12 tersangka pengeroyokan.", ["12 tersangka"]),
    ("berapa tersangka ditangkap?", "Dua tersangka tewas setelah melawan petugas.", []),
    # named a suspect is not arrested, and the reverse
    ("berapa orang ditetapkan tersangka?", "KPK menetapkan 11 orang sebagai tersangka.", ["11 orang"]),
    ("berapa orang ditetapkan tersangka?", "KPK menangkap 14 orang dalam operasi tangkap tangan.", []),
    ("berapa orang ditangkap KPK?", "KPK menetapkan 11 orang sebagai tersangka.", []),
    # who survived is no casualty
    ("berapa korban tewas kebakaran pabrik itu?", "Ada dua orang yang selamat dari kebakaran pabrik itu.", []),
    # a class-free figure answers a non-casualty class question, not a casualty one
    ("berapa personel dikerahkan?", "Sebanyak 300 personel berjaga di lokasi.", ["300 personel"]),
    ("berapa personel yang tewas?", "Sebanyak 300 personel berjaga di lokasi.", []),
    # "korban" without a class takes every casualty figure, and only those
    ("berapa korban banjir?", "Banjir menewaskan 5 warga dan memaksa 3.000 warga mengungsi.", ["5 warga"]),
])
def test_another_predicate_is_left_out(question, sentence, expected):
    assert taken(question, sentence) == expected


def test_money_and_time_figures_count_no_one():
    for sentence in ("Korban mengalami kerugian Rp 25 juta.", "Ronaldo baru berusia 20 tahun saat ayahnya meninggal dunia."):
        assert all(not q.casualty and q.predicates == [] for q in find_quantities(sentence)), sentence


# ---------------------------------------------------------------- another place or event
@pytest.mark.parametrize("question,sentence,title,expected", [
    # another quake, another region, another event
    ("berapa korban meninggal akibat gempa Cianjur?", "Gempa di Turki menewaskan lebih dari 50.000 orang.", None, []),
    ("berapa korban meninggal akibat gempa Cianjur?", "Gempa Sukabumi menewaskan 5 orang.", None, []),
    ("berapa korban meninggal akibat gempa Cianjur?", "Banjir bandang di Cianjur menewaskan 5 orang.", None, []),
    ("berapa korban meninggal akibat gempa Cianjur?", "Gempa di Cianjur dan Sukabumi menewaskan 268 orang.", None,
     ["268 orang"]),
    # a sentence naming no place (or only a wider one) is judged by its article's title
    ("berapa korban meninggal akibat gempa Cianjur?", "Korban meninggal mencapai 602 orang.",
     "Gempa Cianjur: Korban Terus Bertambah", ["mencapai 602 orang"]),
    ("berapa korban meninggal akibat gempa Cianjur?", "Korban meninggal mencapai 602 orang.",
     "Gempa Turki: Korban Terus Bertambah", []),
    ("berapa korban meninggal akibat gempa Cianjur?", "Korban meninggal di Jawa Barat mencapai 602 orang.",
     "Gempa Sumedang Rusak Ratusan Rumah", []),
    ("berapa korban meninggal akibat gempa Cianjur?", "Korban meninggal mencapai 602 orang.", None, ["mencapai 602 orang"]),
    # a crash told by how it happened ("jatuh helikopter") is another event than the quake it followed
    ("berapa korban tewas gempa Meksiko?", "Para pejabat selamat, tapi 12 orang yang berada di lokasi tewas.",
     "Jatuh Helikopter Militer Meksiko Tewaskan 13 Orang", []),
    ("berapa korban tewas jatuhnya helikopter di Meksiko?", "Para pejabat selamat, tapi 12 orang yang berada di lokasi tewas.",
     "Jatuh Helikopter Militer Meksiko Tewaskan 13 Orang", ["12 orang"]),
    # provinces, diseases
    ("berapa warga Riau terserang ISPA?", "Di Jambi, 1.200 warga terserang ISPA.", None, []),
    ("berapa warga Riau terserang ISPA?", "Sebanyak 500 warga terserang DBD.", "Kabut Asap Selimuti Riau", []),
    ("berapa warga Riau terserang ISPA?", "Sebanyak 500 warga terserang ISPA.", "Kabut Asap Selimuti Kalimantan Tengah", []),
    ("berapa warga Riau terserang ISPA?", "Sebanyak 500 warga terserang ISPA.", "Kabut Asap Selimuti Riau", ["500 warga"]),
    # fires and floods in cities
    ("berapa rumah terbakar di Makassar?", "Kebakaran di Medan menghanguskan 40 rumah warga.", None, []),
    ("berapa rumah terbakar di Makassar?", "Api melahap 16 rumah warga di Jalan Baji, Kota Makassar.", None, ["16 rumah"]),
    ("berapa rumah terendam banjir di Bekasi?", "Banjir merendam sedikitnya 2.500 rumah di Kota Bekasi.", None,
     ["sedikitnya 2.500 rumah"]),
    ("berapa rumah terendam banjir di Bekasi?", "Banjir merendam sedikitnya 900 rumah.", "Banjir Rendam Bogor", []),
    # elections
    ("berapa suara PDIP di pemilu 2024?", "PDIP meraih 2 juta suara dalam pilkada Jawa Tengah.", None, []),
    # war: countries named as actors or destinations are no place of the figure
    ("berapa warga Palestina tewas di Gaza?", "Serangan Israel menewaskan 50 warga di Gaza.", None, ["50 warga"]),
    ("berapa tentara Korut tewas di Kursk?", "Sekitar 300 tentara Korut tewas di Donetsk.", None, []),
    ("berapa korban gempa Turki?", "Indonesia mengirim bantuan untuk 1.000 korban gempa di Turki.", None, ["1.000 korban"]),
])
def test_another_place_or_event_is_left_out(question, sentence, title, expected):
    assert taken(question, sentence, title) == expected


def test_question_frames():
    f = question_frame("berapa korban meninggal akibat gempa Cianjur?", PIPELINE)
    assert (f.noun, f.predicates, f.places, f.events) == ("korban", ("killed",), ("cianjur",), ("gempa",))
    f = question_frame("berapa tentara korut yang dikirim ke Rusia?", PIPELINE)  # lower case, a destination
    assert (f.entities, f.predicates, f.places) == (("korea_utara",), ("sent",), ())
    f = question_frame("Berapa jumlah serdadu DPRK?", PIPELINE)
    assert (f.noun, f.entities, f.predicates) == ("serdadu", ("korea_utara",), ())
    f = question_frame("berapa warga Riau terserang ISPA?", PIPELINE)  # residents: their owner is a place too
    assert (f.entities, f.places, f.predicates, f.events) == (("riau",), ("riau",), ("affected",), ("ispa",))
    f = question_frame("berapa jumlah korban gempa di Cianjur?", PIPELINE)
    assert f.casualty and not f.predicates


def test_aliases_name_one_owner():
    for sentence in ("Sebanyak 100 tentara Korut tewas.", "Sebanyak 100 tentara Korea Utara tewas.",
                     "Sebanyak 100 tentara DPRK tewas.", "Sebanyak 100 pasukan Korea Utara tewas."):
        assert find_quantities(sentence)[0].of == "korea_utara", sentence


def test_figures_stored_before_frames_still_fit():
    """Stored JSON from before this change has no of/predicates: judged by its casualty flag."""
    old_troops = {"value": 10000.0, "text": "10.000 tentara", "unit": "tentara", "casualty": False}
    old_dead = {"value": 6.0, "text": "enam perwira", "unit": "perwira", "casualty": True}
    plain = question_frame("berapa tentara Korut?", PIPELINE)
    dead = question_frame("berapa perwira Korut yang tewas?", PIPELINE)
    assert figure_fits(old_troops, plain) and not figure_fits(old_dead, plain)
    assert figure_fits(old_dead, dead) and not figure_fits(old_troops, dead)
    assert figure_fits(old_troops, QuestionFrame())


# ---------------------------------------------------------------- the flagship seeds keep their classes
async def test_seed_figures_keep_their_frame(engine):
    answer = await engine.ask("berapa tentara Korut?")
    figures = [(c.figure, c.text, c.sources[0].title) for c in answer.claims]
    assert sorted(f["value"] for f, _, _ in figures) == [1000, 1000, 3000, 8000, 10000, 10000, 12000]
    plain = question_frame("berapa tentara Korut?", PIPELINE)
    assert all(figure_fits(f, plain) and context_fits(plain, text, title) for f, text, title in figures)
    sent = question_frame("berapa tentara Korut yang dikirim ke Rusia?", PIPELINE)
    assert all(figure_fits(f, sent) and context_fits(sent, text, title) for f, text, title in figures)
    dead = question_frame("berapa tentara Korut yang tewas?", PIPELINE)
    assert not [f["text"] for f, _, _ in figures if figure_fits(f, dead)]
    russians = question_frame("berapa tentara Rusia?", PIPELINE)
    assert not [f["text"] for f, _, _ in figures if figure_fits(f, russians)]


async def test_seed_casualty_figure_fits_the_casualty_question(engine):
    answer = await engine.ask("berapa perwira Korea Utara yang tewas?")
    dead = question_frame("berapa perwira Korea Utara yang tewas?", PIPELINE)
    assert [c.figure["text"] for c in answer.claims if figure_fits(c.figure, dead)] == ["enam perwira"]


def test_nearest_earlier_place_decides_when_sentence_and_title_name_none():
    """A press release names its office first; its later figures carry no place of their own."""
    from retrieval.claims import extract_claims

    frame = question_frame("berapa batang rokok ilegal yang diamankan Bea Cukai Kudus?", PIPELINE)
    title = "Sinergi Bea Cukai dan Kepolisian Sita Rokok Ilegal"
    malang = extract_claims([
        "Bea Cukai Malang menggagalkan peredaran rokok ilegal di Kota Malang.",
        "Petugas memeriksa sebuah truk di jalan tol.",
        "Dari tangan pelaku diamankan 544.000 batang rokok tanpa pita cukai."], title=title)
    [q] = [q for c in malang for q in c.quantities]
    assert q.context == ["malang"]
    assert not context_fits(frame, malang[-1].text, title, q.context)
    kudus = extract_claims([
        "Bea Cukai Kudus menindak peredaran rokok ilegal di Kabupaten Kudus.",
        "Dari tangan pelaku diamankan 200.000 batang rokok tanpa pita cukai."], title=title)
    [q] = [q for c in kudus for q in c.quantities]
    assert context_fits(frame, kudus[-1].text, title, q.context)
    assert context_fits(frame, kudus[-1].text, title, None)  # nothing says where: kept


@pytest.mark.parametrize("text,places", [
    # a dateline is where the desk is, not where the story happens
    ("JAKARTA (Pos Kota) – Proses identifikasi korban kebakaran gudang kembang api di Kosambi berlangsung.", []),
    ("JAKARTA, KOMPAS.com - Banjir merendam rumah di Bekasi.", ["bekasi"]),
    # a destination's city in apposition is the destination's, not the story's
    ("Seluruh korban tewas dibawa ke RS Polri Kramatjati, Jakarta Timur untuk diidentifikasi.", []),
    ("Korban dirawat di RSUD Tangerang.", ["tangerang"]),
    ("Banjir merendam 300 rumah di Kabupaten Bogor, Jawa Barat.", ["bogor", "jawa_barat"]),
])
def test_where_a_sentence_situates_its_story(text: str, places: list[str]) -> None:
    from retrieval.frame import located_places
    assert located_places(text) == places


@pytest.mark.parametrize("question,sentence,title,published,fits", [
    ("berapa suku bunga acuan BI setelah diturunkan pada September 2019?",
     "BI menurunkan suku bunga acuan menjadi 5,25 persen.", None, "2019-09-19", True),
    # a later year's article: its figure is that year's, unless the sentence says the asked year
    ("berapa suku bunga acuan BI setelah diturunkan pada September 2019?",
     "BI menurunkan suku bunga acuan menjadi 4,75 persen.", None, "2025-09-17", False),
    ("berapa suku bunga acuan BI setelah diturunkan pada September 2019?",
     "Pada September 2019 BI menurunkan suku bunga acuan menjadi 5,25 persen.", None, "2025-09-17", True),
    # the sentence names another year
    ("berapa penumpang yang diangkut Lion Air pada tahun 2018?",
     "Pada 2016 Lion Air mengangkut 30 juta penumpang.", None, "2019-09-20", False),
    # an article written the year before may announce the asked year
    ("berapa persen kenaikan tarif cukai rokok pada 2020?",
     "Pemerintah menaikkan tarif cukai rokok sebesar 23 persen.", None, "2019-09-14", True),
    # an article written over a year before the asked year cannot report it
    ("berapa suku bunga acuan The Fed setelah dipangkas pada September 2019?",
     "Bunga acuan Federal Fund menjadi 1,50 %.", None, "2017-12-14", False),
    # no year asked: nothing to check
    ("berapa tentara Korut?", "Pada 2019 ada 100 tentara.", None, "2024-10-01", True),
])
def test_the_asked_year_holds(question: str, sentence: str, title, published: str, fits: bool) -> None:
    from retrieval.frame import time_fits
    assert time_fits(question_frame(question, PIPELINE), sentence, title, published) is fits


@pytest.mark.parametrize("question,sentence,title,fits", [
    # a named road or kilometre below the gazetteer: another one of the same kind is another event
    ("berapa orang tewas dalam kecelakaan beruntun di Tol Cipularang?",
     "Kecelakaan di Tol Jagorawi menewaskan 3 orang.", None, False),
    ("berapa orang tewas dalam kecelakaan beruntun di Tol Cipularang?",
     "Kecelakaan beruntun di Tol Cipularang menewaskan 8 orang.", None, True),
    ("berapa orang tewas dalam kecelakaan beruntun di tol cipularang?",   # typed without capitals
     "Akibat kejadian itu, delapan orang meninggal dunia.", "Kecelakaan Beruntun di Tol Jagorawi", False),
    ("berapa kendaraan yang terlibat kecelakaan di KM 92 Tol Cipularang?",
     "Kecelakaan di KM 91+200 Tol Cipularang melibatkan 21 kendaraan.", None, False),
    ("berapa kendaraan yang terlibat kecelakaan di KM 92 Tol Cipularang?",
     "Kecelakaan di kilometer 92 melibatkan lima kendaraan.", None, True),
    ("berapa orang tewas di Jalan Tol Jagorawi?", "Kecelakaan terjadi di ruas Jalan Tol Jagorawi arah Bogor.", None, True),
    # a sentence naming no such place keeps the figure
    ("berapa orang tewas dalam kecelakaan beruntun di Tol Cipularang?", "Delapan orang meninggal.", None, True),
])
def test_named_places_below_the_gazetteer(question: str, sentence: str, title, fits: bool) -> None:
    assert context_fits(question_frame(question, PIPELINE), sentence, title) is fits


@pytest.mark.parametrize("published,fits", [
    ("2019-09-03T10:00:00", False),   # written a week before the crash asked about: another crash
    ("2019-09-10T18:00:00", True),
    ("2019-09-12", True),
    (None, True),                     # no date: nothing to say
])
def test_an_article_cannot_report_a_day_after_it(published, fits: bool) -> None:
    from retrieval.frame import time_fits
    frame = question_frame("berapa kendaraan yang terlibat kecelakaan di KM 92 pada 10 September 2019?", PIPELINE)
    assert time_fits(frame, "Kecelakaan itu melibatkan 21 kendaraan.", None, published) is fits


@pytest.mark.parametrize("question,sentence,title,published,fits", [
    # a month asked: a sentence naming another month only is another month's figure
    ("berapa suku bunga acuan BI setelah diturunkan pada September 2019?",
     "Bank Indonesia bulan Agustus lalu kembali menurunkan suku bunga acuan menjadi 5,5%.", None, "2019-09-11", False),
    ("berapa suku bunga acuan BI setelah diturunkan pada September 2019?",
     "BI menurunkan suku bunga acuan menjadi 5,25 persen, Kamis (19/9/2019).", None, "2019-09-19", True),
    ("berapa inflasi Agustus 2019?", "BPS mencatat inflasi Agustus 2019 sebesar 0,12 persen.", None, "2019-09-02", True),
    ("berapa inflasi Agustus 2019?", "Inflasi September diperkirakan 0,2 persen.", None, "2019-09-20", False),
    ("berapa harga minyak pada September 2019?", "Harga minyak naik 15 persen sejak Januari hingga September.",
     None, "2019-09-20", True),
    # the date someone said it is not when the figure holds
    ("berapa inflasi Agustus 2019?",
     "Inflasi tahunan 3,49 persen, ujar Kepala BPS di Jakarta, Senin (2/9/2019).", None, "2019-09-02", True),
    # naming no month: the title decides, then nothing
    ("berapa inflasi Agustus 2019?", "Inflasi tercatat 0,12 persen.", "Inflasi September 0,2 Persen", "2019-10-01", False),
    ("berapa inflasi Agustus 2019?", "Inflasi tercatat 0,12 persen.", None, "2019-09-02", True),
    # naming no month, written before the asked month: it cannot report it, unless a forecast is asked
    ("berapa suku bunga acuan BI setelah diturunkan pada September 2019?",
     "Suku bunga deposit facility di angka 4,75%.", None, "2019-08-22", False),
    ("berapa deflasi September 2019 yang diperkirakan Bank Indonesia?",
     "Deflasi diperkirakan 0,21 persen.", None, "2019-08-30", True),
    # a day asked: a sentence stating other days only tells of another event
    ("berapa kendaraan yang terlibat kecelakaan kedua di Tol Cipularang pada 10 September 2019?",
     "Sebelumnya, kecelakaan beruntun pada Senin (2/9/2019) melibatkan 21 kendaraan.", None, "2019-09-11", False),
    ("berapa kendaraan yang terlibat kecelakaan kedua di Tol Cipularang pada 10 September 2019?",
     "Kecelakaan pada Selasa (10/9/2019) malam melibatkan tiga kendaraan.", None, "2019-09-11", True),
    ("berapa kendaraan yang terlibat kecelakaan kedua di Tol Cipularang pada 10 September 2019?",
     "Kecelakaan kemarin melibatkan tiga kendaraan.", None, "2019-09-11", True),
    ("berapa kendaraan yang terlibat kecelakaan kedua di Tol Cipularang pada 10 September 2019?",
     "Tiga kendaraan terlibat, kata Kapolres saat dihubungi, Jumat (13/9/2019).", None, "2019-09-13", True),
])
def test_the_asked_month_and_day_hold(question: str, sentence: str, title, published: str, fits: bool) -> None:
    from retrieval.frame import time_fits
    assert time_fits(question_frame(question, PIPELINE), sentence, title, published) is fits


FIRLI = "berapa suara yang diperoleh Firli Bahuri dalam voting capim KPK di Komisi III?"
TALLY_PAREN = ("Hasilnya Nawawi Pamolango (50 suara), Lili Pintouli Siregar (44 suara), Alexander Marwata (53 suara), "
               "dan Firli Bahuri (56 suara).")
TALLY_COLON = "Berikut raihan voting:,Alexander Marwata: 53 suara,Lili Pintauli Siregar: 44 suara,Firli Bahuri: 56 suara"
TALLY_ROLES = ("Firli mengungguli empat calon lainnya, yakni Nawawi Pomolango (Hakim) dengan 50 suara, Lili Pintauli "
               "Siregar (Advokat), 44 suara dan Firli Bahuri (Polri), 56 suara.")


@pytest.mark.parametrize("question,sentence,expected", [
    # a tally: each figure is its holder's
    (FIRLI, TALLY_PAREN, ["56 suara"]),
    (FIRLI, TALLY_COLON, ["56 suara"]),
    (FIRLI, TALLY_ROLES, ["56 suara"]),
    ("berapa suara Alexander Marwata dalam pemilihan pimpinan KPK?", TALLY_PAREN, ["53 suara"]),
    # a figure no name holds stays; the rule is for held counts of a named person only
    (FIRLI, "Semua anggota Komisi III memberi suara untuk Firli, sehingga ia mengantongi 56 suara.", ["56 suara"]),
    ("berapa suara sah dalam voting capim KPK?", TALLY_PAREN, ["50 suara", "44 suara", "53 suara", "56 suara"]),
    ("berapa korban tewas akibat Badai Dorian?", "Menurut Perdana Menteri Hubert Minnis, 20 orang tewas.", ["20 orang"]),
    ("berapa suara Alexander Marwata dalam pemilihan pimpinan KPK?",
     "Sigit Danang Joyo mendapat 19 suara dan Luthfi Jayadi Kurniawan hanya 7 suara.", []),
    # a sentence about someone else, naming the asked person nowhere
    ("berapa suara Alexander Marwata dalam pemilihan pimpinan KPK?",
     "Untuk diketahui, Irjen Firli meraih suara terbanyak dalam voting dengan meraih 56 suara.", []),
    ("berapa suara Alexander Marwata dalam pemilihan pimpinan KPK?",
     "Untuk diketahui, Alexander meraih 53 suara dalam voting.", ["53 suara"]),
])
def test_a_held_count_is_its_holders(question: str, sentence: str, expected: list[str]) -> None:
    assert answered(question, sentence, ("suara", "orang")) == expected


IURAN_3 = "berapa iuran BPJS Kesehatan kelas III setelah kenaikan?"
IURAN_LIST = "Iuran kelas I naik menjadi Rp 160.000, kelas II menjadi Rp 110.000, dan kelas III menjadi Rp 42.000 per bulan."


@pytest.mark.parametrize("question,sentence,expected", [
    # an amount of money asked: the new amount of the asked class, not the old one, not another class's
    (IURAN_3, IURAN_LIST, ["42.000"]),
    ("berapa iuran BPJS Kesehatan kelas 1 setelah naik?", IURAN_LIST, ["160.000"]),
    (IURAN_3, "Peserta kelas III yang tadinya hanya membayar iuran sebesar Rp 25.500, harus membayar iuran "
              "bulanannya sebesar Rp 42.000 per bulan.", ["42.000"]),
    (IURAN_3, "Untuk peserta kelas II harus membayar iuran Rp 110.000 dari yang sebelumnya Rp 51.000.", []),
    # no amount of money: not an answer
    (IURAN_3, "Dari jumlah peserta kelas III, yang menerima bantuan iuran ada sekitar 96,8 juta orang.", []),
    ("berapa harga minyak mentah Brent?", "Harga minyak mentah Brent naik menjadi 60 dolar per barel.", ["60 dolar"]),
])
def test_an_amount_of_money_of_the_asked_kind(question: str, sentence: str, expected: list[str]) -> None:
    assert answered(question, sentence) == expected


@pytest.mark.parametrize("question,sentence,expected", [
    # an amount said to be another thing of money is not the asked one
    (IURAN_3, "Tunggakan iuran peserta kelas III mencapai Rp 15 triliun.", []),
    (IURAN_3, "Defisit BPJS Kesehatan kelas III mencapai Rp 32 triliun, sedangkan iuran kelas III menjadi Rp 42.000.",
     ["42.000"]),
])
def test_what_an_amount_is(question: str, sentence: str, expected: list[str]) -> None:
    assert answered(question, sentence) == expected


@pytest.mark.parametrize("question,sentence,expected", [
    # the amount a change left, said before it
    (IURAN_3, "Seperti diketahui, iuran untuk kelas III sebesar Rp 25.500 akan menjadi Rp 42.000.", ["42.000"]),
    # an amount of something the sentence does not name
    (IURAN_3, "Kemudian, Rp 58,6 triliun pada 2022 dan Rp 67,3 triliun pada 2023.", []),
])
def test_which_amount_answers(question: str, sentence: str, expected: list[str]) -> None:
    assert answered(question, sentence) == expected


def test_a_figure_is_dated_by_the_nearest_earlier_sentence_stating_a_date() -> None:
    from retrieval.claims import extract_claims
    from retrieval.frame import time_fits
    claims = extract_claims(["Kecelakaan beruntun kembali terjadi di Tol Cipularang, Selasa (10/9/2019).",
                             "Ada dua orang luka-luka, kata polisi, Rabu (11/9).",
                             "Lima kendaraan terlibat."])
    figures = {q.text: q for c in claims for q in c.quantities}
    assert figures["dua orang"].when == ["(10/9/2019)"]      # the date of saying is not when it happened
    assert figures["Lima kendaraan"].when == ["(10/9/2019)"]
    first = question_frame("berapa orang luka-luka akibat kecelakaan di Tol Cipularang pada 2 September 2019?", PIPELINE)
    second = question_frame("berapa orang luka-luka akibat kecelakaan di Tol Cipularang pada 10 September 2019?", PIPELINE)
    sentence = "Ada dua orang luka-luka, kata polisi, Rabu (11/9)."
    assert not time_fits(first, sentence, None, "2019-09-11", figures["dua orang"].when)
    assert time_fits(second, sentence, None, "2019-09-11", figures["dua orang"].when)


HADIR = "berapa anggota DPR yang hadir dalam rapat paripurna pengesahan revisi UU KPK?"


@pytest.mark.parametrize("question,sentence,expected", [
    # a part asked: not the whole it is counted out of
    (HADIR, "Rapat paripurna hanya dihadiri 77 anggota dari 560 anggota dewan.", ["77 anggota"]),
    (HADIR, "Rapat itu hanya dihadiri sebanyak 70 orang dari total 560 orang anggota DPR.", ["70 orang"]),
    (HADIR, "Rapat dihadiri 299 anggota dari jumlah keseluruhan 560 anggota.", ["299 anggota"]),
    # the whole asked: it stays, and the part counted out of it (how many attended) goes
    ("berapa anggota DPR periode 2014-2019?", "Rapat paripurna hanya dihadiri 77 anggota dari 560 anggota dewan.",
     ["560 anggota"]),
    # "dari" of a place or time is no whole
    (HADIR, "Sebanyak 80 anggota hadir dari pagi hari.", ["80 anggota"]),
])
def test_a_part_is_not_its_whole(question: str, sentence: str, expected: list[str]) -> None:
    assert answered(question, sentence, ("anggota", "orang")) == expected


@pytest.mark.parametrize("question,sentence,units,expected", [
    # "masing-masing": the figures pair with the items listed before, in order
    ("berapa suara Alexander Marwata dalam pemilihan pimpinan KPK?",
     "Dalam pemilihan ini, Firli dan Alexander memperoleh suara tertinggi, masing-masing 56 dan 53 suara.",
     ("suara",), ["53 suara"]),
    ("berapa suara yang diperoleh Firli Bahuri dalam voting capim KPK?",
     "Dalam pemilihan ini, Firli dan Alexander memperoleh suara tertinggi, masing-masing 56 dan 53 suara.",
     ("suara",), ["56"]),
    ("berapa iuran BPJS Kesehatan kelas II setelah naik?",
     "Iuran kelas I dan II naik masing-masing menjadi Rp160.000 dan Rp110.000 per bulan.", None, ["110.000"]),
])
def test_respectively(question: str, sentence: str, units, expected: list[str]) -> None:
    assert answered(question, sentence, units) == expected


# ---------------------------------------------------------------- predicates beyond casualties
@pytest.mark.parametrize("question,sentence,expected", [
    # attendance vs signatures: two counts of one plenary
    ("berapa anggota DPR yang menandatangani daftar hadir rapat paripurna?",
     "Rapat paripurna itu hanya dihadiri 102 anggota DPR.", []),
    ("berapa anggota DPR yang menandatangani daftar hadir rapat paripurna?",
     "Sebanyak 289 anggota DPR menandatangani daftar hadir rapat paripurna.", ["289 anggota"]),
    ("berapa anggota DPR yang hadir dalam rapat paripurna?",
     "Sebanyak 289 anggota DPR menandatangani daftar hadir rapat paripurna.", []),
    ("berapa anggota DPR yang hadir dalam rapat paripurna?",
     "Rapat paripurna itu hanya dihadiri 102 anggota DPR.", ["102 anggota"]),
    # damage vs the displaced, burned vs flooded
    ("berapa rumah rusak akibat gempa?", "Gempa itu membuat 1.200 warga mengungsi ke tenda darurat.", []),
    ("berapa rumah rusak akibat gempa?", "Sebanyak 3.500 rumah rusak berat akibat gempa itu.", ["3.500 rumah"]),
    ("berapa rumah terbakar dalam kerusuhan itu?", "Banjir merendam 40 rumah warga di tepi sungai.", []),
    ("berapa rumah terbakar dalam kerusuhan itu?", "Massa membakar 40 rumah dan 12 kantor pemerintah.",
     ["40 rumah", "12 kantor"]),   # both burned; the noun filter (answer.py) keeps the houses
    # leaked vs carried: two counts of an airline's passengers
    ("berapa penumpang yang diangkut maskapai itu pada 2018?",
     "Data puluhan juta penumpang maskapai itu bocor di internet.", []),
    ("berapa data penumpang yang bocor?", "Sebanyak 21 juta data penumpang tersebar di internet.", ["21 juta data"]),
    # the evacuated are displaced people; a plain count answers a class asked
    ("berapa orang dievakuasi akibat badai?", "Sekitar 5.000 orang telah dievakuasi dari pulau itu.", ["Sekitar 5.000 orang"]),
    ("berapa orang dievakuasi akibat badai?", "Badai itu menewaskan 50 orang di pulau itu.", []),
    ("berapa siswa keracunan makanan?", "Sebanyak 120 siswa keracunan setelah makan siang di sekolah.", ["120 siswa"]),
    # those in need of shelter are not the evacuated, and the reverse
    ("berapa orang dievakuasi akibat badai?",
     "Sekitar 15.000 orang masih membutuhkan tempat tinggal atau makanan.", []),
    ("berapa orang membutuhkan tempat tinggal setelah badai?",
     "Sekitar 15.000 orang masih membutuhkan tempat tinggal atau makanan.", ["Sekitar 15.000 orang"]),
])
def test_what_a_figure_counts_beyond_casualties(question, sentence, expected):
    assert answered(question, sentence) == expected


# ---------------------------------------------------------------- a figure's own year
@pytest.mark.parametrize("question,sentence,expected", [
    ("berapa persen peredaran rokok ilegal pada 2018?",
     "Peredaran rokok ilegal turun dari 12,1% pada 2016 menjadi 7% pada 2018.", ["7%"]),
    ("berapa persen peredaran rokok ilegal pada 2016?",
     "Peredaran rokok ilegal turun dari 12,1% pada 2016 menjadi 7% pada 2018.", ["12,1%"]),
    ("berapa persen peredaran rokok ilegal pada 2018?",
     "Peredaran rokok ilegal pada 2018 tercatat 7 persen, turun dari 12,1 persen pada 2016.",
     ["tercatat 7 persen"]),
    # a span of years asked takes its own span, not another that overlaps it
    ("berapa uang yang diterima Imam Nahrawi pada 2014-2018?",
     "Imam diduga menerima uang Rp 14,7 miliar pada 2014-2018 dan meminta uang Rp 11,8 miliar pada 2016-2018.",
     ["14,7 miliar"]),
    ("berapa uang yang diminta Imam Nahrawi pada 2016-2018?",
     "Imam diduga menerima uang Rp 14,7 miliar pada 2014-2018 dan meminta uang Rp 11,8 miliar pada 2016-2018.",
     ["11,8 miliar"]),
    # the year opening a figure's clause; the level a change left is not the year it reached
    ("berapa persen peredaran rokok ilegal pada 2018?",
     "Pada 2016 peredaran rokok ilegal mencapai 12 persen, kemudian pada 2017 menyusut di level 10 persen, "
     "sementara pada 2018 sebesar 7 persen.", ["7 persen"]),
    ("berapa persen peredaran rokok ilegal pada 2018?",
     "Bea Cukai berhasil menekan peredaran rokok ilegal dari 12,1% menjadi 7% di tahun 2018.", ["7%"]),
    # no year at the figure: the sentence's years decide, as before
    ("berapa korban tewas gempa pada 2018?", "Gempa pada 2018 itu menewaskan 500 orang.", ["500 orang"]),
])
def test_a_year_written_at_a_figure_is_its_own(question, sentence, expected):
    assert answered(question, sentence) == expected


def test_money_asked_as_money_takes_an_amount_named_nowhere():
    assert answered("berapa uang yang diterima Imam Nahrawi?",
                    "Imam Nahrawi diduga menerima Rp 26,5 miliar dari KONI.") == ["26,5 miliar"]
    # an amount named as another thing is still not the asked one
    assert answered("berapa iuran BPJS kelas III?", "Kemudian, Rp 58,6 triliun pada 2022 untuk program lain.") == []


# ---------------------------------------------------------------- rates over time, breakdowns
@pytest.mark.parametrize("question,sentence,expected", [
    ("berapa orang tewas dalam kecelakaan beruntun di Tol Cipularang?",
     "Di jalan raya 2 atau 3 orang meninggal per jam, sekitar 26.000 sampai 29.000 jiwa meninggal per tahun.", []),
    ("berapa orang meninggal per tahun karena kecelakaan lalu lintas?",
     "Sekitar 26.000 sampai 29.000 jiwa meninggal setiap tahun karena kecelakaan lalu lintas.",
     ["Sekitar 26.000 sampai 29.000 jiwa"]),
    ("berapa orang tewas dalam kecelakaan beruntun di Tol Cipularang?",
     "Adapun 8 orang yang meninggal dalam kecelakaan ini terdiri dari 6 orang korban luka bakar, dan dua orang "
     "meninggal karena luka berat.", ["8 orang"]),
    # a breakdown by a named kind is what a question naming that kind asks
    ("berapa iuran BPJS kelas III setelah naik?",
     "Iuran naik dengan rincian kelas III menjadi Rp 42.000 dan kelas I menjadi Rp 160.000.", ["42.000"]),
])
def test_a_count_is_no_rate_over_time_nor_a_part_of_a_breakdown(question, sentence, expected):
    assert answered(question, sentence) == expected


def test_a_total_is_not_one_holders_count():
    assert answered("berapa suara yang didapat Nawawi Pomolango di Komisi III DPR?",
                    "Sehingga, totalnya akan terkumpul 280 suara.") == []


@pytest.mark.parametrize("question,sentence,expected", [
    # a head that only says "how much" asks the money word after it
    ("berapa nilai dana hibah Kemenpora untuk KONI?",
     "Dana hibah Kemenpora untuk KONI tahun 2018 mencapai Rp 17,9 miliar.", ["17,9 miliar"]),
    ("berapa nilai dana hibah Kemenpora untuk KONI?",
     "Tunggakan pajak KONI mencapai Rp 2 miliar.", []),
    ("berapa total harta kekayaan Imam Nahrawi menurut LHKPN?",
     "Total harta kekayaan Imam Nahrawi mencapai Rp 21,64 miliar.", ["21,64 miliar"]),
    # one thing named twice: "harta kekayaan" asked, "kekayaan" said
    ("berapa total harta kekayaan Imam Nahrawi menurut LHKPN?",
     "Berdasarkan LHKPN periode 2017, Imam Nahrawi tercatat memiliki total kekayaan sebesar Rp22,6 miliar.",
     ["22,6 miliar"]),
    # money named as another thing (a bribe) is not the wealth asked, nor is an unnamed part of it
    ("berapa total harta kekayaan Imam Nahrawi menurut LHKPN?",
     "Imam Nahrawi diduga meminta uang sejumlah total Rp 11,8 miliar.", []),
])
def test_money_asked_through_a_head_word(question, sentence, expected):
    assert answered(question, sentence) == expected


def test_a_broad_amount_said_alone_takes_its_kind_from_the_title():
    """"Penerimaan diperkirakan … Rp173 triliun" under "Tarif Cukai Naik 23%, …" (the corpus's
    article): the title names the excise the revenue is of; with no title naming it, the revenue may
    be any (frame._kind_unnamed)."""
    question = "berapa target penerimaan cukai tahun 2020 setelah tarif cukai rokok naik?"
    sentence = "Penerimaan diperkirakan untuk tahun depan Rp173 triliun, kata Sri Mulyani."
    assert answered(question, sentence, title="Tarif Cukai Naik 23%, Harga Rokok Meningkat 35%") == ["173 triliun"]
    assert answered(question, sentence, title="Sri Mulyani Paparkan RAPBN 2020") == []


@pytest.mark.parametrize("question,published,fits", [
    ("berapa target penerimaan cukai rokok tahun 2019?", "2019-09-13", False),
    ("berapa target penerimaan cukai tahun 2020?", "2019-09-13", True),
    ("berapa target penerimaan cukai tahun 2020?", "2020-02-01", False),   # "tahun depan" of 2020 is 2021
])
def test_next_year_is_read_against_the_articles_date(question, published, fits):
    sentence = "Penerimaan cukai untuk tahun depan ditargetkan Rp 173 triliun."
    assert time_fits(question_frame(question, PIPELINE), sentence, None, published) is fits


@pytest.mark.parametrize("question,sentence,expected", [
    ("berapa harga emas Antam hari ini?", "Hari Ini Harga Emas Antam Turun Rp 5.000", []),
    ("berapa harga buyback emas Antam hari ini?",
     "Harga buyback emas Antam hari ini turun Rp 4.000 per gram menjadi Rp 678 ribu per gram.", ["678 ribu"]),
    # what Antam pays back is not the price it sells at (grades.buyback_fits)
    ("berapa harga emas Antam hari ini?",
     "Harga buyback emas Antam hari ini turun Rp 4.000 per gram menjadi Rp 678 ribu per gram.", []),
    # a page that lost the word says what the buyback price is: what a holder gets for selling
    ("berapa harga emas Antam hari ini?",
     "Sementara itu, harga , atau harga yang didapat jika pemegang emas Antam mau menjual , tersebut adalah Rp 676.000 per gram.", []),
    ("berapa harga buyback emas Antam hari ini?",
     "Sementara itu, harga , atau harga yang didapat jika pemegang emas Antam mau menjual , tersebut adalah Rp 676.000 per gram.",
     ["676.000"]),
    ("berapa iuran BPJS kelas III setelah naik?", "Iuran kelas III naik Rp 16.500 menjadi Rp 42.000.", ["42.000"]),
])
def test_an_amounts_change_is_not_the_amount(question, sentence, expected):
    assert answered(question, sentence) == expected


@pytest.mark.parametrize("question,sentence,expected", [
    ("berapa orang tewas akibat topan Hagibis di Jepang?", "Korea Utara Diterjang Topan Lingling, 5 Orang Tewas", []),
    ("berapa orang tewas akibat topan hagibis di Jepang?", "Topan Hagibis menewaskan 35 orang di Jepang.",
     ["35 orang"]),
    ("berapa orang tewas akibat topan Hagibis di Jepang?", "Topan Besar Menerjang Jepang, 35 Orang Tewas",
     ["35 Orang"]),   # a headline's capitalised word is no name
    ("berapa orang tewas dalam kecelakaan beruntun di Tol Cipularang?",
     "Kecelakaan Beruntun di Tol Cipularang, 8 Orang Tewas", ["8 Orang"]),
])
def test_an_event_asked_by_name_is_not_another_of_its_kind(question, sentence, expected):
    assert answered(question, sentence) == expected


@pytest.mark.parametrize("question,sentence,expected", [
    ("berapa uang kerugian negara kasus CPO yang dikembalikan Musim Mas Group?",
     "Uang pengganti itu berasal dari Wilmar Group sebesar Rp 11,88 triliun, Musim Mas Group Rp 1,18 triliun, "
     "dan Permata Hijau Group Rp 186,43 miliar.", ["1,18 triliun"]),
    ("berapa uang proyek e-KTP yang diterima Miryam S Haryani?",
     "Miryam disebut menerima US$ 1,2 juta, sedangkan Setya Novanto menerima US$ 7,3 juta.", ["1,2 juta"]),
    # one figure, or a sentence not naming the asked party: left to the other rules
    ("berapa uang proyek e-KTP yang diterima Miryam S Haryani?",
     "Politikus Hanura itu disebut menerima US$ 1,2 juta dari proyek e-KTP.", ["1,2 juta"]),
])
def test_an_amount_in_a_list_is_the_party_named_before_it(question, sentence, expected):
    assert answered(question, sentence) == expected


def test_a_value_asked_is_an_amount_of_money_whatever_it_is_of():
    q = "berapa nilai proyek pengadaan e-KTP?"
    assert answered(q, "Proyek pengadaan e-KTP menyedot anggaran negara sebesar Rp 6 triliun.") == ["6 triliun"]
    assert answered(q, "Sebanyak 172 juta keping e-KTP dicetak dalam proyek pengadaan itu.") == []


# ---------------------------------------------------------------- which figure of a sentence is the asked one
@pytest.mark.parametrize("question,sentence,units,expected", [
    # the sentence gives the asked class to another figure of the same people: the total is not it
    ("berapa anggota DPR yang menandatangani daftar hadir rapat paripurna?",
     "Adapun 299 orang anggota dewan itu dengan rincian 187 orang yang menandatangani dan 112 orang mengajukan izin.",
     None, ["187 orang"]),
    ("berapa relawan yang dikerahkan untuk mencari korban longsor?",
     "Dari 900 relawan yang terdaftar, 450 relawan dikerahkan ke lokasi longsor.", None, ["450 relawan"]),
    # a part of another noun stays: the officers are among the sent soldiers
    ("berapa perwira Korea Utara yang dikirim ke Rusia?",
     "Pyongyang telah mengirim 12.000 tentara ke Rusia, termasuk sekitar 500 perwira.", ("perwira",),
     ["sekitar 500 perwira"]),
    # a question naming no class takes no figure said to have burned, flooded or fled
    ("berapa kendaraan yang terlibat kecelakaan beruntun di Tol Cipularang?",
     "Kecelakaan beruntun itu melibatkan 21 kendaraan, enam mobil di antaranya terbakar.", None, ["21 kendaraan"]),
    ("berapa rumah di desa itu?", "Banjir merendam 300 rumah di desa itu.", None, []),
    # "dievakuasi dari dua pulau": where from, not whom
    ("berapa orang dievakuasi akibat badai?",
     "Pejabat mengatakan sekira 5.000 orang telah dievakuasi dari dua kelompok pulau yang terkena dampak badai.",
     None, ["sekira 5.000 orang"]),
])
def test_the_figure_of_the_asked_class_among_several(question, sentence, units, expected):
    assert answered(question, sentence, units) == expected


@pytest.mark.parametrize("question,sentence,units,expected", [
    # a kilometre post is a point on the road: "KM 91+200" counts no vehicles
    ("berapa kendaraan yang terlibat kecelakaan di KM 91 Tol Cipularang?",
     "TKP kecelakaan maut itu terjadi di KM 91+200 Purwakarta dan melibatkan 20 kendaraan.", None, ["20 kendaraan"]),
    ("berapa kendaraan yang terlibat kecelakaan itu?",
     "Truk itu terguling di Kilometer 92 arah Jakarta setelah menabrak 5 kendaraan.", None, ["5 kendaraan"]),
    # a figure whose noun the scraper cut out with its link borrows no other figure's noun
    ("berapa rudal jelajah yang ditembakkan ke kilang minyak itu?",
     "Pejabat AS mengatakan sekitar selusin rudal jelajah dan lebih dari 20 , digunakan dalam serangan itu.",
     ("rudal",), ["sekitar selusin rudal"]),
])
def test_scraped_markers_and_cut_nouns_count_nothing(question, sentence, units, expected):
    assert answered(question, sentence, units) == expected


@pytest.mark.parametrize("question,sentence,expected", [
    # the identified dead are some of the dead: only a question about identification takes them
    ("berapa jenazah korban tabrakan bus di Way Kanan yang sudah teridentifikasi?",
     "Dari delapan korban tewas, tujuh orang sudah teridentifikasi dan satu orang belum diketahui identitasnya.",
     ["tujuh orang"]),
    ("berapa jenazah korban tabrakan bus di Way Kanan yang sudah teridentifikasi?",
     "Polres memastikan saat ini korban mencapai 9 orang tewas.", []),
    ("berapa korban tewas tabrakan bus di Way Kanan?", "Ada empat jenazah yang sudah berhasil diidentifikasi.", []),
    ("berapa jenazah korban kecelakaan Tol Cipularang yang sulit diidentifikasi?",
     "RS Polri Kesulitan Identifikasi 4 Jenazah Korban Kecelakaan Tol Cipularang", ["4 Jenazah"]),
    ("berapa jenazah korban kecelakaan Tol Cipularang yang sulit diidentifikasi?",
     "Kecelakaan di tol Cipularang yang menewaskan 8 orang masih diselidiki.", []),
    # the released are not the detained
    ("berapa orang ditahan otoritas India di Kashmir?", "Dari jumlah tahanan itu, sebanyak 2.600 orang telah dibebaskan.", []),
    ("berapa orang ditahan otoritas India di Kashmir?", "Otoritas India di Kashmir menahan sekitar 4.000 orang.",
     ["sekitar 4.000 orang"]),
    # "berapa orang diamankan": "orang" says nothing, so the figure must say what befell them
    ("berapa orang diamankan polisi saat demo di gedung KPK?",
     "Massa yang berjumlah sekira ratusan orang tersebut bentrok dengan polisi di Gedung KPK.", []),
    ("berapa orang diamankan polisi saat demo di gedung KPK?",
     "Polisi yang berjaga di Gedung KPK mengamankan dua orang.", ["dua orang"]),
    # named a suspect is not caught nor detained: "lima tersangka", four of them "ditahan"
    ("berapa tersangka yang ditangkap dalam kasus itu?", "Polisi telah menetapkan 5 tersangka dalam kasus itu.", []),
    ("berapa tersangka yang ditangkap dalam kasus itu?", "Polisi telah menangkap 5 tersangka dalam kasus itu.", ["5 tersangka"]),
    ("berapa tersangka yang sudah ditahan kejaksaan?", "Ada empat tersangka yang ditahan.", ["empat tersangka"]),
    ("berapa tersangka yang sudah ditahan kejaksaan?", "Kejari menetapkan lima tersangka kasus korupsi itu.", []),
    ("berapa tersangka yang ditetapkan Kejari dalam kasus itu?", "Ada empat tersangka yang ditahan.", []),
    ("berapa tersangka yang ditetapkan Kejari dalam kasus itu?", "Kejari menetapkan lima tersangka kasus itu.", ["lima tersangka"]),
    # a "yang" clause after "di dalam <container>" is the container's: the plane went missing, not the people
    ("berapa orang di dalam pesawat Twin Otter yang hilang kontak di Papua?",
     "Pesawat tersebut berpenumpang empat orang.", ["empat orang"]),
    ("berapa orang di Cianjur yang meninggal akibat gempa?", "Gempa itu membuat 1.200 warga Cianjur mengungsi.", []),
])
def test_what_befell_the_counted(question, sentence, expected):
    assert answered(question, sentence) == expected


def test_an_aircraft_model_is_no_range():
    assert answered("berapa awak pesawat Twin Otter yang hilang kontak?",
                    "Pesawat Twin Otter DHC 6-400 dengan registrasi PK-CDC yang hilang kontak membawa 4 awak.") == ["4 awak"]


@pytest.mark.parametrize("published,fits", [("2019-09-14", True), ("2019-09-16", True), ("2019-09-20", False)])
def test_a_report_stating_no_day_tells_of_its_own_days(published: str, fits: bool) -> None:
    frame = question_frame("berapa orang diamankan polisi saat demo di gedung KPK pada Jumat 13 September 2019?", PIPELINE)
    assert time_fits(frame, "Setidaknya satu orang diamankan oleh polisi.", None, published) is fits


@pytest.mark.parametrize("question,expected", [
    ("berapa uang pengganti kerugian negara kasus CPO yang diserahkan Kejaksaan Agung ke negara?", []),
    ("berapa uang kerugian negara kasus CPO yang dikembalikan Musim Mas Group?", ["1,18 triliun"]),
    ("berapa uang kerugian negara kasus CPO yang dikembalikan Permata Hijau Group?", ["186,43 miliar"]),
])
def test_a_companys_share_answers_only_for_that_company(question, expected):
    assert answered(question, "Kemudian Musim Mas Group senilai Rp 1,18 triliun dan Permata Hijau Group "
                              "senilai Rp 186,43 miliar.") == expected


@pytest.mark.parametrize("question,sentence,expected", [
    # the agent of a passive verb of signing or attending is who signed or attended
    ("berapa anggota DPR yang menandatangani daftar hadir paripurna?",
     "Sidang paripurna itu dihadiri oleh 80 anggota, kendati daftar absensi ditandatangani oleh 287 orang.", ["287 orang"]),
    ("berapa anggota DPR yang hadir dalam rapat paripurna?", "Rapat paripurna itu dihadiri oleh 80 anggota.", ["80 anggota"]),
    # a bare total or a people count stating no class answers no class asked
    ("berapa anggota DPR yang menandatangani daftar hadir paripurna?",
     "Padahal total anggota dewan di Senayan mencapai 560 orang.", []),
    ("berapa pendemo yang diamankan polisi?", "Demonstrasi itu dilakukan puluhan orang di depan gedung KPK.", []),
    ("berapa pendemo yang diamankan polisi?", "Lima orang pendemo yang diduga sebagai provokator pun diamankan.",
     ["Lima orang"]),
    # the rest of a group is not how many there were
    ("berapa penumpang di dalam mobil Innova?", "Sementara satu penumpang lain sedang tiduran di jok belakang.", []),
    ("berapa korban luka dalam kecelakaan itu?", "Kecelakaan itu menewaskan 3 orang dan melukai 5 lainnya.", ["5"]),
    # a count over the last days is no running total asked with "sejak"
    ("berapa orang ditangkap sejak demonstrasi di Hong Kong dimulai?",
     "Polisi telah menangkap 157 orang selama tiga hari terakhir, sehingga jumlah total penangkapan menjadi 1.300 "
     "sejak aksi protes dimulai.", ["1.300"]),
    # a class in a "yang" clause of another noun is that noun's: the plane is missing, not the searchers
    ("berapa personel tim SAR yang dikerahkan mencari pesawat Twin Otter yang hilang di Papua?",
     "Personel yang dikerahkan berjumlah 10 orang dari Kantor Pencarian dan Pertolongan Timika.", ["10 orang"]),
])
def test_who_a_figure_counts_in_its_clause(question, sentence, expected):
    assert answered(question, sentence) == expected


def test_provinces_carved_out_later_lie_in_the_old_one():
    frame = question_frame("berapa warga Papua yang mengungsi?", PIPELINE)
    assert context_fits(frame, "Sebanyak 100 warga Timika mengungsi.", None)       # Papua Tengah since 2022
    assert context_fits(frame, "Sebanyak 100 warga Wamena mengungsi.", None)       # Papua Pegunungan
    frame = question_frame("berapa warga Papua Tengah yang mengungsi?", PIPELINE)
    assert not context_fits(frame, "Sebanyak 100 warga Jayapura mengungsi.", None)


def test_a_headlines_figure_is_dated_by_its_lead():
    from retrieval.claims import extract_claims
    claims = extract_claims(["Jakarta - Kericuhan terjadi saat demo di depan Gedung KPK, Jumat (20/9/2019).",
                             "Polisi mengamankan dua orang."],
                            title="Polisi Amankan Dua Orang dalam Kericuhan Demo di Depan Gedung KPK")
    headline = json.loads(json.dumps(vars(claims[0].quantities[0])))
    frame = question_frame("berapa orang diamankan dalam demo di gedung KPK pada 18 September 2019?", PIPELINE)
    assert not time_fits(frame, claims[0].text, claims[0].text, "2019-09-20", headline["when"], headline["text"])
    frame = question_frame("berapa orang diamankan dalam demo di gedung KPK pada 20 September 2019?", PIPELINE)
    assert time_fits(frame, claims[0].text, claims[0].text, "2019-09-20", headline["when"], headline["text"])


@pytest.mark.parametrize("sentence,expected", [
    ("KPK menduga Patrialis menerima uang suap sebesar US$ 20 ribu dari Basuki Hariman.", []),
    ("Supendi diduga menerima uang total senilai Rp200 juta dari Carsa.", []),
    ("Ia disangka menerima duit Rp 26,5 miliar selama periode 2014-2019.", ["26,5 miliar"]),
    ("Imam Nahrawi diduga telah menerima uang senilai Rp26,5 miliar.", ["26,5 miliar"]),
    ("Politikus PKB itu disebut menerima Rp 26,5 miliar.", ["26,5 miliar"]),
])
def test_money_asked_of_a_person_is_not_another_persons(sentence, expected):
    assert answered("berapa total uang suap yang diduga diterima Imam Nahrawi?", sentence) == expected
    # an office asked is served by the people who act for it
    assert answered("berapa uang yang diserahkan Kejaksaan Agung ke negara?",
                    "Jaksa Agung ST Burhanuddin menyerahkan uang Rp 13,2 triliun ke negara.") == ["13,2 triliun"]


@pytest.mark.parametrize("sentence,expected", [
    ("Selain itu, KPK juga menyangka Imam menerima uang sejumlah Rp11,8 miliar tanpa perantara selama 2016-2018.", []),
    ("KPK menduga selama periode 2014-2018 Imam melalui asistennya telah menerima Rp14,7 miliar.", ["14,7 miliar"]),
    # "Rp14,7" with no scale: the scraper cut "miliar" off (rupiah has no cents); it is no figure
    ("Imam diduga menerima uang pada rentang 2014-2018 senilai Rp14,7 dan kedua pada 2016-2018 sebanyak Rp11,8 miliar.", []),
])
def test_a_span_of_years_asked_is_not_another_span(sentence, expected):
    assert answered("berapa uang yang diterima Imam Nahrawi pada 2014-2018?", sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # signing and attending are said, never implied by a noun
    ("Revisi UU KPK sebelumnya diusulkan oleh enam anggota DPR ke Baleg.", []),
    ("Hanya 102 dari 560 anggota yang hadir dalam pengesahan undang-undang itu.", []),
    ("Terdapat 289 orang anggota DPR yang menandatangani daftar hadir dari total 560 anggota DPR.", ["289 orang"]),
    # "kendati" opens another clause: the 80 are not said to have signed
    ("Sidang itu dihadiri 80 anggota, kendati daftar absensi ditandatangani oleh 287 orang.", ["287 orang"]),
    # the whole a part is counted out of: "dari seharusnya 560 anggota"
    ("Fahri menyebut ada 289 anggota yang menandatangani kehadiran, dari seharusnya 560 anggota.", ["289 anggota"]),
])
def test_signing_and_attending_must_be_said(sentence, expected):
    assert answered("berapa anggota DPR yang menandatangani daftar hadir rapat paripurna?", sentence) == expected


@pytest.mark.parametrize("question,sentence,expected", [
    # seats in a list are the party's named before them
    ("berapa kursi DPR yang diperoleh Partai Demokrat dalam Pemilu 2019?",
     "Komposisi perolehan kursi adalah PDIP 33 kursi, Golkar 8 kursi, Gerindra 6 kursi, Demokrat 4 kursi, NasDem 2 kursi.",
     ["4 kursi"]),
    ("berapa kursi yang diraih Partai Golkar pada Pileg 2019?",
     "Komposisi perolehan kursi adalah PDIP 33 kursi, Golkar 8 kursi, Gerindra 6 kursi, Demokrat 4 kursi, NasDem 2 kursi.",
     ["8 kursi"]),
    # a sentence naming only another party is that party's
    ("berapa kursi DPR yang diraih Partai Golkar pada Pileg 2019?",
     "Total kursi legislatif yang diraih Demokrat sebanyak 1.842 kursi, termasuk 54 kursi di DPR RI.", []),
    ("berapa kursi DPR yang diraih Partai Golkar pada Pileg 2019?",
     "Golkar berhasil mendapatkan 85 kursi di parlemen pada Pileg 2019.", ["85 kursi"]),
])
def test_seats_are_the_party_named_before_them(question, sentence, expected):
    assert answered(question, sentence) == expected


@pytest.mark.parametrize("question,sentence,expected", [
    # a sentence counting several incidents gives their total, not the one asked
    ("berapa orang tewas dalam serangan bom bunuh diri di Charikar?",
     "Pada Rabu, setidaknya 48 orang tewas di Kabul dalam dua serangan terpisah.", []),
    ("berapa orang tewas dalam dua serangan bom di Afghanistan pada Selasa?",
     "Pada Rabu, setidaknya 48 orang tewas di Kabul dalam dua serangan terpisah.", ["setidaknya 48 orang"]),
    ("berapa orang tewas dalam serangan bom bunuh diri di Charikar?",
     "Ledakan tersebut menewaskan sedikitnya 24 orang dan melukai 31 orang lainnya.", ["sedikitnya 24 orang"]),
    # unless the incidents themselves are counted
    ("berapa kejadian banjir luapan di Banyumas?", "BPBD mencatat delapan banjir luapan terjadi sepekan terakhir.",
     ["delapan banjir"]),
])
def test_several_incidents_are_not_one(question, sentence, expected):
    assert answered(question, sentence) == expected


def test_an_attack_is_told_apart_by_how_it_was_made():
    frame = question_frame("berapa korban tewas akibat bom mobil yang meledak di dekat rumah sakit di Qalat?", PIPELINE)
    assert not context_fits(frame, "Serangan bom bunuh diri di lokasi kampanye itu menewaskan 24 orang.", None)
    assert context_fits(frame, "Bom mobil itu meledak di dekat rumah sakit dan menewaskan 20 orang.", None)
    assert context_fits(frame, "Ledakan itu menewaskan 20 orang.", "Bom Mobil Meledak di Dekat Rumah Sakit")


def test_a_crash_in_which_the_plane_burned_is_still_the_crash():
    """"terbakar" says what befell the plane, not another event (a fire): the crash asked holds."""
    from retrieval.frame import context_fits, question_frame
    from retrieval.text import TextPipeline
    s = ("Seluruh 309 penumpang dan awak pesawat Air France berhasil selamat setelah pesawat menabrak landasan "
         "sehingga terbakar, Rabu (3/8) di bandara internasional Pearson, Toronto, Kanada.")
    frame = question_frame("berapa orang yang luka ringan pada kecelakaan pesawat di bandara Pearson, Toronto, Kanada?",
                           TextPipeline())
    assert context_fits(frame, s, None, None)
    # a fire asked is still not a crash's
    fire = question_frame("berapa rumah yang rusak akibat kebakaran di Toronto, Kanada?", TextPipeline())
    assert not context_fits(fire, "Kecelakaan bus di Toronto, Kanada, merusak dua rumah.", None, None)


def test_an_outlook_asks_a_forecast_amount():
    f = question_frame("berapa outlook defisit APBN untuk keseluruhan tahun 2025?", PIPELINE)
    assert f.money and f.forecast and f.money_thing == "defisit"


@pytest.mark.parametrize("question,sentence,title,expected", [
    # riders of one service are not another's: a metro's, a bus network's or an airport's
    ("berapa penumpang KRL per hari?", "Jumlah penumpang MRT pada Senin mencapai 86.000 orang.", None, []),
    ("berapa penumpang KRL per hari?", "Bandara Kertajati melayani rata-rata 2.801 penumpang per hari.", None, []),
    ("berapa penumpang KRL per hari?", "Rata-rata penumpang mencapai 840 ribu per hari.", "Penumpang Transjakarta Naik", []),
    ("berapa penumpang KRL per hari?", "Penumpang KRL Commuter Line mencapai 1,1 juta orang per hari.", None,
     ["mencapai 1,1 juta orang"]),
    ("berapa penumpang KRL per hari?", "Rata-rata penumpang mencapai 840 ribu per hari.", "Penumpang Commuter Line Naik",
     ["mencapai 840 ribu"]),
])
def test_another_service_is_another_event(question, sentence, title, expected):
    assert taken(question, sentence, title) == expected


@pytest.mark.parametrize("question,sentence,expected", [
    # one multi-sport games' medals are not another's
    ("berapa medali emas Indonesia di Asian Games 2018?",
     "Para atlet di SEA Games diharapkan membawa pulang tiga medali emas.", []),
    ("berapa medali emas Indonesia di SEA Games 2017?",
     "Para atlet di SEA Games diharapkan membawa pulang tiga medali emas.", ["tiga medali"]),
])
def test_another_games_is_another_event(question, sentence, expected):
    assert taken(question, sentence) == expected


def test_pay_and_fees_are_money_session_22():
    """"bayaran", "imbalan" and a transfer's "mahar" are amounts of money: a question about them
    takes amounts, not the count of hitmen beside them."""
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    pipeline = TextPipeline()
    for question in ("berapa bayaran yang dijanjikan Aulia kepada pembunuh bayaran?",
                     "berapa imbalan yang diterima saksi itu?",
                     "berapa mahar transfer Viktor Gyokeres dari Sporting CP?"):
        assert question_frame(question, pipeline).money, question


def test_an_alleged_amount_asks_the_amount():
    # "dugaan" hedges the amount as "perkiraan" does: the loss is what is counted
    frame = question_frame("berapa dugaan kerugian negara dalam kasus korupsi kuota haji 2024 menurut KPK?", TextPipeline())
    assert frame.noun == "kerugian" and frame.money
