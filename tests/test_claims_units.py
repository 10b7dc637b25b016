import pytest

from retrieval.claims import extract_claims, find_attribution, find_quantities, parse_number


@pytest.mark.parametrize("text,value", [
    ("10.000", 10000), ("1,5 juta", 1_500_000), ("12 ribu", 12000), ("dua belas ribu", 12000),
    ("enam", 6), ("lima", 5), ("seratus", 100), ("seribu", 1000), ("tiga puluh lima", 35),
    ("2,75", 2.75), ("1.250.000", 1_250_000),
    # a scale takes only the unit word before it
    ("seratus lima puluh", 150), ("tiga ratus lima", 305), ("dua juta lima ratus ribu", 2_500_000),
    ("seribu dua ratus", 1200), ("tiga belas", 13),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_a_doubled_number_word_is_no_number():
    """'delapan delapan jenazah' is a scraper's doubled word, not 16 bodies."""
    assert parse_number("delapan delapan") is None
    assert not find_quantities("Polisi mengidentifikasi empat dari delapan delapan jenazah korban.")[1:]


def test_a_number_read_in_parts_is_one_figure():
    """'2 juta 55 ribu orang' is 2,055,000 viewers, not 55,000; the parts' scales must fall."""
    assert parse_number("2 juta 55 ribu") == 2_055_000
    assert parse_number("1 juta 750 ribu") == 1_750_000
    assert q("Hingga hari kelima sudah 2 juta 55 ribu orang menonton.") == [("2 juta 55 ribu orang", 2_055_000, None, "orang")]
    assert q("penontonnya mencapai dua juta 10 ribu orang")[-1][1] == 2_010_000
    assert find_quantities("Dana Rp 2 miliar 300 juta disiapkan.")[0].value == 2_300_000_000
    # two figures, not one: a rise from one to the other, a smaller scale first
    assert [x.value for x in find_quantities("Naik dari 4,5 juta menjadi 6 juta orang.")] == [4_500_000, 6_000_000]
    assert [x.value for x in find_quantities("Ada 300 ribu 2 juta orang.")] == [300_000, 2_000_000]


def test_thousands_said_roughly_and_english_decimals_before_a_scale():
    """"dari 14 ribuan menjadi 7 ribuan" is some 14,000 and 7,000 (not 14 and 7 of a unit
    "ribuan"); "lebih dari 1.2 juta bibit" is 1,200,000 (a decimal point before a scale), while
    "1.250 unit" stays 1,250."""
    assert [x.value for x in find_quantities("Jumlahnya menurun dari 14 ribuan menjadi 7 ribuan.")] == [14_000, 7_000]
    assert find_quantities("Mereka menanam lebih dari 1.2 juta bibit mangrove.")[0].value == 1_200_000
    assert find_quantities("Terjual 1.250 unit mobil.")[0].value == 1250


def test_a_number_word_counted_out_of_a_whole():
    """"tujuh dari 12 gol" counts seven goals, as "7 dari 12 gol" does; "salah satu dari dua
    tersangka" is still no count."""
    assert [(x.value, x.unit) for x in find_quantities("Ada tujuh dari 12 gol tercipta dari bola mati.")] == [
        (7, "gol"), (12, "gol")]
    assert [x.value for x in find_quantities("Salah satu dari dua tersangka ditahan.")] == [2]
    # the part counts the whole's noun, not the noun of a figure before it
    assert [(x.value, x.unit) for x in find_quantities("Sebanyak 56 anggota memilih lima dari sepuluh calon pimpinan.")] == [
        (56, "anggota"), (5, "calon"), (10, "calon")]


def test_a_floor_named_by_its_number_is_no_count():
    """"jatuh dari lantai empat gedung FISIP" and "di lantai 4 gedung" name a floor, a place in an
    order ("dari lantai berapa"): no four buildings; "gedung tiga lantai" still counts floors."""
    def q(s):
        return [(x.value, x.unit, x.ordinal) for x in find_quantities(s)]
    assert q("Dua saksi memastikan TAS jatuh dari lantai empat gedung FISIP.") == [(2, "saksi", False), (4, "lantai", True)]
    assert q("CCTV di lantai 4 gedung FISIP rusak.") == [(4, "lantai", True)]
    assert q("Gedung tiga lantai itu runtuh.") == [(3, "lantai", False)]
    from retrieval.frame import asked_ordinal
    assert asked_ordinal("dari lantai berapa mahasiswa itu jatuh?") == "lantai"
    assert asked_ordinal("berapa lantai gedung yang runtuh?") is None


def test_a_half_after_a_number_word():
    """"dua setengah hari" is 2,5 days; "satu setengah juta" 1,5 million; "setengah dari nilai
    proyek" no figure."""
    assert parse_number("dua setengah") == 2.5
    assert parse_number("satu setengah juta") == 1_500_000
    assert find_quantities("Truk harus menunggu hingga dua setengah hari.")[0].value == 2.5
    assert not find_quantities("Dana itu setengah dari nilai proyek.")


def q(sentence):
    return [(x.text, x.value, x.qualifier, x.unit) for x in find_quantities(sentence)]


def test_qualifiers_ranges_vague_and_nouns():
    assert q("Sekitar 10.000 tentara dikirim.") == [("Sekitar 10.000 tentara", 10000, "sekitar", "tentara")]
    assert q("lebih dari 10.000 tentara DPRK") == [("lebih dari 10.000 tentara", 10000, "lebih dari", "tentara")]
    assert q("hampir 2.000-3.000 warga mengungsi")[0][1:] == (2000, "hampir", "warga")
    assert find_quantities("2.000-3.000 warga")[0].high == 3000
    assert q("ribuan tentara Korea Utara") == [("ribuan tentara", 1000, None, "tentara")]
    assert q("puluhan ribu demonstran") == [("puluhan ribu demonstran", 10000, None, "demonstran")]
    assert q("setidaknya 5 orang tewas")[0][1:3] == (5, "setidaknya")
    assert find_quantities("setidaknya 5 orang tewas")[0].casualty


def test_range_words_stand_apart_from_the_number():
    assert q("kebakaran hebat sehingga tiga orang nelayan hilang") == [("tiga orang", 3, None, "nelayan")]
    assert [(x.value, x.high) for x in find_quantities("antara 5 hingga 7 orang dan 9.000 sampai 10.000 feet")] \
        == [(5, 7), (9000, 10000)]
    assert find_quantities("2.000–3.000 warga")[0].high == 3000


def test_figures_found_in_long_and_non_ascii_sentences_alike():
    """Figures are looked for only at words that can start one (ASCII text); the rest is scanned."""
    plain = "Menurut data, sedikitnya 1.200 warga dan sekira dua ratus relawan membantu di 14 titik."
    accented = plain.replace("data", "dáta")
    assert q(plain) == q(accented) == [("sedikitnya 1.200 warga", 1200, "sedikitnya", "warga"),
                                        ("sekira dua ratus relawan", 200, "sekira", "relawan"),
                                        ("14 titik", 14, None, "titik")]


def test_not_quantities():
    for s in ("Rusia memberi mortir 60mm dan senapan AK-12.", "pada Rabu (13/11/2024) pukul 14.32",
              "8 September 2023", "pada bulan Januari 2025", "salah satu alasan", "Halaman 123",
              "kedua belah pihak", "satu sama lain", "lihat halaman5 dan pasal 12", "sejak 2019 hingga 2021",
              "pukul 09.30 WIB pada 1 Mei"):
        assert q(s) == [], s
        assert q(s + " di café") == [], s  # text outside ASCII takes the plain scan: same result


def test_a_measure_unit_glued_to_its_number_is_read():
    # "306kg": the unit written without a space is still the figure's unit (a calibre in mm is no measure)
    assert q("Dengan total angkatan 306kg, Eko menempati peringkat kedua.")[0] == ("306kg", 306.0, None, "kg")
    assert [(t, u) for t, _, _, u in q("Jaraknya 20km dan bebannya 1,5ton.")] == [("20km", "km"), ("1,5ton", "ton")]
    assert q("Sebanyak 12 kgs") == [("12 kgs", 12.0, None, "kgs")]   # an unknown glued word stays a word apart


def test_unitless_figure_borrows_the_counted_noun():
    found = q("Sebagian dari 10.000 tentara – naik dari perkiraan awal AS sebanyak 3.000 pekan lalu – bergerak.")
    assert [(t, u) for t, _, _, u in found] == [("10.000 tentara", "tentara"), ("3.000", "tentara")]


@pytest.mark.parametrize("sentence,speaker,cited", [
    ('"Kami siap," kata juru bicara Pentagon Sabrina Singh kepada wartawan.', "juru bicara Pentagon Sabrina Singh", None),
    ("HUR menyebutkan 12.000 tentara dikirim.", "HUR", None),
    ("Menurut HUR, mengutip Kiev Independent, senjata dikirim.", "HUR", "Kiev Independent"),
    ("Sekitar 10.000 tentara disebut Kementerian Pertahanan Amerika Serikat atau Pentagon telah dikirim.",
     "Pentagon (Kementerian Pertahanan Amerika Serikat)", None),
    ("Sebelumnya, Korea Selatan juga sempat melontarkan pernyataan serupa, CNN melaporkan.", None, "CNN"),
    ('"Rusia akan menang," ujar Putin, dilansir dari Al Jazeera.', "Putin", "Al Jazeera"),
    ("Sementara itu, Menteri Luar Negeri AS Anthony Blinken awal pekan ini mengatakan bahwa 8.000 tentara dikerahkan.",
     "Menteri Luar Negeri AS Anthony Blinken", None),
    ("Kim pada hari Selasa (8/10/2024) mengatakan enam perwira tewas, lapor media Ukraina.", "Kim", "media Ukraina"),
    ("Laporan ini merupakan pertama kalinya AS mengonfirmasi pasukan terlibat.", None, None),
    ('"Bentrokan dapat terjadi," ucap Tri kepada awak media, seperti dilansir dari Reuters, Selasa.', "Tri", "Reuters"),
])
def test_speaker_and_cited_source(sentence, speaker, cited):
    att = find_attribution(sentence)
    assert att.speaker == speaker
    assert att.cited_from == cited


def test_pronouns_and_quotes_resolve_to_last_speaker():
    claims = extract_claims([
        "Juru bicara Departemen Luar Negeri AS Vedant Patel mengatakan 10.000 tentara dikirim.",
        "Patel mengatakan Rusia melatih mereka.",
        '"Tantangannya adalah bahasa," katanya.',
        '"Kalimat pertama kutipan.',
        'Kalimat kedua," ujar Rutte.',
        "Ia menambahkan sesuatu.",
    ])
    speakers = [c.speaker for c in claims]
    assert speakers[0] == "Juru bicara Departemen Luar Negeri AS Vedant Patel"
    assert speakers[1] == speakers[0]  # short name expanded to the fuller form used earlier
    assert speakers[2] == speakers[0]
    assert speakers[3] == "Rutte" and speakers[4] == "Rutte" and speakers[5] == "Rutte"


def test_continuation_sentence_folds_into_previous_claim():
    claims = extract_claims(["HUR menyebutkan 12.000 tentara dikirim.", "Ini termasuk sekitar 500 perwira dan 3 jenderal."])
    assert claims[0].text.endswith("3 jenderal.")
    assert [x.value for x in claims[0].quantities] == [12000, 500, 3]
    assert claims[1].speaker == "HUR"


@pytest.mark.parametrize("sentence,of,predicates,casualty", [
    ("Sekitar 10.000 tentara Korea Utara disebut Pentagon telah dikirim ke Rusia.", "korea_utara", ["sent"], False),
    ("Sekitar 300 tentara Korut yang dikirim ke Rusia telah tewas.", "korea_utara", ["killed"], True),
    ("Lebih dari 600.000 tentara Rusia tewas atau terluka.", "rusia", ["killed", "wounded"], True),
    ("Pyongyang mengirim ribuan tentara ke wilayah Kursk, Rusia.", "pyongyang", ["sent"], False),
    ("Polisi menangkap 12 tersangka di Bekasi.", None, ["captured"], False),
    ("Sebanyak 5.000 pengungsi bertahan di posko.", None, ["displaced"], False),
    ("Sebanyak 300 warga menjadi korban banjir.", None, [], True),
    ("Sebanyak 1.500 warga Kota Bekasi mengungsi.", "bekasi", ["displaced"], False),
    ("Sebanyak 30 warga Desa Sukamaju mengungsi.", None, ["displaced"], False),  # below the gazetteer: no owner
])
def test_figure_owner_and_predicates(sentence, of, predicates, casualty):
    q = find_quantities(sentence)[0]
    assert (q.of, q.predicates, q.casualty) == (of, predicates, casualty)
    assert q.predicate == (predicates[0] if predicates else "other")


def test_new_figure_fields_are_stored_as_json():
    import json
    stored = json.loads(json.dumps([vars(q) for q in find_quantities("Sekitar 300 tentara Korut tewas.")]))
    assert {k: stored[0][k] for k in ("of", "predicate", "predicates", "casualty")} == \
        {"of": "korea_utara", "predicate": "killed", "predicates": ["killed"], "casualty": True}


@pytest.mark.parametrize("sentence,unit", [
    ("Topan itu menewaskan 3 orang di Jepang.", "orang"),
    ("Topan Faxai Menewaskan 3 Orang di Jepang", "orang"),
    ("Ada 5 orang yang tewas.", "orang"),
    ("Sebanyak 5 orang tewas dalam kecelakaan itu.", "orang"),
    ("Sebanyak 300 orang tentara Korut tewas.", "tentara"),
    ("Sebanyak 20 orang pengungsi tiba di posko.", "pengungsi"),
])
def test_noun_after_a_classifier_is_counted_only_when_it_is_a_noun(sentence: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(sentence)] == [unit]


def test_a_span_of_time_takes_no_counted_noun_from_its_neighbour() -> None:
    got = [(q.text, q.unit) for q in find_quantities("Harga Minyak Melonjak Hampir 15 Persen, Kenaikan Tertinggi dalam 30 Tahun")]
    assert got == [("Hampir 15 Persen", "persen"), ("30", None)]
    # a figure dated "pekan lalu" still counts its neighbour's noun
    got = [(q.text, q.unit) for q in find_quantities("Perkiraan naik dari 3.000 tentara menjadi 12.000 pekan lalu")]
    assert got == [("3.000 tentara", "tentara"), ("12.000", "tentara")]


@pytest.mark.parametrize("sentence,expected", [
    ("Petugas mengamankan 280.000 batang rokok ilegal dengan nilai mencapai Rp 200.200.000.",
     [("280.000 batang", "batang"), ("200.200.000", None)]),
    # a number broken by the scraper: its pieces are money too, or no figure at all
    ("Petugas mengamankan 280.000 batang rokok ilegal dengan nilai mencapai Rp200, 200, 000.",
     [("280.000 batang", "batang"), ("mencapai Rp200", None), ("200", None)]),
    ("Kerugian Rp 5 juta dan 300 rumah rusak.", [("5 juta", None), ("300 rumah", "rumah")]),
])
def test_money_takes_no_counted_noun_from_its_neighbour(sentence: str, expected: list) -> None:
    assert [(q.text, q.unit) for q in find_quantities(sentence)] == expected


@pytest.mark.parametrize("sentence,value", [
    ("Bea Cukai menyita 136,392 batang rokok ilegal.", 136_392),   # English-style thousands in a count
    ("Sebanyak 2,500 tentara dikerahkan.", 2_500),
    ("Inflasi tercatat 3,125 persen.", 3.125),                     # a measure keeps its decimal comma
    ("Sebanyak 1,5 juta warga terdampak.", 1_500_000),
])
def test_comma_thousands_in_a_count(sentence: str, value: float) -> None:
    assert [q.value for q in find_quantities(sentence)] == [value]


@pytest.mark.parametrize("sentence,expected", [
    # a percent sign is the unit persen, also inside a range
    ("The Fed memangkas 25 bps menjadi kisaran 1,75% hingga 2%.", [("25 bps", "bps", 25.0, None),
                                                                   ("1,75% hingga 2%", "persen", 1.75, 2.0)]),
    ("Suku bunga naik menjadi 1,75%-2%.", [("1,75%-2%", "persen", 1.75, 2.0)]),
    ("Kisaran 1,75 persen hingga 2 persen.", [("1,75 persen hingga 2 persen", "persen", 1.75, 2.0)]),
    ("Inflasi 3,49% dan 500 orang.", [("3,49%", "persen", 3.49, None), ("500 orang", "orang", 500.0, None)]),
])
def test_percentages_and_their_ranges(sentence: str, expected: list[tuple]) -> None:
    assert [(q.text, q.unit, q.value, q.high) for q in find_quantities(sentence)] == expected


@pytest.mark.parametrize("sentence,expected", [
    # a currency glued to its amount, as most outlets write it
    ("Iuran kelas II naik dari Rp59 ribu menjadi Rp110 ribu per bulan.", [("59 ribu", 59000.0), ("110 ribu", 110000.0)]),
    ("Peserta kelas III membayar Rp42.000 per bulan.", [("42.000", 42000.0)]),
    ("Harganya Rp.42.000 per kilogram.", [("42.000", 42000.0)]),
    # a word ending in rp is no currency
    ("Sharp80 adalah nama produk.", []),
])
def test_glued_currency(sentence: str, expected: list[tuple]) -> None:
    assert [(q.text, q.value) for q in find_quantities(sentence)] == expected


def test_a_counted_noun_of_several_words_known_as_an_alias() -> None:
    got = [(q.text, q.unit) for q in find_quantities("Serangan itu melibatkan lebih dari 20 pesawat nirawak dan 7 rudal.")]
    assert got == [("lebih dari 20 pesawat nirawak", "drone"), ("7 rudal", "rudal")]


def test_a_number_alone_in_brackets_is_no_count():
    """'Yudha (25)' is an age after a name (kept as one, answering only an age asked: test_ages.py),
    not 25 spectators."""
    found = find_quantities("Seorang penonton bernama Yudha (25) dari Jakarta mengatakan itu.")
    assert [(q.text, q.unit, q.age) for q in found] == [("25", "tahun", "Yudha")]
    assert [q.text for q in find_quantities("Korban tewas (8 orang) dibawa ke RS Polri.")] == ["8 orang"]


def test_a_headlines_T_and_M_are_triliun_and_miliar_after_a_currency():
    assert [(q.text, q.value) for q in find_quantities("Kemenkeu Minta Anggaran Rp 52 T di 2026")] == [("52 T", 52e12)]
    assert [(q.text, q.value) for q in find_quantities("Proyek senilai Rp 10 M mangkrak")] == [("10 M", 10e9)]


def test_a_number_word_before_a_predicate_counts_people_and_no_noun():
    """"tiga tewas" is three dead: no counted noun "tewas", so it is one figure with "3 orang tewas"."""
    from retrieval.claims import find_quantities
    (q,) = find_quantities("Kecelakaan tunggal itu mengakibatkan tiga tewas dan enam lainnya terluka.")
    assert (q.text, q.unit, q.predicates) == ("tiga", None, ["killed"])
    assert find_quantities("Salah satu tewas di lokasi.") == []


def test_an_ordinal_is_no_count():
    """'menit ke - 47 dan 77', 'peringkat ke-73' say where in an order, not how many; a counted
    figure after one still counts ('hari ke-2 dan 3 korban lagi'). A place in an order is kept as
    one (`ordinal`, for questions asking one), never as a count."""
    assert [q.text for q in find_quantities(
        "Madrid mencetak dua gol melalui Cristiano Ronaldo , masing-masing pada menit ke - 47 dan 77 .") if not q.ordinal] == ["dua gol"]
    assert [q.text for q in find_quantities("Indonesia berada di peringkat ke-73 dari 140 negara.") if not q.ordinal] == ["140 negara"]
    assert [(q.text, q.unit) for q in find_quantities("Indonesia berada di peringkat ke-73 dari 140 negara.")
            if q.ordinal] == [("peringkat ke-73", "peringkat")]
    assert [q.text for q in find_quantities("Tim SAR menemukan 5 korban pada hari ke-2 dan 3 korban lagi kemarin.")] \
        == ["5 korban", "3 korban"]


def test_a_currency_glued_to_its_amount_is_read_as_rupiah_is():
    """'USD14,28 miliar', 'US$85,1 juta' are amounts as 'Rp5.553 triliun' is (they were dropped)."""
    got = [(q.text, q.value) for q in find_quantities("Ekspor Agustus 2019 mencapai USD14,28 miliar.")]
    assert got and got[0][1] == 14_280_000_000, got
    assert [q.value for q in find_quantities("Neraca perdagangan surplus US$85,1 juta.")] == [85_100_000]
    assert [q.value for q in find_quantities("Neraca perdagangan surplus USD0,08 miliar.")] == [80_000_000]


def test_the_country_of_a_currency_owns_no_amount():
    """'14,1 miliar dollar AS' is no amount of the United States."""
    (q,) = find_quantities("Sementara nilai impor hanya 14,1 miliar dollar AS.")
    assert (q.unit, q.of) == ("dollar", None)


def test_a_bare_figure_named_a_level_takes_no_percentage_beside_it():
    from retrieval.claims import find_quantities
    got = [(q.text, q.unit) for q in find_quantities(
        "IHSG ditutup menguat tajam 2,19% ke level 8.088,98 pada perdagangan Senin (20/10).")]
    assert got == [("2,19%", "persen"), ("8.088,98", None)]
    # the old level of a rate before its new one still shares its unit
    assert [q.unit for q in find_quantities("Suku bunga turun dari 5,5 menjadi 5,25 persen.")] == ["persen", "persen"]


def test_a_year_of_the_islamic_calendar_is_no_figure():
    """"Idul Fitri 1438 Hijriah", "Idul Adha 1440 H" date a feast; they count nothing."""
    from retrieval.claims import find_quantities as figures
    assert [q.text for q in figures("Pemudik merayakan Idul Fitri 1438 Hijriah di kampung halaman.")] == []
    assert [q.text for q in figures("Idul Adha 1440 H jatuh pada Minggu, 1.440 hewan kurban disembelih.")] == ["1.440 hewan"]
    assert [q.text for q in figures("Lahan seluas 1438 hektare terbakar.")] == ["1438 hektare"]


def test_a_count_with_the_possessive_suffix_is_a_figure():
    """"49-nya di antaranya kita berhentikan" (forty-nine of them were dismissed): a count, written
    with -nya; a hyphen still joins a model's number ("ATR 72-600") and a range."""
    found = [q.text for q in find_quantities("hampir 500 yang kita beri peringatan, 49-nya di antaranya kita berhentikan")]
    assert "49" in found, found
    assert [q.text for q in find_quantities("Dari 20 korban, 3-nya meninggal dunia")] == ["20 korban", "3"]


def test_a_sentence_opening_with_the_speakers_own_words_is_theirs():
    """Session 34: "Menurutnya, …", "Dalam paparannya di rapat, …", "Dalam keterangan tertulisnya, …"
    open with whose words follow: the speaker an earlier sentence named, not "tanpa atribusi"."""
    claims = extract_claims([
        "Menteri Keuangan Sri Mulyani memaparkan rencana anggaran kementeriannya di Komisi XI DPR.",
        "Dalam paparannya di program dukungan manajemen, kebijakan negative growth telah mengurangi pegawai Kemenkeu 979 orang.",
        "Menurutnya, volume APBN justru naik 8 persen.",
        "Dalam laporan itu, jumlah pegawai tercatat 78.000 orang.",
    ])
    speakers = [c.speaker for c in claims]
    assert speakers[1] == speakers[0] == "Menteri Keuangan Sri Mulyani"
    assert speakers[2] == speakers[0]
    assert speakers[3] is None   # "Dalam laporan itu": a document, no one's own words


@pytest.mark.parametrize("sentence,expected", [
    # "saat ini" between "yang" and the verb is no clause of its own
    ("Mastri Susilo mengatakan ada sebanyak 13 polisi yang saat ini sudah diamankan di Mapolda.", {"13 polisi": ["captured"]}),
    # the parts a whole is broken down into undergo what the whole did; "Vietnam," joins a list too
    ("KKP telah menangkap 49 kapal ikan asing, yang terdiri dari 18 kapal Vietnam, 19 kapal Malaysia, dan 1 kapal Panama.",
     {"49 kapal": ["captured"], "18 kapal": ["captured"], "19 kapal": ["captured"], "1 kapal": ["captured"]}),
    ("Ledakan itu menewaskan 5 orang, terdiri dari 3 orang dewasa dan 2 anak.",
     {"5 orang": ["killed"], "3 orang": ["killed"], "2 anak": ["killed"]}),
    # parts with classes of their own keep them
    ("Sebanyak 10 orang menjadi korban, yakni 4 orang tewas dan 6 orang luka-luka.", {"4 orang": ["killed"], "6 orang": ["wounded"]}),
])
def test_what_befell_the_counted_reaches_through_time_words_and_breakdowns(sentence, expected):
    got = {q.text: q.predicates for q in find_quantities(sentence)}
    for text, preds in expected.items():
        assert got[text] == preds, got


def test_a_hospital_or_a_stadium_is_no_person_a_pronoun_stands_for():
    """Session 34: "Ia mengemas 89 poin" after "… dirawat di Rumah Sakit Pistola": "Ia" stands for a
    person, never a hospital, clinic, circuit, stadium or hotel (frame_words not_person_words)."""
    from retrieval.frame import last_person
    assert last_person("Cal Crutchlow menjalani perawatan di Rumah Sakit Pistola setelah jarinya teriris.") == "Cal Crutchlow"
    assert last_person("Penonton memadati Stadion Madya Senayan.") is None
    claims = extract_claims(["Cal Crutchlow dirawat di Rumah Sakit Pistola.", "Ia mengemas 89 poin di klasemen."])
    assert [q.subject for q in claims[1].quantities] == ["Cal Crutchlow"]
