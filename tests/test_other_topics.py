"""Articles written for these tests on other topics, so the engine is not tuned to one story."""
from __future__ import annotations

from retrieval.clean import clean_page

BANJIR = """Banjir Rendam Ribuan Rumah di Bekasi

BEKASI, KOMPAS.com - Banjir merendam sedikitnya 2.500 rumah di Kota Bekasi, Jawa Barat, Sabtu (4/1/2025).
Kepala BPBD Kota Bekasi Dariyanto mengatakan sekitar 1,5 juta warga terdampak di 12 kecamatan.
"Kami sudah mengerahkan 300 personel untuk evakuasi," ujar Dariyanto.
Namun, Wali Kota Bekasi Tri Adhianto menyebut hanya 1.800 rumah yang terendam.
Baca juga: Jadwal KRL Hari Ini
"""

GEMPA = """Gempa Guncang Cianjur

Jakarta (ANTARA) - Badan Nasional Penanggulangan Bencana (BNPB) melaporkan 268 orang meninggal dunia akibat gempa Cianjur, Selasa (22/11/2022).
Menurut BNPB, 151 orang masih hilang dan 1.083 orang luka-luka.
"Jumlah korban meninggal kemungkinan bertambah," kata Kepala BNPB Suharyanto.
Namun, Gubernur Jawa Barat Ridwan Kamil menyebut korban meninggal mencapai 162 orang.
"""


async def _load(engine):
    report = await engine.ingest_articles([
        clean_page(BANJIR, article_id="banjir"),
        clean_page(GEMPA, article_id="gempa"),
    ])
    assert sorted(report.added) == ["banjir", "gempa"]


async def test_flood_figures_disagree_and_are_attributed(empty_engine):
    await _load(empty_engine)
    answer = await empty_engine.ask("berapa rumah terendam banjir di Bekasi?")
    by_value = {c.figure["value"]: c for c in answer.claims}
    assert 2500 in by_value and 1800 in by_value
    assert by_value[2500].figure["qualifier"] == "sedikitnya"
    assert "Tri Adhianto" in by_value[1800].speaker
    assert answer.disagreement and "1.800–2.500" in answer.disagreement
    assert all(c.figure["unit"] == "rumah" for c in answer.claims)


async def test_decimal_millions_and_personnel(empty_engine):
    await _load(empty_engine)
    answer = await empty_engine.ask("berapa warga terdampak banjir Bekasi?")
    assert [c.figure["value"] for c in answer.claims] == [1_500_000]
    assert "Dariyanto" in answer.claims[0].speaker
    personel = await empty_engine.ask("berapa personel dikerahkan untuk evakuasi banjir?")
    assert [c.figure["value"] for c in personel.claims] == [300]
    assert "Dariyanto" in personel.claims[0].speaker


async def test_casualty_question_on_quake(empty_engine):
    await _load(empty_engine)
    answer = await empty_engine.ask("berapa korban meninggal gempa Cianjur?")
    values = {c.figure["value"] for c in answer.claims}
    assert {268, 162} <= values
    speakers = {c.figure["value"]: c.speaker for c in answer.claims}
    assert "BNPB" in speakers[268]
    assert "Ridwan Kamil" in speakers[162]
    assert answer.claims[0].sources[0].outlet == "ANTARA"


async def test_unrelated_question_finds_nothing(empty_engine):
    await _load(empty_engine)
    answer = await empty_engine.ask("berapa tentara Korea Utara dikirim ke Rusia?")
    assert not answer.claims


async def test_metadata_from_text_of_written_articles(empty_engine):
    await _load(empty_engine)
    banjir = await empty_engine.store.article("banjir")
    gempa = await empty_engine.store.article("gempa")
    assert (banjir.outlet, banjir.title, banjir.published) == ("Kompas.com", "Banjir Rendam Ribuan Rumah di Bekasi", "2025-01-04")
    assert (gempa.outlet, gempa.published) == ("ANTARA", "2022-11-22")
    assert "Baca juga" not in banjir.body



CIPULARANG_1 = """Kecelakaan Beruntun di Tol Cipularang, 8 Tewas

PURWAKARTA, KOMPAS.com - Kecelakaan beruntun di Tol Cipularang menewaskan 8 orang, Senin (2/9/2019).
Polisi masih menyelidiki penyebab kecelakaan itu.
"""

CIPULARANG_2 = """Update Kecelakaan Tol Cipularang

PURWAKARTA, KOMPAS.com - Kecelakaan di Tol Cipularang menewaskan delapan jiwa.
Sebanyak 28 orang lainnya luka-luka.
"""


async def test_one_outlets_same_count_of_people_is_one_entry(empty_engine):
    """One outlet's "8 Tewas", "8 orang" and "delapan jiwa", unattributed, are one figure."""
    report = await empty_engine.ingest_articles([
        clean_page(CIPULARANG_1, article_id="cip-1", outlet="Kompas.com", published="2019-09-02"),
        clean_page(CIPULARANG_2, article_id="cip-2", outlet="Kompas.com", published="2019-09-02"),
    ])
    assert sorted(report.added) == ["cip-1", "cip-2"]
    answer = await empty_engine.ask("berapa orang tewas dalam kecelakaan di Tol Cipularang?")
    eights = [c for c in answer.claims if c.figure["value"] == 8]
    assert len(eights) == 1, [(c.figure["text"], c.text) for c in answer.claims]
    assert {s.article_id for s in eights[0].sources} == {"cip-1", "cip-2"}


async def test_a_question_about_another_country_takes_no_indonesian_toll(empty_engine):
    """Every country is in the gazetteer: a question placed in Albania is not answered with the
    Cianjur toll (before, an unknown country was no place and any toll answered)."""
    await _load(empty_engine)
    answer = await empty_engine.ask("berapa korban meninggal akibat gempa di Albania?")
    shown = [c.figure["value"] for c in answer.claims if c.figure and not answer.message]
    assert 268 not in shown and 162 not in shown, shown
    answer = await empty_engine.ask("berapa korban meninggal akibat gempa di Cianjur?")
    assert any(c.figure and c.figure["value"] == 268 for c in answer.claims)


def test_foreign_cities_and_regions_are_places():
    """Major foreign cities and regions are places, nested in their countries: "kerusuhan di Hong
    Kong" is placed, so a toll of unrest placed elsewhere is no answer."""
    from retrieval.frame import lexicon, located_places, question_frame, places_conflict
    from retrieval.text import TextPipeline
    frame = question_frame("berapa korban tewas kerusuhan di Hong Kong?", TextPipeline())
    assert frame.places == ("hong_kong",)
    assert "china" in lexicon().ancestors("hong_kong") and "afghanistan" in lexicon().ancestors("qalat")
    assert places_conflict(list(frame.places), located_places("Tiga orang tewas dalam kerusuhan di Bekasi."))


def test_a_crash_of_another_kind_is_another_crash():
    """ "kecelakaan tunggal" asked: a sentence under a headline of a pile-up ("Kecelakaan Beruntun")
    is another crash, judged kind by kind (the sentence's plain "kecelakaan" says no more)."""
    from retrieval.frame import context_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa orang tewas dalam kecelakaan tunggal di Tol Jagorawi?", TextPipeline())
    sentence = "Karena kecelakaan itu, 9 orang tewas."
    assert not context_fits(frame, sentence, "Mengulik Sisi Mistis dari Kecelakaan Beruntun Tol Jagorawi", None)
    assert context_fits(frame, sentence, "Kecelakaan Tunggal di Tol Jagorawi, 3 Orang Tewas", None)
    assert context_fits(frame, sentence, "Polisi selidiki kecelakaan di Tol Jagorawi", None)


def test_a_foreign_place_asked_and_named_in_any_role_holds():
    """ "impor dari China" names China as a trade partner, not as where the figure is; the question
    asks about China, so a dateline in Jakarta does not set the figure aside."""
    from retrieval.frame import context_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa penurunan impor nonmigas dari China pada Agustus 2019?", TextPipeline())
    assert context_fits(frame, "Penurunan impor dari China anjlok tajam 358,7 juta dollar AS.", "Neraca dagang", ["jakarta"])
    assert not context_fits(frame, "Penurunan impor anjlok tajam 358,7 juta dollar AS.", "Neraca dagang", ["jakarta"])


def test_an_item_of_a_list_by_kind_is_its_own_kind():
    """ "13.440 kursi KA Argo, 6.300 kursi KA Eksekutif, 48.084 kursi KA ekonomi jarak jauh, 87.772
    kursi KA ekonomi lokal": asked about long-distance economy seats, only 48.084 answers."""
    from retrieval.claims import find_quantities
    from retrieval.frame import list_item_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa kursi kereta ekonomi jarak jauh yang disiapkan KAI untuk mudik?", TextPipeline())
    sentence = ("Selama mudik, PT KAI menyiapkan sekitar 13.440 kursi KA Argo, 6.300 kursi KA Eksekutif, "
                "48.084 kursi KA ekonomi jarak jauh, 87.772 kursi KA ekonomi lokal.")
    assert [q.text for q in find_quantities(sentence) if list_item_fits(frame, q.__dict__, sentence)] == ["48.084 kursi"]
    # not a list: one figure keeps its own words without judgement
    one = "PT KAI menyiapkan 6.300 kursi KA Eksekutif untuk mudik."
    assert [q.text for q in find_quantities(one) if list_item_fits(frame, q.__dict__, one)] == ["6.300 kursi"]
    # the whole said before its parts has no kind of its own ("32 medali dengan koleksi 7 medali emas, …")
    tally = question_frame("berapa medali yang dikumpulkan Indonesia?", TextPipeline())
    whole = "Indonesia sudah mendapat 32 medali dengan koleksi 7 medali emas, 10 medali perak, dan 15 medali perunggu."
    assert "32 medali" in [q.text for q in find_quantities(whole) if list_item_fits(tally, q.__dict__, whole)]
    # an item's kind ends at a verb: what befell it is not its kind ("responden menjawab puas")
    poll = question_frame("berapa persen responden puas?", TextPipeline())
    answers = "Sebanyak 78,1 persen responden menjawab puas, 19,3 persen tidak puas dan 2,6 persen tidak tahu."
    assert "78,1 persen" in [q.text for q in find_quantities(answers) if list_item_fits(poll, q.__dict__, answers)]


def test_a_body_asked_by_name_is_not_another_of_its_kind():
    """ "skor Kementerian Pendidikan Dasar dan Menengah": not a sentence naming only the Ministry of
    Religious Affairs or of Higher Education; a scraper's slip ("Kementerian Menteri Pendidikan
    Dasar dan Menengah") still names the asked one."""
    from retrieval.frame import body_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa skor Kementerian Pendidikan Dasar dan Menengah dalam survei IndoStrategi?", TextPipeline())
    assert not body_fits(frame, "Kementerian Agama (Kemenag) menyusul di posisi ketiga dengan skor 3,26.")
    assert not body_fits(frame, "Kementerian Pendidikan Tinggi, Sains, dan Teknologi skor 3,225.")
    assert body_fits(frame, "Yang tertinggi adalah Kementerian Pendidikan Dasar dan Menengah dengan skor 3,35.")
    assert body_fits(frame, "Kementerian Menteri Pendidikan Dasar dan Menengah skor 3,352.")
    assert body_fits(frame, "Skor rata-rata kinerja nasional 3,07.")
    # a name typed in lower case names no body: nothing is set aside for it
    lower = question_frame("berapa penumpang di stasiun kereta saat mudik?", TextPipeline())
    assert body_fits(lower, "Stasiun Pasar Senen memberangkatkan 27.561 penumpang.")


def test_the_most_specific_place_asked_decides():
    """ "di kampanye Presiden Afghanistan di Charikar": Kabul lies in Afghanistan but is not Charikar."""
    from retrieval.frame import context_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa orang terluka akibat bom bunuh diri di kampanye Presiden Afghanistan di Charikar?",
                           TextPipeline())
    kabul = "Sementara ledakan kedua terjadi di pusat kota Kabul, yang menewaskan enam orang serta melukai 14 orang."
    charikar = "Ledakan di Charikar, Provinsi Parwan, melukai 31 orang."
    assert not context_fits(frame, kabul, None, None)
    assert context_fits(frame, charikar, None, None)
    # a sentence naming only the country of the place asked says nothing against it
    assert context_fits(frame, "Serangan di Afghanistan melukai 31 orang.", None, None)
